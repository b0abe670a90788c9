using Casus.Language.Models;

namespace Casus.Language.Entities;

/// <summary>The name lists an <see cref="EntityGazetteer"/> knows; each marks the words of a matching phrase.</summary>
public enum GazetteerList
{
    /// <summary>People's names from the product's dictionaries (heads of state and government).</summary>
    Person = 0,
    /// <summary>Organisations: international organisations, companies, institutions.</summary>
    Organization = 1,
    /// <summary>Places: countries, capitals, subdivisions, cities, regions.</summary>
    Location = 2,
    /// <summary>Demonyms and country adjectives (Syrian, Americans): not names in UNER, but next to them.</summary>
    Demonym = 3,
    /// <summary>Phrases annotated as a person in the NER training data.</summary>
    TrainedPerson = 4,
    /// <summary>Phrases annotated as an organisation in the NER training data.</summary>
    TrainedOrganization = 5,
    /// <summary>Phrases annotated as a place in the NER training data.</summary>
    TrainedLocation = 6,
    /// <summary>Towns (population 5,000 or more, or a seat) and first-level divisions of the event-location
    /// gazetteer (data/gazetteer/geonames.tsv.gz); read by templates of its own, not the per-list ones.</summary>
    GeoPlace = 7,
}

/// <summary>Single-word classes an <see cref="EntityGazetteer"/> knows (bit flags in the word code).</summary>
[Flags]
public enum GazetteerWordClass
{
    /// <summary>No class.</summary>
    None = 0,
    /// <summary>A given name (John, Maria).</summary>
    FirstName = 1,
    /// <summary>A title or role word that precedes a person's name (Mr., Dr., President).</summary>
    Title = 2,
    /// <summary>A word that ends organisation names (Inc, Corp, University, Bank).</summary>
    OrganizationWord = 4,
    /// <summary>A word that ends place names (River, Street, County).</summary>
    PlaceWord = 8,
}

/// <summary>
/// Case-insensitive name lists for the entity recogniser's gazetteer features. <see cref="Mark"/> gives every word
/// of a sentence a code: for each <see cref="GazetteerList"/> the word's position in the longest listed phrase that
/// covers it (none, single, begin, inside, last; 3 bits per list), and its <see cref="GazetteerWordClass"/> flags
/// (bits 24–27). Immutable and thread-safe; stored inside the entity model so features and weights always agree.
/// </summary>
public sealed class EntityGazetteer
{
    /// <summary>Number of phrase lists.</summary>
    public const int ListCount = 8;
    /// <summary>The lists (the first ones) that the per-list templates 37–43 read; <see cref="GazetteerList.GeoPlace"/>,
    /// added later, has templates of its own.</summary>
    public const int FeatureListCount = 7;
    /// <summary>Bit where the word-class flags start in a word code.</summary>
    public const int WordClassShift = 24;
    /// <summary>Longest phrase, in words, that is matched.</summary>
    public const int MaxWords = 6;
    /// <summary>Bit where the sentence's <see cref="SentenceCase"/> starts in a word code (2 bits).</summary>
    public const int SentenceCaseShift = 28;
    /// <summary>Sentence case values: ordinary mixed case, no capital letter at all, mostly capitals, most longer
    /// words capitalised (a headline or a title line).</summary>
    public const int MixedCase = 0, LowerCase = 1, UpperCase = 2, TitleCase = 3;
    /// <summary>Position codes of a word within a matched phrase.</summary>
    public const int Single = 1, Begin = 2, Inside = 3, Last = 4;

    private const int MaxKeyChars = 96;

