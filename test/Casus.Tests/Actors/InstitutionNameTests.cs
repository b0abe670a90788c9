using Casus.Actors;
using Casus.Document;
using Casus.Tests.Text;

namespace Casus.Tests.Actors;

/// <summary>Two mechanisms of names that hold a place or states rather than name one actor (docs/formats/actors.md):
/// a capital heading an institution's name ("the Moscow Metro") gives its country, not its government; names joined
/// by hyphens ("the U.S.-Egypt partnership") name a relation whose partners are all the names, acted on but never
/// acting. Sentences run through the shipped tokenizer, which splits "U.S.-Egypt" at its hyphen.</summary>
public class InstitutionNameTests
{
    private static string[] Code(string text)
    {
        var article = TextTestHelper.Process(text);
        ActorStage.CreateDefault().Process(article);
        return ActorTestData.Show(article.Mentions);
    }

    [Fact]
    public void A_capital_heading_an_institution_name_gives_its_country_not_its_government()
    {
        Assert.Contains("Moscow=RUS", Code("The Moscow Metro closed two stations on Monday."));
        Assert.Contains("Tehran=IRN", Code("Shares fell on the Tehran Stock Exchange after the vote."));
        Assert.Contains("Beijing=CHN", Code("He flew out to attend the Beijing Olympics in August."));
    }

    [Fact]
    public void A_capital_alone_or_before_a_role_keeps_its_reading()
    {
        Assert.Contains("Moscow=RUSGOV", Code("Moscow rejected the proposal on Monday."));
        // "Court" is a role noun, not an institution word: the court is the state's judiciary.
        Assert.DoesNotContain("Moscow=RUS", Code("A Moscow court jailed the activist."));
        // A capitalised word that ends no institution's name does not count ("Moscow Says", a headline).
        Assert.Contains("Kyiv=UKRGOV", Code("Kyiv Says Talks Have Stalled"));
    }

    private static List<string> Events(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("chain", text));
        return article.Events.Select(e => $"{e.Source.Code.Value} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Hyphenated_names_are_one_relation_whose_members_are_all_the_names()
    {
        var article = TextTestHelper.Process("They signed the United States-Mexico-Canada pact.");
        ActorStage.CreateDefault().Process(article);
        var chain = Assert.Single(article.Mentions);
        Assert.Equal("United States-Mexico-Canada", chain.Text);
        Assert.Equal(["USA", "MEX", "CAN"], chain.Members!.Select(m => m.Code.Value).ToArray());
    }

    // "Places in names" drops a place right before an accord noun ("the Paris Agreement"), but not the last name of a
    // chain: it is one of the accord's parties. Before, Canada was lost.
    [Fact]
    public void The_last_name_of_a_chain_before_an_accord_noun_stays_a_partner()
    {
        var article = TextTestHelper.Process("They signed the US-Mexico-Canada Agreement.");
        ActorStage.CreateDefault().Process(article);
        Assert.Equal(["USA", "MEX", "CAN"], Assert.Single(article.Mentions).Members!.Select(m => m.Code.Value).ToArray());
        Assert.Empty(Code("France reaffirmed its commitment to the Paris Agreement.").Where(m => m.StartsWith("Paris", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_act_on_a_relation_is_an_act_on_the_partner_of_the_other_side()
        // Before: USA → USA dropped and nothing towards Egypt; the relation's partner of the source's own country is
        // its own side.
        => Assert.Equal(["USA EGY 032"], Events("The United States reaffirmed its commitment to a strong U.S.-Egypt partnership."));

    // Before: USA → JPN 051 and JPN → USA 051, praise between the two sides of their own dialogue.
    [Fact]
    public void Welcoming_ones_own_relation_praises_no_one()
    {
        Assert.DoesNotContain(Events("The United States and Japan welcomed the inaugural U.S.-Japan Economic Dialogue."),
            e => e.EndsWith(" 051", StringComparison.Ordinal));
        Assert.DoesNotContain(Events("Japan welcomed the U.S.-Japan Economic Dialogue."), e => e.StartsWith("JPN USA 05", StringComparison.Ordinal));
    }

    [Fact]
    public void Welcoming_a_relation_of_others_or_a_partner_named_apart_is_still_praise()
    {
        Assert.Contains("AUS USA 051", Events("Australia welcomed the U.S.-Japan Economic Dialogue."));
        Assert.Contains("AUS JPN 051", Events("Australia welcomed the U.S.-Japan Economic Dialogue."));
    }

    // One partner's support for the standing relation, voiced alone, endorses the other; voiced jointly it does not.
    [Fact]
    public void Praising_the_standing_relation_alone_endorses_the_partner()
    {
        Assert.Contains("JPN USA 051", Events("Japan welcomed the strong U.S.-Japan alliance."));
        Assert.DoesNotContain(Events("The United States and Japan welcomed the strong U.S.-Japan alliance."),
            e => e.EndsWith(" 051", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relation_does_not_act()
        => Assert.Empty(Events("The U.S.-Japan alliance condemned the missile launch by North Korea."));

    [Fact]
    public void A_name_beside_a_hyphen_with_spaces_or_a_role_still_names_an_actor()
    {
        // Spaced dashes separate clauses, not names of one relation.
        Assert.Contains("Egypt=EGY", Code("Israel - and Egypt - signed the accord."));
        // "Saudi-Emirati forces": the forces are an actor; the chain is only of bare names.
        Assert.Contains(Code("Saudi-Emirati forces entered Aden."), m => m.StartsWith("Emirati forces=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_list_and_bad_lines()
    {
        Assert.True(InstitutionWords.Default.IsInstitution("Metro"));
        Assert.False(InstitutionWords.Default.IsInstitution("Court"));
        var text = string.Join('\n',
            "# a comment",
            "institution | metro",
            "venue | stadium",                 // 3: unknown kind
            "institution | Stock Exchange",    // 4: not one lower-case word
            "institution | metro");            // 5: repeats line 2
        var list = InstitutionWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal(1, list.Count);
        Assert.Equal([3, 4, 5], errors.Select(e => e.Line).ToArray());
    }
}
