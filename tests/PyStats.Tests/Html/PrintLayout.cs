using System.Text.Json;
using Microsoft.Playwright;

namespace PyStats.Tests.Html;

/// <summary>
/// A page as printed (print media emulated): every report table laid out and unclipped, no
/// block overlapping the next, no control on paper, chart cards kept whole.
/// </summary>
public static class PrintLayout
{
    /// <summary>Emulates print and returns how many report tables were laid out and what is wrong.</summary>
    public static async Task<(int Tables, IReadOnlyList<string> Problems)> CheckAsync(IPage page)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        string json = await page.EvaluateAsync<string>(@"() => {
            const width = document.documentElement.clientWidth;
            const box = e => e.getBoundingClientRect();
            const problems = [];
            // Every table, row and cell of the report is laid out (none left in a closed section).
            const tables = Array.from(document.querySelectorAll('table.report-table'));
            tables.forEach(t => {
                if (t.getClientRects().length === 0 || !t.checkVisibility()) problems.push('hidden table ' + t.dataset.tableId);
                else if (box(t).right > width + 1) problems.push('clipped table ' + t.dataset.tableId + ' ' + Math.round(box(t).right) + ' > ' + width);
                else if (Array.from(t.rows).some(r => r.getClientRects().length === 0)) problems.push('hidden row in ' + t.dataset.tableId);
            });
            // Consecutive blocks (top-level sections; tables) follow each other: none overlaps the next.
            const inOrder = list => {
                for (let i = 0; i + 1 < list.length; i++) {
                    const a = box(list[i]), b = box(list[i + 1]);
                    if (a.bottom > b.top + 0.5) problems.push('overlap ' + (list[i].id || list[i].className) + ' / ' + (list[i + 1].id || list[i + 1].className) + ' ' + Math.round(a.bottom) + ' > ' + Math.round(b.top));
                }
            };
            inOrder(Array.from(document.querySelectorAll('main > section')));
            inOrder(Array.from(document.querySelectorAll('.table-block')));
            document.querySelectorAll('.table-block').forEach(b => {
                const t = b.querySelector('table');
                if (t && box(t).bottom > box(b).bottom + 0.5) problems.push('table spills out of its block ' + t.dataset.tableId);
            });
            // No controls on paper; chart cards are not split.
            const controls = Array.from(document.querySelectorAll('nav.toc, .table-tools, button, input, .skip-link')).filter(e => e.checkVisibility());
            controls.slice(0, 5).forEach(e => problems.push('control printed: ' + e.outerHTML.slice(0, 80)));
            document.querySelectorAll('.chart-card').forEach(c => {
                if (getComputedStyle(c).breakInside !== 'avoid') problems.push('chart card may split: ' + c.id);
            });
            return JSON.stringify({ tables: tables.length, problems: problems.slice(0, 20) });
        }");
        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;
        return (root.GetProperty("tables").GetInt32(), root.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList());
    }
}
