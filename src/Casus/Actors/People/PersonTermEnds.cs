namespace Casus.Actors.People;

/// <summary>
/// Ends open terms of the people files from a hand-written file of end dates (a file whose name ends in
/// <c>term-ends.txt</c>, docs/formats/actors.md "Ended terms"). The generated <c>people.txt</c> comes from a 2022
/// snapshot: a term that ended later stays open there, and an open line keeps a leader in office for ever. Regenerating
/// would lose nothing of this file, since it names the people and dates rather than editing the generated lines.
/// </summary>
public static class PersonTermEnds
{
    /// <summary>Whether a dictionary source is a file of term ends rather than one of entries.</summary>
    public static bool IsTermEndsFile(string sourceName) =>
        sourceName.EndsWith("term-ends.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Applies the parsed lines of a term-ends file (<paramref name="ends"/>: person entries with <c>until:</c> and no
    /// <c>from:</c>) to <paramref name="entries"/>: every open person entry of the same code and name (case aside) that
    /// began on or before the end date takes it as its <c>until:</c>. An open entry that begins after the end date is a
    /// later term of someone who returned to the office (written by hand in a people file) and stays open. Each end line
    /// must close at least one open term; an unknown person or code, a line with <c>from:</c> or without <c>until:</c>,
    /// and an end before the start of every open term are problems at the end line's file:line.
    /// </summary>
    public static void Apply(IReadOnlyList<ActorEntry> ends, List<ActorEntry> entries, List<ActorDictionaryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(ends);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var end in ends)
        {
            void Problem(string message) => problems.Add(new ActorDictionaryProblem(end.Source, end.Line, message));
            if (end.Kind != ActorEntryKind.Person) { Problem($"a term-ends file holds only 'person:' lines, not {end.Kind} '{end.Phrase}'"); continue; }
            if (end.ValidFrom is not null) { Problem($"'from:' does not belong in a term-ends file (it ends terms; write new terms in a people file)"); continue; }
            if (end.ValidUntil is not { } until) { Problem($"'{end.Phrase}' needs 'until:' (the last day in office)"); continue; }

            int named = 0, closed = 0;
            string? tooEarly = null;
            for (int i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                if (e.Kind != ActorEntryKind.Person || e.Code != end.Code
                    || !string.Equals(e.Phrase, end.Phrase, StringComparison.OrdinalIgnoreCase)) continue;
                named++;
                if (e.ValidUntil is not null) continue;
                if (e.ValidFrom is { } from && until < from)
                {
                    tooEarly = $"until {until:yyyy-MM-dd} is before the start of the term at {e.Location} (from {from:yyyy-MM-dd})";
                    continue;
                }
                entries[i] = e with { ValidUntil = until };
                closed++;
            }
            if (named == 0) Problem($"no person '{end.Phrase}' under {end.Code} in the people files");
            // An end before every open term's start is a wrong date; before only a later term's, that term is a return.
            else if (closed == 0 && tooEarly is not null) Problem(tooEarly);
            else if (closed == 0) Problem($"'{end.Phrase}' ({end.Code}) has no open term to end");
        }
    }
}
