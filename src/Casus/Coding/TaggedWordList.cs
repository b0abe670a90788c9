namespace Casus.Coding;

/// <summary>
/// Reads the "KIND | WORD" lines of the small vocabulary lists (person titles, calendar words, …): text after '#' is
/// a comment, blank lines are skipped, the kind must be one the list names and each word is checked by the list.
/// A word may stand under several kinds but only once under each. Bad lines become errors with file and line and are
/// skipped, never thrown, so each list's <c>Load</c> stays in the shape <see cref="EmbeddedList"/> expects.
/// </summary>
internal static class TaggedWordList
{
    /// <summary>Reads <paramref name="reader"/> and returns the words of each kind of <paramref name="kinds"/> in file
    /// order (an empty list for a kind with no line). <paramref name="checkWord"/> returns why a word is bad for its
    /// kind, or null for a good word.</summary>
    public static Dictionary<string, List<string>> Read(TextReader reader, string file, List<DataFileError> errors,
        string[] kinds, Func<string, string, string?> checkWord)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var kind in kinds) words[kind] = [];
        var seen = new Dictionary<(string, string), int>();
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            void Error(string field, string message) => errors.Add(new DataFileError(file, lineNo, field, message));
            var parts = text.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) { Error("entry", $"a line has 2 fields separated by '|' (KIND | WORD), found {parts.Length}"); continue; }
            var (kind, word) = (parts[0], parts[1]);
            if (!words.TryGetValue(kind, out var list)) { Error("kind", $"'{kind}' is not {string.Join(", ", kinds)}"); continue; }
            if (checkWord(kind, word) is { } problem) { Error("word", $"'{word}' {problem}"); continue; }
            if (seen.TryGetValue((kind, word), out int first)) { Error("word", $"{kind} '{word}' repeats line {first}"); continue; }
            seen[(kind, word)] = lineNo;
            list.Add(word);
        }
        return words;
    }

    /// <summary>True for one lower-case word of letters, which may hold '-' or '.' after its first letter
    /// ("minister", "vice-president", "gen.").</summary>
    public static bool IsLowerWord(string word)
    {
        if (word.Length == 0 || word[0] is < 'a' or > 'z') return false;
        foreach (char c in word)
            if (c is not (>= 'a' and <= 'z' or '-' or '.')) return false;
        return true;
    }

    /// <summary>True for one lower-case word of the letters a to z only ("january").</summary>
    public static bool IsLowerLetters(string word) => word.Length > 0 && word.All(c => c is >= 'a' and <= 'z');

    /// <summary>True for <paramref name="count"/> lower-case words (<see cref="IsLowerWord"/>) joined by single spaces.</summary>
    public static bool IsLowerWords(string phrase, int count)
    {
        var parts = phrase.Split(' ');
        return parts.Length == count && parts.All(IsLowerWord);
    }
}
