using Casus.Language.Models;

namespace Casus.Language.Parsing.Neural;

/// <summary>
/// Trains the neural kind of the arc-hybrid parser: a feed-forward network (<see cref="MlpNetwork"/>) scoring labelled
/// transitions, trained with Adam on minibatches of transitions, hidden-layer dropout and word dropout; each step's
/// target is the best-scoring transition of least cost under the dynamic oracle (Goldberg and Nivre 2013), and from
/// <see cref="MlpTrainingOptions.ExploreFromEpoch"/> on the trainer sometimes follows its own prediction, so it learns
/// to recover from its mistakes. Single-threaded and seeded: the same data and options give the same bytes on the
/// same machine. When development sentences are given, the epoch with the best labelled score on them is kept.
/// </summary>
public sealed class MlpTrainer
{
    private readonly MlpTrainingOptions _options;
    private readonly WordClusters? _clusters;

    /// <summary>Creates a trainer; throws on invalid options. With <paramref name="clusters"/> the network reads word
    /// clusters and the model carries them.</summary>
    public MlpTrainer(MlpTrainingOptions? options = null, WordClusters? clusters = null)
    {
        _options = options ?? new MlpTrainingOptions();
        _options.Validate();
        _clusters = clusters;
    }

    /// <summary>Trains on <paramref name="train"/>; reports progress through <paramref name="log"/>, and hands each new
    /// best model to <paramref name="checkpoint"/>.</summary>
    public ParserModel Train(IReadOnlyList<ParserSentence> train, IReadOnlyList<ParserSentence>? dev = null, Action<string>? log = null, Action<ParserModel>? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var o = _options;
        var labels = train.SelectMany(s => s.Relations).Append("root").Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        int rootLabel = labelIndex["root"];
        var vocabulary = BuildVocabulary(train, out var wordCounts);
        var net = new MlpNetwork(vocabulary, [o.WordDim, o.TagDim, o.ClusterDim, o.LabelDim, o.ShapeDim], o.Hidden, labels.Length);
        var rng = new Random(o.Seed);
        net.Initialise(rng);
        log?.Invoke($"network: {vocabulary.Words.Length} words, {vocabulary.Tags.Length} tags, {vocabulary.ClusterIds - MlpSlots.FirstKnown} clusters, {labels.Length} relations; {net.InputRows} inputs, {o.Hidden} hidden, {net.Outputs} outputs, {net.Parameters} weights");

        var sentences = new MlpSentence[train.Count];
        var goldHeads = new int[train.Count][];
        var goldLabels = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var t = train[s];
            int n = t.Forms.Length;
            var ms = new MlpSentence();
            ms.Reset(n);
            for (int i = 0; i < n; i++) vocabulary.Set(ms, i + 1, t.Forms[i], t.Xpos[i], t.Upos[i]);
            sentences[s] = ms;
            goldHeads[s] = new int[n + 1];
            goldLabels[s] = new int[n + 1];
            goldHeads[s][0] = -1;
            for (int i = 0; i < n; i++) { goldHeads[s][i + 1] = t.Heads[i]; goldLabels[s][i + 1] = labelIndex[t.Relations[i]]; }
        }

        var pass = new Pass(net, new MlpGradients(net), new MlpAdam(net, o.LearningRate), new MlpLearner(net, o.Seed), rootLabel, o);
        var order = Enumerable.Range(0, train.Count).ToArray();
        byte[]? best = null;
        double bestLas = double.NegativeInfinity;
        var working = new MlpSentence();
        for (int epoch = 0; epoch < o.Epochs; epoch++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            bool explore = epoch >= o.ExploreFromEpoch;
            rng.Shuffle(order);
            double loss = 0;
            long steps = 0, errors = 0;
            int done = 0;
            foreach (int s in order)
            {
                var gold = sentences[s];
                int n = goldHeads[s].Length - 1;
                working.Reset(n);
                for (int i = 1; i <= n; i++)
                {
                    int w = gold.Word[i];
                    // Word dropout: rare words are sometimes read as unknown, so the unknown row learns.
                    if (w >= MlpSlots.FirstKnown && o.WordDropout > 0)
                    {
                        float c = wordCounts[w - MlpSlots.FirstKnown];
                        if (rng.NextDouble() < o.WordDropout / (o.WordDropout + c)) w = MlpSlots.Unknown;
                    }
                    working.Word[i] = w;
                    working.Tag[i] = gold.Tag[i];
                    working.Cluster[i] = gold.Cluster[i];
                }
                var (l, t, e) = pass.Train(working, n, goldHeads[s], goldLabels[s], rng, explore);
                loss += l; steps += t; errors += e;
                // A progress line now and then: an epoch on the full treebanks takes minutes.
                if (++done % 2000 == 0) log?.Invoke($"  {done} sentences, loss {loss / Math.Max(1, steps):F4}, {100.0 * errors / Math.Max(1, steps):F2}% wrong, {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
            }
            pass.Flush();
            var model = new ParserModel(labels, net, _clusters);
            double seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            string line = $"epoch {epoch + 1}/{o.Epochs}: {steps} transitions, loss {loss / Math.Max(1, steps):F4}, {100.0 * errors / Math.Max(1, steps):F2}% wrong, {seconds:F1} s";
            if (dev != null)
            {
                var scores = ParserEvaluator.Evaluate(new DependencyParser(model), dev);
                line += $"; dev {scores}";
                if (scores.Las > bestLas) { bestLas = scores.Las; best = Bytes(model); checkpoint?.Invoke(model); }
            }
            else { best = Bytes(model); checkpoint?.Invoke(model); }
            log?.Invoke(line);
        }
        // The network was trained on past the best epoch: the kept model is read back from its bytes.
        using var stream = new MemoryStream(best!);
        var loaded = ParserModel.Load(stream);
        return loaded.Value ?? throw new InvalidOperationException(loaded.Error);
    }

