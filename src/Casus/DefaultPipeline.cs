using Casus.Actors;
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

    private static CasusPipeline Build() => Build(CodingStage.CreateDefault());

    private static CasusPipeline Build(CodingStage coder) => new PipelineBuilder()
        .Add(TextStage.CreateDefault())
        .Add(TaggerStage.CreateDefault())
        .Add(ParserStage.CreateDefault())
        .Add(EntityStage.CreateDefault())
        .Add(ActorStage.CreateDefault())
        .Add(coder)
        .Add(new EventDateStage())
        .Add(new EventPlaceStage())
        .Build();
}
