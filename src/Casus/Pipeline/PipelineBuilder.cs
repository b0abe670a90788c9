using Casus.Document;

namespace Casus.Pipeline;

/// <summary>Collects stages in order and builds an immutable <see cref="CasusPipeline"/>, checking that each
/// stage's requirements are assigned by a stage before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = new();

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Builds the pipeline; throws <see cref="InvalidOperationException"/> naming the stage and the missing
    /// layers when a requirement is not met or two stages have the same name.</summary>
    public CasusPipeline Build()
    {
        var filled = Annotations.None;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
                throw new InvalidOperationException($"two stages are named '{stage.Name}'");
            var missing = stage.Requires & ~filled;
            if (missing != Annotations.None)
                throw new InvalidOperationException($"stage '{stage.Name}' requires {missing}, which no earlier stage assigns");
            filled |= stage.Assigns;
        }
        return new CasusPipeline(_stages.ToArray(), filled);
    }
}
