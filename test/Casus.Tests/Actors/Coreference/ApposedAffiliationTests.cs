using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors.Coreference;

/// <summary>When the article's own apposition or title phrase states another affiliation than the people
/// dictionary, the phrase wins over a lesser-known entry (the 2019 officials list, or a variant spelling) and loses to a
/// head of state or government (docs/formats/actors.md, "Apposition against the dictionary").</summary>
public class ApposedAffiliationTests
{
    // A common name in the officials list, and a head of state in the heads list.
    private static readonly ActorStage Stage = new(ActorDictionary.Load(
        ActorSource.Embedded().Where(s => !s.Name.StartsWith("actors/people", StringComparison.Ordinal))
            .Append(new ActorSource("actors/people-cia-2019.txt", "SLEGOV | person: Mohammed Ali | from: 2019 | until: 2019\n" +
                "CHNGOV | person: Carrie Lam | from: 2019 | until: 2019\n" + "AUT | person: Sebastian Kurz | from: 2019 | until: 2019\n"))
            .Append(new ActorSource("actors/people.txt", "SYRGOV | person: Bashar Assad | from: 2000-07-17\n"))));

    // A 2019 intelligence chief who later held another office.
    private static readonly ActorStage SpyChief = new(ActorDictionary.Load(
        ActorSource.Embedded().Where(s => !s.Name.StartsWith("actors/people", StringComparison.Ordinal))
            .Append(new ActorSource("actors/people-cia-2019.txt", "KORSPY | person: Suh Hoon | from: 2019 | until: 2019\n"))));

    private static IReadOnlyList<Mention> Run(params string[] sentences) => RunOn(Stage, new DateOnly(2019, 6, 1), sentences);

    private static IReadOnlyList<Mention> RunOn(ActorStage stage, DateOnly published, params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var article = new Article("test", text, new ArticleMetadata(Published: published));
        int offset = 0;
        foreach (var sentence in sentences)
        {
            article.AddSentence(offset, offset + sentence.Length);
            foreach (var (start, end) in SimpleTokens.Split(sentence)) article.AddToken(offset + start, offset + end);
            offset += sentence.Length + 1;
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        stage.Process(article);
        return article.Mentions;
    }

    private static Mention Find(IReadOnlyList<Mention> mentions, string text)
        => mentions.FirstOrDefault(m => m.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{text}' in: {string.Join(", ", mentions.Select(m => m.Text + "=" + m.Code))}");

    [Fact]
    public void An_apposition_with_an_article_states_the_affiliation_of_an_official_list_name()
    {
        var m = Run("Mohammed Ali, a senior Hamas official, criticized Israel.", "Ali said more would follow.");
        var both = Find(m, "Mohammed Ali, a senior Hamas official");
        Assert.Equal("PSEREBHMS", both.Code.Value);
        Assert.StartsWith("the article's 'senior Hamas official' → PSEREBHMS gives PSEREBHMS over the dictionary's SLEGOV", both.Evidence[0]);
        // The article's affiliation sticks to the person for later mentions.
        Assert.Equal("PSEREBHMS", Find(m, "Ali").Code.Value);
    }

    [Fact]
    public void A_title_phrase_before_the_name_states_the_affiliation_too()
        => Assert.Equal("PSEREBHMS", Find(Run("Hamas official Mohammed Ali criticized Israel."), "Hamas official Mohammed Ali").Code.Value);

    [Fact]
    public void A_phrase_without_a_country_or_organisation_leaves_the_dictionary_code()
        => Assert.Equal("SLEGOV", Find(Run("Mohammed Ali, a senior official, criticized Israel."), "Mohammed Ali, a senior official").Code.Value);

    [Fact]
    public void A_head_of_state_keeps_the_dictionary_code()
    {
        var m = Find(Run("Bashar Assad, a Russian official, criticized Israel."), "Bashar Assad, a Russian official");
        Assert.Equal("SYRGOV", m.Code.Value);
        Assert.Contains(m.Evidence, e => e.StartsWith("the person's code wins over 'Russian official'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_phrase_gives_the_country_and_the_entry_keeps_its_role()
        // "Chief Executive" is also a company head (BUS); the dictionary knows Lam's office.
        => Assert.Equal("HKGGOV", Find(Run("Hong Kong Chief Executive Carrie Lam spoke."), "Hong Kong Chief Executive Carrie Lam").Code.Value);

    [Fact]
    public void The_phrase_gives_the_role_an_entry_lacks()
        { var k = Find(Run("Austrian Chancellor Sebastian Kurz spoke."), "Austrian Chancellor Sebastian Kurz"); Assert.True(k.Code.Value == "AUTGOV", string.Join(" / ", k.Evidence)); }

    [Fact]
    public void A_phrase_with_an_article_after_an_introductory_comma_is_the_subject_not_an_apposition()
    {
        var m = Run("In a meeting with Mohammed Ali, the Egyptian president spoke.");
        Assert.Equal("SLEGOV", Find(m, "Mohammed Ali").Code.Value);
        Assert.Equal("EGYGOV", Find(m, "Egyptian president").Code.Value);
    }
    [Fact]
    public void Outside_an_official_list_entry_s_dates_the_title_names_the_office()
    {
        // In 2021 the 2019 list's intelligence chief is his country's national security advisor, as the title says.
        var later = Find(RunOn(SpyChief, new DateOnly(2021, 6, 1), "South Korean National Security Advisor Suh Hoon spoke."),
            "South Korean National Security Advisor Suh Hoon");
        Assert.Equal("KORGOV", later.Code.Value);
        Assert.Contains(later.Evidence, e => e.Contains("(outside the entry's dates)", StringComparison.Ordinal));
        // Within them the dictionary's role stands: title words are loose.
        Assert.Equal("KORSPY", Find(RunOn(SpyChief, new DateOnly(2019, 6, 1), "South Korean National Security Advisor Suh Hoon spoke."),
            "South Korean National Security Advisor Suh Hoon").Code.Value);
    }
}
