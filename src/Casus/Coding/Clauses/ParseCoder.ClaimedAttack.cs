using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "al-Shabab claimed responsibility for an attack targeting non-Muslims at a mall in Kenya's capital", "IS claimed
    /// responsibility for the bombing of a mosque in Kabul": a claim of responsibility (015) is toward whom the claimed
    /// act struck (the CAMEO coders give the attack's target, or the people of its place). The act is the noun of the
    /// for-phrase on <i>responsibility</i> (or on the verb, where the parser hangs it there); its target is searched
    /// from that noun, so that a long noun phrase does not run past the search's limits counted from the verb. Null
    /// (and no targets) when there is no such noun or it names no one and no place.
    /// </summary>
    private Mention? ClaimedAttackTarget(int sentence, int v, CameoCode code, List<int> sources, List<int> targets,
        List<string> notes, out int node)
    {
        node = -1;
        if (code.Digits != "015") return null;
        int act = -1;
        for (int c = _tree.FirstChild(v); c >= 0 && act < 0; c = _tree.NextSibling(c))
        {
            if (_tree.Is(c, "obj") && LemmaIn(c, FrameWordList.ResponsibilityNouns))
            {
                for (int g = _tree.FirstChild(c); g >= 0 && act < 0; g = _tree.NextSibling(g))
                    if (_tree.Is(g, "nmod") && IsFor(g)) act = g;
            }
            else if (_tree.Is(c, "obl") && IsFor(c) && _tree.Upos(c) == Upos.NOUN) act = c;
        }
        if (act < 0) return null;
        int before = targets.Count;
        var place = _targetFallback.FindFromNoun(sentence, act, TargetFallback.PlaceRoot(code), sources, targets, notes, out node);
        // "for the attack on the Indian embassy": a parser may hang the act's on-phrase on the verb; taken only right
        // after the act noun.
        for (int o = _tree.FirstChild(v); o >= 0 && place is null && targets.Count == before; o = _tree.NextSibling(o))
        {
            if (!_tree.Is(o, "obl") || _tree.CaseOf(o) is not (int k and >= 0) || k != _tree.LastOfSubtree(act) + 1) continue;
            if (!_tree.IsWord(k, "on") && !_tree.IsWord(k, "against")) continue;
            node = o;
            if (_clauses.ActorsAt(o, targets) > 0) break;
            if (_targetFallback.PlaceAt(sentence, o, out var struck, out _))
                place = TargetFallback.Struck(struck, TargetFallback.PlaceRoot(code), notes);
            else place = _targetFallback.FindFromNoun(sentence, o, TargetFallback.PlaceRoot(code), sources, targets, notes, out node);
        }
        if (place is null && targets.Count == before) return null;
        notes.Add($"claim of responsibility: toward whom the claimed '{_tree.Word(act)}' struck");
        return place;
    }

    private bool IsFor(int nominal) => _tree.CaseOf(nominal) is int k and >= 0 && _tree.IsWord(k, "for");
}
