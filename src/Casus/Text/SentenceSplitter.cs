namespace Casus.Text;

/// <summary>
/// Decides where sentences end, over the tokens of <see cref="Tokenizer"/>. A sentence ends at a blank line; after
/// '.', '!', '?' (plus any closing quotes and brackets) when the next word is capitalised; after an abbreviation only
/// as its kind allows; and at a single line break when the line is not continued (headlines, datelines, lists).
/// </summary>
internal sealed class SentenceSplitter
{
    private readonly TextResources _resources;

    public SentenceSplitter(TextResources resources) => _resources = resources;

    /// <summary>Appends to <paramref name="ends"/> the exclusive end token index of each sentence.</summary>
    public void Split(string text, List<RawToken> tokens, List<int> ends)
    {
        int n = tokens.Count, start = 0;
        int dateline = DatelineEnd(text, tokens, 0);
        if (dateline > 0 && dateline < n) { ends.Add(dateline); start = dateline; }
        for (int i = start; i < n; i++)
        {
            if (i > start && (tokens[i].Gap == Gap.Paragraph || tokens[i].Gap == Gap.Line && LineEndsSentence(text, tokens, i)))
            {
                ends.Add(i);
                start = i;
                int d = DatelineEnd(text, tokens, start);
                if (d > 0 && d < n) { ends.Add(d); start = d; i = d - 1; continue; }
            }
            var t = tokens[i];
            if (i > start && ListBreak(text, tokens, start, i) is int at and > 0)
            {
                ends.Add(at);
                start = at;
                i = at - 1;
                continue;
            }
            if ((t.Flags & (TokenFlags.Terminal | TokenFlags.Abbreviation)) == 0) continue;
            if (i == start + 1 && IsListNumber(text, tokens[start], t)) continue; // "1. Unofficial results"

            // Closing quotes and brackets that touch the terminal belong to the sentence it ends: `he said." Then`.
            int j = i + 1;
            while (j < n && tokens[j].Gap == Gap.None && IsCloser(text, tokens[j])) j++;
            bool quoted = j > i + 1;
            j = SkipCitation(text, tokens, j);
            if (j >= n) { i = j - 1; continue; }
            if (tokens[j].Gap == Gap.None) continue; // "Yahoo!Inc", "?!" inside a chunk: no break
            if (tokens[j].Gap != Gap.Space) { i = j - 1; continue; } // the line or paragraph rule decides
            if (EndsBefore(text, tokens, i, quoted, j) || IsBulletMark(text, tokens[j]))
            {
                ends.Add(j);
                start = j;
            }
            i = j - 1;
        }
        if (n > start) ends.Add(n);
        DetachFinalPeriods(text, tokens, ends);
    }

    /// <summary>
    /// An abbreviation that ends a sentence gives its period to the sentence end, as EWT does ("... soccer, etc" + ".",
    /// "World War I" + "."): the period does double duty and the parser expects a final punctuation token.
    /// Rebuilds the token list only when some sentence needs it.
    /// </summary>
    private static void DetachFinalPeriods(string text, List<RawToken> tokens, List<int> ends)
    {
        int needed = 0;
        foreach (int end in ends) if (FinalAbbreviation(text, tokens, end) >= 0) needed++;
        if (needed == 0) return;
        var copy = tokens.ToArray();
        tokens.Clear();
        int first = 0;
        for (int s = 0; s < ends.Count; s++)
        {
            int end = ends[s];
            int abbr = FinalAbbreviation(text, copy, end);
            for (int i = first; i < end; i++)
            {
                var t = copy[i];
                if (i != abbr) { tokens.Add(t); continue; }
                tokens.Add(new RawToken { Start = t.Start, End = t.End - 1, Gap = t.Gap });
                tokens.Add(new RawToken { Start = t.End - 1, End = t.End, Gap = Gap.None, Flags = TokenFlags.Terminal });
            }
            first = end;
            ends[s] = tokens.Count;
        }
    }

    /// <summary>The index of a period-final abbreviation that ends the sentence ending before <paramref name="end"/>
    /// (closing quotes and brackets may follow it), or -1.</summary>
    private static int FinalAbbreviation(string text, IReadOnlyList<RawToken> tokens, int end)
    {
        int i = end - 1;
        while (i > 0 && tokens[i].Gap == Gap.None && IsCloser(text, tokens[i])) i--;
        var t = tokens[i];
        return (t.Flags & TokenFlags.Abbreviation) != 0 && t.End - t.Start > 1 && text[t.End - 1] == '.' ? i : -1;
    }

