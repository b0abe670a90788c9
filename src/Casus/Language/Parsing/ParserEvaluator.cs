namespace Casus.Language.Parsing;

/// <summary>Parses treebank sentences with their given tags and scores the trees against the gold ones.</summary>
public static class ParserEvaluator
{
    /// <summary>Attachment scores of <paramref name="parser"/> on <paramref name="sentences"/>.</summary>
    public static AttachmentScores Evaluate(DependencyParser parser, IEnumerable<ParserSentence> sentences)
    {
        var scores = new AttachmentScores();
        var ws = new ParserWorkspace();
        foreach (var s in sentences)
        {
            Load(ws, s, parser.Model);
            parser.Parse(ws);
            for (int i = 0; i < s.Forms.Length; i++)
            {
                int label = ws.State.Label[i + 1];
                scores.Add(s.Heads[i], s.Relations[i], ws.State.Head[i + 1], label >= 0 ? parser.Model.Labels[label] : null);
            }
        }
        return scores;
    }

    /// <summary>Beam items scored and arcs labelled per transition when <paramref name="parser"/> decodes
    /// <paramref name="sentences"/> with its beam (both 0 for greedy decoding): the beam's cost, free of load noise.</summary>
    public static (double ItemsPerStep, double LabelsPerStep) BeamWork(DependencyParser parser, IEnumerable<ParserSentence> sentences)
    {
        var ws = new ParserWorkspace();
        foreach (var s in sentences)
        {
            Load(ws, s, parser.Model);
            parser.Parse(ws);
        }
        return ws.BeamSteps == 0 ? (0, 0) : ((double)ws.BeamItemsScored / ws.BeamSteps, (double)ws.BeamLabelsScored / ws.BeamSteps);
    }

    /// <summary>The sentences with the parser's heads and relations in place of the gold ones (tags kept), for error
    /// analysis of the trees it builds.</summary>
    public static List<ParserSentence> Parse(DependencyParser parser, IEnumerable<ParserSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var list = new List<ParserSentence>();
        var ws = new ParserWorkspace();
        foreach (var s in sentences)
        {
            Load(ws, s, parser.Model);
            parser.Parse(ws);
            var heads = new int[s.Forms.Length];
            var relations = new string[s.Forms.Length];
            for (int i = 0; i < heads.Length; i++)
            {
                heads[i] = ws.State.Head[i + 1];
                int label = ws.State.Label[i + 1];
                relations[i] = label >= 0 ? parser.Model.Labels[label] : "_";
            }
            list.Add(s with { Heads = heads, Relations = relations });
        }
        return list;
    }

    /// <summary>
    /// The sentences with their tags replaced by <paramref name="tagger"/>'s predictions (gold trees kept), to score
    /// the parser as it runs in the pipeline.
    /// </summary>
    public static List<ParserSentence> Retag(IEnumerable<ParserSentence> sentences, Tagging.PosTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var list = new List<ParserSentence>();
        foreach (var s in sentences)
        {
            var text = Models.SentenceText.Of(s.Forms);
            var classes = new int[s.Forms.Length];
            tagger.Tag(text.Text, text.Starts, text.Ends, classes);
            list.Add(s with { Xpos = classes.Select(tagger.Xpos).ToArray(), Upos = classes.Select(tagger.Upos).ToArray() });
        }
        return list;
    }

    /// <summary>Parses every sentence <paramref name="rounds"/> times without scoring; returns words per second.</summary>
    public static double WordsPerSecond(DependencyParser parser, IReadOnlyList<ParserSentence> sentences, int rounds = 1)
    {
        var ws = new ParserWorkspace();
        long words = 0;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (int r = 0; r < rounds; r++)
            foreach (var s in sentences)
            {
                // Hashing the words is part of the parser's work, so it is timed too.
                Load(ws, s, parser.Model);
                parser.Parse(ws);
                words += s.Forms.Length;
            }
        return words / System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static void Load(ParserWorkspace ws, ParserSentence s, ParserModel model)
    {
        ws.Sentence.Reset(s.Forms.Length, model.Clusters, model.Vocabulary);
        for (int i = 0; i < s.Forms.Length; i++) ws.Sentence.Set(i + 1, s.Forms[i], s.Xpos[i], s.Upos[i]);
    }
}
