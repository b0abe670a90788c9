using System.Globalization;

namespace Casus.Extraction;

/// <summary>Date parsing for ingest and page metadata. Never throws: untrusted text either yields a date or false.</summary>
public static class DateText
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Strict: <c>yyyy-mm-dd</c> or an ISO 8601 date-time; the date is the one written (no time-zone shift),
    /// because the writer's local calendar date is what "on Wednesday" in the article refers to.</summary>
    public static bool TryParseIso(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (!DateTimeOffset.TryParseExact(s, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
            return false;
        date = DateOnly.FromDateTime(dto.DateTime);
        return true;
    }

    /// <summary>Lenient, for page metadata: ISO forms first, then a leading yyyy-mm-dd (or yyyy/mm/dd, yyyymmdd),
    /// then common English forms ("March 12, 2019", "12 Mar 2019", RFC 1123).</summary>
    public static bool TryParseLoose(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (TryParseIso(s, out date)) return Plausible(date);
        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && (s[4] == '-' || s[4] == '/' || s[4] == '.')
            && DateOnly.TryParseExact(s[..10].Replace('/', '-').Replace('.', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Plausible(date);
        if (s.Length >= 8 && s[..8].All(char.IsAsciiDigit) && (s.Length == 8 || !char.IsAsciiDigit(s[8]))
            && DateOnly.TryParseExact(s[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Plausible(date);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return Plausible(date);
        }
        return false;
    }

    // Pages carry junk such as 0001-01-01 or 1970-01-01 placeholders; a news date outside this window is not a date.
    private static bool Plausible(DateOnly d) => d.Year is >= 1990 and <= 2100;
}
