using System.Globalization;

namespace PyStats.Cli;

/// <summary>
/// The "Stats gathered on" date: <c>--date</c>, else <c>SOURCE_DATE_EPOCH</c> (reproducible
/// builds convention), else today in UTC.
/// </summary>
public static class ReportDate
{
    public static DateOnly Resolve(string? option, Func<string, string?> getVariable)
    {
        if (option is not null)
        {
            if (!DateOnly.TryParseExact(option, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new UsageException($"--date '{option}' is not a date of the form YYYY-MM-DD");
            }

            return date;
        }

        if (getVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch)
        {
            if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
                || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                throw new UsageException($"SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds since 1970-01-01");
            }

            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        return DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
