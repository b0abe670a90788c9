using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

/// <summary>Settings the parse hangs too deep or too shallow: a misparsed "on the margins of", an intent to meet's
/// partner, a place after a topic object, a pronoun's place, and the place in the acting subject's own phrase.</summary>
public class SettingReachTests
{
    private static Location? Place(string conllu, int trigger, int source, int? target, string code)
    {
        var article = ParsedArticles.Build(conllu);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[source],
            Target = target is int t ? article.Mentions[t] : null,
            Code = CameoCode.Parse(code),
            Goldstein = 0,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(trigger, 1),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article.Events[0].Location;
    }

    [Fact]
    public void On_the_margins_of_a_summit_made_a_conjunct_of_the_verb_is_still_the_meeting_s_setting()
    {
        // "Leaders met officials on the margins of the summit in Kandahar", a parse that makes "margins" a
        // conjunct of "met" (as after a long list of partners).
        const string margins = """
            1 Leaders leader NOUN NNS 2 nsubj B-AFGGOV
            2 met meet VERB VBD 0 root _
            3 officials official NOUN NNS 2 obj B-LBNGOV
            4 {0} {0} ADP IN 6 case _
            5 the the DET DT 6 det _
            6 margins margin NOUN NNS 2 conj _
            7 of of ADP IN 9 case _
            8 the the DET DT 9 det _
            9 summit summit NOUN NN 6 nmod _
            10 in in ADP IN 11 case _
            11 Kandahar Kandahar PROPN NNP 9 nmod _
            """;
        Assert.Equal(("Kandahar", "clause"), Pair(Place(string.Format(margins, "on"), 1, 0, 1, "040")));
        // "about the margins of ...": a topic stays a topic.
        Assert.Null(Place(string.Format(margins, "about"), 1, 0, 1, "040"));
    }

    [Fact]
    public void An_intent_to_meet_takes_a_place_in_its_partner_s_phrase_as_deep_as_a_meeting()
    {
        // "Leaders will host the heads of the council of nations in Zurich".
        const string host = """
            1 Leaders leader NOUN NNS 3 nsubj B-AFGGOV
            2 will will AUX MD 3 aux _
            3 host host VERB VB 0 root _
            4 the the DET DT 5 det _
            5 heads head NOUN NNS 3 obj B-LBNGOV
            6 of of ADP IN 8 case I-LBNGOV
            7 the the DET DT 8 det I-LBNGOV
            8 council council NOUN NN 5 nmod I-LBNGOV
            9 of of ADP IN 10 case I-LBNGOV
            10 nations nation NOUN NNS 8 nmod I-LBNGOV
            11 in in ADP IN 12 case _
            12 Zurich Zurich PROPN NNP 8 nmod _
            """;
        Assert.Equal(("Zürich", "clause"), Pair(Place(host, 2, 0, 1, "036")));
        // Another intent (to cooperate) reaches two nouns only.
        Assert.Null(Place(host, 2, 0, 1, "031"));
    }

    [Fact]
    public void A_place_hung_on_the_verb_right_after_a_topic_object_with_a_phrase_of_its_own_is_the_topic_s()
    {
        // "Officials welcomed the opening of the mission in Kandahar", a parse that hangs the place on "welcomed".
        const string opening = """
            1 Officials official NOUN NNS 2 nsubj B-AFGGOV
            2 welcomed welcome VERB VBD 0 root _
            3 the the DET DT 4 det _
            4 opening opening NOUN NN 2 obj _
            5 of of ADP IN 7 case _
            6 the the DET DT 7 det _
            7 mission mission NOUN NN 4 nmod _
            8 in in ADP IN 9 case _
            9 Kandahar Kandahar PROPN NNP 2 obl _
            """;
        Assert.Null(Place(opening, 1, 0, null, "051"));
        // A plain object leaves the place the act's ("welcomed the decision in Kandahar") ...
        const string plain = """
            1 Officials official NOUN NNS 2 nsubj B-AFGGOV
            2 welcomed welcome VERB VBD 0 root _
            3 the the DET DT 4 det _
            4 decision decision NOUN NN 2 obj _
            5 in in ADP IN 6 case _
            6 Kandahar Kandahar PROPN NNP 2 obl _
            """;
        Assert.Equal("Kandahar", Place(plain, 1, 0, null, "051")!.Name);
        // ... and so does the partner ("met the minister of Lebanon in Kandahar").
        Assert.Equal("Kandahar", Place(opening.Replace("4 opening opening NOUN NN 2 obj _", "4 minister minister NOUN NN 2 obj B-LBNGOV", StringComparison.Ordinal)
            .Replace("welcomed welcome", "met meet", StringComparison.Ordinal), 1, 0, 1, "040")!.Name);
    }

