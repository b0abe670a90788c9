using Casus.Document;
using Casus.Pipeline;

namespace Casus.Language.Parsing;

/// <summary>
/// Pipeline stage "parser": gives every token a dependency head and a Universal Dependencies relation,
/// sentence by sentence, from its form and part-of-speech tags.
/// </summary>
public sealed class ParserStage : IStage
{
    /// <summary>Resource name of the shipped model inside Casus.dll.</summary>
    public const string ResourceName = "models/parser.bin";

    private readonly DependencyParser _parser;

    /// <summary>Creates the stage over a parser.</summary>
    public ParserStage(DependencyParser parser) => _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <summary>Creates the stage with the model shipped in the assembly; throws <see cref="InvalidOperationException"/> if it is missing or corrupt.</summary>
    public static ParserStage CreateDefault()
        => TryLoadEmbedded(out var model, out var error)
            ? new ParserStage(new DependencyParser(model!))
            : throw new InvalidOperationException(error);

    /// <summary>Loads the embedded model; false with a reason when it is missing or unreadable.</summary>
    public static bool TryLoadEmbedded(out ParserModel? model, out string? error)
    {
        using var stream = typeof(ParserStage).Assembly.GetManifestResourceStream(ResourceName);
        if (stream == null)
        {
            model = null;
            error = $"the parser model resource '{ResourceName}' is not embedded in Casus.dll";
            return false;
        }
        return ParserModel.TryLoad(stream, out model, out error);
    }

    /// <inheritdoc/>
    public string Name => "parser";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.Sentences | Annotations.Tokens | Annotations.PartOfSpeech;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Dependencies;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var ws = new ParserWorkspace();
        var tokens = article.TokenData;
        var text = article.Text.AsSpan();
        foreach (var s in article.SentenceData)
        {
            if (s.TokenCount == 0) continue;
            ws.Sentence.Reset(s.TokenCount);
            for (int i = 0; i < s.TokenCount; i++)
            {
                var t = tokens[s.FirstToken + i];
                ws.Sentence.Set(i + 1, text[t.Start..t.End], t.Xpos, t.Upos);
            }
            _parser.Parse(ws);
            for (int i = 0; i < s.TokenCount; i++)
            {
                int head = ws.State.Head[i + 1];
                article.SetDependency(s.FirstToken + i, head <= 0 ? -1 : s.FirstToken + head - 1, _parser.Model.Labels[ws.State.Label[i + 1]]);
            }
        }
    }
}
