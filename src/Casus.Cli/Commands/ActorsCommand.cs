using System.CommandLine;
using Casus.Actors;

namespace Casus.Cli.Commands;

/// <summary><c>casus actors check [files...]</c>: validates actor dictionary files (docs/formats/actors.md).</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var actors = new Command("actors", "Actor dictionaries: countries, organisations, roles, people.");
        var check = new Command("check", "Validate actor dictionary files; with no files, the dictionaries shipped in Casus.dll.");
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore, Description = "Dictionary files to check together." };
        check.Arguments.Add(files);
        check.SetAction(parseResult => Check(parseResult.GetValue(files) ?? [], Console.Out, Console.Error));
        actors.Subcommands.Add(check);
        actors.Subcommands.Add(ActorsEvalCommand.Create());
        actors.Subcommands.Add(ActorsMentionsCommand.Create());
        actors.Subcommands.Add(ActorsNamesCommand.Create());
        return actors;
    }

    /// <summary>Checks <paramref name="paths"/> (or the shipped dictionaries) and reports every problem as
    /// file:line: message on <paramref name="err"/>. Returns 0 when clean, 1 on problems, 2 when a file cannot be read.</summary>
    public static int Check(IReadOnlyList<string> paths, TextWriter @out, TextWriter err)
    {
        var sources = new List<ActorSource>();
        if (paths.Count == 0) sources.AddRange(ActorSource.Embedded());
        foreach (var path in paths)
        {
            try { sources.Add(new ActorSource(path, File.ReadAllText(path))); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                err.WriteLine($"{path}: cannot read: {e.Message}");
                return 2;
            }
        }
        if (ActorDictionary.TryLoad(sources, out var dictionary, out var problems))
        {
            @out.WriteLine($"{sources.Count} file(s), {dictionary!.Entries.Count} phrases, no problems");
            return 0;
        }
        foreach (var p in problems) err.WriteLine(p);
        err.WriteLine($"{problems.Count} problem(s) in {sources.Count} file(s)");
        return 1;
    }
}
