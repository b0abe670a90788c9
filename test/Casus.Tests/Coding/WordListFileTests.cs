using Casus.Coding;

namespace Casus.Tests.Coding;

/// <summary>The one reader of "[list] header + lower-case words" files: its rules and messages, which every such file
/// (governors.txt, frame_words.txt, relational_nouns.txt) shares.</summary>
public class WordListFileTests
{
    private static readonly string[] Two = { "verbs", "nouns" };

    private static (List<string>[] Lists, List<string> Errors) Read(string text, params string[] names)
    {
        var errors = new List<DataFileError>();
        var lists = WordListFile.Read(new StringReader(text), "w.txt", names, errors);
        return (lists, errors.Select(e => e.ToString()).ToList());
    }

    [Fact]
    public void Words_load_into_their_lists_in_file_order_with_comments_and_blank_lines_ignored()
    {
        var (lists, errors) = Read("# head\n\n[nouns]\nplan  demand # a comment\n[verbs]\nsay\tnote\nwarn\n", Two);
        Assert.Empty(errors);
        Assert.Equal(["say", "note", "warn"], lists[0]);
        Assert.Equal(["plan", "demand"], lists[1]);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_file_and_line_and_the_rest_loads()
    {
        var text = "say\n[verbs]\nsay Tell re-state o'er\nsay\n[adverbs]\nquickly\nslowly\n[verbs\nx\n[nouns]\ncommuniqué\n[verbs]\n";
        var (lists, errors) = Read(text, Two);
        Assert.Equal(
            [
                "w.txt:1: word: a word outside a list: put a [list] header above it",
                "w.txt:3: word: 'Tell' must be a lower-case word (letters, '-' and ''')",
                "w.txt:4: word: 'say' is listed twice in [verbs]",
                "w.txt:5: list: unknown list 'adverbs' (known: verbs, nouns)",
                "w.txt:8: list: '[verbs' must be a list name in brackets, e.g. [verbs]",
                "w.txt:12: list: list 'verbs' is named twice",
            ],
            errors);
        // Words under a bad header (lines 6, 7, 9) are covered by the header's one error and skipped.
        Assert.Equal(["say", "re-state", "o'er"], lists[0]);
        Assert.Equal(["communiqué"], lists[1]);
    }

    [Fact]
    public void A_list_the_file_never_names_is_reported_at_the_last_line()
    {
        var (lists, errors) = Read("[verbs]\nsay\n\n", Two);
        Assert.Equal(["w.txt:3: list: list 'nouns' is missing"], errors);
        Assert.Empty(lists[1]);
    }

    [Fact]
    public void A_file_of_one_list_may_omit_its_header_but_the_same_word_rules_hold()
    {
        var (lists, errors) = Read("# c\nchief head\nBad chief\n", "relational");
        Assert.Equal(["chief", "head"], lists[0]);
        Assert.Equal(
            [
                "w.txt:3: word: 'Bad' must be a lower-case word (letters, '-' and ''')",
                "w.txt:3: word: 'chief' is listed twice in [relational]",
            ],
            errors);
        var (named, none) = Read("[relational]\nchief\n", "relational");
        Assert.Empty(none);
        Assert.Equal(["chief"], named[0]);
    }
}
