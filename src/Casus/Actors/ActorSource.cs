namespace Casus.Actors;

/// <summary>The text of one actor dictionary file and the name used in messages and evidence.</summary>
/// <param name="Name">Resource name or path, e.g. "actors/countries.txt".</param>
/// <param name="Text">The file's contents.</param>
public sealed record ActorSource(string Name, string Text)
{
    /// <summary>The resource names of the dictionaries shipped inside Casus.dll, in load order.</summary>
    public static IReadOnlyList<string> EmbeddedNames { get; } =
        ["actors/countries.txt", "actors/organisations.txt", "actors/roles.txt", "actors/people.txt",
         "actors/people-cia-2019.txt", "actors/people-notable.txt", "actors/people-leaders-europe-americas.txt",
         "actors/people-leaders-mea-asia.txt", "actors/people-nonstate.txt", "actors/people-leaders-2022.txt",
         "actors/people-term-ends.txt"];

    /// <summary>Reads the shipped dictionaries from the assembly's embedded resources (missing optional ones are skipped).</summary>
    public static IReadOnlyList<ActorSource> Embedded()
    {
        var assembly = typeof(ActorSource).Assembly;
        var list = new List<ActorSource>();
        foreach (var name in EmbeddedNames)
        {
            using var stream = assembly.GetManifestResourceStream(name);
            if (stream is null) continue;
            using var reader = new StreamReader(stream);
            list.Add(new ActorSource(name, reader.ReadToEnd()));
        }
        return list;
    }
}
