namespace Casus.Coding.Nouns;

/// <summary>What the nominal behind a preposition of an event noun is to the event.</summary>
public enum NounRole
{
    /// <summary>The actor who acts ("a visit by X", "the visit of X").</summary>
    Source,
    /// <summary>The actor acted on ("an attack on X", "a visit to X").</summary>
    Target,
    /// <summary>Both sides of a reciprocal act ("talks between X and Y"): the members act on each other.</summary>
    Pair,
}

/// <summary>One preposition slot of an event noun: "on|against=target".</summary>
/// <param name="Prepositions">The prepositions that introduce the slot (lower case).</param>
/// <param name="Role">What the actor behind them is to the event.</param>
public sealed record NounSlot(IReadOnlyList<string> Prepositions, NounRole Role);
