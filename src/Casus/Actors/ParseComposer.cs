using Casus.Document;

namespace Casus.Actors;

/// <summary>
/// The parse rules of actor composition (docs/formats/actors.md, "Composition from the parse"). The surface rules
/// compose the words before a noun ("Syrian government forces"); on a parsed sentence these rules then read the
/// dependency arcs between the surface phrases and join those that name one actor:
/// <list type="bullet">
/// <item><c>of-phrase</c>: a phrase attached by nmod:poss or by nmod with of/from/for gives the country (or the whole
/// actor) of a role without one: "leaders of Romania's new government" → ROUGOV, "the spokesman for the rebels" → REB;</item>
/// <item><c>posting</c>: nmod with to/in/at under a country + role names where the actor serves ("Syria's
/// ambassador to Iraq" → SYRGOV);</item>
/// <item><c>location</c>: nmod with "in" (or "across", "throughout") under a role without a country gives the country of people who act where
/// they live ("rebels in the Ivory Coast" → CIVREB), not of government, military, intelligence or aid roles;</item>
/// <item><c>appos</c>: an apposition is the same actor ("the US commander in Iraq, General David Petraeus" → one USAMIL);</item>
/// <item><c>modifier</c>: a country that modifies a role's head (amod, compound) gives it its country;</item>
/// <item><c>np-head</c>: a role or organisation that modifies a noun outside any phrase grows to that noun, so the
/// mention spans its noun phrase and holds the head the coder looks for ("the opposition Azadliq coalition").</item>
/// </list>
/// Joins never cross another mention. Each join adds a note to the evidence naming the rule and the arc.
/// </summary>
internal static partial class ParseComposer
{
    /// <summary>True when every token of the sentence carries a dependency relation.</summary>
    public static bool IsParsed(Article article, int first, int end)
    {
        if (end <= first) return false;
        var tokens = article.Tokens;
        for (int t = first; t < end; t++) if (tokens[t].Relation is null) return false;
        return true;
    }

    /// <summary>Joins and widens the drafts of one parsed sentence [first, end) in place (joined drafts die).</summary>
    public static void Refine(Article article, int first, int end, List<MentionDraft> drafts, ref int[] scratch)
    {
        if (drafts.Count == 0) return;
        // Which draft holds each token of the sentence; the buffer is the composer's, reused across sentences.
        if (scratch.Length < end - first) scratch = new int[Math.Max(end - first, 64)];
        var owner = scratch.AsSpan(0, end - first);
        // A few passes let joins chain ("the commander of the army of Syria"); each join removes a draft, so it ends.
        for (int pass = 0; pass < 4; pass++)
        {
            owner.Fill(-1);
            for (int i = 0; i < drafts.Count; i++)
                if (drafts[i].Alive) for (int t = drafts[i].Start; t < drafts[i].End; t++) owner[t - first] = i;
            bool changed = false;
            for (int i = 0; i < drafts.Count; i++)
            {
                var a = drafts[i];
                if (!a.Alive) continue;
                int h = HeadOf(article, a);
                var token = article.Tokens[h];
                int p = token.Head;
                if (p < first || p >= end || token.Relation is not { } rel) continue;
                int b = owner[p - first];
                if (b == i) continue;
                if (b >= 0 ? TryJoin(article, drafts, drafts[b], a, h, rel, owner, first)
                    : TryGrow(article, a, h, p, rel, owner, first) || TryGrowToMembers(article, a, h, p, rel, owner, first))
                {
                    changed = true;
                    for (int t = drafts[b >= 0 ? b : i].Start; t < drafts[b >= 0 ? b : i].End; t++) owner[t - first] = b >= 0 ? b : i;
                }
            }
            // A phrase the parser split at "of" into two siblings ("Leaders of the Azadliq (Freedom) opposition
            // coalition" read as two subjects) is one of-phrase all the same (ParseComposer.SplitOf.cs).
            if (JoinSplitOfPhrases(article, drafts, owner, first)) changed = true;
            if (!changed) break;
        }
    }

    // The token of the draft whose head lies outside it; with several (a misparse, or "leaders of Romania" whose
    // "Romania" hangs on a later noun), the one nearest the root, then the last noun.
    private static int HeadOf(Article article, MentionDraft d)
    {
        int best = -1, bestDepth = int.MaxValue;
        var tokens = article.Tokens;
        for (int t = d.Start; t < d.End; t++)
        {
            int h = tokens[t].Head;
            if (h >= d.Start && h < d.End) continue;
            int depth = Depth(article, t);
            if (depth < bestDepth || (depth == bestDepth && tokens[t].Upos is Upos.NOUN or Upos.PROPN)) { best = t; bestDepth = depth; }
        }
        return best < 0 ? d.End - 1 : best;
    }

