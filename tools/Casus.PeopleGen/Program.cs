using Casus.Actors.People;
using Casus.PeopleGen;

// Generates the people dictionaries from the leader tables in ../shared/data/leaders:
//   dotnet run --project tools/Casus.PeopleGen -- WIKIDATA.csv data/actors/people.txt [CIA_2019.csv data/actors/people-cia-2019.txt]
// The Wikidata table (heads of state and government, CC0) gives people.txt; the CIA 2019 snapshot (ministers and
// officials, US public domain) gives people-cia-2019.txt, without the people people.txt already holds.
if (args.Length is not (2 or 4))
{
    Console.Error.WriteLine("usage: Casus.PeopleGen <wikidata_heads_of_state_gov.csv> <people.txt> [<cia_world_leaders_2019.csv> <people-cia-2019.txt>]");
    return 2;
}
var result = PeopleGenerator.Generate(File.ReadAllLines(args[0]), Path.GetFileName(args[0]));
File.WriteAllText(args[1], result.Text);
foreach (var reject in result.Rejects) Console.Error.WriteLine($"{args[0]}: {reject}");
Console.Error.WriteLine($"{args[1]}: {result.Written} lines written, {result.Rejects.Count} rows rejected");
if (args.Length == 4)
{
    // People of people.txt, as "CCC namekey", so the CIA file does not repeat them.
    var known = new HashSet<string>(StringComparer.Ordinal);
    foreach (var line in result.Text.Split('\n'))
    {
        if (line.StartsWith('#') || !line.Contains("person:")) continue;
        var fields = line.Split('|');
        var name = fields[1].Trim()["person:".Length..].Trim();
        known.Add(fields[0].Trim()[..3] + " " + NameKey.Of(name));
    }
    var cia = CiaPeopleGenerator.Generate(File.ReadAllLines(args[2]), Path.GetFileName(args[2]), known);
    File.WriteAllText(args[3], cia.Text);
    foreach (var reject in cia.Rejects) Console.Error.WriteLine($"{args[2]}: {reject}");
    Console.Error.WriteLine($"{args[3]}: {cia.Written} people written, {cia.Rejects.Count} rows rejected");
}
return 0;
