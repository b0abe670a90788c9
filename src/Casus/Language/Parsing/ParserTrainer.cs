using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>
/// Trains the arc-hybrid parser: averaged perceptron, dynamic oracle with exploration (Goldberg and Nivre 2012/2013),
/// labels predicted by a second perceptron at each arc; or, with a beam width above 1, beam search with max-violation
/// updates (<see cref="BeamTrainer"/>). Single-threaded and seeded, so the same data and options
/// always give the same model bytes. When development sentences are given, the epoch with the best labelled score
/// on them is kept.
/// </summary>
public sealed class ParserTrainer
{
    private readonly ParserTrainingOptions _options;
    private readonly WordClusters? _clusters;

    /// <summary>Creates a trainer; throws on invalid options. With <paramref name="clusters"/> the model gets the
    /// word-cluster features and carries the clusters in its file.</summary>
    public ParserTrainer(ParserTrainingOptions? options = null, WordClusters? clusters = null)
    {
        _options = options ?? new ParserTrainingOptions();
        _options.Validate();
        _clusters = clusters;
        if (_options.AttachmentFeatures && clusters == null) throw new ArgumentException("the attachment features need word clusters", nameof(clusters));
    }

    /// <summary>Trains on <paramref name="train"/>; reports progress through <paramref name="log"/>, and hands each new
    /// best model to <paramref name="checkpoint"/> (so a long run that is stopped early still leaves a model).</summary>
    public ParserModel Train(IReadOnlyList<ParserSentence> train, IReadOnlyList<ParserSentence>? dev = null, Action<string>? log = null, Action<ParserModel>? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = train.SelectMany(s => s.Relations).Append("root").Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        int rootLabel = labelIndex["root"];
        int labelWidth = WeightTable.PaddedWidth(labels.Length);

        var sentences = new SentenceFeatures[train.Count];
        var goldHeads = new int[train.Count][];
        var goldLabels = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var t = train[s];
            int n = t.Forms.Length;
            var sf = new SentenceFeatures();
            sf.Reset(n, _clusters);
            for (int i = 0; i < n; i++) sf.Set(i + 1, t.Forms[i], t.Xpos[i], t.Upos[i]);
            sentences[s] = sf;
            goldHeads[s] = new int[n + 1];
            goldLabels[s] = new int[n + 1];
            goldHeads[s][0] = -1;
            for (int i = 0; i < n; i++) { goldHeads[s][i + 1] = t.Heads[i]; goldLabels[s][i + 1] = labelIndex[t.Relations[i]]; }
        }

        int members = _options.BeamWidth > 1 ? 1 : _options.Ensemble;
        var actions = new AveragedPerceptron[members];
        var labellers = new AveragedPerceptron[members];
        var rngs = new Random[members];
        for (int m = 0; m < members; m++)
        {
            actions[m] = new AveragedPerceptron(_options.ActionBits, ParserTables.ActionWidth);
            labellers[m] = new AveragedPerceptron(_options.LabelBits, labelWidth);
            rngs[m] = new Random(_options.Seed + m);
        }
        int featureCount = FeatureExtractor.CountFor(_clusters != null, _options.AttachmentFeatures);
        var pass = new GreedyPass(featureCount, labelWidth, labels.Length, rootLabel, _options);
        var order = Enumerable.Range(0, train.Count).ToArray();
        ParserModel? best = null;
        double bestLas = double.NegativeInfinity;
        var beamTrainer = _options.BeamWidth > 1
            ? new BeamTrainer(actions[0], labellers[0], _options.BeamWidth, _options.ActionBits, _options.LabelBits, featureCount, labels.Length, rootLabel)
            : null;

