using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// True when the parse reads dictionary verb <paramref name="v"/> as a participle that describes the noun after it,
    /// an adjective and no act: "subsidized Chinese EVs", "organized and targeted gang attacks", "welcomed enhanced
    /// cooperation", "including targeted violence against women". News writes such participles before a noun far
    /// more often than a subjectless verb with its object straight after it, so the act a verb entry names ("subsidize
    /// X", "target X", "enhance cooperation") is not asserted there, and neither reading (parse or words) codes it.
    /// </summary>
    private bool IsPrenominalParticiple(int v)
    {
        if (_tree.Upos(v) is not (Upos.VERB or Upos.ADJ)) return false;
        int head = _tree.Head(v);
        // The parse's own reading: a modifier of a noun that follows ("subsidized Chinese EVs"), or the second of two
        // coordinated modifiers ("organized and targeted gang attacks").
        if (_tree.Is(v, "amod", exact: true) && head > v) return OpensNounPhrase(v, afterConjunction: true);
        if (_tree.Is(v, "conj", exact: true) && head >= 0 && head < v && _tree.Is(head, "amod", exact: true) && _tree.Head(head) > v)
            return OpensNounPhrase(head, afterConjunction: true);
        // A participle right after a preposition, before a noun ("over alleged Revolutionary Guards assassination
        // plots", "over alleged hush money"): no clause starts there, whatever relation the parser gave it.
        if (AfterPreposition(v) && v + 1 < _article.Tokens.Count && _tree.Upos(v + 1) is Upos.NOUN or Upos.PROPN or Upos.ADJ
            && _tree.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && _tree.Child(v, "nsubj") < 0 && _tree.Child(v, "nsubj:pass") < 0 && _tree.Child(v, "aux") < 0 && _tree.Child(v, "aux:pass") < 0)
            return true;
        // A past participle with its object straight after it but no subject or auxiliary of its own: a parser that
        // made the noun the participle's object ("including targeted violence" as a clause).
        if (_tree.Xpos(v) != "VBN" || v + 1 >= _article.Tokens.Count) return false;
        if (_tree.Child(v, "nsubj") >= 0 || _tree.Child(v, "nsubj:pass") >= 0 || _tree.Child(v, "aux") >= 0
            || _tree.Child(v, "aux:pass") >= 0 || _tree.Child(v, "cop") >= 0 || _tree.MarkOf(v) >= 0) return false;
        if (_tree.Upos(v + 1) is not (Upos.NOUN or Upos.PROPN or Upos.ADJ)) return false;
        int obj = _tree.Child(v, "obj");
        // After 'and' or a comma such a participle is more often a verb sharing the subject of the one before
        // ("congratulated Indonesia and expressed support for ...", tagged VBN).
        if (obj <= v || !OpensNounPhrase(v, afterConjunction: false)) return false;
        // The word after the participle must open its object's phrase (the object itself or a modifier inside it).
        for (int t = v + 1, k = 0; t >= 0 && k < 4; t = _tree.Head(t), k++)
            if (t == obj) return true;
        return false;
    }

    // The word before (adverbs passed over) is a preposition of the same sentence ("over", "for", "of"), not "to".
    private bool AfterPreposition(int v)
    {
        int sentStart = _article.SentenceData[_article.Tokens[v].SentenceIndex].FirstToken;
        int p = v - 1;
        while (p >= sentStart && _tree.Upos(p) == Upos.ADV && !IsPrepositionWord(p)) p--;
        return p >= sentStart && (_tree.Upos(p) == Upos.ADP || IsPrepositionWord(p)) && !_tree.IsWord(p, "to");
    }

    // Prepositions a tagger may call adverbs ("over alleged hush money" tagged over/ADV).
    private bool IsPrepositionWord(int p) => _tree.IsWord(p, "over") || _tree.IsWord(p, "about") || _tree.IsWord(p, "amid")
        || _tree.IsWord(p, "despite") || _tree.IsWord(p, "against");

    /// <summary>
    /// True when the words before modifier <paramref name="first"/> (adverbs passed over) cannot end a subject: the
    /// sentence's start, a preposition, determiner, verb or conjunction ("for subsidized EVs", "welcomed enhanced
    /// cooperation", "the newly signed deal"). After a noun, pronoun or auxiliary the participle is the verb of a
    /// clause the parser misread ("a gunman opened fire", "the police used tear gas", "Houthis have attacked
    /// journalists", "The United States strongly welcomed Canada's decision"), and stays a candidate; so after a
    /// floating quantifier ("Biden and Harris each sent", "they both agreed") or a form of have/be ("having first
    /// placed Mugabe under house arrest").
    /// </summary>
    private bool OpensNounPhrase(int first, bool afterConjunction)
    {
        int sentStart = _article.SentenceData[_article.Tokens[first].SentenceIndex].FirstToken;
        int p = first - 1;
        while (p >= sentStart && _tree.Upos(p) == Upos.ADV && !IsPrepositionWord(p)) p--;
        if (p < sentStart) return true;
        if (IsPrepositionWord(p)) return true;
        if (_tree.IsWord(p, "each") || _tree.IsWord(p, "both") || _tree.IsWord(p, "all")) return false;
        if (_tree.Lemma(p) is "have" or "be") return false;
        if (_tree.Upos(p) == Upos.CCONJ) return afterConjunction;
        return _tree.Upos(p) is Upos.ADP or Upos.DET or Upos.VERB or Upos.SCONJ or Upos.ADJ;
    }
}
