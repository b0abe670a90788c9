using Casus.Coding;
using Casus.Coding.Verbs;

namespace Casus.Tests.Coding;

public class VerbDictionaryTests
{
    private static VerbDictionary LoadText(string name, string text, out IReadOnlyList<DataFileError> errors) =>
        VerbDictionary.Load(new[] { (name, (TextReader)new StringReader(text)) }, CameoCatalog.Default, VerbInflector.Default, out errors);

    [Fact]
    public void Embedded_dictionaries_load_without_errors_and_cover_every_root()
    {
        var d = VerbDictionary.LoadDefault();
        Assert.True(d.Patterns.Count >= 300, $"only {d.Patterns.Count} entries");
        var roots = d.Patterns.Select(p => p.Code.Root).Distinct().Count();
        Assert.Equal(20, roots);
    }

    [Fact]
    public void Entries_are_found_by_every_inflected_form()
    {
        var d = VerbDictionary.LoadDefault();
        foreach (var form in new[] { "attack", "attacks", "attacked", "attacking", "Attacked" })
            Assert.Contains(d.Lookup(form).ToArray(), c => c.Pattern.Lemma == "attack" && c.Pattern.Code.Digits == "190");
        Assert.Contains(d.Lookup("met").ToArray(), c => c.Pattern.Lemma == "meet");
        Assert.True(d.Lookup("zzz").IsEmpty);
    }

    [Fact]
    public void A_hyphenated_re_prefix_reads_the_joined_word_else_the_word_after_it()
    {
        var d = LoadText("verbs/08_yield.txt", "[081] Ease restrictions\nreopen border (with) <obj>\nlift curfew\n", out var errors);
        Assert.Empty(errors);
        Assert.Contains(d.Lookup("re-opened").ToArray(), c => c.Pattern.Lemma == "reopen" && c.Form.HasFlag(VerbForm.Past));
        Assert.Contains(d.Lookup("Re-lifted").ToArray(), c => c.Pattern.Lemma == "lift");
        // No prefix without the hyphen ("relift" is no word of the dictionary), and "re-" alone names nothing.
        Assert.True(d.Lookup("relifted").IsEmpty);
        Assert.True(d.Lookup("re-").IsEmpty);
        Assert.True(d.Lookup("re-zzz").IsEmpty);
    }

    [Fact]
    public void A_code_outside_the_files_root_is_reported_with_file_and_line()
    {
        LoadText("verbs/19_fight.txt", "# c\n[190] Fight\nattack <obj>\n[173] Arrest\narrest <obj>\n", out var errors);
        var e = Assert.Single(errors);
        Assert.Equal("verbs/19_fight.txt", e.File);
        Assert.Equal(4, e.Line);
        Assert.Equal("code", e.Field);
        Assert.Contains("root 17", e.Message);
    }

    [Theory]
    [InlineData("[190] X\nattack <obj> <obj>\n", 2, "pattern")]
    [InlineData("[190] X\nattack <verb>\n", 2, "pattern")]
    [InlineData("[190] X\nattack on <any>\n", 2, "pattern")]
    [InlineData("[190] X\nAttack <obj>\n", 2, "pattern")]
    [InlineData("attack <obj>\n", 1, "entry")]
    [InlineData("[1999] X\nattack <obj>\n", 1, "code")]
    [InlineData("[199] X\nattack <obj>\n", 1, "code")]
    [InlineData("[190] X\nattack <obj>\nattack <obj>\n", 3, "pattern")]
    [InlineData("[190] X\nattack (<obj>) on\n", 2, "pattern")]
    [InlineData("[190] X\nattack (<obj>) <any>\n", 2, "pattern")]
    public void Bad_lines_are_reported_and_the_rest_loads(string text, int line, string field)
    {
        var d = LoadText("verbs/19_fight.txt", text + "[193] Y\nshoot <obj>\n", out var errors);
        Assert.Contains(errors, e => e.Line == line && e.Field == field);
        Assert.Contains(d.Patterns, p => p.Lemma == "shoot");
    }

    [Fact]
    public void A_badly_named_file_is_rejected()
    {
        LoadText("verbs/fight.txt", "[190] X\nattack <obj>\n", out var errors);
        Assert.Equal("file name", Assert.Single(errors).Field);
    }

    [Fact]
    public void Patterns_parse_words_options_alternatives_and_slots()
    {
        Assert.True(VerbDictionary.TryParsePattern("call on|upon <obj> to <any>", out var lemma, out var el, out _));
        Assert.Equal("call", lemma);
        Assert.Equal(new[] { PatternElementKind.Word, PatternElementKind.Target, PatternElementKind.Word, PatternElementKind.AnyComplement },
            el!.Select(e => e.Kind));
        Assert.Equal(new[] { "on", "upon" }, el![0].Words);
        Assert.True(VerbDictionary.TryParsePattern("meet (with) <obj>", out _, out el, out _));
        Assert.Equal(PatternElementKind.OptionalWord, el![0].Kind);
    }

    [Fact]
    public void An_optional_target_parses_as_a_target_that_may_stay_empty()
    {
        Assert.True(VerbDictionary.TryParsePattern("declare ceasefire|truce (with) (<obj>)", out _, out var el, out _));
        var target = el![^1];
        Assert.Equal(PatternElementKind.Target, target.Kind);
        Assert.True(target.Optional);
        Assert.Equal("(<obj>)", target.ToString());
        Assert.True(VerbDictionary.TryParsePattern("attack (<obj>) (with)", out _, out el, out _));
        Assert.True(el![0].Optional);
        Assert.True(VerbDictionary.TryParsePattern("attack <obj>", out _, out el, out _));
        Assert.False(el![0].Optional);
    }

    [Fact]
    public void A_leading_to_marks_an_act_coded_only_under_a_frame()
    {
        var d = LoadText("verbs/07_aid.txt", "[070] Provide aid\nto help <obj>\nassist <obj>\n", out var errors);
        Assert.Empty(errors);
        var help = Assert.Single(d.Lookup("helped").ToArray()).Pattern;
        Assert.True(help.FramedOnly);
        Assert.Equal("help", help.Lemma);
        Assert.Equal("to help <obj>", help.PatternText);
        Assert.False(Assert.Single(d.Lookup("assisted").ToArray()).Pattern.FramedOnly);
    }

    [Fact]
    public void A_framed_act_may_not_open_a_frame_of_its_own()
    {
        LoadText("verbs/07_aid.txt", "[070] Provide aid\nto help <obj> to <verb>\n", out var errors);
        var e = Assert.Single(errors);
        Assert.Equal(2, e.Line);
        Assert.Equal("pattern", e.Field);
    }
}
