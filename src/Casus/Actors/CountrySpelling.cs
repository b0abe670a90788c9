using Casus.Document;

namespace Casus.Actors;

/// <summary>
/// Reads a misspelt country name or demonym ("Ethopia", "Afganistan", "Phillippines", "Isreali") as the country it
/// is one slip away from. Wire copy and translated news misspell country names often, and a missed country costs the
/// whole event. A word qualifies only when it is a capitalised name the dictionaries do not know, tagged as a proper
/// noun (or, inside a sentence, a noun or adjective), at least <see cref="MinLength"/> letters long, not a first
/// name, a person's name word, a place of the gazetteer or the plural of a known word, one slip
/// (<see cref="IsSlip"/>) from a name of exactly one country, and no other country within two edits. The last rule
/// keeps neighbours apart: "Irani" is near both Iran and Iraqi and reads as neither. Rules in docs/formats/actors.md, "Misspelt country names".
/// Immutable and thread-safe.
/// </summary>
public sealed class CountrySpelling
{
    /// <summary>The fewest letters a word needs to be read as a misspelling (shorter names are each other's neighbours).</summary>
    public const int MinLength = 5;

    // Country names and demonyms of one word, by their first letter, lower-cased: misspellings keep the first letter.
    private readonly Dictionary<char, (string Lower, ActorEntry Entry)[]> _byInitial;
    // Words that are something else: the words of every dictionary phrase (people, organisations, roles) and first names.
    private readonly HashSet<string> _known;
    private readonly Func<string, bool> _isPlace;

    /// <summary>Creates the reader over the country entries of <paramref name="dictionary"/>.</summary>
    /// <param name="dictionary">The actor dictionary: its one-word country names and adjectives are the targets, and
    /// every word of every phrase is a known word that is never read as a misspelling.</param>
    /// <param name="knownWords">Further words never read as a misspelling (first names).</param>
    /// <param name="isPlace">True for a name the gazetteer knows as a place (a town is no misspelt country).</param>
    public CountrySpelling(ActorDictionary dictionary, IEnumerable<string> knownWords, Func<string, bool> isPlace)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(knownWords);
        _isPlace = isPlace ?? throw new ArgumentNullException(nameof(isPlace));
        _known = new HashSet<string>(knownWords, StringComparer.OrdinalIgnoreCase);
        var byInitial = new Dictionary<char, List<(string, ActorEntry)>>();
        foreach (var entry in dictionary.Entries)
        {
            foreach (var word in entry.Words) _known.Add(word);
            if (entry.Kind is not (ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective) || entry.Words.Count != 1) continue;
            var lower = entry.Words[0].ToLowerInvariant();
            if (lower.Length < 3 || !char.IsLetter(lower[0])) continue;
            if (!byInitial.TryGetValue(lower[0], out var list)) byInitial[lower[0]] = list = new List<(string, ActorEntry)>();
            list.Add((lower, entry));
        }
        _byInitial = byInitial.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>
    /// The country entry token <paramref name="index"/> of <paramref name="article"/> misspells, as a copy whose phrase
    /// says so (the evidence reads "actors/countries.txt:69 Ethiopia (read for 'Ethopia', 1 edit) → ETH"); null when
    /// the token is no such misspelling.
    /// </summary>
    public ActorEntry? Match(Article article, int index)
    {
        var token = article.Tokens[index];
        var word = token.Span;
        if (word.Length < MinLength || !char.IsUpper(word[0])) return null;
        for (int i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return null; // acronyms, hyphenated and possessive forms are left alone
        bool sentenceStart = token.IndexInSentence == 0;
        // Untagged text passes; tagged, a proper noun anywhere, a noun or adjective only inside the sentence (at its
        // start a capital says nothing: "Benign neglect" is no Benin).
        if (!(token.Upos is Upos.None or Upos.PROPN || !sentenceStart && token.Upos is Upos.NOUN or Upos.ADJ)) return null;
        // A word inside a longer name belongs to that name ("Giorgia Meloni", "Kenyon College", "Grand Bahama").
        if (index > 0 && !sentenceStart && IsNameWord(article.Tokens[index - 1], false)) return null;
        if (index + 1 < article.Tokens.Count && article.Tokens[index + 1].SentenceIndex == token.SentenceIndex
            && IsNameWord(article.Tokens[index + 1], true)) return null;
        if (!_byInitial.TryGetValue(char.ToLowerInvariant(word[0]), out var candidates)) return null;

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        ActorEntry? best = null;
        foreach (var (name, entry) in candidates)
        {
            if (name.Length < MinLength) continue;
            if (lower.SequenceEqual(name)) return null; // a known name in another case is the dictionary's business
            if (best is null && IsSlip(lower, name)) best = entry;
        }
        if (best is null) return null;
        // Another country within two edits of any kind (short names included) makes the word ambiguous: no reading.
        foreach (var (name, entry) in candidates)
            if (!entry.Code.Equals(best.Code) && Distance(lower, name, 2) <= 2) return null;
        // The plural of a known word is that word's plural, not a slip ("the Americas" is no American).
        if (lower[^1] == 's' && _known.Contains(word[..^1].ToString())) return null;
        var text = word.ToString();
        if (_known.Contains(text) || _isPlace(text)) return null;
        return best with { Phrase = $"{best.Phrase} (read for '{text}', one slip)" };
    }

    // A capitalised word that is part of a name: a proper noun, or untagged and inside the sentence.
    private static bool IsNameWord(Token token, bool after)
    {
        var text = token.Span;
        if (text.Length == 0 || !char.IsUpper(text[0])) return false;
        return token.Upos == Upos.PROPN || token.Upos == Upos.None && (after || token.IndexInSentence > 0);
    }

    /// <summary>
    /// True when <paramref name="a"/> is one typing slip from <paramref name="b"/>: a letter left out, added or doubled,
    /// two neighbouring letters swapped, or one vowel written for another ("Afghanestan"). A consonant written for
    /// another letter is no slip: such pairs are mostly different words ("Palawan" is no Palauan, "Americas" no
    /// American), while the slips of news copy keep the consonants ("Ethopia", "Phillippines", "Quatar", "Isreali").
    /// The last letter must stay: a changed ending makes another form of a word ("Antarctic", "Bahama", "Swede").
    /// </summary>
    internal static bool IsSlip(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length)
        {
            int i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            if (i >= a.Length - 1) return false;
            if (a[(i + 1)..].SequenceEqual(b[(i + 1)..])) return IsVowel(a[i]) && IsVowel(b[i]);
            return i + 2 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]);
        }
        if (Math.Abs(a.Length - b.Length) != 1) return false;
        var longer = a.Length > b.Length ? a : b;
        var shorter = a.Length > b.Length ? b : a;
        int k = 0;
        while (k < shorter.Length && longer[k] == shorter[k]) k++;
        if (k >= shorter.Length - 1 && longer[^1] != shorter[^1]) return false;
        return longer[(k + 1)..].SequenceEqual(shorter[k..]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Optimal string alignment distance (Levenshtein plus the swap of two neighbouring letters), or a value
    /// above <paramref name="limit"/> as soon as it must exceed it.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        int m = b.Length;
        Span<int> prev2 = stackalloc int[m + 1], prev = stackalloc int[m + 1], cur = stackalloc int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > limit) return limit + 1;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}
