using Casus.Coding;

namespace Casus.Actors.Discourse;

/// <summary>
/// The groupings of data/actors/groupings.txt: standing groups of states with no actor code of their own ("the Quad":
/// Australia, India, Japan, the United States), whose name before a group word names the members ("Quad leaders").
/// Validated at load: a bad line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class Groupings
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/groupings.txt";

    private static readonly Lazy<Groupings> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string[]> _members;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Groupings(Dictionary<string, string[]> members)
    {
        _members = members;
        _lookup = members.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static Groupings Default => LazyDefault.Value;

    /// <summary>The number of groupings read.</summary>
    public int Count => _members.Count;

    /// <summary>The member country codes of the grouping named <paramref name="word"/> as written ("Quad"), or null;
    /// allocates nothing.</summary>
    public IReadOnlyList<string>? MembersOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var m) ? m : null;

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static Groupings Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var found = new List<DataFileError>();
        errors = found;
        var members = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            void Error(string field, string message) => found.Add(new DataFileError(file, lineNo, field, message));
            var parts = text.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) { Error("entry", $"a line has 2 fields separated by '|' (NAME | MEMBER MEMBER ...), found {parts.Length}"); continue; }
            var name = parts[0];
            if (name.Length < 2 || !char.IsAsciiLetterUpper(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
            { Error("name", $"'{name}' is not one capitalised word"); continue; }
            if (members.ContainsKey(name)) { Error("name", $"'{name}' is listed twice"); continue; }
            var codes = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? bad = null;
            foreach (var c in codes) if (c.Length != 3 || !c.All(char.IsAsciiLetterUpper)) { bad = c; break; }
            if (bad is not null) { Error("member", $"'{bad}' is not a three-letter country code"); continue; }
            if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length) { Error("member", "a member is listed twice"); continue; }
            if (codes.Length < 2) { Error("member", "a grouping has two members or more"); continue; }
            members[name] = codes;
        }
        return new Groupings(members);
    }

    private static Groupings LoadDefault() => EmbeddedList.Load<Groupings>(ResourceName, "grouping list", Load);
}
