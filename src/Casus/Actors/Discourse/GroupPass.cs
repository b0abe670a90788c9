using System.Runtime.InteropServices;
using Casus.Actors.Context;
using Casus.Actors.People;
using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// Resolves a group phrase that sums up actors the article has just named: "President Biden spoke with Prime Minister
/// Kishida ... The two leaders agreed ..." (docs/formats/actors.md, "Groups"). The phrase is a plural head of a known
/// kind (leaders, presidents, ministers, governments, delegations, sides, countries, ...) with nothing before it but
/// "the", "both" or "the two/three", and nothing hung on it ("the leaders of Africa" is other people). Its members are
/// the actors of the matching kind in the most recent sentence that names two or more countries' such actors (the
/// group's own sentence before it included, up to <see cref="SentencesBack"/> sentences back): taken only when their
/// countries are as many as the phrase says (two for "both" and "the two", two to five for a bare "the leaders", two to four for "the ministers", two or three for other bare kinds, four for "the four") and are the
/// article's most named such countries so far. With no such sentence nearby, the article's most named such countries
/// are taken when as many as the phrase says stand clearly above the rest; a pair, or a bare or "three" leaders, that
/// neither way settles is the pair or three leaders the article's first sentences name (for three, also as one
/// phrase: "We, the leaders of Japan, the ROK, and the United States"). Otherwise the phrase is left
/// as it was. The members
/// become <see cref="Mention.Members"/>; a head that was no mention ("sides", "countries") becomes one with code
/// "---". Per-article state; not thread-safe.
/// </summary>
internal sealed class GroupPass
{
    // The code is a state's government and nothing more ("USAGOV"): its letters are the country's and "GOV",
    // read in place (asked of every mention).
    internal static bool IsGovernmentOnly(ActorCode code) => code.Value.Length == 6 && code.Value.AsSpan(3).SequenceEqual("GOV");

    private const int SentencesBack = 8;
    // How far into an agreement its head, which names the Parties, may reach.
    private const int HeadSentences = 3;
    // The most heads a bare "the leaders" may sum up: a readout of a summit names up to five (the United States and
    // NATO's four Indo-Pacific partners); more is a conference, whose leaders no article counts one by one.
    private const int BareLeaders = 5;
    // The leaders a bare "the leaders" takes from the opening when no nearby sentence settles them.
    private const int Trilateral = 3;

    /// <summary>How the evidence of a member mention begins.</summary>
    public const string NotePrefix = "group: ";

    /// <summary>True when <paramref name="m"/> is one member of a group phrase (its words are the group's).</summary>
    public static bool IsMember(Mention m) => m.Evidence.Count > 0 && m.Evidence[0].StartsWith(NotePrefix, StringComparison.Ordinal)
        && m.Members is null && m.Evidence[0].Contains(" member ", StringComparison.Ordinal);

    private readonly Article _article;
    private readonly int _firstMention;
    // Head words with their kinds and the title words of minister heads (data/actors/groups.txt).
    private readonly GroupWords _words;
    // The states a government's readout names in its headline; null where none is read.
    private readonly HeadlineParties? _headline;

    /// <param name="headline">The headline's parties, the last resort of a pair the body leaves open; null for none.</param>
    public GroupPass(Article article, int firstMention, GroupWords words, HeadlineParties? headline = null)
    {
        _article = article;
        _firstMention = firstMention;
        _words = words;
        _headline = headline;
    }

