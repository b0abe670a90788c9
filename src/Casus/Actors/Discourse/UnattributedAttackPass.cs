using Casus.Actors.Context;
using Casus.Document;
using Casus.Geo;

namespace Casus.Actors.Discourse;

/// <summary>
/// Codes the attackers a sentence does not name as the unidentified armed force of the country of the place struck,
/// the CAMEO convention (docs/formats/actors.md, "Unattributed attacks"): "gunmen killed five policemen in Peshawar"
/// → <c>PAKUAF</c>; "a roadside bomb near the town of Samarra killed one U.S. soldier" → a new mention "a roadside
/// bomb" coded <c>IRQUAF</c>, so that the coder reads the bomb as the one that acted. An attack phrase
/// (<see cref="AttackWords"/>) becomes a mention only where it names no actor of its own ("a Taliban bombing" is the
/// Taliban's, and the event-noun reading codes it) and does the harm of its clause: the subject of a verb, a by-phrase,
/// or the in-phrase of a passive ("were killed in a car bomb explosion"). The place struck is the one country the
/// sentence's places and bare country names point to; with none, or two, nothing changes. Runs after the country
/// passes; per-article state, not thread-safe.
/// </summary>
internal sealed class UnattributedAttackPass
{
    /// <summary>The evidence of a mention this pass made or filled starts with this.</summary>
    public const string NotePrefix = "unattributed attack: ";

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly PlaceCountries _places;
    private readonly AttackWords _words;
    private readonly List<string> _phrase = new(4);

    public UnattributedAttackPass(Article article, int firstMention, PlaceCountries places, AttackWords words)
    {
        _article = article;
        _firstMention = firstMention;
        _places = places;
        _words = words;
    }