        for (int epoch = 0; epoch < _options.Epochs; epoch++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            bool explore = epoch >= _options.ExploreFromEpoch;
            long steps = 0, errors = 0;
            for (int m = 0; m < members; m++)
            {
                // Each member shuffles with its own generator, so members see the data in different orders.
                rngs[m].Shuffle(order);
                foreach (int s in order)
                {
                    if (beamTrainer != null)
                    {
                        var (n, updated) = beamTrainer.Train(sentences[s], goldHeads[s], goldLabels[s]);
                        steps += n;
                        if (updated) errors++;
                        continue;
                    }
                    var (t, e) = pass.Train(sentences[s], goldHeads[s], goldLabels[s], actions[m], labellers[m], rngs[m], explore);
                    steps += t;
                    errors += e;
                }
            }
            var model = ParserModel.FromFloats(labels, _options.ActionBits, Average(actions), _options.LabelBits, labelWidth, Average(labellers), _options.PruneBelow, _options.PruneQuantizedBelow, _clusters, _options.BeamWidth, _options.AttachmentFeatures);
            double seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            string line = beamTrainer != null
                ? $"epoch {epoch + 1}/{_options.Epochs}: {steps} transitions, {100.0 * errors / train.Count:F2}% of sentences updated (beam {_options.BeamWidth}), {seconds:F1} s"
                : $"epoch {epoch + 1}/{_options.Epochs}: {steps} transitions{(members > 1 ? $" ({members} members)" : "")}, {100.0 * errors / Math.Max(1, steps):F2}% wrong, {seconds:F1} s";
            if (dev != null)
            {
                var scores = ParserEvaluator.Evaluate(new DependencyParser(model), dev);
                line += $"; dev {scores}";
                if (scores.Las > bestLas) { bestLas = scores.Las; best = model; checkpoint?.Invoke(model); }
            }
            else { best = model; checkpoint?.Invoke(model); }
            log?.Invoke(line);
        }
        return best!;
    }

    // The members' averaged weights, averaged again (a single member's are returned as they are).
    private static float[] Average(AveragedPerceptron[] members)
    {
        var sum = members[0].AveragedWeights();
        if (members.Length == 1) return sum;
        for (int m = 1; m < members.Length; m++)
        {
            var w = members[m].AveragedWeights();
            for (int i = 0; i < sum.Length; i++) sum[i] += w[i];
        }
        float scale = 1f / members.Length;
        for (int i = 0; i < sum.Length; i++) sum[i] *= scale;
        return sum;
    }

    /// <summary>One greedy pass over a sentence with the dynamic oracle and exploration; its buffers are reused.</summary>
    private sealed class GreedyPass(int featureCount, int labelWidth, int labelCount, int rootLabel, ParserTrainingOptions options)
    {
        private readonly ArcHybridState _st = new();
        private readonly ulong[] _feats = new ulong[featureCount];
        private readonly int[] _rows = new int[featureCount];
        private readonly int[] _lrows = new int[featureCount];
        private readonly float[] _ascores = new float[ParserTables.ActionWidth];
        private readonly float[] _lscores = new float[labelWidth];
        private readonly int[] _costs = new int[3];

        /// <summary>Trains on one sentence; returns the transitions taken and how many were wrong.</summary>
        public (int Steps, int Errors) Train(SentenceFeatures sf, int[] gh, int[] gl, AveragedPerceptron actions, AveragedPerceptron labeller, Random rng, bool explore)
        {
            var st = _st; var feats = _feats; var rows = _rows; var lrows = _lrows;
            var ascores = _ascores; var lscores = _lscores; var costs = _costs;
            int steps = 0, errors = 0;
            st.Reset(sf.Length);
            while (!st.IsTerminal)
            {
                FeatureExtractor.Extract(st, sf, feats);
                for (int k = 0; k < feats.Length; k++) rows[k] = ParserTables.ActionRow(feats[k], options.ActionBits);
                actions.Score(rows, ascores);
                int pred = -1, gold = -1, minCost = int.MaxValue;
                for (int a = 0; a < 3; a++)
                {
                    if (!st.IsValid((ParserAction)a)) { costs[a] = int.MaxValue; continue; }
                    costs[a] = ArcHybridOracle.Cost(st, (ParserAction)a, gh);
                    if (pred < 0 || ascores[a] > ascores[pred]) pred = a;
                    minCost = Math.Min(minCost, costs[a]);
                }
                for (int a = 0; a < 3; a++)
                    if (costs[a] == minCost && (gold < 0 || ascores[a] > ascores[gold])) gold = a;
                steps++;
                if (costs[pred] > minCost) { actions.Update(rows, gold, pred); errors++; }
                actions.Tick();
                bool followPrediction = explore && rng.NextDouble() < options.ExploreProbability;
                var follow = (ParserAction)(followPrediction ? pred : gold);
                int label = -1;
                if (follow != ParserAction.Shift)
                {
                    int dep = st.StackAt(0);
                    int head = follow == ParserAction.Left ? st.Buffer : st.StackAt(1);
                    if (head == 0) label = rootLabel;
                    else
                    {
                        for (int k = 0; k < feats.Length; k++) lrows[k] = ParserTables.LabelRow(feats[k], follow, options.LabelBits);
                        labeller.Score(lrows, lscores);
                        int predLabel = -1;
                        for (int l = 0; l < labelCount; l++)
                            if (l != rootLabel && (predLabel < 0 || lscores[l] > lscores[predLabel])) predLabel = l;
                        label = predLabel;
                        if (gh[dep] == head && gl[dep] != rootLabel)
                        {
                            if (predLabel != gl[dep]) labeller.Update(lrows, gl[dep], predLabel);
                            labeller.Tick();
                            if (!followPrediction) label = gl[dep];
                        }
                    }
                }
                st.Apply(follow, label);
            }
            return (steps, errors);
        }
    }
}
