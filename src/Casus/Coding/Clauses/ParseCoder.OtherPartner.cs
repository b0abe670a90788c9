using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// True when verb <paramref name="v"/> names a partner of its own behind 'with' ("Sullivan and Pyle met with
    /// Argentina's economy minister", "the United States and Japan will engage with others", "are partnering with
    /// the private sector"): the members of a compound subject then act together on that partner, not on each other,
    /// so no reciprocal pair is made even where the partner is no actor the dictionaries know. A parser may hang the
    /// with-phrase as an object ("met with X" read as met —obj→ X).
    /// No partner: a with-phrase before the verb ("With the signing of the MOU, X and Y agreed to ..."), "each other", "one another"; a with-phrase that is no one, a singular with 'a' or 'one' ("with a
    /// view to", "with one voice", "with a particular focus on") or an absolute clause ("with Mr. Sullivan
    /// underscoring ..."); and a 'together' or 'bilaterally' on the verb keeps the pairing ("will work together and
    /// with partners", "engage both bilaterally and with like-minded partners").
    /// </summary>
    private bool OtherPartner(in TreeMatch match, List<int> sources, List<string> notes)
    {
        // "X and Y met with Z", Z no actor the dictionaries know: the members met Z, not each other (decided, so that
        // the word reading does not pair them either); so for the verb of a complement ("committed to work with the
        // international community").
        if (HasOtherPartner(match.Verb) || (match.ComplementVerb >= 0 && HasOtherPartner(match.ComplementVerb))
            || SharedSubjectPartner(match.Verb) || ActNounPartner(in match))
        {
            notes.Add("no reciprocal pair: the verb names another partner behind 'with'");
            return true;
        }
        // "X and Y intend to engage Pacific Island nations", "plan to convene partners": a joint step whose object is
        // a party acts on that party together; the members are partners of each other only when it names none.
        if (match.UnknownStep && match.ComplementVerb >= 0 && StepObjectIsParty(match.ComplementVerb, sources))
        {
            notes.Add("no reciprocal pair: the joint step's object is another party");
            return true;
        }
        // "Blinken, Austin and Sullivan engaged their Turkish counterparts": an entry that names its partner behind
        // 'with' reads the object as the topic ("discussed trade"), but parties in the plural as the object are whom
        // they met. Not a singular ("discussed South Africa's Government of National Unity": a topic) nor a possessor
        // the parser made the object ("discussed the G7 Leaders' Summit").
        if (match.CoSubjectPartner && _tree.Child(match.Verb, "obj") is int o and >= 0 && _tree.Xpos(o) is "NNS" or "NNPS"
            && _tree.Child(o, "case") < 0 && IsPartyNoun(o))
        {
            notes.Add("no reciprocal pair: the verb's object is another party");
            return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="n"/> is a noun of the list <c>[party-nouns]</c> of
    /// data/frames/frame_words.txt ("partners", "counterparts").</summary>
    private bool IsPartyNoun(int n)
    {
        var lemma = _tree.Lemma(n);
        return lemma is not null ? FrameWords.Default.Contains(FrameWordList.PartyNouns, lemma)
            : FrameWords.Default.Contains(FrameWordList.PartyNouns, _tree.Word(n).ToString().ToLowerInvariant());
    }

    /// <summary>True when the direct object of step <paramref name="step"/> is a party: an actor mention (its head) of
    /// none of the members' countries ("engage China"), or a noun of the list <c>[party-nouns]</c> of
    /// data/frames/frame_words.txt ("partners", "nations"). An actor of a member's own country is a body they set up
    /// together ("establish the Australia-United States Clean Energy Council"), and an object that only has an actor
    /// as its possessor or modifier ("limit Sudan's influence") is a thing: no party either way.</summary>
    private bool StepObjectIsParty(int step, List<int> sources)
    {
        int obj = _tree.Child(step, "obj");
        if (obj < 0 || _tree.IsWord(obj, "other") || _tree.IsWord(obj, "another") || _tree.IsWord(obj, "each")) return false;
        if (_tree.MentionAtHead(obj) is int m and >= 0) return !SharesMemberCountry(_tree.Mentions[m].Code.Primary, sources);
        return IsPartyNoun(obj);
    }

    /// <summary>True when <paramref name="country"/> is the country of a source or of a member of a source group.</summary>
    private bool SharesMemberCountry(string country, List<int> sources)
    {
        if (country == "---") return false;
        foreach (int s in sources)
        {
            var mention = _tree.Mentions[s];
            if (mention.Code.Primary == country) return true;
            if (mention.Members is { } members)
                foreach (var member in members) if (member.Code.Primary == country) return true;
        }
        return false;
    }

    /// <summary>"Dr. Gordon and the delegation will meet with private sector partners ... and discuss ways to ...": a
    /// conjunct verb with no subject of its own shares the clause of the verb it is joined to, and so the partner that
    /// verb names behind 'with'.</summary>
    private bool SharedSubjectPartner(int v)
    {
        for (int guard = 0; guard < 16 && _tree.Is(v, "conj", exact: true) && _tree.Child(v, "nsubj") < 0
            && _tree.Child(v, "nsubj:pass") < 0 && _tree.Head(v) >= 0; guard++)
        {
            v = _tree.Head(v);
            if (_tree.Upos(v) != Upos.VERB) return false;
            if (HasOtherPartner(v)) return true;
        }
        return false;
    }

    private bool HasOtherPartner(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "advmod") && (_tree.IsWord(c, "together") || _tree.IsWord(c, "jointly") || _tree.IsWord(c, "bilaterally"))) return false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < v) continue;
            if (MisreadTitledPartner(c)) return true;
            if (!(_tree.Is(c, "obl") || _tree.Is(c, "obj", exact: true)) || _tree.CaseOf(c) is not (int k and >= 0) || !_tree.IsWord(k, "with")) continue;
            if (IsPartnerNoun(c)) return true;
        }
        return false;
    }

    /// <summary>"France and Germany held consultations with their partners", "signed an agreement with the company":
    /// the parser hangs the with-phrase on the entry's own noun (a word of the pattern) rather than on the verb, and it
    /// names the partner all the same. Not a topic object outside the entry ("discussed their concerns with ...":
    /// the with-phrase belongs to the topic), nor with a 'together' on the verb.</summary>
    private bool ActNounPartner(in TreeMatch match)
    {
        int v = match.Verb;
        int o = _tree.Child(v, "obj");
        if (o <= v || !Uses(in match, o)) return false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "advmod") && (_tree.IsWord(c, "together") || _tree.IsWord(c, "jointly") || _tree.IsWord(c, "bilaterally"))) return false;
        return HasWithPartner(o);
    }

    private static bool Uses(in TreeMatch match, int t)
    {
        for (int i = 0; i < match.Used.Count; i++) if (match.Used[i] == t) return true;
        return false;
    }

    /// <summary>True when noun <paramref name="n"/> has a with-phrase (<c>nmod</c>) naming a partner ("talks with
    /// local leaders"); not "talks with each other".</summary>
    private bool HasWithPartner(int n)
    {
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < n || !_tree.Is(c, "nmod") || _tree.CaseOf(c) is not (int k and >= 0) || !_tree.IsWord(k, "with")) continue;
            if (IsPartnerNoun(c)) return true;
        }
        return false;
    }

    /// <summary>"met with President-elect Dr. Claudia Sheinbaum": the parser may read a hyphenated title as a clause
    /// ("with" its mark, "elect" its verb, "President" its subject). A with-clause under the verb whose own head lies
    /// inside the actor mention that starts right after 'with' is that actor's name, so a partner; a real absolute
    /// clause ("with Mr. Sullivan underscoring ...") has its verb outside the mention.</summary>
    private bool MisreadTitledPartner(int c)
    {
        if (!(_tree.Is(c, "advcl") || _tree.Is(c, "acl"))) return false;
        int mk = _tree.MarkOf(c);
        if (mk < 0 || !_tree.IsWord(mk, "with")) return false;
        int m = _tree.MentionCovering(c);
        return m >= 0 && m == _tree.MentionCovering(mk + 1) && _tree.Mentions[m].Tokens.First == mk + 1;
    }

    private bool IsPartnerNoun(int n)
    {
        if (_tree.IsWord(n, "other") || _tree.IsWord(n, "another") || _tree.IsWord(n, "each")) return false;
        if (_tree.Upos(n) is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) return false;
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
        {
            // "with Mr. Sullivan underscoring ...": an absolute clause, no partner.
            if ((_tree.Is(c, "acl") || _tree.Is(c, "advcl")) && _tree.Xpos(c) is "VBG" or "VBN") return false;
            if ((_tree.Is(c, "det", exact: true) || _tree.Is(c, "nummod", exact: true)) && (_tree.IsWord(c, "a") || _tree.IsWord(c, "an") || _tree.IsWord(c, "one"))) return false;
        }
        return true;
    }
}
