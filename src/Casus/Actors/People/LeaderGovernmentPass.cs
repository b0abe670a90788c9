using Casus.Document;

namespace Casus.Actors.People;

/// <summary>
/// A government named for its leader: "the Lukashenka regime" → BLRGOV, "the Ortega-Murillo regime" → NICGOV, "the
/// Biden-Harris administration" → USAGOV. News names governments by their head far more often than it names the head
/// alone by surname, and the surname before "regime", "government", "administration" or "cabinet" is no short form
/// the directory may list. The surname is looked up by the full name key, which folds transliteration variants
/// (Lukashenka = Lukashenko): among the people of the directory with that surname who held a government post (GOV),
/// those in office on the article date, or when none is, all of them, must belong to one country, and the article
/// must name that country elsewhere; the phrase then codes as that country's government and spans the name. Runs after coreference (a surname it coded as a person
/// stays that person's mention, and the country-from-context pass reads it) and before the other country passes.
/// Rules in docs/formats/actors.md, "Governments named for their leader". Per-article state; not thread-safe.
/// </summary>
internal sealed class LeaderGovernmentPass
{
    private const int MaxNameWords = 4;

    private readonly PersonDirectory _people;
    private readonly Article _article;
    private readonly int _firstMention;
    private readonly DateOnly? _date;
    // Nouns for a government as a body, which news names for its head ("the Assad regime"; data/actors/government-bodies.txt).
    private readonly GovernmentBodies _bodies;

    public LeaderGovernmentPass(PersonDirectory people, Article article, int firstMention, GovernmentBodies bodies)
    {
        _people = people;
        _bodies = bodies;
        _article = article;
        _firstMention = firstMention;
        _date = article.Metadata.Published;
    }

