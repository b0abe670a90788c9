namespace Casus.Document;

/// <summary>The stored columns of one token. Read them through <see cref="Token"/>.</summary>
internal struct TokenData
{
    public int Start;
    public int End;
    public int Sentence;
    public Upos Upos;
    public string? Xpos;
    public string? Lemma;
    /// <summary>Article-wide index of the head token; -1 for the root or when unparsed.</summary>
    public int Head;
    public string? Relation;
    public EntityTag Entity;
}

/// <summary>The stored columns of one sentence. Read them through <see cref="Sentence"/>.</summary>
internal struct SentenceData
{
    public int Start;
    public int End;
    public int FirstToken;
    public int TokenCount;
}
