using System.Buffers;
using Casus.Document;
using Casus.Language.Tagging;
using Casus.Pipeline;

namespace Casus.Language.Entities;

/// <summary>Pipeline stage "entities": IOB2 person/organisation/location tags on every token, read from the
/// tagger's output. Immutable and thread-safe; create once (<see cref="CreateDefault"/>) and share.</summary>
public sealed class EntityStage : IStage
{
    private readonly EntityRecognizer _recognizer;
    private readonly PosTagger _tagger;

    /// <summary>Creates the stage. <paramref name="tagger"/> must be the model whose classes the recogniser was
    /// trained on; the stage maps each token's stored XPOS/UPOS back to that model's class.</summary>
    public EntityStage(EntityRecognizer recognizer, PosTagger tagger)
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        _classOf = new Dictionary<(string, Upos), int>();
        for (int c = 0; c < tagger.ClassCount; c++) _classOf[(tagger.Xpos(c), tagger.Upos(c))] = c;
    }

    private readonly Dictionary<(string, Upos), int> _classOf;

    /// <summary>The stage over the shipped models (loaded once per process).</summary>
    public static EntityStage CreateDefault() => new(EntityRecognizer.CreateDefault(), PosTagger.CreateDefault());

    /// <inheritdoc/>
    public string Name => "entities";
    /// <inheritdoc/>
    public Annotations Requires => Annotations.Sentences | Annotations.Tokens | Annotations.PartOfSpeech;
    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Entities;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        var tokens = article.TokenData;
        var sentences = article.SentenceData;
        int total = 0;
        foreach (var s in sentences) total += s.TokenCount;
        if (total == 0) return;
        var starts = ArrayPool<int>.Shared.Rent(total);
        var ends = ArrayPool<int>.Shared.Rent(total);
        var pos = ArrayPool<int>.Shared.Rent(total);
        var classes = ArrayPool<int>.Shared.Rent(total);
        var sentenceStarts = ArrayPool<int>.Shared.Rent(sentences.Count);
        var firstToken = ArrayPool<int>.Shared.Rent(sentences.Count);
        try
        {
            // The whole article at once: the recogniser's second pass reads how a name is labelled elsewhere in it.
            int at = 0, count = 0;
            foreach (var s in sentences)
            {
                if (s.TokenCount == 0) continue;
                sentenceStarts[count] = at;
                firstToken[count++] = s.FirstToken;
                for (int i = 0; i < s.TokenCount; i++, at++)
                {
                    var t = tokens[s.FirstToken + i];
                    starts[at] = t.Start;
                    ends[at] = t.End;
                    // Tags from another source (hand-built or pre-parsed documents) may be unknown to the model: use
                    // the class the tagger itself would pick for the UPOS alone, else class 0.
                    pos[at] = t.Xpos != null && _classOf.TryGetValue((t.Xpos, t.Upos), out int c) ? c : FallbackClass(t.Upos);
                }
            }
            _recognizer.RecognizeDocument(article.Text, starts.AsSpan(0, at), ends.AsSpan(0, at), pos.AsSpan(0, at), sentenceStarts.AsSpan(0, count), classes.AsSpan(0, at));
            for (int k = 0; k < count; k++)
            {
                int a = sentenceStarts[k], b = k + 1 < count ? sentenceStarts[k + 1] : at;
                for (int i = a; i < b; i++) article.SetEntity(firstToken[k] + i - a, EntityRecognizer.Classes[classes[i]]);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<int>.Shared.Return(pos);
            ArrayPool<int>.Shared.Return(classes);
            ArrayPool<int>.Shared.Return(sentenceStarts);
            ArrayPool<int>.Shared.Return(firstToken);
        }
    }

    private int FallbackClass(Upos upos)
    {
        for (int c = 0; c < _tagger.ClassCount; c++) if (_tagger.Upos(c) == upos) return c;
        return 0;
    }
}
