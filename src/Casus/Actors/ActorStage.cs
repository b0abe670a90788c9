using Casus.Actors.Context;
using Casus.Actors.Coreference;
using Casus.Actors.Discourse;
using Casus.Actors.People;
using Casus.Document;
using Casus.Geo;
using Casus.Pipeline;
using Casus.Text;

namespace Casus.Actors;

/// <summary>
/// Finds actor noun phrases with the actor dictionaries and composes their CAMEO codes: country + role
/// ("Syrian troops" → SYRMIL), bare country ("Russia" → RUS), seat of government ("the Kremlin" → RUSGOV),
/// organisation (+ role: "UN peacekeepers" → IGOUNOMIL), role without country ("the army" → ---MIL).
/// The rules are described in docs/formats/actors.md, "Composition". Immutable and thread-safe.
/// </summary>
public sealed class ActorStage : IStage
{
    private static readonly Lazy<ActorStage> Default = new(() => new ActorStage(ActorDictionary.LoadEmbedded()));

    /// <summary>Creates the stage over a compiled dictionary, with the default country-from-context rules.</summary>
    public ActorStage(ActorDictionary dictionary) : this(dictionary, ContextCountryOptions.Default) { }

    /// <summary>Creates the stage over a compiled dictionary with the given country-from-context rules.</summary>
    public ActorStage(ActorDictionary dictionary, ContextCountryOptions context)
    {
        Dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        Context = context ?? throw new ArgumentNullException(nameof(context));
        People = PersonDirectory.Create(dictionary);
        Spelling = new CountrySpelling(dictionary, FirstNames(), name => Gazetteer.Default.Places(name).Count > 0);
    }

    /// <summary>Reads misspelt country names and demonyms ("Ethopia") as their country (docs/formats/actors.md).</summary>
    public CountrySpelling Spelling { get; }

    // The first names of data/gazetteer/first_names.txt: a given name is never a misspelt country ("Marian", "Nigel").
    private static IEnumerable<string> FirstNames()
    {
        using var stream = typeof(ActorStage).Assembly.GetManifestResourceStream("gazetteer/first_names.txt");
        if (stream is null) yield break;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }

    /// <summary>Which context may give a country to a role phrase without one (docs/formats/actors.md).</summary>
    public ContextCountryOptions Context { get; }

    /// <summary>The stage over the dictionaries shipped in Casus.dll, loaded once per process and shared.</summary>
    public static ActorStage CreateDefault() => Default.Value;

    /// <summary>The stage over the shipped dictionaries with other country-from-context rules (shares the compiled
    /// dictionary with <see cref="CreateDefault()"/>; the person index is built anew, so keep and reuse it).</summary>
    public static ActorStage CreateDefault(ContextCountryOptions context) =>
        context == ContextCountryOptions.Default ? Default.Value : new ActorStage(Default.Value.Dictionary, context);

    // Splits headlines into tokens for ArticleCountryPass and HeadlinePersonPass (the article's own tokens are the body's).
    private TextStage HeadlineText { get; } = TextStage.CreateDefault();

    /// <summary>The dictionary the stage matches with.</summary>
    public ActorDictionary Dictionary { get; }

