using Casus.Actors.Context;
using Casus.Document;

namespace Casus.Actors.Coreference;

/// <summary>
/// "The delegation", "the embassy", "the mission" with no country of their own take the country of the article's
/// earlier mentions of the same office noun that have one (docs/formats/actors.md, "Coreference", "The delegation"):
/// "a United States interagency delegation traveled to Haiti ... The delegation met with the Haitian National
/// Police" → <c>USAGOV</c>. A readout names its delegation once with the country and then writes "the delegation"; the
/// country passes refuse diplomats (a diplomat's country is not the one near them), and the publisher's guess leaves
/// them open (a government's readouts host foreign delegations too). Only a definite, singular phrase whose head is a
/// diplomacy office noun (data/actors/diplomacy.txt), only when every earlier mention of that noun with a country
/// names the same one: "the Mexican delegation" and "the U.S. delegation" before it leave "the delegation" open.
/// Runs after the country passes, so that the earlier mentions have theirs; per-article, not thread-safe.
/// </summary>
internal sealed class DiplomatAntecedentPass
{
    /// <summary>First evidence line of a mention this pass filled.</summary>
    public const string NotePrefix = "coreference: ";

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly DiplomacyWords _words;

    public DiplomatAntecedentPass(Article article, int firstMention, DiplomacyWords words)
    {
        _article = article;
        _firstMention = firstMention;
        _words = words;
    }

    public void Run()
    {
        if (_article.TokenData.Count == 0) return;
        var all = _article.Mentions;
        List<Mention>? mentions = null;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Members is not null || !ContextCountryPass.NeedsCountry(m.Code)) continue;
            string note;
            Mention? by;
            if (IsBareDefinite(m, out var head))
            {
                by = Antecedent(all, m, head);
                note = $"{NotePrefix}'{m.Text}' → '{by?.Text}' (sentence {by?.Sentence}): the article's one country for its {head}";
            }
            else
            {
                // The delegation that is introduced: its leader's or members' country.
                by = _words.IsDiplomat(_article.Tokens[m.Tokens.End - 1].Text) ? Introducer(all, m.Tokens.End - 1) : null;
                note = $"country from its leader or members: '{by?.Text}'";
            }
            if (by is null) continue;
            mentions ??= _article.MentionsFrom(_firstMention);
            var code = ActorCode.Parse(by.Code.Primary + m.Code.Value[3..]);
            var evidence = new List<string>(m.Evidence.Count + 1) { $"{note} → {code.Value}" };
            evidence.AddRange(m.Evidence);
            mentions[i - _firstMention] = m with { Code = code, Evidence = evidence };
        }
        if (mentions is not null) _article.ReplaceMentions(_firstMention, mentions);
    }

    // A one-word phrase after "the" or "this" whose word is a singular diplomacy office noun ("the delegation", "this
    // delegation"; not "their delegation", "a delegation", "the delegations").
    private bool IsBareDefinite(Mention m, out string head)
    {
        head = "";
        var tokens = _article.Tokens;
        if (m.Tokens.Count != 1 || m.Tokens.First == 0) return false;
        var word = tokens[m.Tokens.First];
        // Lower-case modifiers of the noun may stand between ("the full interagency delegation").
        int b = m.Tokens.First - 1;
        while (b > 0 && tokens[b].SentenceIndex == m.Sentence && tokens[b].Head == m.Tokens.First && tokens[b].Relation is "amod" or "compound"
            && tokens[b].Span.Length > 0 && char.IsLower(tokens[b].Span[0])) b--;
        var before = tokens[b];
        if (before.SentenceIndex != m.Sentence || !(before.Span.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Span.Equals("this", StringComparison.OrdinalIgnoreCase))) return false;
        if (!_words.IsDiplomat(word.Text) || IsPlural(word)) return false;
        head = word.Text.ToLowerInvariant();
        return true;
    }

    private static bool IsPlural(Token token) =>
        token.Xpos is { } x ? x is "NNS" or "NNPS" : token.Span.Length > 3 && token.Span[^1] is 's' or 'S';

    // The earlier mentions whose last word is the same noun and that have a country: their one country's latest, or
    // null when there are none or they name more than one.
    private Mention? Antecedent(IReadOnlyList<Mention> all, Mention m, string head)
    {
        var tokens = _article.Tokens;
        Mention? found = null;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var a = all[i];
            if (a.Tokens.First >= m.Tokens.First) continue;
            if (a.Members is not null || !tokens[a.Tokens.End - 1].Span.Equals(head, StringComparison.OrdinalIgnoreCase)) continue;
            var own = ContextCountryPass.IsCountry(a.Code.Primary) ? a : Introducer(all, a.Tokens.End - 1);
            if (own is null) continue;
            if (found is not null && found.Code.Primary != own.Code.Primary) return null;
            found = own;
        }
        return found;
    }

    // The actor who says whose an introduced delegation is: its leader ("Dr. Sherwood-Randall led an interagency
    // delegation", "a delegation led by Mexico's Secretary of Security") or its members ("a delegation of high-level
    // U.S. officials"), when that actor has a country of its own; null otherwise.
    private Mention? Introducer(IReadOnlyList<Mention> all, int head)
    {
        var tokens = _article.Tokens;
        var h = tokens[head];
        // "X led a delegation": the subject of the leading verb that has the noun as its object.
        if (h.Relation == "obj" && h.Head >= 0 && IsLead(tokens[h.Head]) && Dependent(all, h.Head, "nsubj") is { } leader) return leader;
        var sd = _article.SentenceData[tokens[head].SentenceIndex];
        for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
        {
            if (tokens[t].Head != head) continue;
            // "a delegation of U.S. officials"
            // ("a delegation of high-level U.S. officials": a parse may hang the people on a word between).
            if (tokens[t].Relation == "nmod" && HasCase(t, "of") && (CountryAt(all, t) ?? Dependent(all, t, "nmod")) is { } members) return members;
            // "a delegation led by Mexico's Secretary": the agent of the participle hung on the noun.
            if (tokens[t].Relation is "acl" && IsLead(tokens[t]) && Dependent(all, t, "obl:agent", "obl") is { } agent) return agent;
        }
        return null;
    }

    // The verb "lead" by its lemma, or by its forms where the parse gives none.
    private static bool IsLead(Token token) =>
        token.Lemma is { Length: > 0 } lemma ? lemma.Equals("lead", StringComparison.OrdinalIgnoreCase)
            : token.Text.ToLowerInvariant() is "lead" or "led" or "leads" or "leading";

    // The mention with a country at a dependent of the verb with one of the relations.
    private Mention? Dependent(IReadOnlyList<Mention> all, int verb, params string[] relations)
    {
        var tokens = _article.Tokens;
        var sd = _article.SentenceData[tokens[verb].SentenceIndex];
        for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
            if (tokens[t].Head == verb && tokens[t].Relation is { } r && Array.IndexOf(relations, r) >= 0 && CountryAt(all, t) is { } m) return m;
        return null;
    }

    private bool HasCase(int t, string word)
    {
        var tokens = _article.Tokens;
        var sd = _article.SentenceData[tokens[t].SentenceIndex];
        for (int c = sd.FirstToken; c < t; c++)
            if (tokens[c].Head == t && tokens[c].Relation == "case" && tokens[c].Span.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The mention over token t, when it has a country of its own.
    private static Mention? CountryAt(IReadOnlyList<Mention> all, int t)
    {
        foreach (var m in all)
            if (t >= m.Tokens.First && t < m.Tokens.End && m.Members is null && ContextCountryPass.IsCountry(m.Code.Primary)) return m;
        return null;
    }
}
