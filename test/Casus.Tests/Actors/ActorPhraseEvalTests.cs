using Casus.Actors;
using Casus.Document;
using Casus.Evaluation;

namespace Casus.Tests.Actors;

public class ActorPhraseEvalTests
{
    private static List<ActorPhraseItem> ReadAll(string text) => ActorPhraseReader.Read(new StringReader(text), "gold.jsonl").ToList();

    [Fact]
    public void Reader_reads_records_and_reports_bad_lines_with_field()
    {
        var items = ReadAll("""
            {"id":"a","text":"The rebels from Syria","date":"2015-08-13","expected_actor_codes":["SYRREB"]}
            {"id":"b","text":"x","expected_actor_codes":["SY"]}
            not json
            {"id":"d","text":"Russia","date":"13/08/2015","expected_actor_codes":["RUS"]}
            {"id":"e","text":"Russia and China","expected_actor_codes":["RUS","CHN"]}
            """);
        Assert.Equal(5, items.Count);
        var a = items[0].Record!;
        Assert.Equal(("a", new DateOnly(2015, 8, 13), "SYRREB"), (a.Id, a.Date!.Value, a.Expected.Single()));
        Assert.StartsWith("gold.jsonl:2: expected_actor_codes[0]: ", items[1].Error);
        Assert.StartsWith("gold.jsonl:3: (line): not valid JSON", items[2].Error);
        Assert.StartsWith("gold.jsonl:4: date: ", items[3].Error);
        Assert.Null(items[4].Record!.Date);
    }

    [Fact]
    public void Evaluator_matches_code_sets_without_order_or_duplicates()
    {
        var record = new ActorPhraseRecord("r", "Russia and China and Russia", null, ["CHN", "RUS"], "g", 1);
        var article = SimpleArticle(record.Text, ("Russia", "RUS"), ("China", "CHN"));
        var evaluator = new ActorPhraseEvaluator();
        Assert.True(evaluator.Add(record, article).Correct);

        var extra = SimpleArticle(record.Text, ("Russia", "RUS"), ("China", "CHN"), ("and", "---GOV"));
        Assert.False(evaluator.Add(record, extra).Correct);
        Assert.False(evaluator.Add(record, SimpleArticle(record.Text, ("Russia", "RUS"))).Correct);
        Assert.Equal((3, 1), (evaluator.Total, evaluator.Correct));
        Assert.Equal(1 / 3.0, evaluator.Accuracy, 6);
    }

    private static Article SimpleArticle(string text, params (string Word, string Code)[] mentions)
    {
        var article = TestKit.SimpleTokens.Article(text);
        foreach (var (word, code) in mentions)
        {
            int t = TestKit.CodedArticles.TokenOf(article, word);
            article.AddMention(new Mention(0, new TokenSpan(t, 1), word, ActorCode.Parse(code), []));
        }
        return article;
    }
}
