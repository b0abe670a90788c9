using System.Globalization;

namespace Casus.Text;

/// <summary>
/// Splits text into tokens following Universal Dependencies English (EWT) conventions, as character offsets.
/// One left-to-right scan over whitespace-separated chunks; inside a chunk, word characters join across a few
/// connectors ('.', ',' between digits, ''' inside words, ...) and everything else becomes punctuation tokens.
/// Allocates nothing per token beyond the output list.
/// </summary>
internal sealed class Tokenizer
{
    private readonly TextResources _resources;
    private readonly bool _keepHyphens;

    public Tokenizer(TextResources resources, TextOptions options)
    {
        _resources = resources;
        _keepHyphens = options.KeepHyphenatedWords;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(string text, List<RawToken> output)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            int breaks = 0;
            bool space = false;
            while (i < n && IsSpace(text[i]))
            {
                char c = text[i];
                if (c == '\n' || c == '\u2028' || c == '\u0085') breaks++;
                else if (c == '\r') { if (i + 1 >= n || text[i + 1] != '\n') breaks++; }
                else if (c == '\u2029') breaks += 2;
                space = true;
                i++;
            }
            if (i >= n) break;
            int e = i;
            while (e < n && !IsSpace(text[e])) e++;
            var gap = output.Count == 0 || breaks >= 2 ? Gap.Paragraph : breaks == 1 ? Gap.Line : space ? Gap.Space : Gap.None;
            var chunk = new Chunk(text, output, gap);
            TokenizeChunk(ref chunk, i, e);
            i = e;
        }
    }

    /// <summary>Per-chunk emitter: the first token of a chunk carries the whitespace gap, the rest touch it.</summary>
    private ref struct Chunk
    {
        public readonly string Text;
        private readonly List<RawToken> _output;
        private Gap _gap;

        public Chunk(string text, List<RawToken> output, Gap gap) { Text = text; _output = output; _gap = gap; }

        public void Emit(int start, int end, TokenFlags flags = TokenFlags.None, AbbreviationKind kind = AbbreviationKind.None)
        {
            _output.Add(new RawToken { Start = start, End = end, Gap = _gap, Flags = flags, Kind = kind });
            _gap = Gap.None;
        }
    }

    private void TokenizeChunk(ref Chunk chunk, int s, int e)
    {
        var text = chunk.Text;
        if (IsEmoticon(text.AsSpan(s, e - s))) { chunk.Emit(s, e); return; }
        if (TryFindLink(text, s, e, out int ls, out int le))
        {
            ScanGeneral(ref chunk, s, ls);
            chunk.Emit(ls, le);
            ScanGeneral(ref chunk, le, e);
            return;
        }
        ScanGeneral(ref chunk, s, e);
    }

    private void ScanGeneral(ref Chunk chunk, int s, int e)
    {
        var text = chunk.Text;
        int p = s;
        while (p < e)
        {
            char c = text[p];
            if (IsWordChar(c))
            {
                p = EmitWord(ref chunk, p, ScanWord(text, p, e), e);
                continue;
            }
            int q = p + 1;
            switch (c)
            {
                case '.' or '!' or '?' or '…':
                    while (q < e && text[q] is '.' or '!' or '?' or '…') q++;
                    bool ellipsis = q - p >= 2 && text[p] == '.' && text[p + 1] == '.' || c == '…';
                    chunk.Emit(p, q, TokenFlags.Terminal | (ellipsis ? TokenFlags.Ellipsis : TokenFlags.None));
                    p = q;
                    continue;
                case '\'' or '’' or '‘' or '`':
                    if (TryApostropheWord(text, p, e, out int aw)) { chunk.Emit(p, aw, TokenFlags.WordPart); p = aw; continue; }
                    while (q < e && text[q] == c) q++; // '' and `` are single quote tokens
                    break;
                case '-' or '*' or '=' or '_' or '~' or '<' or '>' or '+' when !(c == '+' && q < e && char.IsDigit(text[q])):
                    while (q < e && text[q] == c) q++; // "--", "***", "====", "<<"
                    break;
                case '+': // "+1": a signed number
                    q = ScanWord(text, q, e);
                    break;
                case '#' or '@' when q < e && char.IsLetter(text[q]): // hashtags and handles
                    q = ScanWord(text, q, e);
                    break;
                case ':' or ';' or '=' when IsEmoticon(text.AsSpan(p, e - p)): // "family:)"
                    q = e;
                    break;
                case '(' or ')' or '[' or ']' or '{' or '}' or '"' or '“' or '”' or '«' or '»':
                    break; // brackets and quotes stand alone even when repeated: "((WN))"
                default:
                    if (char.IsHighSurrogate(c) && q < e && char.IsLowSurrogate(text[q])) q++;
                    else while (q < e && text[q] == c) q++; // "$$$", "%%", "::"
                    break;
            }
            chunk.Emit(p, q);
            p = q;
        }
    }

    /// <summary>At an apostrophe before word characters: a clitic written apart ("'s", "'ll") or a decade ("'90s").</summary>
    private static bool TryApostropheWord(string text, int p, int e, out int end)
    {
        end = p + 1;
        int q = p + 1;
        while (q < e && IsWordChar(text[q])) q++;
        var rest = text.AsSpan(p + 1, q - p - 1);
        if (rest.Length == 0 || text[p] == '‘' || text[p] == '`' && rest.Length > 1) return false;
        if (rest.Length == 3 && char.IsDigit(rest[0]) && char.IsDigit(rest[1]) && rest[2] == 's') { end = q; return true; }
        if (IsCliticTail(rest) && (q >= e || !IsWordChar(text[q]))) { end = q; return true; }
        return false;
    }

    private static bool IsCliticTail(ReadOnlySpan<char> s)
        => s.Length switch
        {
            1 => (s[0] | 0x20) is 's' or 'm' or 'd',
            2 => s.Equals("ll", StringComparison.OrdinalIgnoreCase) || s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    /// <summary>Extends a word from <paramref name="p"/>: word characters joined by connectors that EWT keeps inside a token.</summary>
    private int ScanWord(string text, int p, int e)
    {
        int q = p, seg = p;
        while (true)
        {
            while (q < e && IsWordChar(text[q])) q++;
            // A hyphen ending the chunk marks a word broken off ("pre- and post-war", "th- the"): it stays with the word.
            if (q + 1 == e && text[q] == '-' && q > p && char.IsLetter(text[q - 1])) return e;
            if (q + 1 >= e || q == p || !IsWordChar(text[q + 1])) return q;
            char c = text[q];
            bool keep = c switch
            {
                '.' => true, // U.S, 3.5, a.m, file.doc
                ',' or ':' => char.IsDigit(text[q - 1]) && char.IsDigit(text[q + 1]), // 1,000 and 11:00
                '/' => char.IsDigit(text[q - 1]) && char.IsDigit(text[q + 1]) || q - seg == 1, // 9/11, s/he, w/o
                '-' or '\u2011' => KeepHyphen(text, seg, q, e),
                '\'' or '’' => true, // don't, O'Brien, 80's (clitics are split off later)
                '&' => char.IsLetter(text[q - 1]) && char.IsLetter(text[q + 1]), // AT&T
                '_' or '@' => true,
                _ => false,
            };
            if (!keep) return q;
            q++;
            seg = q;
        }
    }

    private bool KeepHyphen(string text, int seg, int q, int e)
    {
        if (_keepHyphens) return true;
        if (char.IsDigit(text[q - 1]) && char.IsDigit(text[q + 1]) && IsAllDigits(text.AsSpan(seg, q - seg)))
        {
            // Digit groups: phone and account numbers stay whole (713-853-3989, 345-9945); ranges split (5 - 10, 1969 - 1970).
            int groups = 1, last = 0, r = q;
            while (r < e && text[r] == '-' && r + 1 < e && char.IsDigit(text[r + 1]))
            {
                int g = r + 1;
                while (g < e && char.IsDigit(text[g])) g++;
                groups++;
                last = g - r - 1;
                r = g;
            }
            return groups >= 3 || last >= 4 && q - seg != 4;
        }
        return _resources.IsHyphenPrefix(text.AsSpan(seg, q - seg));
    }

    /// <summary>Emits the word [p, q) (splitting clitics, contractions, number+unit) and returns where scanning goes on.</summary>
    private int EmitWord(ref Chunk chunk, int p, int q, int e)
    {
        var text = chunk.Text;
        var word = text.AsSpan(p, q - p);

        // A period after the word belongs to it for abbreviations, initials and short dotted forms (but not before "..").
        // "L.P.." is the abbreviation plus a full stop; "etc..." is a word plus an ellipsis.
        if (q < e && text[q] == '.' && (q + 1 >= e || text[q + 1] != '.' || q + 2 >= e || text[q + 2] != '.'))
        {
            var kind = AbbreviationKindOf(text.AsSpan(p, q + 1 - p));
            if (kind == AbbreviationKind.Numeric && !NumberFollows(text, q + 1)) kind = AbbreviationKind.None;
            if (kind != AbbreviationKind.None)
            {
                chunk.Emit(p, q + 1, TokenFlags.Abbreviation, kind);
                return q + 1;
            }
        }

        if (_resources.TryContraction(word, out int first))
        {
            chunk.Emit(p, p + first);
            chunk.Emit(p + first, q, TokenFlags.WordPart);
            return q;
        }

        int split = CliticStart(word);
        if (split > 0)
        {
            chunk.Emit(p, p + split);
            chunk.Emit(p + split, q, TokenFlags.WordPart);
            return q;
        }

        split = UnitStart(word);
        if (split > 0)
        {
            chunk.Emit(p, p + split);
            chunk.Emit(p + split, q);
            return q;
        }
        chunk.Emit(p, q);
        return q;
    }

    /// <summary>True when a number follows after optional spaces ("No. 5", "pp.10").</summary>
    private static bool NumberFollows(string text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '\t' or '\u00A0') p++;
        return p < text.Length && char.IsDigit(text[p]);
    }

    /// <summary>The kind of a word with its final period, when the period stays in the token.</summary>
    private AbbreviationKind AbbreviationKindOf(ReadOnlySpan<char> withPeriod)
    {
        var listed = _resources.Abbreviation(withPeriod);
        if (listed != AbbreviationKind.None) return listed;
        var word = withPeriod[..^1];
        // Initials: J. R. R. Tolkien. A lone lower-case letter before a period is more often a word ("plan b.") than an initial.
        if (word.Length == 1) return char.IsUpper(word[0]) ? AbbreviationKind.Medial : AbbreviationKind.None;
        // Short dotted forms: U.S, a.m, Ph.D (segments of at most three letters).
        if (word.IndexOf('.') < 0) return AbbreviationKind.None;
        int segment = 0;
        foreach (char c in word)
        {
            if (c == '.') { if (segment == 0) return AbbreviationKind.None; segment = 0; }
            else if (!char.IsLetter(c) || ++segment > 3) return AbbreviationKind.None;
        }
        return AbbreviationKind.Medial;
    }

    /// <summary>Where a clitic starts inside <paramref name="word"/> ("do|n't", "he|'s", "I|'m"), or 0.</summary>
    private static int CliticStart(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n > 3 && (word[^1] | 0x20) == 't' && IsApostrophe(word[^2]) && (word[^3] | 0x20) == 'n' && char.IsLetter(word[^4]))
            return n - 3;
        int a = word.LastIndexOfAny('\'', '’');
        if (a <= 0 || a == n - 1 || !char.IsLetter(word[a - 1])) return 0;
        return IsCliticTail(word[(a + 1)..]) ? a : 0;
    }

    /// <summary>Where a unit starts after a number ("65|k", "5|pm", "2.5|bn"), or 0; ordinals and decades stay whole.</summary>
    private static int UnitStart(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsDigit(word[0])) return 0;
        int i = 0;
        while (i < word.Length && (char.IsDigit(word[i]) || word[i] is '.' or ',' && i + 1 < word.Length && char.IsDigit(word[i + 1]))) i++;
        if (i == word.Length || i == 0) return 0;
        for (int j = i; j < word.Length; j++) if (!char.IsAsciiLetter(word[j])) return 0;
        var unit = word[i..];
        if (unit.Length == 1 && (unit[0] | 0x20) == 's') return 0; // 1990s
        if (unit.Length == 2 && (unit.Equals("st", StringComparison.OrdinalIgnoreCase) || unit.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("rd", StringComparison.OrdinalIgnoreCase) || unit.Equals("th", StringComparison.OrdinalIgnoreCase))) return 0;
        return i;
    }

    /// <summary>Finds a URL or e-mail address inside the chunk, without the punctuation around it.</summary>
    private static bool TryFindLink(string text, int s, int e, out int start, out int end)
    {
        start = s;
        while (start < e && text[start] is '(' or '[' or '<' or '"' or '\'' or '“' or '‘') start++;
        end = e;
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '>' or '"' or '\'' or '”' or '’') end--;
        if (end - start < 5) return false;
        var core = text.AsSpan(start, end - start);
        if (core.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || core.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        int at = core.IndexOf('@');
        if (at <= 0) return false;
        int dot = core[at..].LastIndexOf('.');
        if (dot <= 1 || at + dot >= core.Length - 1) return false;
        foreach (char c in core)
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%' or '@')) return false;
        return true;
    }

    private static bool IsEmoticon(ReadOnlySpan<char> s)
        => s.Length is >= 2 and <= 4 && s switch
        {
            ":)" or ":(" or ";)" or ":D" or ":P" or ":p" or "=)" or "=(" or ":-)" or ":-(" or ";-)" or ":-D" or ":-P" or ":/" or ":'(" or "^_^" or "<3" or ":o" or ":O" or "(:" or "):" => true,
            _ => false,
        };

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsDigit(c)) return false;
        return s.Length > 0;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Letters, digits and combining marks (so Devanagari or Arabic words stay whole).</summary>
    internal static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Whitespace, plus the invisible characters (zero-width space, BOM, soft hyphen) that never belong to a token.</summary>
    internal static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' : c >= 0x80 && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF');
}
