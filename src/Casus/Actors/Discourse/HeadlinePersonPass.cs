using Casus.Actors.Context;
using Casus.Actors.People;
using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// A person the headline names with a country ("Readout of President Biden's Meeting with President Bernardo Arévalo
/// of Guatemala") is that country's wherever the body names them without one: "President Arévalo" → GTMGOV, and
/// the bare title "the Prime Minister" when the headline's one holder of it is "Prime Minister Kishida Fumio of
/// Japan" (docs/formats/actors.md, "Country from the headline"). Readouts and statements put the visitor's country in
/// the headline and leave it out of the text. Runs before <see cref="PublisherCountryPass"/>, whose guess (the
/// publisher's own official) the headline overrules; per-article state, not thread-safe.
/// </summary>
internal sealed class HeadlinePersonPass
{
    /// <summary>The evidence line of a fill (a context country to the coder).</summary>
    public const string NotePrefix = ContextCountry.NotePrefix + "headline: ";

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly ActorDictionary _dictionary;
    private readonly HeadlineTokens _headline;

    public HeadlinePersonPass(Article article, int firstMention, ActorDictionary dictionary, HeadlineTokens headline)
    {
        _article = article;
        _firstMention = firstMention;
        _dictionary = dictionary;
        _headline = headline;
    }

    /// <summary>One person of the headline: title words, name words and the country of the "of" phrase after them.</summary>
    internal sealed record Holder(string Text, IReadOnlyList<string> Titles, IReadOnlyList<string> Names, string Country)
    {
        /// <summary>Fits named phrases only (a conjunct of the headline: its bare title may be another's).</summary>
        public bool NamedOnly { get; init; }
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        var title = _article.Metadata.Title;
        if (string.IsNullOrWhiteSpace(title)) return;
        var all = _article.Mentions;
        bool any = false;
        for (int i = _firstMention; i < all.Count && !any; i++) any = ContextCountryPass.NeedsCountry(all[i].Code);
        if (!any) return;
        if (_headline.Get() is not { } headline) return;
        var holders = Holders(headline);
        if (holders.Count == 0) return;
        var mentions = _article.MentionsFrom(_firstMention);
        var original = mentions.ToArray();
        var guards = new ContextCountryPass(_article, _firstMention, ContextCountryOptions.Default);
        bool changed = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!ContextCountryPass.NeedsCountry(m.Code)) continue;
            // "the two Prime Ministers", "their counterparts": several people or another's, never the headline's one.
            if (guards.IsPeerGroup(m) || ArticleCountryPass.IsPeers(_article, m) || IsPlural(m)) continue;
            if (ArticleCountryPass.HasPossessivePronoun(_article, m)) continue;
            var titles = PersonTitles.TitlesIn(_article, m.Tokens).ToList();
            var names = NameWords(m);
            Holder? found = null;
            bool clash = false;
            foreach (var h in holders)
            {
                if (!Fits(h, titles, names)) continue;
                if (found is not null && found.Country != h.Country) clash = true;
                found ??= h;
            }
            if (found is null || clash) continue;
            // A bare title the body also gives another country's person ("the Prime Minister" beside "Israeli Prime
            // Minister Benjamin Netanyahu") may be that one.
            if (names.Count == 0 && OtherHolder(m, titles, found.Country, original)) continue;
            var code = ActorCode.Parse(found.Country + m.Code.Value[3..]);
            mentions[i] = m with { Code = code, Evidence = [.. m.Evidence, $"{NotePrefix}'{found.Text}' → {code.Value}"] };
            changed = true;
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    // A named phrase fits a holder when one's name words hold all the other's ("President Arévalo" and "President
    // Bernardo Arévalo"; "Minister of Defense Oleksii Reznikov" and "Defense Minister Reznikov"); a bare title fits a
    // holder with that title and a name (a person, not "the Foreign Ministers of X").
    private static bool Fits(Holder h, List<string> titles, List<string> names)
    {
        if (names.Count > 0) return All(names, h.Names) || All(h.Names, names);
        if (titles.Count == 0 || h.NamedOnly) return false;
        foreach (var t in titles) if (!h.Titles.Contains(t)) return false;
        return true;
    }

