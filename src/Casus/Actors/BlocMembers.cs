using Casus.Coding;

namespace Casus.Actors;

/// <summary>
/// Which countries (or blocs) are members of which bloc, read from data/actors/blocs.txt: "President Biden and G7
/// leaders will announce ..." names a member beside its own bloc, and the two act as one side, not as two parties
/// cooperating with each other. A bloc is written by its code's prefix (IGOG07 covers IGOG07GOV); a member by its
/// country code (compared with an actor code's first three letters) or by another bloc's prefix. Immutable and
/// thread-safe.
/// </summary>
public sealed class BlocMembers
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/blocs.txt";

    private static readonly Lazy<BlocMembers> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Bloc code prefix → its members (country codes and bloc prefixes).
    private readonly (string Bloc, string[] Members)[] _blocs;

    private BlocMembers((string, string[])[] blocs) => _blocs = blocs;

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static BlocMembers Default => LazyDefault.Value;

    /// <summary>The number of blocs read.</summary>
    public int Count => _blocs.Length;

    /// <summary>True when one of the two actor codes is a bloc the other is a member of ("IGOG07GOV" and "USAGOV",
    /// "IGOG07" and "IGOEUREEC"), in either order.</summary>
    public bool EitherIsMemberOfOther(string a, string b) => IsMemberOf(a, b) || IsMemberOf(b, a);

    /// <summary>True when actor code <paramref name="member"/> belongs to the bloc actor code <paramref name="bloc"/>
    /// names.</summary>
    public bool IsMemberOf(string member, string bloc)
    {
        foreach (var (prefix, members) in _blocs)
        {
            if (!bloc.StartsWith(prefix, StringComparison.Ordinal)) continue;
            foreach (var m in members)
                // A country by its first three letters (USAGOV is the USA); a bloc member by its prefix (IGOEUREEC).
                if (m.Length == 3 ? member.Length >= 3 && string.CompareOrdinal(member, 0, m, 0, 3) == 0
                    : member.StartsWith(m, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static BlocMembers Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var blocs = new List<(string, string[])>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            int bar = text.IndexOf('|');
            if (bar < 0) { errors.Add(new DataFileError(file, lineNo, "line", "expected 'BLOC | MEMBER MEMBER ...'")); continue; }
            var bloc = text[..bar].Trim();
            if (!IsCode(bloc) || bloc.Length < 6) { errors.Add(new DataFileError(file, lineNo, "bloc", $"'{bloc}' is no bloc code (upper-case letters and digits, six or more)")); continue; }
            if (!seen.Add(bloc)) { errors.Add(new DataFileError(file, lineNo, "bloc", $"'{bloc}' is listed twice")); continue; }
            var members = text[(bar + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (members.Length == 0) { errors.Add(new DataFileError(file, lineNo, "members", "no member listed")); continue; }
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            string? bad = null;
            foreach (var m in members)
                if (!IsCode(m) || m.Length < 3 || !distinct.Add(m)) { bad = m; break; }
            if (bad != null) { errors.Add(new DataFileError(file, lineNo, "members", $"'{bad}' is no code (upper-case letters and digits, three or more) or is listed twice")); continue; }
            blocs.Add((bloc, members));
        }
        return new BlocMembers(blocs.ToArray());
    }

    private static bool IsCode(string s)
    {
        foreach (char c in s) if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9'))) return false;
        return s.Length > 0;
    }

    private static BlocMembers LoadDefault() => EmbeddedList.Load<BlocMembers>(ResourceName, "bloc member list",
        (TextReader r, string f, out List<DataFileError> e) => Load(r, f, out e));
}
