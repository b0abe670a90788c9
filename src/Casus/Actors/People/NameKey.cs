using System.Globalization;
using System.Text;

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
/// <item>Accents and other marks are removed (NFD, marks dropped; ø ł ß æ đ ı mapped by hand); case is dropped.</item>
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
        return OfWords(SplitWords(name));
    }

    /// <summary>The key of a name given as words or tokens (tokens such as "-" or "'" are ignored).</summary>
    public static string OfWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var parts = new List<string>();
        string? previous = null;
        foreach (var raw in words)
        {
            foreach (var part in SplitWords(raw))
            {
                if (part.Length == 0) continue;
                // A particle is dropped wherever it stands ("Al Nahyan" = "Nahyan"), except after "Abd".
                if (Particles.Contains(part) && previous != "abd") continue;
                // "ibn" and "bin" are one word ("son of") in two transliterations: "Abdulaziz ibn Saud" = "bin Saud".
                parts.Add(part == "ibn" ? "bin" : part);
                previous = part;
            }
        }
        // Initials go when two full words remain: "Joseph R. Biden" = "Joseph Biden", but "J. R. Semeleer" keeps them.
        if (parts.Count(p => p.Length > 1) >= 2) parts.RemoveAll(p => p.Length == 1);
        // Each word folds alone: a digraph or vowel run may not span two words ("Ahmed Hussen" is no "Ahmed
        // Yassin": across the words "d h" would read as the digraph dh, and a word-initial y as a vowel).
        var sb = new StringBuilder();
        foreach (var p in parts) sb.Append(Fold(p));
        return sb.ToString();
    }

    /// <summary>The key of one word (a surname: "Fares", "al-Assad" → the key of "Assad").</summary>
    public static string OfWord(string word) => OfWords([word]);

    /// <summary>
    /// A stricter key for a word standing alone with no context (a short form such as "Gaddafi"): the same steps
    /// except the vowel folding (step 10), so consonant spellings still meet ("Qaddafi", "Kadhafi", "Zelenskyy") but
    /// a different word with the same consonants does not ("Raisi" is not "Russia").
    /// </summary>
    public static string Strict(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var parts = SplitWords(word).Where(p => !Particles.Contains(p));
        return Fold(string.Concat(parts), foldVowels: false);
    }

    /// <summary>A name's spelling without case, accents, spaces or punctuation: "Abdel Fattah el-Sisi" →
    /// "abdelfattahelsisi". Two names with one key but different spellings may be two people.</summary>
    public static string Spelling(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (char c in Plain(name)) if (char.IsLetter(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>True when <paramref name="word"/> is a name particle that the key drops (al, el, de, van, ...).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 8)];
        if (word.Length > 8) return false;
        word.ToLowerInvariant(lower);
        return Particles.Contains(lower);
    }

    // Lower-cased, accent-free letter runs of a string: "al-Assad" → "al", "assad"; "O'Brien" → "o", "brien".
    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in Plain(text))
        {
            if (char.IsLetter(c)) sb.Append(c);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    // Precomposed Latin letters with marks and their base letters (generated from Unicode decompositions), because
    // the library runs with invariant globalization, where string.Normalize does not decompose.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy";

    // Accents removed, lower case.
    private static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
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
                case 'ı': sb.Append('i'); break;
                default: sb.Append(l); break;
            }
        }
        return sb.ToString();
    }

    private static bool IsVowel(string s, int i) => s[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (s[i] == 'y' && i > 0);

    // Steps 7 to 11 of the class remarks, over lower-case ASCII-ish letters.
    private static string Fold(string s, bool foldVowels = true)
    {
        if (s.Length == 0) return s;
        // Steps 7 and 8: a word-initial "ye", then digraphs, then single letters.
        var a = new StringBuilder(s.Length);
        // Cyrillic Е opening a word is written "Ye" or "E" (Yeltsin/Eltsin, Yevgeny/Evgeny): the y goes.
        for (int i = s.Length > 2 && s[0] == 'y' && s[1] == 'e' ? 1 : 0; i < s.Length; i++)
        {
            char c = s[i];
            char n = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 's' && n == 'c' && i + 2 < s.Length && s[i + 2] == 'h') { a.Append("sh"); i += 2; continue; }
            if (n == 'h' && c is 'p' or 'd' or 't' or 'k' or 'g')
            {
                a.Append(c switch { 'p' => 'f', 'g' => 'k', _ => c });
                i++;
                continue;
            }
            if (c == 'd' && n == 'j') { a.Append('j'); i++; continue; }
            if (c == 'c' && n == 'k') { a.Append('k'); i++; continue; }
            if (c is 'q' or 'g') { a.Append('k'); continue; }
            if (c == 'c' && n is 'a' or 'o' or 'u') { a.Append('k'); continue; }
            if (c == 'w') { a.Append('v'); continue; }
            a.Append(c);
        }
        var t = a.ToString();
        // Steps 9 to 11.
        var b = new StringBuilder(t.Length);
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (foldVowels && IsVowel(t, i))
            {
                if (b.Length > 0 && b[^1] == 'a' && i > 0 && IsVowel(t, i - 1)) continue;
                b.Append('a');
                continue;
            }
            if (c == 'h' && i > 0 && IsVowel(t, i - 1) && (i + 1 == t.Length || !IsVowel(t, i + 1))) continue;
            if (!foldVowels && c == 'y' && i > 0) c = 'i'; // Zelensky/Zelenskyy/Zelenski
            if (b.Length > 0 && b[^1] == c) continue;
            b.Append(c);
        }
        return b.ToString();
    }
}
