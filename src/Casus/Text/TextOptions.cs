namespace Casus.Text;

/// <summary>Settings of the <see cref="TextStage"/>. Immutable.</summary>
public sealed record TextOptions
{
    /// <summary>The default: Universal Dependencies English (EWT) tokenisation.</summary>
    public static TextOptions Default { get; } = new();

    /// <summary>
    /// Keep every hyphenated word as one token ("long-term", "al-Assad").
    /// <value>Default false: follow EWT, which splits compounds ("long - term") and keeps only prefixed words
    /// ("e-mail", "non-profit") and phone-number-like digit groups whole; the tagger and parser are trained on that.</value>
    /// </summary>
    public bool KeepHyphenatedWords { get; init; }
}
