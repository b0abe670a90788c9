namespace Casus.Document;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity { Info, Warning, Error }

/// <summary>A problem a stage met on an article; stages record these instead of throwing on bad input.</summary>
/// <param name="Stage">The stage that found it.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What went wrong, in words a user can act on.</param>
public readonly record struct Diagnostic(string Stage, Severity Severity, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} [{Stage}]: {Message}";
}
