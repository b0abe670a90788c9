using Casus.Actors.Context;
using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// Resolves "his counterpart" / "their counterparts" with no country of their own (docs/formats/actors.md, "Groups"):
/// readouts write "National Security Advisor Sullivan met his counterpart" once the other country's adviser has been
/// named. The sentence's subject must be a named official of country A whose office the words tell (foreign minister,
/// defence minister, national security adviser, head of government or state); the counterpart is the official of the
/// same office of another country named in the article up to the end of the sentence, taken only when exactly one
/// other country's such official is named (singular), or one to three countries' (plural: a group, one member each).
/// Per-article state; not thread-safe.
/// </summary>
internal sealed class CounterpartPass
{
    private const string NotePrefix = "counterpart: ";

    private readonly Article _article;
    private readonly int _firstMention;

    // Which office an official's phrase names, first matching line first (data/actors/offices.txt).
    private readonly CounterpartOffices _offices;

    public CounterpartPass(Article article, int firstMention, CounterpartOffices offices)
    {
        _offices = offices;
        _article = article;
        _firstMention = firstMention;
    }

    // The office of the subject: its own words, or ("Mr. Sullivan") those of an earlier mention of the same government
    // ending in the same name ("National Security Advisor Jake Sullivan"), as readouts give the title once.
    private CounterpartOffice OfficeOfPerson(List<Mention> mentions, Mention subject)
    {
        var office = _offices.OfficeOf(subject.Text);
        if (office != CounterpartOffice.None) return office;
        var tokens = _article.Tokens;
        var name = tokens[subject.Tokens.End - 1].Span;
        if (_article.Tokens[subject.Tokens.End - 1].Upos != Upos.PROPN) return CounterpartOffice.None;
        foreach (var m in mentions)
        {
            if (m.Tokens.First >= subject.Tokens.First) break;
            if (m.Code.Value != subject.Code.Value || !tokens[m.Tokens.End - 1].Span.Equals(name, StringComparison.Ordinal)) continue;
            var o = _offices.OfficeOf(m.Text);
            if (o != CounterpartOffice.None) office = o;
        }
        return office;
    }

    public void Run()
    {
        if (_article.TokenData.Count == 0) return;
        var mentions = _article.MentionsFrom(_firstMention);
        var tokens = _article.Tokens;
        bool changed = false;
        foreach (var sentence in _article.Sentences)
        {
            int first = sentence.FirstToken, end = first + sentence.TokenCount;
            for (int h = first; h < end; h++)
            {
                bool singular = tokens[h].Span.Equals("counterpart", StringComparison.OrdinalIgnoreCase);
                if (!singular && !tokens[h].Span.Equals("counterparts", StringComparison.OrdinalIgnoreCase)) continue;
                int at = MentionEndingAt(mentions, h);
                if (at < 0 || mentions[at].Code.Value != "---GOV" || mentions[at].Members != null) continue;
                if (!OwnedByPronoun(h, first, end, singular)) continue;
                var subject = Subject(mentions, sentence.Index, first, end);
                if (subject is null) continue;
                var office = OfficeOfPerson(mentions, subject);
                if (office == CounterpartOffice.None) continue;
                var others = Others(mentions, end, subject.Code.Primary, office);
                if (others.Count == 0 || (singular && others.Count != 1) || others.Count > 3) continue;
                var m = mentions[at];
                if (others.Count == 1)
                {
                    var o = others[0];
                    mentions[at] = m with
                    {
                        Code = o.Code,
                        Evidence = [$"{NotePrefix}'{m.Text}' of '{subject.Text}' → '{o.Text}' (sentence {o.Sentence}) → {o.Code.Value}", .. o.Evidence],
                    };
                }
                else
                {
                    var list = new List<Mention>(others.Count);
                    for (int i = 0; i < others.Count; i++)
                        list.Add(m with
                        {
                            Code = others[i].Code,
                            Evidence = [$"{GroupPass.NotePrefix}'{m.Text}' member {i + 1} of {others.Count} → '{others[i].Text}' (sentence {others[i].Sentence}) → {others[i].Code.Value}", .. others[i].Evidence],
                            Members = null,
                        });
                    mentions[at] = m with { Members = list };
                }
                changed = true;
            }
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    // "his counterpart", "her counterpart", "their counterparts": the pronoun ties the word to the sentence's
    // official. Nothing else may be hung on it ("counterparts from across the region" are other people).
    private bool OwnedByPronoun(int h, int first, int end, bool singular)
    {
        var tokens = _article.Tokens;
        bool owned = false;
        for (int c = first; c < end; c++)
        {
            if (tokens[c].Head != h) continue;
            var rel = tokens[c].Relation;
            if (rel == "nmod:poss")
            {
                var w = tokens[c].Span;
                owned = w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                    || (!singular && w.Equals("their", StringComparison.OrdinalIgnoreCase));
                if (!owned) return false;
            }
            else if (rel is not null && (rel.StartsWith("nmod", StringComparison.Ordinal) || rel.StartsWith("acl", StringComparison.Ordinal)
                || rel is "amod" or "compound" or "appos" || rel.StartsWith("conj", StringComparison.Ordinal))) return false;
        }
        return owned;
    }

    // The sentence's subject when it is one official of a state's government ("National Security Advisor Jake
    // Sullivan met his counterpart").
    private Mention? Subject(List<Mention> mentions, int sentence, int first, int end)
    {
        var tokens = _article.Tokens;
        foreach (var m in mentions)
        {
            if (m.Sentence != sentence || m.Members != null) continue;
            if (!ContextCountryPass.IsCountry(m.Code.PrimarySpan) || !GroupPass.IsGovernmentOnly(m.Code)) continue;
            for (int t = m.Tokens.First; t < m.Tokens.End; t++)
                if (tokens[t].Relation is "nsubj" or "nsubj:pass" && (tokens[t].Head < m.Tokens.First || tokens[t].Head >= m.Tokens.End))
                    return m;
        }
        return null;
    }

    // Officials of the office from other countries than the subject's, named up to the end of the sentence; the
    // latest mention of each country stands for it, in the order the article first named them.
    private List<Mention> Others(List<Mention> mentions, int end, string country, CounterpartOffice office)
    {
        var found = new List<Mention>(4);
        foreach (var m in mentions)
        {
            if (m.Tokens.First >= end || m.Members != null || m.Code.Primary == country) continue;
            if (!ContextCountryPass.IsCountry(m.Code.PrimarySpan) || !GroupPass.IsGovernmentOnly(m.Code)) continue;
            if (_offices.OfficeOf(m.Text) != office) continue;
            int i = found.FindIndex(f => f.Code.Primary == m.Code.Primary);
            if (i >= 0) found[i] = m; else found.Add(m);
        }
        return found;
    }

    private static int MentionEndingAt(List<Mention> mentions, int h)
    {
        for (int i = 0; i < mentions.Count; i++) if (mentions[i].Tokens.End - 1 == h) return i;
        return -1;
    }
}
