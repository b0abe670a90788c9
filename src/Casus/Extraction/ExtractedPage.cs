namespace Casus.Extraction;

/// <summary>What <see cref="HtmlExtractor"/> read from one web page.</summary>
/// <param name="Title">Headline (og:title, JSON-LD headline, h1, or &lt;title&gt; without the site suffix).</param>
/// <param name="Published">Publication date, when the page states one.</param>
/// <param name="Authors">Bylines, in page order, without "By".</param>
/// <param name="Site">Site or publisher name.</param>
/// <param name="Url">Canonical URL.</param>
/// <param name="Body">Main article text: paragraphs separated by a blank line; "" when none was found.</param>
/// <param name="Captions">Photo captions, apart from the body.</param>
public sealed record ExtractedPage(
    string? Title,
    DateOnly? Published,
    IReadOnlyList<string> Authors,
    string? Site,
    string? Url,
    string Body,
    IReadOnlyList<string> Captions);
