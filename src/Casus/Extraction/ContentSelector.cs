using AngleSharp.Dom;

namespace Casus.Extraction;

/// <summary>
/// Finds the element that holds the article: every text block votes for all its ancestors, prose with its non-link
/// length and boilerplate-like text (link lists, short fragments) against; the element with the best balance wins,
/// the deepest one on ties. Unlike scoring only a paragraph's parent, this also finds bodies split over several
/// sibling containers (between ad slots), since their common ancestor collects all their votes.
/// </summary>
internal static class ContentSelector
{
    // Weight of link text and fragments against prose; 1 measured best on the scrapinghub set (1.5: same, 2 and 3: worse).
    private const double JunkWeight = 1;

    /// <summary>Returns the chosen container, or null when the page has no prose at all.</summary>
    public static IElement? Select(IReadOnlyList<TextBlock> blocks, IElement body)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (block.IsCaption) continue;
            var vote = Vote(block);
            if (vote == 0) continue;
            for (var e = block.Owner; e != null; e = e.ParentElement)
            {
                scores[e] = scores.GetValueOrDefault(e) + vote;
                if (ReferenceEquals(e, body)) break;
            }
        }
        IElement? best = null;
        var bestScore = 0.0;
        var bestDepth = -1;
        foreach (var (e, score) in scores)
        {
            if (score < bestScore) continue;
            var depth = Depth(e);
            if (score > bestScore || depth > bestDepth)
            {
                best = e;
                bestScore = score;
                bestDepth = depth;
            }
        }
        return best;
    }

    /// <summary>A block's vote: positive for prose (sentences that are not links), negative for link text and fragments.</summary>
    internal static double Vote(TextBlock block)
    {
        var length = block.Text.Length;
        var nonLink = length - block.LinkChars;
        // Links inside prose (citations, related names) are part of the article: they neither add nor subtract.
        if (IsProse(block)) return nonLink;
        // Fragments (menus, labels, link lists) count against the container holding them.
        return -JunkWeight * Math.Min(length, 200);
    }

    /// <summary>Prose: long enough, mostly not links, and sentence-like (ends in punctuation or is long).</summary>
    internal static bool IsProse(TextBlock block)
    {
        var text = block.Text;
        if (block.LinkDensity > 0.5) return false;
        if (text.Length >= 120) return true;
        if (text.Length < 30) return false;
        var last = text[^1];
        // Sentence ends and commas, Latin and CJK (Chinese and Japanese prose has no ". " or ", ").
        return last is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ':' or ')' or '。' or '！' or '？' or '」' or '』'
            || text.Contains(", ", StringComparison.Ordinal) || text.Contains('、') || text.Contains('，');
    }

    private static int Depth(IElement e)
    {
        var d = 0;
        for (var p = e.ParentElement; p != null; p = p.ParentElement) d++;
        return d;
    }
}
