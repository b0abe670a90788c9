using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// True when the parse reads dictionary verb <paramref name="v"/> as a past participle after the noun it describes,
    /// with no auxiliary of its own: "rebels accused of killing civilians", "two men suspected of bombing a bus". The
    /// noun is the participle's patient (the accused), not its doer; the parse reading knows this (ClauseReader takes
    /// the noun as the patient and a by-phrase as the agent), but the word reading, which sees only "rebels accused ...
    /// civilians", would make the accused the accuser. So the word reading leaves such a participle to the parse.
    /// A parser also takes a sentence's own past-tense verb for such a participle ("a spokesman for the PMF, blamed
    /// Israel", "personnel with combat equipment deployed to Djibouti"): a passive participle takes no direct object,
    /// and a sentence needs a finite verb of its own elsewhere, so with an object, or with no other finite verb
    /// outside relative clauses (<paramref name="start"/>..<paramref name="end"/>), the participle is left to the
    /// word reading.
    /// </summary>
    private bool IsPostnominalParticiple(int v, int start, int end)
    {
        if (!_tree.Is(v, "acl", exact: true) || _tree.Xpos(v) != "VBN") return false;
        int head = _tree.Head(v);
        if (head < 0 || head > v || _tree.Upos(head) is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) return false;
        if (_tree.Child(v, "aux") >= 0 || _tree.Child(v, "aux:pass") >= 0 || _tree.Child(v, "nsubj") >= 0
            || _tree.Child(v, "obj") >= 0) return false;
        for (int t = start; t < end; t++)
        {
            if (t == v || _tree.Xpos(t) is not ("VBD" or "VBZ" or "VBP" or "MD")) continue;
            int clause = _tree.Upos(t) == Upos.AUX ? _tree.Head(t) : t;
            if (clause >= 0 && clause != v && !_tree.Is(clause, "acl:relcl", exact: true)) return true;
        }
        return false;
    }
}
