namespace Casus.Document;

/// <summary>A view of one sentence of an <see cref="Article"/>; it owns no data.</summary>
public readonly struct Sentence
{
    private readonly Article _article;

    internal Sentence(Article article, int index)
    {
        _article = article;
        Index = index;
    }

    private SentenceData Data => _article.SentenceData[Index];

    /// <summary>Sentence index in the article.</summary>
    public int Index { get; }
    /// <summary>The article the sentence belongs to.</summary>
    public Article Article => _article;
    /// <summary>Start character offset.</summary>
    public int Start => Data.Start;
    /// <summary>End character offset (exclusive).</summary>
    public int End => Data.End;
    /// <summary>The sentence text.</summary>
    public string Text => _article.Text.Substring(Start, End - Start);
    /// <summary>Article-wide index of the first token.</summary>
    public int FirstToken => Data.FirstToken;
    /// <summary>Number of tokens.</summary>
    public int TokenCount => Data.TokenCount;
    /// <summary>Token <paramref name="i"/> of this sentence (0-based within the sentence).</summary>
    public Token this[int i] => (uint)i < (uint)Data.TokenCount ? new Token(_article, Data.FirstToken + i) : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>The sentence's tokens.</summary>
    public IEnumerable<Token> Tokens { get { for (int i = 0; i < TokenCount; i++) yield return this[i]; } }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>The sentences of an article, as a list of views.</summary>
public readonly struct SentenceList : IReadOnlyList<Sentence>
{
    private readonly Article _article;
    internal SentenceList(Article article) => _article = article;
    /// <inheritdoc/>
    public Sentence this[int index] => (uint)index < (uint)_article.SentenceData.Count ? new Sentence(_article, index) : throw new ArgumentOutOfRangeException(nameof(index));
    /// <inheritdoc/>
    public int Count => _article.SentenceData.Count;
    /// <inheritdoc/>
    public IEnumerator<Sentence> GetEnumerator() { for (int i = 0; i < Count; i++) yield return new Sentence(_article, i); }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
