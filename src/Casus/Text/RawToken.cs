namespace Casus.Text;

/// <summary>What separates a token from the one before it.</summary>
internal enum Gap : byte
{
    /// <summary>Nothing: the token touches the previous one ("do|n't", "end|.").</summary>
    None,
    /// <summary>Spaces or tabs.</summary>
    Space,
    /// <summary>Whitespace holding one line break.</summary>
    Line,
    /// <summary>Whitespace holding a blank line (two or more line breaks), or the start of the text.</summary>
    Paragraph,
}

/// <summary>Flags the tokenizer leaves for the sentence splitter.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    /// <summary>A run of '.', '!', '?' or '…'.</summary>
    Terminal = 1,
    /// <summary>An ellipsis ("...", "…").</summary>
    Ellipsis = 2,
    /// <summary>Split from the previous token inside one word (clitic or contraction part): "n't" of "don't".</summary>
    WordPart = 4,
    /// <summary>A word that keeps its final period (abbreviation, initial, dotted initialism).</summary>
    Abbreviation = 8,
}

/// <summary>A token as character offsets, with what the sentence splitter needs to know.</summary>
internal struct RawToken
{
    public int Start;
    public int End;
    public Gap Gap;
    public TokenFlags Flags;
    public AbbreviationKind Kind;
}
