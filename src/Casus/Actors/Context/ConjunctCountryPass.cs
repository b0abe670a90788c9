using Casus.Actors.Discourse;
using Casus.Actors.People;
using Casus.Document;

namespace Casus.Actors.Context;

/// <summary>
/// A titled name without a country, listed after a dictionary person who heads the coordination, takes that person's
/// country when no conjunct names another (docs/formats/actors.md, "Named people without a code, second round"): "King Abdullah and Crown Prince
/// Hussein" → JORGOV, "met with President Andrés Manuel López Obrador, Foreign Secretary Marcelo Ebrard, ..." →
/// MEXGOV. Readouts list one government's people together and write the country once, if at all. Only a conjunct the
/// people dictionaries code gives a country, never the publishing government's own (its people stand beside foreign
/// ones: "Secretary Blinken and Foreign Minister Wang"), and never when the coordination holds two countries. Runs
/// after the sentence pass, before the headline and publisher passes. Per-article state; not thread-safe.
/// </summary>
internal sealed class ConjunctCountryPass
{
    /// <summary>The evidence line of a fill (a context country to the coder).</summary>
    public const string NotePrefix = ContextCountry.NotePrefix + "conjunct: ";

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly PublisherCountries _publishers;

    public ConjunctCountryPass(Article article, int firstMention, PublisherCountries publishers)
    {
        _article = article;
        _firstMention = firstMention;
        _publishers = publishers;
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        var all = _article.Mentions;
        List<Mention>? mentions = null;
        string? own = null;
        bool ownRead = false;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (!ContextCountryPass.NeedsCountry(m.Code) || !TitledName(m)) continue;
            var sd = _article.SentenceData[m.Sentence];
            int first = sd.FirstToken, end = sd.FirstToken + sd.TokenCount;
            if (!ParseComposer.IsParsed(_article, first, end)) continue;
            if (ConjunctCountry(all, m, first, end) is not { } found) continue;
            if (!ownRead) { own = _publishers.Find(_article.Metadata?.Url)?.Country; ownRead = true; }
            if (found.Country == own) continue;
            mentions ??= _article.MentionsFrom(_firstMention);
            var code = ActorCode.Parse(found.Country + m.Code.Value[3..]);
            mentions[i - _firstMention] = m with { Code = code, Evidence = [.. m.Evidence, $"{NotePrefix}'{found.Text}' (same coordination) → {code.Value}"] };
        }
        if (mentions is not null) _article.ReplaceMentions(_firstMention, mentions);
    }

    // A title and a capitalised proper noun that is no title word: "Foreign Secretary Marcelo Ebrard", "Crown Prince
    // Hussein"; not a bare title ("the Foreign Secretary") nor a plural.
    private bool TitledName(Mention m)
    {
        var tokens = _article.Tokens;
        bool title = false, name = false;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            var w = tokens[t].Span;
            if (tokens[t].Xpos is "NNS" or "NNPS") return false;
            if (PersonTitles.IsTitle(w) || PersonTitles.IsHonorific(w) || t + 1 < m.Tokens.End && PersonTitles.TitleBefore(_article, t, t + 2) == 2) title = true;
            else if (title && tokens[t].Upos == Upos.PROPN && char.IsUpper(w[0])) name = true;
        }
        return title && name;
    }

    // The one country of the dictionary people coordinated with the phrase's head, or null (none, or two).
    private (string Country, string Text)? ConjunctCountry(IReadOnlyList<Mention> all, Mention m, int first, int end)
    {
        var tokens = _article.Tokens;
        int head = HeadOf(m);
        if (head < 0) return null;
        // UD hangs every conjunct on the first: climb to it, then take its conj dependents.
        int root = head;
        while ((tokens[root].Relation ?? "") == "conj" && tokens[root].Head >= first && tokens[root].Head < end) root = tokens[root].Head;
        // The list's first conjunct is its head person ("President X, Foreign Secretary Y, ..."): only a dictionary
        // person there gives a country; a list of leaders ("President X, President Biden, and Prime Minister Trudeau")
        // names several heads, and its first is no one's superior.
        if (root >= m.Tokens.First && root < m.Tokens.End) return null;
        var lead = MentionAt(all, m.Sentence, root);
        if (lead is null || !ContextCountryPass.IsCountry(lead.Code.Primary) || !FromPeople(lead)) return null;
        var country = lead.Code.Primary;
        for (int t = first; t < end; t++)
        {
            if (!((tokens[t].Relation ?? "") == "conj" && tokens[t].Head == root)) continue;
            if (t >= m.Tokens.First && t < m.Tokens.End) continue;
            var other = MentionAt(all, m.Sentence, t);
            if (other is null || ReferenceEquals(other, lead)) continue;
            // Another country in the list: not one government's people.
            if (ContextCountryPass.IsCountry(other.Code.Primary) && other.Code.Primary != country) return null;
        }
        return (country, lead.Text);
    }

    private int HeadOf(Mention m)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            int h = tokens[t].Head;
            if (h < m.Tokens.First || h >= m.Tokens.End) return t;
        }
        return -1;
    }

    private Mention? MentionAt(IReadOnlyList<Mention> all, int sentence, int t)
    {
        for (int i = _firstMention; i < all.Count; i++)
        {
            var o = all[i];
            if (o.Sentence == sentence && t >= o.Tokens.First && t < o.Tokens.End) return o;
        }
        return null;
    }

    // A person the people dictionaries code: their country is theirs, not a guess of context.
    private static bool FromPeople(Mention m)
    {
        foreach (var e in m.Evidence)
        {
            if (e.StartsWith(ContextCountry.NotePrefix, StringComparison.Ordinal)) return false;
        }
        foreach (var e in m.Evidence)
            if (e.StartsWith("actors/people", StringComparison.Ordinal)) return true;
        return false;
    }
}