    private readonly Dictionary<string, int> _phrases; // lower-cased phrase (words joined by one space) → list bits
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly Dictionary<string, int> _words; // lower-cased word → bit 0: starts a phrase; bits 1..: word classes
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    /// <summary>A gazetteer that knows nothing.</summary>
    public static EntityGazetteer Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>());

    private EntityGazetteer(Dictionary<string, int> phrases, Dictionary<string, int> wordClasses)
    {
        _phrases = phrases;
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, c) in wordClasses) _words[w] = c << 1;
        foreach (var p in phrases.Keys)
        {
            int sp = p.IndexOf(' ');
            var first = sp < 0 ? p : p[..sp];
            _words[first] = _words.GetValueOrDefault(first) | 1;
        }
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of listed phrases.</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>The lists a phrase (any case, words separated by single spaces) belongs to, as bits by
    /// <see cref="GazetteerList"/>; 0 when it is in none.</summary>
    public int ListsOf(string phrase) => _phrases.GetValueOrDefault(Normalise(phrase));

    /// <summary>The position code (0 = not covered) of a word in list <paramref name="list"/>.</summary>
    public static int Position(int code, GazetteerList list) => (code >> (3 * (int)list)) & 7;

    /// <summary>The word-class flags of a word code.</summary>
    public static GazetteerWordClass WordClasses(int code) => (GazetteerWordClass)((code >> WordClassShift) & 15);

    /// <summary>The sentence case of a word code (<see cref="MixedCase"/>, <see cref="LowerCase"/>, ...).</summary>
    public static int SentenceCase(int code) => (code >> SentenceCaseShift) & 3;

    /// <summary>How the sentence whose words are <c>text[starts[i]..ends[i]]</c> is written: a capital letter means
    /// little in a sentence without any (web text written in lower case) or in one written in capitals or as a
    /// title, and much in ordinary mixed case.</summary>
    public static int SentenceCaseOf(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int n = starts.Length, words = 0, upper = 0, anyUpper = 0, longWords = 0, capitalised = 0;
        for (int i = 0; i < n; i++)
        {
            var w = text[starts[i]..ends[i]];
            int letters = 0, caps = 0;
            foreach (char ch in w)
            {
                if (!char.IsLetter(ch)) continue;
                letters++;
                if (char.IsUpper(ch)) caps++;
            }
            if (letters == 0) continue;
            words++;
            if (caps > 0) anyUpper++;
            if (letters >= 2 && caps == letters) upper++;
            if (letters >= 4) { longWords++; if (char.IsUpper(w[0])) capitalised++; }
        }
        if (words >= 3 && anyUpper == 0) return LowerCase;
        if (upper >= 2 && 2 * upper >= words) return UpperCase;
        if (longWords >= 3 && 4 * capitalised >= 3 * longWords) return TitleCase;
        return MixedCase;
    }

    /// <summary>Writes one code per word of a sentence whose words are <c>text[starts[i]..ends[i]]</c>.</summary>
    public void Mark(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> codes)
    {
        int n = starts.Length;
        codes[..n].Clear();
        if (_words.Count == 0) return;
        codes[..n].Fill(SentenceCaseOf(text, starts, ends) << SentenceCaseShift);
        Span<char> key = stackalloc char[MaxKeyChars];
        Span<int> keyEnds = stackalloc int[MaxWords];
        for (int i = 0; i < n; i++)
        {
            int firstLength = ends[i] - starts[i];
            if (firstLength <= 0 || firstLength > MaxKeyChars) continue;
            text[starts[i]..ends[i]].ToLowerInvariant(key);
            if (!_wordLookup.TryGetValue(key[..firstLength], out int info)) continue;
            codes[i] |= (info >> 1) << WordClassShift;
            if ((info & 1) == 0) continue;
            // Longest phrase first: a word inside "New York City" is marked by that phrase, not by "New York".
            int length = firstLength;
            int lastWord = i;
            keyEnds[0] = length;
            for (int j = i + 1; j < n && j - i < MaxWords; j++)
            {
                int wl = ends[j] - starts[j];
                if (length + 1 + wl > MaxKeyChars) break;
                key[length] = ' ';
                text[starts[j]..ends[j]].ToLowerInvariant(key[(length + 1)..]);
                length += 1 + wl;
                keyEnds[j - i] = length;
                lastWord = j;
            }
            int marked = 0; // lists already marked from this start by a longer phrase
            for (int j = lastWord; j >= i; j--)
            {
                if (!_phraseLookup.TryGetValue(key[..keyEnds[j - i]], out int lists)) continue;
                lists &= ~marked;
                if (lists == 0) continue;
                marked |= lists;
                for (int list = 0; list < ListCount; list++)
                {
                    if ((lists & (1 << list)) == 0) continue;
                    int shift = 3 * list;
                    for (int k = i; k <= j; k++)
                    {
                        if (((codes[k] >> shift) & 7) != 0) continue; // an earlier phrase already covers this word
                        int position = i == j ? Single : k == i ? Begin : k == j ? Last : Inside;
                        codes[k] |= position << shift;
                    }
                }
            }
        }
    }

    /// <summary>Lower-cases a phrase and collapses its white space to single spaces.</summary>
    public static string Normalise(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Writes the gazetteer.</summary>
    public void Write(ModelWriter w)
    {
        w.Section("gazetteer");
        var phrases = _phrases.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        w.Write(phrases.Select(p => p.Key).ToArray());
        w.Write(phrases.Select(p => p.Value).ToArray());
        var words = _words.Where(p => p.Value >> 1 != 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        w.Write(words.Select(p => p.Key).ToArray());
        w.Write(words.Select(p => p.Value >> 1).ToArray());
    }

    /// <summary>Reads a gazetteer written by <see cref="Write"/>.</summary>
    public static EntityGazetteer Read(ModelReader r)
    {
        r.Section("gazetteer");
        var keys = r.ReadStrings();
        var lists = r.ReadInts();
        var words = r.ReadStrings();
        var classes = r.ReadInts();
        if (keys.Length != lists.Length || words.Length != classes.Length) throw new InvalidDataException("gazetteer columns differ in length");
        var phrases = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++) phrases[keys[i]] = lists[i];
        var wc = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) wc[words[i]] = classes[i];
        return new EntityGazetteer(phrases, wc);
    }

    /// <summary>Collects phrases and word classes into an <see cref="EntityGazetteer"/>. Not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _phrases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

        /// <summary>Adds a phrase to a list. Phrases that are empty, too long or have more than
        /// <see cref="MaxWords"/> words are skipped; returns whether it was added.</summary>
        public bool Add(string phrase, GazetteerList list)
        {
            var key = Normalise(phrase);
            if (key.Length == 0 || key.Length > MaxKeyChars || key.Count(c => c == ' ') >= MaxWords) return false;
            if (!key.Any(char.IsLetter)) return false;
            _phrases[key] = _phrases.GetValueOrDefault(key) | (1 << (int)list);
            return true;
        }

        /// <summary>Adds a single word to a word class; returns whether it was added.</summary>
        public bool Add(string word, GazetteerWordClass wordClass)
        {
            var key = word.Trim().ToLowerInvariant();
            if (key.Length == 0 || key.Length > MaxKeyChars || key.Contains(' ')) return false;
            _words[key] = _words.GetValueOrDefault(key) | (int)wordClass;
            return true;
        }

        /// <summary>Removes the one-word phrases of the hand-made and dictionary lists (not the trained ones) that
        /// <paramref name="isCommonWord"/> says are ordinary lower-case words ("nice", "male", "car"): as list matches
        /// they would mostly mark words that are no name. Returns how many were removed.</summary>
        public int RemoveCommonWords(Func<string, bool> isCommonWord)
        {
            const int external = (1 << (int)GazetteerList.Person) | (1 << (int)GazetteerList.Organization) |
                                 (1 << (int)GazetteerList.Location) | (1 << (int)GazetteerList.Demonym) | (1 << (int)GazetteerList.GeoPlace);
            int removed = 0;
            foreach (var key in _phrases.Keys.Where(k => !k.Contains(' ') && (_phrases[k] & external) != 0 && isCommonWord(k)).ToList())
            {
                int rest = _phrases[key] & ~external;
                if (rest == 0) _phrases.Remove(key);
                else _phrases[key] = rest;
                removed++;
            }
            return removed;
        }

        /// <summary>The gazetteer built so far.</summary>
        public EntityGazetteer Build() => new(new Dictionary<string, int>(_phrases, StringComparer.Ordinal), new Dictionary<string, int>(_words, StringComparer.Ordinal));
    }
}
