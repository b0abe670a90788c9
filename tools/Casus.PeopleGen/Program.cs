using Casus.PeopleGen;

// Generates data/actors/people.txt from the Wikidata heads of state and government table (CC0):
//   dotnet run --project tools/Casus.PeopleGen -- ../shared/data/leaders/wikidata_heads_of_state_gov_2021-current.csv data/actors/people.txt
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Casus.PeopleGen <wikidata_heads_of_state_gov.csv> <people.txt>");
    return 2;
}
var result = PeopleGenerator.Generate(File.ReadAllLines(args[0]), Path.GetFileName(args[0]));
File.WriteAllText(args[1], result.Text);
foreach (var reject in result.Rejects) Console.Error.WriteLine(reject);
Console.Error.WriteLine($"{result.Written} lines written, {result.Rejects.Count} rows rejected");
return 0;
