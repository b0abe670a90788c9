namespace Casus.Text.Evaluation;

/// <summary>A character span [Start, End) of a gold or predicted unit.</summary>
public readonly record struct CharSpan(int Start, int End);

/// <summary>One treebank document rebuilt as raw text, with its gold words, surface tokens and sentences as spans.</summary>
/// <param name="Id">The <c># newdoc id</c>, or a running number.</param>
/// <param name="Text">Sentences joined by a space within a paragraph and by a blank line between paragraphs.</param>
/// <param name="Words">Syntactic words; the parts of a multi-word token ("do", "n't") get spans cut from its surface form.</param>
/// <param name="SurfaceTokens">Surface tokens ("don't" as one span).</param>
/// <param name="Sentences">Sentence spans.</param>
public sealed record GoldDocument(string Id, string Text, IReadOnlyList<CharSpan> Words, IReadOnlyList<CharSpan> SurfaceTokens, IReadOnlyList<CharSpan> Sentences);
