namespace PyStats.Model;

/// <summary>How often instruction <see cref="Second"/> directly followed <see cref="First"/>.</summary>
public readonly record struct PairCount(string First, string Second, Int128 Count);
