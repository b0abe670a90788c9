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
}
