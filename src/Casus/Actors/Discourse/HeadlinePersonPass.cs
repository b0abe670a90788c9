using Casus.Actors.Context;
using Casus.Actors.People;
using Casus.Document;
using Casus.Text;

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
    private readonly TextStage _text;

    public HeadlinePersonPass(Article article, int firstMention, ActorDictionary dictionary, TextStage text)
    {
        _article = article;
        _firstMention = firstMention;
        _dictionary = dictionary;
        _text = text;
    }

    /// <summary>One person of the headline: title words, name words and the country of the "of" phrase after them.</summary>
    internal sealed record Holder(string Text, IReadOnlyList<string> Titles, IReadOnlyList<string> Names, string Country);

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        var title = _article.Metadata.Title;
        if (string.IsNullOrWhiteSpace(title)) return;
        var all = _article.Mentions;
        bool any = false;
        for (int i = _firstMention; i < all.Count && !any; i++) any = ContextCountryPass.NeedsCountry(all[i].Code);
        if (!any) return;
        var holders = Holders(title);
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
        if (titles.Count == 0) return false;
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
            if (ReferenceEquals(s, m) || !ContextCountryPass.IsCountry(s.Code.Primary) || s.Code.Primary == country) continue;
            foreach (var t in PersonTitles.TitlesIn(_article, s.Tokens))
                if (titles.Contains(t)) return true;
        }
        return false;
    }

    private bool IsPlural(Mention m)
    {
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (_article.Tokens[t].Xpos is "NNS" or "NNPS") return true;
        return false;
    }

    // The capitalised proper nouns of the phrase that are no title or honorific, before any preposition (what follows
    // names the office's state or body: "Secretary General of Japan").
    private List<string> NameWords(Mention m)
    {
        var tokens = _article.Tokens;
        var words = new List<string>();
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            var token = tokens[t];
            if (token.Upos == Upos.ADP) break;
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
    /// The people of a headline named as "TITLE NAME of COUNTRY": the run of capitalised words (and name particles)
    /// right before "of" and a country name, when it starts with a title and holds a name after it.
    /// </summary>
    internal List<Holder> Holders(string title)
    {
        var headline = new Article(_article.Id + "#headline", title);
        _text.Process(headline);
        var tokens = headline.Tokens;
        var list = new List<Holder>();
        for (int of = 1; of + 1 < tokens.Count; of++)
        {
            if (tokens[of].Span is not "of") continue;
            int c = of + 1;
            if (tokens[c].Span is "the" && c + 1 < tokens.Count) c++;
            int n = _dictionary.Match(headline, c, tokens.Count, out var entries);
            if (n == 0 || entries.Count == 0 || entries[0].Kind != ActorEntryKind.CountryName) continue;
            var country = entries[0].Code.Primary;
            if (!ContextCountryPass.IsCountry(country)) continue;
            int start = of;
            // "Kim Sung-han": the tokenizer splits the hyphen, and the word after it may be lower-case.
            while (start > 0 && (InName(tokens[start - 1].Span) || start > 1 && tokens[start - 2].Span is "-")) start--;
            if (start == of) continue;
            int end = c + n;
            while (end < tokens.Count && InName(tokens[end].Span)) end++;
            // "President Bernardo Arévalo of Guatemala": the name ends with the country phrase.
            if (end == c + n) { if (HolderAt(headline, start, of, c + n, country, of, of) is { } h) list.Add(h); }
            // "President of Egypt Abdel Fattah El-Sisi": the title before "of", the name after the country.
            else if (HolderAt(headline, start, of, c + n, country, c + n, end) is { } after) list.Add(after);
        }
        return list;
    }

    // A word of a personal name: capitalised, a hyphen, or a lower-case particle of data/actors/name-particles.txt
    // ("Salman bin Hamad Al Khalifa", "Ursula von der Leyen").
    private static bool InName(ReadOnlySpan<char> w) =>
        w.Length > 0 && (char.IsUpper(w[0]) || w is "-" || NameParticles.Default.IsParticle(w));

    // Title words first (tokens start..titleEnd), then the name (nameStart..nameEnd): "Crown Prince Salman bin Hamad Al
    // Khalifa" of Bahrain. Nothing without both.
    private static Holder? HolderAt(Article headline, int start, int titleEnd, int countryEnd, string country, int nameStart, int nameEnd)
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
            if (w.Length > 1 && char.IsUpper(w[0]) && !PersonTitles.IsTitle(w) && !PersonTitles.IsHonorific(w)) names.Add(tokens[i].Text);
        }
        if (names.Count == 0) return null;
        var text = headline.Text[tokens[start].Start..tokens[Math.Max(countryEnd, nameEnd) - 1].End];
        return new Holder(text, titles, names, country);
    }
}
