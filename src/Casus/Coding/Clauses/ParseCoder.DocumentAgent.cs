namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// The source of an agentless passive done in a document: its issuer. "Turkey was condemned in a joint statement by
    /// Egypt, Greece and Cyprus", "Israel was criticised in the ministry's statement": the by-phrase (or the possessor)
    /// hangs on the statement, not on the verb, yet names who condemned. The document nouns are [document-nouns] of
    /// data/frames/frame_words.txt ("statement", "communique", "letter", "resolution" ...); the document stands behind
    /// "in" or "through".
    /// </summary>
    private bool DocumentAgents(int v, List<int> into, List<string> notes)
    {
        int before = into.Count;
        for (int c = _tree.FirstChild(v); c >= 0 && into.Count == before; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "obl") || !(_tree.CaseOf(c) is int k and >= 0 && (_tree.IsWord(k, "in") || _tree.IsWord(k, "through")))) continue;
            if (!FrameWords.Default.Contains(FrameWordList.DocumentNouns, _tree.Lemma(c))
                && !FrameWords.Default.Contains(FrameWordList.DocumentNouns, _tree.Word(c).ToString())) continue;
            for (int g = _tree.FirstChild(c); g >= 0 && into.Count == before; g = _tree.NextSibling(g))
            {
                bool by = _tree.Is(g, "nmod") && _tree.CaseOf(g) is int b and >= 0 && _tree.IsWord(b, "by");
                if (by || _tree.Is(g, "nmod:poss", exact: true)) _clauses.ActorsAt(g, into, modifiers: false);
            }
        }
        if (into.Count == before) return false;
        notes.Add("agentless passive done in a document: the source is the document's issuer");
        return true;
    }
}
