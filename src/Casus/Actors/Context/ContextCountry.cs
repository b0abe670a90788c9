using Casus.Document;

namespace Casus.Actors.Context;

/// <summary>
/// What the coder needs to know about a country that came from context rather than from the actor's own words
/// (<see cref="ContextCountryPass"/>): it is weaker evidence, so the coder's same-country rules do not read it as the
/// phrase's own country, and it yields where it would make an actor act on itself.
/// </summary>
internal static class ContextCountry
{
    /// <summary>The evidence line the pass adds, up to the quoted signal.</summary>
    public const string NotePrefix = "country from context: ";

    /// <summary>True when the mention's country was taken from its context.</summary>
    public static bool FromContext(Mention m)
    {
        var evidence = m.Evidence;
        for (int i = evidence.Count - 1; i >= 0; i--)
            if (evidence[i].StartsWith(NotePrefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The mention as it was before its country came from context ("---" + its roles), with a note why.</summary>
    public static Mention Withdrawn(Mention m, string why)
    {
        var evidence = new List<string>(m.Evidence.Count + 1);
        evidence.AddRange(m.Evidence);
        evidence.Add($"country from context withdrawn: {why}");
        return m with { Code = ActorCode.Parse("---" + m.Code.Value[3..]), Evidence = evidence };
    }

    /// <summary>
    /// The source and target of one event, with a context country withdrawn where it would make the two the same actor
    /// ("a Serbian army jet shot down a helicopter": the helicopter is not Serbian because the jet is).
    /// </summary>
    public static (Mention Source, Mention? Target) ForPair(Mention source, Mention? target)
    {
        if (target is null || source.Code != target.Code) return (source, target);
        if (FromContext(target)) return (source, Withdrawn(target, $"it would make the target the same actor as the source ({source.Code.Value})"));
        if (FromContext(source)) return (Withdrawn(source, $"it would make the source the same actor as the target ({target.Code.Value})"), target);
        return (source, target);
    }

    /// <summary>
    /// The target of an act of force (CAMEO roots 18–20) with a country from context withdrawn where that country is
    /// the attacker's own and the target is people (<c>CVL</c>): "Palestinian suicide bombers killed 23 people" says
    /// nothing of whose people were killed, and the sentence's one country is the attacker's. Victims named by a count
    /// or a generic noun take their country from the place of the attack where one is named
    /// (<see cref="Casus.Geo.VictimPlace"/>), else stay without one. Other targets and other acts are returned as
    /// they are: rebels who kill soldiers of their own country, police who arrest their own people.
    /// </summary>
    public static Mention? ForVictim(Mention source, Mention? target, int root)
    {
        if (target is null || root is < 18 or > 20 || !target.Code.HasRole("CVL")) return target;
        if (!target.Code.PrimarySpan.SequenceEqual(source.Code.PrimarySpan) || target.Code.PrimarySpan.SequenceEqual("---") || !FromContext(target)) return target;
        return Withdrawn(target, $"a victim of force does not take the attacker's country ({source.Code.Primary}) from context");
    }
}