    // Arcs from the token up to the root (bounded, in case of a cycle in a bad parse).
    private static int Depth(Article article, int t)
    {
        var tokens = article.Tokens;
        int depth = 0;
        while (depth < 64 && tokens[t].Head >= 0) { t = tokens[t].Head; depth++; }
        return depth;
    }

    // The preposition of a nominal dependent: the text of its 'case' child ("of", "to", "'s"), lower case.
    private static string CaseOf(Article article, int head)
    {
        var tokens = article.Tokens;
        var s = article.SentenceData[tokens[head].SentenceIndex];
        for (int t = s.FirstToken; t < head; t++)
            if (tokens[t].Head == head && tokens[t].Relation == "case") return tokens[t].Text.ToLowerInvariant();
        return "";
    }

    // Every word from start to end is capitalised, bar the possessive marker: one proper name ("Kurdistan Workers'
    // Party", "Tigray People's Liberation Front").
    private static bool IsOneName(Article article, int start, int end)
    {
        var tokens = article.Tokens;
        for (int t = start; t < end; t++)
        {
            var w = tokens[t].Span;
            if (w is "'s" or "’s" or "'" or "’") continue;
            if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        }
        return true;
    }

    private static bool TryJoin(Article article, List<MentionDraft> drafts, MentionDraft b, MentionDraft a, int h, string rel,
        Span<int> owner, int first, string? prepOverride = null)
    {
        string prep = prepOverride ?? (rel.StartsWith("nmod", StringComparison.Ordinal) ? CaseOf(article, h) : "");
        ActorCode code;
        string rule;
        if (rel == "nmod:poss" || (rel.StartsWith("nmod", StringComparison.Ordinal) && prep is "of" or "from" or "for"))
        {
            // The dependent names whose the role is; a role that already has its country keeps it.
            if (!b.HasRole || b.IsBare) return false;
            // A dependent that is a whole actor (country and role, a person, an organisation) is who the role belongs
            // to ("leaders of Egypt's Muslim Brotherhood", "the commander of the Syrian army"); else a role that has
            // its country keeps it ("leaders of Romania's new government"); else the dependent's role or country
            // completes it ("the spokesman for the rebels", "the ambassador of neighbouring Syria").
            // A force noun keeps its role under a government or its leader ("forces of Gaddafi", "troops of the Syrian
            // government" → military); under any other actor it is that actor's ("forces of the rebel movement").
            // A possessive inside one capitalised name is part of the name, not an owner: "the Tigray People's
            // Liberation Front" is a front of Tigray (ETHPTY), not Tigray's people (ETHCVL).
            if (rel == "nmod:poss" && a.HasCountry && a.HasRole && !a.Person && !b.HasCountry && b.RoleWord
                && a.End <= b.Start && IsOneName(article, a.Start, b.End)) code = WithRoles(ActorCode.Parse(a.Code.Primary), b.Code);
            else if (a.HasCountry && (a.HasRole || a.Person) && IsForceOfGovernment(b, a)) code = WithRoles(ActorCode.Parse(a.Code.Primary), b.Code);
            // Workers, civilians and refugees are people of the owner's country, not its office or business: "workers of
            // the United Bus Company of Tehran" → IRNLAB, "prisoners of the Syrian government" → SYRCVL.
            else if (a.HasCountry && (a.HasRole || a.Person) && IsPeopleOfOwner(b, a)) code = WithRoles(ActorCode.Parse(a.Code.Primary), b.Code);
            else if (a.HasCountry && (a.HasRole || a.Person)) code = a.Code;
            else if (b.HasCountry) code = b.Code;
            // Only a generic office noun (spokesman, leader, official: GOV) takes the dependent's role; a role of its
            // own kind keeps it ("government forces of killing civilians" stays military).
            else if (a.Person || (a.HasRole && b.Code.Roles.All(r => r == "GOV"))) code = a.Code;
            else if (a.HasRole) return false;
            else code = WithRoles(a.Code, b.Code);
            rule = "of-phrase";
        }
        else if (rel.StartsWith("nmod", StringComparison.Ordinal) && prep is "to" or "in" or "at" or "across" or "throughout")
        {
            // "across" and "throughout" say where, as "in" does ("protesters across Iran"); nobody is posted across.
            bool spread = prep is "across" or "throughout";
            if (!spread && b.HasCountry && b.HasRole && a.IsBare)
            {
                code = b.Code;
                rule = "posting";
            }
            else if ((prep == "in" || spread) && !b.HasCountry && b.RoleWord && !b.Person && a.IsBare
                && (b.Ethnic ? LocalRoles.Contains(b.Code.Value[3..6]) : b.Code.Roles.All(LocalRoles.Contains)))
            {
                // "Rebels in the Ivory Coast", "opposition groups in Zimbabwe": people who act where they are. Not for
                // government, military, intelligence or aid roles, which often serve abroad ("the troops in Iraq").
                // An ethnic group lives there ("ethnic Russians in Latvia" → LVACVLRUS).
                code = WithRoles(a.Code, b.Code);
                rule = "location";
            }
            else return false;
        }
        else if (rel == "appos")
        {
            // Lists of countries are often parsed as appositions ("Russia, China, Iran"), and two actors with titles
            // ("Libyan leader Gaddafi and Bulgarian President Zhivkov") sometimes are: an apposition needs a role or a
            // person on one side, no second country, and a comma, parenthesis or dash between.
            if (!(a.RoleWord || a.Person || b.RoleWord || b.Person)) return false;
            if (a.HasCountry && b.HasCountry && a.Code.Primary != b.Code.Primary) return false;
            // "President Barham Salih, Prime Minister Mustafa al-Kadhimi": two named people are two actors of a list,
            // never one described by the other (that takes a title or role without a name: "Justin Trudeau, Prime
            // Minister of Canada").
            if (a.Person && b.Person) return false;
            if (TitledName(article, a.Start) && TitledName(article, b.Start)) return false;
            if (!MarkedApposition(article, Math.Min(a.End, b.End), Math.Max(a.Start, b.Start))) return false;
            // "killing at least eight people, Syrian state media reported": a closing attribution the parser hung on
            // the object as an apposition names the speaker, not the people (as ClauseReader.IsMisparsedAttribution).
            if (h > article.Tokens[h].Head && IsAttribution(article, h)) return false;
            code = b.HasCountry || !a.HasCountry ? b.Code : a.Code;
            rule = "appos";
        }
        else if (rel is "amod" or "compound" or "nmod:desc" or "flat")
        {
            if (!(a.IsBare && b.HasRole && !b.HasCountry && !b.Person)) return false;
            code = WithRoles(a.Code, b.Code);
            rule = "modifier";
        }
        else return false;

        int start = Math.Min(a.Start, b.Start), end = Math.Max(a.End, b.End);
        MentionDraft? ruler = null;
        for (int t = start; t < end; t++)
        {
            int o = owner[t - first];
            // "dissidents from military-ruled Myanmar": the ruler on the place's participle describes the place; it
            // goes into the joined phrase rather than blocking the join.
            if (o >= 0 && drafts[o] != a && drafts[o] != b && a.IsBare && (drafts[o] == ruler || IsRulerOfParticiple(article, drafts[o], h)))
            {
                ruler = drafts[o];
                continue;
            }
            if (o >= 0 && drafts[o] != a && drafts[o] != b) return false; // never swallow a third actor
            // A coordinating conjunction between the two means two actors, whatever the parse says.
            if (o < 0 && article.Tokens[t].Upos == Upos.CCONJ) return false;
        }
        string note = $"parse rule {rule}: '{Text(article, a.Start, a.End)}' ({rel}{(prep.Length > 0 ? " " + prep : "")}) joins '{Text(article, b.Start, b.End)}'";
        if (rule == "posting") note += "; it names the posting, not the actor";
        b.Start = start;
        b.End = end;
        if (code != b.Code) b.Person = a.Person && code == a.Code;
        b.Code = code;
        b.RoleWord |= a.RoleWord;
        foreach (var e in a.Evidence) if (!b.Evidence.Contains(e)) b.Evidence.Add(e);
        b.Evidence.Add(note);
        a.Alive = false;
        if (ruler is not null) ruler.Alive = false;
        return true;
    }

