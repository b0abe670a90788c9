using Casus.Actors.Context;
using Casus.Actors.People;
using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// Resolves the pronouns the coreference pass leaves (docs/formats/actors.md, "Coreference"): "it" as subject and
/// "them", "him", "her" as objects become mentions with the code of the nearest compatible actor; "its",
/// "their", "his", "her" as possessor of a role phrase without a country give it the antecedent's country ("Russia
/// said its troops ..." → <c>RUSMIL</c>). Compatible: "it"/"its" a country or an organisation (a singular phrase that
/// is no person), "them"/"their" a plural group, "him"/"his"/"her" a person. The antecedent is sought in the pronoun's
/// sentence before it (its subject preferred, else the latest), then the subject of the sentence before. An
/// object pronoun never takes the subject of its own verb ("Russia accused it" is not Russia). Needs a parse; an
/// unparsed sentence is left alone. Per-article state; not thread-safe.
/// </summary>
internal sealed class PronounPass
{
    private const int SentencesBack = 1;
    private const int MaxClimb = 64;

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly bool _speakerOnly;

    /// <param name="speakerOnly">Only a possessor in a reported clause whose owner is the reporting verb's subject
    /// ("Israel said its troops had withdrawn" → <c>ISRMIL</c>; see <see cref="Speaker"/>); every other pronoun is
    /// left alone.</param>
    public PronounPass(Article article, int firstMention, bool speakerOnly = false)
    {
        _article = article;
        _firstMention = firstMention;
        _speakerOnly = speakerOnly;
    }

    private enum Kind { Thing, Group, Person }

