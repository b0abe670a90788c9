using Casus.Actors;
using Casus.Actors.People;
using Casus.Cli.Commands;

namespace Casus.Tests.Cli;

public class ActorsNamesCommandTests
{
    [Fact]
    public void Lists_people_joined_under_one_key_though_spelt_differently_and_counts_patronymic_forms()
    {
        var directory = PersonDirectory.Create(ActorDictionary.Load([new ActorSource("p.txt",
            "IRNGOV | person: Hamid Rezaei | from: 2015\n" +
            "IRNGOV | person: Hamed Rezai | from: 2019 | until: 2019\n" +
            "IRNGOV | person: Hamid Rezaei | from: 2012 | until: 2013\n" +
            "QATGOV | person: Nasser bin Ali bin Jassim Al Kuwari | from: 2016\n" +
            "OMNGOV | person: Salim Harthi | from: 2016")]));
        var @out = new StringWriter();
        Assert.Equal(0, ActorsNamesCommand.Run(directory, @out));
        var lines = @out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // One joined person (the Rezaei lines), then the counts; same-spelling lines and other people are not listed.
        Assert.Equal(2, lines.Length);
        Assert.Contains("Hamid Rezaei | Hamed Rezai", lines[0]);
        Assert.Contains("IRNGOV (p.txt:1)", lines[0]);
        Assert.Contains("joined under one key though spelt differently: 1", lines[1]);
        Assert.Contains("shorter patronymic forms indexed: 2, left out as shared by two people or more: 0", lines[1]);
    }
}
