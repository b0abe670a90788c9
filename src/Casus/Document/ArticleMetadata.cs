namespace Casus.Document;

/// <summary>What ingest read about an article besides its body.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Published">Publication date; the reference date for relative expressions ("on Wednesday").</param>
/// <param name="Authors">Bylines, in page order.</param>
/// <param name="Site">Site or publisher name.</param>
/// <param name="Url">Canonical URL.</param>
/// <param name="Path">File the article was read from, if any.</param>
public sealed record ArticleMetadata(
    string? Title = null,
    DateOnly? Published = null,
    IReadOnlyList<string>? Authors = null,
    string? Site = null,
    string? Url = null,
    string? Path = null)
{
    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata Empty { get; } = new();
}
