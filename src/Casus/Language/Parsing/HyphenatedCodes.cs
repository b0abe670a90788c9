namespace Casus.Language.Parsing;

/// <summary>
/// Codes and names written LETTERS-DIGITS with no spaces ("COVID-19", "F-16", "S-400", "MiG-29", "MQ-9B", "G-7"). The
/// tokenizer splits them into three words as the treebanks do, and the parser, meeting a dash and a number inside a
/// noun phrase, often ends the phrase at the number: "$30 million in COVID-19 [assistance ←appos of COVID]", "the G-7
/// in [response ←conj]". So the parser reads such a code as one word (its whole form, the tags of its letters) and
/// the three words then get the treebanks' own analysis (EWT, GUM): the letters head the code and carry its
/// attachment, the digits hang on them as <c>flat</c>, the hyphen on the digits as <c>punct</c>. A model letter the
/// tokenizer splits off the number ("MQ-9B", "C-130J": "9" "B") belongs to the code and is <c>flat</c> on the letters
/// too.
/// Per sentence: <see cref="Reset"/>, <see cref="MarkCode"/> for each code, <see cref="Collapse"/>, parse the
/// collapsed sentence, then read each word's head back through <see cref="Reduced"/> and <see cref="Original"/>.
/// </summary>
internal sealed class HyphenatedCodes
{
    /// <summary>What a word is in a code.</summary>
    public const byte Ordinary = 0, Letters = 1, Hyphen = 2, Digits = 3, Suffix = 4;

    private byte[] _part = [];
    private int[] _reduced = [];
    private int[] _original = [];
    private int _n;

    /// <summary>True when three adjacent words (written without spaces between them) form a code: letters starting
    /// with a capital ("COVID", "MiG", "Su"), a hyphen, and a number perhaps followed by letters ("19", "16s",
    /// "9B"). A lower-case first word is a prefix or a range ("mid-2018", "post-2020", "to-198"), no name.
    /// <paramref name="before"/> is the word written right before the letters with no space (empty when there is
    /// none): a letter, digit, hyphen or slash there makes the letters the middle of a longer designation ("Parts
    /// II-C-1", "SARS-CoV-2", "A/RES/ES-11"), which the treebanks analyse otherwise.</summary>
    public static bool IsCode(ReadOnlySpan<char> before, ReadOnlySpan<char> letters, ReadOnlySpan<char> hyphen, ReadOnlySpan<char> digits)
    {
        if (before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] is '-' or '/')) return false;
        if (letters.Length == 0 || !char.IsAsciiLetterUpper(letters[0])) return false;
        foreach (char c in letters) if (!char.IsAsciiLetter(c)) return false;
        if (hyphen.Length != 1 || hyphen[0] != '-') return false;
        if (digits.Length == 0 || !char.IsAsciiDigit(digits[0])) return false;
        foreach (char c in digits) if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>True when <paramref name="word"/>, written right after a code's number, is its model letter or
    /// letters ("B" of "MQ-9B", "J" of "C-130J", "EX" of "F-15EX"): one or two capitals.</summary>
    public static bool IsSuffix(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 2) return false;
        foreach (char c in word) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>Prepares for a sentence of <paramref name="n"/> words with no codes.</summary>
    public void Reset(int n)
    {
        if (_part.Length < n + 1)
        {
            int size = Math.Max(n + 1, _part.Length * 2);
            _part = new byte[size]; _reduced = new int[size]; _original = new int[size];
        }
        Array.Clear(_part, 0, n + 1);
        _n = n;
    }

    /// <summary>Marks words <paramref name="i"/>..i+2 (1-based), and i+3 when <paramref name="suffix"/>, as one code; a
    /// code overlapping an earlier one is left out.</summary>
    public void MarkCode(int i, bool suffix = false)
    {
        if (_part[i] != Ordinary || _part[i + 1] != Ordinary || _part[i + 2] != Ordinary) return;
        (_part[i], _part[i + 1], _part[i + 2]) = (Letters, Hyphen, Digits);
        if (suffix) _part[i + 3] = Suffix;
    }

    /// <summary>Numbers the words of the collapsed sentence; returns its length.</summary>
    public int Collapse(int n)
    {
        int m = 0;
        for (int i = 1; i <= n; i++)
        {
            if (_part[i] is Hyphen or Digits or Suffix) { _reduced[i] = m; continue; }
            m++;
            _reduced[i] = m;
            _original[m] = i;
        }
        _original[0] = 0;
        return m;
    }

    /// <summary>What word <paramref name="i"/> (1-based) is in a code.</summary>
    public byte Part(int i) => _part[i];

    /// <summary>The collapsed sentence's position of word <paramref name="i"/> (a code's letters stand for it).</summary>
    public int Reduced(int i) => _reduced[i];

    /// <summary>The word standing at collapsed position <paramref name="j"/> (0, the root, stays 0).</summary>
    public int Original(int j) => _original[j];

    /// <summary>True when collapsed position <paramref name="j"/> holds a code.</summary>
    public bool IsCode(int j) => _part[_original[j]] == Letters;

    /// <summary>How many words stand at collapsed position <paramref name="j"/>: 1, or a code's 3 or 4.</summary>
    public int Length(int j)
    {
        int o = _original[j];
        if (_part[o] != Letters) return 1;
        return o + 3 <= _n && _part[o + 3] == Suffix ? 4 : 3;
    }
}
