namespace PyStats.Report.Filtering;

/// <summary>A section filter named no top-level section of the report.</summary>
public sealed class UnknownSectionException : Exception
{
    public UnknownSectionException(string name, IReadOnlyList<string> validIds)
        : base($"no section '{name}'; sections: {string.Join(", ", validIds)}")
    {
        Name = name;
        ValidIds = validIds;
    }

    public string Name { get; }

    /// <summary>The ids of the report's top-level sections, in report order.</summary>
    public IReadOnlyList<string> ValidIds { get; }
}