    /// <summary>True when the terminal or abbreviation at token <paramref name="i"/> ends a sentence that continues at token <paramref name="j"/>.</summary>
    private bool EndsBefore(string text, List<RawToken> tokens, int i, bool quoted, int j)
    {
        var t = tokens[i];
        // Skip opening quotes and brackets to the first word of the next sentence.
        int k = j;
        while (k < tokens.Count && IsOpener(text, tokens[k]) && k - j < 3) k++;
        if (k >= tokens.Count) return true;
        var next = text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
        char c = next[0];
        bool upper = char.IsUpper(c);
        if ((t.Flags & TokenFlags.Abbreviation) != 0)
        {
            return t.Kind switch
            {
                AbbreviationKind.Final => upper,
                AbbreviationKind.Medial => upper && _resources.IsSentenceStarter(WordOf(next)),
                _ => false,
            };
        }
        if ((t.Flags & TokenFlags.Ellipsis) != 0) return upper; // "and then... nothing" goes on
        if (char.IsLower(c))
        {
            // Informal text starts sentences in lower case. A quoted question goes on ("Why?" asked the minister),
            // and so does a period after something that may be an unlisted abbreviation (short or capitalised words).
            if (quoted || k > j) return false;
            var term = text[t.Start];
            if (term is '?' or '!') return true;
            return term == '.' && t.End - t.Start == 1 && i > 0 && IsPlainLowerWord(text, tokens[i - 1]);
        }
        return upper || char.IsDigit(c) || k > j || !char.IsLetter(c) && !IsPunctuation(c);
    }

    /// <summary>
    /// A list bullet that follows a finished sentence on the same line ("... to COVAX. -   The leaders agreed"): text
    /// flattened from HTML or Markdown keeps its list items on one line, and read as one sentence, the next item's
    /// subject and verb join the previous one's. A bullet is a lone '•', or a lone '-' or '*' with two or more spaces
    /// after it (prose puts one space after a dash: "five years. - said the report" stays one).
    /// </summary>
    private static bool IsBulletMark(string text, RawToken t)
    {
        if (t.End - t.Start != 1) return false;
        char c = text[t.Start];
        if (c == '•') return true;
        if (c is not ('-' or '*')) return false;
        return t.End + 1 < text.Length && text[t.End] is ' ' or '\t' && text[t.End + 1] is ' ' or '\t';
    }

    /// <summary>
    /// Where a list item flattened onto one line breaks at token <paramref name="i"/> of the sentence from
    /// <paramref name="start"/>, or -1: before a bullet after a colon ("Collaboration in the Indo-Pacific: -   The
    /// United States and Japan are partnering ..."), and after the colon that closes a bulleted item's heading ("-
    /// Fast-tracking E2 Visas: The United States and the ROK are committed ..."). Read with the sentence, the heading's
    /// nouns become its subject ("Visas ... are committed"). The clause after it starts with a capital; a lower-case
    /// continuation ("... evidence to: -   design a plan") stays one sentence.
    /// </summary>
    private static int ListBreak(string text, List<RawToken> tokens, int start, int i)
    {
        const int MaxHeading = 16;
        var t = tokens[i];
        if (t.End - t.Start != 1 || i + 1 >= tokens.Count || tokens[i + 1].Gap != Gap.Space) return -1;
        char c = text[t.Start];
        if (IsBulletMark(text, t) && t.Gap == Gap.Space && text[tokens[i - 1].Start] == ':' && tokens[i - 1].End - tokens[i - 1].Start == 1
            && StartsClause(text, tokens[i + 1]))
            return i;
        if (c == ':' && i - start <= MaxHeading && IsBulletMark(text, tokens[start]) && StartsClause(text, tokens[i + 1]))
            return i + 1;
        return -1;
    }

    // A capitalised word, or the markup that opens one ("**", "<u>").
    private static bool StartsClause(string text, RawToken t)
    {
        char c = text[t.Start];
        return char.IsUpper(c) || c is '*' or '<';
    }

    /// <summary>A word of at least three letters ending in lower case, touching the period after it ("said.", not "approx"-like "Sgt").</summary>
    private static bool IsPlainLowerWord(string text, RawToken w)
    {
        if (w.End - w.Start < 3 || (w.Flags & TokenFlags.WordPart) != 0) return false;
        for (int p = w.Start; p < w.End; p++) if (!char.IsLetter(text[p])) return false;
        return char.IsLower(text[w.End - 1]) && char.IsLower(text[w.Start]);
    }

