using Casus.Document;

namespace Casus.Language.Evaluation;

/// <summary>
/// A dependency parser as the evaluator sees it: given a tagged, gold-tokenised sentence, it fills heads
/// (1-based, 0 for the root) and relations. The parser component plugs in here so <c>casus nlp eval</c> scores UAS/LAS.
/// </summary>
public interface IDependencyAnnotator
{
    /// <summary>Parses one sentence. All spans have one entry per word.</summary>
    void Parse(IReadOnlyList<string> forms, ReadOnlySpan<Upos> upos, IReadOnlyList<string> xpos, Span<int> heads, string[] relations);
}
