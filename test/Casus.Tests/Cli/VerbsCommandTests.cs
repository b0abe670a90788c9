using Casus.Cli.Commands;

namespace Casus.Tests.Cli;

public class VerbsCommandTests
{
    [Fact]
    public void Check_of_the_shipped_dictionaries_is_clean_and_lists_the_expected_uncovered_codes()
    {
        var @out = new StringWriter();
        var err = new StringWriter();
        Assert.Equal(0, VerbsCommand.Check([], @out, err));
        var text = @out.ToString();
        Assert.Contains("codes with no entry: 2", text);
        Assert.Contains("010 Make statement", text);
        Assert.Contains("044 Meet at", text);
        Assert.DoesNotContain("(GAP)", text);
        Assert.Contains("event nouns: ", text);
        Assert.Equal("", err.ToString());
    }

    [Fact]
    public void Check_reads_a_file_not_named_NN_as_event_nouns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casus-nouns-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        try
        {
            var file = Path.Combine(path, "events.txt");
            File.WriteAllText(file, "[042] Visit\nvisit to=target\ntrip to=nowhere\n");
            var @out = new StringWriter();
            var err = new StringWriter();
            Assert.Equal(1, VerbsCommand.Check([file], @out, err));
            Assert.Contains("nouns/events.txt:3: entry:", err.ToString());
            Assert.Contains("event nouns: 1 entries", @out.ToString());
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void Check_of_a_bad_file_reports_file_and_line_and_fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casus-verbs-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        try
        {
            var file = Path.Combine(path, "19_fight.txt");
            File.WriteAllText(file, "[190] Fight\nattack <obj>\n[173] Arrest\narrest <obj>\n");
            var @out = new StringWriter();
            var err = new StringWriter();
            Assert.Equal(1, VerbsCommand.Check([file], @out, err));
            Assert.Contains("verbs/19_fight.txt:3: code:", err.ToString());
            Assert.Contains("(GAP)", @out.ToString());
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void Check_of_a_missing_file_fails_with_2()
    {
        var err = new StringWriter();
        Assert.Equal(2, VerbsCommand.Check([Path.Combine(Path.GetTempPath(), "no-such-dir-casus", "01_x.txt")], new StringWriter(), err));
        Assert.Contains("cannot read", err.ToString());
    }
}
