using Casus.Language.Lemmas;

namespace Casus.Tests.Language;

public class LemmatizerTests
{
    [Theory]
    [InlineData("went", "VBD", "go")]
    [InlineData("children", "NNS", "child")]
    [InlineData("was", "VBD", "be")]
    [InlineData("Was", "VBD", "be")]
    [InlineData("vetoed", "VBD", "veto")]
    [InlineData("resolutions", "NNS", "resolution")]
    [InlineData("countries", "NNS", "country")]
    [InlineData("Russia", "NNP", "Russia")]
    [InlineData("larger", "JJR", "large")]
    [InlineData("running", "VBG", "run")]
    public void Shipped_lemmatizer_handles_irregular_and_regular_forms(string form, string xpos, string lemma)
    {
        Assert.Equal(lemma, Lemmatizer.CreateDefault().Lemmatize(form, xpos));
    }

    [Fact]
    public void Shipped_lemmatizer_follows_ewt_conventions_for_case_numbers_and_punctuation()
    {
        var l = Lemmatizer.CreateDefault();
        var shouted = new LemmaContext(SentenceCase.Upper, Initial: false);
        Assert.Equal("Tehran", l.Lemmatize("TEHRAN", "NNP", shouted));
        Assert.Equal("Industrial", l.Lemmatize("INDUSTRIAL", "NNP", shouted));
        Assert.Equal("NASA", l.Lemmatize("NASA", "NNP", shouted)); // an acronym EWT keeps
        // In a mixed-case sentence short words in capitals are mostly acronyms and keep them; longer ones are mostly
        // names written in capitals, which EWT lemmatizes in their ordinary case (SOUTER → Souter).
        Assert.Equal("NASA", l.Lemmatize("NASA", "NNP"));
        Assert.Equal("Tehran", l.Lemmatize("TEHRAN", "NNP"));
        Assert.Equal("6606", l.Lemmatize("6,606", "CD"));
        Assert.Equal("Capt.", l.Lemmatize("Capt.", "NNP")); // not *Captember from Sept. → September
        Assert.Equal("--", l.Lemmatize("--", ":")); // EWT's convention, not GUM's "-"
    }

    [Fact]
    public void Learned_suffix_rules_generalise_to_unseen_words()
    {
        var lemmatizer = new LemmatizerTrainer { MinRuleCount = 1 }.Train(LanguageTestData.Sentences());
        Assert.Equal("jump", lemmatizer.Lemmatize("jumped", "VBD"));
        Assert.Equal("bird", lemmatizer.Lemmatize("birds", "NNS"));
        Assert.Equal("go", lemmatizer.Lemmatize("went", "VBD"));
        Assert.Equal("child", lemmatizer.Lemmatize("Children", "NNS"));
    }

    [Fact]
    public void Empty_and_very_long_forms_do_not_throw()
    {
        var l = Lemmatizer.CreateDefault();
        Assert.Equal("", l.Lemmatize("", "NN"));
        var longWord = new string('a', 1000) + "s";
        Assert.NotNull(l.Lemmatize(longWord, "NNS"));
    }
}
