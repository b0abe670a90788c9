namespace Casus.Document;

/// <summary>A view of one token of an <see cref="Article"/>; it owns no data.</summary>
public readonly struct Token
{
    private readonly Article _article;

    internal Token(Article article, int index)
    {
        _article = article;
        Index = index;
    }

    private TokenData Data => _article.TokenData[Index];

    /// <summary>Article-wide token index.</summary>
    public int Index { get; }
    /// <summary>Start character offset in <see cref="Article.Text"/>.</summary>
    public int Start => Data.Start;
    /// <summary>End character offset (exclusive).</summary>
    public int End => Data.End;
    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Span => _article.Text.AsSpan(Start, End - Start);
    /// <summary>The token's text.</summary>
    public string Text => _article.Text.Substring(Start, End - Start);
    /// <summary>Index of the sentence holding the token.</summary>
    public int SentenceIndex => Data.Sentence;
    /// <summary>Index of the token within its sentence.</summary>
    public int IndexInSentence => Index - _article.SentenceData[Data.Sentence].FirstToken;
    /// <summary>Universal POS tag (<see cref="Upos.None"/> before tagging).</summary>
    public Upos Upos => Data.Upos;
    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos => Data.Xpos;
    /// <summary>Lemma, or null before lemmatisation.</summary>
    public string? Lemma => Data.Lemma;
    /// <summary>Article-wide index of the dependency head; -1 for the root or before parsing.</summary>
    public int Head => Data.Head;
    /// <summary>Universal Dependencies relation, or null before parsing.</summary>
    public string? Relation => Data.Relation;
    /// <summary>Entity tag.</summary>
    public EntityTag Entity => Data.Entity;

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>The tokens of an article, as a list of views.</summary>
public readonly struct TokenList : IReadOnlyList<Token>
{
    private readonly Article _article;
    internal TokenList(Article article) => _article = article;
    /// <inheritdoc/>
    public Token this[int index] => (uint)index < (uint)_article.TokenData.Count ? new Token(_article, index) : throw new ArgumentOutOfRangeException(nameof(index));
    /// <inheritdoc/>
    public int Count => _article.TokenData.Count;
    /// <inheritdoc/>
    public IEnumerator<Token> GetEnumerator() { for (int i = 0; i < Count; i++) yield return new Token(_article, i); }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