    public void Run()
    {
        if (_article.TokenData.Count == 0) return;
        var mentions = _article.MentionsFrom(_firstMention);
        var tokens = _article.Tokens;
        bool changed = false;
        List<Mention>? added = null;
        foreach (var sentence in _article.Sentences)
        {
            int first = sentence.FirstToken, end = first + sentence.TokenCount;
            for (int h = first; h < end; h++)
            {
                // The words are plural forms, so a noun is enough ("The Leaders" may be tagged a name).
                if (tokens[h].Upos is not (Upos.NOUN or Upos.PROPN)) continue;
                var kind = _words.KindOf(tokens[h].Span);
                if (kind is null) continue;
                // "heads of state" / "heads of government": the of-phrase is the title, not a dependent naming others.
                int last = OfStateEnd(h, end);
                int titleFirst = TitlesBefore(h, first, kind.Value, ref kind);
                int at = MentionEndingAt(mentions, last);
                if (at >= 0 && (!mentions[at].Code.PrimarySpan.SequenceEqual("---") || mentions[at].Members != null)) continue;
                if (at < 0 && InMention(mentions, h)) continue;
                // "Quad leaders", "the Quad governments": a grouping with no code of its own names its members;
                // "other Quad leaders", "fellow Quad leaders" the rest of them, those the sentence has not named
                // before ("Biden spoke to Prime Minister Modi with other Quad Leaders" → Australia and Japan).
                bool rest = titleFirst - 2 >= first && (tokens[titleFirst - 2].Span.Equals("other", StringComparison.OrdinalIgnoreCase)
                    || tokens[titleFirst - 2].Span.Equals("fellow", StringComparison.OrdinalIgnoreCase));
                if (titleFirst > first && Groupings.Default.MembersOf(tokens[titleFirst - 1].Span) is { } all
                    && (rest ? RestOf(all, mentions, sentence.Index, titleFirst - 2) : all) is { } grouping)
                {
                    string named = _article.Text[tokens[titleFirst - 1].Start..tokens[last].End];
                    var whole = at >= 0 ? mentions[at]
                        : new Mention(sentence.Index, new TokenSpan(h, last - h + 1), _article.Text[tokens[h].Start..tokens[last].End], ActorCode.Parse("---"),
                            [$"{NotePrefix}'{named}' (a grouping's members)"]);
                    var each = GroupingMentions(whole, grouping, tokens[titleFirst - 1].Text, kind!.Value, named);
                    if (at >= 0) mentions[at] = whole with { Members = each };
                    else (added ??= []).Add(whole with { Members = each });
                    changed = true;
                    continue;
                }
                if (!Determined(titleFirst, first, at >= 0 ? mentions[at].Tokens.First : titleFirst, out int minCount, out int maxCount, out int detFirst)) continue;
                if (HasDependents(h, titleFirst, last, first, end)) continue;
                // A bare "the leaders" may be up to five heads a readout named at a meeting (the Quad, the E3 and the
                // United States; the United States and NATO's four Indo-Pacific partners), each the article's main
                // actors; ministers meet in smaller sets, so a bare "the ministers" stays at four. Four countries a
                // sentence names are as often its topics ("Russia's war on Ukraine"), so a bare "the
                // sides/countries/governments" stays at three unless it says "four".
                if (maxCount == BareLeaders && minCount == 2 && kind != GroupKind.Leader)
                    maxCount = kind == GroupKind.Minister ? 4 : 3;
                // "the Conference of the Parties": a name's words, not the signatories of the agreement at hand.
                if (_words.NeedsCapital(tokens[h].Span) && detFirst > first && tokens[detFirst - 1].Span.Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
                var members = Members(mentions, sentence.Index, h, kind!.Value, minCount, maxCount);
                var parties = members is null ? HeadlineMembers(mentions, sentence.Index, h, kind!.Value, minCount, maxCount) : null;
                if (members is null && parties is null) continue;
                string phrase = _article.Text[tokens[detFirst].Start..tokens[last].End];
                var group = at >= 0 ? mentions[at]
                    : new Mention(sentence.Index, new TokenSpan(h, last - h + 1), _article.Text[tokens[h].Start..tokens[last].End], ActorCode.Parse("---"),
                        [$"{NotePrefix}'{phrase}' (a group the article has named)"]);
                var list = members is not null ? MemberMentions(group, members, kind!.Value, phrase) : PartyMentions(mentions, h, group, parties!, kind!.Value, phrase);
                if (at >= 0) mentions[at] = group with { Members = list };
                else (added ??= []).Add(group with { Members = list });
                changed = true;
            }
        }
        if (!changed) return;
        if (added != null)
        {
            mentions.AddRange(added);
            mentions.Sort((x, y) => x.Tokens.First.CompareTo(y.Tokens.First));
        }
        _article.ReplaceMentions(_firstMention, mentions);
    }

    // The member mentions: the group's words with each member's code (its government for "governments", its country
    // for "countries"), and evidence naming the actor it sums up.
    private static List<Mention> MemberMentions(Mention group, List<Mention> members, GroupKind kind, string phrase)
    {
        var list = new List<Mention>(members.Count);
        for (int i = 0; i < members.Count; i++)
        {
            var a = members[i];
            var code = kind switch
            {
                GroupKind.Government => ActorCode.Parse(a.Code.Primary + "GOV"),
                GroupKind.Country => ActorCode.Parse(a.Code.Primary),
                _ => a.Code,
            };
            list.Add(group with
            {
                Code = code,
                Evidence = [$"{NotePrefix}'{phrase}' member {i + 1} of {members.Count} → '{a.Text}' (sentence {a.Sentence}) → {code.Value}", .. a.Evidence],
                Members = null,
            });
        }
        return list;
    }

    // The last resort of a group the body leaves open in a government's readout or joint statement: the states its
    // headline names as the meeting's parties ("Readout of President Biden's Meeting with Prime Minister Kishida of
    // Japan" → the United States and Japan), when as many as the phrase says. "Sides" and "delegations" only for a
    // joint statement's speakers: the talks a readout reports are as often between two others (see Members), while a
    // joint statement's "two delegations" are its own. Null otherwise.
    private HeadlineParties.Parties? HeadlineMembers(List<Mention> mentions, int sentence, int h, GroupKind kind, int min, int max)
    {
        if (_headline?.Get() is not { } parties || (kind == GroupKind.Side && !parties.Joint)) return null;
        if (parties.Countries.Count < min || parties.Countries.Count > max) return null;
        if (NamesOthersAtOnce(mentions, Math.Max(0, sentence - SentencesBack), h, kind, parties.Countries)) return null;
        return parties;
    }

    // The member mentions of a group the headline settles: each party's government (its country for "countries").
    // The member mentions of a grouping's group phrase: each member's government (its country for "countries").
    // The members of a grouping that no mention of the sentence names before token `before` (by its country); null
    // when it names none of them (whom "other" sets apart is then unknown) or all of them.
    private static IReadOnlyList<string>? RestOf(IReadOnlyList<string> members, List<Mention> mentions, int sentence, int before)
    {
        List<string>? left = null;
        int named = 0;
        foreach (var member in members)
        {
            bool seen = false;
            foreach (var m in mentions)
                if (m.Sentence == sentence && m.Tokens.End <= before && m.Code.PrimarySpan.SequenceEqual(member)) { seen = true; break; }
            if (seen) named++;
            else (left ??= []).Add(member);
        }
        return named == 0 ? null : left;
    }

    private static List<Mention> GroupingMentions(Mention group, IReadOnlyList<string> members, string name, GroupKind kind, string phrase)
    {
        var list = new List<Mention>(members.Count);
        for (int i = 0; i < members.Count; i++)
        {
            var code = ActorCode.Parse(kind == GroupKind.Country ? members[i] : members[i] + "GOV");
            list.Add(group with
            {
                Code = code,
                Evidence = [$"{NotePrefix}'{phrase}' member {i + 1} of {members.Count} → a member of the {name} ({Groupings.ResourceName}) → {code.Value}"],
                Members = null,
            });
        }
        return list;
    }

    // A headline holder whom the body, before the group, names with a code of his country other than its government
    // (a party office: "Secretary General of the Liberal Democratic Party of Japan, MOTEGI Toshimitsu", JPNPTYLDP)
    // is that member, not the country's government.
    private List<Mention> PartyMentions(List<Mention> mentions, int h, Mention group, HeadlineParties.Parties parties, GroupKind kind, string phrase)
    {
        var list = new List<Mention>(parties.Countries.Count);
        for (int i = 0; i < parties.Countries.Count; i++)
        {
            var country = parties.Countries[i];
            var code = ActorCode.Parse(kind == GroupKind.Country ? country : country + "GOV");
            var body = kind is GroupKind.Leader or GroupKind.Minister or GroupKind.Official or GroupKind.Adviser ? HolderInBody(mentions, h, parties, country) : null;
            if (body is not null) code = body.Code;
            var why = body is null ? "" : $" named in the body as '{body.Text}' (sentence {body.Sentence})";
            list.Add(group with
            {
                Code = code,
                Evidence = [$"{NotePrefix}'{phrase}' member {i + 1} of {parties.Countries.Count} → a party the headline names: '{parties.Headline}'{why} → {code.Value}"],
                Members = null,
            });
        }
        return list;
    }

    // The body's mention, before token h, of the headline's holder of `country` (its words hold all the holder's name
    // words, in any case: "MOTEGI Toshimitsu"), when it carries a role of that country other than the government's.
    private Mention? HolderInBody(List<Mention> mentions, int h, HeadlineParties.Parties parties, string country)
    {
        var tokens = _article.Tokens;
        foreach (var holder in parties.Holders)
        {
            if (holder.Country != country) continue;
            foreach (var m in mentions)
            {
                if (m.Tokens.First >= h || m.Members != null || m.Code.Primary != country) continue;
                if (m.Code.Value.Length <= 3 || m.Code.Value == country + "GOV") continue;
                bool all = true;
                foreach (var name in holder.Names)
                {
                    bool found = false;
                    for (int t = m.Tokens.First; t < m.Tokens.End && !found; t++)
                        found = tokens[t].Span.Equals(name, StringComparison.OrdinalIgnoreCase);
                    if (!found) { all = false; break; }
                }
                if (all) return m;
            }
        }
        return null;
    }

    // "the leaders", "both leaders", "the two leaders", "both the leaders": how many members the words allow (two to
    // five for a bare "the", narrowed by the caller for kinds other than leaders; "the four" says four). Only
    // such words may come before the head (in or out of the mention): "world leaders", "business leaders", "many
    // countries" are no group the article has named.
    private bool Determined(int h, int sentenceFirst, int mentionFirst, out int min, out int max, out int detFirst)
    {
        min = 2; max = BareLeaders; detFirst = h;
        var tokens = _article.Tokens;
        int t = h - 1;
        int count = 0;
        if (t >= sentenceFirst && tokens[t].Text.ToLowerInvariant() is var n && NumberOf(n) > 0) { count = NumberOf(n); t--; }
        if (t < sentenceFirst) return false;
        var det = tokens[t].Text.ToLowerInvariant();
        if (det == "both")
        {
            if (count is not (0 or 2)) return false;
            min = max = 2;
        }
        else if (det == "the")
        {
            if (count > 0) min = max = count;
            if (t - 1 >= sentenceFirst && tokens[t - 1].Text.Equals("both", StringComparison.OrdinalIgnoreCase)) { min = max = 2; t--; }
        }
        else return false;
        detFirst = t;
        return t <= mentionFirst;
    }

    private static int NumberOf(string word) => word switch { "two" => 2, "three" => 3, "four" => 4, "five" => 5, _ => 0 };

    // The first title word before a minister head ("the two foreign ministers" → "foreign"), or the head itself. Only
    // the titled-minister heads of groups.txt take titles ("the two military leaders" are no pair of heads of state); "prime" makes the kind
    // that of leaders.
    private int TitlesBefore(int h, int sentenceFirst, GroupKind kind, ref GroupKind? result)
    {
        if (kind is not (GroupKind.Minister or GroupKind.Adviser) || !_words.TakesTitles(_article.Tokens[h].Span)) return h;
        var tokens = _article.Tokens;
        int t = h;
        while (t - 1 >= sentenceFirst && h - t < 2 && _words.IsTitle(tokens[t - 1].Span)) t--;
        if (t < h && tokens[t].Span.Equals("prime", StringComparison.OrdinalIgnoreCase))
        {
            // "prime advisers" are no heads of government.
            if (t + 1 != h || kind == GroupKind.Adviser) return h; // "prime foreign ministers": no title
            result = GroupKind.Leader;
        }
        return t;
    }

    // The last word of "heads of state" / "heads of government", or the head itself.
    private int OfStateEnd(int h, int end)
    {
        var tokens = _article.Tokens;
        if (!tokens[h].Span.Equals("heads", StringComparison.OrdinalIgnoreCase) || h + 2 >= end) return h;
        if (!tokens[h + 1].Span.Equals("of", StringComparison.OrdinalIgnoreCase)) return h;
        var w = tokens[h + 2].Span;
        return w.Equals("state", StringComparison.OrdinalIgnoreCase) || w.Equals("government", StringComparison.OrdinalIgnoreCase) ? h + 2 : h;
    }

    // A head with words hung on it says which group it is ("the leaders of Africa", "the countries that signed",
    // "the two countries' ministers"): no group summed up from before. The phrase's own title words (titleFirst to
    // last: "foreign", "of state") are no such words.
    private bool HasDependents(int h, int titleFirst, int last, int first, int end)
    {
        var tokens = _article.Tokens;
        for (int c = first; c < end; c++)
        {
            if (c >= titleFirst && c <= last && c != h) continue;
            if (tokens[c].Head != h) continue;
            var rel = tokens[c].Relation;
            if (rel is null) continue;
            if (rel.StartsWith("nmod", StringComparison.Ordinal) || rel.StartsWith("acl", StringComparison.Ordinal)
                || rel is "amod" or "compound" or "appos" || rel.StartsWith("conj", StringComparison.Ordinal)) return true;
        }
        return tokens[h].Relation is "nmod:poss" or "compound";
    }

    // The actors the group sums up, or null when the article names no clear set: the most recent sentence naming two
    // or more countries' actors of the kind gives the candidates, and they must be the article's main ones so far (its
    // n most named such countries, n the size of the set, none other named as often): a readout names its
    // two leaders throughout, while a third country's leader named in passing ("Kishida condemned Putin's war")
    // makes a sentence of the wrong pair.
    private List<Mention>? Members(List<Mention> mentions, int sentence, int h, GroupKind kind, int min, int max)
    {
        // "the Parties" of an agreement are the signatories its head names ("The United States of America and Ukraine
        // (hereinafter, the "Parties")"), however many other countries its articles name since.
        if (_words.NeedsCapital(_article.Tokens[h].Span)) return Signatories(mentions, h, kind, min, max);
        var found = FindMembers(mentions, sentence, h, kind, min, max);
        // "the two leaders" / "both leaders" that no nearby sentence settles: a readout's or joint statement's first
        // sentences name its pair ("President Biden spoke today with Prime Minister Netanyahu of Israel"), however
        // many third parties it names later ("the Palestinian Authority"). Not "both sides": a readout's talks are as
        // often between two others ("communication between the two sides", Armenia and Azerbaijan, in a readout of a
        // US meeting with Armenia; 4 of 9 right on the news run against 11 of 11 for leaders, governments, countries).
        if (found is null && min == 2 && max == 2 && kind != GroupKind.Side) found = Signatories(mentions, h, kind, min, max);
        // The same for "the leaders" / "the three leaders" of a trilateral readout or statement whose first sentences
        // name three leaders: a later sentence naming two of them, or a mention that ran two names together, leaves
        // the nearest set short of the article's main three, while the opening says who "the Leaders" are. Only
        // three: a pair's "the leaders" is as often the leaders of some other talks, and four or more heads come
        // from a summit whose readout need not count them one by one.
        if (found is null && kind == GroupKind.Leader && min <= Trilateral && max >= Trilateral)
            found = Signatories(mentions, h, kind, Trilateral, Trilateral) ?? LeadersOfList(mentions, h);
        if (found != null && NamesOthersAtOnce(mentions, Math.Max(0, sentence - SentencesBack), h, kind, Countries(found))) return null;
        return found;
    }

    private List<Mention>? FindMembers(List<Mention> mentions, int sentence, int h, GroupKind kind, int min, int max)
    {
        int stop = Math.Max(0, sentence - SentencesBack);
        for (int s = sentence; s >= stop; s--)
        {
            var found = new List<Mention>(BareLeaders);
            for (int i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if (m.Sentence != s || (s == sentence && m.Tokens.First >= h) || !Fits(m, kind)) continue;
                // The most recent mention of each country stands for it.
                bool seen = false;
                foreach (var f in found) if (f.Code.PrimarySpan.SequenceEqual(m.Code.PrimarySpan)) { seen = true; break; }
                if (!seen) found.Add(m);
            }
            if (found.Count < 2) continue;
            if (found.Count < min || found.Count > max || !MainActors(mentions, h, kind, found)) return null;
            if (kind is (GroupKind.Official or GroupKind.Adviser) && NamesThirdCountry(mentions, s, h, found)) return null;
            found.Reverse();
            return found;
        }
        return MostNamed(mentions, h, kind, min, max);
    }

    // "Officials" take any title, so a third state the members' sentence names may hold one whom the titles did not
    // make a person ("Sullivan, Secretary General Akiba Takeo of Japan, and Director of the National Security Office
    // of the Republic of Korea (ROK) Kim Sung-han will meet ... The officials will meet bilaterally"): the group is
    // left open rather than given the two.
    private static bool NamesThirdCountry(List<Mention> mentions, int sentence, int h, List<Mention> found)
    {
        foreach (var m in mentions)
        {
            if (m.Sentence != sentence || m.Tokens.First >= h || m.Members != null || !ContextCountryPass.IsCountry(m.Code.PrimarySpan)) continue;
            bool member = false;
            foreach (var f in found) if (f.Code.PrimarySpan.SequenceEqual(m.Code.PrimarySpan)) { member = true; break; }
            if (!member) return true;
        }
        return false;
    }

    // The actors of the kind in the article's first sentence naming two or more countries' such actors, when that
    // sentence is one of its first <see cref="HeadSentences"/> (the head of an agreement) and names as many countries
    // as the phrase allows; else none.
    private List<Mention>? Signatories(List<Mention> mentions, int h, GroupKind kind, int min, int max)
    {
        var found = new List<Mention>(BareLeaders);
        for (int s = 0; s < HeadSentences; s++)
        {
            found.Clear();
            foreach (var m in mentions)
            {
                if (m.Sentence != s || m.Tokens.First >= h || !Fits(m, kind)) continue;
                bool seen = false;
                foreach (var f in found) if (f.Code.PrimarySpan.SequenceEqual(m.Code.PrimarySpan)) { seen = true; break; }
                if (!seen) found.Add(m);
            }
            if (found.Count >= 2)
                return found.Count >= min && found.Count <= max && !(kind is (GroupKind.Official or GroupKind.Adviser) && NamesThirdCountry(mentions, s, h, found)) ? found : null;
        }
        return null;
    }

    // A joint statement's opening that names its leaders as one plural phrase ("We, the leaders of Japan, the
    // Republic of Korea (ROK), and the United States, convened ..."): the countries the "leaders of" phrase and the list
    // running on from it name, each as its government, when they are three (see Members); else none. The list is read
    // on the surface (commas, "and", "the", brackets between the names) because the parse often hangs its later items
    // on "leaders" rather than on the first country.
    private List<Mention>? LeadersOfList(List<Mention> mentions, int h)
    {
        var tokens = _article.Tokens;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Sentence >= HeadSentences) break;
            if (m.Tokens.First >= h || m.Members != null || !IsGovernmentOnly(m.Code) || m.Tokens.Count < 3) continue;
            if (!tokens[m.Tokens.First].Span.Equals("leaders", StringComparison.OrdinalIgnoreCase)
                || !tokens[m.Tokens.First + 1].Span.Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
            var list = new List<Mention>(Trilateral) { m };
            int end = m.Tokens.End;
            for (int j = i + 1; j < mentions.Count && mentions[j].Sentence == m.Sentence && mentions[j].Tokens.First < h; j++)
            {
                var n = mentions[j];
                if (!OnlyListWords(end, n.Tokens.First)) break;
                if (!ContextCountryPass.IsCountry(n.Code.PrimarySpan) || !(n.Code.Value.Length == 3 || IsGovernmentOnly(n.Code))) break;
                end = n.Tokens.End;
                bool seen = false;
                foreach (var f in list) if (f.Code.PrimarySpan.SequenceEqual(n.Code.PrimarySpan)) { seen = true; break; }
                if (!seen) list.Add(n with { Code = ActorCode.Parse(n.Code.Primary + "GOV") });
            }
            return list.Count == Trilateral ? list : null;
        }
        return null;
    }

