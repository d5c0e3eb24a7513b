namespace PyStats.Tests.Html;

/// <summary>The pages the browser tests open, all made by the CLI from the corpus.</summary>
public enum TestReport
{
    /// <summary>The stdlib comparison (Tier 2 off vs on), CPython's report.</summary>
    Comparison,

    /// <summary>The same comparison with <c>--extended</c> (Significant changes, new/gone, pairs).</summary>
    ComparisonExtended,

    /// <summary>The stdlib Tier 2 run alone, <c>--extended</c>.</summary>
    SingleExtended,

    /// <summary><c>pystats compare</c> of three corpus runs.</summary>
    ThreeRuns,

    /// <summary>
    /// <c>pystats suite … --format html -o DIR</c> of <see cref="SuiteFixture"/>: its index page
    /// (the benchmark pages beside it in bench/).
    /// </summary>
    SuitePages,

    /// <summary>The same suite on one page (<c>-o suite.html</c>).</summary>
    SuiteOnePage,
}
