using System.Text;
using System.Text.RegularExpressions;
using Casus.Actors;
using Casus.Actors.People;

namespace Casus.PeopleGen;

/// <summary>
/// Turns the 2019 snapshot of the CIA's "Chiefs of State and Cabinet Members of Foreign Governments" (columns
/// country, iso2_or_gec, title, name; names written "Hamdullah MOHIB" with the surname in capitals) into person
/// lines: <c>CODEROLE | person: Hamdullah Mohib | from: 2019 | until: 2019</c>, each after a comment line with the
/// title. The snapshot proves the office in 2019 only, so the line is bounded to 2019; the people lookup's
/// tolerance (a year either side, see PersonDirectory.NearestToleranceDays) carries it to 2018 and 2020 with a
/// note, and beyond that the person codes as the country alone.
/// </summary>
public static partial class CiaPeopleGenerator
{
    /// <summary>Generates the file; rows already covered by <paramref name="known"/> (name key + country, from the
    /// Wikidata file) are skipped, bad rows are rejected with a reason. Never throws on bad rows.</summary>
    public static PeopleResult Generate(IReadOnlyList<string> lines, string sourceName, ISet<string> known)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(known);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in ActorDictionary.LoadEmbedded().Entries)
            if (e.Kind == ActorEntryKind.CountryName) countries.TryAdd(e.Phrase, e.Code.Value);

        var rejects = new List<string>();
        // (country code, name) → titles, in file order.
        var people = new Dictionary<(string Code, string Name), List<string>>();
        var order = new List<(string Code, string Name)>();
        for (int i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = Csv.Split(lines[i]);
            if (f.Count < 4) { rejects.Add($"line {i + 1}: expected 4 fields, found {f.Count}"); continue; }
            var (country, title, rawName) = (f[0].Trim(), f[2].Trim(), f[3].Trim());
            var code = CountryCode(country, countries);
            if (code is null) { rejects.Add($"line {i + 1}: country '{country}' is not in actors/countries.txt"); continue; }
            var name = CleanName(rawName);
            if (name is null) { rejects.Add($"line {i + 1}: name '{rawName}' is not a usable full name (one word, or unreadable)"); continue; }
            if (known.Contains(code + " " + NameKey.Of(name))) continue;
            var key = (code, name);
            if (!people.TryGetValue(key, out var titles)) { people[key] = titles = new(); order.Add(key); }
            titles.Add(title);
        }

        var sb = new StringBuilder();
        sb.AppendLine("# Casus actor dictionary: people (ministers, officials, ambassadors, central bankers, 2019) with date-bounded affiliations.");
        sb.AppendLine("# Format: docs/formats/actors.md. GENERATED: do not edit by hand; regenerate with");
        sb.AppendLine($"#   dotnet run --project tools/Casus.PeopleGen -- ../shared/data/leaders/wikidata_heads_of_state_gov_2021-current.csv data/actors/people.txt ../shared/data/leaders/{sourceName} data/actors/people-cia-2019.txt");
        sb.AppendLine($"# Source: CIA, Chiefs of State and Cabinet Members of Foreign Governments, 2019 snapshot ({sourceName}; US public domain).");
        sb.AppendLine("# Each person is bounded to 2019, the only year the snapshot proves (the lookup tolerates a year either side, with a note).");
        sb.AppendLine("# Roles from the title: GOV by default (ministers, heads of state and government, ambassadors and UN representatives:");
        sb.AppendLine("# CAMEO has no diplomat role; central bank governors: CAMEO codes state institutions GOV, BUS is private business);");
        sb.AppendLine("# MIL for chiefs of staff of the armed forces and commanders; JUD for judges, attorneys and prosecutors general; LEG for");
        sb.AppendLine("# speakers and members of legislatures; COP for police chiefs; SPY for heads of intelligence and state security.");
        sb.AppendLine("# A person with several titles takes GOV when any title is GOV. People already in people.txt (same country and name) are left out.");
        int written = 0;
        foreach (var key in order.OrderBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var titles = people[key];
            var roles = titles.Select(RoleOf).ToList();
            var role = roles.Contains("GOV") ? "GOV" : roles[0];
            sb.AppendLine("# " + string.Join("; ", titles.Distinct()).Replace('\n', ' '));
            sb.AppendLine($"{key.Code}{role} | person: {key.Name} | from: 2019 | until: 2019");
            written++;
        }
        return new PeopleResult(sb.ToString(), written, rejects);
    }

    /// <summary>The CAMEO role of a title (see the file header for the conventions).</summary>
    public static string RoleOf(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.ToLowerInvariant();
        bool minister = t.Contains("minister") || t.Contains("secretary of") || t.Contains("secretary for");
        if (!minister && (t.Contains("commander") || t.Contains("general staff") || t.Contains("chief of defence") || t.Contains("chief of defense")
            || (t.Contains("chief of staff") && (t.Contains("army") || t.Contains("armed") || t.Contains("forces") || t.Contains("military")))))
            return "MIL";
        if (t.Contains("chief of staff") && (t.Contains("army") || t.Contains("armed forces")))
            return "MIL"; // "Deputy Minister of National Defense & Chief of Staff, People's National Army"
        if (!minister && t.Contains("police")) return "COP";
        if (!minister && (t.Contains("intelligence") || t.Contains("state security") || t.Contains("directorate of security") || t.Contains("security service")))
            return "SPY";
        if (!minister && (t.Contains("judge") || t.Contains("justice") && !t.Contains("secretary") || t.Contains("court") || t.Contains("attorney general")
            || t.Contains("prosecutor") || t.Contains("procurator")))
            return "JUD";
        if (!minister && !t.Contains("relations with") && !t.Contains("leader of the government") && !t.Contains("parliamentary secretary")
            && (t.Contains("speaker") || t.Contains("parliament") || t.Contains("assembly") || t.Contains("senate") || t.Contains("congress")
                || t.Contains("legislative")))
            return "LEG";
        return "GOV";
    }

    /// <summary>The country code of a CIA country name: "Korea, North" → North Korea, "Bahamas, The" → Bahamas,
    /// "Holy See (Vatican City)" → Holy See; null when countries.txt lacks it.</summary>
    public static string? CountryCode(string country, IReadOnlyDictionary<string, string> countries)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(countries);
        var name = Parenthetical().Replace(country, "").Trim();
        int comma = name.IndexOf(',');
        if (comma > 0) name = (name[(comma + 1)..].Trim() + " " + name[..comma].Trim()).Trim();
        if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) name = name[4..];
        if (name.StartsWith("the ", StringComparison.Ordinal)) name = name[4..];
        return countries.TryGetValue(name, out var code) ? code : countries.TryGetValue(country, out code) ? code : null;
    }

    /// <summary>A name as news text writes it: quoted nicknames and parentheses ("(Acting)", "(a.k.a. ...)")
    /// removed, a leading "Judge" dropped, capitalised surnames in title case ("Hamdullah MOHIB" → "Hamdullah Mohib",
    /// "al-ASAD" → "al-Asad"); null for one-word names (too ambiguous alone) and names that would break the format.</summary>
    public static string? CleanName(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var name = Parenthetical().Replace(Quoted().Replace(raw, " "), " ");
        name = Spaces().Replace(name, " ").Trim();
        if (name.StartsWith("Judge ", StringComparison.Ordinal)) name = name[6..];
        if (name.IndexOfAny(['|', ';', ':', '#', '"', '(', ')']) >= 0) return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        for (int w = 0; w < words.Length; w++) words[w] = TitleCase(words[w]);
        return string.Join(' ', words);
    }

    // Upper-case letter runs of two or more letters become Title case; "al-ASAD" → "al-Asad", "O’CONNOR" → "O’Connor".
    private static string TitleCase(string word)
    {
        var sb = new StringBuilder(word.Length);
        int i = 0;
        while (i < word.Length)
        {
            if (!char.IsLetter(word[i])) { sb.Append(word[i]); i++; continue; }
            int j = i;
            while (j < word.Length && char.IsLetter(word[j])) j++;
            var part = word[i..j];
            bool allCaps = part.Length >= 2 && part.All(c => !char.IsLower(c));
            sb.Append(allCaps ? part[0] + part[1..].ToLowerInvariant() : part);
            i = j;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex("[\"“”][^\"“”]*[\"“”]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
