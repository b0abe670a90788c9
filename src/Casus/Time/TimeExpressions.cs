using System.Globalization;

namespace Casus.Time;

/// <summary>
/// Reads English time expressions of news ("on Wednesday", "yesterday", "last week", "earlier this month",
/// "on 15 October", "October 15, 2019", "in March", "two days ago", "last night", "overnight", "next week") against an
/// anchor date, the article's publication date. Works on words as the tokenizer wrote them (case kept: month and
/// weekday names must be capitalised, so the modal "may" is no month). Pure functions: no clock, no state; never
/// throws on any input.
/// </summary>
public static class TimeExpressions
{
    private const int MinAnchorYear = 100, MaxAnchorYear = 9900;

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] MonthShort = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] Numbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// Finds the first time expression in <paramref name="words"/> and resolves it against <paramref name="anchor"/>.
    /// Fails with <see cref="DateFailure.NotATimeExpression"/> when there is none, and with
    /// <see cref="DateFailure.NoAnchor"/> when the only expressions found are relative and there is no anchor.
    /// </summary>
    public static DateResolution Find(IReadOnlyList<string>? words, DateOnly? anchor, TimeDirection direction = TimeDirection.Past)
    {
        if (words is null) return DateResolution.Fail(DateFailure.NotATimeExpression);
        var failure = DateFailure.NotATimeExpression;
        for (int i = 0; i < words.Count; i++)
        {
            var r = At(words, i, anchor, direction);
            if (r.Success) return r;
            if (r.Failure != DateFailure.NotATimeExpression) failure = r.Failure;
        }
        return DateResolution.Fail(failure);
    }

    /// <summary>Resolves the time expression that starts at word <paramref name="start"/>, if one does.</summary>
    public static DateResolution At(IReadOnlyList<string>? words, int start, DateOnly? anchor, TimeDirection direction = TimeDirection.Past)
    {
        if (words is null || start < 0 || start >= words.Count) return DateResolution.Fail(DateFailure.NotATimeExpression);
        // Offsets reach at most a few hundred days, months or years: an anchor far from the calendar's ends keeps
        // every step in range, so no reading can throw.
        if (anchor is { } far && (far.Year < MinAnchorYear || far.Year > MaxAnchorYear)) anchor = null;
        int i = start;
        // "since 2014", "until Friday", "by next year": the start of a state or a deadline, not the day of an act.
        int before = start - 1;
        while (before >= 0 && IsNarrowing(words[before])) before--;
        if (IsBoundary(words[i]) || before >= 0 && IsBoundary(words[before])) return DateResolution.Fail(DateFailure.NotATimeExpression);
        // Modifiers that narrow a period but do not move it: "early March", "late last year", "earlier this month".
        while (i < words.Count && IsNarrowing(words[i])) i++;
        if (i >= words.Count) return DateResolution.Fail(DateFailure.NotATimeExpression);
        var w = Lower(words[i]);

        // Absolute dates first: they need no anchor.
        var absolute = Absolute(words, i, start, anchor, direction);
        if (absolute is not null) return absolute;

        bool deictic = w is "yesterday" or "today" or "tonight" or "tomorrow" or "overnight" or "last" or "this" or "next" or "past"
            || WeekdayOf(words[i]) >= 0 || MonthOf(words[i], allowShort: false) >= 0 || CountOf(w) > 0 || w is "a" or "an" or "weekend" or "the";
        if (!deictic) return DateResolution.Fail(DateFailure.NotATimeExpression);
        if (anchor is not { } a)
            return Relative(words, i, start, new DateOnly(2000, 1, 1), direction) is null
                ? DateResolution.Fail(DateFailure.NotATimeExpression)
                : DateResolution.Fail(DateFailure.NoAnchor);
        return Relative(words, i, start, a, direction) ?? DateResolution.Fail(DateFailure.NotATimeExpression);
    }

    private static DateResolution? Relative(IReadOnlyList<string> words, int i, int start, DateOnly a, TimeDirection direction)
    {
        var w = Lower(words[i]);
        string? next = i + 1 < words.Count ? Lower(words[i + 1]) : null;
        switch (w)
        {
            case "yesterday": return Day(a.AddDays(-1), "yesterday: the day before publication", start, i + 1);
            case "today" or "tonight": return Day(a, $"{w}: the publication date", start, i + 1);
            case "tomorrow": return Day(a.AddDays(1), "tomorrow: the day after publication", start, i + 1);
            // Overnight news is the night before the report: the day the night began.
            case "overnight": return Day(a.AddDays(-1), "overnight: the night before publication", start, i + 1);
        }
        if (w == "the" && next is "weekend") return Weekend(a, direction, start, i + 2, "the weekend");
        if (DayBeforeOrAfter(words, i, start, a) is { } neighbour) return neighbour;
        if (w == "weekend") return Weekend(a, direction, start, i + 1, "weekend");
        if (w is "last" or "this" or "next" or "past" && next is not null)
        {
            int sign = w switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            // "over the past year", "in the past week", "over the last year", "over the next year": a span that reaches to or from now, not
            // the calendar period before or after it; no date.
            if (w is "past" or "next" or "last" && i > 0 && Lower(words[i - 1]) == "the" && next is "week" or "month" or "year") return null;
            if (next is "night" or "evening") return w == "last" ? Day(a.AddDays(-1), "last night: the day before publication", start, i + 2)
                : w == "this" ? Day(a, $"this {next}: the publication date", start, i + 2) : null;
            if (next is "morning" or "afternoon" && w == "this") return Day(a, $"this {next}: the publication date", start, i + 2);
            if (next is "week") return Week(Monday(a).AddDays(7 * sign), $"{w} week", start, i + 2);
            if (next is "weekend")
                return sign == 0 ? Weekend(a, direction, start, i + 2, "this weekend")
                    : Weekend(sign < 0 ? a.AddDays(-1) : a.AddDays(1), sign < 0 ? TimeDirection.Past : TimeDirection.Future, start, i + 2, $"{w} weekend");
            if (next is "month") { var m = new DateOnly(a.Year, a.Month, 1).AddMonths(sign); return One(m, DatePrecision.Month, $"{w} month", start, i + 2); }
            if (next is "year") return One(new DateOnly(a.Year + sign, 1, 1), DatePrecision.Year, $"{w} year", start, i + 2);
            int wd = WeekdayOf(words[i + 1]);
            if (wd >= 0)
            {
                int len = i + 2 + (i + 2 < words.Count && IsPartOfDay(words[i + 2]) ? 1 : 0) - start;
                var past = MostRecent(a, wd, strictly: true);
                var future = Upcoming(a, wd, strictly: true);
                return sign < 0 ? DateResolution.One(new(past, DatePrecision.Day, $"last {Weekdays[wd]}: the one before publication"), start, len)
                    : sign > 0 ? DateResolution.One(new(future, DatePrecision.Day, $"next {Weekdays[wd]}: the one after publication"), start, len)
                    : Weekday(a, wd, direction, start, len);
            }
            int month = MonthOf(words[i + 1], allowShort: false);
            if (month >= 0 && sign == 0)
            {
                var d = new DateOnly(a.Year, month + 1, 1);
                return One(d, DatePrecision.Month, $"this {Months[month]}: the publication year", start, i + 2);
            }
            if (month >= 0 && sign != 0)
            {
                var d = sign < 0 ? MostRecentMonth(a, month, strictly: true) : UpcomingMonth(a, month, strictly: true);
                return One(d, DatePrecision.Month, $"{w} {Months[month]}", start, i + 2);
            }
            return null;
        }
        int weekday = WeekdayOf(words[i]);
        // "on Friday, January 13": the date in apposition says which Friday, and the weekday says which year's
        // January 13 (the reading that falls on a Friday, else the one the direction chooses).
        if (weekday >= 0 && i + 2 < words.Count && words[i + 1] == "," && Absolute(words, i + 2, i + 2, a, direction) is { Success: true } dated)
        {
            var pick = dated.Chosen;
            foreach (var c in dated.Candidates)
                if (((int)c.Date.DayOfWeek + 6) % 7 == weekday) { pick = c; break; }
            return DateResolution.One(pick with { Rule = $"{Weekdays[weekday]}, {pick.Rule}" }, start, i + 2 + dated.Length - start);
        }
        if (weekday >= 0)
        {
            int len = i + 1 + (i + 1 < words.Count && IsPartOfDay(words[i + 1]) ? 1 : 0) - start;
            return Weekday(a, weekday, direction, start, len);
        }
        int monthAlone = MonthOf(words[i], allowShort: false);
        // A bare month name reads as a date only after a word that makes it one ("in March", "since May"): "March" and
        // "May" are also a verb and a modal.
        if (monthAlone >= 0 && (i > 0 && IsMonthLead(words[i - 1]) || i > start))
        {
            var past = MostRecentMonth(a, monthAlone, strictly: false);
            var future = UpcomingMonth(a, monthAlone, strictly: false);
            return DateResolution.Two(new(past, DatePrecision.Month, $"{Months[monthAlone]}: the most recent on or before publication"),
                new(future, DatePrecision.Month, $"{Months[monthAlone]}: the first on or after publication"), direction, start, i + 1 - start);
        }
        // "two days ago", "a week ago", "three years ago".
        int count = CountOf(w);
        // "a day earlier", "two days later": counted from the anchor, as "the previous day" is.
        if (count > 0 && i + 2 < words.Count && Lower(words[i + 1]) is "day" or "days" && Lower(words[i + 2]) is "earlier" or "later")
        {
            int sign = Lower(words[i + 2]) == "earlier" ? -1 : 1;
            return Day(a.AddDays(sign * count), $"{words[i]} {Lower(words[i + 1])} {Lower(words[i + 2])}: counted from the anchor", start, i + 3);
        }
        if (count > 0 && i + 2 < words.Count && Lower(words[i + 2]) == "ago")
        {
            var unit = Lower(words[i + 1]);
            string rule = $"{words[i]} {unit} ago";
            return unit switch
            {
                "day" or "days" => Day(a.AddDays(-count), rule, start, i + 3),
                "week" or "weeks" => Week(Monday(a.AddDays(-7 * count)), rule, start, i + 3),
                "month" or "months" => One(new DateOnly(a.Year, a.Month, 1).AddMonths(-count), DatePrecision.Month, rule, start, i + 3),
                "year" or "years" when a.Year - count >= 1 => One(new DateOnly(a.Year - count, 1, 1), DatePrecision.Year, rule, start, i + 3),
                _ => null,
            };
        }
        return null;
    }

    /// <summary>
    /// "the previous day", "the day before", "the next day", "the following day", "the day after": the day before or
    /// after the anchor (the day the report is about). "the day before the vote" names a day by another event, which
    /// this cannot date, so a word after "before"/"after" other than punctuation leaves the phrase unread.
    /// </summary>
    private static DateResolution? DayBeforeOrAfter(IReadOnlyList<string> words, int i, int start, DateOnly a)
    {
        if (Lower(words[i]) != "the" || i + 2 >= words.Count) return null;
        string w1 = Lower(words[i + 1]), w2 = Lower(words[i + 2]);
        int sign;
        if (w1 is "previous" or "preceding" && w2 == "day") sign = -1;
        else if (w1 is "next" or "following" && w2 == "day") sign = 1;
        else if (w1 == "day" && w2 is "before" or "after")
        {
            if (i + 3 < words.Count && words[i + 3].Length > 0 && char.IsLetterOrDigit(words[i + 3][0]))
                return null;
            sign = w2 == "before" ? -1 : 1;
        }
        else return null;
        return Day(a.AddDays(sign), $"the {w1} {w2}: the day {(sign < 0 ? "before" : "after")} the anchor", start, i + 3);
    }

    private static DateResolution? Absolute(IReadOnlyList<string> words, int i, int start, DateOnly? anchor, TimeDirection direction)
    {
        // A range of days in one month: "from 3 to 5 March", "between 3 and 5 March", "3-5 March 2019". The event
        // began on the first day: that day, at day precision.
        if (RangeStart(words, i) is (int first, int monthAt) && MonthOf(words[monthAt], allowShort: true) is int rm and >= 0)
        {
            int end = monthAt + 1;
            int? year = end < words.Count ? YearOf(words[end]) : null;
            if (year is not null) end++;
            var r = DayMonth(first, rm, year, anchor, direction, start, end);
            return r.Success ? r.WithRule($"{first} {Months[rm]}: the first day of a range") : r;
        }
        // "15 October [2019]", "15th October"
        if (DayNumber(words[i]) is int day1 && i + 1 < words.Count && MonthOf(words[i + 1], allowShort: true) is int m1 and >= 0)
        {
            int end = i + 2;
            if (end < words.Count && Lower(words[end]) == "of") { }
            int? year = end < words.Count ? YearOf(words[end]) : null;
            if (year is not null) end++;
            return DayMonth(day1, m1, year, anchor, direction, start, end);
        }
        // "October 15[,] [2019]", "Oct. 15", and "January 8-10[, 2024]" (a range: its first day)
        int m2 = MonthOf(words[i], allowShort: true);
        if (m2 >= 0 && i + 1 < words.Count && (DayNumber(words[i + 1]) ?? DayRangeFirst(words[i + 1])) is int day2)
        {
            int end = i + 2;
            int? year = null;
            // "July 9-11, 2024" written as three words: the range's end before the year.
            if (end + 1 < words.Count && words[end] is "-" or "–" && DayNumber(words[end + 1]) is int last && last > day2) end += 2;
            if (end < words.Count && YearOf(words[end]) is int y0) { year = y0; end++; }
            else if (end + 1 < words.Count && words[end] == "," && YearOf(words[end + 1]) is int y1) { year = y1; end += 2; }
            return DayMonth(day2, m2, year, anchor, direction, start, end);
        }
        // "March 2019", "in March of 2019"
        if (m2 >= 0 && i + 1 < words.Count)
        {
            int j = i + 1;
            if (Lower(words[j]) == "of" && j + 1 < words.Count) j++;
            if (YearOf(words[j]) is int y && MonthOf(words[i], allowShort: false) >= 0)
                return One(new DateOnly(y, m2 + 1, 1), DatePrecision.Month, $"{Months[m2]} {y}", start, j + 1);
        }
        // "in 2019", "in early 2024": a bare year only after a preposition that makes it a date.
        if (YearOf(words[i]) is int year2 && i > 0 && (Lower(words[i - 1]) is "in" or "during" || Lower(words[start]) is "in" or "during"))
            return One(new DateOnly(year2, 1, 1), DatePrecision.Year, $"year {year2}", start, i + 1);
        return null;
    }

    /// <summary>The first day of "3 to 5", "3 and 5", "3 - 5", "3-5" at <paramref name="i"/>, and where the month
    /// word would stand after the range.</summary>
    private static (int First, int MonthAt)? RangeStart(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        if (DayRangeFirst(w) is int a && i + 1 < words.Count) return (a, i + 1);
        if (DayNumber(w) is int d1 && i + 3 < words.Count && Lower(words[i + 1]) is "to" or "and" or "-" or "–" or "through" or "till" or "until"
            && DayNumber(words[i + 2]) is int d2 && d1 < d2)
            return (d1, i + 3);
        return null;
    }

    /// <summary>The first day of a range written as one word, "8-10" or "8–10"; null for anything else.</summary>
    private static int? DayRangeFirst(string w)
    {
        int dash = w.IndexOfAny(['-', '–']);
        return dash > 0 && DayNumber(w[..dash]) is int a && DayNumber(w[(dash + 1)..]) is int b && a < b ? a : null;
    }

    private static DateResolution DayMonth(int day, int month, int? year, DateOnly? anchor, TimeDirection direction, int start, int end)
    {
        string name = $"{day} {Months[month]}";
        if (year is int y)
        {
            if (day > DateTime.DaysInMonth(y, month + 1)) return DateResolution.Fail(DateFailure.InvalidDate);
            return DateResolution.One(new(new DateOnly(y, month + 1, day), DatePrecision.Day, $"{name} {y}"), start, end - start);
        }
        if (anchor is not { } a) return DateResolution.Fail(DateFailure.NoAnchor);
        // Without a year: this year's or last year's (past), this year's or next year's (future); 29 February only
        // in leap years.
        DateOnly? past = null, future = null;
        for (int yy = a.Year; yy >= a.Year - 4 && past is null; yy--)
            if (day <= DateTime.DaysInMonth(yy, month + 1) && new DateOnly(yy, month + 1, day) <= a) past = new DateOnly(yy, month + 1, day);
        for (int yy = a.Year; yy <= a.Year + 4 && future is null; yy++)
            if (day <= DateTime.DaysInMonth(yy, month + 1) && new DateOnly(yy, month + 1, day) >= a) future = new DateOnly(yy, month + 1, day);
        if (past is null || future is null) return DateResolution.Fail(DateFailure.InvalidDate);
        // A past act on the day after publication is the report's date lagging the event's time zone ("met on
        // August 29" in Beijing, in a report dated August 28), not an act of almost a year before.
        if (direction == TimeDirection.Past && future.Value.DayNumber - a.DayNumber == 1) direction = TimeDirection.Future;
        return DateResolution.Two(new(past.Value, DatePrecision.Day, $"{name}: the most recent on or before publication"),
            new(future.Value, DatePrecision.Day, $"{name}: the first on or after publication"), direction, start, end - start);
    }

    private static DateResolution Weekday(DateOnly a, int wd, TimeDirection direction, int start, int length)
        => DateResolution.Two(new(MostRecent(a, wd, strictly: false), DatePrecision.Day, $"{Weekdays[wd]}: the most recent on or before publication"),
            new(Upcoming(a, wd, strictly: false), DatePrecision.Day, $"{Weekdays[wd]}: the first on or after publication"), direction, start, length);

    private static DateResolution Weekend(DateOnly a, TimeDirection direction, int start, int end, string words)
    {
        // A weekend is dated by its Saturday; on a Sunday "the weekend" is the one under way.
        var pastSaturday = a.DayOfWeek == DayOfWeek.Sunday ? a.AddDays(-1) : MostRecent(a, 5, strictly: false);
        var nextSaturday = a.DayOfWeek == DayOfWeek.Sunday ? a.AddDays(-1) : Upcoming(a, 5, strictly: false);
        return DateResolution.Two(new(pastSaturday, DatePrecision.Week, $"{words}: the most recent weekend"),
            new(nextSaturday, DatePrecision.Week, $"{words}: the coming weekend"), direction, start, end - start);
    }

    private static DateResolution Day(DateOnly d, string rule, int start, int end) => DateResolution.One(new(d, DatePrecision.Day, rule), start, end - start);
    private static DateResolution Week(DateOnly monday, string rule, int start, int end) => DateResolution.One(new(monday, DatePrecision.Week, rule), start, end - start);
    private static DateResolution One(DateOnly d, DatePrecision p, string rule, int start, int end) => DateResolution.One(new(d, p, rule), start, end - start);

    /// <summary>Monday of the ISO week holding <paramref name="d"/>.</summary>
    internal static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>The most recent weekday <paramref name="wd"/> (0 = Monday) on or before (strictly: before) <paramref name="a"/>.</summary>
    internal static DateOnly MostRecent(DateOnly a, int wd, bool strictly)
    {
        int today = ((int)a.DayOfWeek + 6) % 7;
        int back = (today - wd + 7) % 7;
        if (back == 0 && strictly) back = 7;
        return a.AddDays(-back);
    }

    /// <summary>The first weekday <paramref name="wd"/> (0 = Monday) on or after (strictly: after) <paramref name="a"/>.</summary>
    internal static DateOnly Upcoming(DateOnly a, int wd, bool strictly)
    {
        int today = ((int)a.DayOfWeek + 6) % 7;
        int ahead = (wd - today + 7) % 7;
        if (ahead == 0 && strictly) ahead = 7;
        return a.AddDays(ahead);
    }

    private static DateOnly MostRecentMonth(DateOnly a, int month, bool strictly)
    {
        int y = month + 1 < a.Month || month + 1 == a.Month && !strictly ? a.Year : a.Year - 1;
        return new DateOnly(y, month + 1, 1);
    }

    private static DateOnly UpcomingMonth(DateOnly a, int month, bool strictly)
    {
        int y = month + 1 > a.Month || month + 1 == a.Month && !strictly ? a.Year : a.Year + 1;
        return new DateOnly(y, month + 1, 1);
    }

    private static bool IsNarrowing(string w) => Lower(w) is "early" or "earlier" or "late" or "later" or "mid" or "mid-" or "on" or "in" or "during" or "over" or "at";

    private static bool IsBoundary(string w) => Lower(w) is "since" or "until" or "till" or "by" or "through" or "before" or "after";

    private static bool IsMonthLead(string w) => Lower(w) is "in" or "since" or "during" or "until" or "by" or "early" or "late" or "mid" or "mid-" or "of" or "through" or "from";

    private static bool IsPartOfDay(string w) => Lower(w) is "night" or "morning" or "afternoon" or "evening";

    private static int WeekdayOf(string w)
    {
        if (w.Length < 3 || !char.IsUpper(w[0])) return -1;
        return Array.IndexOf(Weekdays, Lower(w));
    }

    private static int MonthOf(string w, bool allowShort)
    {
        if (w.Length < 3 || !char.IsUpper(w[0])) return -1;
        var l = Lower(w);
        int m = Array.IndexOf(Months, l);
        if (m >= 0 || !allowShort) return m;
        // "Oct.", "Sept." only before a day number (the caller checks).
        l = l.TrimEnd('.');
        if (l == "sept") return 8;
        return Array.IndexOf(MonthShort, l);
    }

    private static int? DayNumber(string w)
    {
        var s = w.AsSpan();
        if (s.EndsWith("st") || s.EndsWith("nd") || s.EndsWith("rd") || s.EndsWith("th")) s = s[..^2];
        if (s.Length is < 1 or > 2) return null;
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31 ? d : null;
    }

    private static int? YearOf(string w)
        => w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100 ? y : null;

    private static int CountOf(string lower)
    {
        if (lower is "a" or "an") return 1;
        int n = Array.IndexOf(Numbers, lower);
        if (n > 0) return n;
        return lower.Length is >= 1 and <= 3 && int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is > 0 and < 400 ? d : 0;
    }

    private static string Lower(string w) => w.ToLowerInvariant();
}
