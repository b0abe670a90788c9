namespace Casus.Coding;

/// <summary>
/// The one reader of the word-list file shape that data/nouns/governors.txt, data/frames/frame_words.txt and
/// data/clauses/relational_nouns.txt share: a header <c>[list]</c> opens a named list; the lines under it hold
/// lower-case words separated by spaces; <c>#</c> starts a comment. Every file gets the same rules and messages:
/// <list type="bullet">
/// <item>a header must be a known list name in brackets, each named once; a bad header is reported once and the
/// words under it are skipped without further messages (the header's error already covers them);</item>
/// <item>a word before any header is an error, except in a file of one list, which may omit its header;</item>
/// <item>a word is lower-case letters, '-' and '''; a word listed twice in one list is an error;</item>
/// <item>a list the file never names is an error (reported at the last line).</item>
/// </list>
/// Errors carry file:line and never stop the read: the good lines load.
/// </summary>
public static class WordListFile
{
    /// <summary>Reads the lists named <paramref name="listNames"/> from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name errors carry (a resource name or path).</param>
    /// <param name="listNames">The lists the file must hold, e.g. "light", "receive"; the result is in this order.</param>
    /// <param name="errors">Receives the rejected lines and words.</param>
    /// <returns>One list of words per name, in file order, without repeats.</returns>
    public static List<string>[] Read(TextReader reader, string file, IReadOnlyList<string> listNames, List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(listNames);
        ArgumentNullException.ThrowIfNull(errors);
        if (listNames.Count == 0) throw new ArgumentException("at least one list name is needed", nameof(listNames));
        var lists = new List<string>[listNames.Count];
        var seenWords = new HashSet<string>[listNames.Count];
        for (int i = 0; i < lists.Length; i++) { lists[i] = new List<string>(); seenWords[i] = new HashSet<string>(StringComparer.Ordinal); }
        var named = new bool[listNames.Count];
        // A one-list file may start without its header; then its words belong to that list.
        int current = listNames.Count == 1 ? 0 : -1;
        bool implicitList = current == 0;
        bool underBadHeader = false;
        int lineNo = 0;
        for (var raw = reader.ReadLine(); raw != null; raw = reader.ReadLine())
        {
            lineNo++;
            int hash = raw.IndexOf('#');
            var text = (hash >= 0 ? raw.AsSpan(0, hash) : raw.AsSpan()).Trim();
            if (text.IsEmpty) continue;
            if (text[0] == '[')
            {
                current = -1;
                implicitList = false;
                underBadHeader = true;
                if (text[^1] != ']') { errors.Add(new(file, lineNo, "list", $"'{text}' must be a list name in brackets, e.g. [{listNames[0]}]")); continue; }
                var name = text[1..^1].Trim().ToString();
                int idx = IndexOf(listNames, name);
                if (idx < 0) { errors.Add(new(file, lineNo, "list", $"unknown list '{name}' (known: {string.Join(", ", listNames)})")); continue; }
                if (named[idx]) { errors.Add(new(file, lineNo, "list", $"list '{name}' is named twice")); continue; }
                named[idx] = true;
                underBadHeader = false;
                current = idx;
                continue;
            }
            if (current < 0)
            {
                if (!underBadHeader) errors.Add(new(file, lineNo, "word", "a word outside a list: put a [list] header above it"));
                continue;
            }
            foreach (var range in text.SplitAny(" \t"))
            {
                var w = text[range];
                if (w.IsEmpty) continue;
                if (!IsWord(w)) { errors.Add(new(file, lineNo, "word", $"'{w}' must be a lower-case word (letters, '-' and ''')")); continue; }
                var word = w.ToString();
                if (!seenWords[current].Add(word)) { errors.Add(new(file, lineNo, "word", $"'{word}' is listed twice in [{listNames[current]}]")); continue; }
                lists[current].Add(word);
            }
        }
        if (implicitList) named[0] = true;
        for (int i = 0; i < named.Length; i++)
            if (!named[i]) errors.Add(new(file, Math.Max(lineNo, 1), "list", $"list '{listNames[i]}' is missing"));
        return lists;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>Lower-case letters (any script: "communiqué"), '-' and '''.</summary>
    private static bool IsWord(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
            if (!(char.IsLower(c) || c == '-' || c == '\'')) return false;
        return true;
    }
}
