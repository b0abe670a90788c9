using Casus.Cli.Commands;

namespace Casus.Tests.Actors;

public class ActorsCommandTests
{
    [Fact]
    public void Check_passes_the_shipped_dictionaries()
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, ActorsCommand.Check([], o, e));
        Assert.Contains("no problems", o.ToString());
        Assert.Equal("", e.ToString());
    }

    [Fact]
    public void Check_lists_problems_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casus-actors-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "SYR | name: Syria\nSY | name: Syr\n");
        try
        {
            var (o, e) = (new StringWriter(), new StringWriter());
            Assert.Equal(1, ActorsCommand.Check([path], o, e));
            Assert.Contains($"{path}:2: ", e.ToString());
            Assert.Contains("1 problem(s)", e.ToString());
        }
        finally { File.Delete(path); }
    }
}
