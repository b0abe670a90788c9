namespace Casus.Language.Lemmas;

/// <summary>How a sentence is capitalised, as far as lemma case goes: EWT gives a shouted (ALL CAPS) or an
/// all-lower-case sentence's proper nouns their ordinary written case (TEHRAN → Tehran, mexico → Mexico).</summary>
public enum SentenceCase : byte
{
    /// <summary>Ordinary mixed case (the default).</summary>
    Mixed = 0,
    /// <summary>Most words of two or more letters are written in capitals.</summary>
    Upper = 1,
    /// <summary>At least three words and not one capital letter.</summary>
    Lower = 2,
}

/// <summary>What the lemmatizer may know about a word's sentence besides the word and its tag. The default
/// (mixed case, not sentence-initial) is what the context-free <see cref="Lemmatizer.Lemmatize(ReadOnlySpan{char}, string)"/> assumes.</summary>
/// <param name="Case">The sentence's capitalisation.</param>
/// <param name="Initial">True for the sentence's first word that has a letter or digit (its capital says nothing).</param>
public readonly record struct LemmaContext(SentenceCase Case, bool Initial)
{
    /// <summary>The capitalisation of the sentence whose word <c>i</c> is <c>text[starts[i]..ends[i]]</c>.</summary>
    public static SentenceCase CaseOf(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int words = 0, upper = 0, withLetters = 0;
        bool anyCapital = false;
        for (int i = 0; i < starts.Length; i++)
        {
            var (letters, capitals) = Letters(text[starts[i]..ends[i]]);
            if (letters == 0) continue;
            withLetters++;
            if (capitals > 0) anyCapital = true;
            if (letters < 2) continue;
            words++;
            if (capitals == letters) upper++;
        }
        if (words >= 2 && 2 * upper >= words) return SentenceCase.Upper;
        if (withLetters >= 3 && !anyCapital) return SentenceCase.Lower;
        return SentenceCase.Mixed;
    }

    /// <summary>As <see cref="CaseOf(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int})"/> for a list of words.</summary>
    public static SentenceCase CaseOf(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = string.Concat(words);
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        int at = 0;
        for (int i = 0; i < words.Count; i++) { starts[i] = at; at += words[i].Length; ends[i] = at; }
        return CaseOf(text, starts, ends);
    }

    /// <summary>The index of the first word with a letter or digit, or -1.</summary>
    public static int FirstWord(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (int i = 0; i < starts.Length; i++)
            foreach (var c in text[starts[i]..ends[i]])
                if (char.IsLetterOrDigit(c)) return i;
        return -1;
    }

    /// <summary>As <see cref="FirstWord(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int})"/> for a list of words.</summary>
    public static int FirstWord(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (int i = 0; i < words.Count; i++)
            foreach (var c in words[i])
                if (char.IsLetterOrDigit(c)) return i;
        return -1;
    }

    private static (int Letters, int Capitals) Letters(ReadOnlySpan<char> word)
    {
        int letters = 0, capitals = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) capitals++;
        }
        return (letters, capitals);
    }
}
