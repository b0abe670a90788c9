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
        return Build(CodingStage.CreateDefault(coding));
    }

    /// <summary>The default pipeline with other coder options and other actor-context rules (built anew on each call:
    /// keep and reuse it).</summary>
    public static CasusPipeline Create(CodingOptions coding, ContextCountryOptions actors)
    {
        ArgumentNullException.ThrowIfNull(coding);
        ArgumentNullException.ThrowIfNull(actors);
        return Build(CodingStage.CreateDefault(coding), ActorStage.CreateDefault(actors));
    }

    private static CasusPipeline Build() => Build(CodingStage.CreateDefault());

    private static CasusPipeline Build(CodingStage coder) => Build(coder, ActorStage.CreateDefault());

    private static CasusPipeline Build(CodingStage coder, ActorStage actors) => new PipelineBuilder()
        .Add(TextStage.CreateDefault())
        .Add(TaggerStage.CreateDefault())
        .Add(ParserStage.CreateDefault())
        .Add(EntityStage.CreateDefault())
        .Add(actors)
        .Add(coder)
        .Add(new EventDateStage())
        .Add(new EventPlaceStage())
        .Build();
}
