namespace Casus.Document;

/// <summary>A run of tokens: article-wide index of the first token and the count.</summary>
public readonly record struct TokenSpan(int First, int Count)
{
    /// <summary>One past the last token.</summary>
    public int End => First + Count;
    /// <summary>True when <paramref name="token"/> lies in the span.</summary>
    public bool Contains(int token) => token >= First && token < End;
}
