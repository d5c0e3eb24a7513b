namespace PyStats.Report.Building;

/// <summary>A section definition; its parts may depend on the inputs (one subsection per family…).</summary>
public sealed class SectionSpec : PartSpec
{
    public SectionSpec(string title, string summary, Func<BuildContext, IEnumerable<PartSpec>> parts, string doc = "", bool comparative = true)
    {
        Title = title;
        Summary = summary.Length == 0 ? title.ToLowerInvariant() : summary;
        Parts = parts;
        Doc = doc;
        Comparative = comparative;
    }

    public SectionSpec(string title, string summary, IReadOnlyList<PartSpec> parts, string doc = "", bool comparative = true)
        : this(title, summary, _ => parts, doc, comparative)
    {
    }

    public string Title { get; }

    public string Summary { get; }

    public Func<BuildContext, IEnumerable<PartSpec>> Parts { get; }

    public string Doc { get; }

    /// <summary>False for sections CPython's script leaves out of comparisons (pair tables).</summary>
    public bool Comparative { get; }

    /// <summary>True for extended sections that are left out when no input has their counters.</summary>
    public bool OmitWhenEmpty { get; init; }
}
