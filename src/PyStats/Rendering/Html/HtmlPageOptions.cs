namespace PyStats.Rendering.Html;

/// <summary>
/// What a page of a set of pages (a suite written as one page per benchmark) adds to a report
/// page: its title, a link back up, links to sections that live on other pages, and a prefix
/// for chart titles so a chart says which benchmark it shows.
/// </summary>
public sealed record HtmlPageOptions
{
    public static HtmlPageOptions Default { get; } = new();

    /// <summary>The page's name ("Benchmark nbody"), shown above the report and in the window title; null for none.</summary>
    public string? Title { get; init; }

    /// <summary>Relative URL of the page above this one (the suite index), or null.</summary>
    public string? UpHref { get; init; }

    public string UpText { get; init; } = "Suite index";

    /// <summary>Model section ids written on other pages → their relative URLs.</summary>
    public IReadOnlyDictionary<string, string> Pages { get; init; } = new Dictionary<string, string>();

    /// <summary>More links for the page's navigation line (text, relative URL).</summary>
    public IReadOnlyList<(string Text, string Href)> Links { get; init; } = [];

    /// <summary>Put before every chart title ("nbody: "), or empty.</summary>
    public string ChartTitlePrefix { get; init; } = string.Empty;
}
