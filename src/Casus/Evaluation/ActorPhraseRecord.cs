namespace Casus.Evaluation;

/// <summary>One gold actor phrase: a short text and the set of actor codes it should yield
/// (<c>{"id","text","date","expected_actor_codes"}</c>, one JSON object a line). Immutable.</summary>
/// <param name="Id">The record's id (or "line N" when it has none).</param>
/// <param name="Text">The phrase or sentence.</param>
/// <param name="Date">The date the codes are valid on (people's affiliations are dated), or null.</param>
/// <param name="Expected">The expected actor codes; order does not matter.</param>
/// <param name="Source">The file the record came from.</param>
/// <param name="Line">1-based line number in that file.</param>
public sealed record ActorPhraseRecord(string Id, string Text, DateOnly? Date, IReadOnlyList<string> Expected, string Source, int Line);

/// <summary>A record, or why a line could not be read (exactly one is set).</summary>
/// <param name="Record">The record read.</param>
/// <param name="Error">The problem, as "file:line: field: message".</param>
public readonly record struct ActorPhraseItem(ActorPhraseRecord? Record, string? Error);
