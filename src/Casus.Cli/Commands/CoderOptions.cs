using System.CommandLine;
using Casus.Actors.Context;
using Casus.Coding;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary>The coder's options on the command line (<c>--statements</c>, <c>--fallback</c>), shared by the
/// commands that run the pipeline.</summary>
internal static class CoderOptions
{
    /// <summary>The options.</summary>
    public sealed record Set(Option<bool> Statements, Option<string> Fallback, Option<bool> Nearest, Option<bool> NoTargetFallback, Option<bool> NoNouns,
        Option<bool> ArticleCountry, Option<bool> Pronouns, Option<bool> NoPublisherCountry, Option<bool> NoStateActs, Option<bool> NoLongArticles);

    public static Set Create()
    {
        var statements = new Option<bool>("--statements")
        {
            Description = "Also code the statement of reported speech (\"X said Y ...\" → X Y 010).",
        };
        var fallback = new Option<string>("--fallback")
        {
            Description = "When to read a sentence as a word sequence: never, unparsed (sentences without a parse) or no-event (also where the parse reading found nothing) or undecided (also the verbs the parse reading left undecided).",
            DefaultValueFactory = _ => "no-event",
        };
        var nearest = new Option<bool>("--nearest-subject")
        {
            Description = "Take the nearest actor before the verb as the source when the parse gives a predicate no subject.",
        };
        var noTargetFallback = new Option<bool>("--no-target-fallback")
        {
            Description = "Leave an act without a target when its clause names none in the pattern's slot (no nearest actor or place from the verb's phrases).",
        };
        var noNouns = new Option<bool>("--no-nouns")
        {
            Description = "Do not code events carried by nouns (\"held talks with X\", \"killed in Israeli shelling\").",
        };
        var articleCountry = new Option<bool>("--no-article-country")
        {
            Description = "Do not give a role phrase with no country in the sentence (\"the government\") the country the article supports most clearly (never done on a government's own site; docs/formats/actors.md, \"Country from the article\").",
        };
        var pronouns = new Option<bool>("--pronouns")
        {
            Description = "Resolve it/them/him/her and possessive its/their/his/her to an earlier actor (off by default: right 81 % of the time on news, no gain on gold; docs/formats/actors.md).",
        };
        var longArticles = new Option<bool>("--no-long-article-context")
        {
            Description = "In articles of three sentences or more, do not let a role with no country (\"the police\") take the country of another actor of its sentence when the article is about that one country and no government published it (docs/formats/actors.md, \"Country from context\").",
        };
        var noPublisher = new Option<bool>("--no-publisher-country")
        {
            Description = "Do not give a state's role with no country (\"the Vice President\") the country of the government whose site published the article (data/actors/publishers.txt; docs/formats/actors.md).",
        };
        var noStateActs = new Option<bool>("--no-state-acts")
        {
            Description = "Leave an agentless passive of an act only a state does (\"protesters were arrested in Cairo\") without the inferred state organ as its source (data/verbs/state_acts.txt; docs/formats/verbs.md).",
        };
        fallback.AcceptOnlyFromAmong("never", "unparsed", "no-event", "undecided");
        return new Set(statements, fallback, nearest, noTargetFallback, noNouns, articleCountry, pronouns, noPublisher, noStateActs, longArticles);
    }

    public static void AddTo(Command command, Set set)
    {
        command.Options.Add(set.Statements);
        command.Options.Add(set.Fallback);
        command.Options.Add(set.Nearest);
        command.Options.Add(set.NoTargetFallback);
        command.Options.Add(set.NoNouns);
        command.Options.Add(set.ArticleCountry);
        command.Options.Add(set.Pronouns);
        command.Options.Add(set.NoPublisherCountry);
        command.Options.Add(set.NoStateActs);
        command.Options.Add(set.NoLongArticles);
    }

    /// <summary>The default pipeline, or one with a coder built for the options given.</summary>
    public static CasusPipeline Pipeline(ParseResult parse, Set set)
    {
        var options = new CodingOptions
        {
            CodeStatements = parse.GetValue(set.Statements),
            NearestSubject = parse.GetValue(set.Nearest),
            TargetFallback = !parse.GetValue(set.NoTargetFallback),
            NounEvents = !parse.GetValue(set.NoNouns),
            StateActSources = !parse.GetValue(set.NoStateActs),
            SequenceFallback = parse.GetValue(set.Fallback) switch
            {
                "never" => SequenceFallback.Never,
                "unparsed" => SequenceFallback.Unparsed,
                "undecided" => SequenceFallback.UndecidedVerbs,
                _ => SequenceFallback.NoParseEvent,
            },
        };
        var actors = ContextCountryOptions.Default with
        {
            Article = !parse.GetValue(set.ArticleCountry),
            Pronouns = parse.GetValue(set.Pronouns),
            LongArticles = !parse.GetValue(set.NoLongArticles),
            Publisher = !parse.GetValue(set.NoPublisherCountry),
        };
        if (actors != ContextCountryOptions.Default) return DefaultPipeline.Create(options, actors);
        return options == CodingOptions.Default ? DefaultPipeline.Create() : DefaultPipeline.Create(options);
    }
}
