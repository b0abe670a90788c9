using Casus.Coding.Verbs;
using Casus.Document;
using Casus.Pipeline;

namespace Casus.Coding;

/// <summary>
/// The dictionary-and-pattern event coder: finds verb patterns (data/verbs) in each sentence, takes the actor
/// mention before the verb as the source and the mention where the pattern puts it as the target, and adds one
/// <see cref="Event"/> per source–target pair with its CAMEO code, scores and evidence. It reads the sentence as a
/// word sequence (no parse yet); the rules are described in docs/formats/verbs.md. Immutable and thread-safe.
/// </summary>
public sealed class CodingStage : IStage
{
    private static readonly Lazy<CodingStage> LazyDefault =
        new(() => new CodingStage(VerbDictionary.LoadDefault(), CameoCatalog.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a coder over the given dictionaries.</summary>
    public CodingStage(VerbDictionary verbs, CameoCatalog catalog)
    {
        Verbs = verbs ?? throw new ArgumentNullException(nameof(verbs));
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    }

    /// <summary>The coder over the dictionaries embedded in Casus.dll (loaded once, shared).</summary>
    public static CodingStage CreateDefault() => LazyDefault.Value;

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
        var coder = new SentenceCoder(this, article);
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
