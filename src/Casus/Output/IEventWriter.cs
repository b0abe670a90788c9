using Casus.Document;

namespace Casus.Output;

/// <summary>Writes the events of coded articles, one article at a time, so a corpus streams through.</summary>
public interface IEventWriter
{
    /// <summary>Writes every event of <paramref name="article"/>.</summary>
    void Write(Article article);

    /// <summary>Flushes buffered output.</summary>
    void Flush();
}
