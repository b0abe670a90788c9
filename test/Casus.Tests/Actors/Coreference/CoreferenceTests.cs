using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors.Coreference;

/// <summary>People by name variant and date, in-article people, and coreference, on hand-built articles with the
/// shipped countries and roles and a small people list written here.</summary>
public class CoreferenceTests
{
    private const string People =
        "SYRGOV | person: Hafez al-Assad | from: 1971-03-14 | until: 2000-06-10\n" +
        "SYRGOV | person: Bashar al-Assad | from: 2000-07-17\n" +
        "LBYGOV | person: Muammar Gaddafi; Gaddafi | from: 1969-09-01 | until: 2011-10-20\n" +
        "SYRGOV | person: Nawaf al-Fares | from: 2008-09-01 | until: 2012-07-10\n" +
        "SYROPP | person: Nawaf al-Fares | from: 2012-07-11\n" +
        "SAUGOV | person: Abdullah bin Abdulaziz | from: 1982-06-13 | until: 2015-01-23\n" +
        "JORGOV | person: Abdullah II | from: 1999-02-07\n" +
        "GBRGOV | person: Theresa May | from: 2016-07-13 | until: 2019-07-24\n" +
        "IMGMOSALQ | person: Osama bin Laden; bin Laden | from: 1988-08-11 | until: 2011-05-02\n" +
        "AREGOV | person: Rashid bin Saeed bin Hamdan Al Nuaimi | from: 2010-01-01 | until: 2012-12-31\n" +
        "AFGGOV | person: Abdullah Karimi | from: 2010-01-01\n" +
        "SYRGOV | person: Abdallah Karimi | from: 2010-01-01\n" +
        "PRKGOV | person: Pak Song | from: 2010-01-01\n";

    private static readonly ActorStage Stage = new(ActorDictionary.Load(
        ActorSource.Embedded().Where(s => !s.Name.StartsWith("actors/people", StringComparison.Ordinal))
            .Append(new ActorSource("actors/people-test.txt", People))));

    private static readonly DateOnly Before = new(2012, 6, 1), After = new(2012, 7, 12);

