using System.Globalization;

namespace Casus.Actors;

/// <summary>
/// Reads the actor dictionary text format (docs/formats/actors.md) into entries. Never throws on bad text:
/// every problem is reported as <c>file:line: message</c> and the rest of the file is still read.
/// </summary>
public static class ActorDictionaryParser
{
    /// <summary>Parses one file, adding its entries to <paramref name="entries"/> and its problems to <paramref name="problems"/>.</summary>
    public static void Parse(ActorSource source, List<ActorEntry> entries, List<ActorDictionaryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        int lineNo = 0;
        foreach (var rawLine in source.Text.Split('\n'))
        {
            lineNo++;
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            ParseLine(source.Name, lineNo, line, entries, problems);
        }
    }

    private static void ParseLine(string file, int lineNo, string line, List<ActorEntry> entries, List<ActorDictionaryProblem> problems)
    {
        void Problem(string message) => problems.Add(new ActorDictionaryProblem(file, lineNo, message));

        var fields = line.Split('|');
        var key = fields[0].Trim();
        if (fields.Length < 2) { Problem($"expected 'CODE | label: phrase; phrase', found no '|' in \"{line}\""); return; }

        bool isFiller = key == "-";
        var code = default(ActorCode);
        if (!isFiller && !ActorCode.TryParse(key, out code, out var codeError)) { Problem(codeError!); return; }

        DateOnly? from = null, until = null;
        bool sawDate = false, sawPerson = false;
        var pending = new List<(ActorEntryKind Kind, string Phrase, bool Counts)>();
        for (int f = 1; f < fields.Length; f++)
        {
            var field = fields[f].Trim();
            int colon = field.IndexOf(':');
            if (colon <= 0) { Problem($"field {f + 1} \"{field}\" has no 'label:'"); continue; }
            var label = field[..colon].Trim();
            var body = field[(colon + 1)..].Trim();
            if (label is "from" or "until")
            {
                sawDate = true;
                if (!TryParseDate(body, label == "until", out var date)) { Problem($"{label}: '{body}' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)"); continue; }
                if (label == "from") from = date; else until = date;
                continue;
            }
            ActorEntryKind? kind = label switch
            {
                "name" => ActorEntryKind.CountryName,
                "adj" => ActorEntryKind.CountryAdjective,
                "seat" => ActorEntryKind.Seat,
                "org" => ActorEntryKind.Organisation,
                "head" or "count" => ActorEntryKind.RoleHead,
                "mod" => ActorEntryKind.RoleModifier,
                "national" => ActorEntryKind.NationalHead,
                "filler" => ActorEntryKind.Filler,
                "past" => ActorEntryKind.PastOffice,
                "person" => ActorEntryKind.Person,
                "not" => ActorEntryKind.NotRole,
                _ => null,
            };
            if (kind is null) { Problem($"unknown label '{label}' (expected name, adj, seat, org, head, count, mod, national, filler, past, not, person, from, until)"); continue; }
            var k = kind.Value;
            // A name under a transnational code (IGO..., NGO..., IMG...) is an organisation, not a country.
            if (k == ActorEntryKind.CountryName && !code.IsEmpty && IsTransnational(code.Primary)) k = ActorEntryKind.Organisation;
            if (k == ActorEntryKind.Person) sawPerson = true;

            string? kindError = k switch
            {
                ActorEntryKind.Filler when !isFiller => "'filler:' belongs on a line keyed '-'",
                not ActorEntryKind.Filler when isFiller => $"a line keyed '-' may only hold 'filler:', not '{label}:'",
                ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier or ActorEntryKind.NationalHead or ActorEntryKind.PastOffice or ActorEntryKind.NotRole when code.Value.Length != 3 => $"role '{code}' must be three letters",
                ActorEntryKind.CountryAdjective or ActorEntryKind.Seat when code.Value.Length != 3 => $"'{label}:' needs a three-letter country code, not '{code}'",
                _ => null,
            };
            if (kindError is not null) { Problem(kindError); continue; }

            int n = 0;
            foreach (var item in body.Split(';'))
            {
                var phrase = item.Trim();
                if (phrase.Length == 0) { Problem($"'{label}:' has an empty phrase (stray ';'?)"); continue; }
                // One word is no compound: a role word that is never a role belongs off the line, not under "not:".
                if (k == ActorEntryKind.NotRole && PhraseWords.Split(phrase).Length < 2) { Problem($"'not: {phrase}' needs two or more words (a compound that holds a role word)"); continue; }
                pending.Add((k, phrase, label == "count"));
                n++;
            }
            if (n == 0) Problem($"'{label}:' lists no phrases");
        }
        if (sawDate && !sawPerson) Problem("'from:'/'until:' apply only to 'person:' entries");
        if (from is not null && until is not null && until < from) Problem($"until {until:yyyy-MM-dd} is before from {from:yyyy-MM-dd}");
        if (pending.Count == 0 && fields.Length >= 2 && !problems.Any(p => p.Source == file && p.Line == lineNo))
            Problem("line defines no phrases");

        foreach (var (kind, phrase, counts) in pending)
        {
            bool dated = kind == ActorEntryKind.Person;
            entries.Add(new ActorEntry(kind, phrase, PhraseWords.Split(phrase), code, file, lineNo,
                dated ? from : null, dated ? until : null, counts));
        }
    }

    private static bool IsTransnational(string primary) => primary is "IGO" or "NGO" or "IMG" or "MNC";

    private static bool TryParseDate(string text, bool end, out DateOnly date)
    {
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out date)) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM", inv, DateTimeStyles.None, out date))
        {
            if (end) date = date.AddMonths(1).AddDays(-1);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out int year) && year >= 1)
        {
            // A bare year is inclusive: "from: 2017" is 1 January, "until: 2022" is 31 December.
            date = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        date = default;
        return false;
    }
}
