using Casus.Actors;
using Casus.Actors.Context;
using Casus.Coding;
using Casus.Geo;
using Casus.Language.Entities;
using Casus.Language.Parsing;
using Casus.Language.Tagging;
using Casus.Pipeline;
using Casus.Text;
using Casus.Time;

namespace Casus;

/// <summary>The pipeline <c>casus code</c> runs: text → tagger → parser → entities → actors → coder → event dates → event places,
/// with the dictionaries and models shipped inside the assembly.</summary>
public static class DefaultPipeline
{
    private static readonly Lazy<CasusPipeline> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The default pipeline (built once, immutable and thread-safe, so it is shared).</summary>
    public static CasusPipeline Create() => Shared.Value;

    /// <summary>The default pipeline with other coder options (built anew on each call: keep and reuse it).</summary>
    public static CasusPipeline Create(CodingOptions coding)
    {
        ArgumentNullException.ThrowIfNull(coding);
        return Build(() => CodingStage.CreateDefault(coding), ActorStage.CreateDefault);
    }

    /// <summary>The default pipeline with other coder options and other actor-context rules (built anew on each call:
    /// keep and reuse it).</summary>
    public static CasusPipeline Create(CodingOptions coding, ContextCountryOptions actors)
    {
        ArgumentNullException.ThrowIfNull(coding);
        ArgumentNullException.ThrowIfNull(actors);
        return Build(() => CodingStage.CreateDefault(coding), () => ActorStage.CreateDefault(actors));
    }

    private static CasusPipeline Build() => Build(() => CodingStage.CreateDefault(), ActorStage.CreateDefault);

    private static CasusPipeline Build(Func<CodingStage> coder, Func<ActorStage> actors)
    {
        // The language models load on threads of their own (each reads its own model file) while this thread builds
        // the dictionaries, so startup takes about as long as the slowest model, not the sum of them all.
        var tagger = Task.Run(TaggerStage.CreateDefault);
        var parser = Task.Run(ParserStage.CreateDefault);
        var entities = Task.Run(EntityStage.CreateDefault);
        var actorStage = actors();
        var coderStage = coder();
        return new PipelineBuilder()
            .Add(TextStage.CreateDefault())
            .Add(tagger.GetAwaiter().GetResult())
            .Add(parser.GetAwaiter().GetResult())
            .Add(entities.GetAwaiter().GetResult())
            .Add(actorStage)
            .Add(coderStage)
            .Add(new EventDateStage())
            .Add(new EventPlaceStage())
            .Add(new MeetingVenueStage())
            .Build();
    }
}