    // Tokens as the Casus tokenizer writes them (EWT): hyphenated words split ("al - Assad").
    private static Article Ewt(DateOnly? date, params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var article = new Article("test", text, new ArticleMetadata(Published: date));
        int offset = 0;
        foreach (var sentence in sentences)
        {
            article.AddSentence(offset, offset + sentence.Length);
            foreach (var (start, end) in SimpleTokens.Split(sentence))
            {
                int s = start;
                for (int i = start; i < end; i++)
                {
                    if (sentence[i] != '-' || i == start || i == end - 1) continue;
                    article.AddToken(offset + s, offset + i);
                    article.AddToken(offset + i, offset + i + 1);
                    s = i + 1;
                }
                article.AddToken(offset + s, offset + end);
            }
            offset += sentence.Length + 1;
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        return article;
    }

    private static IReadOnlyList<Mention> Run(Article article)
    {
        Stage.Process(article);
        return article.Mentions;
    }

    private static Mention Find(IReadOnlyList<Mention> mentions, string text)
        => mentions.FirstOrDefault(m => m.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{text}' in: {string.Join(", ", mentions.Select(m => m.Text + "=" + m.Code))}");

    [Fact]
    public void A_name_variant_with_split_hyphens_finds_the_person()
    {
        var m = Run(Ewt(new DateOnly(2011, 3, 1), "Moammar al-Qaddafi met Bashar Assad.", "Muammar el-Kadhafi left."));
        Assert.Equal("LBYGOV", Find(m, "Moammar al-Qaddafi").Code.Value);
        Assert.Equal("SYRGOV", Find(m, "Bashar Assad").Code.Value);
        Assert.Equal("LBYGOV", Find(m, "Muammar el-Kadhafi").Code.Value);
        Assert.Contains(Find(m, "Moammar al-Qaddafi").Evidence, e => e.Contains("name variant: 'Moammar al-Qaddafi' = 'Muammar Gaddafi' (same name key"));
    }

    [Fact]
    public void The_short_form_of_an_Arabic_name_finds_the_person_within_the_dates()
    {
        var m = Run(Ewt(new DateOnly(2011, 3, 1), "Sheikh Rashed bin Saeed met Bashar Assad."));
        var rashid = Find(m, "Sheikh Rashed bin Saeed");
        Assert.Equal("AREGOV", rashid.Code.Value);
        Assert.Contains(rashid.Evidence, e => e.Contains(
            "name variant: 'Rashed bin Saeed' = 'Rashid bin Saeed bin Hamdan Al Nuaimi' (short form 'Rashid bin Saeed' of an Arabic patronymic name)"));
        // Another family name written after the same given and father's names: another person.
        var other = Run(Ewt(new DateOnly(2011, 3, 1), "Rashid bin Saeed Al Mansouri spoke."));
        Assert.DoesNotContain(other, x => x.Code.Value.StartsWith("ARE", StringComparison.Ordinal));
        // Years after the entry's end: the date policy still applies (country only).
        Assert.Equal("ARE", Find(Run(Ewt(new DateOnly(2020, 3, 1), "Rashid bin Saeed al-Nuaimi spoke.")), "Rashid bin Saeed al-Nuaimi").Code.Value);
    }

    [Fact]
    public void Of_two_people_with_one_key_the_written_spelling_picks()
    {
        var date = new DateOnly(2011, 3, 1);
        Assert.Equal("SYRGOV", Find(Run(Ewt(date, "Abdallah Karimi spoke.")), "Abdallah Karimi").Code.Value);
        Assert.Equal("AFGGOV", Find(Run(Ewt(date, "Abdullah Karimi spoke.")), "Abdullah Karimi").Code.Value);
    }

    [Fact]
    public void A_full_name_does_not_end_inside_a_hyphenated_word()
    {
        var date = new DateOnly(2011, 3, 1);
        var cut = Run(Ewt(date, "Pak Sung-chol spoke."));
        Assert.True(!cut.Any(x => x.Code.Value == "PRKGOV"), string.Join(" // ", cut.SelectMany(x => x.Evidence)));
        Assert.Equal("PRKGOV", Find(Run(Ewt(date, "Pak Sung spoke.")), "Pak Sung").Code.Value);
    }

    [Fact]
    public void The_article_date_picks_the_affiliation_of_a_defector()
    {
        Assert.Equal("SYRGOV", Find(Run(Ewt(Before, "Nawaf al-Fares spoke.")), "Nawaf al-Fares").Code.Value);
        Assert.Equal("SYROPP", Find(Run(Ewt(After, "Nawaf al-Fares spoke.")), "Nawaf al-Fares").Code.Value);
    }

    [Fact]
    public void A_surname_or_honorific_and_surname_after_a_full_mention_takes_its_code()
    {
        var m = Run(Ewt(After, "Nawaf al-Fares defected.", "Mr. Fares called on the army to join.", "Later Fares left."));
        var mr = Find(m, "Mr. Fares");
        Assert.Equal("SYROPP", mr.Code.Value);
        Assert.Equal("coreference: 'Mr. Fares' → 'Nawaf al-Fares' (sentence 0)", mr.Evidence[0]);
        Assert.Equal("SYROPP", Find(m, "Fares").Code.Value);
    }

    [Fact]
    public void A_surname_alone_without_a_full_mention_is_not_a_person()
    {
        // Nobody of the people list is called Haddad; "Mr. Fares" would be (Nawaf al-Fares, by title + surname).
        var m = Run(Ewt(After, "Mr. Haddad called on the army to join.", "Haddad left."));
        Assert.DoesNotContain(m, x => x.Text.Contains("Haddad"));
    }

    [Fact]
    public void A_title_and_surname_name_the_only_person_of_that_surname_in_office()
    {
        var early = Find(Run(Ewt(new DateOnly(1990, 1, 1), "President Assad spoke.")), "President Assad");
        Assert.Equal("SYRGOV", early.Code.Value);
        Assert.StartsWith("actors/people-test.txt:1 Hafez al-Assad", early.Evidence[0]);
        Assert.Contains(early.Evidence, e => e.StartsWith("title + surname", StringComparison.Ordinal));
        var late = Find(Run(Ewt(new DateOnly(2010, 1, 1), "President Assad spoke.")), "President Assad");
        Assert.StartsWith("actors/people-test.txt:2 Bashar al-Assad", late.Evidence[0]);
        // No date: no way to tell the two Assads apart, so no person.
        Assert.DoesNotContain(Run(Ewt(null, "President Assad spoke.")), x => x.Evidence.Any(e => e.Contains("al-Assad")));
    }

    [Fact]
    public void A_title_and_given_name_find_the_king_in_office_and_none_while_two_are()
    {
        Assert.Equal("JORGOV", Find(Run(Ewt(new DateOnly(2020, 1, 1), "King Abdullah spoke.")), "King Abdullah").Code.Value);
        Assert.Equal("SAUGOV", Find(Run(Ewt(new DateOnly(1990, 1, 1), "King Abdullah spoke.")), "King Abdullah").Code.Value);
        // 2010: both Abdullahs reign, so the title and name alone say nothing.
        Assert.DoesNotContain(Run(Ewt(new DateOnly(2010, 1, 1), "King Abdullah spoke.")), x => x.Code.Value is "JORGOV" or "SAUGOV");
    }

    [Fact]
    public void A_full_name_inside_a_longer_unexplained_name_is_not_that_person()
    {
        var m = Run(Ewt(new DateOnly(2019, 9, 1), "Videos showed Hamza bin Laden as a boy.", "Osama bin Laden died in 2011."));
        Assert.DoesNotContain(m, x => x.Sentence == 0 && x.Code.Value == "IMGMOSALQ");
        Assert.Contains(m, x => x.Sentence == 1 && x.Code.Value == "IMGMOSALQ"); // transnational codes stay whole
    }

    [Fact]
    public void A_month_after_a_name_is_part_of_it()
    {
        var m = Run(Ewt(new DateOnly(2019, 3, 1), "Prime Minister Theresa May spoke in May.", "May left."));
        Assert.Equal("GBRGOV", Find(m, "Prime Minister Theresa May").Code.Value);
        Assert.DoesNotContain(m, x => x.Text == "May" && x.Sentence == 0);
    }

    [Fact]
    public void A_short_form_names_the_person_alone_and_a_title_before_the_name_joins_the_mention()
    {
        var m = Run(Ewt(new DateOnly(2010, 1, 1), "Gaddafi met Syrian President Bashar al-Assad."));
        Assert.Equal("LBYGOV", Find(m, "Gaddafi").Code.Value);
        var assad = Find(m, "Syrian President Bashar al-Assad");
        Assert.Equal("SYRGOV", assad.Code.Value);
        Assert.Equal(2, m.Count);
    }

    [Fact]
    public void A_country_word_is_not_taken_for_a_surname()
    {
        var m = Run(Ewt(new DateOnly(2010, 1, 1), "Gaddafi met officials.", "Libya protested."));
        Assert.Equal("LBY", Find(m, "Libya").Code.Value);
    }

    [Fact]
    public void A_person_the_dictionary_lacks_takes_the_role_and_country_of_the_phrase_for_the_rest_of_the_article()
    {
        var m = Run(Ewt(After, "Iraq's foreign minister Karim Haddad arrived.", "Haddad met Nawaf al-Fares.", "Mr. Haddad left."));
        var intro = Find(m, "Iraq's foreign minister Karim Haddad");
        Assert.Equal("IRQGOV", intro.Code.Value);
        Assert.StartsWith("in-article person: 'Karim Haddad' takes IRQGOV", intro.Evidence[0]);
        Assert.Equal("IRQGOV", Find(m, "Haddad").Code.Value);
        Assert.Equal("IRQGOV", Find(m, "Mr. Haddad").Code.Value);
    }

    [Fact]
    public void An_apposition_joins_the_role_phrase_and_the_name_in_one_mention()
    {
        var m = Run(Ewt(After, "Syria's ambassador to Iraq, Karim Haddad, defected.", "Haddad spoke."));
        var both = Find(m, "Syria's ambassador to Iraq, Karim Haddad");
        Assert.Equal("SYRGOV", both.Code.Value);
        Assert.Equal("SYRGOV", Find(m, "Haddad").Code.Value);
        Assert.DoesNotContain(m, x => x.Text == "Syria's ambassador to Iraq");
    }

    [Fact]
    public void A_title_only_phrase_takes_the_code_of_the_latest_actor_with_that_title()
    {
        var m = Run(Ewt(After, "Syria's ambassador to Iraq, Nawaf al-Fares, defected.", "Officials urged others to follow the ambassador."));
        var amb = Find(m, "ambassador");
        Assert.Equal("SYROPP", amb.Code.Value);
        Assert.StartsWith("coreference: 'ambassador' → 'Nawaf al-Fares'", amb.Evidence[0]);
    }

    [Fact]
    public void A_title_only_phrase_needs_the_definite_article_and_the_whole_title()
    {
        var m = Run(Ewt(After, "Syrian President Bashar al-Assad spoke.", "Haddad ran for president.", "The vice president left."));
        // No coreference link (the article pass may still give them the article's country, with its own evidence).
        Assert.DoesNotContain(Find(m, "president").Evidence, e => e.StartsWith("coreference:", StringComparison.Ordinal));
        Assert.DoesNotContain(Find(m, "vice president").Evidence, e => e.StartsWith("coreference:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_second_title_of_a_definite_pair_shares_its_article()
    {
        // "The prime minister and ambassador met": one "the" serves both titles, so each links to its holder.
        var date = new DateOnly(2017, 1, 10);
        var m = Run(Ewt(date, "Syria's ambassador to Iraq, Nawaf al-Fares, defected.", "Prime Minister Theresa May spoke.",
            "The prime minister and ambassador met."));
        Assert.StartsWith("coreference: 'ambassador' → 'Nawaf al-Fares'", Find(m, "ambassador").Evidence[0]);
        Assert.Equal("GBRGOV", Find(m, "prime minister").Code.Value);
        // Without the article neither is a definite description.
        var indefinite = Run(Ewt(date, "Syria's ambassador to Iraq, Nawaf al-Fares, defected.", "Prime Minister Theresa May spoke.",
            "A prime minister and ambassador met."));
        Assert.DoesNotContain(Find(indefinite, "ambassador").Evidence, e => e.StartsWith("coreference:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_only_phrase_prefers_the_most_mentioned_holder_of_the_title()
    {
        var m = Run(Ewt(After, "Syrian President Bashar al-Assad flew to Libya.", "Assad spoke.", "Assad met Libyan President Karim Haddad.",
            "The president said the talks went well."));
        Assert.StartsWith("coreference: 'president' → 'Bashar al-Assad'", Find(m, "president").Evidence[0]);
    }

    [Fact]
    public void A_title_only_phrase_without_an_antecedent_keeps_its_code()
        => Assert.Equal("---GOV", Find(Run(Ewt(After, "The ambassador left.")), "ambassador").Code.Value);

    [Fact]
    public void A_subject_pronoun_takes_the_code_of_the_latest_compatible_mention()
    {
        var m = Run(Ewt(After, "Nawaf al-Fares defected.", "He urged Syrian troops to join.", "They refused."));
        var he = Find(m, "He");
        Assert.Equal("SYROPP", he.Code.Value);
        Assert.Equal("coreference: 'He' → 'Nawaf al-Fares' (sentence 0)", he.Evidence[0]);
        var they = Find(m, "They");
        Assert.Equal("SYRMIL", they.Code.Value);
    }

    [Fact]
    public void A_pronoun_does_not_link_to_an_actor_of_the_other_gender()
    {
        var m = Run(Ewt(After, "Iraq's foreign minister Karim Haddad arrived.", "Mr. Haddad spoke.",
            "Syria's ambassador Leila Aziz met Mr. Haddad and she smiled."));
        // The latest person-like mention is "Mr. Haddad", a man by his honorific: "she" skips him.
        Assert.Equal("SYRGOV", Find(m, "she").Code.Value);
        var n = Run(Ewt(After, "Nawaf al-Fares defected.", "He spoke.", "She left."));
        Assert.DoesNotContain(n, x => x.Text == "She");
    }

    [Fact]
    public void A_plural_pronoun_takes_a_group_only_when_the_parse_shows_it_as_a_subject()
    {
        var a = Ewt(After, "Officials met Syrian troops.", "They refused.");
        // A parse where "Syrian troops" is the object of "met".
        int met = a.Tokens.First(t => t.Text == "met").Index;
        for (int i = 0; i < a.Tokens.Count; i++)
            if (a.Tokens[i].SentenceIndex == 0) a.SetDependency(i, i == met ? -1 : met, i == met ? "root" : i < met ? "nsubj" : "obj");
        Assert.DoesNotContain(Run(a), x => x.Text == "They");
    }

    [Fact]
    public void In_a_parsed_sentence_a_pronoun_prefers_the_subject_to_the_latest_mention()
    {
        string[] text = ["Nawaf al-Fares defected.", "Iraq's foreign minister Karim Haddad met Mr. Fares and he smiled."];
        Assert.Equal("SYROPP", Find(Run(Ewt(After, text)), "he").Code.Value); // unparsed: the latest mention
        var a = Ewt(After, text);
        int met = a.Tokens.First(t => t.Text == "met").Index;
        for (int i = 0; i < a.Tokens.Count; i++)
            if (a.Tokens[i].SentenceIndex == 1) a.SetDependency(i, i == met ? -1 : met, i == met ? "root" : i < met ? "nsubj" : "obj");
        Assert.Equal("IRQGOV", Find(Run(a), "he").Code.Value);
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_officeholder_is_not_passed_to_an_older_actor()
    {
        var m = Run(Ewt(After, "Iraq's foreign minister Karim Haddad spoke.", "The president said peace mattered.", "He left."));
        Assert.DoesNotContain(m, x => x.Text == "He");
    }

    [Fact]
    public void A_pronoun_far_from_any_person_stays_uncoded()
    {
        var m = Run(Ewt(After, "Nawaf al-Fares defected.", "It rained.", "It rained again.", "It rained more.", "He left."));
        Assert.DoesNotContain(m, x => x.Text == "He");
    }

    [Fact]
    public void A_person_tagged_name_in_between_blocks_a_pronoun_link()
    {
        var a = Ewt(After, "Nawaf al-Fares defected.", "John Smith watched and he left.");
        int john = a.Tokens.First(t => t.Text == "John").Index;
        a.SetEntity(john, new EntityTag(EntityType.Person, true));
        a.SetEntity(john + 1, new EntityTag(EntityType.Person, false));
        Assert.DoesNotContain(Run(a), x => x.Text == "he");
    }

    // A parse of one sentence: the verb is the root, every token before it its subject, every token after it its object.
    private static Article Parsed(Article a, int sentence, string verb)
    {
        int v = a.Tokens.First(t => t.Text == verb && t.SentenceIndex == sentence).Index;
        for (int i = 0; i < a.Tokens.Count; i++)
            if (a.Tokens[i].SentenceIndex == sentence) a.SetDependency(i, i == v ? -1 : v, i == v ? "root" : i < v ? "nsubj" : "obj");
        return a;
    }

    private static void TagPerson(Article a, string first, int words)
    {
        int i = a.Tokens.First(t => t.Text == first).Index;
        for (int k = 0; k < words; k++) a.SetEntity(i + k, new EntityTag(EntityType.Person, k == 0));
    }

    [Fact]
    public void An_uncoded_person_as_subject_keeps_a_pronoun_from_a_later_coded_name()
    {
        // "Jake Sullivan spoke with Netanyahu, reaffirming ...'s commitment. He thanked ...": "He" is the speaker whom
        // no dictionary codes, not the coded name that came later in the sentence.
        var a = Parsed(Ewt(After, "Karl Brandt spoke with Syrian President Bashar al-Assad.", "He left."), 0, "spoke");
        TagPerson(a, "Karl", 2);
        Assert.DoesNotContain(Run(a), x => x.Text == "He");
        // Without the person tag the same sentence links "He" to the only person it can code.
        var b = Ewt(After, "Karl Brandt spoke with Syrian President Bashar al-Assad.", "He left.");
        Assert.Equal("SYRGOV", Find(Run(b), "He").Code.Value);
    }

    [Fact]
    public void A_titled_name_no_dictionary_codes_is_an_uncoded_person_whatever_the_tagger_says()
    {
        var a = Parsed(Ewt(After, "Security Adviser Karl Brandt spoke with Syrian President Bashar al-Assad.", "He left."), 0, "spoke");
        Assert.DoesNotContain(Run(a), x => x.Text == "He");
    }

    [Fact]
    public void A_later_surname_of_an_uncoded_person_is_that_person()
    {
        var a = Parsed(Ewt(After, "Karl Brandt arrived.", "Mr. Brandt met Syrian President Bashar al-Assad and he smiled."), 1, "met");
        TagPerson(a, "Karl", 2);
        var m = Run(a);
        Assert.DoesNotContain(m, x => x.Text == "he");
        Assert.DoesNotContain(m, x => x.Text.Contains("Brandt") && x.Code.Primary != "---");
    }

    [Fact]
    public void A_pronoun_prefers_the_main_clause_subject_to_a_subject_in_a_clause_below_it()
    {
        // "West backed away from Trump, citing reports Trump hid. He ...": He is West.
        var a = Ewt(new DateOnly(2011, 3, 1), "Syrian President Bashar al-Assad criticised reports Gaddafi fled.", "He left.");
        int verb = a.Tokens.First(t => t.Text == "criticised").Index, reports = verb + 1, gaddafi = verb + 2, fled = verb + 3;
        for (int i = 0; i < a.Tokens.Count; i++)
        {
            if (a.Tokens[i].SentenceIndex != 0) continue;
            if (i < verb) a.SetDependency(i, verb, "nsubj");
            else if (i == verb) a.SetDependency(i, -1, "root");
            else if (i == reports) a.SetDependency(i, verb, "obj");
            else if (i == gaddafi) a.SetDependency(i, fled, "nsubj");
            else if (i == fled) a.SetDependency(i, reports, "acl");
            else a.SetDependency(i, verb, "punct");
        }
        Assert.Equal("SYRGOV", Find(Run(a), "He").Code.Value);
    }

    [Fact]
    public void A_subject_the_parse_splits_at_a_suffix_is_still_the_subject()
    {
        // "President Joseph R. Biden, Jr. spoke with ...": the parse may make "Jr." the subject and the name a vocative.
        var a = Ewt(After, "Syrian President Bashar al-Assad , Jr. met Iraq's foreign minister Karim Haddad.", "He left.");
        int met = a.Tokens.First(t => t.Text == "met").Index, jr = met - 1;
        for (int i = 0; i < a.Tokens.Count; i++)
        {
            if (a.Tokens[i].SentenceIndex != 0) continue;
            if (i == met) a.SetDependency(i, -1, "root");
            else if (i == jr) a.SetDependency(i, met, "nsubj");
            else if (i < jr) a.SetDependency(i, met, "vocative");
            else a.SetDependency(i, met, "obj");
        }
        Assert.Equal("SYRGOV", Find(Run(a), "He").Code.Value);
    }

    [Fact]
    public void A_title_inside_another_title_names_nobody()
    {
        var m = Run(Ewt(After, "Syrian President Bashar al-Assad spoke.", "The Assistant to the President for Security left."));
        Assert.DoesNotContain(m, x => x.Evidence.Any(e => e.StartsWith("coreference: 'President'", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_capitalised_two_word_title_alone_links_to_its_holder()
    {
        var m = Run(Ewt(After, "Syrian Vice President Karim Haddad flew to Libya.", "The Vice President met Libyan officials."));
        var vp = Find(m, "Vice President");
        Assert.Equal("SYRGOV", vp.Code.Value);
        Assert.StartsWith("coreference: 'Vice President' → 'Karim Haddad'", vp.Evidence[0]);
    }

    [Fact]
    public void A_pronoun_continuing_an_uncoded_pronoun_stays_uncoded()
    {
        // "They visited air bases where American forces work. They also met ...": the second "They" is the first one's
        // (a delegation nobody named), not the group in the clause below it.
        var a = Ewt(After, "They visited bases where Syrian troops work.", "They also met officials.");
        int visited = a.Tokens.First(t => t.Text == "visited").Index, work = a.Tokens.First(t => t.Text == "work").Index;
        int bases = visited + 1;
        for (int i = 0; i < a.Tokens.Count; i++)
        {
            if (a.Tokens[i].SentenceIndex != 0) continue;
            if (i == visited) a.SetDependency(i, -1, "root");
            else if (i < visited) a.SetDependency(i, visited, "nsubj");
            else if (i == bases) a.SetDependency(i, visited, "obj");
            else if (i == work) a.SetDependency(i, bases, "acl:relcl");
            else if (i < work) a.SetDependency(i, work, a.Tokens[i].Text == "where" ? "advmod" : "nsubj");
            else a.SetDependency(i, visited, "punct");
        }
        var m = Run(a);
        Assert.DoesNotContain(m, x => x.Text == "They");
        // The group alone, as the main subject, still takes the pronoun.
        var b = Parsed(Ewt(After, "Syrian troops visited bases.", "They also met officials."), 0, "visited");
        Assert.Equal("SYRMIL", Find(Run(b), "They").Code.Value);
    }

    [Fact]
    public void Mentions_stay_in_text_order_without_overlap()
    {
        var m = Run(Ewt(After, "Syria's ambassador to Iraq, Nawaf al-Fares, met Syrian President Bashar al-Assad and he said Mr. Fares left."));
        for (int i = 1; i < m.Count; i++) Assert.True(m[i].Tokens.First >= m[i - 1].Tokens.End, $"{m[i - 1].Text} / {m[i].Text}");
    }
}
