namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// One data set of a chart. <see cref="Texts"/> are the cells' display texts (the same as the
/// tables), shown in tooltips so the exact value is never lost to the plotted double.
/// </summary>
/// <param name="Role">Names the colour: "input0", "hit", "basic"… (the page's CSS defines them).</param>
/// <param name="Shade">0 for the first input, 1 for the second…: lighter variants of the role's colour.</param>
/// <param name="Stack">Stack group for stacked charts (the input's label), or null.</param>
public sealed record ChartSeries(
    string Name,
    string Role,
    int Shade,
    string? Stack,
    IReadOnlyList<double> Values,
    IReadOnlyList<string> Texts);
