namespace Casus.Coding;

/// <summary>
/// The word lists the clause frames read (data/frames/frame_words.txt): the reporting verbs whose must-clause is a
/// demand, the demand nouns whose that-clause is one, the document nouns whose participle speaks for their issuer, and
/// the force nouns whose arrival is no visit.
/// Immutable and thread-safe.
/// </summary>
public sealed class FrameWords
{
    /// <summary>The embedded file's resource name.</summary>
    public const string ResourceName = "frames/frame_words.txt";

    /// <summary>The list names the file may hold, in the order of <see cref="FrameWordList"/>.</summary>
    private static readonly string[] ListNames = { "reporting-verbs", "demand-nouns", "document-nouns", "force-nouns" };

    private static readonly Lazy<FrameWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string>[] _lists;

    private FrameWords(HashSet<string>[] lists) => _lists = lists;

    /// <summary>The lists embedded in Casus.dll (loaded once, shared).</summary>
    public static FrameWords Default => LazyDefault.Value;

    /// <summary>True when <paramref name="word"/> (a lemma or word, any case) is in <paramref name="list"/>.</summary>
    public bool Contains(FrameWordList list, string? word) =>
        word is not null && _lists[(int)list].Contains(word);

    /// <summary>The words of <paramref name="list"/>.</summary>
    public IReadOnlyCollection<string> Words(FrameWordList list) => _lists[(int)list];

    /// <summary>Reads the lists; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name errors carry.</param>
    /// <param name="errors">The rejected lines, as file:line: field: message.</param>
    public static FrameWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var lists = new HashSet<string>[ListNames.Length];
        for (int i = 0; i < lists.Length; i++) lists[i] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new bool[ListNames.Length];
        int current = -1;
        int lineNo = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0) continue;
            if (text[0] == '[')
            {
                current = -1;
                if (text[^1] != ']') { errors.Add(new DataFileError(file, lineNo, "list", $"'{text}' must be a list name in brackets")); continue; }
                var name = text[1..^1].Trim();
                int idx = Array.IndexOf(ListNames, name);
                if (idx < 0) { errors.Add(new DataFileError(file, lineNo, "list", $"unknown list '{name}' (known: {string.Join(", ", ListNames)})")); continue; }
                if (seen[idx]) { errors.Add(new DataFileError(file, lineNo, "list", $"list '{name}' is named twice")); continue; }
                seen[idx] = true;
                current = idx;
                continue;
            }
            if (current < 0) { errors.Add(new DataFileError(file, lineNo, "word", "a word outside a list: put a [list] header above it")); continue; }
            foreach (var w in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!w.All(c => char.IsLower(c) || c is '-' or '\'')) { errors.Add(new DataFileError(file, lineNo, "word", $"'{w}' must be a lower-case word")); continue; }
                lists[current].Add(w);
            }
        }
        for (int i = 0; i < seen.Length; i++)
            if (!seen[i]) errors.Add(new DataFileError(file, lineNo, "list", $"list '{ListNames[i]}' is missing"));
        return new FrameWords(lists);
    }

    private static FrameWords LoadDefault()
    {
        using var stream = typeof(FrameWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from Casus.dll");
        using var reader = new StreamReader(stream);
        var words = Load(reader, ResourceName, out var errors);
        if (errors.Count > 0) throw new InvalidDataException("the embedded frame word lists are invalid: " + string.Join("; ", errors));
        return words;
    }
}

/// <summary>The lists of data/frames/frame_words.txt.</summary>
public enum FrameWordList
{
    /// <summary>Verbs of saying whose must-clause is the speaker's demand ("X said Y must Z").</summary>
    ReportingVerbs,
    /// <summary>Nouns whose that-clause is a demand ("a reminder to Y that it must Z", "its demand that Y grant Z").</summary>
    DemandNouns,
    /// <summary>Nouns of documents whose active participle speaks for their issuer ("a statement demanding ...").</summary>
    DocumentNouns,
    /// <summary>Nouns of armed forces and their equipment, whose arrival is a deployment, not a visit ("troops arrived").</summary>
    ForceNouns,
}
