using System.Buffers;
using Casus.Document;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>
/// Named-entity recogniser (PER, ORG, LOC in IOB2): an averaged perceptron over hashed word, shape, part-of-speech,
/// gazetteer and previous-tag features, decoded greedily, with a beam, or (models trained as structured perceptrons)
/// by exact second-order Viterbi search (<see cref="EntityViterbi"/>). Decoding never produces I-X after anything but
/// B-X/I-X; person names then lose leading titles (<see cref="TitleSplit"/>) when the model asks for it.
/// Immutable and thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>The component name in model headers and <c>casus train --component</c>.</summary>
    public const string Component = "ner";
    /// <summary>The resource the shipped model is embedded as.</summary>
    public const string ResourceName = "models/ner.bin";

    /// <summary>The classes, by id.</summary>
    public static IReadOnlyList<EntityTag> Classes { get; } =
    [
        EntityTag.Outside,
        new(EntityType.Person, true), new(EntityType.Person, false),
        new(EntityType.Organization, true), new(EntityType.Organization, false),
        new(EntityType.Location, true), new(EntityType.Location, false),
    ];

    private static readonly Lazy<EntityRecognizer> Shipped = new(() => ModelFile.LoadEmbedded(ResourceName, Component, ReadPayload));

    private readonly WeightTable _weights;

    /// <summary>The payload's first section in models with gazetteer features; models written before have none
    /// and are read as legacy models that score only the first <see cref="LegacyFeatureCount"/> templates.</summary>
    private const string FeatureSection = "entity-features";
    /// <summary>The first section of models that also store the Viterbi and title-split switches.</summary>
    private const string DecodingSection = "entity-decoding";
    private const int LegacyFeatureCount = 37;
    /// <summary>The last section of models with a <see cref="SpanBias"/> (decoding switch 4).</summary>
    private const string BiasSection = "entity-span-bias";

    private readonly int _featureCount;

    internal EntityRecognizer(WeightTable weights, WordClusters clusters, EntityGazetteer gazetteer) : this(weights, clusters, gazetteer, EntityFeatures.Count) { }

    /// <summary>A model that scores only the first <paramref name="featureCount"/> templates (as one trained with fewer).</summary>
    internal EntityRecognizer(WeightTable weights, WordClusters clusters, EntityGazetteer gazetteer, int featureCount)
    {
        _featureCount = featureCount;
        Clusters = clusters;
        Gazetteer = gazetteer;
        if (weights.Classes != Classes.Count) throw new ArgumentException($"an entity model has {Classes.Count} classes, not {weights.Classes}");
        _weights = weights;
    }

    /// <summary>Decode by exact second-order Viterbi search over the raw scores (models trained as structured
    /// perceptrons) rather than greedily or with the beam; stored in the model.</summary>
    public bool Viterbi { get; private init; }

    /// <summary>Trim leading title words off person names (<see cref="TitleSplit"/>); stored in the model.</summary>
    public bool SplitTitles { get; private init; }

    /// <summary>This model with other decoding switches (see <see cref="Viterbi"/>, <see cref="SplitTitles"/>).</summary>
    public EntityRecognizer WithDecoding(bool viterbi, bool splitTitles) =>
        new(_weights, Clusters, Gazetteer, _featureCount) { BeamWidth = BeamWidth, BeamTemperature = BeamTemperature, Viterbi = viterbi, SplitTitles = splitTitles, _spanBias = _spanBias };

    /// <summary>Score added to beginning a person, organisation or place name (B-PER, B-ORG, B-LOC), in weight-table
    /// units, when decoding by Viterbi; stored in the model, chosen by the trainer on development data. The perceptron
    /// learns what a name looks like, but not how often to guess each type where the evidence is thin: it overshoots
    /// persons and undershoots organisations on web text, which a per-type threshold corrects.</summary>
    public (int Person, int Organization, int Location) SpanBias => (_spanBias[0], _spanBias[1], _spanBias[2]);

    private int[] _spanBias = new int[3];

    /// <summary>This model with another <see cref="SpanBias"/>.</summary>
    public EntityRecognizer WithSpanBias(int person, int organization, int location) =>
        new(_weights, Clusters, Gazetteer, _featureCount) { BeamWidth = BeamWidth, BeamTemperature = BeamTemperature, Viterbi = Viterbi, SplitTitles = SplitTitles, _spanBias = [person, organization, location] };

    /// <summary>The word clusters the features read.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The name lists the gazetteer features read.</summary>
    public EntityGazetteer Gazetteer { get; }

    /// <summary>The shipped model, loaded from Casus.dll on first use.</summary>
    public static EntityRecognizer CreateDefault() => Shipped.Value;

    /// <summary>The class id of a tag.</summary>
    public static int ClassOf(EntityTag tag) => tag.Type switch
    {
        EntityType.None => 0,
        EntityType.Person => tag.Begin ? 1 : 2,
        EntityType.Organization => tag.Begin ? 3 : 4,
        _ => tag.Begin ? 5 : 6,
    };

    /// <summary>True when class <paramref name="c"/> may follow class <paramref name="previous"/> (-1 at the start).</summary>
    public static bool Allowed(int previous, int c) => c == 0 || (c & 1) == 1 || (previous == c || previous == c - 1);

    /// <summary>Tags one sentence whose words are <c>text[starts[i]..ends[i]]</c> and whose tagger classes are
    /// <paramref name="pos"/>; writes entity class ids (see <see cref="Classes"/>). Without the rest of its document
    /// the sentence gets no document-memory features; prefer <see cref="RecognizeDocument"/> for whole texts.</summary>
    public void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> pos, Span<int> classes)
    {
        int n = starts.Length;
        if (n == 0) return;
        var hashes = ArrayPool<WordHashes>.Shared.Rent(n + 4);
        var gazetteer = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            TaggerFeatures.Prepare(text, starts, ends, hashes, Clusters);
            Gazetteer.Mark(text, starts, ends, gazetteer);
            var document = gazetteer.AsSpan(n, n);
            document.Clear();
            Recognize(hashes.AsSpan(0, n + 4), pos, gazetteer.AsSpan(0, n), document, classes);
        }
        finally
        {
            ArrayPool<WordHashes>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(gazetteer);
        }
    }

    /// <summary>As <see cref="Recognize(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int})"/>,
    /// reading the word hashes the tagger left in <paramref name="hashes"/> for the same words when they were computed
    /// with equal word clusters (else the words are hashed again, into the same buffer).</summary>
    public void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> pos, Span<int> classes, SentenceHashes hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        int n = starts.Length;
        if (n == 0) return;
        var h = hashes.Holds(text, starts, ends, Clusters) ? hashes.Padded : hashes.Prepare(text, starts, ends, Clusters);
        var gazetteer = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            Gazetteer.Mark(text, starts, ends, gazetteer);
            var document = gazetteer.AsSpan(n, n);
            document.Clear();
            Recognize(h, pos, gazetteer.AsSpan(0, n), document, classes);
        }
        finally { ArrayPool<int>.Shared.Return(gazetteer); }
    }

    /// <summary>Tags a whole document: its words are <c>text[starts[i]..ends[i]]</c>, sentence k starts at word
    /// <c>sentenceStarts[k]</c> (ascending, the first 0). A first pass tags every sentence alone; a second pass
    /// tags them again knowing how the first pass labelled the same words in the document's other sentences.</summary>
    public void RecognizeDocument(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> pos, ReadOnlySpan<int> sentenceStarts, Span<int> classes)
    {
        int n = starts.Length, sentences = sentenceStarts.Length;
        if (n == 0 || sentences == 0) return;
        var hashes = ArrayPool<WordHashes>.Shared.Rent(n + 4 * sentences);
        var gazetteer = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            var document = gazetteer.AsSpan(n, n);
            document.Clear();
            for (int k = 0; k < sentences; k++)
            {
                var (a, b) = Bounds(sentenceStarts, k, n);
                var h = hashes.AsSpan(a + 4 * k, b - a + 4);
                TaggerFeatures.Prepare(text, starts[a..b], ends[a..b], h, Clusters);
                Gazetteer.Mark(text, starts[a..b], ends[a..b], gazetteer.AsSpan(a, b - a));
                Recognize(h, pos[a..b], gazetteer.AsSpan(a, b - a), document[a..b], classes[a..b]);
            }
            if (sentences < 2 || _featureCount <= DocumentFeatureStart) return;
            var memory = new DocumentMemory();
            for (int k = 0; k < sentences; k++)
            {
                var (a, b) = Bounds(sentenceStarts, k, n);
                memory.Add(hashes.AsSpan(a + 4 * k, b - a + 4), classes[a..b]);
            }
            for (int k = 0; k < sentences; k++)
            {
                var (a, b) = Bounds(sentenceStarts, k, n);
                var h = hashes.AsSpan(a + 4 * k, b - a + 4);
                memory.Codes(h, classes[a..b], document[a..b]);
                // A sentence none of whose words the rest of the document labels sees the same features again.
                if (document[a..b].ContainsAnyExcept(0)) Recognize(h, pos[a..b], gazetteer.AsSpan(a, b - a), document[a..b], classes[a..b]);
            }
        }
        finally
        {
            ArrayPool<WordHashes>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(gazetteer);
        }
    }

    private static (int Start, int End) Bounds(ReadOnlySpan<int> sentenceStarts, int k, int n) =>
        (sentenceStarts[k], k + 1 < sentenceStarts.Length ? sentenceStarts[k + 1] : n);

    private const int DocumentFeatureStart = 51;

    /// <summary>Largest beam a model may ask for.</summary>
    public const int MaxBeamWidth = 64;

    /// <summary>Hypotheses kept per word by the beam search (1 = greedy decoding); stored in the model, chosen by
    /// the trainer on development data.</summary>
    public int BeamWidth { get; private init; } = 1;

    /// <summary>Score units per nat when the beam turns the perceptron's scores into log-probabilities (a softmax
    /// per word); stored in the model, chosen by the trainer on development data.</summary>
    public double BeamTemperature { get; private init; } = 1000;

    /// <summary>This model decoding with a beam of <paramref name="width"/> hypotheses (1 = greedy) and, when given,
    /// another <paramref name="temperature"/>.</summary>
    public EntityRecognizer WithBeam(int width, double? temperature = null) =>
        new(_weights, Clusters, Gazetteer, _featureCount) { BeamWidth = Math.Clamp(width, 1, MaxBeamWidth), BeamTemperature = temperature is > 0 ? temperature.Value : BeamTemperature, SplitTitles = SplitTitles, _spanBias = _spanBias };

    internal void Recognize(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<int> classes)
    {
        if (Viterbi) RecognizeViterbi(hashes, pos, gazetteer, document, classes);
        else if (BeamWidth > 1) RecognizeBeam(hashes, pos, gazetteer, document, classes);
        else RecognizeGreedy(hashes, pos, gazetteer, document, classes);
        if (SplitTitles) TitleSplit.Apply(hashes, gazetteer, classes);
    }

    private void RecognizeViterbi(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<int> classes)
    {
        var local = ArrayPool<int>.Shared.Rent(pos.Length * EntityLocalScores.Stride);
        try
        {
            var span = local.AsSpan(0, pos.Length * EntityLocalScores.Stride);
            EntityLocalScores.Fill(_weights, _featureCount, hashes, pos, gazetteer, document, span);
            if (_spanBias[0] != 0 || _spanBias[1] != 0 || _spanBias[2] != 0) EntityLocalScores.AddBeginBias(span, _spanBias);
            EntityViterbi.Decode<int>(span, classes);
        }
        finally { ArrayPool<int>.Shared.Return(local); }
    }

    private void RecognizeGreedy(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<int> classes)
    {
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        Span<int> scores = stackalloc int[Classes.Count];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < pos.Length; i++)
        {
            EntityFeatures.Extract(hashes, pos, gazetteer, document, i, p1, p2, _weights.BucketBits, buckets, _featureCount);
            scores.Clear();
            _weights.Score(buckets[.._featureCount], scores);
            int best = 0;
            for (int c = 1; c < scores.Length; c++)
                if (Allowed(p1, c) && scores[c] > scores[best]) best = c;
            classes[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    // Beam search over label sequences. The features see only the last two labels, so hypotheses that end in the same
    // two labels are merged (the better survives). Templates that do not read the labels are scored once per word;
    // only the few that do are scored per hypothesis.
    private void RecognizeBeam(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<int> classes)
    {
        int n = pos.Length, k = BeamWidth, nc = Classes.Count;
        var history = EntityFeatures.HistoryTemplates;
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        Span<int> wordBuckets = stackalloc int[EntityFeatures.Count - history.Length];
        Span<int> historyBuckets = stackalloc int[history.Length];
        Span<int> lastBuckets = stackalloc int[history.Length - 1];
        // Scores of the word plus the templates that read only the last class, per last class (-1..nc-1): hypotheses
        // ending in the same class share them, and only the template that also reads the class before differs.
        Span<int> byLast = stackalloc int[(nc + 1) * nc];
        Span<int> wordScores = stackalloc int[nc];
        Span<int> scores = stackalloc int[nc];
        Span<double> logp = stackalloc double[nc];
        Span<double> scaled = stackalloc double[nc];
        Span<double> score = stackalloc double[k], nextScore = stackalloc double[k];
        Span<int> last = stackalloc int[k], prev = stackalloc int[k], nextLast = stackalloc int[k], nextPrev = stackalloc int[k], nextBack = stackalloc int[k];
        var label = ArrayPool<int>.Shared.Rent(n * k);
        var back = ArrayPool<int>.Shared.Rent(n * k);
        try
        {
            int size = 1;
            score[0] = 0; last[0] = -1; prev[0] = -1;
            for (int i = 0; i < n; i++)
            {
                EntityFeatures.Extract(hashes, pos, gazetteer, document, i, -1, -1, _weights.BucketBits, buckets, _featureCount);
                int wb = 0, h0 = 0;
                for (int f = 0; f < _featureCount; f++)
                {
                    if (h0 < history.Length && history[h0] == f) { h0++; continue; }
                    wordBuckets[wb++] = buckets[f];
                }
                wordScores.Clear();
                _weights.Score(wordBuckets[..wb], wordScores);
                int nextSize = 0, scored = 0;
                for (int h = 0; h < size; h++)
                {
                    EntityFeatures.ExtractHistory(hashes, pos, gazetteer, document, i, last[h], prev[h], _weights.BucketBits, historyBuckets);
                    int li = last[h] + 1;
                    var lastScores = byLast.Slice(li * nc, nc);
                    if ((scored & (1 << li)) == 0)
                    {
                        scored |= 1 << li;
                        historyBuckets[..EntityFeatures.HistoryPairIndex].CopyTo(lastBuckets);
                        historyBuckets[(EntityFeatures.HistoryPairIndex + 1)..].CopyTo(lastBuckets[EntityFeatures.HistoryPairIndex..]);
                        wordScores.CopyTo(lastScores);
                        _weights.Score(lastBuckets, lastScores);
                    }
                    lastScores.CopyTo(scores);
                    _weights.Score(historyBuckets.Slice(EntityFeatures.HistoryPairIndex, 1), scores);
                    // Raw perceptron scores are not comparable across histories; log-probabilities of a softmax are.
                    // (Each score is divided once; the quotients are the same numbers the three loops used to compute.)
                    double max = double.NegativeInfinity, sum = 0;
                    for (int c = 0; c < nc; c++)
                    {
                        scaled[c] = scores[c] / BeamTemperature;
                        if (Allowed(last[h], c)) max = Math.Max(max, scaled[c]);
                    }
                    // Classes 30 nats below the best add less than 1e-13 to the sum: not worth an Exp each.
                    for (int c = 0; c < nc; c++)
                    {
                        double d = scaled[c] - max;
                        if (d > -30 && Allowed(last[h], c)) sum += Math.Exp(d);
                    }
                    double norm = max + Math.Log(sum);
                    for (int c = 0; c < nc; c++) logp[c] = scaled[c] - norm;
                    for (int c = 0; c < nc; c++)
                    {
                        if (!Allowed(last[h], c)) continue;
                        double s = score[h] + logp[c];
                        // Merge with a hypothesis in the same state, else insert if it beats the worst.
                        int same = -1;
                        for (int j = 0; j < nextSize; j++) if (nextLast[j] == c && nextPrev[j] == last[h]) { same = j; break; }
                        int slot;
                        if (same >= 0) { if (s <= nextScore[same]) continue; slot = same; }
                        else if (nextSize < k) slot = nextSize++;
                        else
                        {
                            slot = 0;
                            for (int j = 1; j < nextSize; j++) if (nextScore[j] < nextScore[slot]) slot = j;
                            if (s <= nextScore[slot]) continue;
                        }
                        nextScore[slot] = s; nextLast[slot] = c; nextPrev[slot] = last[h]; nextBack[slot] = h;
                    }
                }
                for (int j = 0; j < nextSize; j++)
                {
                    score[j] = nextScore[j]; last[j] = nextLast[j]; prev[j] = nextPrev[j];
                    label[i * k + j] = nextLast[j]; back[i * k + j] = nextBack[j];
                }
                size = nextSize;
            }
            int best = 0;
            for (int j = 1; j < size; j++) if (score[j] > score[best]) best = j;
            for (int i = n - 1; i >= 0; i--)
            {
                classes[i] = label[i * k + best];
                best = back[i * k + best];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(label);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream) => ModelFile.Write(stream, Component, w =>
    {
        w.Section(DecodingSection);
        bool biased = _spanBias[0] != 0 || _spanBias[1] != 0 || _spanBias[2] != 0;
        w.Write((Viterbi ? 1 : 0) | (SplitTitles ? 2 : 0) | (biased ? 4 : 0));
        w.Section(FeatureSection);
        w.Write(_featureCount);
        w.Write(BeamWidth);
        w.Write((float)BeamTemperature);
        Clusters.Write(w);
        _weights.Write(w);
        Gazetteer.Write(w);
        if (!biased) return;
        w.Section(BiasSection);
        w.Write(_spanBias);
    });

    /// <summary>Reads a model; a damaged or foreign file comes back as a failure with a reason.</summary>
    public static ModelLoadResult<EntityRecognizer> Load(Stream stream) => ModelFile.Read(stream, Component, ReadPayload);

    private static EntityRecognizer ReadPayload(ModelReader r)
    {
        var first = r.ReadString();
        int switches = 0;
        if (first == DecodingSection)
        {
            switches = r.ReadInt32();
            if ((switches & ~7) != 0) throw new InvalidDataException($"unknown decoding switches {switches}");
            first = r.ReadString();
            if (first != FeatureSection) throw new InvalidDataException($"expected section '{FeatureSection}', found '{first}'");
        }
        if (first == FeatureSection)
        {
            int count = r.ReadInt32();
            // Templates are only ever appended, so a model of an earlier version scores the first ones it knows.
            if (count < DocumentFeatureStart || count > EntityFeatures.Count) throw new InvalidDataException($"the model uses {count} entity features; this version of Casus computes {DocumentFeatureStart} to {EntityFeatures.Count}");
            int beam = r.ReadInt32();
            float temperature = r.ReadSingle();
            if (beam < 1 || beam > MaxBeamWidth || !(temperature > 0)) throw new InvalidDataException($"bad decoding settings (beam {beam}, temperature {temperature})");
            var clusters = WordClusters.Read(r);
            var weights = WeightTable.Read(r);
            var gazetteer = EntityGazetteer.Read(r);
            int[] bias = new int[3];
            if ((switches & 4) != 0)
            {
                r.Section(BiasSection);
                bias = r.ReadInts();
                if (bias.Length != 3) throw new InvalidDataException($"expected 3 span biases, found {bias.Length}");
            }
            return new EntityRecognizer(weights, clusters, gazetteer, count)
            {
                BeamWidth = beam, BeamTemperature = temperature, Viterbi = (switches & 1) != 0, SplitTitles = (switches & 2) != 0, _spanBias = bias,
            };
        }
        if (first != "clusters") throw new InvalidDataException($"expected section '{FeatureSection}', found '{first}'");
        // A model from before the gazetteer features: clusters (section name already read) and weights only.
        var words = r.ReadStrings();
        var coarse = r.ReadInts();
        var fine = r.ReadInts();
        var legacyClusters = new WordClusters(words, coarse, fine, r.ReadInts());
        return new EntityRecognizer(WeightTable.Read(r), legacyClusters, EntityGazetteer.Empty, LegacyFeatureCount);
    }
}
