namespace Casus.Document;

/// <summary>Annotation layers of an <see cref="Article"/>. Stages declare which they require and which they assign.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    /// <summary>Sentence boundaries.</summary>
    Sentences = 1,
    /// <summary>Tokens with character offsets.</summary>
    Tokens = 2,
    /// <summary>Universal and Penn part-of-speech tags.</summary>
    PartOfSpeech = 4,
    /// <summary>Lemmas.</summary>
    Lemmas = 8,
    /// <summary>Dependency heads and relations.</summary>
    Dependencies = 16,
    /// <summary>Named-entity tags.</summary>
    Entities = 32,
    /// <summary>Actor mentions with codes.</summary>
    Mentions = 64,
    /// <summary>Coded events.</summary>
    Events = 128,
    /// <summary>Event dates read from time expressions (<c>Event.When</c>).</summary>
    EventDates = 256,
    /// <summary>Event places from the gazetteer (<c>Event.Location</c>).</summary>
    EventPlaces = 512,
}
