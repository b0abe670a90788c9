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
    /// words ("U.S.-based", "state-owned") stays as written, since its first half is read on its own.
    /// </summary>
    public static string[]? SplitHyphens(IReadOnlyList<string> words)
    {
        List<string>? split = null;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            int last = w.LastIndexOf('-');
            bool name = last > 0 && last < w.Length - 1 && (char.IsUpper(w[last + 1]) || char.IsDigit(w[last + 1]))
                && w.IndexOf("--", StringComparison.Ordinal) < 0 && w[0] != '-';
            if (!name)
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
            for (int h = w.IndexOf('-'); h >= 0; h = w.IndexOf('-', from))
            {
                split.Add(w[from..h]);
                split.Add("-");
                from = h + 1;
            }
            split.Add(w[from..]);
        }
        return split?.ToArray();
    }
}
