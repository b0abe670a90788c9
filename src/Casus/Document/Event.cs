using Casus.Coding;

namespace Casus.Document;

/// <summary>One coded event: who did what to whom, when and where, with the evidence for it.</summary>
public sealed record Event
{
    /// <summary>Sentence index in the article.</summary>
    public required int Sentence { get; init; }
    /// <summary>The actor who acts.</summary>
    public required Mention Source { get; init; }
    /// <summary>The actor acted on; null where the text names none (a protest with no stated target).</summary>
    public Mention? Target { get; init; }
    /// <summary>The CAMEO event code at its most specific level.</summary>
    public required CameoCode Code { get; init; }
    /// <summary>Goldstein conflict–cooperation score of the code.</summary>
    public required double Goldstein { get; init; }
    /// <summary>QuadClass of the code.</summary>
    public required QuadClass QuadClass { get; init; }
    /// <summary>PLOVER category; null for CAMEO 01 and 02, which PLOVER drops.</summary>
    public PloverCategory? Plover { get; init; }
    /// <summary>PLOVER mode, if the mapping gives one.</summary>
    public string? PloverMode { get; init; }
    /// <summary>PLOVER context, if the mapping gives one.</summary>
    public string? PloverContext { get; init; }
    /// <summary>Date of the event; null when neither text nor metadata gives one.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Where it happened, if known.</summary>
    public Location? Location { get; init; }
    /// <summary>
    /// When it happened, with precision and source (the event-date stage, <see cref="Casus.Time.EventDateStage"/>);
    /// null before that stage runs or when there is neither a time expression nor a publication date.
    /// <see cref="Date"/> is then <see cref="Casus.Time.EventDate.Date"/>.
    /// </summary>
    public Casus.Time.EventDate? When { get; init; }
    /// <summary>The tokens that expressed the act (the verb phrase).</summary>
    public required TokenSpan Trigger { get; init; }
    /// <summary>Why this event was coded: dictionary entries and the rule.</summary>
    public required Evidence Evidence { get; init; }
}

/// <summary>A place an event is tied to.</summary>
/// <param name="Name">The place's name in the gazetteer (or the country's name).</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of its country, as CAMEO codes countries.</param>
/// <param name="Latitude">Latitude in degrees (a country's settlement centre for <see cref="LocationPrecision.Country"/>).</param>
/// <param name="Longitude">Longitude in degrees.</param>
public sealed record Location(string Name, string? Country, double? Latitude, double? Longitude)
{
    /// <summary>How exact the coordinates are: a place, or only its country.</summary>
    public LocationPrecision Precision { get; init; } = LocationPrecision.Place;
    /// <summary>The name of the first-level administrative division ("California", "Nineveh"); null if unknown.</summary>
    public string? Admin1 { get; init; }
    /// <summary>GeoNames feature code ("PPLC" capital, "PPLA" seat of a first-level division, "PPL" place); null for a country.</summary>
    public string? FeatureCode { get; init; }
    /// <summary>GeoNames id of the place; null for a country, a division or a region.</summary>
    public long? GeoNameId { get; init; }
    /// <summary>The rule that placed the event: "clause", "sentence", "destination" (its own sentence; "destination" a visit's), "paragraph", "opening" (an
    /// earlier event of the same actors), "dateline", or "actors" (the country source and target share); null if not
    /// recorded.</summary>
    public string? Source { get; init; }
    /// <summary>The words that named the place, as written.</summary>
    public string? Text { get; init; }
}

/// <summary>How exact an event's <see cref="Location"/> is.</summary>
public enum LocationPrecision
{
    /// <summary>A named populated place (city, town).</summary>
    Place,
    /// <summary>Only the country is known; the coordinates are its settlement centre.</summary>
    Country,
    /// <summary>A first-level division or a region (Helmand, Donbas, Crimea); the coordinates are its centre.</summary>
    Region,
}

/// <summary>The trace of an event back to the words and dictionary entries that produced it.</summary>
/// <param name="Rule">The coding rule that fired, e.g. "subject-verb-object".</param>
/// <param name="VerbEntry">The verb-pattern entry, e.g. "verbs/19_fight.txt:12 attack [obj]".</param>
/// <param name="SourceEntries">Dictionary entries behind the source actor.</param>
/// <param name="TargetEntries">Dictionary entries behind the target actor.</param>
/// <param name="Notes">Anything else worth showing: negation checks, modality, path through the parse.</param>
public sealed record Evidence(
    string Rule,
    string VerbEntry,
    IReadOnlyList<string> SourceEntries,
    IReadOnlyList<string> TargetEntries,
    IReadOnlyList<string> Notes);
