namespace Casus.Coding.Clauses;

internal sealed partial class ClauseReader
{
    /// <summary>
    /// True when predicate <paramref name="v"/> (or the first conjunct it is coordinated with) is a participle or
    /// relative clause on a document noun that no one issued: "Russia vetoed a resolution censuring Syria", "a bill that
    /// would sanction Iran", "a draft calling for a ceasefire", "blocked a statement condemning X". News names a text
    /// by what it says; that is an act only once the text is adopted or issued. A draft text (data/frames/frame_words.txt
    /// [draft-nouns]) says nothing unless an adopting verb governs it ("adopted a resolution condemning X", "the
    /// adoption of a resolution calling for Y", "a resolution condemning X was passed"); any other document says
    /// nothing when a verb that stops it governs it ([unissuing-verbs]: vetoed, blocked, rejected, drafted).
    /// </summary>
    public bool IsUnissuedDocumentContent(int v)
    {
        int t = v;
        for (int k = 0; k < MaxClimb && t >= 0 && _tree.Relation(t) == "conj"; k++) t = _tree.Head(t);
        if (t < 0 || !_tree.Relation(t).StartsWith("acl", StringComparison.Ordinal)) return false;
        int noun = _tree.Head(t);
        if (noun < 0) return false;
        bool draft = InList(FrameWordList.DraftNouns, noun);
        if (!draft && !InList(FrameWordList.DocumentNouns, noun)) return false;
        // "a resolution and a statement condemning X": the coordinated nouns share their governor.
        int n = noun;
        for (int k = 0; k < MaxClimb && n >= 0 && _tree.Relation(n) == "conj"; k++) n = _tree.Head(n);
        int governor = n >= 0 ? _tree.Head(n) : -1;
        if (governor < 0) return draft;
        var rel = _tree.Relation(n);
        bool governs = rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("nsubj:pass", StringComparison.Ordinal)
            || rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal)
            || rel.StartsWith("xcomp", StringComparison.Ordinal);
        if (draft) return !(governs && InList(FrameWordList.AdoptingVerbs, governor));
        return governs && InList(FrameWordList.UnissuingVerbs, governor);
    }

    private bool InList(FrameWordList list, int t) =>
        FrameWords.Default.Contains(list, _tree.Lemma(t)) || FrameWords.Default.Contains(list, _tree.Word(t).ToString());
}