    /// <summary>Codes what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        var all = _article.Mentions;
        List<Mention>? mentions = null;
        HashSet<int>? removed = null;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Code.Value != "---GOV" || !_bodies.Contains(_article.Tokens[m.Tokens.End - 1].Text)) continue;
            int sentenceFirst = _article.SentenceData[m.Sentence].FirstToken;
            string country, why;
            int start;
            if (PersonBefore(i) is { } p)
            {
                // "the Yeltsin government": coreference coded the surname as the person; the body is the government
                // of the person's country, whatever the person's own code on the date (a former leader is the
                // country alone), and one mention with it.
                var person = all[p];
                start = person.Tokens.First;
                country = person.Code.Primary;
                why = $"'{person.Text}' ({person.Evidence[0]})";
                (removed ??= new HashSet<int>()).Add(p);
            }
            else
            {
                // The name words right before the phrase ("Lukashenka", "Ortega - Murillo"), outside every other mention.
                start = m.Tokens.First;
                while (start > sentenceFirst && m.Tokens.First - start < 2 * MaxNameWords
                       && (IsNameWord(start - 1) || (IsHyphen(start - 1) && start - 2 >= sentenceFirst && IsNameWord(start - 2))))
                    start--;
                if (start == m.Tokens.First || InOtherMention(start, m.Tokens.First, i)) continue;
                // One surname, or surnames joined by hyphens ("Ortega-Murillo"); two name words side by side, or a
                // capitalised word before them, make an institution's name ("the International Trade Administration").
                if (start > sentenceFirst && char.IsUpper(_article.Tokens[start - 1].Span[0])) continue;
                if (!HyphenJoined(start, m.Tokens.First)) continue;
                if (!TryLeader(start, m.Tokens.First, out country, out why)) continue;
            }
            mentions ??= _article.MentionsFrom(_firstMention);
            var code = ActorCode.Parse(country + "GOV");
            var evidence = new List<string>(m.Evidence.Count + 1);
            evidence.AddRange(m.Evidence);
            evidence.Add($"a government named for its leader: {why} → {code.Value}");
            var span = new TokenSpan(start, m.Tokens.End - start);
            var text = _article.Text[_article.Tokens[start].Start.._article.Tokens[m.Tokens.End - 1].End];
            mentions[i - _firstMention] = m with { Tokens = span, Text = text, Code = code, Evidence = evidence };
        }
        if (mentions is null) return;
        if (removed is not null)
            for (int k = mentions.Count - 1; k >= 0; k--)
                if (removed.Contains(k + _firstMention)) mentions.RemoveAt(k);
        _article.ReplaceMentions(_firstMention, mentions);
    }

    // The mention of a person of the directory that ends right before mention <paramref name="self"/>, with a
    // country; null when none.
    private int? PersonBefore(int self)
    {
        var all = _article.Mentions;
        var m = all[self];
        for (int i = _firstMention; i < all.Count; i++)
        {
            var p = all[i];
            if (i == self || p.Sentence != m.Sentence || p.Tokens.End != m.Tokens.First) continue;
            if (p.Evidence.Count == 0 || !p.Evidence[0].StartsWith("actors/people", StringComparison.Ordinal)) return null;
            if (p.Code.Primary is "---" or "IGO" or "NGO" or "IMG" or "MNC" || p.Code.Primary.Length != 3) return null;
            // Only a bare surname or name: "President Biden administration" is no phrase of news.
            for (int t = p.Tokens.First; t < p.Tokens.End; t++)
                if (!IsNameWord(t) && !IsHyphen(t)) return null;
            return i;
        }
        return null;
    }

    // The country of the one government leader the name words name: each word is tried as a surname.
    private bool TryLeader(int from, int to, out string country, out string why)
    {
        country = why = "";
        for (int t = from; t < to; t++)
        foreach (var word in _article.Tokens[t].Text.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Person.SurnameKeyOf(word);
            if (key.Length < 3) continue;
            string? found = null;
            Person? leader = null;
            bool ambiguous = false;
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var p in _people.BySurname(key))
                    foreach (var a in p.Affiliations)
                    {
                        if (!a.Code.HasRole("GOV") || a.Code.Primary.Length != 3 || a.Code.Primary == "---") continue;
                        if (pass == 0 && !(_date is { } d ? a.IsValidOn(d) : a.ValidUntil is null)) continue;
                        if (found is null) { found = a.Code.Primary; leader = p; }
                        else if (found != a.Code.Primary) ambiguous = true;
                    }
                if (found is not null) break; // leaders in office first; the others only when none is
            }
            if (found is null || ambiguous) continue;
            // The surname alone is weak evidence (the key folds vowels: "War" = Weir; common surnames recur among the
            // world's ministers): the article must name the leader's country elsewhere.
            if (!ArticleNames(found)) continue;
            country = found;
            why = $"'{word}' = {leader!.Name}, and the article names {found}";
            return true;
        }
        return false;
    }

    private bool ArticleNames(string country)
    {
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++)
            if (all[i].Code.Primary == country) return true;
        return false;
    }

    private bool IsNameWord(int t)
    {
        var token = _article.Tokens[t];
        var s = token.Span;
        if (s.Length < 2 || !char.IsUpper(s[0]) || token.IndexInSentence == 0 && token.Upos != Upos.PROPN) return false;
        foreach (char c in s) if (!char.IsLetter(c) && c != '\'' && c != '-') return false;
        return token.Upos is Upos.None or Upos.PROPN;
    }

    // Name words [from, to) that are one word or words joined by hyphen tokens.
    private bool HyphenJoined(int from, int to)
    {
        for (int t = from + 1; t < to; t++)
            if (!IsHyphen(t) && !IsHyphen(t - 1)) return false;
        return true;
    }

    private bool IsHyphen(int t) => _article.Tokens[t].Span is "-" or "–";

    private bool InOtherMention(int from, int to, int self)
    {
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++)
            if (i != self && all[i].Tokens.First < to && all[i].Tokens.End > from) return true;
        return false;
    }
}
