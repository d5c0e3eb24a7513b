using System.Text.Json;
using Microsoft.Playwright;
using PyStats.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PyStats.Tests.Html;

/// <summary>
/// axe-core, pinned in Html/axe/package-lock.json and installed by the test build (npm ci),
/// injected into an open page (opened with the CSP bypassed: the report allows only its own
/// scripts). It is never part of a report.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        string path = Path.Combine(RepoPaths.Root, "tests", "PyStats.Tests", "Html", "axe", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} not found: the test build runs npm ci in tests/PyStats.Tests/Html/axe");
        return File.ReadAllText(path);
    });

    /// <summary>One violated rule: its id, impact and how many elements, with a few of them.</summary>
    public sealed record Violation(string Id, string Impact, int Nodes, string Examples)
    {
        public override string ToString() => $"{Impact} {Id} ×{Nodes}: {Examples}";
    }

    /// <summary>Runs axe on the page, logs every violation and fails on a serious or critical one.</summary>
    public static async Task AssertNoSeriousViolationAsync(IPage page, ITestOutputHelper output, string what)
    {
        var violations = await RunAsync(page);
        foreach (var v in violations)
        {
            output.WriteLine(v.ToString());
        }

        var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, what + ":\n" + string.Join("\n", blocking));
    }

    /// <summary>Runs every WCAG 2 A/AA and best-practice rule on the whole page as it is now.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Source.Value });
        string json = await page.EvaluateAsync<string>(@"async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id,
                impact: v.impact || 'none',
                nodes: v.nodes.length,
                examples: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160) + ')').join('; ')
            })));
        }");
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("nodes").GetInt32(),
                v.GetProperty("examples").GetString()!))
            .ToList();
    }
}
