using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>
/// Trains the transition weights for beam search with max-violation updates (Huang, Fayong and Guo 2012): a sentence
/// is decoded with the beam while the gold transition sequence runs beside it; at the step where the best beam item
/// outscores the gold prefix by most, the gold prefix's features are rewarded and that item's penalised. The gold
/// sequence follows the dynamic oracle (the cheapest transition, ties by score), so non-projective sentences train too.
/// The relation labeller learns on the gold sequence's arcs, as in greedy training. Buffers are reused across sentences.
/// </summary>
internal sealed class BeamTrainer
{
    private readonly AveragedPerceptron _actions, _labeller;
    private readonly int _width, _actionBits, _labelBits, _features, _labelCount, _rootLabel;
    private readonly ArcHybridState _gold = new();
    private ArcHybridState[] _beam, _next;
    private double[] _scores, _nextScores;
    private bool[] _isGold, _nextIsGold;
    private readonly BeamAgenda _agenda = new();
    private int[] _rowHistory = Array.Empty<int>();      // [(step * width + item) * features + k]
    private int[] _parentHistory = Array.Empty<int>();   // [step * width + item]
    private ParserAction[] _actionHistory = Array.Empty<ParserAction>();
    private int[] _goldRows = Array.Empty<int>();        // [step * features + k]
    private ParserAction[] _goldActions = Array.Empty<ParserAction>();
    private readonly ulong[] _feats;
    private readonly ulong[] _itemFeats;
    private readonly int[] _labelRows;
    private readonly float[] _actionScores = new float[ParserTables.ActionWidth];
    private readonly float[] _labelScores;
    private readonly int[] _costs = new int[3];

    public BeamTrainer(AveragedPerceptron actions, AveragedPerceptron labeller, int width, int actionBits, int labelBits, int features, int labelCount, int rootLabel)
    {
        _actions = actions; _labeller = labeller;
        _width = width; _actionBits = actionBits; _labelBits = labelBits; _features = features;
        _labelCount = labelCount; _rootLabel = rootLabel;
        _beam = new ArcHybridState[width]; _next = new ArcHybridState[width];
        for (int i = 0; i < width; i++) { _beam[i] = new ArcHybridState(); _next[i] = new ArcHybridState(); }
        _scores = new double[width]; _nextScores = new double[width];
        _isGold = new bool[width]; _nextIsGold = new bool[width];
        _feats = new ulong[features];
        _itemFeats = new ulong[width * features];
        _labelRows = new int[features];
        _labelScores = new float[labeller.Classes];
    }

