using Casus.Document;
using Casus.Pipeline;

namespace Casus.Text;

/// <summary>
/// The first stage: splits <see cref="Article.Text"/> into sentences and tokens (character offsets, no strings),
/// following Universal Dependencies English (EWT) tokenisation so the tagger and parser see what they were trained on.
/// Immutable and thread-safe; build once and share.
/// </summary>
public sealed class TextStage : IStage
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    /// <summary>Creates the stage with the shipped word lists and default options.</summary>
    public TextStage() : this(TextResources.Default, TextOptions.Default) { }

    /// <summary>Creates the stage with custom word lists and options.</summary>
    public TextStage(TextResources resources, TextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Options = options ?? TextOptions.Default;
        _tokenizer = new Tokenizer(resources, Options);
        _splitter = new SentenceSplitter(resources);
    }

    /// <summary>The stage with the shipped word lists and default options.</summary>
    public static TextStage CreateDefault() => new();

    /// <summary>The options in force.</summary>
    public TextOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.None;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Sentences | Annotations.Tokens;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Sentences.Count > 0) return; // already segmented (pre-parsed input)
        var tokens = new List<RawToken>(article.Text.Length / 5 + 4);
        var ends = new List<int>(article.Text.Length / 100 + 2);
        Segment(article.Text, tokens, ends);
        article.EnsureCapacity(ends.Count, tokens.Count);
        int first = 0;
        foreach (int end in ends)
        {
            article.AddSentence(tokens[first].Start, tokens[end - 1].End);
            for (int i = first; i < end; i++) article.AddToken(tokens[i].Start, tokens[i].End);
            first = end;
        }
    }

    /// <summary>Tokenises and splits <paramref name="text"/> into the given buffers (cleared first).</summary>
    internal void Segment(string text, List<RawToken> tokens, List<int> sentenceEnds)
    {
        tokens.Clear();
        sentenceEnds.Clear();
        _tokenizer.Tokenize(text, tokens);
        _splitter.Split(text, tokens, sentenceEnds);
    }
}
