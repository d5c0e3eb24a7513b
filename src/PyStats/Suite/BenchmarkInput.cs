namespace PyStats.Suite;

/// <summary>One benchmark's data on one side of a suite comparison.</summary>
public sealed record BenchmarkInput(string Name, string Path);
