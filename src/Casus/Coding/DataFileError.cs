namespace Casus.Coding;

/// <summary>One rejected line of a data file (a dictionary or table), with where it is and what is wrong.</summary>
/// <param name="File">The file's resource or path name, e.g. "verbs/19_fight.txt".</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Field">The field or part of the line at fault, e.g. "goldstein" or "pattern".</param>
/// <param name="Message">What is wrong, in words a dictionary editor can act on.</param>
public sealed record DataFileError(string File, int Line, string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