    // True when the words from..to (exclusive) only join the items of a list: commas, "and", "the", brackets.
    private bool OnlyListWords(int from, int to)
    {
        var tokens = _article.Tokens;
        for (int t = from; t < to; t++)
        {
            var w = tokens[t].Span;
            if (w is "," or "(" or ")" || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            return false;
        }
        return true;
    }

    // A plural phrase of the kind with a country outside the members ("Shoukry and his Greek, Cypriot and French
    // counterparts ... Di Maio joined"): the article has named more such people than it counts one by one, so "the
    // foreign ministers" after it may be any number of them; the group is left open rather than given the two named
    // singly. A plural of a member's own country ("the Canadian ministers") takes nothing away.
    private static List<string> Countries(List<Mention> found)
    {
        var list = new List<string>(found.Count);
        foreach (var f in found) list.Add(f.Code.Primary);
        return list;
    }

    private bool NamesOthersAtOnce(List<Mention> mentions, int stopSentence, int h, GroupKind kind, IReadOnlyList<string> found)
    {
        if (kind is not (GroupKind.Leader or GroupKind.Minister or GroupKind.Official or GroupKind.Adviser)) return false;
        var tokens = _article.Tokens;
        foreach (var m in mentions)
        {
            if (m.Sentence < stopSentence || m.Tokens.First >= h || m.Members != null) continue;
            if (!ContextCountryPass.IsCountry(m.Code.PrimarySpan) || !IsGovernmentOnly(m.Code)) continue;
            bool member = false;
            foreach (var f in found) if (f.AsSpan().SequenceEqual(m.Code.PrimarySpan)) { member = true; break; }
            if (member) continue;
            // The phrase's last word is the plural head ("the Iraqi Council of Ministers" is one body).
            var last = tokens[m.Tokens.End - 1].Span;
            if (last.Equals("counterparts", StringComparison.OrdinalIgnoreCase) || last.Equals("ministers", StringComparison.OrdinalIgnoreCase)
                || last.Equals("leaders", StringComparison.OrdinalIgnoreCase) || last.Equals("presidents", StringComparison.OrdinalIgnoreCase)
                || last.Equals("secretaries", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // No sentence nearby names a set (a long joint statement whose leaders were named at its top): the article's most
    // named countries so far, when as many as the phrase says stand clearly above the rest (the most recent mention of
    // each stands for it).
    private List<Mention>? MostNamed(List<Mention> mentions, int h, GroupKind kind, int min, int max)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var latest = new Dictionary<string, Mention>(StringComparer.Ordinal);
        // Keyed by the code's letters in place: a key string is made once per country, not once per mention.
        var countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var latestBySpan = latest.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            if (m.Tokens.First >= h || !Fits(m, kind)) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(countsBySpan, m.Code.PrimarySpan, out _)++;
            latestBySpan[m.Code.PrimarySpan] = m;
        }
        if (counts.Count < min) return null;
        var ranked = new List<KeyValuePair<string, int>>(counts);
        ranked.Sort((a, b) => b.Value.CompareTo(a.Value));
        for (int n = min; n <= max && n <= ranked.Count; n++)
        {
            if (ranked.Count > n && ranked[n].Value >= ranked[n - 1].Value) continue;
            var found = new List<Mention>(n);
            for (int i = 0; i < n; i++) found.Add(latest[ranked[i].Key]);
            found.Sort((a, b) => a.Tokens.First.CompareTo(b.Tokens.First));
            return found;
        }
        return null;
    }

    // True when the candidates' countries are the article's n most named ones (by actors of the kind, before the
    // group), with no other country named as often as the least named of them.
    private bool MainActors(List<Mention> mentions, int h, GroupKind kind, List<Mention> found)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            if (m.Tokens.First >= h || !Fits(m, kind)) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(countsBySpan, m.Code.PrimarySpan, out _)++;
        }
        var ranked = new List<int>(counts.Values);
        ranked.Sort((a, b) => b.CompareTo(a));
        int bar = ranked[Math.Min(found.Count, ranked.Count) - 1];
        // A further country named as often leaves it open which ones the group means.
        if (ranked.Count > found.Count && ranked[found.Count] >= bar) return false;
        foreach (var f in found) if ((countsBySpan.TryGetValue(f.Code.PrimarySpan, out var n) ? n : 0) < bar) return false;
        return true;
    }

    // An actor of the group's kind: a state or its government (not "---", an organisation, nor a state's people, army
    // or firms: "both sides" of talks are the states, not the "Indonesian people" named in passing), itself no group;
    // for leaders and ministers one person of a government, told apart by title words.
    private bool Fits(Mention m, GroupKind kind)
    {
        if (m.Members != null || !ContextCountryPass.IsCountry(m.Code.PrimarySpan)) return false;
        if (kind is GroupKind.Government or GroupKind.Country or GroupKind.Side)
            return m.Code.Value.Length == 3 || m.Code.Value == m.Code.Primary + "GOV";
        if (m.Code.Value != m.Code.Primary + "GOV" && !(kind == GroupKind.Leader && IsOppositionPerson(m))) return false;
        var tokens = _article.Tokens;
        int last = m.Tokens.End - 1;
        // The head stands before an "of" phrase: "President Ferdinand Marcos, Jr. of the Philippines" ends in a plural
        // country name but is one person.
        for (int t = m.Tokens.First + 1; t < m.Tokens.End; t++)
            if (tokens[t].Span is "of") { last = t - 1; break; }
        if (tokens[last].Xpos is "NNS" or "NNPS") return false;
        var text = m.Text.ToLowerInvariant();
        bool minister = (text.Contains("minister") && !text.Contains("prime minister")) || text.Contains("secretary");
        // An official is any one person of a government, whatever the title, but no body ("the ministry") and no head
        // of state or government: "Mr. Sullivan noted that President Biden looks forward to meeting Prime Minister
        // Kishida" names leaders, not the officials of the call.
        if (kind == GroupKind.Official)
            return !(text.Contains("government") || text.Contains("administration") || text.Contains("ministry")) && !IsPlace(m)
                && !IsHeadTitled(text) && (tokens[last].Upos == Upos.PROPN || char.IsUpper(m.Text[0]));
        // An adviser is a person titled adviser, of a government, checked as officials are ("National Security Advisor
        // Jake Sullivan", "Diplomatic Advisor to the Prime Minister of Italy"): not a body, not a head of government.
        if (kind == GroupKind.Adviser)
            return (text.Contains("adviser") || text.Contains("advisor")) && !(text.Contains("government") || text.Contains("administration")
                || text.Contains("ministry")) && !IsPlace(m) && !IsHeadTitled(text) && (tokens[last].Upos == Upos.PROPN || char.IsUpper(m.Text[0]));
        bool other = text.Contains("ambassador") || text.Contains("spokes") || text.Contains("advis") || text.Contains("envoy")
            || text.Contains("official") || text.Contains("government") || text.Contains("administration") || text.Contains("ministry");
        if (other) return false;
        if (IsPlace(m)) return false;
        if (kind == GroupKind.Minister) return minister;
        // A leader is a person: a name or a title ("Prime Minister Kishida", "the President"), not a body.
        return !minister && (tokens[last].Upos == Upos.PROPN || char.IsUpper(m.Text[0]));
    }

    // A head of state or government by title ("President Biden", "Prime Minister Kishida", not "Vice President"), read
    // before any "to" or "of" phrase: "Diplomatic Advisor to the Prime Minister of Italy" is an adviser.
    private static bool IsHeadTitled(string lower)
    {
        foreach (var cut in (ReadOnlySpan<string>)[" to ", " of "])
        {
            int c = lower.IndexOf(cut, StringComparison.Ordinal);
            if (c >= 0) lower = lower[..c];
        }
        if (lower.Contains("prime minister") || lower.Contains("premier") || lower.Contains("chancellor") || lower.Contains("king ")) return true;
        int at = lower.IndexOf("president", StringComparison.Ordinal);
        return at >= 0 && !(at >= 5 && lower.AsSpan(0, at).EndsWith("vice ")) && !lower.Contains("vice-president");
    }

    // A titled person the people dictionaries place in a country's opposition ("President-elect Edmundo González
    // Urrutia", VENOPP): a leader beside the head of government he meets ("Both leaders agreed ..."), where the group
    // would otherwise fall back on the headline's countries and make him the government. Only a dictionary person:
    // "the Venezuelan opposition" is a movement, not one of "the two leaders"; and only with a title: a dissident
    // named in passing ("the poisoning of Aleksey Navalny") is not the other leader of a call.
    private bool IsOppositionPerson(Mention m)
    {
        if (m.Code.Value != m.Code.Primary + "OPP") return false;
        bool person = false;
        foreach (var e in m.Evidence)
            if (e.StartsWith("actors/people", StringComparison.Ordinal)) { person = true; break; }
        return person && PersonTitles.TitlesIn(_article, m.Tokens).Any();
    }

    // A seat of government or a country's name read as its government ("Rome", "the White House"): its dictionary
    // lines are all country lines. No person, so no leader ("President Macron spoke in Rome" names one leader).
    private static bool IsPlace(Mention m)
    {
        bool any = false;
        foreach (var e in m.Evidence)
        {
            if (!e.StartsWith("actors/", StringComparison.Ordinal)) continue;
            if (!e.StartsWith("actors/countries.txt", StringComparison.Ordinal)) return false;
            any = true;
        }
        return any;
    }

    private static int MentionEndingAt(List<Mention> mentions, int h)
    {
        for (int i = 0; i < mentions.Count; i++) if (mentions[i].Tokens.End - 1 == h) return i;
        return -1;
    }

    private static bool InMention(List<Mention> mentions, int t)
    {
        foreach (var m in mentions) if (t >= m.Tokens.First && t < m.Tokens.End) return true;
        return false;
    }
}
