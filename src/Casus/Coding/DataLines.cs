namespace Casus.Coding;

/// <summary>
/// The lines of a hand-edited data list that hold an entry: text after '#' is a comment, white space around the
/// entry is trimmed and blank lines are skipped; each entry keeps its 1-based line number for errors.
/// </summary>
internal static class DataLines
{
    /// <summary>Each entry of <paramref name="reader"/> with its line number, in file order.</summary>
    public static IEnumerable<(int Line, string Text)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNo = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0) yield return (lineNo, text);
        }
    }
}
