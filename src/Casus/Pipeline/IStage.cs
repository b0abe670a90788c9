using Casus.Document;

namespace Casus.Pipeline;

/// <summary>
/// One named step of the pipeline. A stage reads the layers it <see cref="Requires"/> and fills the layers it
/// <see cref="Assigns"/>; <see cref="PipelineBuilder"/> checks the chain when the pipeline is built.
/// A stage is immutable and thread-safe: all per-article state lives on the <see cref="Article"/>.
/// On bad input a stage records a <see cref="Diagnostic"/> on the article; it throws only on its own bugs.
/// </summary>
public interface IStage
{
    /// <summary>The stage's name, e.g. "sentences", "tagger", "coder".</summary>
    string Name { get; }

    /// <summary>Layers that must be filled before this stage runs.</summary>
    Annotations Requires { get; }

    /// <summary>Layers this stage fills.</summary>
    Annotations Assigns { get; }

    /// <summary>Annotates one article in place.</summary>
    void Process(Article article);
}
