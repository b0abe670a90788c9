using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// The ambiguity class of each training word: the set of tagger classes it carried in training ("run" →
/// {NN, VB, VBP}), as one hash. A feature on the ambiguity classes of the next words gives the greedy left-to-right
/// tagger a view of the right context's likely tags, and lets rare words share weights with others of the same class.
/// Words are looked up by exact form first, then by lower-cased form (a distinct value, so "The" at a sentence
/// start finds "the"). Immutable and thread-safe.
/// </summary>
public sealed class AmbiguityLexicon
{
    /// <summary>Value for a word the lexicon does not know.</summary>
    public const ulong Unknown = 0x7A3C_19E5_D2B4_8F61UL;
    /// <summary>Value for the padding before the first and after the last word.</summary>
    public const ulong Padding = 0x2B8E_54C1_F3A9_6D07UL;
    // Marks values found through the lower-cased form: they are weaker evidence than an exact match.
    private const ulong LowerMark = 0x9E37_79B9_7F4A_7C15UL;
    private const char LowerPrefix = '\u0001';

    private readonly string[] _keys;
    private readonly int[] _sets;
    private readonly string[] _setNames;
    private readonly ulong[] _setHashes;
    private readonly Dictionary<string, int> _map;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A lexicon that knows no word (every lookup gives <see cref="Unknown"/>).</summary>
    public static AmbiguityLexicon Empty { get; } = new([], [], []);

    /// <summary>Creates a lexicon: key <c>i</c> (an exact form, or <c>\u0001</c> + a lower-cased form) has the class set
    /// <c>setNames[sets[i]]</c>, written as increasing class ids joined by commas ("3,17").</summary>
    internal AmbiguityLexicon(string[] keys, int[] sets, string[] setNames)
    {
        if (keys.Length != sets.Length) throw new InvalidDataException("ambiguity keys and sets differ in length");
        _keys = keys;
        _sets = sets;
        _setNames = setNames;
        _setHashes = new ulong[setNames.Length];
        for (int i = 0; i < setNames.Length; i++) _setHashes[i] = FeatureHash.Of(setNames[i]);
        _map = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
        {
            if ((uint)sets[i] >= (uint)setNames.Length) throw new InvalidDataException($"ambiguity entry '{keys[i]}' names set {sets[i]} of {setNames.Length}");
            _map[keys[i]] = sets[i];
        }
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of entries (exact and lower-cased forms).</summary>
    public int Count => _keys.Length;

    /// <summary>Number of distinct class sets.</summary>
    public int SetCount => _setNames.Length;

    /// <summary>The ambiguity-class hash of <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public ulong Lookup(ReadOnlySpan<char> word)
    {
        if (_keys.Length == 0 || word.Length == 0 || word.Length > 63) return Unknown;
        if (_lookup.TryGetValue(word, out int set)) return _setHashes[set];
        Span<char> lower = stackalloc char[word.Length + 1];
        lower[0] = LowerPrefix;
        word.ToLowerInvariant(lower[1..]);
        return _lookup.TryGetValue(lower, out set) ? _setHashes[set] ^ LowerMark : Unknown;
    }

    /// <summary>Every entry with the value <see cref="Lookup"/> gives for it: exact forms, and lower-cased forms
    /// under their <c>\u0001</c>-prefixed key (for callers that merge the lexicon into their own word table).</summary>
    internal IEnumerable<(string Key, ulong Value)> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
            yield return (_keys[i], _keys[i][0] == LowerPrefix ? _setHashes[_sets[i]] ^ LowerMark : _setHashes[_sets[i]]);
    }

    /// <summary>True for a key that stands for a lower-cased form (not a form as written).</summary>
    internal static bool IsLowerKey(string key) => key.Length > 0 && key[0] == LowerPrefix;

