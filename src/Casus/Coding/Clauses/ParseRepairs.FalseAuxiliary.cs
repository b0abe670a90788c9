using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseRepairs
{
    // The words English uses as auxiliaries (forms of be, have, do, the modals and their clitics): any other word the
    // tagger reads as AUX is a slip.
    private static readonly HashSet<string> AuxiliaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s",
        "have", "has", "had", "having", "'ve", "'d",
        "do", "does", "did", "done",
        "will", "would", "shall", "should", "can", "could", "ca", "may", "might", "must", "wo", "'ll", "ll",
        "ought", "need", "dare", "used", "get", "got", "gets", "getting", "gotten", "let", "na", "to",
    };
    // Looked up by the token's span, without a string per token.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = AuxiliaryWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A dictionary verb the tagger read as an auxiliary (a modal) before its own object: "Trump [withheld ←aux MD]
    /// military [aid root]", "Congress [withheld ←aux] [aid ←root VB] from Egypt". A rare past form the tagger does not
    /// know takes the modal's slot, and the parser then makes the object noun the clause's head, so the coder reads
    /// the noun as the verb ("aid" → 070). The word becomes the verb in its head's place, the head its object, and the
    /// head's clause-level dependents (subject, obliques, punctuation, other auxiliaries) the verb's. A head read as a
    /// base-form verb becomes a noun only when it has no object of its own: "helped rebuild Iraq" keeps its verb.
    /// </summary>
    private bool RepairFalseAuxiliary(int a, int start, int end)
    {
        if (_tree.Upos(a) != Upos.AUX || !_tree.Is(a, "aux", exact: true) || AuxiliaryLookup.Contains(_tree.Word(a))) return false;
        if (_verbs.Lookup(_tree.Word(a)).IsEmpty && (_tree.Lemma(a) is not { } l || _verbs.Lookup(l).IsEmpty)) return false;
        int h = _tree.Head(a);
        if (h <= a || h >= end) return false;
        bool noun = _tree.Upos(h) is Upos.NOUN;
        bool baseVerb = _tree.Upos(h) == Upos.VERB && _tree.Xpos(h) == "VB";
        if (!noun && !baseVerb) return false;
        for (int t = start; t < end; t++)
        {
            if (_tree.Head(t) != h) continue;
            // A base form with an object of its own is a verb after all.
            if (_tree.Is(t, "obj", exact: true) || _tree.Is(t, "ccomp", exact: true) || _tree.Is(t, "xcomp", exact: true)) return false;
            // Only words next to each other: the object noun's own modifiers may stand between.
            if (t > a && t < h && !_tree.Is(t, "amod") && !_tree.Is(t, "compound") && !_tree.Is(t, "det") && !_tree.Is(t, "nummod")) return false;
        }
        MakeVerb(a, _tree.Head(h), _tree.Relation(h) ?? "root");
        for (int t = start; t < end; t++)
        {
            if (t == a || _tree.Head(t) != h) continue;
            // The noun keeps its phrase; the clause's dependents go to the verb.
            if (_tree.Is(t, "det") || _tree.Is(t, "amod") || _tree.Is(t, "compound") || _tree.Is(t, "nmod") || _tree.Is(t, "nummod")
                || _tree.Is(t, "acl") || _tree.Is(t, "appos") || _tree.Is(t, "case") || _tree.Is(t, "flat")
                || (_tree.Is(t, "conj") && _tree.Upos(t) is Upos.NOUN or Upos.PROPN) || (_tree.Is(t, "cc") && t > h)) continue;
            Set(t, a, _tree.Relation(t) ?? "dep");
        }
        Set(h, a, "obj", Upos.NOUN, _tree.Upos(h) == Upos.NOUN ? _tree.Xpos(h) : "NN");
        return true;
    }
}
