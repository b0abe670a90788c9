namespace Casus.Coding;

/// <summary>
/// The lemma keys of the coder's small data lists (data/verbs/state_acts.txt, data/verbs/source_kinds.txt): a lower-case
/// lemma, or a lemma and one word of its pattern joined by '+' ("put+arrest", "shoot+dead"), so that one verb's
/// entries can be told apart by the word that makes them a different act.
/// </summary>
internal static class LemmaKeys
{
    /// <summary>True for a lemma or "lemma+word" made of lower-case letters and hyphens.</summary>
    public static bool IsValid(string key)
    {
        int plus = key.IndexOf('+');
        if (plus >= 0) return IsWord(key.AsSpan(0, plus)) && IsWord(key.AsSpan(plus + 1));
        return IsWord(key);
    }

    /// <summary>True for a word of lower-case letters and hyphens.</summary>
    public static bool IsWord(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty) return false;
        foreach (char c in w)
            if (c is not ((>= 'a' and <= 'z') or '-')) return false;
        return true;
    }
}