    private static bool All(IReadOnlyList<string> words, IReadOnlyList<string> within)
    {
        foreach (var w in words) if (!within.Contains(w)) return false;
        return true;
    }

    private bool OtherHolder(Mention m, List<string> titles, string country, Mention[] mentions)
    {
        foreach (var s in mentions)
        {
            if (ReferenceEquals(s, m) || !ContextCountryPass.IsCountry(s.Code.PrimarySpan) || s.Code.PrimarySpan.SequenceEqual(country)) continue;
            foreach (var t in PersonTitles.TitlesIn(_article, s.Tokens))
                if (titles.Contains(t)) return true;
        }
        return false;
    }

    private bool IsPlural(Mention m)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            // A portfolio's plural is no plural person: "Vice Minister of Foreign Affairs Ma".
            if (tokens[t].Span is "of" or "for" && PortfolioEnd(tokens, t + 1, m.Tokens.End) is int p and > 0) { t = p - 1; continue; }
            if (tokens[t].Xpos is "NNS" or "NNPS") return true;
        }
        return false;
    }

    // The capitalised proper nouns of the phrase that are no title or honorific, before any preposition (what follows
    // names the office's state or body: "Secretary General of Japan") other than that of a portfolio ("Secretary of
    // Foreign Affairs Bárcena").
    private List<string> NameWords(Mention m)
    {
        var tokens = _article.Tokens;
        var words = new List<string>();
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            var token = tokens[t];
            if (token.Upos == Upos.ADP)
            {
                // "Vice Minister of Foreign Affairs Ma": a portfolio, then the name.
                if (token.Span is "of" or "for" && PortfolioEnd(tokens, t + 1, m.Tokens.End) is int p and > 0) { t = p - 1; continue; }
                break;
            }
            if (token.Upos != Upos.PROPN || !char.IsUpper(token.Span[0])) continue;
            if (PersonTitles.IsTitle(token.Span) || PersonTitles.IsHonorific(token.Span) || IsTitleWord(m, t)) continue;
            words.Add(token.Text);
        }
        return words;
    }

    // A capitalised word of a many-word title ("National", "Security" of "National Security Advisor"; "Prime").
    private bool IsTitleWord(Mention m, int t)
    {
        var tokens = _article.Tokens;
        if (t + 1 < m.Tokens.End && PersonTitles.TitleBefore(_article, t, t + 2) == 2) return true;
        for (int n = t + 1; n < m.Tokens.End; n++)
        {
            if (PersonTitles.IsTitle(tokens[n].Span)) return true;
            if (tokens[n].Upos != Upos.PROPN || !char.IsUpper(tokens[n].Span[0])) return false;
        }
        return false;
    }

    /// <summary>
    /// The people of a headline named with a country: "TITLE NAME of COUNTRY" (the run of capitalised words and name
    /// particles right before "of" and a country name, when it starts with a title and holds a name after it),
    /// "TITLE of COUNTRY NAME", "COUNTRY TITLE NAME" ("Maldives Minister of Foreign Affairs Abdulla Shahid"), and the
    /// named conjunct before "and" that shares the country ("Meeting with Foreign Minister Diana Mondino and Chief of
    /// Cabinet Nicolás Posse of Argentina").
    /// </summary>
    internal List<Holder> Holders(Article headline)
    {
        var tokens = headline.Tokens;
        var list = new List<Holder>();
        for (int c = 0; c < tokens.Count; c++)
        {
            bool afterOf = c > 0 && tokens[c - 1].Span is "of" || c > 1 && tokens[c - 1].Span is "the" && tokens[c - 2].Span is "of";
            int n = _dictionary.Match(headline, c, tokens.Count, out var entries);
            if (n == 0 || entries.Count == 0) continue;
            var kind = entries[0].Kind;
            if (kind is not (ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective)) continue;
            var country = entries[0].Code.Primary;
            if (!ContextCountryPass.IsCountry(country)) continue;
            // "of Guatemala" closes a holder's run; an adjective ("Ukrainian President ...") or a name may open one.
            if (afterOf && kind == ActorEntryKind.CountryName) AfterOf(headline, c - (tokens[c - 1].Span is "of" ? 1 : 2), c, n, country, list);
            if (CountryFirst(headline, c, c + n, country) is { } h) list.Add(h);
            c += n - 1;
        }
        return list;
    }

    // "... of [the] COUNTRY" at token `of`, the country at c..c+n.
    private static void AfterOf(Article headline, int of, int c, int n, string country, List<Holder> list)
    {
        var tokens = headline.Tokens;
        if (of == 0) return;
        int start = RunStart(tokens, of, portfolio: true);
        if (start == of) return;
        int end = c + n;
        while (end < tokens.Count && InName(tokens[end].Span)) end++;
        // The run may open with words before the title ("Statement of President ..."): the holder starts at the run's
        // first word or right after an "of" or "for" inside it.
        for (int s = start; s < of; s++)
        {
            if (s > start && tokens[s - 1].Span is not ("of" or "for")) continue;
            // "President Bernardo Arévalo of Guatemala": the name ends with the country phrase; "President of Egypt
            // Abdel Fattah El-Sisi": the title before "of", the name after the country.
            var h = end == c + n
                ? HolderAt(headline, s, s, of, c + n, country, of, of)
                : HolderAt(headline, s, s, of, c + n, country, c + n, end);
            if (h is null) continue;
            list.Add(h);
            if (Conjunct(headline, s, country) is { } before) list.Add(before);
            return;
        }
    }

    // The run of name words (and, with `portfolio`, "of"/"for"/"the" between capitalised words: "Secretary of Foreign
    // Affairs") that ends right before token `end`.
    private static int RunStart(TokenList tokens, int end, bool portfolio)
    {
        int start = end;
        while (start > 0)
        {
            var w = tokens[start - 1].Span;
            // "Kim Sung-han": the tokenizer splits the hyphen, and the word after it may be lower-case.
            if (InName(w) || start > 1 && tokens[start - 2].Span is "-") { start--; continue; }
            if (portfolio && w is "of" or "for" or "the" && start > 1 && start < end
                && (char.IsUpper(tokens[start - 2].Span[0]) || tokens[start - 2].Span is "of" or "for")) { start--; continue; }
            break;
        }
        // Never start on a connective.
        while (start < end && tokens[start].Span is "of" or "for" or "the") start++;
        return start;
    }

    // "Meeting with Foreign Minister Diana Mondino and Chief of Cabinet Nicolás Posse of Argentina": a titled name
    // joined by "and" to the holder, right after "with", shares the holder's country. Only for named phrases of the
    // body: a bare title may be the other side's ("the President").
    private static Holder? Conjunct(Article headline, int holderStart, string country)
    {
        var tokens = headline.Tokens;
        int and = holderStart - 1;
        if (and < 1 || tokens[and].Span is not "and") return null;
        int start = RunStart(tokens, and, portfolio: false);
        if (start == and || start == 0 || tokens[start - 1].Span is not "with") return null;
        var h = HolderAt(headline, start, start, and, and, country, and, and);
        return h is null ? null : h with { NamedOnly = true };
    }

    // "Maldives Minister of Foreign Affairs Abdulla Shahid", "Republic of Korea National Security Advisor Kim
    // Sung-han": the country, then title words (with any portfolio) and the name.
    private static Holder? CountryFirst(Article headline, int countryStart, int countryEnd, string country)
    {
        var tokens = headline.Tokens;
        int end = countryEnd;
        while (end < tokens.Count && (InName(tokens[end].Span)
            || tokens[end].Span is "of" or "for" or "the" && end + 1 < tokens.Count && char.IsUpper(tokens[end + 1].Span[0])))
            end++;
        if (end == countryEnd) return null;
        return HolderAt(headline, countryStart, countryEnd, end, end, country, end, end);
    }

    // A word of a personal name: capitalised, a hyphen, or a lower-case particle of data/actors/name-particles.txt
    // ("Salman bin Hamad Al Khalifa", "Ursula von der Leyen").
    private static bool InName(ReadOnlySpan<char> w) =>
        w.Length > 0 && (char.IsUpper(w[0]) || w is "-" || NameParticles.Default.IsParticle(w));

    // Title words first (tokens start..titleEnd), then the name (nameStart..nameEnd): "Crown Prince Salman bin Hamad Al
    // Khalifa" of Bahrain. A portfolio after "of" or "for" is part of the title up to its last portfolio word
    // ("Minister of the International Liaison Department"). Nothing without both title and name. The holder's text
    // runs from textStart (the country, when it comes first).
    private static Holder? HolderAt(Article headline, int textStart, int start, int titleEnd, int countryEnd, string country, int nameStart, int nameEnd)
    {
        var tokens = headline.Tokens;
        int t = start;
        while (t < titleEnd)
        {
            int k = PersonTitles.TitleBefore(headline, t, Math.Min(titleEnd, t + 2));
            if (k == 2 && t + 1 < titleEnd) { t += 2; continue; }
            if (PersonTitles.IsTitle(tokens[t].Span) || PersonTitles.IsHonorific(tokens[t].Span)) { t++; continue; }
            // "Foreign Minister", "National Security Advisor", "Opposition Leader": capitalised words right before a
            // title word belong to the title.
            if (t + 1 < titleEnd && PersonTitles.IsTitle(tokens[t + 1].Span)) { t++; continue; }
            if (t + 2 < titleEnd && PersonTitles.IsTitle(tokens[t + 2].Span) && char.IsUpper(tokens[t + 1].Span[0])) { t++; continue; }
            if (t > start && tokens[t].Span is "of" or "for" && PortfolioEnd(tokens, t + 1, titleEnd) is int p and > 0) { t = p; continue; }
            break;
        }
        if (t == start) return null;
        // The name follows the title in the run, or after the country when the run is all title.
        if (nameStart == titleEnd) { if (t == titleEnd) return null; nameStart = t; nameEnd = titleEnd; }
        else if (t != titleEnd) return null;
        var titles = PersonTitles.TitlesIn(headline, new TokenSpan(start, t - start)).ToList();
        if (titles.Count == 0) return null;
        var names = new List<string>();
        for (int i = nameStart; i < nameEnd; i++)
        {
            var w = tokens[i].Span;
            // A name is capitalised words only: "of" or "for" left in it is a portfolio the list does not know.
            if (w is "of" or "for" or "the") return null;
            if (w.Length > 1 && char.IsUpper(w[0]) && !PersonTitles.IsTitle(w) && !PersonTitles.IsHonorific(w)) names.Add(tokens[i].Text);
        }
        if (names.Count == 0) return null;
        var text = headline.Text[tokens[textStart].Start..tokens[Math.Max(countryEnd, nameEnd) - 1].End];
        return new Holder(text, titles, names, country);
    }

    // The end (exclusive) of a portfolio that starts at `from` ("the International Liaison Department", "Foreign
    // Affairs"): its last portfolio word before `end`, with only capitalised words, "the" and "and" before it; 0 when
    // none.
    private static int PortfolioEnd(TokenList tokens, int from, int end)
    {
        int last = 0;
        for (int i = from; i < end; i++)
        {
            var w = tokens[i].Span;
            if (PersonTitles.IsPortfolioEnd(w) && char.IsUpper(w[0])) last = i + 1;
            else if (w is not ("the" or "and") && !char.IsUpper(w[0])) break;
        }
        return last;
    }
}
