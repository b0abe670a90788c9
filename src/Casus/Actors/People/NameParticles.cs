using Casus.Coding;

namespace Casus.Actors.People;

/// <summary>
/// The words of data/actors/name-particles.txt: the lower-case words inside a personal name ("bin", "al", "van",
/// "von der"), read by <see cref="Discourse.HeadlinePersonPass"/>, whose run of capitalised name words goes on over
/// them. Matched as written (lower case). Validated at load: a bad or repeated line is an error with its file and
/// line. Immutable and thread-safe.
/// </summary>
internal sealed class NameParticles
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/name-particles.txt";

    private static readonly Lazy<NameParticles> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // The kinds only document the list ("arabic | bin", "european | von"); the pass reads them alike.
    private static readonly string[] Kinds = ["arabic", "european"];

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private NameParticles(HashSet<string> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static NameParticles Default => LazyDefault.Value;

    /// <summary>The number of particles of both kinds.</summary>
    public int Count => _words.Count;

    /// <summary>True when <paramref name="word"/>, as written, is a name particle ("bin"; not "Bin", a name word
    /// anyway); allocates nothing.</summary>
    public bool IsParticle(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static NameParticles Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, value) => TaggedWordList.IsLowerLetters(value) ? null : "must be one lower-case word");
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in Kinds) set.UnionWith(words[kind]);
        return new NameParticles(set);
    }

    private static NameParticles LoadDefault() => EmbeddedList.Load<NameParticles>(ResourceName, "name particle list", Load);
}
