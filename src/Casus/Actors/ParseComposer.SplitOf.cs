using Casus.Document;

namespace Casus.Actors;

// Of-phrase composition beyond the arcs the parser draws (docs/formats/actors.md, "Composition from the parse"):
// the head noun of an of-phrase names the people of the actor after "of" ("members of his government", "supporters of
// X", "Leaders of the Azadliq opposition coalition"), so the two are one actor.
internal static partial class ParseComposer
{
    // Nouns for the people who make up or follow a group: the group's actor is theirs ("members of his government").
    // A closed grammatical class, like the group nouns above; office nouns (leader, spokesman) are roles of their own.
    private static readonly HashSet<string> MemberNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "members", "member", "supporters", "supporter", "loyalists", "loyalist", "followers", "partisans",
        "sympathisers", "sympathizers", "elements", "remnants", "ranks", "cadres", "backers",
    };

    // Roles a force noun carries ("troops", "police"): under a government they stay forces, not the government.
    private static bool IsForceOfGovernment(MentionDraft force, MentionDraft owner)
    {
        if (!force.RoleWord || force.HasCountry) return false;
        foreach (var r in force.Code.Roles) if (r is not ("MIL" or "COP")) return false;
        if (owner.Code.Value.Length <= 3) return false;
        foreach (var r in owner.Code.Roles) if (r != "GOV") return false;
        return Context.ContextCountryPass.IsCountry(owner.Code.Primary);
    }

    // "workers of the bus company", "families of the soldiers", "prisoners of the government": a role noun that names
    // a kind of people (labour, civilians, refugees) keeps its role under a national owner with a role of another
    // kind; the owner gives the country. A named organisation's own code ("Fatah", PSEPTYFTH) is left to its rule.
    private static bool IsPeopleOfOwner(MentionDraft people, MentionDraft owner)
    {
        if (!people.RoleWord || people.HasCountry || people.Person) return false;
        foreach (var r in people.Code.Roles) if (r is not ("LAB" or "CVL" or "REF")) return false;
        if (owner.Code.Value.Length != 6 || owner.Code.Value.AsSpan(3).SequenceEqual(people.Code.Value.AsSpan(3))) return false;
        return Context.ContextCountryPass.IsCountry(owner.Code.Primary);
    }

    // "members of his government": an actor attached by "of" to a member noun outside every phrase grows back over it,
    // so the mention spans the noun phrase the clause names and the coder finds it at its head.
    private static bool TryGrowToMembers(Article article, MentionDraft a, int h, int p, string rel, Span<int> owner, int first)
    {
        if (!rel.StartsWith("nmod", StringComparison.Ordinal) || p >= a.Start || !(a.HasRole || a.Person)) return false;
        var tokens = article.Tokens;
        if (tokens[p].Upos is not (Upos.NOUN or Upos.PROPN) || !MemberNouns.Contains(tokens[p].Text)) return false;
        if (CaseOf(article, h) != "of") return false;
        // Between the noun and the actor only "of" and the actor's own determiners and modifiers.
        for (int t = p + 1; t < a.Start; t++)
        {
            if (owner[t - first] >= 0) return false;
            var tok = tokens[t];
            if (tok.Upos is Upos.PUNCT or Upos.CCONJ || tok.Head < p || tok.Head >= a.End) return false;
        }
        a.Evidence.Add($"parse rule members-of: '{Text(article, a.Start, a.End)}' ({rel} of) grows to its noun '{tokens[p].Text}'");
        a.Start = p;
        return true;
    }

    // "Leaders of the Azadliq (Freedom) opposition coalition agreed": the parser hung "opposition coalition" on the verb
    // as a second subject. Two phrases separated by "of" and words that all hang inside the pair, whose heads hang on
    // the same word by the same relation, are one noun phrase: join them by the of-phrase rule.
    private static bool JoinSplitOfPhrases(Article article, List<MentionDraft> drafts, Span<int> owner, int first)
    {
        var tokens = article.Tokens;
        bool changed = false;
        for (int i = 0; i < drafts.Count; i++)
        {
            var b = drafts[i];
            if (!b.Alive || b.End >= first + owner.Length || !tokens[b.End].Span.Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
            // The next phrase after "of".
            MentionDraft? a = null;
            for (int j = 0; j < drafts.Count; j++)
                if (drafts[j].Alive && drafts[j].Start > b.End && (a is null || drafts[j].Start < a.Start)) a = drafts[j];
            if (a is null) continue;
            int hb = HeadOf(article, b), ha = HeadOf(article, a);
            int parent = tokens[hb].Head;
            if (parent < 0 || parent != tokens[ha].Head || (parent >= b.Start && parent < a.End)) continue;
            if (tokens[hb].Relation != tokens[ha].Relation) continue;
            bool inside = true;
            for (int t = b.End; t < a.Start && inside; t++)
            {
                var tok = tokens[t];
                inside = owner[t - first] < 0 && tok.Head >= b.Start && tok.Head < a.End && tok.Upos != Upos.CCONJ && tok.Span is not ",";
            }
            if (!inside) continue;
            string aText = Text(article, a.Start, a.End), bText = Text(article, b.Start, b.End);
            if (!TryJoin(article, drafts, b, a, ha, "nmod", owner, first, "of")) continue;
            b.Evidence.Add($"the parse split the phrase: '{bText}' and '{aText}' both hang on '{tokens[parent].Text}' ({tokens[hb].Relation})");
            for (int t = b.Start; t < b.End; t++) owner[t - first] = i;
            changed = true;
        }
        return changed;
    }
}
