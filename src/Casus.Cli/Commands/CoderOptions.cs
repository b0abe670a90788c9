using System.CommandLine;
using Casus.Coding;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary>The coder's options on the command line (<c>--statements</c>, <c>--fallback</c>), shared by the
/// commands that run the pipeline.</summary>
internal static class CoderOptions
{
    /// <summary>The two options.</summary>
    public sealed record Set(Option<bool> Statements, Option<string> Fallback, Option<bool> Nearest, Option<bool> NoTargetFallback, Option<bool> NoNouns);

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
        fallback.AcceptOnlyFromAmong("never", "unparsed", "no-event", "undecided");
        return new Set(statements, fallback, nearest, noTargetFallback, noNouns);
    }

    public static void AddTo(Command command, Set set)
    {
        command.Options.Add(set.Statements);
        command.Options.Add(set.Fallback);
        command.Options.Add(set.Nearest);
        command.Options.Add(set.NoTargetFallback);
        command.Options.Add(set.NoNouns);
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
            SequenceFallback = parse.GetValue(set.Fallback) switch
            {
                "never" => SequenceFallback.Never,
                "unparsed" => SequenceFallback.Unparsed,
                "undecided" => SequenceFallback.UndecidedVerbs,
                _ => SequenceFallback.NoParseEvent,
            },
        };
        return options == CodingOptions.Default ? DefaultPipeline.Create() : DefaultPipeline.Create(options);
    }
}
