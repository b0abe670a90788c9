using Casus.Actors;

namespace Casus.Document;

/// <summary>A phrase that names an actor, with the code it resolved to and why.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Tokens">The tokens of the phrase.</param>
/// <param name="Text">The words that named the actor, as written.</param>
/// <param name="Code">The resolved CAMEO actor code.</param>
/// <param name="Evidence">Dictionary entries that produced the code, e.g. "actors/countries.txt:212 SYR".</param>
public sealed record Mention(int Sentence, TokenSpan Tokens, string Text, ActorCode Code, IReadOnlyList<string> Evidence)
{
    /// <summary>For a group phrase the article sums up ("the two leaders", "both sides"): the actors it stands for,
    /// each a mention over the same words with the member's code; the coder makes one event per member, as for a
    /// compound actor (docs/formats/actors.md, "Groups"). Null for any other mention.</summary>
    public IReadOnlyList<Mention>? Members { get; init; }
}
