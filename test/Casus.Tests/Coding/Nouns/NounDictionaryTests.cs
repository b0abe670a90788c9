using Casus.Coding;
using Casus.Coding.Nouns;

namespace Casus.Tests.Coding.Nouns;

public class NounDictionaryTests
{
    private static NounDictionary LoadText(string name, string text, out IReadOnlyList<DataFileError> errors) =>
        NounDictionary.Load(new[] { (name, (TextReader)new StringReader(text)) }, CameoCatalog.Default, out errors);

    [Fact]
    public void Embedded_nouns_load_without_errors()
    {
        var d = NounDictionary.LoadDefault();
        Assert.True(d.Entries.Count >= 40, $"only {d.Entries.Count} entries");
        Assert.Contains(d.Entries, e => e.Received);
        Assert.Contains(d.Entries, e => !e.Received);
    }

    [Fact]
    public void Heads_are_found_in_singular_and_plural_with_their_slots()
    {
        var d = NounDictionary.LoadDefault();
        foreach (var form in new[] { "visit", "visits", "Visit" })
        {
            var visit = Assert.Single(d.Lookup(form).ToArray(), e => !e.Received);
            Assert.Equal("042", visit.Code.Digits);
            Assert.Equal(NounRole.Target, visit.RoleOf("to"));
            Assert.Equal(NounRole.Source, visit.RoleOf("by")); // "by" is always the source
            Assert.Null(visit.RoleOf("in"));
        }
        Assert.Contains(d.Lookup("clashes").ToArray(), e => e.Code.Root == 19);
        Assert.Contains(d.Lookup("inquiries").ToArray(), e => e.Code.Digits == "090");
        Assert.True(d.Lookup("table").IsEmpty);
    }

    [Fact]
    public void Modifiers_come_before_the_head_and_slots_after()
    {
        var d = LoadText("nouns/events.txt", "[195] Air\nair|drone strike  on|against=target  between=pair\n", out var errors);
        Assert.Empty(errors);
        var e = Assert.Single(d.Entries);
        Assert.Equal(["strike"], e.Heads);
        Assert.Equal(["air", "drone"], Assert.Single(e.Modifiers));
        Assert.Equal(NounRole.Pair, e.RoleOf("between"));
        Assert.True(e.HasTargetSlot);
        Assert.Equal("nouns/events.txt:2 air|drone strike on|against=target between=pair", e.EvidenceText);
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_line_and_field_and_the_rest_loads()
    {
        var d = LoadText("nouns/events.txt", string.Join('\n',
            "talks with=target",           // 1: before any header
            "[999] No such code",          // 2: code not in the table
            "visit to=target",             // 3: under a rejected header: skipped silently
            "[042] Visit",                 // 4
            "visit to=somewhere",          // 5: bad role
            "visit to=target Paris",       // 6: word after a slot
            "visit to=target to=source",   // 7: preposition twice
            "Visit to=target",             // 8: upper case
            "visit to=target",             // 9: fine
            "visits to=target",            // 10: fine (another head)
            "visit of=source"), out var errors); // 11: the same noun again
        Assert.Equal([1, 2, 5, 6, 7, 8, 11], errors.Select(e => e.Line).ToArray());
        Assert.All(errors, e => Assert.Equal("nouns/events.txt", e.File));
        Assert.Contains("source, target or pair", errors.Single(e => e.Line == 5).Message);
        Assert.Contains("already defined at nouns/events.txt:9", errors.Single(e => e.Line == 11).Message);
        Assert.Equal(2, d.Entries.Count);
    }

    [Fact]
    public void A_file_named_received_holds_things_received()
    {
        var d = LoadText("nouns/received.txt", "[072] Military aid\nweapons from=source\n", out var errors);
        Assert.Empty(errors);
        Assert.True(Assert.Single(d.Entries).Received);
    }
    [Fact]
    public void Governing_word_lists_load_from_governors_txt()
    {
        var d = NounDictionary.LoadDefault();
        Assert.Contains("hold", d.Words(NounWordList.Light));
        Assert.Contains("receive", d.Words(NounWordList.Receive));
        Assert.Contains("kill", d.Words(NounWordList.Harm));
        Assert.Contains("round", d.Words(NounWordList.Measure));
        Assert.Contains("autonomy", d.Words(NounWordList.AbstractTarget));
        Assert.Contains("condemn", d.Words(NounWordList.Reaction));
        Assert.Empty(NounDictionary.Empty.Words(NounWordList.Light));
    }

    [Fact]
    public void Governors_txt_holds_the_seventeen_named_lists_and_bad_lines_are_reported_by_the_shared_reader()
    {
        // The file's specifics: its list names map to NounWordList; the reader's rules are tested in WordListFileTests.
        var text = "[light]\nhold stage\nHold\n[verbs]\nkill\n[harm]\nkill\n[receive]\n[occurrence]\n[measure]\n[motion]\n[abstract-target]\nautonomy\n[reaction]\ncondemn\n[prior]\nfollow\n[announce]\nannounce\n[aspect]\nrecent\n[basis]\nbuild\n[unreal]\npossible\n[carrier]\nprovision\n[presuppose]\nresponse\n[accord]\ntreaty\n[campaign]\nwar\n";
        var d = LoadText("nouns/governors.txt", text, out var errors);
        Assert.Equal(new[] { "hold", "stage" }, d.Words(NounWordList.Light));
        Assert.Equal(new[] { "kill" }, d.Words(NounWordList.Harm));
        Assert.Equal(new[] { "autonomy" }, d.Words(NounWordList.AbstractTarget));
        Assert.Equal(new[] { "condemn" }, d.Words(NounWordList.Reaction));
        Assert.Equal(new[] { "follow" }, d.Words(NounWordList.Prior));
        Assert.Equal(new[] { "announce" }, d.Words(NounWordList.Announce));
        Assert.Equal(new[] { "recent" }, d.Words(NounWordList.Aspect));
        Assert.Equal(new[] { "build" }, d.Words(NounWordList.Basis));
        Assert.Equal(new[] { "possible" }, d.Words(NounWordList.Unreal));
        Assert.Equal(new[] { "provision" }, d.Words(NounWordList.Carrier));
        Assert.Equal(new[] { "response" }, d.Words(NounWordList.Presuppose));
        Assert.Equal(new[] { "treaty" }, d.Words(NounWordList.Accord));
        Assert.Equal(new[] { "war" }, d.Words(NounWordList.Campaign));
        Assert.Equal(
            [
                "nouns/governors.txt:3: word: 'Hold' must be a lower-case word (letters, '-' and ''')",
                "nouns/governors.txt:4: list: unknown list 'verbs' (known: light, receive, occurrence, harm, measure, motion, abstract-target, reaction, prior, announce, aspect, basis, unreal, carrier, presuppose, accord, campaign)",
            ],
            errors.Select(e => e.ToString()));
    }
}