    /// <summary>Fills and adds what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        if (_places.IsEmpty || _words.Count == 0 || !AnyCandidate()) return;
        var mentions = _article.MentionsFrom(_firstMention, extra: 2);
        bool changed = false;
        foreach (var sd in _article.SentenceData)
        {
            int first = sd.FirstToken, end = sd.FirstToken + sd.TokenCount;
            int sentence = _article.TokenData.Count > first && sd.TokenCount > 0 ? _article.TokenData[first].Sentence : -1;
            if (sentence < 0) continue;
            // The place struck is looked up only for a sentence with an attacker to give it to.
            (string Country, string Place)? struck = null;
            bool looked = false;
            for (int i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                // Only the attacker of its clause: "would seek to extradite the gunman" or "the departure of foreign
                // fighters and mercenaries" strike no place.
                if (m.Sentence != sentence || !IsUnknownAttacker(m.Code)) continue;
                if (!IsActing(HeadOf(m.Tokens), first)) continue;
                if (!looked) { struck = PlaceStruck(first, end, sentence, mentions); looked = true; }
                if (struck is not { } s) break;
                var code = ActorCode.Parse(s.Country + m.Code.Value[3..]);
                mentions[i] = m with { Code = code, Evidence = [.. m.Evidence, $"{ContextCountry.NotePrefix}{NotePrefix}the place struck, {s.Place} → {code.Value}"] };
                changed = true;
            }
            for (int t = first; t < end; t++)
            {
                if (!IsAttackHead(t, first, end, mentions, sentence, out int from, out var entry)) continue;
                if (!looked) { struck = PlaceStruck(first, end, sentence, mentions); looked = true; }
                if (struck is not { } s) break;
                var code = ActorCode.Parse(s.Country + "UAF");
                var span = new TokenSpan(from, t - from + 1);
                var text = _article.Text[_article.TokenData[from].Start.._article.TokenData[t].End];
                var mention = new Mention(sentence, span, text, code,
                    [$"actors/attacks.txt:{entry.Line} {entry.Entry} → UAF", $"{NotePrefix}no attacker named; the place struck, {s.Place} → {code.Value}"]);
                int at = 0;
                while (at < mentions.Count && (mentions[at].Sentence < sentence || (mentions[at].Sentence == sentence && mentions[at].Tokens.First < from))) at++;
                mentions.Insert(at, mention);
                changed = true;
            }
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    // Most articles have no unknown attacker and no attack word: they are passed over without copying the mentions.
    private bool AnyCandidate()
    {
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++) if (IsUnknownAttacker(all[i].Code)) return true;
        var tokens = _article.TokenData;
        for (int t = 0; t < tokens.Count; t++)
            if (tokens[t].Upos is Upos.NOUN or Upos.PROPN && _words.Holds(_article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start)))
                return true;
        return false;
    }

    /// <summary>An attacker of no known country: a role of unidentified armed force only ("gunmen" → ---UAF).</summary>
    internal static bool IsUnknownAttacker(ActorCode code)
    {
        if (!code.PrimarySpan.SequenceEqual("---")) return false;
        bool uaf = false;
        foreach (var r in code.Roles) { if (r != "UAF") return false; uaf = true; }
        return uaf;
    }

    /// <summary>True when token <paramref name="t"/> heads a noun phrase of the attack words, with no actor in it, that
    /// does the harm of its clause; <paramref name="from"/> is where the phrase starts.</summary>
    private bool IsAttackHead(int t, int first, int end, List<Mention> mentions, int sentence, out int from, out (string Entry, int Line) entry)
    {
        from = t;
        entry = default;
        var tokens = _article.TokenData;
        if (tokens[t].Upos is not (Upos.NOUN or Upos.PROPN) || !_words.Holds(_article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start))) return false;
        var rel = tokens[t].Relation ?? "";
        if (!DoesHarm(t, rel, first, end)) return false;
        // The phrase: the noun with its compound and adjective words before it ("a car bomb explosion", "an improvised
        // explosive device").
        while (from - 1 >= first && tokens[from - 1].Head is int h && (h == t || (h > from - 1 && h < t && tokens[h].Head == t))
            && tokens[from - 1].Relation is { } r && (r.StartsWith("compound", StringComparison.Ordinal) || r == "amod" || r == "punct" && _article.Text[tokens[from - 1].Start] == '-'))
            from--;
        // An actor among the noun's modifiers or in its by-phrase names the attacker ("a Taliban bombing", "Israel's
        // bombing", "the bombing by ISIS"): the event-noun reading has it. One in a place phrase under it ("a device
        // outside the Iraqi city of Basra") is where, not who.
        foreach (var m in mentions)
        {
            if (m.Sentence != sentence) continue;
            if (m.Tokens.First <= t && t < m.Tokens.End) return false;
            int top = Below(HeadOf(m.Tokens), t, first, end);
            if (top < 0) continue;
            var r = tokens[top].Relation ?? "";
            if (r is "amod" or "nmod:poss" or "appos" or "obl:agent" || r.StartsWith("compound", StringComparison.Ordinal) || r.StartsWith("flat", StringComparison.Ordinal))
                return false;
            if (r.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(top, first) is int k and >= 0
                && _article.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start).Equals("by", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        _phrase.Clear();
        for (int i = from; i <= t; i++)
            _phrase.Add(_article.Text.Substring(tokens[i].Start, tokens[i].End - tokens[i].Start).ToLowerInvariant());
        if (_words.Find(_phrase) is not { } found) return false;
        entry = found;
        return true;
    }

    /// <summary>An attacker role acts in its clause unless it is acted on: an object, a conjunct of one, or a nominal
    /// behind any preposition but "by" ("charging the gunman", "the departure of ... mercenaries").</summary>
    private bool IsActing(int t, int first)
    {
        var tokens = _article.TokenData;
        var rel = tokens[t].Relation ?? "";
        if (rel == "conj" && tokens[t].Head >= 0) { t = tokens[t].Head; rel = tokens[t].Relation ?? ""; }
        if (rel is "obj" or "iobj") return false;
        if (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal))
        {
            if (rel == "obl:agent") return true;
            int k = CaseOf(t, first);
            return k >= 0 && _article.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start).Equals("by", StringComparison.OrdinalIgnoreCase);
        }
        return true;
    }

    /// <summary>The phrase does the harm of its clause: subject of a verb, a by-phrase, or the in-phrase of a passive
    /// ("were killed in a bombing").</summary>
    private bool DoesHarm(int t, string rel, int first, int end)
    {
        var tokens = _article.TokenData;
        int head = tokens[t].Head;
        if (head < 0) return false;
        if (rel == "nsubj") return true; // a copula ("the bombing was a tragedy") codes nothing anyway
        if (rel == "obl:agent") return true;
        if (!rel.StartsWith("obl", StringComparison.Ordinal)) return false;
        int k = CaseOf(t, first);
        if (k < 0) return false;
        var word = _article.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
        if (word.Equals("by", StringComparison.OrdinalIgnoreCase)) return true;
        if (!word.Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
        for (int c = first; c < end; c++)
            if (tokens[c].Head == head && tokens[c].Relation is "nsubj:pass" or "aux:pass") return true;
        return false;
    }

    private int CaseOf(int t, int first)
    {
        var tokens = _article.TokenData;
        for (int c = first; c < t; c++)
            if (tokens[c].Head == t && tokens[c].Relation == "case") return c;
        return -1;
    }

    // The child of node top on the way up from node n (n itself when it hangs on top); -1 when n is not under top.
    private int Below(int n, int top, int first, int end)
    {
        var tokens = _article.TokenData;
        for (int guard = 0; n >= first && n < end && guard < 64; guard++)
        {
            int h = tokens[n].Head;
            if (h == top) return n;
            n = h;
        }
        return -1;
    }

    // The token of a span whose head lies outside it.
    private int HeadOf(TokenSpan span)
    {
        var tokens = _article.TokenData;
        for (int t = span.First; t < span.End; t++)
            if (tokens[t].Head < span.First || tokens[t].Head >= span.End) return t;
        return span.End - 1;
    }

    /// <summary>The one country the sentence's places point to: gazetteer places outside mentions (not destinations),
    /// bare country names, and seats of government behind a place preposition ("in Kabul", "of eastern Beirut"); null when it names
    /// none, or more than one.</summary>
    private (string Country, string Place)? PlaceStruck(int first, int end, int sentence, List<Mention> mentions)
    {
        string? country = null, place = null;
        bool Take(string c, string p)
        {
            if (country is null) { country = c; place = p; return true; }
            return country == c;
        }
        foreach (var (p, c) in ArticleCountryPass.Places(_article, _places, first, end, mentions, sentence))
            if (!Take(c, p)) return null;
        var tokens = _article.TokenData;
        foreach (var m in mentions)
        {
            if (m.Sentence != sentence || !ContextCountryPass.IsCountry(m.Code.PrimarySpan)) continue;
            int before = m.Tokens.First - 1;
            var prep = before >= first ? _article.Text.AsSpan(tokens[before].Start, tokens[before].End - tokens[before].Start) : default;
            if (prep is "to" or "into" or "toward" or "towards") continue;
            bool bare = m.Code.Value.Length == 3;
            int head = HeadOf(m.Tokens);
            bool seat = m.Code.Value.Length == 6 && m.Code.Value.EndsWith("GOV", StringComparison.Ordinal)
                && tokens[head].Upos == Upos.PROPN && IsSeatName(m)
                && (IsPlacePreposition(prep) || CaseOf(head, first) is int k and >= 0
                    && IsPlacePreposition(_article.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start)));
            if (!bare && !seat) continue;
            if (!Take(m.Code.Primary, $"'{m.Text}'")) return null;
        }
        return country is null ? null : (country, place!);
    }

    // A seat of government named as a city ("Kabul", "eastern Beirut"): its only dictionary line is a country line,
    // no role word or office ("the Kabul government" is an actor, not a place).
    internal static bool IsSeatName(Mention m)
    {
        int lines = 0;
        foreach (var e in m.Evidence)
        {
            if (e.StartsWith("actors/", StringComparison.Ordinal)) lines++;
            if (e.StartsWith("actors/roles.txt", StringComparison.Ordinal)) return false;
        }
        return lines == 1;
    }

    private static bool IsPlacePreposition(ReadOnlySpan<char> w) =>
        w is "in" or "at" or "near" or "outside" or "inside" or "across" or "throughout" or "around" or "within" or "of";
}
