using Casus.Text;

namespace Casus.Actors;

/// <summary>
/// Splits a dictionary phrase into tokens the way the Casus tokenizer (UD EWT conventions) splits running text,
/// so that phrases and text meet token by token: whitespace separates words; a possessive "'s" or a bare
/// trailing "'" after s is its own token; hyphens and inner periods stay inside the word ("U.S.", "al-Qaeda").
/// </summary>
internal static class PhraseWords
{
    public static string[] Split(string phrase)
    {
        var words = new List<string>();
        foreach (var w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
            {
                words.Add(w[..^2]);
                words.Add(w[^2..]);
            }
            else if (w.Length > 2 && w[^1] is '\'' or '’' && w[^2] is 's' or 'S')
            {
                words.Add(w[..^1]); // "Workers'" → "Workers" "'"
                words.Add(w[^1..]);
            }
            else words.Add(w);
        }
        return words.ToArray();
    }

    /// <summary>
    /// The words of a name with its inner hyphens as tokens of their own ("al-Qaeda" → "al" "-" "Qaeda",
    /// "Guinea-Bissau" → "Guinea" "-" "Bissau"), the way the tokenizer splits a hyphenated word that is no prefixed
    /// one (EWT), so that the name is found in text split so; null when no word is such a name. Only a word whose last
    /// part is capitalised or a number is a name ("Timor-Leste", "Port-au-Prince", "G-20"); a compound of ordinary
    /// words ("U.S.-based", "state-owned") stays as written, since its first half is read on its own. A hyphen after
    /// a part the tokenizer keeps joined (a hyphen prefix of <see cref="TextResources"/>: "e", "a", "anti") is kept
    /// here too, so "Lashkar-e-Taiba" becomes "Lashkar" "-" "e-Taiba" as in text, not "Lashkar" "-" "e" "-" "Taiba".
    /// </summary>
    public static string[]? SplitHyphens(IReadOnlyList<string> words) => SplitHyphens(words, TextResources.Default);

    /// <summary>As <see cref="SplitHyphens(IReadOnlyList{string})"/>, with the hyphen prefixes of
    /// <paramref name="resources"/>.</summary>
    public static string[]? SplitHyphens(IReadOnlyList<string> words, TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        List<string>? split = null;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            int last = w.LastIndexOf('-');
            bool name = last > 0 && last < w.Length - 1 && (char.IsUpper(w[last + 1]) || char.IsDigit(w[last + 1]))
                && w.IndexOf("--", StringComparison.Ordinal) < 0 && w[0] != '-';
            int firstSplit = name ? SplitPoint(w, 0, resources) : -1;
            if (firstSplit < 0)
            {
                split?.Add(w);
                continue;
            }
            if (split is null)
            {
                split = new List<string>(words.Count + 2);
                for (int j = 0; j < i; j++) split.Add(words[j]);
            }
            int from = 0;
            for (int h = firstSplit; h >= 0; h = SplitPoint(w, from, resources))
            {
                split.Add(w[from..h]);
                split.Add("-");
                from = h + 1;
            }
            split.Add(w[from..]);
        }
        return split?.ToArray();
    }

    // The next hyphen from `from` at which the tokenizer ends a word: one whose part before it (since the previous
    // hyphen) is no hyphen prefix; -1 when there is none.
    private static int SplitPoint(string w, int from, TextResources resources)
    {
        int seg = from;
        for (int h = w.IndexOf('-', from); h >= 0; h = w.IndexOf('-', seg))
        {
            if (h > seg && !resources.IsHyphenPrefix(w.AsSpan(seg, h - seg))) return h;
            seg = h + 1;
        }
        return -1;
    }
}
