using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseRepairs
{
    /// <summary>
    /// A clause whose subject noun stands without a verb of its own (the sentence's root, or the complement or aside of
    /// a reporting verb) and carries a dictionary verb in the past tense as a participle or adjective with an object:
    /// "A Russian official [offered ←amod] [concessions ←appos] last November ...", "The Israeli army [forced ←acl] out
    /// 1,000 refugees from their homes during a search, residents [said]", "Doctors from two aid groups [donated ←acl]
    /// and [delivered ←conj of Doctors] goods". A reduced relative is passive in meaning and takes no direct object
    /// ("the refugees forced out of their homes"), so a participle with one, or coordinated with a finite past tense, is
    /// the clause's verb; and a noun clause has no other verb to carry the sentence. The participle takes the noun's
    /// place in the tree, the noun becomes its subject and the noun's dependents after the verb become the verb's
    /// (an nmod an oblique: "during a search"). A subject noun that is already some verb's subject is left alone:
    /// there the participle may be a true reduced relative ("the company awarded the contract said ...").
    /// </summary>
    private bool RepairSubjectParticiple(int start, int end)
    {
        for (int p = start + 1; p < end; p++)
        {
            if (!IsPastForm(p) || Passive(p)) continue;
            int head = _tree.Head(p);
            if (head < start) continue;
            bool acl = _tree.Is(p, "acl", exact: true);
            bool amod = _tree.Is(p, "amod", exact: true);
            int obj = -1, noun;
            if (acl && head < p)
            {
                obj = HeadedBy(p, "obj", p + 1, end);
                noun = head;
            }
            else if (amod && head > p && _tree.Upos(head) is Upos.NOUN or Upos.PROPN)
            {
                // "official [offered ←amod] [concessions ←appos of official]": the object carries the verb.
                obj = head;
                noun = _tree.Head(head);
                if (noun < start || noun > p || !_tree.Is(head, "appos", exact: true)) continue;
            }
            else continue;
            // The subject: the topmost noun of the phrase before the verb ("Doctors from two aid groups").
            int subject = noun;
            while (_tree.Head(subject) is int up && up >= start && up < p && _tree.Upos(up) is Upos.NOUN or Upos.PROPN)
                subject = up;
            if (_tree.Upos(subject) is not (Upos.NOUN or Upos.PROPN)) continue;
            int above = _tree.Head(subject);
            var relation = _tree.Relation(subject);
            bool verbless = above < 0 ? relation == "root" : relation is "ccomp" or "parataxis";
            // "The army forced out refugees ..., residents said" with "army" read as the subject of "said".
            int sayer = verbless ? -1 : ClosingSayer(subject, above, p, obj);
            if (sayer >= 0) relation = "ccomp";
            else if (!verbless) continue;
            if (!Adjacent(subject, p) || HasPredicateDependent(subject, start, end)) continue;
            int finiteConjunct = acl ? FiniteConjunct(subject, p, end) : -1;
            if (obj < 0 && finiteConjunct < 0) continue;
            MakeVerb(p, above, relation);
            if (sayer >= 0) Set(sayer, above, "nsubj");
            Set(subject, p, "nsubj");
            if (amod) Set(obj, p, "obj");
            for (int t = p + 1; t < end; t++)
            {
                if (t == obj && amod || _tree.Head(t) != subject) continue;
                var r = _tree.Relation(t);
                if (r is "acl:relcl" or "acl" or "appos" or "flat" or "compound") continue;
                Set(t, p, r switch { "nmod" => "obl", "nmod:tmod" => "obl:tmod", "nmod:npmod" => "obl:npmod", _ => r });
            }
            return true;
        }
        return false;
    }

    // The speaker of a closing attribution ("..., residents said", "..., U.N. officials told AFP") when the parser gave
    // its verb the clause's subject instead: the noun right before the verb of saying, after a comma that follows the
    // participle's object, whose phrase holds every word between the comma and the verb. -1 when there is none.
    private int ClosingSayer(int subject, int say, int p, int obj)
    {
        if (obj < 0 || !_tree.Is(subject, "nsubj", exact: true) || say <= obj + 2) return -1;
        if (!FrameWords.Default.Contains(FrameWordList.ReportingVerbs, _tree.Lemma(say) ?? _tree.Word(say).ToString())) return -1;
        int sayer = say - 1;
        if (_tree.Upos(sayer) is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) return -1;
        for (int k = sayer - 1; k > obj; k--)
        {
            if (_tree.Upos(k) == Upos.PUNCT) return _tree.IsWord(k, ",") && k < sayer ? sayer : -1;
            if (!_tree.Dominates(sayer, k) && _tree.Head(k) != sayer) return -1;
        }
        return -1;
    }

    // The first token in [from, end) headed by t with exactly this relation (read from the heads: the child lists may be
    // stale after an earlier repair).
    private int HeadedBy(int t, string relation, int from, int end)
    {
        for (int c = from; c < end; c++)
            if (_tree.Head(c) == t && _tree.Is(c, relation, exact: true)) return c;
        return -1;
    }

    // A noun that has a subject, copula or auxiliary of its own is a predicate ("X is the army that ..."), not a subject.
    private bool HasPredicateDependent(int noun, int start, int end)
    {
        for (int c = start; c < end; c++)
            if (_tree.Head(c) == noun && (_tree.Is(c, "nsubj") || _tree.Is(c, "cop", exact: true) || _tree.Is(c, "aux")))
                return true;
        return false;
    }

    // A finite past tense coordinated with the subject noun after the participle ("Doctors ... donated and delivered").
    private int FiniteConjunct(int subject, int p, int end)
    {
        for (int c = p + 1; c < end; c++)
            if (_tree.Head(c) == subject && _tree.Is(c, "conj", exact: true) && _tree.Upos(c) == Upos.VERB && _tree.Xpos(c) == "VBD")
                return c;
        return -1;
    }
}
