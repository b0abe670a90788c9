using System.CommandLine;
using Casus.Coding;
using Casus.Coding.Nouns;
using Casus.Coding.Verbs;

namespace Casus.Cli.Commands;

/// <summary><c>casus verbs check [files...]</c>: validates verb dictionary files (docs/formats/verbs.md) and reports
/// their coverage of the CAMEO table.</summary>
internal static class VerbsCommand
{
    public static Command Create()
    {
        var verbs = new Command("verbs", "Verb dictionaries: the patterns that code CAMEO events.");
        var check = new Command("check", "Validate verb dictionary files (NN_name.txt) and event-noun files (any other name, docs/formats/nouns.md) and list CAMEO codes with no verb entry; with no files, the dictionaries shipped in Casus.dll.");
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore, Description = "Dictionary files to check together." };
        check.Arguments.Add(files);
        check.SetAction(parseResult => Check(parseResult.GetValue(files) ?? [], Console.Out, Console.Error));
        verbs.Subcommands.Add(check);
        return verbs;
    }

    /// <summary>Checks <paramref name="paths"/> (or the shipped dictionaries): load errors as file:line on
    /// <paramref name="err"/>, the coverage report on <paramref name="out"/>. Returns 0 when clean, 1 on load errors,
    /// coverage gaps or equivalent entries under two codes, 2 when a file cannot be read.</summary>
    public static int Check(IReadOnlyList<string> paths, TextWriter @out, TextWriter err)
    {
        // NN_name.txt files are verb dictionaries; any other file is read as event nouns (data/nouns).
        var nounPaths = paths.Where(p => !IsVerbFile(p)).ToList();
        paths = paths.Where(IsVerbFile).ToList();
        int nounResult = CheckNouns(nounPaths, @out, err);
        if (nounResult == 2) return 2;
        VerbDictionary dictionary;
        IReadOnlyList<DataFileError> errors;
        if (paths.Count == 0)
        {
            dictionary = VerbDictionary.LoadDefault();
            errors = [];
        }
        else
        {
            var files = new List<(string, TextReader)>();
            try
            {
                foreach (var path in paths)
                {
                    try { files.Add(("verbs/" + Path.GetFileName(path), new StringReader(File.ReadAllText(path)))); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        err.WriteLine($"{path}: cannot read: {e.Message}");
                        return 2;
                    }
                }
                dictionary = VerbDictionary.Load(files, CameoCatalog.Default, VerbInflector.Default, out errors);
            }
            finally
            {
                foreach (var (_, r) in files) r.Dispose();
            }
        }
        foreach (var e in errors) err.WriteLine(e);
        var coverage = VerbCoverage.Of(dictionary, CameoCatalog.Default);
        coverage.Write(@out, CameoCatalog.Default);
        int gaps = coverage.Gaps.Count();
        if (errors.Count > 0) err.WriteLine($"{errors.Count} bad line(s)");
        return errors.Count > 0 || gaps > 0 || coverage.Equivalent.Count > 0 || nounResult != 0 ? 1 : 0;
    }

    private static bool IsVerbFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 3 && char.IsAsciiDigit(name[0]) && char.IsAsciiDigit(name[1]) && name[2] == '_';
    }

    /// <summary>Loads the given event-noun files (or the shipped ones): errors as file:line on <paramref name="err"/>,
    /// the entry count on <paramref name="out"/>. 0 when clean, 1 on bad lines, 2 when a file cannot be read.</summary>
    private static int CheckNouns(List<string> paths, TextWriter @out, TextWriter err)
    {
        NounDictionary nouns;
        IReadOnlyList<DataFileError> errors = [];
        if (paths.Count == 0) nouns = NounDictionary.LoadDefault();
        else
        {
            var files = new List<(string, TextReader)>();
            foreach (var path in paths)
            {
                try { files.Add(("nouns/" + Path.GetFileName(path), new StringReader(File.ReadAllText(path)))); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    err.WriteLine($"{path}: cannot read: {e.Message}");
                    return 2;
                }
            }
            nouns = NounDictionary.Load(files, CameoCatalog.Default, out errors);
        }
        foreach (var e in errors) err.WriteLine(e);
        int received = nouns.Entries.Count(e => e.Received);
        int governing = Enum.GetValues<NounWordList>().Sum(l => nouns.Words(l).Count);
        @out.WriteLine($"event nouns: {nouns.Entries.Count - received} entries, things received: {received}, governing words: {governing}");
        if (errors.Count > 0) err.WriteLine($"{errors.Count} bad noun line(s)");
        return errors.Count > 0 ? 1 : 0;
    }
}
