using System.Text;
using PyStats.Model;
using PyStats.Report.Model;
using PyStats.Report.Sections;

namespace PyStats.Report.Building;

/// <summary>
/// Evaluates the report layout against one input (a report) or several (a comparison against
/// the first) and produces the <see cref="ReportDocument"/> that renderers format.
/// </summary>
public static class ReportBuilder
{
    public const string NotComparativeNote = "Not included in comparative output.";

    public static ReportDocument Build(IReadOnlyList<StatsData> inputs, ReportOptions options) => Build(inputs, options, layout: null);

    /// <summary>As <see cref="Build(IReadOnlyList{StatsData}, ReportOptions)"/> with only the sections of <paramref name="layout"/> (null: the whole report).</summary>
    public static ReportDocument Build(IReadOnlyList<StatsData> inputs, ReportOptions options, IReadOnlyList<SectionSpec>? layout)
    {
        if (inputs.Count == 0)
        {
            throw new ArgumentException("A report needs at least one input", nameof(inputs));
        }

        var choice = options.Dialect is { } forced
            ? new DialectChoice(forced, "--dialect")
            : DialectDetector.Detect(inputs, options.Date);
        var dialect = choice.Dialect;
        var views = inputs.Select(d => new StatsView(d, dialect)).ToList();
        var labels = Labels(inputs.Count, options);
        var context = new BuildContext(views, dialect, options, labels);

        var sections = new List<ReportSection>();
        foreach (var spec in layout ?? CompatibleLayout.Sections(dialect, options.Extended, context.IsComparison, headline: options.Extended || options.Headline))
        {
            if (BuildSection(spec, context, parentId: string.Empty) is var section && (section.Parts.Count > 0 || !spec.OmitWhenEmpty))
            {
                sections.Add(section);
            }
        }

        var reportInputs = inputs.Select((d, i) => new ReportInput(
            labels[i], d.Source, d.Kind.ToString(), d.FileCount, d.CPythonVersion, d.Metadata.Origin)).ToList();
        return new ReportDocument(reportInputs, dialect.Name, options.Date, sections)
        {
            DialectReason = choice.Reason,
            Extended = options.Extended,
            Findings = options.Extended ? context.Findings : [],
            SanityIssues = options.Extended ? context.SanityIssues : [],
        };
    }

    public static IReadOnlyList<string> Labels(int count, ReportOptions options)
    {
        if (options.Labels is { } given && given.Count == count)
        {
            return given;
        }

        return count switch
        {
            1 => ["Base"],
            2 => ["Base", "Head"],
            _ => Enumerable.Range(0, count).Select(i => i == 0 ? "Base" : $"Run {i + 1}").ToList(),
        };
    }

    private static ReportSection BuildSection(SectionSpec spec, BuildContext context, string parentId)
    {
        string id = parentId.Length == 0 ? Slug(spec.Title) : parentId + "/" + Slug(spec.Title);
        var parts = new List<IReportPart>();
        if (context.IsComparison && !spec.Comparative)
        {
            parts.Add(new ReportNote(NotComparativeNote));
        }
        else
        {
            foreach (var part in spec.Parts(context))
            {
                switch (part)
                {
                    case SectionSpec child:
                        if (BuildSection(child, context, id) is var childSection && (childSection.Parts.Count > 0 || !child.OmitWhenEmpty))
                        {
                            parts.Add(childSection);
                        }

                        break;
                    case TableSpec table:
                        var built = BuildTable(table, context, $"{id}/{Slug(table.Name)}");
                        if (built.Rows.Count > 0)
                        {
                            parts.Add(built);
                        }

                        break;
                    case ContextTableSpec summary:
                        if (summary.Build(context) is { Rows.Count: > 0 } computed)
                        {
                            parts.Add(new ReportTable($"{id}/{Slug(summary.Name)}", computed.Columns, computed.Rows));
                        }

                        break;
                    case NoteSpec note:
                        parts.Add(note.Build());
                        break;
                }
            }
        }

        return new ReportSection(id, spec.Title, spec.Summary, spec.Doc, parts);
    }

    private static ReportTable BuildTable(TableSpec spec, BuildContext context, string id)
    {
        if (!context.IsComparison)
        {
            return new ReportTable(id, spec.Columns, spec.Rows(context.Base));
        }

        var perInput = new IReadOnlyList<ReportRow>[context.Inputs.Count];
        for (int i = 0; i < perInput.Length; i++)
        {
            perInput[i] = spec.Rows(context.Inputs[i]);
        }

        var (columns, rows) = TableJoiner.Join(spec.Columns, perInput, context.Labels, spec.Join, newAndGoneFirst: context.Options.Extended);
        return new ReportTable(id, columns, rows);
    }

    /// <summary>Lower-case letters, digits and '-' only: usable in file names and HTML ids.</summary>
    public static string Slug(string text)
    {
        // Called for every section, table and HTML row id: ASCII text (nearly all) is lowered
        // in one stack buffer, and text that is already a slug is returned as it is.
        if (text.Length > 256 || !System.Text.Ascii.IsValid(text))
        {
            return Slug(text.ToLowerInvariant(), new StringBuilder(text.Length));
        }

        Span<char> buffer = stackalloc char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            char lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower) || lower == '_')
            {
                buffer[length++] = lower;
            }
            else if (length > 0 && buffer[length - 1] != '-')
            {
                buffer[length++] = '-';
            }
        }

        var slug = buffer[..length].TrimEnd('-');
        return slug.Length == 0 ? "table" : slug.SequenceEqual(text) ? text : slug.ToString();
    }

    private static string Slug(string lowered, StringBuilder sb)
    {
        foreach (char c in lowered)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-') is { Length: > 0 } s ? s : "table";
    }
}
