namespace Casus.Coding;

/// <summary>Choices of the event coder (<see cref="CodingStage"/>). Immutable; the defaults are the measured best.</summary>
public sealed record CodingOptions
{
    /// <summary>The defaults.</summary>
    public static CodingOptions Default { get; } = new();

    /// <summary>
    /// When to read a sentence as a word sequence, with the pattern coder that preceded the parse reading
    /// (docs/formats/verbs.md), instead of or after the dependency parse.
    /// </summary>
    /// <value>Default <see cref="Coding.SequenceFallback.NoParseEvent"/>: measured on both public gold sets, the word
    /// reading of sentences where the parse reading finds nothing adds more right events than wrong ones while the
    /// parser is as noisy as now (docs/formats/verbs.md, "Coding rules").</value>
    public SequenceFallback SequenceFallback { get; init; } = SequenceFallback.NoParseEvent;

    /// <summary>
    /// When the parse gives a matched predicate no subject at all, take the nearest actor before the verb in its
    /// clause as the source (as the word reading does).
    /// </summary>
    /// <value>Default false: measured on both public gold sets it costs a little precision and adds nothing.</value>
    public bool NearestSubject { get; init; }

    /// <summary>
    /// Code the statement of reported speech as well as the reported act: "X said Y attacked Z" then also gives
    /// X → Y 010 (and "X told Y" X → Y 010).
    /// </summary>
    /// <value>Default false: the gold sets code the reported act, not the report, and the statement costs precision.</value>
    public bool CodeStatements { get; init; }

    /// <summary>
    /// When an act coded without a pattern slot (a bare pattern or a frame) has no target, take the nearest actor in
    /// the verb's (or its complement's) object and oblique phrases ("promised to continue military aid to Mozambique"
    /// → MOZ), else, for acts that happen at a place (agree, meet, aid, demonstrate, attack ...), the country of the
    /// nearest place there ("agreed to set up a centre in Tokyo" → JPN); the evidence says which
    /// (docs/formats/verbs.md, "Target fallback").
    /// </summary>
    /// <value>Default true: measured on both public gold sets and hand-judged on news (docs/formats/verbs.md).</value>
    public bool TargetFallback { get; init; } = true;

    /// <summary>
    /// Code events carried by nouns (data/nouns, docs/formats/nouns.md): "held talks with X", "killed in Israeli
    /// shelling", "received weapons from Y", where the clause around the noun asserts the event.
    /// </summary>
    /// <value>Default true (figures in docs/formats/nouns.md).</value>
    public bool NounEvents { get; init; } = true;

    /// <summary>
    /// Give an agentless passive of an act only a state does ("dozens of protesters were arrested in Cairo") the organ
    /// that does it (data/verbs/state_acts.txt) of the country where it happened as an inferred source
    /// (docs/formats/verbs.md, "Agentless state acts").
    /// </summary>
    /// <value>Default true (figures in docs/formats/verbs.md).</value>
    public bool StateActSources { get; init; } = true;

    /// <summary>
    /// After each sentence, drop self-targeted events, the same act coded twice (same code root and dyad) and a whole
    /// actor beside its part for the same act (SYR beside SYRGOV), each recorded as an Info diagnostic
    /// (<see cref="EventConsolidation"/>, docs/formats/verbs.md "Consolidation").
    /// </summary>
    /// <value>Default true (figures in docs/formats/verbs.md).</value>
    public bool Consolidate { get; init; } = true;
}

/// <summary>When the coder falls back to the word-sequence reading.</summary>
public enum SequenceFallback
{
    /// <summary>Never: sentences without a parse give no events.</summary>
    Never,
    /// <summary>For sentences that carry no dependency parse (no parser stage ran).</summary>
    Unparsed,
    /// <summary>Also for parsed sentences where the parse reading found no event.</summary>
    NoParseEvent,
    /// <summary>Also for the verbs of parsed sentences that the parse reading left undecided (no pattern matched
    /// there, or no actor was found); verbs it coded or ruled out (negated, modal, conditional) are not read again.</summary>
    UndecidedVerbs,
}