    /// <summary>The key under which the lower-cased form of a word is stored, written into <paramref name="key"/>
    /// (length word + 1).</summary>
    internal static void LowerKey(ReadOnlySpan<char> word, Span<char> key)
    {
        key[0] = LowerPrefix;
        word.ToLowerInvariant(key[1..]);
    }

    /// <summary>The class set of <paramref name="word"/> as written in the model ("3,17"), or null when unknown.</summary>
    public string? SetOf(string word)
    {
        if (_map.TryGetValue(word, out int set)) return _setNames[set];
        return _map.TryGetValue(LowerPrefix + word.ToLowerInvariant(), out set) ? _setNames[set] : null;
    }

    /// <summary>Builds a lexicon from (form, class) occurrences. A form enters when seen at least
    /// <paramref name="minCount"/> times; its set holds the classes with at least <paramref name="minShare"/> of its
    /// occurrences (the rest are mostly annotation noise).</summary>
    public static AmbiguityLexicon Build(IEnumerable<(string Form, int Class)> occurrences, int minCount, double minShare)
    {
        var counts = Counts(occurrences);
        var keys = new List<string>();
        var setIds = new List<int>();
        var setIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var setNames = new List<string>();
        foreach (var key in counts.Keys.Order(StringComparer.Ordinal))
        {
            var set = SetName(counts[key], null, minCount, minShare);
            if (set is null) continue;
            if (!setIndex.TryGetValue(set, out int id)) { id = setNames.Count; setIndex[set] = id; setNames.Add(set); }
            keys.Add(key);
            setIds.Add(id);
        }
        return new AmbiguityLexicon(keys.ToArray(), setIds.ToArray(), setNames.ToArray());
    }

    /// <summary>Class counts per lexicon key (exact forms and <c>\u0001</c> + lower-cased forms).</summary>
    internal static Dictionary<string, SortedDictionary<int, int>> Counts(IEnumerable<(string Form, int Class)> occurrences)
    {
        var counts = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (form, cls) in occurrences)
        {
            if (form.Length == 0 || form.Length > 63) continue;
            Add(form);
            Add(LowerPrefix + form.ToLowerInvariant());
            void Add(string key)
            {
                if (!counts.TryGetValue(key, out var d)) counts[key] = d = new SortedDictionary<int, int>();
                d[cls] = d.GetValueOrDefault(cls) + 1;
            }
        }
        return counts;
    }

    /// <summary>The set name for a word's class counts, leaving out one occurrence of class <paramref name="without"/>
    /// when given; null when too rare.</summary>
    internal static string? SetName(SortedDictionary<int, int> counts, int? without, int minCount, double minShare)
    {
        int total = 0;
        foreach (var (c, k) in counts) total += c == without ? k - 1 : k;
        if (total < Math.Max(1, minCount)) return null;
        var sb = new System.Text.StringBuilder();
        foreach (var (c, k0) in counts)
        {
            int k = c == without ? k0 - 1 : k0;
            if (k <= 0 || k < minShare * total) continue;
            if (sb.Length > 0) sb.Append(',');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The hash <see cref="Lookup"/> gives for a set name found by exact (or lower-cased) form.</summary>
    internal static ulong HashOf(string? setName, bool lowered) =>
        setName is null ? Unknown : FeatureHash.Of(setName) ^ (lowered ? LowerMark : 0);

    /// <summary>Writes the lexicon.</summary>
    public void Write(ModelWriter w)
    {
        w.Section("ambiguity");
        w.Write(_setNames);
        w.Write(_keys);
        w.Write(_sets);
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/> (the section name already consumed when
    /// <paramref name="sectionRead"/>).</summary>
    public static AmbiguityLexicon Read(ModelReader r, bool sectionRead = false)
    {
        if (!sectionRead) r.Section("ambiguity");
        var setNames = r.ReadStrings();
        var keys = r.ReadStrings();
        var sets = r.ReadInts();
        return new AmbiguityLexicon(keys, sets, setNames);
    }
}
