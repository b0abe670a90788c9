using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    private readonly List<int> _pair = new(4);

    /// <summary>
    /// "An agreement was signed between Iran and Iraq", "a deal was reached between X and Y": a passive whose subject is
    /// the object word of a symmetric entry (data/verbs/symmetric.txt: "sign agreement", "reach deal") and whose sides
    /// stand behind 'between' on the verb act on each other, one event per ordered pair. The pattern matcher cannot see
    /// it: a pattern's words are the verb's object and phrases, and here the object is the subject. Not when the clause
    /// is ruled out ("could be signed"), names an agent (the agent's act, read as a passive) or has fewer than two
    /// sides with a country (<see cref="ReciprocalSides"/>). True when events were made.
    /// </summary>
    private bool CodePassiveReciprocal(int sentence, int v)
    {
        int subject = _tree.Child(v, "nsubj:pass");
        if (subject < 0 || _tree.MentionAtHead(subject) >= 0 || _tree.Upos(subject) != Upos.NOUN) return false;
        if (_agents.Count > 0 || IsRuledOut(v)) return false;
        int between = -1;
        for (int c = _tree.FirstChild(v); c >= 0 && between < 0; c = _tree.NextSibling(c))
            if (c > v && _tree.Is(c, "obl") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "between")) between = c;
        if (between < 0) return false;
        VerbPattern? pattern = null;
        foreach (var cand in _matcher.Candidates(v))
            if (ObjectWordIs(cand.Pattern, subject) && SymmetricActs.Default.IsSymmetric(cand.Pattern, null)) { pattern = cand.Pattern; break; }
        if (pattern is null) return false;
        _clauses.ActorsAt(between, _pair);
        int sides = ReciprocalSides.Named(_tree, _pair, _sides);
        _pair.Clear();
        if (sides < 2) return false;
        // A meeting within one country is no event between actors (as in the noun reading): "talks were held between
        // police and Iran", the police given Iran's country.
        var primary = _tree.Mentions[_sides[0]].Code.Primary;
        if (pattern.Code.Root == 4 && sides == 2 && primary != "---" && _tree.Mentions[_sides[1]].Code.Primary == primary) return false;
        int auxFrom = _clauses.AuxiliarySource(v);
        int modal = _clauses.Modal(v, out bool future);
        if (modal < 0 && auxFrom != v) modal = _clauses.Modal(auxFrom, out future);
        var code = pattern.Code;
        var notes = new List<string>(6) { "passive: the subject is the act's object", "reciprocal: the two sides of 'between'" };
        if (future)
        {
            if (ComplementFrames.Apply(3, code) is not { } f) return false;
            notes.Add($"modal '{_tree.Word(modal)}': {code} → {f}");
            code = f;
        }
        AddPathNotes(notes, v, -1, between, "the sides behind 'between'");
        var match = new TreeMatch { Pattern = pattern, Verb = v, LastWord = v, TargetNode = between, TargetCase = -1, ComplementVerb = -1, ComplementTarget = -1 };
        var mood = Mood(in match, code);
        for (int a = 0; a < _sides.Count; a++)
            for (int b = 0; b < _sides.Count; b++)
                if (a != b) AddEvent(sentence, in match, code, _sides[a], _sides[b], "reciprocal", notes, null, null, mood);
        return true;
    }

    /// <summary>True when the first element of <paramref name="pattern"/> is a word (not a slot) that
    /// <paramref name="noun"/> spells: "sign agreement|deal ..." for the subject "agreement".</summary>
    private bool ObjectWordIs(VerbPattern pattern, int noun)
    {
        // "agree (to) ceasefire|truce", "agree on deal|agreement": the passive drops the preposition ("a ceasefire
        // was agreed between X and Y", "a deal was agreed on"), so a leading optional word or on/upon is skipped. A
        // required 'to' is not: "agree to ceasefire" (0356) is the intent, while a ceasefire agreed is a truce (0871).
        int e = 0;
        var elements = pattern.Elements;
        while (e < elements.Count && (elements[e].Kind == PatternElementKind.OptionalWord
            || (elements[e].Kind == PatternElementKind.Word && OnlyPrepositions(elements[e].Words)))) e++;
        if (e >= elements.Count || elements[e].Kind != PatternElementKind.Word) return false;
        var w = _tree.Word(noun);
        var lemma = _tree.Lemma(noun);
        foreach (var word in elements[e].Words)
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase) || (lemma is not null && lemma.Equals(word, StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    private static bool OnlyPrepositions(IReadOnlyList<string> words)
    {
        foreach (var w in words) if (w is not ("on" or "upon")) return false;
        return true;
    }
}
