namespace Casus.Actors;

/// <summary>
/// One phrase of an actor dictionary file and what it means. Immutable.
/// </summary>
/// <param name="Kind">What the phrase contributes.</param>
/// <param name="Phrase">The phrase as written in the file, e.g. "Syria", "armed forces".</param>
/// <param name="Words">The phrase split into tokens the way the tokenizer splits text ("People's" → "People", "'s").</param>
/// <param name="Code">The code: a country or organisation code, a three-letter role, or empty for fillers.</param>
/// <param name="Source">Resource name of the file, e.g. "actors/countries.txt".</param>
/// <param name="Line">1-based line number in that file.</param>
/// <param name="ValidFrom">First day of a person's affiliation, or null when open.</param>
/// <param name="ValidUntil">Last day of a person's affiliation, or null when open.</param>
/// <param name="Counts">A role head written under <c>count:</c> ("thousands", "hundreds"): standing alone it names a
/// crowd ("Thousands marched"); before "of" it only counts the noun that follows and names no actor.</param>
public sealed record ActorEntry(
    ActorEntryKind Kind,
    string Phrase,
    IReadOnlyList<string> Words,
    ActorCode Code,
    string Source,
    int Line,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null,
    bool Counts = false)
{
    /// <summary>Where the entry was written, as "file:line".</summary>
    public string Location => $"{Source}:{Line}";

    /// <summary>Evidence text for a mention: "actors/countries.txt:212 Syria → SYR".</summary>
    public string Evidence => Code.IsEmpty ? $"{Location} {Phrase}" : $"{Location} {Phrase} → {Code}";

    /// <summary>True when the affiliation holds on <paramref name="date"/> (always true for undated entries).</summary>
    public bool IsValidOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidUntil is null || date <= ValidUntil);
}
