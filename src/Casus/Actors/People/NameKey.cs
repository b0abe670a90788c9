using System.Globalization;

namespace Casus.Actors.People;

/// <summary>
/// Maps the spellings of a personal name to one lookup key, so that transliteration variants, accents, Arabic
/// articles and tokenisation meet: "Muammar Gaddafi", "Moammar Qaddafi" and "Muammar al-Kadhafi" share a key, as do
/// "Nawaf al-Fares", "Nawaf Fares" and the tokens "Nawaf al - Fares", or "Sicília" and "Sicilia".
/// A key is a folding, not a spelling: two different names may share one (that is the price of matching
/// variants); the people lookup guards against that with the article date and the in-article context.
/// Pure functions, thread-safe.
/// </summary>
/// <remarks>
/// Folding steps, in order (each written for a family of variants, not for one name):
/// <list type="number">
/// <item>Accents and other marks are removed (NFD, marks dropped; ø ł ß æ œ đ ð þ ı mapped by hand); case is dropped.</item>
/// <item>Words are split at spaces, hyphens and apostrophes ("al-Assad", "al - Assad" and "al Assad" agree).</item>
/// <item>Particles are dropped: Arabic articles (al, el, ul, ad, ar, as, ash, at, az, an, ud) and European
///   ones (de, da, di, du, del, della, van, von, der, den, ter), so "Bashar Assad" meets "Bashar al-Assad".
///   After "Abd" the article is kept and joined ("Abd al-Aziz" = "Abdulaziz" = "Abdel-Aziz").</item>
/// <item>"ibn" is written "bin" (both are "son of").</item>
/// <item>Single-letter initials are dropped when two full words remain ("Joseph R. Biden" = "Joseph Biden").</item>
/// <item>The remaining words are joined without spaces ("Ali Reza" = "Alireza", "Jong-un" = "Jongun"), each folded
///   by the steps below on its own, so no digraph or vowel run spans two words.</item>
/// <item>A word-initial "ye" is "e" (Cyrillic Е: Yeltsin/Eltsin, Yevgeny/Evgeny).</item>
/// <item>Consonant digraphs of romanisation fold: ph→f, dh→d, th→t, kh→k, gh→g, sch→sh, dj→j, ck→k; then
///   q, g and c before a/o/u → k (qaf is written q, g or k: Qaddafi, Gaddafi, Kadhafi); w → v.</item>
/// <item>An h after a vowel and before a consonant or the end is dropped (Abdullah/Abdulla, Ahmed/Amed).</item>
/// <item>Every run of vowels (a e i o u, and y after the first letter) becomes one "a", so ou/u, ei/ey, ee/i,
///   e/a (Mohammed/Muhammad, Hussein/Husayn, Fares/Faris, Zelensky/Zelenskyy) agree.</item>
/// <item>Doubled consonants collapse (Mohammed/Mohamed, Qaddafi/Kadafi).</item>
/// </list>
/// </remarks>
public static class NameKey
{
    private static readonly HashSet<string> ParticleSet = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ud",
        "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = ParticleSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The key of a whole name written as one string ("Muammar al-Gaddafi"); empty when nothing is left.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return OfWord(name.AsSpan());
    }

    /// <summary>The key of a name given as words or tokens (tokens such as "-" or "'" are ignored).</summary>
    public static string OfWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var plain = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            foreach (var raw in words) AppendPlain(ref plain, raw.AsSpan());
            return KeyOfPlain(plain.Written);
        }
        finally { plain.Dispose(); }
    }

    /// <summary>The key of tokens <c>[start, end)</c> of <paramref name="article"/> read as the words of one name
    /// (what <see cref="OfWords"/> gives for their texts, without a string per token).</summary>
    public static string OfTokens(Casus.Document.Article article, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Tokens;
        var plain = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            for (int i = start; i < end; i++) AppendPlain(ref plain, tokens[i].Span);
            return KeyOfPlain(plain.Written);
        }
        finally { plain.Dispose(); }
    }

    /// <summary>The key of one word (a surname: "Fares", "al-Assad" → the key of "Assad").</summary>
    public static string OfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return OfWord(word.AsSpan());
    }

    /// <summary>The key of one word, read from a span (a token of the article text).</summary>
    public static string OfWord(ReadOnlySpan<char> word)
    {
        var plain = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            AppendPlain(ref plain, word);
            return KeyOfPlain(plain.Written);
        }
        finally { plain.Dispose(); }
    }

    /// <summary>
    /// The key with one distinction more: in a word of one syllable, a vowel run that sounds two vowels ("ie", "ua",
    /// "ao", "ei", "ay") stays apart from one vowel ("i", "a", "e"), so "Lien Chan" and "Lin Chuan" (two premiers of
    /// Taiwan), "Liu He" and "Lu Hao" differ, while longer words (Alexios/Alexis) and spellings of one vowel still
    /// agree: doubled letters (ee/e, yy/y), a vowel y after i
    /// (Zelenskiy/Zelensky), the French "ou" for u (Abdou/Abdu, Rouhani/Rohani) and the vowel letters themselves
    /// (Mohammed/Muhammad, Hussein/Husayn). Used where two spellings of one key must be judged one person or two
    /// (<see cref="PersonDirectory"/>); lookups keep the looser <see cref="Of"/>.
    /// </summary>
    public static string Shape(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            AppendPlain(ref plain, name.AsSpan());
            return KeyOfPlain(plain.Written, keepDiphthongs: true);
        }
        finally { plain.Dispose(); }
    }

    /// <summary>
    /// A stricter key for a word standing alone with no context (a short form such as "Gaddafi"): the same steps
    /// except the vowel folding (step 10), so consonant spellings still meet ("Qaddafi", "Kadhafi", "Zelenskyy") but
    /// a different word with the same consonants does not ("Raisi" is not "Russia").
    /// </summary>
    public static string Strict(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Strict(word.AsSpan());
    }

    /// <summary><see cref="Strict(string)"/> of a span (a token of the article text).</summary>
    public static string Strict(ReadOnlySpan<char> word)
    {
        var plain = new CharBuffer(stackalloc char[StackChars]);
        var joined = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            AppendPlain(ref plain, word);
            var text = plain.Written;
            for (int i = 0; i < text.Length;)
            {
                int from = i, to = NextPart(text, ref i, ref from);
                if (to < 0) break;
                var part = text[from..to];
                if (!Particles.Contains(part)) joined.Append(part);
            }
            return Fold(joined.Written, foldVowels: false);
        }
        finally
        {
            plain.Dispose();
            joined.Dispose();
        }
    }

    /// <summary>A name's spelling without case, accents, spaces or punctuation: "Abdel Fattah el-Sisi" →
    /// "abdelfattahelsisi". Two names with one key but different spellings may be two people.</summary>
    public static string Spelling(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = new CharBuffer(stackalloc char[StackChars]);
        var letters = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            AppendPlain(ref plain, name.AsSpan());
            foreach (char c in plain.Written) if (char.IsLetter(c)) letters.Append(c);
            return new string(letters.Written);
        }
        finally
        {
            plain.Dispose();
            letters.Dispose();
        }
    }

    /// <summary>True when <paramref name="word"/> is a name particle that the key drops (al, el, de, van, ...).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 8)];
        if (word.Length > 8) return false;
        word.ToLowerInvariant(lower);
        return Particles.Contains(lower);
    }

    // Keys are built in a char buffer on the stack (a name rarely has more than a few dozen letters) and only the key
    // itself is allocated: the people lookup computes keys for every name-like token run of every article.
    private const int StackChars = 128;

    // Steps 2 to 6 over text already plain (see AppendPlain): the letter runs are the words; particles go (except after
    // "abd"), "ibn" is "bin", initials go when two full words remain, and the rest is joined, each word folded alone
    // (steps 7 to 11).
    private static string KeyOfPlain(ReadOnlySpan<char> plain, bool keepDiphthongs = false)
    {
        // First walk: how many full words (two letters or more) survive the particle rule.
        int full = 0;
        ReadOnlySpan<char> previous = default;
        bool any = false;
        for (int i = 0; i < plain.Length;)
        {
            int from = i, to = NextPart(plain, ref i, ref from);
            if (to < 0) break;
            var part = plain[from..to];
            if (Dropped(part, previous, any)) continue;
            if (part.Length > 1) full++;
            previous = part;
            any = true;
        }
        // Initials go when two full words remain: "Joseph R. Biden" = "Joseph Biden", but "J. R. Semeleer" keeps them.
        bool dropInitials = full >= 2;
        // Each word folds alone: a digraph or vowel run may not span two words ("Ahmed Hussen" is no "Ahmed
        // Yassin": across the words "d h" would read as the digraph dh, and a word-initial y as a vowel).
        // A folded word is never longer than the word, so the key fits in plain's length, and so does the scratch
        // space of one word's fold.
        char[]? rented = plain.Length > StackChars ? System.Buffers.ArrayPool<char>.Shared.Rent(2 * plain.Length) : null;
        Span<char> buffer = rented ?? stackalloc char[2 * StackChars];
        try
        {
            var key = buffer[..plain.Length];
            var scratch = buffer.Slice(plain.Length, plain.Length);
            int length = 0;
            previous = default;
            any = false;
            for (int i = 0; i < plain.Length;)
            {
                int from = i, to = NextPart(plain, ref i, ref from);
                if (to < 0) break;
                var part = plain[from..to];
                if (Dropped(part, previous, any)) continue;
                previous = part;
                any = true;
                if (dropInitials && part.Length == 1) continue;
                // "ibn" and "bin" are one word ("son of") in two transliterations: "Abdulaziz ibn Saud" = "bin Saud".
                var word = part.SequenceEqual("ibn") ? "bin".AsSpan() : part;
                length += Fold(word, scratch, key[length..], foldVowels: true, keepDiphthongs);
            }
            return length == 0 ? "" : new string(key[..length]);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    // A particle is dropped wherever it stands ("Al Nahyan" = "Nahyan"), except after "Abd" (the last word kept).
    private static bool Dropped(ReadOnlySpan<char> part, ReadOnlySpan<char> previous, bool any)
        => Particles.Contains(part) && !(any && previous.SequenceEqual("abd"));

    // The next letter run at or after i: sets from to its start and returns its end (i moves past it), or -1 when
    // none is left.
    private static int NextPart(ReadOnlySpan<char> text, ref int i, ref int from)
    {
        while (i < text.Length && !char.IsLetter(text[i])) i++;
        if (i >= text.Length) return -1;
        from = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }

    // Precomposed Latin letters with marks and their base letters (generated from Unicode decompositions), because
    // the library runs with invariant globalization, where string.Normalize does not decompose.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy";

    // Step 1 for one word: accents removed, lower case, appended to the buffer, then a space so that the word's
    // last letter run and the next word's first stay two words.
    private static void AppendPlain(ref CharBuffer sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var l = char.ToLowerInvariant(c);
            int a = l > 0x7f ? Accented.IndexOf(l) : -1;
            if (a >= 0) { sb.Append(Unaccented[a]); continue; }
            switch (l)
            {
                case 'ø': sb.Append('o'); break;
                case 'ł': sb.Append('l'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'đ': sb.Append('d'); break;
                // Icelandic eth, and the look-alike capital Ð (U+00D0) that text often sets for the Vietnamese and
                // South Slavic Đ (U+0110): both are written "d" in plain spellings ("Guðni"/"Gudni", "Ðỗ"/"Do").
                case 'ð': sb.Append('d'); break;
                case 'þ': sb.Append("th"); break;
                case 'ı': sb.Append('i'); break;
                default: sb.Append(l); break;
            }
        }
        sb.Append(' ');
    }

    private static bool IsVowel(ReadOnlySpan<char> s, int i) => s[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (s[i] == 'y' && i > 0);

    // Steps 7 to 11 of the class remarks over one text (a word, or Strict's joined words), as a string.
    private static string Fold(ReadOnlySpan<char> s, bool foldVowels)
    {
        if (s.Length == 0) return "";
        char[]? rented = s.Length > StackChars ? System.Buffers.ArrayPool<char>.Shared.Rent(2 * s.Length) : null;
        Span<char> buffer = rented ?? stackalloc char[2 * StackChars];
        try
        {
            int length = Fold(s, buffer.Slice(s.Length, s.Length), buffer[..s.Length], foldVowels);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Steps 7 to 11 of the class remarks, over lower-case ASCII-ish letters: s folded into key (returns the length
    // written), with scratch for the first pass. Neither pass lengthens the text, so both need only s's length.
    private static int Fold(ReadOnlySpan<char> s, Span<char> scratch, Span<char> key, bool foldVowels, bool keepDiphthongs = false)
    {
        if (s.Length == 0) return 0;
        // Steps 7 and 8: a word-initial "ye", then digraphs, then single letters.
        var a = scratch;
        int at = 0;
        // Cyrillic Е opening a word is written "Ye" or "E" (Yeltsin/Eltsin, Yevgeny/Evgeny): the y goes.
        for (int i = s.Length > 2 && s[0] == 'y' && s[1] == 'e' ? 1 : 0; i < s.Length; i++)
        {
            char c = s[i];
            char n = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 's' && n == 'c' && i + 2 < s.Length && s[i + 2] == 'h') { a[at++] = 's'; a[at++] = 'h'; i += 2; continue; }
            if (n == 'h' && c is 'p' or 'd' or 't' or 'k' or 'g')
            {
                a[at++] = c switch { 'p' => 'f', 'g' => 'k', _ => c };
                i++;
                continue;
            }
            if (c == 'd' && n == 'j') { a[at++] = 'j'; i++; continue; }
            if (c == 'c' && n == 'k') { a[at++] = 'k'; i++; continue; }
            if (c is 'q' or 'g') { a[at++] = 'k'; continue; }
            if (c == 'c' && n is 'a' or 'o' or 'u') { a[at++] = 'k'; continue; }
            if (c == 'w') { a[at++] = 'v'; continue; }
            a[at++] = c;
        }
        ReadOnlySpan<char> t = a[..at];
        // A diphthong is told apart only in a word of one syllable (one vowel run), the syllable words of Chinese,
        // Korean and Vietnamese names, where "Lien" and "Lin", "Chuan" and "Chan" are different names; in longer
        // words an added vowel is a transliteration (Alexios/Alexis, Saulius/Saulis, Barkai/Barki).
        if (keepDiphthongs && VowelRuns(t) != 1) keepDiphthongs = false;
        // Steps 9 to 11.
        var b = key;
        int bt = 0;
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (foldVowels && IsVowel(t, i))
            {
                if (i > 0 && IsVowel(t, i - 1)) continue; // the run's first vowel wrote it
                b[bt++] = 'a';
                // "ae" is never longer than the run it stands for (two vowels at least), so the key still fits.
                if (keepDiphthongs && IsDiphthong(t, i)) b[bt++] = 'e';
                continue;
            }
            if (c == 'h' && i > 0 && IsVowel(t, i - 1) && (i + 1 == t.Length || !IsVowel(t, i + 1))) continue;
            if (!foldVowels && c == 'y' && i > 0) c = 'i'; // Zelensky/Zelenskyy/Zelenski
            if (bt > 0 && b[bt - 1] == c) continue;
            b[bt++] = c;
        }
        return bt;
    }

    private static int VowelRuns(ReadOnlySpan<char> t)
    {
        int runs = 0;
        for (int i = 0; i < t.Length; i++)
            if (IsVowel(t, i) && (i == 0 || !IsVowel(t, i - 1))) runs++;
        return runs;
    }

    // True when the vowel run starting at i sounds two vowels or more: letters counted after a vowel y is read as i,
    // a doubled letter as one and "ou" as u (French transliteration: Abdou, Rouhani), so "ie", "ua", "ei", "ay" and
    // "oua" are diphthongs and "ee", "iy", "yy", "ou" are not.
    private static bool IsDiphthong(ReadOnlySpan<char> t, int i)
    {
        int distinct = 0;
        char previous = '\0';
        for (int j = i; j < t.Length && IsVowel(t, j); j++)
        {
            char c = t[j] == 'y' ? 'i' : t[j];
            if (c == 'u' && previous == 'o') { previous = 'u'; continue; }
            if (c == previous) continue;
            distinct++;
            previous = c;
        }
        return distinct >= 2;
    }

    // A growable char buffer: starts on the stack, moves to a pooled array when a long name outgrows it.
    private ref struct CharBuffer
    {
        private Span<char> _chars;
        private char[]? _rented;
        private int _length;

        public CharBuffer(Span<char> initial)
        {
            _chars = initial;
            _rented = null;
            _length = 0;
        }

        public readonly ReadOnlySpan<char> Written => _chars[.._length];

        public void Append(char c)
        {
            if (_length == _chars.Length) Grow(1);
            _chars[_length++] = c;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _chars.Length) Grow(text.Length);
            text.CopyTo(_chars[_length..]);
            _length += text.Length;
        }

        private void Grow(int more)
        {
            var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
            _chars[.._length].CopyTo(bigger);
            if (_rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(_rented);
            _chars = _rented = bigger;
        }

        public void Dispose()
        {
            if (_rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
