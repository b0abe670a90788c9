namespace Casus.Actors.Context;

/// <summary>
/// Which context may give a country to an actor phrase that names a role but no country ("the army" → <c>---MIL</c>,
/// "President Dos Santos" with no entry → <c>---GOV</c>); docs/formats/actors.md, "Country from context".
/// Immutable; the default is <see cref="Default"/>.
/// </summary>
public sealed record ContextCountryOptions
{
    /// <summary>The options the shipped pipeline uses: the same sentence only.</summary>
    public static ContextCountryOptions Default { get; } = new();

    /// <summary>No country from context: every role without a country stays <c>---</c>.</summary>
    public static ContextCountryOptions None { get; } = new() { SameSentence = false, LongArticles = false, Article = false, Publisher = false, SpeakerPossessives = false };

    /// <summary>
    /// Take the country of the nearest actor in the same sentence that has one (nearest in the dependency tree when
    /// the sentence is parsed, else in words); nothing when two different countries are equally near.
    /// </summary>
    /// <value>Default <c>true</c>.</value>
    public bool SameSentence { get; init; } = true;

    /// <summary>
    /// In articles of three sentences or more, also take a country from another actor of the sentence (not only from
    /// the actor's own noun phrase), when the article is about that one country and no government published it on its
    /// own site (data/actors/publishers.txt). Hand-judged on the news run (2026-11-29, branch bareroles) it was right
    /// for 20 of 21 actors it filled in Wikinews stories but 8 of 19 in White House statements, hence the publisher
    /// gate (docs/formats/actors.md, "Country from context").
    /// </summary>
    /// <value>Default <c>true</c>.</value>
    public bool LongArticles { get; init; } = true;

    /// <summary>
    /// After the sentence pass, give a role still without a country the country its article points to: an earlier
    /// phrase of the same role with a country ("the Syrian government" ... "the government"), a place of the gazetteer
    /// or a country named in its sentence, the article's share of mentions per country and its lead sentence; chosen
    /// only when one country clearly leads (<see cref="ArticleMinScore"/>, <see cref="ArticleMargin"/>);
    /// docs/formats/actors.md, "Country from the article".
    /// </summary>
    /// <remarks>Never on a government's own site (data/actors/publishers.txt): hand-judged on the news sample
    /// (2026-11-28) it was right for 22 of 41 filled actors, the errors White House statements, which name a foreign
    /// country near "the Administration" and generic groups. Elsewhere (news reports) it filled 11 event actors of
    /// the news run, 10 right (2026-11-29, branch bareroles). The gold sets (one sentence each) are unchanged by
    /// it.</remarks>
    /// <value>Default <c>true</c>.</value>
    public bool Article { get; init; } = true;

    /// <summary>
    /// Last, in an article a government publishes on its own site (data/actors/publishers.txt: "www.whitehouse.gov" →
    /// USA), give a state's role still without a country the publisher's country ("the Vice President", "the
    /// Administration", "National Security Advisor Jake Sullivan"), and a named person the country of a fuller mention
    /// of the same name ("President Yoon" after "President Yoon Suk Yeol"); docs/formats/actors.md, "Country of the
    /// publisher".
    /// </summary>
    /// <value>Default <c>true</c>.</value>
    public bool Publisher { get; init; } = true;

    /// <summary>The least score the best country needs to be chosen by the article pass.</summary>
    /// <value>Default <c>3.0</c> (one earlier phrase of the same role, or a sole-country article with a place).</value>
    public double ArticleMinScore { get; init; } = 3.0;

    /// <summary>How many times the second country's score the best one must reach; closer is ambiguous and stays
    /// <c>---</c>.</summary>
    /// <value>Default <c>2.0</c>.</value>
    public double ArticleMargin { get; init; } = 2.0;

    /// <summary>
    /// Resolve "it", "its", "their", "them", "him" and "her" to an earlier actor (docs/formats/actors.md, "Coreference";
    /// "he", "she" and "they" as subjects are resolved by the coreference pass whatever this says).
    /// </summary>
    /// <remarks>Off by default: hand-judged right for 25 of 31 pronouns it resolved on the news sample, but on the
    /// gold sets it adds two false events and no match (plover_gsr root+dyad 0.509 → 0.508).</remarks>
    /// <value>Default <c>false</c>.</value>
    public bool Pronouns { get; init; }

    /// <summary>
    /// With <see cref="Pronouns"/> off, still give the subject of a reported clause whose possessor is "its" or
    /// "their" the country of the reporting verb's subject: "Israel said its troops had withdrawn" → <c>ISRMIL</c>
    /// (docs/formats/actors.md, "Coreference").
    /// </summary>
    /// <value>Default <c>true</c>.</value>
    public bool SpeakerPossessives { get; init; } = true;
}
