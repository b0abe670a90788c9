using Casus.Coding;
using Casus.Evaluation;
using Casus.Tests.TestKit;

namespace Casus.Tests.Evaluation;

public class CategoryScoresTests
{
    private static GoldRecord Record(string id, string text, params GoldEvent[] events) => new(id, text, null, events, "gold.jsonl", 1);

    [Fact]
    public void CategoryScores_CountPairsMissesAndSpuriousPerCategory()
    {
        var evaluator = new Evaluator();
        var categories = new CategoryScores();
        // One ASSAULT right, one CONSULT predicted where the gold says SANCTION.
        var a = CodedArticles.Tokenized("r1", "Syria attacked Turkey\nFrance met Germany");
        a.AddEvent(CodedArticles.EventOf(a, "Syria", "SYR", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "France", "FRA", "met", "Germany", "DEU", "040", PloverCategory.CONSULT));
        categories.Add(evaluator.Add(Record("r1", a.Text,
            new GoldEvent("SYR", "TUR", CameoCode.Parse("190"), PloverCategory.ASSAULT),
            new GoldEvent("FRA", "DEU", CameoCode.Parse("163"), PloverCategory.SANCTION)), a));

        Assert.Equal(new LevelScore(1, 1, 1), categories.Of(PloverCategory.ASSAULT));
        Assert.Equal(new LevelScore(0, 1, 0), categories.Of(PloverCategory.CONSULT));
        Assert.Equal(new LevelScore(0, 0, 1), categories.Of(PloverCategory.SANCTION));
        Assert.Equal(default, categories.Of(PloverCategory.AID));

        var text = new StringWriter();
        categories.Write(text);
        Assert.Contains("ASSAULT     P 1.000  R 1.000", text.ToString());
        Assert.Contains("CONSULT     P 0.000", text.ToString());
    }
}
