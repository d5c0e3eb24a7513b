namespace PyStats.History.Output;

/// <summary>A metric over time: one line per series (fork/flags), one point per run.</summary>
public sealed record TimeChart(string Title, string ValueLabel, IReadOnlyList<TimeSeries> Series);

/// <summary>One line of a <see cref="TimeChart"/>.</summary>
public sealed record TimeSeries(string Name, IReadOnlyList<TimePoint> Points);

/// <summary>One run on a <see cref="TimeChart"/>: its commit date, value and what the hover shows.</summary>
public sealed record TimePoint(DateTimeOffset Date, double Value, string Commit, int RunId);
