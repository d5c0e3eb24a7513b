using PyStats.Model;

namespace PyStats.Parsing;

public sealed record LoadResult(StatsData Data, IReadOnlyList<LoadWarning> Warnings);
