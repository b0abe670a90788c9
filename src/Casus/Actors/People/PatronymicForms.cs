namespace Casus.Actors.People;

/// <summary>
/// The shorter forms news writes for an Arabic patronymic name (nasab): a full name "Given bin Father [bin
/// Grandfather ...] [Al Family]" is usually cut to the given and father's names, with or without the family name:
/// "Mohammed bin Zayed Al Nahyan" → "Mohammed bin Zayed"; "Salman bin Hamad bin Isa Al Khalifa" → "Salman bin
/// Hamad" and "Salman bin Hamad Al Khalifa". The dictionaries list the long form (Wikidata's label), so without
/// these forms "President Mohamed bin Zayed" finds nobody. Pure functions.
/// </summary>
public static class PatronymicForms
{
    /// <summary>True for the words that join a given name to the father's ("bin", "ibn", "bint").</summary>
    public static bool IsConnector(string word) => word is "bin" or "ibn" or "bint" or "Bin" or "Ibn" or "Bint";

    /// <summary>
    /// The shorter forms of <paramref name="name"/>, none when it is no patronymic name or is already short: the
    /// given name(s) before the first connector, the connector and the father's name; and that with the family name
    /// ("Al Nahyan", "Al-Thani", "al Saud") when the name ends with one and has more between.
    /// </summary>
    public static IReadOnlyList<string> Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int bin = Array.FindIndex(words, IsConnector);
        // A connector first ("bin Laden") or last leaves no given or father's name.
        if (bin < 1 || bin + 1 >= words.Length) return [];
        int fatherEnd = bin + 2;
        int familyStart = FamilyStart(words);
        var forms = new List<string>(2);
        // Only when something is cut: "Hamad bin Isa" has no shorter form.
        if (fatherEnd < words.Length) forms.Add(string.Join(' ', words[..fatherEnd]));
        if (familyStart > fatherEnd && familyStart < words.Length) forms.Add(string.Join(' ', words[..fatherEnd]) + " " + string.Join(' ', words[familyStart..]));
        return forms;
    }

    // Index of the family name at the end ("Al Nahyan": the article and the name; "Al-Thani": one word), or the
    // word count when there is none.
    private static int FamilyStart(string[] words)
    {
        int n = words.Length;
        if (n >= 2 && words[n - 2] is "Al" or "al" or "Āl") return n - 2;
        if (words[n - 1].StartsWith("Al-", StringComparison.Ordinal) || words[n - 1].StartsWith("al-", StringComparison.Ordinal)) return n - 1;
        return n;
    }
}
