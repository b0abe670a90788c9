using Casus.Coding;
using Casus.Coding.Verbs;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>House rules for the shipped verb dictionaries (data/verbs): every CAMEO code covered, no entry that can
/// never win, every lemma reachable by its forms.</summary>
public class VerbDictionaryIntegrityTests
{
    private static readonly VerbDictionary Shipped = VerbDictionary.LoadDefault();

    [Fact]
    public void Every_cameo_code_with_a_verbal_expression_has_an_entry()
    {
        var coverage = VerbCoverage.Of(Shipped, CameoCatalog.Default);
        Assert.Empty(coverage.Gaps.Select(e => $"{e.Code} {e.Name}"));
    }

    [Fact]
    public void The_codes_listed_as_having_no_verbal_expression_really_have_no_entry()
    {
        // Keeps the exemption list honest: a code that gains entries leaves the list.
        var coverage = VerbCoverage.Of(Shipped, CameoCatalog.Default);
        foreach (var code in VerbCoverage.NoVerbalExpression.Keys)
        {
            Assert.True(CameoCatalog.Default.Contains(CameoCode.Parse(code)), $"{code} is not a CAMEO code");
            Assert.DoesNotContain(code, coverage.EntriesPerCode.Keys);
        }
        Assert.True(VerbCoverage.NoVerbalExpression.Count <= 5, "the list of codes without a verbal expression should stay short");
    }

    [Fact]
    public void No_entry_repeats_another_under_a_second_code()
    {
        var coverage = VerbCoverage.Of(Shipped, CameoCatalog.Default);
        Assert.Empty(coverage.Equivalent.Select(p => $"{p.Second.EvidenceText} = {p.First.EvidenceText}"));
    }

    [Fact]
    public void Equivalent_entries_are_found_whatever_the_order_of_alternatives()
    {
        var d = VerbDictionary.Load(new[] { ("verbs/16_reduce_relations.txt", (TextReader)new StringReader(
            "[161] Break\ncut tie|relation (with) <obj>\n[160] Reduce\ncut relation|tie (with) <obj>\n")) },
            CameoCatalog.Default, VerbInflector.Default, out var errors);
        Assert.Empty(errors);
        var pair = Assert.Single(VerbCoverage.Of(d, CameoCatalog.Default).Equivalent);
        Assert.Equal("161", pair.First.Code.Digits);
        Assert.Equal("160", pair.Second.Code.Digits);
    }

    [Fact]
    public void Every_root_holds_a_substantial_set_of_entries()
    {
        var coverage = VerbCoverage.Of(Shipped, CameoCatalog.Default);
        Assert.True(coverage.Total >= 3000, $"only {coverage.Total} entries");
        for (int root = 1; root <= 20; root++)
            Assert.True(coverage.EntriesPerRoot.GetValueOrDefault(root) >= 40, $"root {root:00} has {coverage.EntriesPerRoot.GetValueOrDefault(root)} entries");
    }

    [Fact]
    public void Every_entry_is_found_by_its_lemma_and_its_past_form()
    {
        foreach (var p in Shipped.Patterns)
        {
            Assert.Contains(Shipped.Lookup(p.Lemma).ToArray(), c => ReferenceEquals(c.Pattern, p));
            var past = VerbInflector.Default.Inflect(p.Lemma).First(f => (f.Form & VerbForm.Past) != 0).Word;
            Assert.Contains(Shipped.Lookup(past).ToArray(), c => ReferenceEquals(c.Pattern, p));
        }
    }

    [Theory]
    // Verbs stressed on the last syllable double the final consonant; the irregular table must say so.
    [InlineData("repel", "repelled")]
    [InlineData("annul", "annulled")]
    [InlineData("unban", "unbanned")]
    [InlineData("readmit", "readmitted")]
    [InlineData("confer", "conferred")]
    [InlineData("extol", "extolled")]
    [InlineData("airdrop", "airdropped")]
    [InlineData("rebut", "rebutted")]
    // Irregular verbs the entries use.
    [InlineData("cling", "clung")]
    [InlineData("sweep", "swept")]
    [InlineData("retake", "retaken")]
    [InlineData("spring", "sprung")]
    [InlineData("slay", "slain")]
    [InlineData("withhold", "withheld")]
    public void Entry_lemmas_are_found_by_their_irregular_forms(string lemma, string form)
    {
        Assert.Contains(Shipped.Patterns, p => p.Lemma == lemma);
        Assert.Contains(Shipped.Lookup(form).ToArray(), c => c.Pattern.Lemma == lemma);
    }

    [Fact]
    public void Hyphenated_lemmas_are_only_prefixed_words_the_tokenizer_keeps_whole()
    {
        // The tokenizer splits "strong-arm" into three tokens, so such a lemma could never match; "de-escalate"
        // stays one token (a prefix listed in data/text/hyphen_prefixes.txt).
        var hyphenated = Shipped.Patterns.Select(p => p.Lemma).Where(l => l.Contains('-')).Distinct().ToList();
        Assert.All(hyphenated, l => Assert.StartsWith("de-", l));
    }
}
