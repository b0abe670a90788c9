using Casus.Coding.Clauses;
using Casus.Coding.Nouns;
using Casus.Coding.Verbs;
using Casus.Document;
using Casus.Geo;
using Casus.Pipeline;

namespace Casus.Coding;

/// <summary>
/// The dictionary-and-pattern event coder: for each predicate of the dependency parse whose verb the dictionaries
/// (data/verbs) know, matches the verb's patterns against its dependents, takes the clause's subject as the source
/// and the object or oblique the pattern names as the target, reads voice, negation and modality from the tree, and
/// adds one <see cref="Event"/> per source–target pair with its CAMEO code, scores and evidence (including the parse
/// path). Sentences without a parse are read as a word sequence (<see cref="CodingOptions.SequenceFallback"/>). The
/// rules are described in docs/formats/verbs.md. Immutable and thread-safe.
/// </summary>
public sealed class CodingStage : IStage
{
    private static readonly Lazy<CodingStage> LazyDefault =
        new(() => new CodingStage(VerbDictionary.LoadDefault(), NounDictionary.LoadDefault(), CameoCatalog.Default, CodingOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a coder over the given dictionaries.</summary>
    public CodingStage(VerbDictionary verbs, CameoCatalog catalog)
        : this(verbs, catalog, CodingOptions.Default)
    {
    }

    /// <summary>Creates a coder over the given verb dictionaries with the given options, and no event nouns.</summary>
    public CodingStage(VerbDictionary verbs, CameoCatalog catalog, CodingOptions options)
        : this(verbs, NounDictionary.Empty, catalog, options, PlaceCountries.Default)
    {
    }

    /// <summary>Creates a coder over the given verb dictionaries, options and place table (for the target fallback),
    /// and no event nouns.</summary>
    public CodingStage(VerbDictionary verbs, CameoCatalog catalog, CodingOptions options, PlaceCountries places)
        : this(verbs, NounDictionary.Empty, catalog, options, places)
    {
    }

    /// <summary>Creates a coder over the given verb and noun dictionaries with the given options.</summary>
    public CodingStage(VerbDictionary verbs, NounDictionary nouns, CameoCatalog catalog, CodingOptions options)
        : this(verbs, nouns, catalog, options, PlaceCountries.Default)
    {
    }

    /// <summary>Creates a coder over the given verb and noun dictionaries, options and place table.</summary>
    public CodingStage(VerbDictionary verbs, NounDictionary nouns, CameoCatalog catalog, CodingOptions options, PlaceCountries places)
    {
        Verbs = verbs ?? throw new ArgumentNullException(nameof(verbs));
        Nouns = nouns ?? throw new ArgumentNullException(nameof(nouns));
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Places = places ?? throw new ArgumentNullException(nameof(places));
    }

    /// <summary>Which country a place lies in, for targets read from where an act happens.</summary>
    public PlaceCountries Places { get; }

    /// <summary>The acts only a state's organs do, for agentless passives (data/verbs/state_acts.txt).</summary>
    public StateActs StateActs { get; init; } = StateActs.Default;

    /// <summary>Who does an act, for the code where the verb does not decide it (18 or 19 by who attacks; a labour
    /// strike): data/verbs/source_kinds.txt.</summary>
    public SourceKinds SourceKinds { get; init; } = SourceKinds.Default;

    /// <summary>The coder over the embedded dictionaries with other options.</summary>
    public static CodingStage CreateDefault(CodingOptions options) =>
        new(LazyDefault.Value.Verbs, LazyDefault.Value.Nouns, LazyDefault.Value.Catalog, options, LazyDefault.Value.Places);

    /// <summary>The coder's choices.</summary>
    public CodingOptions Options { get; }

    /// <summary>The coder over the dictionaries embedded in Casus.dll (loaded once, shared).</summary>
    public static CodingStage CreateDefault() => LazyDefault.Value;

    /// <summary>The event nouns (<see cref="NounDictionary.Empty"/> when the coder was built over verbs alone).</summary>
    public NounDictionary Nouns { get; }

    /// <summary>The verb patterns.</summary>
    public VerbDictionary Verbs { get; }

    /// <summary>The CAMEO table events take their scores from.</summary>
    public CameoCatalog Catalog { get; }

    /// <inheritdoc/>
    public string Name => "coder";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.Sentences | Annotations.Tokens | Annotations.Mentions;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Events;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.TokenData.Count == 0) return;
        var coder = new ParseCoder(this, article);
        try
        {
            for (int s = 0; s < article.SentenceData.Count; s++) coder.Code(s);
        }
        finally
        {
            coder.Dispose();
        }
    }
}
