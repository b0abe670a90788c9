using Casus.Actors.Context;
using Casus.Actors.People;
using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// The last resort for a state's role left without a country (<c>---GOV</c>, <c>---MIL</c>, <c>---LEG</c>...) in an
/// article a government publishes on its own site (docs/formats/actors.md, "Country of the publisher"). First, a
/// named person takes the country of a fuller mention of the same name in the article ("President Yoon" after
/// "President Yoon Suk Yeol" → KORGOV). Then one officeholder or body of the state ("the Vice President", "the
/// Administration", "Congress", "National Security Advisor Jake Sullivan") takes the publisher's country: a
/// government's statements and readouts name foreign officials with their country and its own without. Groups of
/// several countries ("the leaders", "officials", "both governments"), possessed roles ("their militaries") and a
/// title the article gives only to foreigners ("the Prime Minister" after "Prime Minister Kishida") stay open. Runs
/// after <see cref="ArticleCountryPass"/>; per-article state, not thread-safe.
/// </summary>
internal sealed class PublisherCountryPass
{
    /// <summary>The evidence line of a fill starts with the context prefix, so the coder treats it as context.</summary>
    public const string NotePrefix = ContextCountry.NotePrefix + "publisher: ";

    /// <summary>The evidence line of a name shared with a fuller mention (also a context country).</summary>
    public const string NameNotePrefix = ContextCountry.NotePrefix + "same name: ";

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly ContextCountryOptions _options;
    private readonly PublisherCountries _publishers;
    private readonly List<string> _titles = new(); // ForeignTitle's scratch

