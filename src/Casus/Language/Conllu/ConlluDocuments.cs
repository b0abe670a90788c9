namespace Casus.Language.Conllu;

/// <summary>Splits a stream of CoNLL-U sentences into documents by their <c># newdoc id</c> (<see cref="ConlluSentence.DocId"/>),
/// so components that read document evidence are trained and scored on the same units they see at run time (articles).</summary>
public static class ConlluDocuments
{
    /// <summary>Runs of consecutive sentences with the same document id; a sentence without one is a document of its own.</summary>
    public static IEnumerable<List<ConlluSentence>> Group(IEnumerable<ConlluSentence> sentences)
    {
        var current = new List<ConlluSentence>();
        foreach (var s in sentences)
        {
            if (current.Count > 0 && (s.DocId is null || !string.Equals(s.DocId, current[0].DocId, StringComparison.Ordinal)))
            {
                yield return current;
                current = new List<ConlluSentence>();
            }
            current.Add(s);
        }
        if (current.Count > 0) yield return current;
    }
}
