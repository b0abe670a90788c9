using AngleSharp.Dom;

namespace Casus.Extraction;

/// <summary>One paragraph-like run of text found in a page: the text of a &lt;p&gt;, heading, list item, table cell,
/// or the loose text of a &lt;div&gt;, with the element that holds it and how much of it is link text.</summary>
internal sealed class TextBlock(IElement owner, string text, int linkChars, bool isCaption)
{
    /// <summary>The nearest block-level element around the text.</summary>
    public IElement Owner { get; } = owner;

    /// <summary>The text, whitespace collapsed.</summary>
    public string Text { get; } = text;

    /// <summary>Characters of <see cref="Text"/> inside &lt;a&gt; elements.</summary>
    public int LinkChars { get; } = linkChars;

    /// <summary>True for figure captions, which are kept apart from the body.</summary>
    public bool IsCaption { get; } = isCaption;

    /// <summary>Share of the text that is link text (0 to 1).</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