    public PublisherCountryPass(Article article, int firstMention, ContextCountryOptions options, PublisherCountries publishers)
    {
        _article = article;
        _firstMention = firstMention;
        _options = options;
        _publishers = publishers;
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        if (!_options.Publisher) return;
        var all = _article.Mentions;
        bool any = false;
        for (int i = _firstMention; i < all.Count && !any; i++) any = ContextCountryPass.NeedsCountry(all[i].Code) && IsStateRole(all[i].Code);
        if (!any) return;
        var publisher = _publishers.Find(_article.Metadata.Url);
        var mentions = _article.MentionsFrom(_firstMention);
        // Evidence is read from the mentions as they stand before this pass, never from a country it filled.
        var original = mentions.ToArray();
        var guards = new ContextCountryPass(_article, _firstMention, _options);
        List<(int, Mention, Mention)>? refused = null;
        bool changed = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!ContextCountryPass.NeedsCountry(m.Code) || !IsStateRole(m.Code)) continue;
            if (guards.IsPeerGroup(m) || ArticleCountryPass.IsPeers(_article, m) || IsPluralHead(m)) continue;
            if (ArticleCountryPass.HasPossessivePronoun(_article, m)) continue;
            bool named = guards.HasName(m);
            if (named && SameName(m, original) is { } same)
            {
                mentions[i] = Fill(m, same.Code.Primary, $"{NameNotePrefix}'{same.Text}' (sentence {same.Sentence})");
                changed = true;
                continue;
            }
            if (publisher is not { } p || guards.IsForeignOrDiplomat(m)) continue;
            // A common noun ("the regime", "the military", "government", "police") is anyone's in a government's
            // statements about other countries; its own offices are titled ("the Secretary") or named ("the
            // Administration", "Congress", "the Coast Guard").
            // The exception is a body the publisher's list names as the government's own under a common noun ("my
            // administration"): it is the publisher's unless another country's actor is hung on it.
            string? ownBody = named ? null : OwnBody(m, p.Country, original);
            if (!named && ownBody is null && !PersonTitles.TitlesIn(_article, m.Tokens).Any() && !IsProperName(m)) continue;
            if (NotOwnWord(m, p.Country) is { } rule)
            {
                mentions[i] = m with { Evidence = [.. m.Evidence, $"country of the publisher left open: its government has no such office ({rule})"] };
                changed = true;
                continue;
            }
            // "a leader in diagnostics", "an official": an indefinite phrase is not the one officeholder.
            if (IsIndefinite(m)) continue;
            if (ForeignTitle(m, original, p.Country) is { } foreigner)
            {
                // Shown in --explain: why a government's own publication did not give its country here.
                mentions[i] = m with { Evidence = [.. m.Evidence, $"country of the publisher left open: the article gives its title to another: '{foreigner.Text}' ({foreigner.Code.Value})"] };
                (refused ??= []).Add((i, m, foreigner));
                changed = true;
                continue;
            }
            var host = PublisherCountries.HostOf(_article.Metadata.Url);
            var why = ownBody is null ? p.Evidence : $"{p.Evidence}; {ownBody}";
            mentions[i] = Fill(m, p.Country, $"{NotePrefix}{host} is a government site ({why})");
            changed = true;
        }
        if (refused is not null && publisher is { } own) changed |= OwnHolders(mentions, refused, own);
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    // "National Security Advisor Jake Sullivan met ... The National Security Advisor and Foreign Minister discussed":
    // a bare title of an office every state has many of, refused because a named holder had no country, is the
    // publisher's after all when that holder got the publisher's country in this pass and no other country's holder of
    // the title stands in the article.
    private bool OwnHolders(List<Mention> mentions, List<(int Index, Mention Before, Mention Holder)> refused, (string Country, string Evidence) publisher)
    {
        var filled = mentions.ToArray();
        bool changed = false;
        foreach (var (i, before, holder) in refused)
        {
            // A state's one president or prime minister is in the people dictionaries: a named one they lack is more
            // often another state's, whatever this pass guessed for the name.
            if (SingleHolder(PersonTitles.TitlesIn(_article, before.Tokens).ToList())) continue;
            int h = Array.FindIndex(filled, x => x.Tokens.First == holder.Tokens.First && x.Sentence == holder.Sentence);
            if (h < 0 || !filled[h].Code.PrimarySpan.SequenceEqual(publisher.Country) || !filled[h].Evidence.Any(e => e.StartsWith(NotePrefix, StringComparison.Ordinal))) continue;
            if (ForeignTitle(before, filled, publisher.Country) is not null) continue;
            var host = PublisherCountries.HostOf(_article.Metadata.Url);
            mentions[i] = Fill(before, publisher.Country, $"{NotePrefix}{host} is a government site ({publisher.Evidence}); the article's holder of the title, '{holder.Text}', is its own");
            changed = true;
        }
        return changed;
    }

    private static Mention Fill(Mention m, string country, string note)
    {
        var code = ActorCode.Parse(country + m.Code.Value[3..]);
        return m with { Code = code, Evidence = [.. m.Evidence, $"{note} → {code.Value}"] };
    }

    // The roles of a state's own offices and bodies; civilians, businesses, parties and rebels in a government's
    // statements are as often foreign as its own ("civilians in Gaza", "the parties").
    // (Asked of every mention of every article: the roles are read in place, not made strings of.)
    private static bool IsStateRole(ActorCode code) => code.HasRole("GOV") || code.HasRole("MIL") || code.HasRole("LEG")
        || code.HasRole("JUD") || code.HasRole("SPY") || code.HasRole("COP");

    // "officials", "forces", "governments": a plural head is, in readouts and joint statements, as often the other
    // side's or both sides' as the publisher's.
    private bool IsPluralHead(Mention m)
    {
        var token = _article.Tokens[HeadOf(m)];
        if (token.Xpos is { } x) return x is "NNS" or "NNPS";
        // Without tags, a common noun in -s ("officials"), never a name ("Coons").
        var w = token.Span;
        return token.Upos != Upos.PROPN && w.Length > 3 && w[^1] is 's' or 'S' && w[^2] is not ('s' or 'S' or 'u' or 'i');
    }

    // A word of the phrase naming an office the publisher's government does not have ("Foreign Minister Leyva" on a
    // US site), with its rule.
    private string? NotOwnWord(Mention m, string country)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (_publishers.NotOwn(country, tokens[t].Span) is { } rule) return rule;
        return null;
    }

    // The rule naming the phrase's head as the publisher's own body ("administration"), or null. Not when a word hung on
    // the head lies in a mention of another country or one left without a country ("the Maduro administration",
    // "President Arévalo's administration"): such a modifier says whose it is. Possessive pronouns are refused earlier.
    private string? OwnBody(Mention m, string country, Mention[] mentions)
    {
        int head = HeadOf(m);
        var tokens = _article.Tokens;
        if (_publishers.OwnBody(country, tokens[head].Text) is not { } rule) return null;
        var sd = _article.SentenceData[m.Sentence];
        for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
        {
            if (tokens[t].Head != head || t == head) continue;
            // "the incoming administration", "the previous administration": another government than the one writing.
            if (tokens[t].Relation == "amod") return null;
            if (tokens[t].Upos is not (Upos.PROPN or Upos.ADJ or Upos.NOUN)) continue;
            foreach (var s in mentions)
            {
                if (ReferenceEquals(s, m) || s.Sentence != m.Sentence || t < s.Tokens.First || t >= s.Tokens.End) continue;
                if (!s.Code.PrimarySpan.SequenceEqual(country)) return null;
            }
        }
        return rule;
    }

    // A capitalised head that does not start its sentence: an institution's name ("the Administration", "Congress").
    private bool IsProperName(Mention m)
    {
        int head = HeadOf(m);
        var w = _article.Tokens[head].Span;
        return w.Length > 0 && char.IsUpper(w[0]) && head > _article.SentenceData[m.Sentence].FirstToken;
    }

    // The phrase's head: its token whose head lies outside it (without a parse, its last token).
    private int HeadOf(Mention m)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            int h = tokens[t].Head;
            if (h >= 0 && (h < m.Tokens.First || h >= m.Tokens.End)) return t;
        }
        return m.Tokens.End - 1;
    }

    // The name words of a phrase: capitalised proper nouns that are not title words ("President Yoon" → "Yoon"), nor
    // the capitalised words of a many-word title ("National Security Advisor Jake Sullivan" → "Jake", "Sullivan":
    // government texts capitalise "National Security" before "Advisor" as they do the name after it).
    private List<string> NameWords(Mention m)
    {
        var tokens = _article.Tokens;
        var words = new List<string>();
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            var token = tokens[t];
            // What follows a preposition names the office's state or body, not its holder ("Secretary General of
            // Japan", "Suh Hoon of the Republic of Korea").
            if (token.Upos == Upos.ADP) break;
            if (!IsNameWord(token) || ModifiesTitle(m, t)) continue;
            words.Add(token.Text);
        }
        return words;
    }

    private static bool IsNameWord(Token token) =>
        token.Upos == Upos.PROPN && char.IsUpper(token.Span[0]) && !PersonTitles.IsTitle(token.Span) && !PersonTitles.IsHonorific(token.Span);

    // A word of a run of capitalised words that ends in a title word inside the phrase ("National", "Security" before
    // "Advisor"; "Principal", "Deputy" before "National Security Advisor").
    private bool ModifiesTitle(Mention m, int t)
    {
        var tokens = _article.Tokens;
        for (int n = t + 1; n < m.Tokens.End; n++)
        {
            var next = tokens[n];
            if (PersonTitles.IsTitle(next.Span)) return true;
            if (!IsNameWord(next)) return false;
        }
        return false;
    }

    // A person mention with a country of its own whose words hold every name word of the phrase ("President Yoon Suk
    // Yeol" for "President Yoon": a surname need not be the last word). Nothing when two countries' people share it.
    private Mention? SameName(Mention m, Mention[] mentions)
    {
        var names = NameWords(m);
        if (names.Count == 0) return null;
        var tokens = _article.Tokens;
        Mention? found = null;
        foreach (var s in mentions)
        {
            // The code's letters read in place: this runs for every mention per named phrase.
            if (ReferenceEquals(s, m) || !ContextCountryPass.IsCountry(s.Code.PrimarySpan) || ContextCountry.FromContext(s)) continue;
            if (s.Tokens.End - s.Tokens.First <= names.Count) continue; // a fuller mention, not the same short one
            bool all = true;
            foreach (var n in names)
            {
                bool has = false;
                for (int t = s.Tokens.First; t < s.Tokens.End && !has; t++) has = tokens[t].Span.Equals(n, StringComparison.Ordinal);
                if (!has) { all = false; break; }
            }
            if (!all) continue;
            if (found is not null && !found.Code.PrimarySpan.SequenceEqual(s.Code.PrimarySpan)) return null;
            found ??= s;
        }
        return found;
    }

    // A person of another country who holds the phrase's title in this article, when none of the publisher's country
    // does: "the Prime Minister" in a White House readout of a meeting with Prime Minister Kishida is Kishida.
    private Mention? ForeignTitle(Mention m, Mention[] mentions, string publisher)
    {
        var titles = PersonTitles.TitlesIn(_article, m.Tokens).ToList();
        if (titles.Count == 0) return null;
        // Two differently named holders are two people only for civilian offices: a readout names its own National
        // Security Advisor without the country, but a general or admiral it names is as often the other side's
        // ("General Halevi" beside "General Brown", chief of the Israeli staff); a military rank stays open.
        bool civilian = !m.Code.HasRole("MIL");
        Mention? foreigner = null;
        foreach (var s in mentions)
        {
            if (ReferenceEquals(s, m)) continue;
            bool shares = false;
            // One list for every mention's titles: this runs for each mention per phrase judged.
            var others = _titles;
            others.Clear();
            PersonTitles.AddTitlesIn(_article, s.Tokens, others);
            foreach (var t in others)
                if (titles.Contains(t)) { shares = true; break; }
            if (!shares) continue;
            // Two differently named holders of an office every state has many of ("National Security Advisor Jake
            // Sullivan" beside "National Security Advisor Suh Hoon of Korea") are two people: the other's country
            // says nothing of this one's. A state's single holders are known to the people dictionaries instead.
            if (civilian && !SingleHolder(titles) && HasNameWord(m) && HasNameWord(s) && !SharesName(m, s)) continue;
            bool own = ContextCountryPass.IsCountry(s.Code.PrimarySpan) && !ContextCountry.FromContext(s);
            if (own && s.Code.PrimarySpan.SequenceEqual(publisher))
            {
                // A state has one president: "President Yoon" beside "President Biden" (the publisher's) is the other.
                if (HasNameWord(m) && HasNameWord(s) && SingleHolder(titles) && !SharesName(m, s)) { foreigner ??= s; continue; }
                return null;
            }
            // Two names that share no word are two people: the other country's holder of the title is the counterpart,
            // and says nothing of whose the named one is ("National Security Advisor Jake Sullivan spoke with Israeli
            // National Security Advisor Meir Ben Shabbat": a government's readout marks the foreigner's country and
            // leaves its own official's unsaid). Offices of one holder are left to the people dictionary, which knows
            // the publisher's own president or prime minister: an unknown one beside another is more often a third.
            if (civilian && !SingleHolder(titles) && DifferentPeople(m, s)) continue;
            // Another country's officeholder, or a named one the article leaves without a country ("Prime Minister Modi")
            // — not the phrase's own person named again ("National Security Advisor Sullivan" after "... Jake
            // Sullivan", "Deputy Secretary Sherman" in each line of a list), nor a title whose capitalised words are no name
            // ("the National Security Advisor").
            if (foreigner is null && (own || (s.Code.PrimarySpan.SequenceEqual("---") && PersonalName(s).Count > 0 && !SamePerson(m, s) && !SharesName(m, s)))) foreigner = s;
        }
        return foreigner;
    }

    private bool HasNameWord(Mention m) => NameWords(m).Count > 0;

    // Both phrases name a person after their titles, and the names share a word ("Jake Sullivan", "Sullivan").
    private bool SamePerson(Mention a, Mention b)
    {
        var first = PersonalName(a);
        if (first.Count == 0) return false;
        foreach (var w in PersonalName(b)) if (first.Contains(w)) return true;
        return false;
    }

    // Both phrases name a person after their titles, and the names share no word ("Jake Sullivan", "Meir Ben Shabbat").
    private bool DifferentPeople(Mention a, Mention b)
    {
        var first = PersonalName(a);
        if (first.Count == 0) return false;
        var second = PersonalName(b);
        if (second.Count == 0) return false;
        foreach (var w in first) if (second.Contains(w)) return false;
        return true;
    }

    // The name words after the phrase's titles: the person's name, not the office's capitalised words ("National
    // Security Advisor Jake Sullivan" → Jake, Sullivan; a name word that is also a title, "Dov Amir", stays a name).
    // Empty when no title precedes a name.
    private List<string> PersonalName(Mention m)
    {
        var tokens = _article.Tokens;
        var words = new List<string>();
        bool titled = false;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            var token = tokens[t];
            // As in NameWords: what follows a preposition names the office's state, not its holder.
            if (token.Upos == Upos.ADP) break;
            bool name = token.Upos == Upos.PROPN && char.IsUpper(token.Span[0]);
            if (words.Count == 0 && (PersonTitles.IsTitle(token.Span) || PersonTitles.IsHonorific(token.Span))) titled = true;
            else if (titled && name) words.Add(token.Text);
        }
        return words;
    }

    // Offices a state has one holder of at a time.
    private static bool SingleHolder(List<string> titles)
    {
        foreach (var t in titles) if (t is "president" or "vice president" or "prime minister" or "premier" or "chancellor") return true;
        return false;
    }

    private bool SharesName(Mention a, Mention b)
    {
        var other = NameWords(b);
        foreach (var w in NameWords(a)) if (other.Contains(w)) return true;
        return false;
    }

    private bool IsIndefinite(Mention m)
    {
        var w = _article.Tokens[m.Tokens.First].Span;
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) return true;
        int before = m.Tokens.First - 1;
        if (before < _article.SentenceData[m.Sentence].FirstToken) return false;
        var b = _article.Tokens[before].Span;
        return b.Equals("a", StringComparison.OrdinalIgnoreCase) || b.Equals("an", StringComparison.OrdinalIgnoreCase);
    }
}