    private static byte[] Bytes(ParserModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    // Words seen at least MinCount times, most frequent first (ties in ordinal order); tags in ordinal order.
    private MlpVocabulary BuildVocabulary(IReadOnlyList<ParserSentence> train, out float[] counts)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in train)
            for (int i = 0; i < s.Forms.Length; i++)
            {
                var w = MlpVocabulary.Normalise(s.Forms[i]);
                words[w] = words.GetValueOrDefault(w) + 1;
                tags.Add(MlpVocabulary.TagOf(s.Xpos[i], s.Upos[i]).ToString());
            }
        var kept = words.Where(p => p.Value >= _options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        counts = kept.Select(p => (float)p.Value).ToArray();
        return new MlpVocabulary(kept.Select(p => p.Key).ToArray(), tags.ToArray(), _clusters);
    }

    /// <summary>One pass over a sentence: forward, oracle target, backward, and an optimiser step per full batch.</summary>
    private sealed class Pass(MlpNetwork net, MlpGradients grads, MlpAdam adam, MlpLearner learner, int rootLabel, MlpTrainingOptions options)
    {
        private readonly ArcHybridState _st = new();
        private readonly int[] _tokens = new int[MlpSlots.Positions];
        private readonly int[] _ids = new int[MlpSlots.Count];
        private readonly int[] _valid = new int[net.Outputs];
        private readonly int[] _candidates = new int[net.Outputs];
        private readonly int[] _costs = new int[3];
        private int _pending;

        /// <summary>Trains on one sentence; returns the summed loss, the scored transitions and how many the network
        /// got wrong.</summary>
        public (double Loss, int Steps, int Errors) Train(MlpSentence sentence, int n, int[] gh, int[] gl, Random rng, bool explore)
        {
            var st = _st;
            int labels = net.Labels;
            double loss = 0;
            int steps = 0, errors = 0;
            st.Reset(n);
            while (!st.IsTerminal)
            {
                if (st.StackSize == 1) { st.Apply(ParserAction.Shift, -1); continue; }
                if (st.Buffer > n && st.StackSize == 2) { st.Apply(ParserAction.Right, rootLabel); continue; }
                MlpSlots.Ids(st, sentence, _tokens, _ids);
                learner.Forward(net, _ids, options.Dropout);
                int valid = 0, candidates = 0, minCost = int.MaxValue;
                for (int a = 0; a < 3; a++)
                {
                    var action = (ParserAction)a;
                    _costs[a] = st.IsValid(action) ? ArcHybridOracle.Cost(st, action, gh) : int.MaxValue;
                    minCost = Math.Min(minCost, _costs[a]);
                }
                if (_costs[0] != int.MaxValue) _valid[valid++] = 0;
                for (int a = 1; a < 3; a++)
                {
                    if (_costs[a] == int.MaxValue) continue;
                    int first = a == 1 ? 1 : 1 + labels;
                    for (int l = 0; l < labels; l++) if (l != rootLabel) _valid[valid++] = first + l;
                }
                var outputs = _valid.AsSpan(0, valid);
                learner.Score(net, outputs);
                // The targets: shift if free; an arc if free, with its gold relation when the arc is gold, else any.
                if (_costs[0] == minCost) _candidates[candidates++] = 0;
                for (int a = 1; a < 3; a++)
                {
                    if (_costs[a] != minCost) continue;
                    int dep = st.StackAt(0), head = a == 1 ? st.Buffer : st.StackAt(1);
                    int first = a == 1 ? 1 : 1 + labels;
                    if (gh[dep] == head && gl[dep] != rootLabel) _candidates[candidates++] = first + gl[dep];
                    else for (int l = 0; l < labels; l++) if (l != rootLabel) _candidates[candidates++] = first + l;
                }
                int target = learner.Best(_candidates.AsSpan(0, candidates));
                int predicted = learner.Best(outputs);
                loss += learner.Backward(net, grads, outputs, target);
                steps++;
                if (predicted != target) errors++;
                if (++_pending == options.Batch) Flush();
                int follow = explore && rng.NextDouble() < options.ExploreProbability ? predicted : target;
                if (follow == 0) st.Apply(ParserAction.Shift, -1);
                else if (follow <= labels) st.Apply(ParserAction.Left, follow - 1);
                else st.Apply(ParserAction.Right, follow - 1 - labels);
            }
            return (loss, steps, errors);
        }

        /// <summary>Applies the gradients of the examples since the last step.</summary>
        public void Flush()
        {
            if (_pending == 0) return;
            adam.Step(net, grads, _pending);
            _pending = 0;
        }
    }
}
