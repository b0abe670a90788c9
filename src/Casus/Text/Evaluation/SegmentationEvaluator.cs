namespace Casus.Text.Evaluation;

/// <summary>Scores a <see cref="TextStage"/> against gold documents: words, surface tokens and sentences as exact character spans.</summary>
public sealed class SegmentationEvaluator
{
    private readonly TextStage _stage;

    /// <summary>Creates an evaluator for <paramref name="stage"/>.</summary>
    public SegmentationEvaluator(TextStage stage) => _stage = stage ?? throw new ArgumentNullException(nameof(stage));

    /// <summary>Reads a CoNLL-U file (plain or .gz) and scores the stage on its rebuilt documents.
    /// A missing or unreadable file gives a score with the reason in <see cref="SegmentationScore.Errors"/>.</summary>
    public SegmentationScore EvaluateFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return Empty($"{path}: file not found");
        try
        {
            using var reader = Casus.Language.Conllu.ConlluReader.Open(path);
            var gold = new ConlluGoldReader();
            var score = Evaluate(gold.Read(reader, path));
            return score with { SkippedSentences = gold.SkippedSentences, Errors = gold.Errors };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return Empty($"{path}: {ex.Message}");
        }
    }

    private static SegmentationScore Empty(string error) => new(0, 0, default, default, default, default, 0, new[] { error });

    /// <summary>Scores the stage on <paramref name="documents"/>.</summary>
    public SegmentationScore Evaluate(IEnumerable<GoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tokens = new List<RawToken>();
        var ends = new List<int>();
        var predicted = new HashSet<CharSpan>();
        int docs = 0;
        long chars = 0;
        PrfScore words = default, surface = default, sentences = default, boundaries = default;
        var spans = new List<CharSpan>();
        foreach (var doc in documents)
        {
            docs++;
            chars += doc.Text.Length;
            _stage.Segment(doc.Text, tokens, ends);

            spans.Clear();
            foreach (var t in tokens) spans.Add(new CharSpan(t.Start, t.End));
            words += Compare(doc.Words, spans, predicted);

            spans.Clear();
            foreach (var t in tokens)
            {
                if ((t.Flags & TokenFlags.WordPart) != 0 && spans.Count > 0 && t.Gap == Gap.None) spans[^1] = new CharSpan(spans[^1].Start, t.End);
                else spans.Add(new CharSpan(t.Start, t.End));
            }
            surface += Compare(doc.SurfaceTokens, spans, predicted);

            spans.Clear();
            int first = 0;
            foreach (int end in ends) { spans.Add(new CharSpan(tokens[first].Start, tokens[end - 1].End)); first = end; }
            sentences += Compare(doc.Sentences, spans, predicted);

            var goldStarts = doc.Sentences.Skip(1).Select(s => new CharSpan(s.Start, s.Start)).ToList();
            var predStarts = spans.Skip(1).Select(s => new CharSpan(s.Start, s.Start)).ToList();
            boundaries += Compare(goldStarts, predStarts, predicted);
        }
        return new SegmentationScore(docs, chars, words, surface, sentences, boundaries, 0, Array.Empty<string>());
    }

    private static PrfScore Compare(IReadOnlyList<CharSpan> gold, List<CharSpan> predictedSpans, HashSet<CharSpan> set)
    {
        set.Clear();
        foreach (var p in predictedSpans) set.Add(p);
        int correct = 0;
        foreach (var g in gold) if (set.Remove(g)) correct++;
        return new PrfScore(gold.Count, predictedSpans.Count, correct);
    }
}
