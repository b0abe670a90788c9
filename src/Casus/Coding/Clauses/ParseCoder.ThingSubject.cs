using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// True when the parse gives verb <paramref name="v"/> a subject that is an event or a document, naming no actor
    /// ("a mass stabbing killed three people", "the declaration of a state of emergency violates the Constitution"), or
    /// a gerund clause right before it ("denying American Samoans citizenship violated the Amendment"). The word
    /// reading, blind to the clause, would take the nearest actor before the verb as the doer — an actor of another
    /// clause ("Because only Congress may allocate funds, ... the declaration violates"), or the gerund's object — so it
    /// must not read the verb again.
    /// Left to the word reading: a subject with an actor anywhere in its phrase that the parse reading did not take
    /// ("a report released in the Rwandan capital alleged"), or right before its comma ("A member of the Syrian
    /// parliament, Mohammed Mamoun, started"), a person noun the dictionaries lack ("revolutionaries captured the
    /// embassy"), an unknown name ("Jr." of a split "Joseph R. Biden, Jr."), and a clause behind a comma or colon: a
    /// heading or a fronted participle ("Supporting Ports: the United States and Indonesia committed"), which parsers
    /// often make the subject.
    /// </summary>
    private bool SubjectNamesNoActor(int v, string? route, int subjectToken)
    {
        if (route is not null) return false;
        int cs = _tree.Child(v, "csubj");
        if (cs >= 0) return cs < v && _tree.Xpos(cs) == "VBG" && _tree.MarkOf(cs) < 0 && !PunctuationBetween(cs, v) && EndsAtVerb(cs, v)
            && !HasSubjectBelow(cs, 0); // "noting that Japan will chair and the United States will host": a finite clause
        if (subjectToken < 0 || _tree.Head(subjectToken) != v || _tree.Upos(subjectToken) != Upos.NOUN) return false;
        if (!IsEventNounWord(subjectToken) && !IsDocumentNoun(subjectToken)) return false;
        if (HasMentionBelow(subjectToken, 0)) return false;
        int first = PhraseStart(subjectToken, 0);
        return !(first >= 2 && _tree.IsWord(first - 1, ",") && _tree.MentionCovering(first - 2) >= 0);
    }

    private bool IsDocumentNoun(int t)
        => FrameWords.Default.Contains(FrameWordList.DocumentNouns, _tree.Lemma(t) ?? _tree.Word(t).ToString())
           || FrameWords.Default.Contains(FrameWordList.DocumentNouns, _tree.Word(t).ToString());

    /// <summary>True when the phrase of <paramref name="subject"/> ends right before verb <paramref name="v"/>, but for the
    /// verb's auxiliaries and adverbs ("Building skills will increase"): a clause the parser hung further away is no
    /// subject.</summary>
    private bool EndsAtVerb(int subject, int v)
    {
        for (int t = PhraseEnd(subject, 0) + 1; t < v; t++)
            if (_tree.Head(t) != v || !(_tree.Is(t, "aux") || _tree.Is(t, "advmod"))) return false;
        return true;
    }

    /// <summary>The last token of the phrase headed by <paramref name="t"/>.</summary>
    private int PhraseEnd(int t, int depth)
    {
        int last = t;
        if (depth >= MaxPhraseDepth) return last;
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            last = Math.Max(last, PhraseEnd(c, depth + 1));
        return last;
    }

    private bool PunctuationBetween(int from, int to)
    {
        for (int t = from + 1; t < to; t++) if (_tree.IsWord(t, ",") || _tree.IsWord(t, ":")) return true;
        return false;
    }

    /// <summary>True when a clause inside the phrase of <paramref name="t"/> has a subject of its own.</summary>
    private bool HasSubjectBelow(int t, int depth)
    {
        if (depth >= MaxPhraseDepth) return true;
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nsubj") || HasSubjectBelow(c, depth + 1)) return true;
        return false;
    }

    /// <summary>True when a token of the phrase headed by <paramref name="t"/> is part of an actor mention.</summary>
    private bool HasMentionBelow(int t, int depth)
    {
        if (_tree.MentionCovering(t) >= 0) return true;
        if (depth >= MaxPhraseDepth) return true; // too deep to tell: leave the verb to the word reading
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            if (HasMentionBelow(c, depth + 1)) return true;
        return false;
    }

    /// <summary>The first token of the phrase headed by <paramref name="t"/>.</summary>
    private int PhraseStart(int t, int depth)
    {
        int first = t;
        if (depth >= MaxPhraseDepth) return first;
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            first = Math.Min(first, PhraseStart(c, depth + 1));
        return first;
    }

    private const int MaxPhraseDepth = 12;
}
