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
        int max = 0;
        foreach (var s in article.SentenceData) max = Math.Max(max, s.TokenCount);
        if (max == 0) return;
        var starts = ArrayPool<int>.Shared.Rent(max);
        var ends = ArrayPool<int>.Shared.Rent(max);
        var pos = ArrayPool<int>.Shared.Rent(max);
        var classes = ArrayPool<int>.Shared.Rent(max);
        try
        {
            foreach (var s in article.SentenceData)
            {
                int n = s.TokenCount;
                for (int i = 0; i < n; i++)
                {
                    var t = tokens[s.FirstToken + i];
                    starts[i] = t.Start;
                    ends[i] = t.End;
                    // Tags from another source (hand-built or pre-parsed documents) may be unknown to the model: use
                    // the class the tagger itself would pick for the UPOS alone, else class 0.
                    pos[i] = t.Xpos != null && _classOf.TryGetValue((t.Xpos, t.Upos), out int c) ? c : FallbackClass(t.Upos);
                }
                _recognizer.Recognize(article.Text, starts.AsSpan(0, n), ends.AsSpan(0, n), pos.AsSpan(0, n), classes.AsSpan(0, n));
                for (int i = 0; i < n; i++) article.SetEntity(s.FirstToken + i, EntityRecognizer.Classes[classes[i]]);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<int>.Shared.Return(pos);
            ArrayPool<int>.Shared.Return(classes);
        }
    }

    private int FallbackClass(Upos upos)
    {
        for (int c = 0; c < _tagger.ClassCount; c++) if (_tagger.Upos(c) == upos) return c;
        return 0;
    }
}
