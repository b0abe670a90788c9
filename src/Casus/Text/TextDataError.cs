namespace Casus.Text;

/// <summary>A rejected line of a text data file (abbreviations, prefixes, ...).</summary>
/// <param name="File">The resource or file name.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong with the line.</param>
public readonly record struct TextDataError(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
