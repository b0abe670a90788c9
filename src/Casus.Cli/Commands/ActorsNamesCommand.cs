using System.CommandLine;
using Casus.Actors;
using Casus.Actors.People;

namespace Casus.Cli.Commands;

/// <summary><c>casus actors names</c>: what the name key merges in the shipped people files, for checking that it
/// joins spellings of one person and not different people (docs/formats/actors.md, "Name keys").</summary>
internal static class ActorsNamesCommand
{
    public static Command Create()
    {
        var command = new Command("names", "List the people whose dictionary lines the name key joined although written differently, and the shorter patronymic forms.");
        command.SetAction(p => Run(PersonDirectory.Create(ActorDictionary.LoadEmbedded()), p.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Writes one line per person whose full names differ in spelling (case and punctuation aside), then the
    /// counts; returns 0.</summary>
    public static int Run(PersonDirectory directory, TextWriter output)
    {
        int merged = 0;
        foreach (var person in directory.People)
        {
            var spellings = person.Names.Select(Plain).Distinct(StringComparer.Ordinal).ToList();
            if (spellings.Count < 2) continue;
            merged++;
            var codes = string.Join(", ", person.Affiliations.Select(a => $"{a.Code} ({a.Source}:{a.Line})").Distinct());
            output.WriteLine($"{NameKey.Of(person.Name)}\t{string.Join(" | ", person.Names)}\t{codes}");
        }
        output.WriteLine($"people {directory.People.Count}; joined under one key though spelt differently: {merged}; " +
            $"shorter patronymic forms indexed: {directory.PatronymicFormCount}, left out as shared by two people or more: {directory.AmbiguousPatronymicForms}");
        return 0;
    }

    // Case, spaces, hyphens and periods do not make a different spelling ("Jong-un" = "Jong Un").
    private static string Plain(string name) => new(name.ToLowerInvariant().Where(char.IsLetter).ToArray());
}
