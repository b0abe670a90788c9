using System.Buffers;
using Casus.Document;
using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed features that predicts
/// Penn XPOS and UPOS jointly (each class is one XPOS|UPOS pair seen in training), plus a dictionary of frequent
/// unambiguous words that skips the classifier. The features may include the ambiguity classes of the word and
/// its neighbours (<see cref="AmbiguityLexicon"/>), and a model may have a second pass that re-tags reading the
/// first pass's tags on both sides (<see cref="TaggerFeatureSet"/>). Immutable and thread-safe; load once and share.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The component name in model headers and <c>casus train --component</c>.</summary>
    public const string Component = "tagger";
    /// <summary>The resource the shipped model is embedded as.</summary>
    public const string ResourceName = "models/tagger.bin";

    private static readonly Lazy<PosTagger> Shipped = new(() => ModelFile.LoadEmbedded(ResourceName, Component, ReadPayload));

    private readonly TaggerPass[] _passes;
    // Dictionary class (-1: none) and ambiguity class of every word either table knows, for one lookup per word.
    private readonly Dictionary<string, WordInfo> _words;
    private readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    // The hashes (WordHashes.Of with Clusters) of every exact form the word table holds, computed at load: a known
    // word's hashes then cost one copy instead of nine string hashes, a shape pass and a cluster lookup.
    private readonly WordHashes[] _knownHashes = [];
    private readonly bool _usesAmbiguity;
    private readonly bool _usesSentenceCase;
    private readonly string[] _xpos;
    private readonly Upos[] _upos;
    // Per-class flags the clause templates read (ClauseKinds).
    private readonly byte[] _kinds;
    private readonly string[] _dictWords;
    private readonly int[] _dictClasses;
    private readonly Dictionary<string, int> _dict;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dictLookup;

    internal PosTagger(WeightTable weights, string[] classNames, string[] dictWords, int[] dictClasses, WordClusters clusters)
        : this([new TaggerPass(weights, TaggerFeatureSet.Base)], classNames, dictWords, dictClasses, clusters, AmbiguityLexicon.Empty)
    {
    }

    internal PosTagger(TaggerPass[] passes, string[] classNames, string[] dictWords, int[] dictClasses, WordClusters clusters, AmbiguityLexicon ambiguity)
    {
        Clusters = clusters;
        Ambiguity = ambiguity;
        if (passes.Length is < 1 or > 2) throw new InvalidDataException($"{passes.Length} tagging passes (1 or 2 expected)");
        foreach (var pass in passes)
        {
            if (pass.Weights.Classes != classNames.Length) throw new InvalidDataException("class names do not match the weight table");
            if (pass.Features > (TaggerFeatureSet.Ambiguity | TaggerFeatureSet.SecondPass | TaggerFeatureSet.SentenceCase | TaggerFeatureSet.AmbiguityContext | TaggerFeatureSet.ClusterContext | TaggerFeatureSet.Clause | TaggerFeatureSet.Document | TaggerFeatureSet.DocumentTags | TaggerFeatureSet.DocumentStyle)
                || ((pass.Features & TaggerFeatureSet.AmbiguityContext) != 0 && (pass.Features & TaggerFeatureSet.Ambiguity) == 0)) throw new InvalidDataException($"unknown tagger feature set {(int)pass.Features}");
            _usesAmbiguity |= (pass.Features & TaggerFeatureSet.Ambiguity) != 0;
            _usesSentenceCase |= (pass.Features & TaggerFeatureSet.SentenceCase) != 0;
            UsesDocument |= (pass.Features & (TaggerFeatureSet.Document | TaggerFeatureSet.DocumentTags)) != 0;
            UsesDocumentTags |= (pass.Features & TaggerFeatureSet.DocumentTags) != 0;
            UsesDocumentStyle |= (pass.Features & TaggerFeatureSet.DocumentStyle) != 0;
        }
        if ((passes[0].Features & TaggerFeatureSet.SecondPass) != 0 || passes.Skip(1).Any(p => (p.Features & TaggerFeatureSet.SecondPass) == 0))
            throw new InvalidDataException("only a later pass may read an earlier pass's tags");
        _passes = passes;
        ClassNames = classNames;
        _xpos = new string[classNames.Length];
        _upos = new Upos[classNames.Length];
        for (int i = 0; i < classNames.Length; i++)
        {
            int bar = classNames[i].IndexOf('|');
            _xpos[i] = bar < 0 ? classNames[i] : classNames[i][..bar];
            UposNames.TryParse(bar < 0 ? "" : classNames[i].AsSpan(bar + 1), out _upos[i]);
        }
        _kinds = ClauseKinds.Of(classNames);
        _dictWords = dictWords;
        _dictClasses = dictClasses;
        _dict = new Dictionary<string, int>(dictWords.Length, StringComparer.Ordinal);
        for (int i = 0; i < dictWords.Length; i++)
        {
            if ((uint)dictClasses[i] >= (uint)classNames.Length) throw new InvalidDataException($"tag dictionary entry '{dictWords[i]}' has class {dictClasses[i]} of {classNames.Length}");
            _dict[dictWords[i]] = dictClasses[i];
        }
        _dictLookup = _dict.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        if (_usesAmbiguity)
        {
            var known = new List<WordHashes>();
            foreach (var (key, value) in ambiguity.Entries())
                _words[key] = new WordInfo(-1, value, AmbiguityLexicon.IsLowerKey(key) ? -1 : Known(key));
            foreach (var (word, cls) in _dict)
                _words[word] = new WordInfo(cls, ambiguity.Lookup(word), _words.TryGetValue(word, out var had) && had.Hashes >= 0 ? had.Hashes : Known(word));
            _knownHashes = known.ToArray();

            int Known(string word)
            {
                known.Add(WordHashes.Of(word, clusters));
                return known.Count - 1;
            }
        }
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped model, loaded from Casus.dll on first use.</summary>
    public static PosTagger CreateDefault() => Shipped.Value;

    /// <summary>The ambiguity classes the features read (empty for a model without them).</summary>
    public AmbiguityLexicon Ambiguity { get; }
    /// <summary>True when the model reads document evidence (<see cref="DocumentCase"/>): callers that tag a whole
    /// document should pass each sentence's codes; without them a sentence is tagged as a document of its own.</summary>
    public bool UsesDocument { get; }
    /// <summary>True when the model reads the tag cache: after tagging each sentence of a document the caller records
    /// its classes (<see cref="DocumentCase.Remember"/>) before asking for the next sentence's codes.</summary>
    public bool UsesDocumentTags { get; }
    /// <summary>True when the codes must carry the document's style: build the document's <see cref="DocumentCase"/>
    /// with <c>UseStyle</c> (<see cref="NewDocument"/> does).</summary>
    public bool UsesDocumentStyle { get; }

    /// <summary>A document evidence counter as this model reads it.</summary>
    public DocumentCase NewDocument() => new() { UseStyle = UsesDocumentStyle };
    /// <summary>Number of decoding passes (2: a second pass re-tags reading the first pass's tags of the words to the right).</summary>
    public int PassCount => _passes.Length;
    /// <summary>The word clusters the features read.</summary>
    public WordClusters Clusters { get; }
    /// <summary>Class names, "XPOS|UPOS".</summary>
    public IReadOnlyList<string> ClassNames { get; }
    /// <summary>Number of classes.</summary>
    public int ClassCount => _xpos.Length;
    /// <summary>Words tagged from the dictionary without the classifier.</summary>
    public int DictionarySize => _dictWords.Length;
    /// <summary>The weights of decoding pass <paramref name="pass"/> (0-based).</summary>
    internal WeightTable PassWeights(int pass) => _passes[pass].Weights;
    /// <summary>The Penn tag of class <paramref name="c"/>.</summary>
    public string Xpos(int c) => _xpos[c];
    /// <summary>The universal tag of class <paramref name="c"/>.</summary>
    public Upos Upos(int c) => _upos[c];

    /// <summary>Tags one sentence: word <c>i</c> is <c>text[starts[i]..ends[i]]</c>; writes class ids to <paramref name="classes"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes) => Tag(text, starts, ends, classes, ReadOnlySpan<int>.Empty);

    /// <summary>Tags one sentence of a document: <paramref name="doc"/> holds the words' codes from the document's
    /// <see cref="DocumentCase"/> (empty: the sentence is its own document; ignored by models without document features).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes, ReadOnlySpan<int> doc)
    {
        int n = starts.Length;
        if (n == 0) return;
        var hashes = ArrayPool<WordHashes>.Shared.Rent(n + 4);
        try
        {
            TagAndHash(hashes.AsSpan(0, n + 4), text, starts, ends, classes, doc);
        }
        finally { ArrayPool<WordHashes>.Shared.Return(hashes); }
    }

    /// <summary>Tags one sentence as <see cref="Tag(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int})"/>
    /// does, and leaves the words' hashes in <paramref name="hashes"/>, where the entity recogniser can reuse them
    /// (<see cref="Entities.EntityRecognizer.Recognize(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int}, SentenceHashes)"/>).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes, SentenceHashes hashes) =>
        Tag(text, starts, ends, classes, hashes, ReadOnlySpan<int>.Empty);

    /// <summary>As the overload without <paramref name="doc"/>, for one sentence of a document (see
    /// <see cref="Tag(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int}, ReadOnlySpan{byte})"/>).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes, SentenceHashes hashes, ReadOnlySpan<int> doc)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        if (starts.Length == 0) return;
        TagAndHash(hashes.Reserve(starts.Length, Clusters), text, starts, ends, classes, doc);
    }

    // Hashes the words into `hashes` (padded, length n + 4) and tags them; with the word table the hashes of known
    // words are copied from it during the one lookup per word that also gives their dictionary and ambiguity classes.
    private void TagAndHash(Span<WordHashes> hashes, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes, ReadOnlySpan<int> doc)
    {
        if (!_usesAmbiguity)
        {
            TaggerFeatures.Prepare(text, starts, ends, hashes, Clusters);
            Tag(hashes, default, text, starts, ends, classes, doc);
            return;
        }
        Tag(hashes, hashes, text, starts, ends, classes, doc);
    }

    internal void Tag(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes)
    {
        Tag(hashes, default, text, starts, ends, classes, ReadOnlySpan<int>.Empty);
    }

    // Tags reading `hashes`; when `fill` is not empty it is the same buffer, which the word lookup fills first.
    private void Tag(ReadOnlySpan<WordHashes> hashes, Span<WordHashes> fill, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> classes, ReadOnlySpan<int> doc)
    {
        int n = starts.Length;
        if (n == 0) return;
        int[]? own = null;
        if (UsesDocument && doc.IsEmpty)
        {
            // No document given: the sentence is a document of its own.
            own = ArrayPool<int>.Shared.Rent(n);
            DocumentCase.SentenceOnly(text, starts, ends, own, UsesDocumentStyle);
            doc = own.AsSpan(0, n);
        }
        else if (!UsesDocument) doc = default;
        var pool = ArrayPool<int>.Shared;
        var fixedClass = pool.Rent(n);
        var first = _passes.Length > 1 ? pool.Rent(n + 4) : null;
        var amb = _usesAmbiguity ? ArrayPool<ulong>.Shared.Rent(n + 4) : null;
        try
        {
            if (amb is null)
                for (int i = 0; i < n; i++) fixedClass[i] = _dictLookup.TryGetValue(text[starts[i]..ends[i]], out int c) ? c : -1;
            else LookUpWords(text, starts, ends, fixedClass, amb, fill);
            var ambSpan = amb is null ? default : amb.AsSpan(0, n + 4);
            int sentenceCase = _usesSentenceCase ? TaggerFeatures.SentenceCase(text, starts, ends) : 0;
            Decode(_passes[0].Weights, _passes[0].Features, hashes, ambSpan, default, sentenceCase, fixedClass.AsSpan(0, n), classes, _kinds, doc);
            for (int p = 1; p < _passes.Length; p++)
            {
                // The next pass reads this pass's tags on both sides of each word.
                first![0] = first[1] = -1;
                first[n + 2] = first[n + 3] = -2;
                classes[..n].CopyTo(first.AsSpan(2));
                Decode(_passes[p].Weights, _passes[p].Features, hashes, ambSpan, first.AsSpan(0, n + 4), sentenceCase, fixedClass.AsSpan(0, n), classes, _kinds, doc);
            }
        }
        finally
        {
            pool.Return(fixedClass);
            if (first != null) pool.Return(first);
            if (amb != null) ArrayPool<ulong>.Shared.Return(amb);
            if (own != null) ArrayPool<int>.Shared.Return(own);
        }
    }

    // One hash lookup per word gives its dictionary class, its ambiguity class and (when `hashes` is not empty, to be
    // filled) its word hashes; only words not found as written take a second lookup of their lower-cased form (same
    // values as AmbiguityLexicon.Lookup) and are hashed here.
    private void LookUpWords(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> fixedClass, Span<ulong> amb, Span<WordHashes> hashes)
    {
        int n = starts.Length;
        amb[0] = amb[1] = amb[n + 2] = amb[n + 3] = AmbiguityLexicon.Padding;
        bool fill = !hashes.IsEmpty;
        if (fill)
        {
            hashes[0] = hashes[1] = WordHashes.Padding(TaggerFeatures.Start);
            hashes[n + 2] = hashes[n + 3] = WordHashes.Padding(TaggerFeatures.End);
        }
        Span<char> key = stackalloc char[64];
        for (int i = 0; i < n; i++)
        {
            var word = text[starts[i]..ends[i]];
            if (_wordLookup.TryGetValue(word, out var info))
            {
                fixedClass[i] = info.Class;
                amb[i + 2] = info.Ambiguity;
                if (fill) hashes[i + 2] = info.Hashes >= 0 ? _knownHashes[info.Hashes] : WordHashes.Of(word, Clusters);
                continue;
            }
            fixedClass[i] = -1;
            amb[i + 2] = AmbiguityLexicon.Unknown;
            if (fill) hashes[i + 2] = WordHashes.Of(word, Clusters);
            if (word.Length == 0 || word.Length > 63) continue;
            AmbiguityLexicon.LowerKey(word, key);
            if (_wordLookup.TryGetValue(key[..(word.Length + 1)], out info)) amb[i + 2] = info.Ambiguity;
        }
    }

    /// <summary>Greedy left-to-right decoding of one pass. Words with <c>fixedClass[i] &gt;= 0</c> (tag dictionary)
    /// skip the classifier.</summary>
    internal static void Decode(WeightTable weights, TaggerFeatureSet set, ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, ReadOnlySpan<int> first,
        int sentenceCase, ReadOnlySpan<int> fixedClass, Span<int> classes, ReadOnlySpan<byte> kinds, ReadOnlySpan<int> doc = default)
    {
        int n = fixedClass.Length;
        bool clauseOn = (set & TaggerFeatureSet.Clause) != 0;
        var clause = default(ClauseContext);
        Span<int> buckets = stackalloc int[TaggerFeatures.CountFor(set)];
        Span<int> scores = stackalloc int[weights.Classes];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < n; i++)
        {
            int best = fixedClass[i];
            if (best < 0)
            {
                TaggerFeatures.Extract(set, w, amb, first, sentenceCase, clause, doc, i, p1, p2, weights.BucketBits, buckets);
                scores.Clear();
                weights.Score(buckets, scores);
                best = ArgMax(scores);
            }
            classes[i] = best;
            if (clauseOn) clause.Advance(best, kinds);
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
        w.Section("passes");
        w.Write(_passes.Select(p => (int)p.Features).ToArray());
        w.Section("dictionary");
        w.Write(_dictWords);
        w.Write(_dictClasses);
        Ambiguity.Write(w);
        Clusters.Write(w);
        foreach (var p in _passes) p.Weights.Write(w);
    });

    /// <summary>Reads a model; a damaged or foreign file comes back as a failure with a reason.</summary>
    public static ModelLoadResult<PosTagger> Load(Stream stream) => ModelFile.Read(stream, Component, ReadPayload);

    private static PosTagger ReadPayload(ModelReader r)
    {
        r.Section("classes");
        var classes = r.ReadStrings();
        // Models written before the two-pass tagger go straight on to the dictionary: one base pass, no ambiguity classes.
        var next = r.ReadSectionName();
        int[] features = [(int)TaggerFeatureSet.Base];
        bool layered = next == "passes";
        if (layered)
        {
            features = r.ReadInts();
            r.Section("dictionary");
        }
        else if (next != "dictionary") throw new InvalidDataException($"expected section 'passes' or 'dictionary', found '{next}'");
        var words = r.ReadStrings();
        var dictClasses = r.ReadInts();
        if (words.Length != dictClasses.Length) throw new InvalidDataException("tag dictionary words and classes differ in length");
        if (features.Length is < 1 or > 2) throw new InvalidDataException($"{features.Length} tagging passes (1 or 2 expected)");
        var ambiguity = layered ? AmbiguityLexicon.Read(r) : AmbiguityLexicon.Empty;
        var clusters = WordClusters.Read(r);
        var passes = new TaggerPass[features.Length];
        for (int p = 0; p < passes.Length; p++) passes[p] = new TaggerPass(WeightTable.Read(r), (TaggerFeatureSet)features[p]);
        return new PosTagger(passes, classes, words, dictClasses, clusters, ambiguity);
    }
}

/// <summary>One decoding pass of the tagger: its weights and the template groups they were trained on.</summary>
internal readonly record struct TaggerPass(WeightTable Weights, TaggerFeatureSet Features);

/// <summary>What the tagger's word table holds for one form: dictionary class (-1: none), ambiguity class, and the
/// index of the form's precomputed hashes (-1 for lower-cased lexicon keys, which are not forms).</summary>
internal readonly record struct WordInfo(int Class, ulong Ambiguity, int Hashes);