    // Verbs whose "it" subject is expletive or a situation, not an actor ("it is", "it seems", "it takes time").
    private static readonly HashSet<string> ExpletiveHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "seem", "appear", "happen", "take", "remain", "become", "look", "matter", "mean", "rain", "cost", "make",
        "come", "go", "get", "include", "involve", "depend", "follow", "occur",
    };

    public void Run()
    {
        var mentions = _article.MentionsFrom(_firstMention);
        var tokens = _article.Tokens;
        var added = new List<Mention>();
        bool changed = false;
        foreach (var sentence in _article.Sentences)
        {
            int first = sentence.FirstToken, end = first + sentence.TokenCount;
            for (int p = first; p < end; p++)
            {
                var w = tokens[p].Span;
                if (w.Length is < 2 or > 5) continue;
                var rel = tokens[p].Relation;
                if (rel is null) continue;
                if (PronounOf(w) is not { } lower) continue;
                bool possessor = rel == "nmod:poss";
                if (_speakerOnly && !possessor) continue;
                Kind kind;
                switch (lower)
                {
                    case "it" when !possessor: kind = Kind.Thing; break;
                    case "its" when possessor: kind = Kind.Thing; break;
                    case "them" when !possessor: kind = Kind.Group; break;
                    case "their" when possessor: kind = Kind.Group; break;
                    case "him" when !possessor: kind = Kind.Person; break;
                    case "his" when possessor: kind = Kind.Person; break;
                    case "her": kind = Kind.Person; break;
                    default: continue;
                }
                if (possessor)
                {
                    int owned = OwnedMention(mentions, p);
                    if (owned < 0) continue;
                    var ante = _speakerOnly ? Speaker(mentions, owned, p, kind) ?? ClauseSubject(mentions, owned, p, kind)
                        : Antecedent(mentions, sentence.Index, p, kind, objectOf: -1);
                    if (ante is null || !ContextCountryPass.IsCountry(ante.Code.PrimarySpan)) continue;
                    var m = mentions[owned];
                    var code = ActorCode.Parse(ante.Code.Primary + m.Code.Value[3..]);
                    mentions[owned] = m with
                    {
                        Code = code,
                        Evidence = [.. m.Evidence, $"{ContextCountry.NotePrefix}possessor '{w}' → '{ante.Text}' (sentence {ante.Sentence}) → {code.Value}"],
                    };
                    changed = true;
                    continue;
                }
                if (InMention(mentions, p) || InMention(added, p) || !Argument(p, rel, lower)) continue;
                int verb = rel.StartsWith("nsubj", StringComparison.Ordinal) ? -1 : tokens[p].Head;
                var a = Antecedent(mentions, sentence.Index, p, kind, verb);
                if (a is null || a.Code.PrimarySpan.SequenceEqual("---")) continue;
                added.Add(new Mention(sentence.Index, new TokenSpan(p, 1), w.ToString(), a.Code,
                    [$"coreference: '{w}' → '{a.Text}' (sentence {a.Sentence})", .. a.Evidence]));
            }
        }
        if (added.Count == 0 && !changed) return;
        mentions.AddRange(added);
        mentions.Sort((x, y) => x.Tokens.First.CompareTo(y.Tokens.First));
        _article.ReplaceMentions(_firstMention, mentions);
    }

    private static readonly string[] PronounWords = ["it", "its", "them", "their", "him", "his", "her"];

    // The pronoun the word is, lower-cased as ToLowerInvariant would, or null for any other word: asked of every short
    // word of a parsed article, so no string is made of the others.
    private static string? PronounOf(ReadOnlySpan<char> w)
    {
        foreach (var p in PronounWords)
        {
            if (p.Length != w.Length) continue;
            int i = 0;
            while (i < p.Length && char.ToLowerInvariant(w[i]) == p[i]) i++;
            if (i == p.Length) return p;
        }
        return null;
    }

    // A pronoun that stands for an actor: subject or object of a verb, or the object of a preposition; not the
    // expletive or situational "it" ("it is likely", "it was reported that").
    private bool Argument(int p, string rel, string lower)
    {
        var tokens = _article.Tokens;
        bool subject = rel.StartsWith("nsubj", StringComparison.Ordinal);
        if (!(subject || rel is "obj" or "iobj" || rel.StartsWith("obl", StringComparison.Ordinal))) return false;
        if (subject != (lower == "it")) return false; // "he", "she", "they" are the coreference pass's
        // An object "it" is mostly a thing or a proposal ("denied it", "called it"), not an actor: subjects only.
        int head = tokens[p].Head;
        if (head < 0 || tokens[head].Upos != Upos.VERB) return false;
        if (lower is "it")
        {
            if (ExpletiveHeads.Contains(LemmaOf(head))) return false;
            // "it was reported that ...": a passive "it" with a clause is expletive.
            if (rel == "nsubj:pass" && HasChild(head, "ccomp", "csubj", "xcomp")) return false;
        }
        return true;
    }

    // The lemma, or without one (an untagged article) the word less a regular ending.
    private string LemmaOf(int t)
    {
        var token = _article.Tokens[t];
        if (token.Lemma is { Length: > 0 } lemma) return lemma;
        var w = token.Text.ToLowerInvariant();
        if (ExpletiveHeads.Contains(w)) return w;
        foreach (var ending in (ReadOnlySpan<string>)["s", "ed", "d"])
            if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.Ordinal) && ExpletiveHeads.Contains(w[..^ending.Length])) return w[..^ending.Length];
        return w;
    }

    private bool HasChild(int head, params string[] relations)
    {
        var sd = _article.SentenceData[_article.Tokens[head].SentenceIndex];
        for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
            if (_article.Tokens[t].Head == head && Array.IndexOf(relations, _article.Tokens[t].Relation) >= 0) return true;
        return false;
    }

    // The role phrase without a country whose head the possessor hangs on ("its troops", "their government").
    private int OwnedMention(List<Mention> mentions, int p)
    {
        int head = _article.Tokens[p].Head;
        if (head < 0) return -1;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Tokens.First <= head && head < m.Tokens.End && ContextCountryPass.NeedsCountry(m.Code)) return i;
        }
        return -1;
    }

    private static bool InMention(List<Mention> mentions, int t)
    {
        foreach (var m in mentions) if (m.Tokens.First <= t && t < m.Tokens.End) return true;
        return false;
    }

    // The nearest compatible mention: the pronoun's own sentence before it, then the sentence before; a subject is
    // preferred within a sentence. objectOf is the verb an object pronoun hangs on: its subject is never the antecedent.
    private Mention? Antecedent(List<Mention> mentions, int sentence, int pronoun, Kind kind, int objectOf)
    {
        for (int s = sentence; s >= Math.Max(0, sentence - SentencesBack); s--)
        {
            Mention? latest = null, subject = null;
            // The codes of the subjects above an object pronoun's verb: an actor of the same code is the same actor
            // ("Katsav ... saying he would welcome him": "him" is not whom "he" stands for).
            var excluded = new HashSet<ActorCode>();
            if (objectOf >= 0)
                foreach (var m in mentions)
                    if (m.Sentence == s && !m.Code.IsEmpty && SubjectAbove(HeadOf(m.Tokens), objectOf)) excluded.Add(m.Code);
            foreach (var m in mentions)
            {
                if (m.Sentence != s || m.Tokens.First >= pronoun || m.Code.IsEmpty || excluded.Contains(m.Code)) continue;
                if (m.Tokens.End > pronoun) continue; // the pronoun's own phrase ("its army")
                if (!Compatible(m, kind)) continue;
                int head = HeadOf(m.Tokens);
                if (objectOf >= 0 && SubjectAbove(head, objectOf)) continue;
                if (latest is null || m.Tokens.First > latest.Tokens.First) latest = m;
                if ((_article.Tokens[head].Relation ?? "").StartsWith("nsubj", StringComparison.Ordinal)
                    && (subject is null || m.Tokens.First > subject.Tokens.First)) subject = m;
            }
            // In the sentence before, only its subject: the latest phrase there is often a thing's owner or a place.
            var chosen = s == sentence ? subject ?? latest : subject;
            if (chosen is not null) return chosen;
        }
        return null;
    }

    // The owner a reported clause gives its subject's possessor: "Bosnian Serbs said their forces had completed their
    // withdrawal", "Israel denied its troops had fired". News reports a side's own acts this way, and the one who
    // speaks of "its troops" or "their forces" is, all but always, their owner. Only the subject of a clausal
    // complement (ccomp) and the subject of the verb that takes it, compatible with the pronoun; null otherwise.
    private Mention? Speaker(List<Mention> mentions, int owned, int pronoun, Kind kind)
    {
        var tokens = _article.Tokens;
        int head = HeadOf(mentions[owned].Tokens);
        if (!(tokens[head].Relation ?? "").StartsWith("nsubj", StringComparison.Ordinal)) return null;
        int clause = tokens[head].Head;
        if (clause < 0 || tokens[clause].Relation != "ccomp") return null;
        int verb = tokens[clause].Head;
        if (verb < 0) return null;
        foreach (var m in mentions)
        {
            if (m.Tokens.End > pronoun || m.Code.IsEmpty || !Compatible(m, kind)) continue;
            int h = HeadOf(m.Tokens);
            if (tokens[h].Head == verb && tokens[h].Relation == "nsubj") return m;
        }
        return null;
    }

    // The owner of a possessive on an argument of the clause whose subject comes before it: "Israel has defended its
    // people", "Chinese citizens have criticized their government", "Iran's regime has denied freedoms to its people".
    // A possessive in its own clause is bound to that clause's subject unless another actor of the pronoun's kind
    // stands between ("Sullivan thanked President Bongo for his leadership": Bongo's), which leaves it open; the
    // subject's own phrase ("its army attacked") and counterparts ("commended his counterparts": another country's)
    // are not bound. Null when any of that fails.
    private Mention? ClauseSubject(List<Mention> mentions, int owned, int pronoun, Kind kind)
    {
        var tokens = _article.Tokens;
        var target = mentions[owned];
        // "His Majesty King Salman", "His Highness President Sheikh Mohamed": an honorific, no possessive.
        if (pronoun + 1 < tokens.Count && tokens[pronoun + 1].Span is "Majesty" or "Highness" or "Excellency" or "Holiness" or "Royal")
            return null;
        for (int t = target.Tokens.First; t < target.Tokens.End; t++)
            if (tokens[t].Span.StartsWith("counterpart", StringComparison.OrdinalIgnoreCase)) return null;
        // Up from the owned phrase's head through nominal arcs to its verb.
        int u = HeadOf(target.Tokens), verb = -1;
        for (int d = 0; u >= 0 && d < 4; d++)
        {
            var rel = tokens[u].Relation ?? "";
            if (rel.StartsWith("nsubj", StringComparison.Ordinal) || rel.StartsWith("csubj", StringComparison.Ordinal)) return null;
            if (!(rel is "obj" or "iobj" or "nmod" or "nmod:poss" || rel.StartsWith("obl", StringComparison.Ordinal))) return null;
            int h = tokens[u].Head;
            if (h < 0) return null;
            if (tokens[h].Upos == Upos.VERB) { verb = h; break; }
            u = h;
        }
        if (verb < 0) return null;
        Mention? subject = null;
        foreach (var m in mentions)
        {
            if (m.Tokens.End > pronoun || m.Code.IsEmpty || ReferenceEquals(m, target)) continue;
            int h = HeadOf(m.Tokens);
            if (tokens[h].Head == verb && tokens[h].Relation == "nsubj") { subject = m; continue; }
            // Another actor of the pronoun's kind after the subject may own it as well.
            if (subject is not null && m.Tokens.First >= subject.Tokens.End && Compatible(m, kind)) return null;
        }
        if (subject is null || !Compatible(subject, kind)) return null;
        return subject;
    }

    // True when the mention is the subject of the object's verb or of a verb above it: "ministers demanded ...,
    // calling them ..." — the verb that shares its subject cannot take it as object.
    private bool SubjectAbove(int mentionHead, int verb)
    {
        var tokens = _article.Tokens;
        if (!(tokens[mentionHead].Relation ?? "").StartsWith("nsubj", StringComparison.Ordinal)) return false;
        int governor = tokens[mentionHead].Head;
        for (int u = verb, d = 0; u >= 0 && d < MaxClimb; u = tokens[u].Head, d++)
            if (u == governor) return true;
        return false;
    }

    private bool Compatible(Mention m, Kind kind)
    {
        // A bare country is one actor, whatever its grammatical number ("the United States said it ...").
        if (m.Code.Value.Length == 3 && ContextCountryPass.IsCountry(m.Code.PrimarySpan)) return kind == Kind.Thing;
        bool person = IsPerson(m);
        bool plural = IsPlural(m.Tokens.End - 1);
        return kind switch
        {
            Kind.Person => person,
            Kind.Group => !person && plural,
            _ => !person && !plural,
        };
    }

    private bool IsPerson(Mention m)
    {
        foreach (var e in m.Evidence)
            if (e.StartsWith("actors/people", StringComparison.Ordinal) || e.StartsWith("in-article person", StringComparison.Ordinal)) return true;
        if (PersonTitles.TitlesIn(_article, m.Tokens).Any()) return true;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (_article.Tokens[t].Entity.Type == EntityType.Person) return true;
        return false;
    }

    // A plural noun (Penn NNS/NNPS; without tags, a lower-case word in -s).
    private bool IsPlural(int t)
    {
        var token = _article.Tokens[t];
        if (token.Xpos is { } x) return x is "NNS" or "NNPS";
        var s = token.Span;
        return s.Length > 3 && char.IsLower(s[0]) && s[^1] == 's';
    }

    private int HeadOf(TokenSpan span)
    {
        var tokens = _article.Tokens;
        int best = span.End - 1, bestDepth = int.MaxValue;
        for (int t = span.First; t < span.End; t++)
        {
            int h = tokens[t].Head;
            if (h >= span.First && h < span.End) continue;
            int depth = 0;
            for (int u = t; depth < MaxClimb && tokens[u].Head >= 0; u = tokens[u].Head) depth++;
            if (depth < bestDepth) { best = t; bestDepth = depth; }
        }
        return best;
    }
}
