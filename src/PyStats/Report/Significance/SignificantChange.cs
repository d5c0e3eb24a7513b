namespace PyStats.Report.Significance;

/// <summary>An observation that tripped at least one rule.</summary>
public sealed record SignificantChange(string Run, Observation Observation, ChangeRule Rule, bool Failing, double Score);
