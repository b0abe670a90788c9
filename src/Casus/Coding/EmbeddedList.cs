namespace Casus.Coding;

/// <summary>Reads a list from <paramref name="reader"/>, naming <paramref name="file"/> in each error; never throws on
/// bad content (the shape of every validated data list's <c>Load</c>).</summary>
internal delegate T DataListLoader<T>(TextReader reader, string file, out List<DataFileError> errors);

/// <summary>
/// The one way the small validated data lists (groups, offices, state acts, source kinds, …) load their shipped copy
/// from Casus.dll: a missing resource or a bad line in the shipped file is a build defect, which the test suite rules
/// out, so it throws with every error named; user-supplied copies go through the list's own <c>Load</c>, which
/// reports errors instead.
/// </summary>
internal static class EmbeddedList
{
    /// <summary>Loads the embedded resource <paramref name="resourceName"/> with <paramref name="load"/>;
    /// <paramref name="what"/> names the list in the exception ("the group word list").</summary>
    public static T Load<T>(string resourceName, string what, DataListLoader<T> load)
    {
        using var stream = typeof(EmbeddedList).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource '{resourceName}' is missing from Casus.dll");
        using var reader = new StreamReader(stream);
        var list = load(reader, resourceName, out var errors);
        if (errors.Count > 0) throw new InvalidDataException($"the embedded {what} is invalid: " + string.Join("; ", errors));
        return list;
    }
}
