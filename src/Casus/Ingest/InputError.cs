namespace Casus.Ingest;

/// <summary>Why an input (a file, a JSON Lines record, stdin) was rejected.</summary>
/// <param name="Source">The file path, or <c>-</c> for standard input.</param>
/// <param name="Line">The 1-based line for JSON Lines records; null for whole files.</param>
/// <param name="Reason">What was wrong, in words a user can act on (names the field where one is at fault).</param>
public sealed record InputError(string Source, int? Line, string Reason)
{
    /// <summary>"source:line: reason" (or "source: reason"), the form compilers use, so editors can jump to it.</summary>
    public override string ToString() => Line is { } l ? $"{Source}:{l}: {Reason}" : $"{Source}: {Reason}";
}
