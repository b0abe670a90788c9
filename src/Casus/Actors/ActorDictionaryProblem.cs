namespace Casus.Actors;

/// <summary>One problem found in an actor dictionary file.</summary>
/// <param name="Source">Resource or file name.</param>
/// <param name="Line">1-based line number (0 when the problem concerns the whole file).</param>
/// <param name="Message">What is wrong, in words an editor of the file can act on.</param>
public readonly record struct ActorDictionaryProblem(string Source, int Line, string Message)
{
    /// <summary>"file:line: message".</summary>
    public override string ToString() => $"{Source}:{Line}: {Message}";
}

/// <summary>
/// Thrown when shipped or explicitly loaded actor dictionaries have errors; lists every problem, one per line.
/// </summary>
public sealed class ActorDictionaryException : Exception
{
    /// <summary>Creates the exception over the problems found.</summary>
    public ActorDictionaryException(IReadOnlyList<ActorDictionaryProblem> problems)
        : base($"{problems.Count} problem(s) in actor dictionaries:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
        => Problems = problems;

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<ActorDictionaryProblem> Problems { get; }
}
