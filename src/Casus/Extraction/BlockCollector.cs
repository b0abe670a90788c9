using System.Text;
using AngleSharp.Dom;

namespace Casus.Extraction;

/// <summary>Walks a page's DOM once and cuts its visible text into <see cref="TextBlock"/>s at block-level elements and
/// line breaks, skipping boilerplate subtrees (<see cref="ElementHints.IsBoilerplate"/>) and setting captions apart.</summary>
internal sealed class BlockCollector
{
    // Deeper trees are hostile or broken; text below this depth is read flat, without further structure.
    private const int MaxDepth = 400;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption", "header",
        "address", "center", "hr", "details", "summary", "body", "caption", "hgroup",
    };

    private readonly List<TextBlock> _blocks = new();
    private readonly StringBuilder _text = new();
    private IElement _owner = null!;
    private int _linkChars;
    private int _linkDepth;
    private bool _inCaption;
    private bool _pendingSpace;
    private bool _useNames;

    /// <summary>Collects the blocks under <paramref name="body"/>, in document order.</summary>
    /// <param name="body">The page body.</param>
    /// <param name="useNames">Whether class and id names may mark boilerplate (false for the lenient retry).</param>
    public static List<TextBlock> Collect(IElement body, bool useNames = true)
    {
        var c = new BlockCollector { _owner = body, _useNames = useNames };
        c.Visit(body, 0);
        c.Flush();
        return c._blocks;
    }

    private void Visit(INode node, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                Append(text.Data);
                continue;
            }
            if (child is not IElement e) continue;
            var tag = e.LocalName;
            if (tag == "br")
            {
                Flush();
                continue;
            }
            if (!_inCaption && ElementHints.IsCaption(e))
            {
                Flush();
                var saved = _owner;
                _owner = e;
                _inCaption = true;
                Visit(e, depth + 1);
                Flush();
                _inCaption = false;
                _owner = saved;
                continue;
            }
            if (ElementHints.IsBoilerplate(e, _useNames)) continue;
            if (depth > MaxDepth)
            {
                Append(e.TextContent);
                continue;
            }
            if (BlockTags.Contains(tag) && !_inCaption)
            {
                Flush();
                var saved = _owner;
                _owner = e;
                Visit(e, depth + 1);
                Flush();
                _owner = saved;
            }
            else if (tag == "a")
            {
                _linkDepth++;
                Visit(e, depth + 1);
                _linkDepth--;
            }
            else
            {
                Visit(e, depth + 1);
            }
        }
    }

    private void Append(string s)
    {
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
                if (_linkDepth > 0) _linkChars++;
            }
            _pendingSpace = false;
            _text.Append(c);
            if (_linkDepth > 0) _linkChars++;
        }
    }

    private void Flush()
    {
        if (_text.Length > 0)
            _blocks.Add(new TextBlock(_owner, _text.ToString(), Math.Min(_linkChars, _text.Length), _inCaption));
        _text.Clear();
        _linkChars = 0;
        _pendingSpace = false;
    }
}
