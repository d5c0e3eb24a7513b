using Microsoft.Playwright;

namespace PyStats.Tests.Html;

/// <summary>An open report page, with what it logged and every URL it asked for.</summary>
public sealed class ReportPage
{
    public ReportPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add("page error: " + error);
        page.Request += (_, request) => Requests.Add(request.Url);
    }

    public IPage Page { get; }

    /// <summary>Goes to a report page and waits until its script has run.</summary>
    public async Task GoToAsync(string url)
    {
        await Page.GotoAsync(url);
        await Page.WaitForSelectorAsync("html[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
    }

    public List<string> Problems { get; } = [];

    public List<string> Requests { get; } = [];

    public ILocator Table(string tableId) => Page.Locator($"table[data-table-id='{tableId}']");

    public ILocator Section(string sectionId) => Page.Locator($"section[data-section-id='{sectionId}']");

    /// <summary>The texts of one column of a table's rows, in display order (hidden rows included).</summary>
    public Task<string[]> ColumnAsync(string tableId, int column) =>
        Table(tableId).EvaluateAsync<string[]>("(t, c) => Array.from(t.tBodies[0].rows, r => r.cells[c] ? r.cells[c].textContent : '')", column);

    public Task<string[]> VisibleLabelsAsync(string tableId) =>
        Table(tableId).EvaluateAsync<string[]>("t => Array.from(t.tBodies[0].rows).filter(r => !r.hidden && r.offsetParent !== null).map(r => r.cells[0].textContent)");
}
