using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Casus.Extraction;

/// <summary>
/// Extracts the article from a news page: metadata (<see cref="PageMetadataReader"/>), the main body without
/// navigation, ads, share bars, related links and other boilerplate, and photo captions apart. Never throws on bad
/// HTML; a page without an article gives an empty <see cref="ExtractedPage.Body"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Steps: (1) parse with AngleSharp; (2) read metadata from meta tags, JSON-LD and the DOM; (3) cut the visible
/// text into blocks, skipping subtrees that tags, roles, class and id mark as boilerplate; (4) pick the container with
/// the best balance of prose over link text and fragments (<see cref="ContentSelector"/>); (5) keep its blocks except
/// link lists and the headline; (6) drop boilerplate lines with the <see cref="BoilerplateFilter"/>.
/// </remarks>
public sealed class HtmlExtractor
{
    private readonly HtmlExtractorOptions _options;

    /// <summary>Creates an extractor.</summary>
    public HtmlExtractor(HtmlExtractorOptions? options = null) => _options = options ?? new HtmlExtractorOptions();

    /// <summary>An extractor with the default options and the shipped boilerplate patterns.</summary>
    public static HtmlExtractor Default { get; } = new();

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    public ExtractedPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > _options.MaxHtmlChars) html = html[.._options.MaxHtmlChars];
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(html);
        var meta = PageMetadataReader.Read(document);
        var body = document.Body;
        if (body == null) return new ExtractedPage(meta.Title, meta.Published, meta.Authors, meta.Site, meta.Url, "", []);

        var (text, captions) = ExtractBody(body, meta.Title, useNames: true);
        // Class and id names mislead on some sites (a whole page inside a "widget" or "overlay" div): when the strict
        // pass finds little, a pass that trusts only tags decides, if it finds clearly more.
        if (text.Length < LenientRetryBelow)
        {
            var (lenientText, lenientCaptions) = ExtractBody(body, meta.Title, useNames: false);
            if (lenientText.Length > 2 * text.Length) (text, captions) = (lenientText, lenientCaptions);
        }
        return new ExtractedPage(meta.Title, meta.Published, meta.Authors, meta.Site, meta.Url, text, captions);
    }

    private const int LenientRetryBelow = 500;

    // An end marker is only believed after this much body text, so a "Related" label near the top cannot empty a page.
    private const int MinTextBeforeEnd = 300;

    private (string Text, IReadOnlyList<string> Captions) ExtractBody(AngleSharp.Dom.IElement body, string? title, bool useNames)
    {
        var blocks = BlockCollector.Collect(body, useNames);
        var root = ContentSelector.Select(blocks, body);
        if (root == null) return ("", []);

        var captions = new List<string>();
        var kept = new List<string>();
        var scope = root.ParentElement ?? root;
        foreach (var block in blocks)
        {
            if (block.IsCaption)
            {
                if (scope.Contains(block.Owner) && !_options.Boilerplate.IsBoilerplate(block.Text) && !captions.Contains(block.Text))
                    captions.Add(block.Text);
                continue;
            }
            if (root.Contains(block.Owner) && Keep(block, title)) kept.Add(block.Text);
        }

        var end = ArticleEnd(kept);
        var text = new StringBuilder();
        for (var i = 0; i < end; i++)
        {
            if (_options.Boilerplate.IsBoilerplate(kept[i])) continue;
            if (text.Length > 0) text.Append("\n\n");
            text.Append(kept[i]);
        }
        return (text.ToString(), captions);
    }

    // "Related stories", "More from ..." followed by less text than came before it: the rest is other content.
    // (A related-links box in the middle of an article is followed by more article, so it does not cut.)
    private int ArticleEnd(List<string> kept)
    {
        var total = 0;
        foreach (var t in kept) total += t.Length;
        var before = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            if (before >= MinTextBeforeEnd && _options.Boilerplate.IsArticleEnd(kept[i]) && total - before - kept[i].Length < before)
                return i;
            before += kept[i].Length;
        }
        return kept.Count;
    }

    // Inside the chosen container, still drop link lists ("Read more: ...", tag clouds) and the headline, which is metadata.
    private static bool Keep(TextBlock block, string? title)
    {
        if (block.Owner.LocalName == "h1") return false;
        // Markup shown as text (inside <noscript> or broken comments) is never prose.
        if (block.Text[0] == '<' && block.Text.Contains('=') && block.Text.Contains('>')) return false;
        if (block.LinkDensity > 0.5 && block.Text.Length < 400) return false;
        if (title != null && block.Text.Length <= title.Length + 2 && string.Equals(block.Text.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
            return false;
        return true;
    }
}
