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

    /// <summary>Parses one sentence whose spacing is known: <paramref name="spaceAfter"/> is false for a word written
    /// together with the next (as the text stage would find it). By default the spacing is not used.</summary>
    void Parse(IReadOnlyList<string> forms, ReadOnlySpan<bool> spaceAfter, ReadOnlySpan<Upos> upos, IReadOnlyList<string> xpos, Span<int> heads, string[] relations)
        => Parse(forms, upos, xpos, heads, relations);
}
