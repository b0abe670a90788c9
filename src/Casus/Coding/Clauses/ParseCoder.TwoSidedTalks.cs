namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "The US commander held talks with President Suleiman", "Fabius and a group of deputies held talks with leaders of
    /// Romania's new government": talks and negotiations are held by both sides, so the partner the with-phrase names
    /// talks with the subject as the subject talks with it (PETRARCH codes "hold talks" both ways, and both gold sets do).
    /// True for a done consultation (040, 041, 044 or 046; planned talks, 03x, are only the subject's intent) whose verb's object is a
    /// noun of <c>[two-sided-nouns]</c> (data/frames/frame_words.txt), or "a round of" one, and whose target
    /// <paramref name="targetNode"/> is the phrase under <i>with</i>. A meeting stays one-sided ("met with",
    /// "held a meeting with"): who meets whom is the subject's act, the host's side is its own (043).
    /// </summary>
    private bool TalksBothWays(int v, CameoCode code, int targetNode)
    {
        // Consulting, by phone, at a third place or in negotiation is done by both; a visit, hosting or mediation
        // (042, 043, 045: "facilitated talks with the Russian delegation") has a side of its own.
        if (code.Digits is not ("040" or "041" or "044" or "046") || targetNode < 0) return false;
        int k = _tree.CaseOf(targetNode);
        if (k < 0 || !_tree.IsWord(k, "with")) return false;
        int obj = _tree.Child(v, "obj");
        if (obj < 0) return false;
        if (LemmaIn(obj, FrameWordList.TwoSidedNouns)) return true;
        // "held a round of talks with X", "a new round of negotiations".
        int of = _tree.Child(obj, "nmod");
        return of >= 0 && _tree.IsWord(obj, "round") && LemmaIn(of, FrameWordList.TwoSidedNouns);
    }
}
