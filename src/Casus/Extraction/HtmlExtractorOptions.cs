namespace Casus.Extraction;

/// <summary>Settings for <see cref="HtmlExtractor"/>.</summary>
public sealed class HtmlExtractorOptions
{
    /// <summary>Line filter run last over the extracted body.</summary>
    /// <value>Defaults to <see cref="BoilerplateFilter.Default"/>.</value>
    public BoilerplateFilter Boilerplate { get; init; } = BoilerplateFilter.Default;

    /// <summary>Pages larger than this (characters) are cut before parsing, bounding time and memory on hostile input.</summary>
    /// <value>Defaults to 8 Mi characters.</value>
    public int MaxHtmlChars { get; init; } = 8 << 20;
}
