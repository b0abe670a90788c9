using Casus.Extraction;

namespace Casus.Ingest;

/// <summary>Settings for <see cref="ArticleReader"/>. Immutable once built; share one across threads.</summary>
public sealed class ArticleReaderOptions
{
    /// <summary>The HTML extractor for web pages.</summary>
    /// <value>Defaults to <see cref="HtmlExtractor.Default"/>.</value>
    public HtmlExtractor Extractor { get; init; } = HtmlExtractor.Default;

    /// <summary>The line filter applied to plain text and JSON Lines bodies.</summary>
    /// <value>Defaults to <see cref="BoilerplateFilter.Default"/> (patterns shipped in the assembly).</value>
    public BoilerplateFilter Boilerplate { get; init; } = BoilerplateFilter.Default;

    /// <summary>Largest HTML or text file (after decompression) read whole; bigger ones are rejected.
    /// JSON Lines files are streamed and have no total limit, only <see cref="MaxLineChars"/>.</summary>
    /// <value>Defaults to 32 MiB.</value>
    public long MaxFileBytes { get; init; } = 32L << 20;

    /// <summary>Longest JSON Lines record accepted, in characters.</summary>
    /// <value>Defaults to 16 Mi characters.</value>
    public int MaxLineChars { get; init; } = 16 << 20;
}
