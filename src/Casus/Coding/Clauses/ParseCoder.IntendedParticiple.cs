using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// The intent-frame verb above participle <paramref name="v"/>, or -1: the participle is an adverbial clause (advcl,
    /// VBG) hung on the infinitive (xcomp) of a verb whose dictionary entry is an intent frame, a 03 entry ending in a
    /// <c>&lt;verb&gt;</c> slot ("the two countries intend to remain friends, working hand-in-hand", "plan to visit
    /// Cairo, meeting Sisi"). The participle is part of what is planned, so it takes the frame's mood as the
    /// infinitive does: an intent (03x), never an act done. The parser hangs such a participle on the infinitive
    /// because it describes how the planned state or act is to be carried out.
    /// </summary>
    private int IntentFrameAbove(int v)
    {
        if (!_tree.Is(v, "advcl", exact: true) || _tree.Xpos(v) != "VBG") return -1;
        int infinitive = _tree.Head(v);
        if (infinitive < 0 || !_tree.Is(infinitive, "xcomp", exact: true)) return -1;
        int frame = _tree.Head(infinitive);
        if (frame < 0 || _tree.Upos(frame) != Upos.VERB) return -1;
        foreach (var c in _matcher.Candidates(frame))
        {
            var elements = c.Pattern.Elements;
            if (c.Pattern.Code.Root == 3 && elements.Count > 0 && elements[^1].Kind == PatternElementKind.Complement) return frame;
        }
        return -1;
    }
}
