using Casus.Coding.Verbs;

namespace Casus.Coding.Clauses;

/// <summary>
/// "X said Y must Z" is X's demand on Y (CAMEO 10): the speaker is the source, the subject of the must-clause the
/// target, and the demanded act picks the code in the demand frame where CAMEO has one ("Russia said Sudan must return
/// the helicopter" → 1053 ...; "must cooperate" → 101), else 100 (an act the dictionary does not know, force, or a
/// negated "must not"). A duty the speaker shares (an addressee that is the speaker or contains it, "[the US
/// president said] the United States and China must work together") is no demand.
/// </summary>
internal static class ReportedDemand
{
    /// <summary>Codes the demand; false when the speaker or the addressee names no actor (then the clause is read
    /// by the ordinary rules, which leave a must-clause uncoded). <paramref name="noun"/> is the demand noun whose
    /// that-clause <paramref name="v"/> is ("a reminder to Y that it must Z"), -1 for a reporting verb's clause.</summary>
    public static bool Code(ParseCoder coder, int sentence, int v, int report, int noun = -1, bool advice = false)
    {
        var tree = coder.Tree;
        var clauses = coder.Clauses;
        var speakers = new List<int>(2);
        var patients = new List<int>(2);
        var agents = new List<int>(2);
        string? route = clauses.Subjects(report, speakers, patients, agents, out bool passive, out _);
        if (passive || speakers.Count == 0) return false;
        var addressees = new List<int>(2);
        int subject = coder.Frames.Addressee(v, report);
        clauses.ActorsAt(subject, addressees); // a pronoun names nothing here: "X said it must" is X's own duty
        // "issued a reminder to Y that it must Z": under a demand noun the pronoun is the actor the noun is addressed to;
        // "told Iraq (that) it must Z", "warned Iran it must Z": the actor told.
        string? addressedTo = null;
        if (addressees.Count == 0 && clauses.IsPronoun(subject) && AddressedTo(tree, clauses, noun, report, addressees))
            addressedTo = "the pronoun subject stands for the actor the demand is addressed to";
        // "X said X and Y must work together": a duty the speaker shares is no demand on Y. The same actor is the same
        // code or one that contains the other (USA and USAGOV); rebels may well demand of their own government.
        // "a military operation must not proceed": a role named only by a modifier of a noun that is no actor
        // ("military" → ---MIL) is no addressee; the noun is a thing, not the one asked.
        for (int i = addressees.Count - 1; i >= 0; i--)
            if (tree.Mentions[addressees[i]].Code.Value.StartsWith("---", StringComparison.Ordinal)
                && ((addressedTo is null && tree.MentionAtHead(subject) < 0) || advice))
                addressees.RemoveAt(i);
        // Advice is read only where it names whom it advises: not a role without a country ("a president should
        // ..." is a general remark; measured on news, such events were wrong), and not "should not" (a view).
        if (advice && clauses.Negation(v) >= 0) return false;
        foreach (int a in addressees)
            foreach (int s in speakers)
                if (a == s || SameActor(tree.Mentions[s].Code.Value, tree.Mentions[a].Code.Value)) return false;
        if (addressees.Count == 0) return false;

        // Advice ("X said Y should Z") is an appeal: CAMEO 02 in the appeal frame, else 020.
        int frame = advice ? 2 : 10;
        string general = advice ? "020" : "100";
        var demand = CameoCode.Parse(general);
        VerbPattern? pattern = null;
        string note;
        if (clauses.Negation(v) < 0 && coder.Matcher.TryBestMatch(v, VerbForm.None, false, 0, out var match))
        {
            pattern = match.Pattern;
            var act = match.ComplementCode ?? match.Pattern.Code;
            if (ComplementFrames.Apply(frame, act) is { } framed) demand = framed;
            note = $"demanded act: {match.Pattern.EvidenceText} → {act} → {demand}";
        }
        else note = $"demanded act: not in the dictionary (or negated) → {general}";
        pattern ??= new VerbPattern(demand, tree.Lemma(v) ?? tree.Word(v).ToString().ToLowerInvariant(),
            Array.Empty<PatternElement>(), advice ? "(no dictionary entry: a should-clause under a reporting verb)" : "(no dictionary entry: a must-clause under a reporting verb)", 0);
        var notes = new List<string>(7)
        {
            noun >= 0 ? $"'{tree.Word(noun)}' + that-clause: the demand of the verb's subject on the clause's subject"
                : advice ? $"'{tree.Word(report)}' + 'should': the speaker's appeal to the clause's subject"
                : $"'{tree.Word(report)}' + 'must': the speaker's demand on the clause's subject",
            note,
            "read from the dependency parse",
        };
        if (route is not null) notes.Add("source: " + route + " of the reporting verb");
        notes.Add("target path: " + ParsePath.Between(tree, v, subject));
        if (addressedTo is not null) notes.Add(addressedTo);
        EventEmitter.EmitAll(coder.Stage, coder.Article, sentence, pattern, new Casus.Document.TokenSpan(v, 1), demand,
            speakers, addressees, advice ? "reported-appeal" : "reported-demand", notes);
        return true;
    }

    /// <summary>The actors behind a to-phrase (or indirect object) of the demand noun or of the verb that governs it
    /// ("a reminder [to Iraq]", "issued [to Iraq] a reminder"), or the reporting verb's object ("told [Iraq] it must").
    /// <paramref name="noun"/> is -1 for a reporting verb.</summary>
    private static bool AddressedTo(ParseTree tree, ClauseReader clauses, int noun, int verb, List<int> into)
    {
        foreach (int head in new[] { noun, verb })
        {
            if (head < 0) continue;
            for (int c = tree.FirstChild(head); c >= 0; c = tree.NextSibling(c))
            {
                bool to = (tree.Is(c, "nmod") || tree.Is(c, "obl")) && tree.CaseOf(c) is int k and >= 0 && tree.IsWord(k, "to");
                // The reporting verb's own object is the one told ("told Iraq it must"); a demand noun's is not there.
                bool told = head == verb && noun < 0 && tree.Is(c, "obj");
                if ((to || told || tree.Is(c, "iobj")) && clauses.ActorsAt(c, into) > 0) return true;
            }
        }
        return false;
    }

    private static bool SameActor(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
}
