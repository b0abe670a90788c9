using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// Victims of force named by a count or a generic noun ("killed 23 people in Tel Aviv", "wounded dozens of civilians
/// in Kharkiv") are the people of the place where the attack happened, the CAMEO coders' convention for a place
/// struck (<c>ISRCVL</c>, <c>UKRCVL</c>); the attacker's country says nothing about them. Applied once the event has a
/// place tied to its own clause or to a predicate above it ("condemns the attack in Mogadishu that killed 100
/// people"); the article's dateline says where it was written, not where the attack was.
/// </summary>
internal static class VictimPlace
{
    /// <summary>The event with its countryless civilian target given the country of its place, or the event as it was.</summary>
    public static Event Apply(Event e)
    {
        if (e.Target is not { } target || e.Code.Root is < 18 or > 20 || e.Location is not { } place) return e;
        if (place.Source is not ("clause" or "sentence") || place.Country is not { Length: 3 } country) return e;
        if (target.Code.Primary != "---" || !target.Code.HasRole("CVL")) return e;
        var code = Casus.Actors.ActorCode.Parse(country + target.Code.Value[3..]);
        var victims = target with
        {
            Code = code,
            Evidence = [.. target.Evidence, $"victims of force without a country: the people of the place struck, '{place.Text}' → {code}"],
        };
        return e with
        {
            Target = victims,
            Evidence = e.Evidence with { TargetEntries = victims.Evidence },
        };
    }
}
