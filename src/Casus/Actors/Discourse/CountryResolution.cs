namespace Casus.Actors.Discourse;

/// <summary>One country an article offers for a role phrase without one, with its score and the evidence for it.</summary>
/// <param name="Country">Three-letter country code.</param>
/// <param name="Score">Sum of the weights of its evidence (docs/formats/actors.md, "Country from the article").</param>
/// <param name="Evidence">One line per piece of evidence, with its weight ("same role earlier: 'the Syrian
/// government' (sentence 2) +3").</param>
public sealed record CountryCandidate(string Country, double Score, IReadOnlyList<string> Evidence);

/// <summary>Why <see cref="CountryResolution"/> chose no country.</summary>
public enum CountryOpenReason
{
    /// <summary>A country was chosen.</summary>
    None,

    /// <summary>The article offers no country at all.</summary>
    NoEvidence,

    /// <summary>The best candidate scores below the minimum.</summary>
    TooWeak,

    /// <summary>Two countries are close in score: the phrase may be either's.</summary>
    Ambiguous,

    /// <summary>A government office (GOV, ELI) with no earlier phrase of its role or place in its sentence for the best
    /// country: in news of diplomacy an unnamed officeholder is as often the writer's own.</summary>
    OfficeWithoutRoleEvidence,
}

/// <summary>
/// The countries an article offers for one role phrase, best first, and the choice made among them (NodaTime style:
/// ambiguity is data, and the caller sees why nothing was chosen). Immutable.
/// </summary>
/// <param name="Candidates">All candidates, best first.</param>
/// <param name="Chosen">The chosen country, or null when the phrase stays <c>---</c>.</param>
/// <param name="Reason">Why none was chosen; <see cref="CountryOpenReason.None"/> when one was.</param>
public sealed record CountryResolution(IReadOnlyList<CountryCandidate> Candidates, string? Chosen, CountryOpenReason Reason)
{
    /// <summary>A resolution with no candidate.</summary>
    public static CountryResolution Empty { get; } = new([], null, CountryOpenReason.NoEvidence);

    /// <summary>The candidates as one evidence line: "SYR 5.4 (...; ...), IRQ 1.0 (...)".</summary>
    public string Describe(int max = 3)
    {
        var parts = new List<string>();
        for (int i = 0; i < Candidates.Count && i < max; i++)
        {
            var c = Candidates[i];
            parts.Add($"{c.Country} {c.Score:0.0} ({string.Join("; ", c.Evidence)})");
        }
        return string.Join(", ", parts);
    }
}
