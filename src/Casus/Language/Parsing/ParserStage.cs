using Casus.Document;
using Casus.Language.Models;
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

    // Loaded once per process on first use; the model is immutable, so sharing it is safe.
    private static readonly Lazy<ParserModel> Shipped = new(() =>
        ModelFile.LoadEmbedded(ResourceName, ParserModel.Component, r => ParserModel.Load(r)));

    /// <summary>Creates the stage with the model shipped in Casus.dll; throws <see cref="InvalidOperationException"/>
    /// when it is missing or damaged (a packaging bug, not bad input).</summary>
    public static ParserStage CreateDefault() => new(new DependencyParser(ShippedModel()));

    /// <summary>The model shipped in Casus.dll (loaded once); throws <see cref="InvalidOperationException"/> when it is missing or damaged.</summary>
    public static ParserModel ShippedModel() => Shipped.Value;

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
        // The parser reads the typographic apostrophe as the ASCII one it learned (ApostropheFold).
        var text = ApostropheFold.ForModels(article.Text, out var rented);
        try
        {
            foreach (var s in article.SentenceData)
            {
                if (s.TokenCount == 0) continue;
                ws.Sentence.Reset(s.TokenCount, _parser.Model.Clusters);
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
        finally { ApostropheFold.Return(rented); }
    }
}
