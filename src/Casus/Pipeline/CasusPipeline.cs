using Casus.Document;

namespace Casus.Pipeline;

/// <summary>An immutable, thread-safe chain of stages; build it once with <see cref="PipelineBuilder"/> and reuse it.</summary>
public sealed class CasusPipeline
{
    private readonly IStage[] _stages;

    internal CasusPipeline(IStage[] stages, Annotations assigns)
    {
        _stages = stages;
        Assigns = assigns;
    }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>All layers the pipeline fills.</summary>
    public Annotations Assigns { get; }

    /// <summary>Runs every stage on <paramref name="article"/>, skipping layers the article already has
    /// (so hand-built documents and pre-parsed input pass through untouched).</summary>
    public Article Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var stage in _stages)
        {
            if (stage.Assigns != Annotations.None && (article.Filled & stage.Assigns) == stage.Assigns) continue;
            stage.Process(article);
            article.MarkFilled(stage.Assigns);
        }
        return article;
    }
}
