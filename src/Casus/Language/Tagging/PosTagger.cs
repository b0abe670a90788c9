using System.Buffers;
using Casus.Document;
using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed features that predicts
/// Penn XPOS and UPOS jointly (each class is one XPOS|UPOS pair seen in training), plus a dictionary of frequent
/// unambiguous words that skips the classifier. Immutable and thread-safe; load once and share.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The component name in model headers and <c>casus train --component</c>.</summary>
    public const string Component = "tagger";
    /// <summary>The resource the shipped model is embedded as.</summary>
    public const string ResourceName = "models/tagger.bin";

    private static readonly Lazy<PosTagger> Shipped = new(() => ModelFile.LoadEmbedded(ResourceName, Component, ReadPayload));

    private readonly WeightTable _weights;
    private readonly string[] _xpos;
    private readonly Upos[] _upos;
    private readonly string[] _dictWords;
    private readonly int[] _dictClasses;
    private readonly Dictionary<string, int> _dict;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dictLookup;

    internal PosTagger(WeightTable weights, string[] classNames, string[] dictWords, int[] dictClasses, WordClusters clusters)
    {
        Clusters = clusters;
        if (weights.Classes != classNames.Length) throw new ArgumentException("class names do not match the weight table");
        _weights = weights;
        ClassNames = classNames;
        _xpos = new string[classNames.Length];
        _upos = new Upos[classNames.Length];
        for (int i = 0; i < classNames.Length; i++)
        {
            int bar = classNames[i].IndexOf('|');
            _xpos[i] = bar < 0 ? classNames[i] : classNames[i][..bar];
            UposNames.TryParse(bar < 0 ? "" : classNames[i].AsSpan(bar + 1), out _upos[i]);
        }
        _dictWords = dictWords;
        _dictClasses = dictClasses;
        _dict = new Dictionary<string, int>(dictWords.Length, StringComparer.Ordinal);
        for (int i = 0; i < dictWords.Length; i++)
        {
            if ((uint)dictClasses[i] >= (uint)classNames.Length) throw new InvalidDataException($"tag dictionary entry '{dictWords[i]}' has class {dictClasses[i]} of {classNames.Length}");
            _dict[dictWords[i]] = dictClasses[i];
        }
        _dictLookup = _dict.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped model, loaded from Casus.dll on first use.</summary>
    public static PosTagger CreateDefault() => Shipped.Value;

    /// <summary>The word clusters the features read.</summary>
    public WordClusters Clusters { get; }
    /// <summary>Class names, "XPOS|UPOS".</summary>
    public IReadOnlyList<string> ClassNames { get; }
    /// <summary>Number of classes.</summary>
    public int ClassCount => _xpos.Length;
    /// <summary>Words tagged from the dictionary without the classifier.</summary>
    public int DictionarySize => _dictWords.Length;
    /// <summary>The Penn tag of class <paramref name="c"/>.</summary>
    public string Xpos(int c) => _xpos[c];
    /// <summary>The universal tag of class <paramref name="c"/>.</summary>
    public Upos Upos(int c) => _upos[c];

    /// <summary>Tags one sentence: word <c>i</c> is <c>text[starts[i]..ends[i]]</c>; writes class ids to <paramref name="classes"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes)
    {
        int n = starts.Length;
        if (n == 0) return;
        var hashes = ArrayPool<WordHashes>.Shared.Rent(n + 4);
        try
        {
            TaggerFeatures.Prepare(text, starts, ends, hashes, Clusters);
            Tag(hashes.AsSpan(0, n + 4), text, starts, ends, classes);
        }
        finally { ArrayPool<WordHashes>.Shared.Return(hashes); }
    }

    internal void Tag(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes)
    {
        int n = starts.Length;
        Span<int> buckets = stackalloc int[TaggerFeatures.Count];
        Span<int> scores = stackalloc int[_weights.Classes];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < n; i++)
        {
            int best;
            if (!_dictLookup.TryGetValue(text[starts[i]..ends[i]], out best))
            {
                TaggerFeatures.Extract(hashes, i, p1, p2, _weights.BucketBits, buckets);
                scores.Clear();
                _weights.Score(buckets, scores);
                best = ArgMax(scores);
            }
            classes[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    internal static int ArgMax(ReadOnlySpan<int> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best;
    }

    /// <summary>The class id of an "XPOS|UPOS" name, or -1.</summary>
    public int ClassOf(string xpos, Upos upos) => Array.IndexOf((string[])ClassNames, xpos + "|" + upos);

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream) => ModelFile.Write(stream, Component, w =>
    {
        w.Section("classes");
        w.Write(ClassNames);
        w.Section("dictionary");
        w.Write(_dictWords);
        w.Write(_dictClasses);
        Clusters.Write(w);
        _weights.Write(w);
    });

    /// <summary>Reads a model; a damaged or foreign file comes back as a failure with a reason.</summary>
    public static ModelLoadResult<PosTagger> Load(Stream stream) => ModelFile.Read(stream, Component, ReadPayload);

    private static PosTagger ReadPayload(ModelReader r)
    {
        r.Section("classes");
        var classes = r.ReadStrings();
        r.Section("dictionary");
        var words = r.ReadStrings();
        var dictClasses = r.ReadInts();
        if (words.Length != dictClasses.Length) throw new InvalidDataException("tag dictionary words and classes differ in length");
        var clusters = WordClusters.Read(r);
        var weights = WeightTable.Read(r);
        return new PosTagger(weights, classes, words, dictClasses, clusters);
    }
}