    [Fact]
    public void A_place_right_after_a_consultation_s_topic_object_is_the_topic_s()
    {
        // "Leaders discussed insecurity in the neighboring Kandahar", a parse that hangs the place on "discussed".
        const string topic = """
            1 Leaders leader NOUN NNS 2 nsubj B-AFGGOV
            2 {0} {1} VERB VBD 0 root _
            3 {2} {2} NOUN NN 2 obj {3}
            4 in in ADP IN 7 case _
            5 the the DET DT 7 det _
            6 neighboring neighboring ADJ JJ 7 amod _
            7 Kandahar Kandahar PROPN NNP 2 obl _
            """;
        Assert.Null(Place(string.Format(topic, "discussed", "discuss", "insecurity", "_"), 1, 0, null, "040"));
        // Any other verbal act keeps a plain object's place its own ("signed an agreement in Kandahar") ...
        Assert.Equal("Kandahar", Place(string.Format(topic, "signed", "sign", "agreement", "_"), 1, 0, null, "057")!.Name);
        // ... and so does a consultation with its partner ("met the minister in Kandahar").
        Assert.Equal("Kandahar", Place(string.Format(topic, "met", "meet", "minister", "B-LBNGOV"), 1, 0, 1, "040")!.Name);
        // A time word the parse takes for the object is no topic ("held the meeting yesterday in Kandahar").
        Assert.Equal("Kandahar", Place(string.Format(topic, "met", "meet", "yesterday", "_"), 1, 0, null, "040")!.Name);
    }

    [Fact]
    public void A_pronoun_s_place_describes_people_not_the_setting()
    {
        // "Leaders discussed aid to the people, both those in Kandahar": "those" hangs on the verb with no preposition.
        const string those = """
            1 Leaders leader NOUN NNS 2 nsubj B-AFGGOV
            2 discussed discuss VERB VBD 0 root _
            3 aid aid NOUN NN 2 obj _
            4 {0} {1} {2} DT 2 obl _
            5 in in ADP IN 6 case _
            6 Kandahar Kandahar PROPN NNP 4 nmod _
            """;
        Assert.Null(Place(string.Format(those, "those", "that", "PRON"), 1, 0, null, "040"));
        // "discussed aid today in Kandahar": a date is no people.
        Assert.Equal("Kandahar", Place(string.Format(those, "today", "today", "NOUN"), 1, 0, null, "040")!.Name);
    }

    [Fact]
    public void The_acting_subject_s_own_in_phrase_places_its_act()
    {
        // "Forces in Kandahar continue to advise and provide support to police": the place hangs on the subject,
        // whose verb is another than the act's.
        const string forces = """
            1 Forces force NOUN NNS 4 nsubj B-USAMIL
            2 {0} {0} ADP IN 3 case _
            3 Kandahar Kandahar PROPN NNP 1 nmod _
            4 continue continue VERB VBP 0 root _
            5 to to PART TO 6 mark _
            6 advise advise VERB VB 4 xcomp _
            7 and and CCONJ CC 8 cc _
            8 provide provide VERB VB 6 conj _
            9 support support NOUN NN 8 obj _
            10 to to ADP IN 11 case _
            11 police police NOUN NN 8 obl B-AFGCOP
            """;
        Assert.Equal(("Kandahar", "clause"), Pair(Place(string.Format(forces, "in"), 7, 0, 1, "070")));
        // "Forces from Kandahar": where they came from, not where they act.
        Assert.Null(Place(string.Format(forces, "from"), 7, 0, 1, "070"));
    }

    private static (string, string?) Pair(Location? l) => (l!.Name, l.Source);
}