    /// <summary>The people of the dictionary, indexed for name variants (docs/formats/actors.md, "People").</summary>
    public PersonDirectory People { get; }

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.Sentences | Annotations.Tokens;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Mentions;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        int firstMention = article.Mentions.Count;
        var composer = new PhraseComposer(Dictionary, Spelling, article);
        foreach (var sentence in article.Sentences)
            composer.Run(sentence.Index, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        // People by name variant and date, in-article people, and coreference ("Mr. Fares", "the ambassador", "he").
        // Two officeholders of one surname: a government's own site names its own without a country, so the
        // publisher's country tells them apart ("Vice President Harris" on whitehouse.gov).
        // The publisher is looked up once per article (each lookup parses the URL).
        var site = PublisherCountries.Default.Find(article.Metadata.Url);
        var publisher = Context.Publisher ? site?.Country : null;
        var coreference = new CoreferencePass(People, article, firstMention, publisher);
        coreference.Run();
        // Names joined by hyphens ("the U.S.-Egypt partnership") name a relation: one mention whose members are its
        // names (after coreference, which rebuilds the mentions without members).
        HyphenChains.Join(article, firstMention);
        // Governments named for their leader ("the Lukashenka regime" → BLRGOV).
        new LeaderGovernmentPass(People, article, firstMention, GovernmentBodies.Default).Run();
        // A seat read as its namesake city in the one country the article names ("Tripoli ... the north Lebanese port").
        new SeatNamesakePass(article, firstMention, null).Run();
        // Roles of a province or town take its country ("the mayor of Nablus", "the government of Sindh province").
        new PlaceOfRolePass(article, firstMention, PlaceCountries.Default, PlaceOfRoleWords.Default).Run();
        // Roles still without a country take one from their sentence ("returning to Kyrgyzstan").
        // A government's own site leaves its own country unnamed and names the partner's everywhere: the passes that
        // read the article's one country stay off there (docs/formats/actors.md, "Country from context").
        bool governmentSite = site is not null;
        new ContextCountryPass(article, firstMention, Context, governmentSite).Run();
        // Roles still without one take the country the article points to ("the Syrian government" ... "the army").
        // The headline is tokenised once, when a pass first asks, for both passes that read it.
        var headline = new HeadlineTokens(article, HeadlineText);
        new ArticleCountryPass(article, firstMention, Context, PlaceCountries.Default, governmentSite, Dictionary, headline).Run();
        // Last resort: a government's own publication speaks of its own officials without naming the country
        // ("the Vice President" on whitehouse.gov is the United States').
        // First, a person the headline names with a country ("Meeting with President Bernardo Arévalo of Guatemala")
        // is that country's in the body ("President Arévalo", "the President").
        // A titled name listed beside one country's dictionary people is that country's (before the publisher's guess).
        new ConjunctCountryPass(article, firstMention, PublisherCountries.Default).Run();
        var headlinePersons = new HeadlinePersonPass(article, firstMention, Dictionary, headline);
        headlinePersons.Run();
        new PublisherCountryPass(article, firstMention, Context, PublisherCountries.Default).Run();
        // "Mr. Sullivan", "he" after "National Security Advisor Jake Sullivan", whom no dictionary codes: the code the
        // country passes just gave the named phrase (the coreference pass linked them, but had no country yet).
        new UncodedLinkPass(article, firstMention, coreference.Links).Run();
        // "the Islamic Salvation Front (FIS)" ... "the FIS": an acronym the article defines takes the name's code
        // (after the country passes, so the name has its country).
        new AcronymPass(article, firstMention).Run();
        // "The delegation" after "a United States interagency delegation": the one country the article gave the
        // noun (after the country passes, so the earlier mentions have theirs).
        new DiplomatAntecedentPass(article, firstMention, DiplomacyWords.Default).Run();
        // Attackers the sentence does not name ("gunmen", "a roadside bomb") are the unidentified armed force of the
        // country of the place struck (CAMEO's UAF: "a bomb near Samarra" → IRQUAF).
        new UnattributedAttackPass(article, firstMention, PlaceCountries.Default, AttackWords.Default).Run();
        // "the two leaders", "both sides": the actors the article has just named, one event each (after the countries,
        // so that the members have theirs).
        // A readout's pair the body leaves open is the one its headline names ("Readout of President Biden's Meeting
        // with Prime Minister Kishida of Japan"): only on a government's own site.
        new GroupPass(article, firstMention, GroupWords.Default, new HeadlineParties(headline, headlinePersons, Dictionary, publisher)).Run();
        // "his counterpart", "their counterparts" with no country: the other country's official of the same office.
        new CounterpartPass(article, firstMention, CounterpartOffices.Default).Run();
        // "it", "its", "them", "him", "her": the nearest compatible actor (after the countries, so "its army" can
        // take a country the article gave its antecedent).
        if (Context.Pronouns) new PronounPass(article, firstMention).Run();
        // Without them, still the possessor of a reported clause's subject: "Israel said its troops ..." (the speaker).
        else if (Context.SpeakerPossessives) new PronounPass(article, firstMention, speakerOnly: true).Run();
    }
}
