using AngleSharp.Dom;

namespace Casus.Extraction;

/// <summary>What an element's tag, role, class and id say about it: boilerplate to skip, a caption, or neither.
/// Class and id are split into word tokens ("article-share_bar" → article, share, bar) and compared whole, so "ad"
/// never matches "head" or "shadow"; a few long, unambiguous words are also found inside run-together names.</summary>
internal static class ElementHints
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "select", "input",
        "textarea", "option", "nav", "footer", "aside", "object", "embed", "video", "audio", "picture", "img", "map",
        "dialog", "menu", "head", "title", "meta", "link", "source", "track",
    };

    private static readonly HashSet<string> SkippedRoles = new(StringComparer.Ordinal)
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar",
    };

    // Blocks whose names say "not the article": sharing, ads, newsletters, comments, related links, chrome.
    private static readonly HashSet<string> NegativeTokens = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "dfp", "gpt",
        "share", "shares", "sharing", "sharebar", "social", "socials", "sociallinks",
        "related", "recommended", "recommendations", "recirc", "recirculation", "more-stories", "trending", "popular", "mostread", "most",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "regwall", "login", "register",
        "comment", "comments", "disqus", "discussion",
        "cookie", "cookies", "consent", "gdpr",
        "promo", "promos", "promotion", "promoted", "sponsor", "sponsored", "partner", "outbrain", "taboola",
        "sidebar", "rail", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead", "topbar",
        "popup", "modal", "overlay", "toolbar", "tags", "tag", "keywords", "topics",
        "byline", "bylines", "author", "authors", "dateline", "timestamp", "published", "updated", "meta",
        "skip", "print", "correction", "corrections", "feedback", "rating", "embed", "tweet", "instagram",
        "sronly", "screenreader", "visually",
    };

    // Long words that identify boilerplate even run together with others ("articleShareBar", "relatedlinks").
    private static readonly string[] NegativeSubstrings =
    [
        "share", "social", "newsletter", "advert", "sidebar", "related", "promo", "sponsor", "subscribe", "cookie",
        "breadcrumb", "outbrain", "taboola", "recirc", "paywall", "popup", "comment",
    ];

    // Names whose blocks must go even when they hold long paragraphs: reader comments and teasers of other stories.
    private static readonly HashSet<string> AlwaysSkipTokens = new(StringComparer.Ordinal)
    {
        "comment", "comments", "disqus", "related", "recommended", "outbrain", "taboola", "recirc", "newsletter", "cookie", "consent",
    };

    private static readonly HashSet<string> CaptionTokens = new(StringComparer.Ordinal)
    {
        "caption", "captions", "figcaption", "wp-caption-text", "photo-caption", "image-caption", "imagecaption", "photocaption",
    };

    /// <summary>True for tags never part of an article body (scripts, forms, navigation, media).</summary>
    public static bool IsSkippedTag(string localName) => SkippedTags.Contains(localName);

    /// <summary>True for figure captions: &lt;figcaption&gt; and elements whose class names a caption.</summary>
    public static bool IsCaption(IElement e)
    {
        if (e.LocalName == "figcaption") return true;
        var cls = e.GetAttribute("class");
        if (string.IsNullOrEmpty(cls)) return false;
        foreach (var token in Tokens(cls))
            if (CaptionTokens.Contains(token) || token.EndsWith("caption", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Decides whether an element's subtree is boilerplate: skipped tag, hidden, a chrome role, or a negative
    /// class/id (kept, though, when it visibly holds an article's worth of paragraphs and is not comments or teasers).</summary>
    /// <param name="e">The element.</param>
    /// <param name="useNames">False for the lenient second pass: of class and id names, only those of comments and
    /// teasers of other stories count.</param>
    public static bool IsBoilerplate(IElement e, bool useNames = true)
    {
        var tag = e.LocalName;
        if (SkippedTags.Contains(tag)) return true;
        // Some sites wrap the whole page in a <form> (ASP.NET) or the article in a <header>.
        if (tag == "form") return useNames && !HoldsArticleText(e);
        if (tag is "body" or "html" or "main" or "article") return false;
        if (e.HasAttribute("hidden")) return true;
        var style = e.GetAttribute("style");
        if (style != null && (Contains(style, "display:none") || Contains(style, "display: none") || Contains(style, "visibility:hidden")))
            return true;
        var role = e.GetAttribute("role");
        if (role != null && SkippedRoles.Contains(role.Trim().ToLowerInvariant())) return true;
        if (tag == "header") return !HoldsArticleText(e);

        var names = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
        if (names.Length <= 1) return false;
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop != null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return false;

        var negative = false;
        var always = false;
        foreach (var token in Tokens(names))
        {
            if (token.StartsWith("commentary", StringComparison.Ordinal)) continue;
            if (NegativeTokens.Contains(token))
            {
                negative = true;
                if (AlwaysSkipTokens.Contains(token)) always = true;
            }
            else
            {
                foreach (var sub in NegativeSubstrings)
                    if (token.Contains(sub, StringComparison.Ordinal)) { negative = true; break; }
            }
        }
        if (!negative) return false;
        if (!useNames) return always;
        return always || !HoldsArticleText(e);
    }

    // An element named like chrome that still holds several long paragraphs is a body wrapper with an unlucky name.
    private static bool HoldsArticleText(IElement e)
    {
        var longParagraphs = 0;
        foreach (var p in e.GetElementsByTagName("p"))
            if ((p.TextContent?.Length ?? 0) > 120 && ++longParagraphs >= 3) return true;
        // Bodies written as loose text in <div>s and <br>s have no <p>: judge by amount of text that is not links.
        var length = e.TextContent?.Length ?? 0;
        if (length < 2000) return false;
        var linkText = 0;
        foreach (var a in e.GetElementsByTagName("a")) linkText += a.TextContent?.Length ?? 0;
        return linkText < 0.25 * length;
    }

    private static bool Contains(string s, string what) => s.Contains(what, StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits class/id text into lowercase word tokens on anything but letters and digits.</summary>
    public static IEnumerable<string> Tokens(string names)
    {
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var inWord = i < names.Length && char.IsAsciiLetterOrDigit(names[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return names[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
