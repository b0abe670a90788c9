using System.Text;
using Casus.Actors;

namespace Casus.PeopleGen;

/// <summary>The generated file and the rows left out, each with "line N: reason".</summary>
public sealed record PeopleResult(string Text, int Written, IReadOnlyList<string> Rejects);

/// <summary>
/// Turns the Wikidata table of heads of state and government (columns countryid, country, position,
/// positionLabel, officeholder, officeholderLabel, start_year, end_year) into person lines of the actor
/// dictionary format: <c>CODEGOV | person: Name | from: yyyy | until: yyyy</c>. Countries are resolved with
/// the country names of the shipped actor dictionary, so the two files cannot drift apart.
/// </summary>
public static class PeopleGenerator
{
    /// <summary>Generates people.txt from the table's lines; never throws on bad rows, it rejects them with a reason.</summary>
    public static PeopleResult Generate(IReadOnlyList<string> lines, string sourceName)
    {
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in ActorDictionary.LoadEmbedded().Entries)
            if (e.Kind == ActorEntryKind.CountryName) countries.TryAdd(e.Phrase, e.Code.Value);

        var rejects = new List<string>();
        var rows = new List<(string Person, string Name, string Code, string From, string Until, string Position)>();
        for (int i = 1; i < lines.Count; i++)
        {
            var f = Csv.Split(lines[i]);
            if (f.Count < 8) { rejects.Add($"line {i + 1}: expected 8 fields, found {f.Count}"); continue; }
            var (country, position, person, label, from, until) = (f[1], f[3], f[4], f[5], f[6], f[7]);
            if (DeFactoStates.Contains(country))
            { rejects.Add($"line {i + 1}: '{country}' is a de facto state; its leaders do not head the state it is coded under"); continue; }
            if (!countries.TryGetValue(country, out var code) && !countries.TryGetValue(StripThe(country), out code))
            { rejects.Add($"line {i + 1}: country '{country}' is not in actors/countries.txt"); continue; }
            var name = CleanName(label);
            if (name is null) { rejects.Add($"line {i + 1}: officeholder label '{label}' is not a usable name"); continue; }
            if (from.Length != 4 || (until.Length != 0 && until.Length != 4))
            { rejects.Add($"line {i + 1}: years '{from}'..'{until}' are not four-digit years"); continue; }
            rows.Add((person, name, code + "GOV", from, until, position));
        }

        rows = CloseBySuccessor(rows);

        // Someone who heads several countries (a monarch of several realms) cannot be coded from the name alone.
        var multi = rows.GroupBy(r => r.Person).Where(g => g.Select(r => r.Code).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        var sb = new StringBuilder();
        sb.AppendLine("# Casus actor dictionary: people (heads of state and government) with date-bounded affiliations.");
        sb.AppendLine("# Format: docs/formats/actors.md. GENERATED: do not edit by hand; regenerate with");
        sb.AppendLine($"#   dotnet run --project tools/Casus.PeopleGen -- ../shared/data/leaders/{sourceName} data/actors/people.txt");
        sb.AppendLine($"# Source: Wikidata (CC0), {sourceName}: officeholders of head-of-state and head-of-government");
        sb.AppendLine("# positions from 2021 on, with start and end years (bare years are inclusive). Country names are resolved");
        sb.AppendLine("# through actors/countries.txt; people who head several countries are left out (they are ambiguous).");
        int written = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.From, StringComparer.Ordinal))
        {
            if (multi.Contains(r.Person)) continue;
            var line = $"{r.Code} | person: {r.Name} | from: {r.From}" + (r.Until.Length > 0 ? $" | until: {r.Until}" : "");
            if (!seen.Add(line)) continue; // the same person in two offices of one country with the same years
            sb.AppendLine(line);
            written++;
        }
        foreach (var p in multi) rejects.Add($"person {p}: heads several countries, left out");
        return new PeopleResult(sb.ToString(), written, rejects);
    }

    /// <summary>
    /// Closes a term the table leaves open when a later holder of the same office starts: Wikidata often adds the
    /// successor without ending the predecessor (David A. Granger, President of Guyana from 2015, open, beside Irfaan
    /// Ali from 2020), and an open term would code the predecessor as government for ever. The term ends in the year
    /// the successor starts (bare years are inclusive, as the table's own ends are). Collegial offices ("Member of the
    /// Swiss Federal Council") have several holders at once, so a later member does not close an earlier one; a term
    /// open without a successor stays open, since the table is the only source of its end.
    /// </summary>
    private static List<(string Person, string Name, string Code, string From, string Until, string Position)> CloseBySuccessor(
        List<(string Person, string Name, string Code, string From, string Until, string Position)> rows)
    {
        var result = new List<(string Person, string Name, string Code, string From, string Until, string Position)>(rows.Count);
        foreach (var r in rows)
        {
            if (r.Until.Length > 0 || IsCollegial(r.Position)) { result.Add(r); continue; }
            string? next = null;
            foreach (var o in rows)
                if (o.Code == r.Code && o.Position == r.Position && o.Person != r.Person
                    && string.CompareOrdinal(o.From, r.From) > 0 && (next is null || string.CompareOrdinal(o.From, next) < 0))
                    next = o.From;
            result.Add(next is null ? r : r with { Until = next });
        }
        return result;
    }

    /// <summary>Territories that countries.txt files under the state that claims them (so that "South Ossetia" in a
    /// sentence codes GEO) but whose own presidents and prime ministers are that state's opponents, not its
    /// government: coding Anatoly Bibilov GEOGOV or Muse Bihi Abdi SOMGOV would put them in the government they
    /// broke away from.</summary>
    private static readonly HashSet<string> DeFactoStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "Abkhazia", "South Ossetia", "Transnistria", "Somaliland", "Puntland", "Artsakh", "Republic of Artsakh",
        "Turkish Republic of Northern Cyprus", "Donetsk People's Republic", "Luhansk People's Republic",
    };

    private static bool IsCollegial(string positionLabel) => positionLabel.StartsWith("Member of ", StringComparison.Ordinal);

    private static string StripThe(string s) => s.StartsWith("The ", StringComparison.Ordinal) ? s[4..] : s;

    /// <summary>A name as news text writes it: without Wikidata's ", Prince of X" or " of X" suffix and nicknames
    /// in quotes; null for unlabelled items (Q-ids), names that would break the format, or a bare single given
    /// name left after stripping ("Salman of Saudi Arabia" → "Salman" is too ambiguous).</summary>
    public static string? CleanName(string label)
    {
        var name = label.Trim();
        if (name.Length == 0 || (name[0] == 'Q' && name.Skip(1).All(char.IsAsciiDigit))) return null;
        bool stripped = false;
        int comma = name.IndexOf(',');
        if (comma > 0) { name = name[..comma]; stripped = true; }
        int of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0) { name = name[..of]; stripped = true; }
        int q1 = name.IndexOf('"');
        if (q1 >= 0)
        {
            int q2 = name.IndexOf('"', q1 + 1);
            if (q2 < 0) return null;
            name = (name[..q1] + name[(q2 + 1)..]).Replace("  ", " ").Trim();
        }
        if (name.IndexOfAny(['|', ';', ':', '#']) >= 0) return null;
        if (stripped && !name.Contains(' ')) return null;
        return name;
    }
}

/// <summary>Minimal RFC 4180 field splitting for one line (quoted fields, doubled quotes).</summary>
internal static class Csv
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
