using System.Buffers;
using Casus.Document;
using Casus.Language.Lemmas;
using Casus.Language.Models;
using Casus.Pipeline;

namespace Casus.Language.Tagging;

/// <summary>Pipeline stage "tagger": part-of-speech tags (UPOS and Penn XPOS) and lemmas for every token.
/// Immutable and thread-safe; create once (<see cref="CreateDefault"/>) and share.</summary>
public sealed class TaggerStage : IStage
{
    private readonly PosTagger _tagger;
    private readonly Lemmatizer _lemmatizer;

    /// <summary>Creates the stage over given models.</summary>
    public TaggerStage(PosTagger tagger, Lemmatizer lemmatizer)
    {
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        _lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
    }

    /// <summary>The stage over the shipped models (loaded once per process).</summary>
    public static TaggerStage CreateDefault() => new(PosTagger.CreateDefault(), Lemmatizer.CreateDefault());

    /// <inheritdoc/>
    public string Name => "tagger";
    /// <inheritdoc/>
    public Annotations Requires => Annotations.Sentences | Annotations.Tokens;
    /// <inheritdoc/>
    public Annotations Assigns => Annotations.PartOfSpeech | Annotations.Lemmas;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        var tokens = article.TokenData;
        int max = 0;
        foreach (var s in article.SentenceData) max = Math.Max(max, s.TokenCount);
        if (max == 0) return;
        var starts = ArrayPool<int>.Shared.Rent(max);
        var ends = ArrayPool<int>.Shared.Rent(max);
        var classes = ArrayPool<int>.Shared.Rent(max);
        var codes = _tagger.UsesDocument ? ArrayPool<int>.Shared.Rent(max) : null;
        char[]? rentedText = null;
        try
        {
            // The models read the typographic apostrophe as the ASCII one they learned (ApostropheFold).
            var text = ApostropheFold.ForModels(article.Text, out rentedText);
            // A model with document features reads how the whole article writes each word: count it first.
            DocumentCase? document = null;
            if (codes != null)
            {
                document = _tagger.NewDocument();
                foreach (var s in article.SentenceData)
                {
                    int n = s.TokenCount;
                    for (int i = 0; i < n; i++) { starts[i] = tokens[s.FirstToken + i].Start; ends[i] = tokens[s.FirstToken + i].End; }
                    document.Add(text, starts.AsSpan(0, n), ends.AsSpan(0, n));
                }
            }
            foreach (var s in article.SentenceData)
            {
                int n = s.TokenCount;
                for (int i = 0; i < n; i++) { starts[i] = tokens[s.FirstToken + i].Start; ends[i] = tokens[s.FirstToken + i].End; }
                var doc = Span<int>.Empty;
                if (document != null)
                {
                    doc = codes.AsSpan(0, n);
                    document.Codes(text, starts.AsSpan(0, n), ends.AsSpan(0, n), doc);
                }
                _tagger.Tag(text, starts.AsSpan(0, n), ends.AsSpan(0, n), classes.AsSpan(0, n), doc);
                if (document != null && _tagger.UsesDocumentTags) document.Remember(text, starts.AsSpan(0, n), ends.AsSpan(0, n), classes.AsSpan(0, n));
                // Lemma case depends on how the sentence is written (TEHRAN in a shouted headline is Tehran).
                var sentenceCase = LemmaContext.CaseOf(text, starts.AsSpan(0, n), ends.AsSpan(0, n));
                int first = LemmaContext.FirstWord(text, starts.AsSpan(0, n), ends.AsSpan(0, n));
                for (int i = 0; i < n; i++)
                {
                    int c = classes[i];
                    var xpos = _tagger.Xpos(c);
                    var lemma = _lemmatizer.Lemmatize(text[starts[i]..ends[i]], xpos, new LemmaContext(sentenceCase, i == first));
                    article.SetMorphology(s.FirstToken + i, _tagger.Upos(c), xpos, lemma);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<int>.Shared.Return(classes);
            if (codes != null) ArrayPool<int>.Shared.Return(codes);
            ApostropheFold.Return(rentedText);
        }
    }
}
