using System.Buffers;
using Casus.Document;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>
/// Greedy left-to-right named-entity recogniser (PER, ORG, LOC in IOB2): an averaged perceptron over hashed word,
/// shape, part-of-speech and previous-tag features. Decoding never produces I-X after anything but B-X/I-X.
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
    private const int LegacyFeatureCount = 37;

    private readonly int _featureCount;

    internal EntityRecognizer(WeightTable weights, WordClusters clusters, EntityGazetteer gazetteer) : this(weights, clusters, gazetteer, EntityFeatures.Count) { }

    private EntityRecognizer(WeightTable weights, WordClusters clusters, EntityGazetteer gazetteer, int featureCount)
    {
        _featureCount = featureCount;
        Clusters = clusters;
        Gazetteer = gazetteer;
        if (weights.Classes != Classes.Count) throw new ArgumentException($"an entity model has {Classes.Count} classes, not {weights.Classes}");
        _weights = weights;
    }

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
    /// <paramref name="pos"/>; writes entity class ids (see <see cref="Classes"/>).</summary>
    public void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> pos, Span<int> classes)
    {
        int n = starts.Length;
        if (n == 0) return;
        var hashes = ArrayPool<WordHashes>.Shared.Rent(n + 4);
        var gazetteer = ArrayPool<int>.Shared.Rent(n);
        try
        {
            TaggerFeatures.Prepare(text, starts, ends, hashes, Clusters);
            Gazetteer.Mark(text, starts, ends, gazetteer);
            Recognize(hashes.AsSpan(0, n + 4), pos, gazetteer.AsSpan(0, n), classes);
        }
        finally
        {
            ArrayPool<WordHashes>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(gazetteer);
        }
    }

    internal void Recognize(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, Span<int> classes)
    {
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        Span<int> scores = stackalloc int[Classes.Count];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < pos.Length; i++)
        {
            EntityFeatures.Extract(hashes, pos, gazetteer, i, p1, p2, _weights.BucketBits, buckets);
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

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream) => ModelFile.Write(stream, Component, w =>
    {
        w.Section(FeatureSection);
        w.Write(_featureCount);
        Clusters.Write(w);
        _weights.Write(w);
        Gazetteer.Write(w);
    });

    /// <summary>Reads a model; a damaged or foreign file comes back as a failure with a reason.</summary>
    public static ModelLoadResult<EntityRecognizer> Load(Stream stream) => ModelFile.Read(stream, Component, ReadPayload);

    private static EntityRecognizer ReadPayload(ModelReader r)
    {
        var first = r.ReadString();
        if (first == FeatureSection)
        {
            int count = r.ReadInt32();
            if (count != EntityFeatures.Count) throw new InvalidDataException($"the model uses {count} entity features; this version of Casus computes {EntityFeatures.Count}");
            var clusters = WordClusters.Read(r);
            var weights = WeightTable.Read(r);
            return new EntityRecognizer(weights, clusters, EntityGazetteer.Read(r), count);
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
