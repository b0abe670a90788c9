using Casus.Actors;

namespace Casus.Tests.Actors;

/// <summary>House rules of the shipped actor dictionaries beyond what the loader checks.</summary>
public class ActorDictionaryIntegrityTests
{
    // CAMEO role codes (codebook ch. 4) and the transnational types.
    private static readonly HashSet<string> Roles =
    [
        "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "CVL", "BUS", "MED", "EDU", "HLH", "REF", "SPY", "CRM", "UAF",
        "LAB", "PTY", "REL", "AGR", "ELI", "IGO", "NGO", "IMG", "MNC", "SET", "MOD", "RAD",
    ];
    private static readonly HashSet<string> Transnational = ["IGO", "NGO", "IMG", "MNC"];

    private static readonly ActorDictionary Dictionary = ActorDictionary.LoadEmbedded();

    [Fact]
    public void Role_entries_use_cameo_role_codes()
    {
        // A "not:" compound may also stand on a country's line, hiding its demonym ("Korean Peninsula" on KOR's).
        var countries = Dictionary.Entries.Where(e => e.Kind == ActorEntryKind.CountryAdjective).Select(e => e.Code.Value).ToHashSet();
        var bad = Dictionary.Entries.Where(e => e.Kind is ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier or ActorEntryKind.PastOffice or ActorEntryKind.NotRole
                && !Roles.Contains(e.Code.Value) && !(e.Kind == ActorEntryKind.NotRole && countries.Contains(e.Code.Value)))
            .Select(e => $"{e.Location} {e.Phrase} → {e.Code}").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_actor_code_starts_with_a_listed_country_or_a_transnational_type()
    {
        var countries = Dictionary.Entries.Where(e => e.Kind == ActorEntryKind.CountryName && e.Code.Value.Length == 3)
            .Select(e => e.Code.Value).ToHashSet();
        var bad = Dictionary.Entries
            .Where(e => e.Kind is not (ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier or ActorEntryKind.NationalHead or ActorEntryKind.Filler or ActorEntryKind.PastOffice or ActorEntryKind.NotRole))
            .Where(e => !countries.Contains(e.Code.Primary) && !Transnational.Contains(e.Code.Primary))
            .Select(e => $"{e.Location} {e.Phrase} → {e.Code}").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void A_national_code_continues_with_cameo_roles()
    {
        // After a country, each three letters is a role, except that a named group may end in its own three letters
        // (PSEREBHMS: Palestine, rebels, Hamas): so all but the last must be roles. PSEPLO (the PLO, which is neither
        // rebel group nor government) is the documented exception.
        var bad = Dictionary.Entries
            .Where(e => e.Code.Value != "PSEPLO")
            .Where(e => e.Kind is ActorEntryKind.CountryName or ActorEntryKind.Organisation && !Transnational.Contains(e.Code.Primary))
            .Where(e => e.Code.Roles.SkipLast(1).Any(r => !Roles.Contains(r)) || (e.Code.Value.Length == 6 && !Roles.Contains(e.Code.Value[3..])))
            .Select(e => $"{e.Location} {e.Phrase} → {e.Code}").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void No_name_stands_under_two_codes()
    {
        // Case-insensitively, a name may mean one actor only; the loader already rejects exact repeats. The same words
        // as a role's head and modifier, a role's national reading of another role's head ("bomber": UAF, national
        // MIL), and a person's dated affiliations, are the documented exceptions.
        var clashes = Dictionary.Entries
            .Where(e => e.Kind is not (ActorEntryKind.Filler or ActorEntryKind.Person or ActorEntryKind.NationalHead))
            .GroupBy(e => string.Join(' ', e.Words).ToLowerInvariant())
            .Where(g => g.Select(e => e.Code).Distinct().Count() > 1)
            .Select(g => string.Join(" | ", g.Select(e => $"{e.Location} {e.Phrase} → {e.Code}"))).ToList();
        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("the Soviet Union", "SUN")]
    [InlineData("Yugoslavia", "YUG")]
    [InlineData("Zaire", "ZAR")]
    [InlineData("East Germany", "DDR")]
    [InlineData("Czechoslovakia", "CSK")]
    [InlineData("the Kremlin", "RUSGOV")]
    [InlineData("Downing Street", "GBRGOV")]
    [InlineData("the White House", "USAGOV")]
    [InlineData("the Elysee", "FRAGOV")]
    [InlineData("Gaza", "PSE")]
    [InlineData("the West Bank", "PSE")]
    [InlineData("ISIL", "IMGMUSISI")]
    [InlineData("Daesh", "IMGMUSISI")]
    [InlineData("al-Shabaab", "SOMREBSHB")]
    [InlineData("the Houthis", "YEMREBHTH")]
    [InlineData("ECOWAS", "IGOWAFECW")]
    [InlineData("the IMF", "IGOIMF")]
    [InlineData("Medecins Sans Frontieres", "NGOMSF")]
    [InlineData("UNITA", "AGOREBUNI")]
    [InlineData("the Revolutionary Guards", "IRNMIL")]
    public void Common_names_resolve(string phrase, string code)
    {
        var m = Assert.Single(ActorTestData.Mentions(phrase + " said."));
        Assert.Equal(code, m.Code.Value);
    }

    [Theory]
    [InlineData("Riot police fired tear gas.", "Riot police=---COP")]
    [InlineData("Aid workers left.", "Aid workers=---NGO")]
    [InlineData("Tribal elders met.", "Tribal elders=---CVL")]
    [InlineData("The junta said.", "junta=---MIL")]
    [InlineData("Syrian government forces advanced.", "Syrian government forces=SYRMIL")]
    [InlineData("Opposition lawmakers walked out.", "Opposition lawmakers=---OPP")]
    [InlineData("Pro-government militias attacked.", "Pro-government militias=---MIL")]
    [InlineData("Vietnamese-led forces retook the village.", "Vietnamese-led forces=VNMMIL")]
    [InlineData("The Saudi-led coalition struck.", "Saudi-led=SAU")]
    [InlineData("US-backed forces advanced.", "US-backed forces=---MIL")]
    public void Role_phrases_resolve(string sentence, string expected)
        => Assert.Equal([expected], ActorTestData.Code(sentence));
}
