using Casus.Coding.Verbs;

namespace Casus.Coding.Nouns;

/// <summary>
/// One event-noun entry (data/nouns/*.txt, docs/formats/nouns.md): a head noun, the modifiers it needs ("air" in "air
/// strike"), the CAMEO code it expresses and which prepositions give its source and target.
/// </summary>
/// <param name="Code">The CAMEO code the noun expresses.</param>
/// <param name="Heads">The head noun and its alternatives, singular (plurals are matched too).</param>
/// <param name="Modifiers">Words that must modify the head (compound or adjective), each with its alternatives, in order.</param>
/// <param name="Slots">The preposition slots; "by" always gives the source.</param>
/// <param name="Received">True for a thing received ("weapons from X"): coded only as the object of a verb of
/// receiving (receive, get, accept, face...), whose subject is the target.</param>
/// <param name="File">The data file, as a resource name ("nouns/events.txt").</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="Text">The entry as written, for evidence.</param>
public sealed record NounEntry(CameoCode Code, IReadOnlyList<string> Heads, IReadOnlyList<IReadOnlyList<string>> Modifiers,
    IReadOnlyList<NounSlot> Slots, bool Received, string File, int Line, string Text)
{
    /// <summary>The entry for evidence: "nouns/events.txt:12 visit to=target".</summary>
    public string EvidenceText => $"{File}:{Line} {Text}";

    /// <summary>True when a slot names the actor acted on (a target or the two sides of a pair).</summary>
    public bool HasTargetSlot
    {
        get
        {
            foreach (var s in Slots) if (s.Role != NounRole.Source) return true;
            return false;
        }
    }

    /// <summary>The role of the slot introduced by <paramref name="preposition"/>; "by" is always the source.</summary>
    public NounRole? RoleOf(ReadOnlySpan<char> preposition)
    {
        foreach (var s in Slots)
            foreach (var p in s.Prepositions)
                if (preposition.Equals(p, StringComparison.OrdinalIgnoreCase)) return s.Role;
        if (preposition.Equals("by", StringComparison.OrdinalIgnoreCase)) return NounRole.Source;
        return null;
    }

    /// <summary>A verb pattern standing for this entry, so events from nouns carry evidence like verb events.</summary>
    internal VerbPattern Pattern { get; } = new(Code, Text, Array.Empty<PatternElement>(), File, Line);
}