    private static readonly string[] RulingParticiples = ["ruled", "held", "controlled", "occupied", "run", "governed", "administered"];

    /// <summary>Whether draft <paramref name="d"/> is the first half of a hyphenated participle on the place
    /// <paramref name="place"/> ("military ←compound— ruled ←amod— Myanmar", "Hamas-ruled", "rebel-held").</summary>
    private static bool IsRulerOfParticiple(Article article, MentionDraft d, int place)
    {
        var tokens = article.Tokens;
        int h = HeadOf(article, d);
        int participle = tokens[h].Head;
        if (participle < 0 || participle != d.End + 1 || tokens[participle].Head != place || tokens[participle].Relation != "amod") return false;
        if (tokens[participle].Upos is not (Upos.VERB or Upos.ADJ) || tokens[d.End].Text != "-") return false;
        // Only who holds the place: a backer or designator ("Iranian-backed militia", "U.S.-designated") is an actor
        // of its own.
        foreach (var w in RulingParticiples)
            if (tokens[participle].Span.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // An apposition with a verb of attribution after it ("..., Syrian state media reported").
    private static bool IsAttribution(Article article, int appos)
    {
        var tokens = article.Tokens;
        var words = Casus.Coding.FrameWords.Default;
        int end = article.SentenceData[tokens[appos].SentenceIndex].FirstToken + article.SentenceData[tokens[appos].SentenceIndex].TokenCount;
        for (int t = appos + 1; t < end; t++)
            if (tokens[t].Head == appos && tokens[t].Upos == Upos.VERB
                && words.Contains(Casus.Coding.FrameWordList.AttributionVerbs, tokens[t].Lemma ?? tokens[t].Text)) return true;
        return false;
    }

    // Roles whose place is their country (see the location rule).
    private static readonly HashSet<string> LocalRoles =
        ["REB", "OPP", "CVL", "COP", "REF", "LAB", "EDU", "AGR", "BUS", "MED", "HLH", "CRM", "UAF", "REL", "RAD", "JUD", "LEG", "PTY"];

    // A title followed by a capitalised name in the phrase that starts at `from`, before any punctuation or lower-case word ("President
    // Barham Salih", "Prime Minister Kishida"), whether or not the directory knows the name: a named person, whom an
    // apposition of another named person cannot describe. Titles of titles.txt, so "the US commander in Iraq" is none.
    private static bool TitledName(Article article, int from)
    {
        var tokens = article.Tokens;
        int end = article.SentenceData[tokens[from].SentenceIndex].FirstToken + article.SentenceData[tokens[from].SentenceIndex].TokenCount;
        // Up to the first lower-case word: "Chief of the General Staff" is a title with its portfolio, no name.
        for (int t = from + 1; t < end && tokens[t].Upos != Upos.PUNCT && tokens[t].Span.Length > 0 && char.IsUpper(tokens[t].Span[0]); t++)
        {
            if (Casus.Actors.People.PersonTitles.TitleBefore(article, from, t) == 0) continue;
            var s = tokens[t].Span;
            if (tokens[t].Upos == Upos.PROPN && char.IsUpper(s[0]) && !Casus.Actors.People.PersonTitles.IsTitle(s)
                && !Casus.Actors.People.PersonTitles.IsHonorific(s)) return true;
        }
        return false;
    }

    // Between two phrases [from, to): a comma, parenthesis or dash marks an apposition.
    private static bool MarkedApposition(Article article, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (article.Tokens[t].Span is "," or "(" or "-" or "–" or "—") return true;
        return false;
    }

    // Nouns that name a body of people, which a role or organisation before them describes ("the opposition Azadliq
    // coalition", "the Hamas movement"): a closed grammatical class, not a dictionary of actors.
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "coalition", "alliance", "bloc", "movement", "group", "groups", "faction", "factions", "front", "network",
        "organisation", "organization", "organisations", "organizations", "wing", "camp", "umbrella", "council",
        "committee", "association", "federation", "union", "unions", "league", "body", "bodies", "members", "member",
        "supporters", "loyalists", "forces", "units", "unit", "cell", "cells", "brigade", "brigades", "branch",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupNounLookup = GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // A role or organisation that modifies a noun outside every phrase grows to that noun ("opposition ... coalition").
    private static bool TryGrow(Article article, MentionDraft a, int h, int p, string rel, Span<int> owner, int first)
    {
        if (rel is not ("compound" or "amod") || p < a.End || a.IsBare || !(a.HasRole || a.Person)) return false;
        var tokens = article.Tokens;
        if (tokens[p].Upos is not (Upos.NOUN or Upos.PROPN) || !GroupNounLookup.Contains(tokens[p].Span)) return false;
        // Everything between belongs to the noun's own modifiers, with no other phrase and no punctuation but hyphens.
        for (int t = a.End; t < p; t++)
        {
            if (owner[t - first] >= 0) return false;
            var tok = tokens[t];
            if (tok.Upos == Upos.PUNCT && tok.Span is not "-") return false;
            if (tok.Head < a.Start || tok.Head > p) return false;
        }
        a.Evidence.Add($"parse rule np-head: '{Text(article, a.Start, a.End)}' ({rel}) grows to its noun '{tokens[p].Text}'");
        a.End = p + 1;
        return true;
    }

    // The country (or organisation) of `country` with the roles of `role` ("ROU" + "---GOV" → "ROUGOV").
    private static ActorCode WithRoles(ActorCode country, ActorCode role)
    {
        var code = country;
        foreach (var r in role.Roles) code = code.WithRole(r);
        return code;
    }

    private static string Text(Article article, int start, int end)
        => article.Text[article.Tokens[start].Start..article.Tokens[end - 1].End];
}
