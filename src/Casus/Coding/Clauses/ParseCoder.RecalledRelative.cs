using Casus.Document;
using Casus.Time;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// True when predicate <paramref name="auxFrom"/> heads a relative clause in the perfect: "the militant group that
    /// has seized parts of Iraq and Syria", "the prime minister, whom they had taken hostage two weeks ago", "Ukrainians
    /// who have been displaced by the war". Such a clause tells which noun is meant by recalling what it is known for;
    /// news repeats it in report after report, so coding it would count one old act again with every article that
    /// recalls it. The perfect marks the act as earlier than the report ("had") or as a standing result ("has"); a
    /// relative clause in the simple past ("the helicopter that was captured last week") may be the news itself and is
    /// kept. <paramref name="auxFrom"/> is the conjunct that carries the auxiliaries (ClauseReader.AuxiliarySource).
    /// </summary>
    private bool IsRecalledRelative(int auxFrom)
    {
        if (!IsRelativeClause(auxFrom)) return false;
        bool perfect = false, pastPerfect = false;
        for (int c = _tree.FirstChild(auxFrom); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "aux", exact: true) && _tree.Lemma(c) is { } lemma && lemma.Equals("have", StringComparison.OrdinalIgnoreCase))
            {
                perfect = true;
                pastPerfect |= _tree.IsWord(c, "had");
            }
        // The present perfect is also English's "hot news" tense: "the terms that have now been offered to Hamas", "the
        // attacks that have killed 11 people" in a report of what a president did today. Tied to the day it is news,
        // not background; the past perfect places the act before the report's own past and stays background.
        return perfect && (pastPerfect || !IsTiedToToday(auxFrom));
    }

    /// <summary>True when relative clause <paramref name="v"/> carries a recency word ("have just signed", "have now
    /// been offered", "have recently joined", "have so far killed", "have signed this week") or the clause it modifies
    /// is dated to the report's day ("spoke today with X after the attacks that have killed 11"). Words of span or
    /// habit ("since June", "over the years", "consistently") are not recency words, so such clauses stay recalled.</summary>
    private bool IsTiedToToday(int v)
    {
        if (HasRecencyDependent(v, relativeClause: true)) return true;
        // The predicates above the modified noun, up through purpose and adverbial clauses ("spoke today ... to
        // express condolences following the attacks that have ..."), but not past a reported content clause: "said
        // today that ..." dates the saying, not what is said.
        int t = v;
        for (int hops = 0; hops < 12; hops++)
        {
            if (_tree.Is(t, "ccomp") || _tree.Is(t, "parataxis")) return false;
            int h = _tree.Head(t);
            if (h < 0 || h == t) return false;
            if (_tree.Upos(h) is Upos.VERB or Upos.AUX && HasRecencyDependent(h, relativeClause: false)) return true;
            t = h;
        }
        return false;
    }

    // A recency adverb or a time noun naming the report's day among t's dependents (data/time/recency.txt). In the
    // modified clause only the day itself counts ("today", "tonight", "this morning"): "now" or "just" there dates that
    // clause, not the relative one.
    private bool HasRecencyDependent(int t, bool relativeClause)
    {
        var words = RecencyWords.Default;
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
        {
            if (IsRecencyWord(c, words.Day)) return true;
            if (relativeClause && IsRecencyWord(c, words.Recent)) return true;
        }
        return false;
    }

    // Dependent c in one of the list's shapes: the bare word, a noun with "this", a word with the adverb "so".
    private bool IsRecencyWord(int c, RecencyWords.Shapes shapes)
    {
        foreach (var w in shapes.Words) if (_tree.IsWord(c, w)) return true;
        if (_tree.Upos(c) is Upos.NOUN && _tree.HasChildWord(c, "det", "this"))
            foreach (var w in shapes.ThisNouns) if (_tree.IsWord(c, w)) return true;
        foreach (var w in shapes.SoWords)
            if (_tree.IsWord(c, w) && _tree.HasChildWord(c, "advmod", "so")) return true;
        return false;
    }

    /// <summary>True when clause <paramref name="v"/> is a relative clause: opened by a relative word ("that", "who",
    /// "whom", "which", "whose ..."), or labelled one with no comma before it ("the talks we have agreed upon"). A parser
    /// may hang a relative clause on the wrong head as an adverbial ("will release the minister, whom they had taken
    /// hostage" with "taken" an advcl of "release"), and may label a main clause after a fronted phrase a relative one
    /// ("As a result of the policy, the Houthis have fired at ..."): the relative word, not the label, decides.</summary>
    private bool IsRelativeClause(int v)
    {
        bool labelled = _tree.Is(v, "acl:relcl", exact: true);
        if (!labelled && !_tree.Is(v, "advcl", exact: true) && !_tree.Is(v, "conj", exact: true)) return false;
        int first = _tree.FirstChild(v);
        if (first < 0 || first > v) return false;
        bool comma = _tree.Is(first, "punct");
        while (first >= 0 && first < v && _tree.Is(first, "punct")) first = _tree.NextSibling(first);
        if (first < 0 || first > v) return false;
        if (IsRelativeWord(first) || IsRelativeWord(_tree.FirstChild(first))) return true;
        return labelled && !comma;
    }

    // "that", "who", "whom", "which" heading the clause's subject or object, or "whose" opening it ("whose forces").
    private bool IsRelativeWord(int t) =>
        t >= 0 && (_tree.Xpos(t) is "WP" or "WDT" or "WP$" || _tree.IsWord(t, "whose")) && (IsRelativeSubject(t) || _tree.IsWord(t, "whose"));
}
