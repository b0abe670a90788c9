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
                // A code written LETTERS-DIGITS ("COVID-19", "F-16") is read as one word (HyphenatedCodes).
                var codes = ws.Codes;
                codes.Reset(s.TokenCount);
                if (_parser.CollapsesCodes)
                {
                    for (int i = 0; i + 2 < s.TokenCount; i++)
                    {
                        var (a, h, d) = (tokens[s.FirstToken + i], tokens[s.FirstToken + i + 1], tokens[s.FirstToken + i + 2]);
                        if (a.End != h.Start || h.End != d.Start) continue;
                        var before = i > 0 && tokens[s.FirstToken + i - 1] is var b && b.End == a.Start ? text[b.Start..b.End] : default;
                        if (!HyphenatedCodes.IsCode(before, text[a.Start..a.End], text[h.Start..h.End], text[d.Start..d.End])) continue;
                        // A model letter split off the number ("MQ-9B": "9" "B") belongs to the code.
                        bool suffix = i + 3 < s.TokenCount && tokens[s.FirstToken + i + 3] is var x && x.Start == d.End
                            && HyphenatedCodes.IsSuffix(text[x.Start..x.End]);
                        codes.MarkCode(i + 1, suffix);
                    }
                }
                int m = codes.Collapse(s.TokenCount);
                ws.Sentence.Reset(m, _parser.Model.Clusters, _parser.Model.Vocabulary);
                for (int j = 1; j <= m; j++)
                {
                    int o = s.FirstToken + codes.Original(j) - 1;
                    var t = tokens[o];
                    int end = tokens[o + codes.Length(j) - 1].End;
                    ws.Sentence.Set(j, text[t.Start..end], t.Xpos, t.Upos);
                }
                _parser.Parse(ws);
                for (int i = 0; i < s.TokenCount; i++)
                {
                    var (head, label) = _parser.Attachment(ws, i + 1);
                    article.SetDependency(s.FirstToken + i, head <= 0 ? -1 : s.FirstToken + head - 1, _parser.Model.Labels[label]);
                }
            }
        }
        finally { ApostropheFold.Return(rented); }
    }
}
