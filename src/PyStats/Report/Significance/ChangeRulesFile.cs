using System.Text.Json;
using PyStats.IO;
using PyStats.Parsing;

namespace PyStats.Report.Significance;

/// <summary>
/// Reads a rules file:
/// <code>
/// { "extends_defaults": true, "max_listed": 50,
///   "rules": [ { "metric": "family-hit-ratio", "subject": "LOAD_ATTR", "threshold": 2,
///                "direction": "decrease", "fail": true, "min_count": 1000 } ] }
/// </code>
/// With <c>extends_defaults</c> (the default) the file's rules are added to the built-in ones.
/// </summary>
public static class ChangeRulesFile
{
    public static ChangeRuleSet Load(string path)
    {
        byte[] bytes = InputFiles.ReadAllBytes(path, "the rules file");

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return Parse(document.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new StatsInputException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: malformed JSON in the rules file");
        }
    }

    private static ChangeRuleSet Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new StatsInputException($"{path}: a rules file is a JSON object with a \"rules\" list");
        }

        bool extend = true;
        int maxListed = ChangeRuleSet.Defaults.MaxListed;
        var rules = new List<ChangeRule>();
        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case "extends_defaults":
                    extend = member.Value.ValueKind == JsonValueKind.True
                        || (member.Value.ValueKind != JsonValueKind.False ? throw Error(path, member.Name, "must be true or false") : false);
                    break;
                case "max_listed":
                    maxListed = member.Value.TryGetInt32(out int max) && max > 0 ? max : throw Error(path, member.Name, "must be a positive integer");
                    break;
                case "rules":
                    if (member.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw Error(path, member.Name, "must be a list of rules");
                    }

                    int index = 0;
                    foreach (var rule in member.Value.EnumerateArray())
                    {
                        rules.Add(ParseRule(rule, path, $"rules[{index++}]"));
                    }

                    break;
                default:
                    throw Error(path, member.Name, "is not a known setting (extends_defaults, max_listed, rules)");
            }
        }

        var all = extend ? ChangeRuleSet.Defaults.Rules.Concat(rules).ToList() : rules;
        return new ChangeRuleSet(all, maxListed, extend ? $"{path} (with the built-in defaults)" : path);
    }

    private static ChangeRule ParseRule(JsonElement rule, string path, string where)
    {
        if (rule.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, where, "must be an object");
        }

        ChangeMetric? metric = null;
        double? threshold = null;
        var direction = ChangeDirection.Both;
        bool fail = false;
        string? subject = null;
        long minCount = 0;
        bool versionDifferences = false;
        foreach (var p in rule.EnumerateObject())
        {
            string key = $"{where}.{p.Name}";
            switch (p.Name)
            {
                case "metric":
                    metric = p.Value.ValueKind == JsonValueKind.String && ChangeMetricNames.TryParse(p.Value.GetString()!, out var m)
                        ? m
                        : throw Error(path, key, $"must be one of {string.Join(", ", ChangeMetricNames.Names)}");
                    break;
                case "threshold":
                    threshold = p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() is var t and >= 0
                        ? t
                        : throw Error(path, key, "must be a non-negative number (points or percent)");
                    break;
                case "direction":
                    direction = p.Value.GetString() switch
                    {
                        "both" => ChangeDirection.Both,
                        "increase" => ChangeDirection.Increase,
                        "decrease" => ChangeDirection.Decrease,
                        _ => throw Error(path, key, "must be \"both\", \"increase\" or \"decrease\""),
                    };
                    break;
                case "fail":
                    fail = Boolean(p.Value, path, key);
                    break;
                case "subject":
                    subject = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw Error(path, key, "must be a string");
                    break;
                case "min_count":
                    minCount = p.Value.TryGetInt64(out long c) && c >= 0 ? c : throw Error(path, key, "must be a non-negative integer");
                    break;
                case "include_version_differences":
                    versionDifferences = Boolean(p.Value, path, key);
                    break;
                default:
                    throw Error(path, key, "is not a rule setting (metric, threshold, direction, fail, subject, min_count, include_version_differences)");
            }
        }

        return new ChangeRule(
            metric ?? throw Error(path, where, "needs a \"metric\""),
            threshold ?? throw Error(path, where, "needs a \"threshold\""),
            direction,
            fail,
            subject,
            minCount,
            versionDifferences);
    }

    private static bool Boolean(JsonElement value, string path, string key) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(path, key, "must be true or false"),
    };

    private static StatsInputException Error(string path, string key, string problem) => new($"{path}: '{key}' {problem}");
}
