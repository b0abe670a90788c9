using Casus.Actors.People;

namespace Casus.Actors.Coreference;

/// <summary>
/// An actor the article has introduced by name: a person of the people dictionaries, or a person the dictionaries
/// lack whose phrase gave a country and role ("Syrian ambassador Nawaf al-Fares"). Later surname-only, title-only
/// and pronoun mentions take its code. Mutable per-article state of <see cref="CoreferencePass"/>.
/// </summary>
internal sealed class KnownActor
{
    public KnownActor(string name, string fullKey, string surnameKey, ActorCode code, IReadOnlyList<string> evidence, int sentence, Person? person)
    {
        Name = name;
        FullKey = fullKey;
        SurnameKey = surnameKey;
        Code = code;
        Evidence = evidence;
        Sentence = sentence;
        Person = person;
    }

    /// <summary>The name as first written in the article.</summary>
    public string Name { get; }
    public string FullKey { get; }
    public string SurnameKey { get; }
    /// <summary>Settable: an apposition or title phrase of the article may state another affiliation than a
    /// lesser-known dictionary entry (see <c>CoreferencePass.PhraseWins</c>).</summary>
    public ActorCode Code { get; set; }
    /// <summary>Why the actor has its code (dictionary entry and date note, or the phrase it was introduced by).</summary>
    public IReadOnlyList<string> Evidence { get; set; }
    /// <summary>Sentence of the first mention.</summary>
    public int Sentence { get; }
    public Person? Person { get; }
    /// <summary>Titles the article gave the actor ("ambassador", "foreign minister"), lower case.</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);
    /// <summary>'m' or 'f' once the article has shown it (Mr./Mrs., he/she), else '\0'; a pronoun of the other
    /// gender does not link to the actor.</summary>
    public char Gender { get; set; }
    /// <summary>How many mentions the article has made of the actor so far (its salience).</summary>
    public int Mentions { get; set; }
    /// <summary>Token index of the latest mention; the most recent actor wins a tie.</summary>
    public int LastToken { get; set; }
}
