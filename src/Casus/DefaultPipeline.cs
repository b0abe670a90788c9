using Casus.Pipeline;

namespace Casus;

/// <summary>The pipeline <c>casus code</c> runs: text → language → actors → events, with the data shipped in the assembly.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline. Stages are added here as they land (integration point).</summary>
    public static CasusPipeline Create()
    {
        var builder = new PipelineBuilder();
        return builder.Build();
    }
}
