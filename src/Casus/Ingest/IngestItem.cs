using Casus.Document;

namespace Casus.Ingest;

/// <summary>One outcome of reading input: an article, or the reason an input was rejected. Exactly one is non-null.</summary>
/// <param name="Article">The article read, when the input was good.</param>
/// <param name="Error">Why the input was rejected, when it was not.</param>
public sealed record IngestItem(Article? Article, InputError? Error)
{
    /// <summary>A good input.</summary>
    public static IngestItem Ok(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>A rejected input.</summary>
    public static IngestItem Rejected(string source, int? line, string reason) => new(null, new InputError(source, line, reason));

    /// <summary>True when this item carries an article.</summary>
    public bool IsOk => Article is not null;
}
