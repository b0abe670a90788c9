using Casus.Actors;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// An event whose source and target carry one full code of a country and role (PRKGOV → PRKGOV, FRAGOV → FRAGOV).
/// On news such a pair is mostly a misreading: a visitor read from the place he visited ("Bill Richardson, visiting
/// Pyongyang, met North Korean officials"), two ministers of one cabinet who act together ("the French foreign and
/// defence ministers met ..."), a body and its own head or members ("Stoltenberg ... NATO", "Uzbekistan's President
/// met officials from Uzbekistan"). The sentence gives ground for an internal event only when it names a person the
/// people lists know acting on another single person ("Trump blasted Biden", "Judge Marrero dismissed the president's
/// lawsuit", both USAGOV); never for a reciprocal pair, since members of one government who meet or agree act
/// together, not on each other. Bare countries and countryless pairs are left to <see cref="EventConsolidation"/>'s
/// other rules.
/// </summary>
internal static class SelfDyad
{
    private const string Arrow = " → ";

    /// <summary>True when <paramref name="e"/> is a same-code pair the sentence gives no ground for.</summary>
    public static bool IsGroundless(Event e)
    {
        if (e.Target is not { } target || e.Source.Code != target.Code) return false;
        var code = e.Source.Code.Value;
        if (code.Length < 6 || code.StartsWith("---", StringComparison.Ordinal)) return false;
        if (string.Equals(e.Evidence.Rule, "reciprocal", StringComparison.Ordinal)) return true;
        return !((IsNamedPerson(e.Source) || IsNamedPerson(target)) && IsIndividual(e.Source) && IsIndividual(target));
    }

    /// <summary>True when <paramref name="e"/> is a reciprocal act of cooperation (roots 01–08) between two sides of
    /// one country ("Blinken, Mayorkas, Garland ... met", USAGOV ↔ USAJUD; "Brazil and the United States intend to ...,
    /// announced by Presidents Lula and Biden", USA ↔ USAGOV): a state and its executive organs, or two such organs,
    /// that act together in a compound subject act toward someone else, not on each other. Fighting is left alone
    /// ("Syrian troops and rebels clashed"), and so are the state and its rebels, opposition, legislature or people
    /// ("the Sudanese government and the SPLA agreed to a ceasefire").</summary>
    public static bool IsOneCountryReciprocal(Event e)
    {
        if (e.Target is not { } target || e.Code.Root > 8) return false;
        if (!string.Equals(e.Evidence.Rule, "reciprocal", StringComparison.Ordinal)) return false;
        var p = e.Source.Code.Primary;
        return p != "---" && p == target.Code.Primary && IsStateOrOrgan(e.Source.Code) && IsStateOrOrgan(target.Code);
    }

    // The state itself or an executive organ of it: a government, its forces, police, courts or intelligence. Not its
    // legislature, opposition, rebels or people: "the Sudanese government and the SPLA agreed to a ceasefire" (SDNGOV
    // ↔ SDNREBSPL) and "the president and parliament agreed" are acts between two sides of one country.
    private static bool IsStateOrOrgan(ActorCode code)
    {
        if (code.Value.Length == 3) return true;
        foreach (var r in code.Roles) return r is "GOV" or "MIL" or "COP" or "JUD" or "SPY";
        return false;
    }

    // A person the people lists or the article itself names ("actors/people-notable.txt:28 Trump → USAGOV",
    // "in-article person: 'Giorgia Meloni' takes ITAGOV from ..."): someone, not a role phrase or a place.
    private static bool IsNamedPerson(Mention m)
    {
        foreach (var line in m.Evidence)
            if (line.StartsWith("actors/people", StringComparison.Ordinal)
                || line.StartsWith("in-article person:", StringComparison.Ordinal)) return true;
        return false;
    }

    // One person: a named one, or a role in the singular ("governor Chris Christie", "Judge Marrero") that no body's
    // own entry codes ("the Department of State, the authority" is an office, "officials" many people, "Pyongyang" a
    // place).
    internal static bool IsIndividual(Mention m)
    {
        if (IsNamedPerson(m)) return true;
        bool singular = false;
        foreach (var line in m.Evidence)
        {
            if (IsBodyEntry(line)) return false;
            if (line.StartsWith("actors/roles.txt", StringComparison.Ordinal) && RoleWord(line) is { Length: > 0 } w)
            {
                if (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)) return false;
                singular = true;
            }
        }
        return singular;
    }

    // "actors/organisations.txt:25 NATO → IGOWSTNAT", "actors/countries.txt:240 department of State → USAGOV": an
    // entry that codes a body (more than a country's three letters).
    private static bool IsBodyEntry(string line)
    {
        if (!line.StartsWith("actors/organisations", StringComparison.Ordinal) && !line.StartsWith("actors/countries", StringComparison.Ordinal)) return false;
        int arrow = line.LastIndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0) return false;
        var code = line.AsSpan(arrow + Arrow.Length).Trim();
        int space = code.IndexOf(' ');
        if (space >= 0) code = code[..space];
        return code.Length > 3;
    }

    // The role word of "actors/roles.txt:22 governor → GOV" (the last word before the arrow), lower case as listed.
    private static string? RoleWord(string line)
    {
        int arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0) return null;
        int start = line.LastIndexOf(' ', arrow - 1) + 1;
        return line[start..arrow];
    }
}