    /// <summary>Trains on one sentence; returns the number of transitions and whether an update was made.</summary>
    public (int Steps, bool Updated) Train(SentenceFeatures sf, int[] goldHead, int[] goldLabel)
    {
        int n = sf.Length, steps = 2 * n, w = _width, F = _features;
        Grow(steps);
        _gold.Reset(n);
        _beam[0].Reset(n);
        _scores[0] = 0;
        _isGold[0] = true;
        int size = 1;
        double goldScore = 0, maxViolation = 0;
        int worstStep = -1;
        for (int t = 0; t < steps; t++)
        {
            // The gold sequence: cheapest transition, ties broken by the model's score.
            FeatureExtractor.Extract(_gold, sf, _feats);
            var goldRows = _goldRows.AsSpan(t * F, F);
            for (int k = 0; k < F; k++) goldRows[k] = ParserTables.ActionRow(_feats[k], _actionBits);
            _actions.Score(goldRows, _actionScores);
            int gold = -1, minCost = int.MaxValue;
            for (int a = 0; a < 3; a++)
                _costs[a] = _gold.IsValid((ParserAction)a) ? ArcHybridOracle.Cost(_gold, (ParserAction)a, goldHead) : int.MaxValue;
            for (int a = 0; a < 3; a++) minCost = Math.Min(minCost, _costs[a]);
            for (int a = 0; a < 3; a++)
                if (_costs[a] == minCost && (gold < 0 || _actionScores[a] > _actionScores[gold])) gold = a;
            var goldAction = (ParserAction)gold;
            goldScore += _actionScores[gold];
            int goldArcLabel = goldAction == ParserAction.Shift ? -1 : LabelAndLearn(_gold, _feats, goldAction, goldHead, goldLabel);
            _goldActions[t] = goldAction;
            _gold.Apply(goldAction, goldArcLabel);

            // The beam.
            _agenda.Clear(w);
            for (int i = 0; i < size; i++)
            {
                var f = _itemFeats.AsSpan(i * F, F);
                FeatureExtractor.Extract(_beam[i], sf, f);
                var rows = _rowHistory.AsSpan((t * w + i) * F, F);
                for (int k = 0; k < F; k++) rows[k] = ParserTables.ActionRow(f[k], _actionBits);
                _actions.Score(rows, _actionScores);
                for (int a = 0; a < 3; a++)
                    if (_beam[i].IsValid((ParserAction)a)) _agenda.Offer(_scores[i] + _actionScores[a], i, (ParserAction)a);
            }
            for (int j = 0; j < _agenda.Count; j++)
            {
                int parent = _agenda.Parent[j];
                var action = _agenda.Action[j];
                bool isGold = _isGold[parent] && action == goldAction;
                int label = action == ParserAction.Shift ? -1
                    : isGold ? goldArcLabel
                    : Label(_beam[parent], _itemFeats.AsSpan(parent * F, F), action, goldHead, goldLabel);
                _next[j].CopyFrom(_beam[parent]);
                _next[j].Apply(action, label);
                _nextScores[j] = _agenda.Score[j];
                _nextIsGold[j] = isGold;
                _parentHistory[t * w + j] = parent;
                _actionHistory[t * w + j] = action;
            }
            size = _agenda.Count;
            (_beam, _next) = (_next, _beam);
            (_scores, _nextScores) = (_nextScores, _scores);
            (_isGold, _nextIsGold) = (_nextIsGold, _isGold);
            if (!_isGold[0])
            {
                double violation = _scores[0] - goldScore;
                if (violation >= maxViolation) { maxViolation = violation; worstStep = t; }
            }
        }
        if (worstStep >= 0)
        {
            int item = 0;
            for (int t = worstStep; t >= 0; t--)
            {
                _actions.Add(_goldRows.AsSpan(t * F, F), (int)_goldActions[t], 1f);
                int parent = _parentHistory[t * w + item];
                _actions.Add(_rowHistory.AsSpan((t * w + parent) * F, F), (int)_actionHistory[t * w + item], -1f);
                item = parent;
            }
        }
        _actions.Tick();
        return (steps, worstStep >= 0);
    }

    // The label of an arc on the gold sequence; the labeller learns from it when the arc is a gold arc.
    private int LabelAndLearn(ArcHybridState st, ReadOnlySpan<ulong> feats, ParserAction action, int[] goldHead, int[] goldLabel)
    {
        int dep = st.StackAt(0), head = action == ParserAction.Left ? st.Buffer : st.StackAt(1);
        if (head == 0) return _rootLabel;
        int predicted = PredictLabel(feats, action);
        if (goldHead[dep] != head || goldLabel[dep] == _rootLabel) return predicted;
        if (predicted != goldLabel[dep]) _labeller.Update(_labelRows, goldLabel[dep], predicted);
        _labeller.Tick();
        return goldLabel[dep];
    }

    // The label of an arc of a beam item off the gold sequence: gold for a gold arc (the labeller is trained on those
    // elsewhere), else the labeller's guess, so later features see labels as they will be when parsing.
    private int Label(ArcHybridState st, ReadOnlySpan<ulong> feats, ParserAction action, int[] goldHead, int[] goldLabel)
    {
        int dep = st.StackAt(0), head = action == ParserAction.Left ? st.Buffer : st.StackAt(1);
        if (head == 0) return _rootLabel;
        if (goldHead[dep] == head && goldLabel[dep] != _rootLabel) return goldLabel[dep];
        return PredictLabel(feats, action);
    }

    private int PredictLabel(ReadOnlySpan<ulong> feats, ParserAction action)
    {
        for (int k = 0; k < feats.Length; k++) _labelRows[k] = ParserTables.LabelRow(feats[k], action, _labelBits);
        _labeller.Score(_labelRows, _labelScores);
        int best = -1;
        for (int l = 0; l < _labelCount; l++)
            if (l != _rootLabel && (best < 0 || _labelScores[l] > _labelScores[best])) best = l;
        return best;
    }

    private void Grow(int steps)
    {
        if (_goldActions.Length >= steps) return;
        int size = Math.Max(steps, _goldActions.Length * 2);
        _rowHistory = new int[size * _width * _features];
        _parentHistory = new int[size * _width];
        _actionHistory = new ParserAction[size * _width];
        _goldRows = new int[size * _features];
        _goldActions = new ParserAction[size];
    }
}