    /// <summary>A number opening a sentence with a period right after it is a list marker, not a sentence.</summary>
    /// <summary>
    /// A news dateline at the start of a paragraph ("BAGHDAD —", "BEIRUT, Lebanon (Reuters) -", "UNITED NATIONS --"):
    /// the index just after its dash, else -1. A dateline names where the story was filed; it is no part of the first
    /// sentence's grammar, and read as one it becomes that sentence's subject. So it is a sentence of its own.
    /// </summary>
    private static int DatelineEnd(string text, List<RawToken> tokens, int start)
    {
        const int MaxWords = 8;
        bool capsWord = false, paren = false, afterComma = false; // afterComma: the last word was a capitalised country word
        for (int k = start; k < tokens.Count && k < start + MaxWords + 4; k++)
        {
            var t = tokens[k];
            var w = text.AsSpan(t.Start, t.End - t.Start);
            if (k > start && t.Gap is Gap.Line or Gap.Paragraph) return -1;
            if (w is "—" or "–" or "--" or "-" or "―")
                // The story's first sentence starts after the dash with a capital ("NATO - the alliance -" is no dateline).
                return capsWord && k > start && tokens[k].Gap != Gap.None && k + 1 < tokens.Count
                    && char.IsUpper(text[tokens[k + 1].Start]) ? k + 1 : -1;
            // The colon of AFP's datelines ("GAZA CITY, Palestinian Territories: Four children ..."): written against
            // the place, the story after a space and a capital. Only after the ", Country" part: a capitalised heading
            // with a colon ("PILLAR IV: INVESTING IN OUR PEOPLE", "NOTE:", "UPDATE:") is no dateline, and on news the
            // bare "CITY:" form split only such headings.
            if (w is ":")
                return capsWord && afterComma && k > start && tokens[k].Gap == Gap.None && k + 1 < tokens.Count && tokens[k + 1].Gap != Gap.None
                    && char.IsUpper(text[tokens[k + 1].Start]) ? k + 1 : -1;
            if (w is "(") { paren = true; continue; }
            if (w is ")") { paren = false; continue; }
            if (paren || w is ",") continue;
            if (k == start || !capsWord) { if (!IsUpperWord(w)) return -1; capsWord = true; continue; }
            // After the all-capitals city: more capitals ("UNITED NATIONS") or a capitalised state/country after the
            // comma ("Lebanon"), of one or more words ("Saudi Arabia", "Palestinian Territories").
            if (!(IsUpperWord(w) || (char.IsUpper(w[0]) && k > start && (text.AsSpan(tokens[k - 1].Start, tokens[k - 1].End - tokens[k - 1].Start) is ","
                || afterComma)))) return -1;
            afterComma = !IsUpperWord(w);
        }
        return -1;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> w)
    {
        int letters = 0;
        foreach (var c in w)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            else if (c is not ('.' or '\'' or '-')) return false;
        }
        return letters >= 2;
    }

    private static bool IsListNumber(string text, RawToken number, RawToken period)
    {
        if (period.End - period.Start != 1 || text[period.Start] != '.' || period.Gap != Gap.None || number.End - number.Start > 3) return false;
        for (int p = number.Start; p < number.End; p++) if (!char.IsDigit(text[p])) return false;
        return true;
    }

    /// <summary>Skips a citation mark after a sentence ("... in 1805. [19] His"), which belongs to the sentence it follows.</summary>
    private static int SkipCitation(string text, List<RawToken> tokens, int j)
    {
        if (j + 2 >= tokens.Count || text[tokens[j].Start] != '[' || tokens[j].End - tokens[j].Start != 1 || tokens[j].Gap == Gap.Paragraph) return j;
        var inner = tokens[j + 1];
        var close = tokens[j + 2];
        if (close.End - close.Start != 1 || text[close.Start] != ']') return j;
        for (int p = inner.Start; p < inner.End; p++)
            if (!(char.IsDigit(text[p]) || text[p] is '.' or '…')) return j;
        return j + 3;
    }

    private static ReadOnlySpan<char> WordOf(ReadOnlySpan<char> token)
    {
        int a = token.IndexOfAny('\'', '’');
        return a > 0 ? token[..a] : token;
    }

    /// <summary>A single line break ends a sentence unless the line reads as continued: it ends in a comma, hyphen or
    /// function word, or the next line starts in lower case.</summary>
    private static bool LineEndsSentence(string text, List<RawToken> tokens, int i)
    {
        char first = text[tokens[i].Start];
        if (char.IsLower(first)) return false;
        var prev = tokens[i - 1];
        var last = text.AsSpan(prev.Start, prev.End - prev.Start);
        if (last.Length == 1 && last[0] is ',' or ';' or '-' or '–' or '—' or '&' or '/' or '(' or '[') return false;
        return !IsFunctionWord(last);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> w)
        => w switch
        {
            "a" or "an" or "the" or "and" or "or" or "but" or "of" or "to" or "in" or "on" or "at" or "by" or "for" or "from"
                or "with" or "as" or "that" or "which" or "who" or "is" or "are" or "was" or "were" or "has" or "have" or "had"
                or "will" or "would" or "said" or "says" or "his" or "her" or "their" or "its" => true,
            _ => false,
        };

    private static bool IsCloser(string text, RawToken t)
    {
        if (t.End - t.Start > 2 || (t.Flags & TokenFlags.WordPart) != 0) return false;
        char c = text[t.Start];
        return c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»' or '›';
    }

    private static bool IsOpener(string text, RawToken t)
    {
        if (t.End - t.Start > 2) return false;
        char c = text[t.Start];
        return c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '«' or '‹' or '`';
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) && c is not ('"' or '\'' or '“' or '‘' or '(' or '[');
}
