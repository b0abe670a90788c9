using Casus.Actors.People;
using Casus.Document;
using Casus.Time;

namespace Casus.Actors.Coreference;

/// <summary>
/// Runs after phrase composition, over one article, sentence by sentence in text order (docs/formats/actors.md,
/// "People" and "Coreference"):
/// <list type="number">
/// <item>finds personal names by <see cref="NameKey"/> (variants, particles, split hyphens), resolves them by the
/// article date, and merges them with the role/country phrase around them ("Syrian President" + "Bashar al-Assad");</item>
/// <item>makes a person the dictionaries lack a known actor when the phrase around it, or an apposition, gives a
/// country and a title ("Iraq's foreign minister Hoshyar Zebari", "Syria's ambassador to Iraq, Nawaf al-Fares,");</item>
/// <item>links a later surname ("Mr. Fares", "Fares"), a title + surname ("President Assad"), a title-only phrase
/// ("the ambassador") and a subject pronoun ("he", "she", "they") to its antecedent, recording it in the evidence;</item>
/// <item>records later mentions of a person no dictionary codes ("Mr. Sullivan" after "National Security Advisor Jake
/// Sullivan") in <see cref="Links"/>, for <see cref="UncodedLinkPass"/> to code once the country passes have run.</item>
/// </list>
/// Per-article state; not thread-safe (one instance per article).
/// </summary>
internal sealed partial class CoreferencePass
{
    private const int MaxNameTokens = 8;
    private const int PronounWindow = 2; // sentences before the pronoun's own

    private readonly PersonDirectory _people;
    private readonly Article _article;
    private readonly int _firstMention;
    private readonly DateOnly? _date;
    private readonly string? _publisherCountry;
    private readonly List<Item> _items = new();
    private readonly List<KnownActor> _known = new();
    private readonly Dictionary<int, KnownActor> _byPerson = new();
    private readonly Dictionary<string, KnownActor> _byFullKey = new(StringComparer.Ordinal);
    private readonly List<Uncoded> _blockers = new(); // people named in the article whom no dictionary codes
    private readonly HashSet<Item> _rejected = new();
    private readonly List<UncodedLink> _links = new();
    private readonly List<(string Key, int Token)> _unplaced = new(); // name words of no one placed, by surname key

    /// <summary>Later mentions ("Mr. Sullivan", "he") of people the dictionaries lack, each with the name it refers
    /// to; <see cref="UncodedLinkPass"/> gives them the code the country passes gave that name's phrase.</summary>
    public IReadOnlyList<UncodedLink> Links => _links;

    private sealed class Item
    {
        public int Start, End, Sentence;
        public ActorCode Code;
        // Never changed in place, only replaced: a composed phrase's item shares its mention's list (copying every
        // mention's evidence per article was much of the pass's allocation).
        public IReadOnlyList<string> Evidence = [];
        public Mention? Source; // the composed mention it came from, handed back as it is when nothing changed
        public KnownActor? Actor;
        public bool Composed; // came from the phrase composer
        public TokenSpan Span => new(Start, End - Start);
    }

    // A person the article names but no dictionary codes ("National Security Advisor Jake Sullivan", later "Mr.
    // Sullivan"): [Start, End) covers the name and the composed phrase around it, so that the parse can show it as a
    // subject. Such a person is an antecedent like any other: a pronoun that refers to them stays uncoded.
    // A pronoun left uncoded is recorded too (Plural for "they"): a later pronoun that continues its chain ("They
    // visited air bases where American forces work. They also met ...") must not pass to another actor.
    // Origin: the index in _blockers of the full name ("Jake Sullivan") this mention refers to, or -1 (none, or two
    // people of the surname); a full name is its own origin. Gender: 'm'/'f' when a title or pronoun showed it.
    private readonly record struct Uncoded(int Sentence, int Start, int End, string SurnameKey, bool Plural = false,
        string FullKey = "", int NameStart = -1, int NameEnd = -1, int Origin = -1, char Gender = '\0');

    /// <param name="publisherCountry">The country of a government that publishes the article on its own site, or
    /// null: context that tells apart two officeholders of one surname ("Vice President Harris" on whitehouse.gov).</param>
    public CoreferencePass(PersonDirectory people, Article article, int firstMention, string? publisherCountry = null)
    {
        _publisherCountry = publisherCountry;
        _people = people;
        _article = article;
        _firstMention = firstMention;
        _date = article.Metadata.Published;
    }

    public void Run()
    {
        var mentions = _article.Mentions;
        for (int i = _firstMention; i < mentions.Count; i++)
        {
            var m = mentions[i];
            _items.Add(new Item { Start = m.Tokens.First, End = m.Tokens.End, Sentence = m.Sentence, Code = m.Code, Evidence = m.Evidence, Composed = true, Source = m });
        }
        foreach (var sentence in _article.Sentences)
        {
            int first = sentence.FirstToken, end = first + sentence.TokenCount;
            Names(sentence.Index, first, end);
            TitleOnly(sentence.Index, first, end);
            Pronouns(sentence.Index, first, end);
        }
        // A written name the composer matched inside a longer name this pass rejected ("bin Laden" inside "Hamza bin
        // Laden") is no mention of that person; other written names the composer matched keep their mention, coded
        // by the date policy of the directory.
        _items.RemoveAll(i => _rejected.Contains(i));
        foreach (var item in _items)
            if (item.Composed && item.Actor is null && IsPersonEvidence(item)) Recode(item);
        _items.Sort((a, b) => a.Start.CompareTo(b.Start));
        _article.ReplaceMentions(_firstMention, _items.Select(ToMention));
    }

    private Mention ToMention(Item item)
    {
        // A phrase the pass left as it was is its mention; a mention over the same words keeps the words' string.
        if (item.Source is { } source && source.Tokens.First == item.Start && source.Tokens.End == item.End && source.Sentence == item.Sentence)
        {
            if (item.Code == source.Code && ReferenceEquals(item.Evidence, source.Evidence) && source.Members is null) return source;
            return new(item.Sentence, item.Span, source.Text, item.Code, item.Evidence);
        }
        return new(item.Sentence, item.Span, SpanText(item.Start, item.End), item.Code, item.Evidence);
    }

    // ---------------------------------------------------------------- names

    private void Names(int sentence, int first, int end)
    {
        for (int p = first; p < end;)
        {
            if (!StartsRun(p, end)) { p++; continue; }
            int q = p;
            while (q < end && (IsNameToken(q) || (IsConnector(q) && q + 1 < end && (IsNameToken(q + 1) || IsConnector(q + 1))))) q++;
            while (q > p && IsConnector(q - 1)) q--; // a run never ends in a connector
            if (q == p) { p++; continue; }
            Run(sentence, first, end, p, q);
            p = q;
        }
    }

    private bool StartsRun(int p, int end)
        => IsNameToken(p) || (IsParticleToken(p) && p + 1 < end && (IsNameToken(p + 1) || IsConnector(p + 1)));

    // One run of name tokens [start, end) of a sentence that begins at token sentenceFirst.
    private void Run(int sentence, int sentenceFirst, int sentenceEnd, int start, int end)
    {
        // Titles inside the run ("President", "Russian Foreign Minister"): the name follows the last one.
        int nameStart = start;
        for (int i = start; i < end; i++)
        {
            if (PersonTitles.TitleBefore(_article, start, i + 1) > 0) nameStart = i + 1;
        }
        if (nameStart >= end) return;

        // A title before the name ("President", "Mr.", "Russian Foreign Minister") joins the name's mention.
        int titleFrom = nameStart > start ? start : nameStart - PersonTitles.TitleBefore(_article, sentenceFirst, nameStart);

        // Full names of the directory, longest first, anywhere in the run.
        bool matched = false;
        for (int i = start; i < end;)
        {
            if (_article.Tokens[i].Span is "-") { i++; continue; }
            int j = FullNameAt(i, end, out var person, out var known);
            if (j == 0) { i++; continue; }
            // "Hamza bin Laden" is not "bin Laden": a full name may not start after name words of its own run that
            // no composed phrase explains (a country word or title may stand there: "Syrian President Bashar ...").
            if (i > nameStart && UnexplainedNameWords(nameStart, i))
            {
                foreach (var it in _items) if (it.Composed && it.Start < j && it.End > i && IsPersonEvidence(it)) _rejected.Add(it);
                i = j;
                continue;
            }
            matched = true;
            int spanStart = i == nameStart ? titleFrom : i;
            if (person is not null) PersonFound(sentence, spanStart, i, j, person, sentenceEnd);
            else LinkKnown(sentence, spanStart, j, known!);
            i = j;
        }
        if (matched) return;

        int real = 0;
        for (int i = nameStart; i < end; i++) if (!IsConnector(i)) real++;
        // "Later Fares left": without tags a capitalised first word of the sentence may be no name at all.
        if (real >= 2 && nameStart == sentenceFirst && _article.Tokens[nameStart].Upos == Upos.None && !IsConnector(nameStart + 1)
            && PersonTitles.TitleBefore(_article, sentenceFirst, nameStart) == 0)
        {
            int rest = nameStart + 1;
            int surname = rest;
            while (surname < end && IsConnector(surname)) surname++;
            if (real == 2 && _known.Count > 0 && HasKnownSurname(NameKey.OfWord(_article.Tokens[surname].Span)))
            {
                Surname(sentence, rest, rest, end, false);
                return;
            }
        }
        if (real == 1) { Surname(sentence, titleFrom, nameStart, end, titleFrom < nameStart); return; }
        if (real == 2 && HyphenatedSurname(sentence, titleFrom, nameStart, end)) return;
        UnknownName(sentence, titleFrom, nameStart, end, sentenceEnd);
    }

    private static bool IsPersonEvidence(Item item)
        => item.Evidence.Count > 0 && item.Evidence[0].StartsWith("actors/people", StringComparison.Ordinal);

    // A composed person mention this pass did not reach ("the Biden administration"): the person's code by the date policy.
    private void Recode(Item item)
    {
        var key = KeyOf(item.Start, item.End);
        var people = _people.ByFullName(key);
        if (people.Count == 0) people = _people.ByShortForm(NameKey.Strict(SpanText(item.Start, item.End)));
        if (people.Count == 0) return;
        var r = PersonDirectory.Resolve(Pick(people, SpanText(item.Start, item.End)), _date);
        item.Code = r.Code;
        List<string> evidence = [r.Evidence, .. item.Evidence.Skip(1)];
        item.Evidence = evidence;
    }

    private bool UnexplainedNameWords(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsConnector(k) || !IsNameToken(k)) continue;
            // Untagged, a capitalised first word of the sentence may be any word ("Yesterday Ilir Meta spoke").
            if (_article.Tokens[k].IndexInSentence == 0 && _article.Tokens[k].Upos == Upos.None) continue;
            bool explained = false;
            foreach (var it in _items)
                if (it.Composed && it.Start <= k && it.End > k && EvidenceNames(it, _article.Tokens[k].Span)) { explained = true; break; }
            if (!explained) return true;
        }
        return false;
    }

    // The longest span from token i (before end) that is a full name of the directory or of an actor the article
    // introduced; returns its end, or 0.
    private int FullNameAt(int i, int end, out Person? person, out KnownActor? known)
    {
        person = null;
        known = null;
        var wordKey = NameKey.OfWord(_article.Tokens[i].Span);
        bool directory = _people.MayStartName(wordKey);
        for (int j = Math.Min(end, i + MaxNameTokens); j > i; j--)
        {
            if (IsConnector(j - 1)) continue;
            if (j == i + 1 && !_article.Tokens[i].Span.Contains('-')) break; // one word is a surname, not a full name
            // A name does not end inside a hyphenated word: "Kim Sung-han" (tokens "Kim Sung - han") is not "Kim Sung".
            if (CutsHyphenatedWord(j)) continue;
            var key = KeyOf(i, j);
            if (key.Length == 0) continue;
            if (_byFullKey.TryGetValue(key, out known) && known.Person is null) return j;
            known = null;
            if (!directory) continue;
            var candidates = _people.ByFullName(key);
            if (candidates.Count > 0) { person = Pick(candidates, SpanText(i, j)); return j; }
            // Only when no full name matches: the short form of an Arabic name ("Mohamed bin Zayed"), and only
            // when the name ends there: "Khaled bin Mohamed Al Nahyan" names his own family, not the "Khalid bin
            // Mohammed Al Attiyah" whose short form its first words are.
            if (j != end) continue;
            person = _people.ByPatronymicForm(key);
            if (person is not null) return j;
        }
        return 0;
    }

    // True when token j is a hyphen written between the word before it and a word after it ("Sung-han").
    private bool CutsHyphenatedWord(int j)
    {
        var tokens = _article.Tokens;
        if (j <= 0 || j + 1 >= tokens.Count || tokens[j].Span is not "-") return false;
        return tokens[j - 1].End == tokens[j].Start && tokens[j].End == tokens[j + 1].Start && char.IsLetter(tokens[j + 1].Span[0]);
    }

    // Among people sharing a key, one written with the name's very spelling ("Mark Rutte", not "Margrethe II"
    // of the same key), else one active on the article date, else the first.
    private Person Pick(IReadOnlyList<Person> candidates, string written = "")
    {
        if (candidates.Count == 1) return candidates[0];
        var spelling = NameKey.Spelling(written);
        var spelt = candidates.Where(p => p.Names.Any(n => NameKey.Spelling(n) == spelling)).ToList();
        if (spelt.Count > 0) candidates = spelt;
        if (_date is { } d)
            foreach (var p in candidates) if (PersonDirectory.IsActiveOn(p, d)) return p;
        return candidates[0];
    }

    private void PersonFound(int sentence, int spanStart, int nameStart, int nameEnd, Person person, int sentenceEnd)
    {
        var known = KnownFor(person, sentence, nameStart, nameEnd);
        var evidence = new List<string>(known.Evidence);
        var written = SpanText(nameStart, nameEnd);
        if (!person.Names.Contains(written, StringComparer.Ordinal)) evidence.Add(VariantEvidence(written, person));
        Place(sentence, spanStart, nameEnd, known, evidence, sentenceEnd);
    }

    // Which written name of the person the variant matched, and how: the same name key (a spelling or
    // transliteration), or the short form of an Arabic patronymic name.
    private static string VariantEvidence(string written, Person person)
    {
        var key = NameKey.Of(written);
        foreach (var n in person.Names)
            if (NameKey.Of(n) == key) return $"name variant: '{written}' = '{n}' (same name key '{key}': spelling or transliteration)";
        foreach (var n in person.Names)
            foreach (var form in PatronymicForms.Of(n))
                if (NameKey.Of(form) == key)
                    return $"name variant: '{written}' = '{n}' (short form '{form}' of an Arabic patronymic name)";
        return $"name variant: '{written}' = '{person.Name}'";
    }

    private KnownActor KnownFor(Person person, int sentence, int nameStart, int nameEnd)
    {
        if (_byPerson.TryGetValue(person.Id, out var known)) return known;
        var resolution = PersonDirectory.Resolve(person, _date);
        known = new KnownActor(SpanText(nameStart, nameEnd), NameKey.Of(person.Name), person.SurnameKey, resolution.Code,
            [resolution.Evidence], sentence, person);
        _byPerson[person.Id] = known;
        _known.Add(known);
        foreach (var n in person.Names) _byFullKey.TryAdd(NameKey.Of(n), known);
        _byFullKey.TryAdd(KeyOf(nameStart, nameEnd), known);
        return known;
    }

    // A name that stands for a known actor: a mention over [spanStart, end) with its code, merged with the
    // composed phrase around it; an apposed phrase lends the actor its titles.
    private void Place(int sentence, int spanStart, int end, KnownActor known, List<string> evidence, int sentenceEnd, Item? apposed = null)
    {
        known.LastToken = end - 1;
        known.Mentions++;
        // "Mr. Fares", "Queen Rania": the title shows the gender, so a pronoun of the other gender will not link.
        for (int i = spanStart; i < end && known.Gender == '\0'; i++)
            known.Gender = PersonTitles.GenderOf(_article.Tokens[i].Span);
        foreach (var t in PersonTitles.TitlesIn(_article, new TokenSpan(spanStart, end - spanStart))) known.Titles.Add(t);
        int start = spanStart;
        var merged = new List<Item>();
        foreach (var item in _items)
        {
            if (item.Sentence != sentence || item == apposed) continue;
            // Overlapping, or a role/country phrase right before the name ("Syrian President" + "Bashar al-Assad").
            bool overlaps = item.Start < end && item.End > start;
            bool before = item.End == start && item.Composed && item.Actor is null && !item.Code.IsEmpty &&
                PersonTitles.TitlesIn(_article, item.Span).Any(); // "Syrian President", not "in Brussels"
            if (overlaps || before) merged.Add(item);
        }
        foreach (var m in merged)
        {
            start = Math.Min(start, m.Start);
            end = Math.Max(end, m.End);
            _items.Remove(m);
            if (m.Actor is null)
            {
                foreach (var t in PersonTitles.TitlesIn(_article, m.Span)) known.Titles.Add(t);
                // A title phrase before the name ("Hamas official Mohammed Ali") may state the affiliation.
                bool phraseWon = m.Code != known.Code && m.Start <= spanStart && PhraseWins(known, m, evidence);
                if (m.Code != known.Code && !phraseWon) evidence.Add($"the person's code wins over '{SpanText(m.Start, m.End)}' → {m.Code}");
                foreach (var e in m.Evidence) if (!evidence.Contains(e)) evidence.Add(e);
            }
        }
        if (apposed is null) apposed = Apposed(sentence, start, end, sentenceEnd);
        if (apposed is not null)
        {
            // "Syria's ambassador to Iraq, Nawaf al-Fares": one actor, one mention (the coder must not see two).
            foreach (var t in PersonTitles.TitlesIn(_article, apposed.Span)) known.Titles.Add(t);
            evidence.Add($"apposition: '{SpanText(apposed.Start, apposed.End)}' is the same actor");
            if (apposed.Code != known.Code && !PhraseWins(known, apposed, evidence))
                evidence.Add($"the person's code wins over '{SpanText(apposed.Start, apposed.End)}' → {apposed.Code}");
            foreach (var e in apposed.Evidence) if (!evidence.Contains(e)) evidence.Add(e);
            start = Math.Min(start, apposed.Start);
            end = Math.Max(end, apposed.End);
            _items.Remove(apposed);
        }
        _items.Add(new Item { Start = start, End = end, Sentence = sentence, Code = known.Code, Evidence = evidence, Actor = known });
    }

    // "X, Syria's ambassador to Iraq," or "Syria's ambassador to Iraq, X,": a composed phrase with a title, set off
    // from the name by a comma.
    private Item? Apposed(int sentence, int start, int end, int sentenceEnd)
    {
        foreach (var item in _items)
        {
            if (item.Sentence != sentence || item.Actor is not null || !item.Composed) continue;
            // The composed phrase leaves out its determiner: "X, a senior Hamas official," starts at "senior".
            bool after = end < sentenceEnd && IsComma(end) &&
                (item.Start == end + 1 || item.Start == end + 2 && IsArticle(end + 1) && Closed(item.End, sentenceEnd));
            bool before = start > 0 && IsComma(start - 1) && item.End == start - 1;
            if (!(after || before)) continue;
            if (!PersonTitles.TitlesIn(_article, item.Span).Any() || NamesSomeoneElse(item)) continue;
            return item;
        }
        return null;
    }

    // "Chinese President Xi Jinping": a name right after the phrase's title belongs to that phrase, not to ours.
    private bool NamesSomeoneElse(Item item)
    {
        for (int i = item.Start; i < item.End - 1; i++)
            if (PersonTitles.IsTitle(_article.Tokens[i].Span) && IsNameToken(i + 1) && !PersonTitles.IsTitle(_article.Tokens[i + 1].Span))
                return true;
        return false;
    }

    private void LinkKnown(int sentence, int spanStart, int nameEnd, KnownActor known)
    {
        var evidence = new List<string>
        {
            $"coreference: '{SpanText(spanStart, nameEnd)}' → '{known.Name}' (sentence {known.Sentence})",
        };
        evidence.AddRange(known.Evidence);
        Place(sentence, spanStart, nameEnd, known, evidence, int.MaxValue);
    }

    // A one-word name (after any title): an actor already named in the article, a written short form, or a title
    // + surname that only one person active on the article date carries.
    private void Surname(int sentence, int spanStart, int nameStart, int nameEnd, bool titled)
    {
        int word = nameStart;
        while (IsConnector(word)) word++;
        var text = _article.Tokens[word].Text;
        var key = NameKey.OfWord(text);
        if (key.Length < 2) return;
        // "Mr. Sullivan", "West" after "Jake Sullivan", "Kanye West" whom no dictionary codes: the same uncoded person,
        // unless a coded actor of that surname was named more recently. The article's own people come before the
        // directory's and the dictionaries' words ("West" → WST), except after a determiner ("the West").
        int uncoded = -1;
        for (int b = _blockers.Count - 1; b >= 0; b--)
            if (_blockers[b].SurnameKey == key) { uncoded = _blockers[b].Start; break; }
        bool determiner = spanStart > 0 && _article.Tokens[spanStart - 1].Upos == Upos.DET;
        if (uncoded >= 0 && !determiner && !_known.Any(k => k.SurnameKey == key && k.LastToken > uncoded))
        {
            _items.RemoveAll(i => i.Composed && i.Actor is null && i.Sentence == sentence && i.Start <= word && i.End > word && EvidenceNames(i, text));
            int origin = SurnameOrigin(key);
            if (AddUncoded(sentence, spanStart, nameStart, nameEnd, origin) >= 0 && origin >= 0)
                AddLink(sentence, spanStart, nameEnd, origin);
            return;
        }
        // A word the composer took for a country, organisation or role ("Russia") is not a surname.
        foreach (var item in _items)
            if (item.Composed && item.Actor is null && item.Start <= word && item.End > word && EvidenceNames(item, text)) return;

        KnownActor? best = null;
        foreach (var k in _known)
            if (k.SurnameKey == key && (best is null || k.LastToken > best.LastToken)) best = k;
        // A person only this article describes ("Mayor of London Sadiq Khan") does not take a surname that already
        // stood for someone unplaced before that description ("Usman Khan ... Khan was pinned to the ground").
        if (best is not null && best.Person is null && NamesakeBefore(best)) best = null;
        if (best is not null) { LinkKnown(sentence, spanStart, nameEnd, best); return; }

        // Standing alone, the word must match by the strict key (consonants and vowels).
        var strict = NameKey.Strict(text);
        var shorts = _people.ByShortForm(strict);
        if (shorts.Count > 0)
        {
            // Several people written with this short form: only one active on the article date may take it.
            Person? person = shorts.Count == 1 ? shorts[0]
                : _date is { } d && shorts.Count(p => PersonDirectory.IsActiveOn(p, d)) == 1 ? Pick(shorts) : null;
            if (person is not null)
            {
                var known = KnownFor(person, sentence, nameStart, nameEnd);
                var evidence = new List<string>(known.Evidence) { $"short form '{SpanText(nameStart, nameEnd)}'" };
                Place(sentence, spanStart, nameEnd, known, evidence, int.MaxValue);
                return;
            }
        }

        if (titled && _date is { } date)
        {
            Person? only = null;
            int count = 0;
            foreach (var p in _people.ByStrictSurname(strict))
                if (PersonDirectory.IsActiveOn(p, date)) { only = p; count++; }
            string? why = count == 1 ? $"title + surname: '{SpanText(spanStart, nameEnd)}' is the only '{text}' in office on {date:yyyy-MM-dd}" : null;
            if (count > 1 && ByContext(strict, date, sentence, word) is { } chosen)
            {
                only = chosen.Person;
                why = $"title + surname: of the {count} '{text}' in office on {date:yyyy-MM-dd}, only one is of {chosen.Why}";
            }
            if (why is not null)
            {
                var known = KnownFor(only!, sentence, nameStart, nameEnd);
                var evidence = new List<string>(known.Evidence) { why };
                Place(sentence, spanStart, nameEnd, known, evidence, int.MaxValue);
                return;
            }
        }
        // Still nobody: "Mr. Sullivan", or a surname the tagger marks as a person, is an uncoded person.
        if (HasEntityType(nameStart, nameEnd, EntityType.Person) || (titled && GenderedTitle(spanStart, nameStart)))
            AddUncoded(sentence, spanStart, nameStart, nameEnd);
        else Unplaced(nameStart, nameEnd);
    }

    // A name word of no one the pass could place ("28-year-old Usman Khan", then "Khan"): remembered so that a titled
    // namesake introduced later ("Mayor of London Sadiq Khan") does not take the surname's later mentions.
    private void Unplaced(int nameStart, int nameEnd)
    {
        var key = LastWordKey(nameStart, nameEnd);
        if (key.Length > 0) _unplaced.Add((key, nameStart));
    }

    private bool UnplacedBefore(string key, int token)
    {
        foreach (var (k, t) in _unplaced) if (t < token && k == key) return true;
        return false;
    }

    // Someone else of the known actor's surname came first: an unplaced name word, or an uncoded person of another
    // full name ("Usman Khan" before "Mayor of London Sadiq Khan").
    private bool NamesakeBefore(KnownActor known)
    {
        int first = _article.Sentences[known.Sentence].FirstToken;
        if (UnplacedBefore(known.SurnameKey, first)) return true;
        foreach (var u in _blockers)
            if (u.Start < first && u.SurnameKey == known.SurnameKey && u.FullKey.Length > 0 && u.FullKey != known.FullKey) return true;
        return false;
    }

    private bool GenderedTitle(int from, int to)
    {
        for (int i = from; i < to; i++) if (PersonTitles.GenderOf(_article.Tokens[i].Span) != '\0') return true;
        return false;
    }

    // "Dr. Sherwood-Randall" after "Dr. Elizabeth Sherwood-Randall": a double surname the tokenizer split into two
    // name words is a surname when an uncoded person of the article has a name ending in the same words.
    private bool HyphenatedSurname(int sentence, int spanStart, int nameStart, int nameEnd)
    {
        if (nameEnd - nameStart != 3 || _article.Tokens[nameStart + 1].Span is not "-") return false;
        var key = LastWordKey(nameStart, nameEnd);
        int origin = SurnameOrigin(key);
        if (origin < 0) return false;
        var o = _blockers[origin];
        if (o.NameEnd - o.NameStart <= 3 || KeyOf(o.NameEnd - 3, o.NameEnd) != KeyOf(nameStart, nameEnd)) return false;
        if (AddUncoded(sentence, spanStart, nameStart, nameEnd, origin, surnameOnly: true) >= 0) AddLink(sentence, spanStart, nameEnd, origin);
        return true;
    }

    // The full name an uncoded surname refers to: the one uncoded person of the article with that surname and a
    // name of two words or more. Two such people ("Jake Sullivan" and "Dan Sullivan"), or a coded actor of the
    // surname, leave it to none: the surname alone cannot say which.
    private int SurnameOrigin(string key)
    {
        if (HasKnownSurname(key)) return -1;
        int origin = -1;
        for (int b = 0; b < _blockers.Count; b++)
        {
            var u = _blockers[b];
            if (u.SurnameKey != key || u.FullKey.Length == 0) continue;
            if (origin >= 0 && _blockers[origin].FullKey != u.FullKey) return -1;
            origin = b;
        }
        // The surname stood alone before the full name was given: someone else may carry it.
        return origin >= 0 && UnplacedBefore(key, _blockers[origin].NameStart) ? -1 : origin;
    }

    private void AddLink(int sentence, int start, int end, int origin)
    {
        var o = _blockers[origin];
        _links.Add(new UncodedLink(sentence, new TokenSpan(start, end - start), SpanText(start, end),
            o.Sentence, new TokenSpan(o.NameStart, o.NameEnd - o.NameStart), SpanText(o.NameStart, o.NameEnd)));
    }

    // Records an uncoded person and returns its index in _blockers (-1 when none was recorded); the span grows to the
    // composed phrase around the name ("National Security Advisor Jake Sullivan") so that IsSubject sees the phrase's
    // head. A name of two words or more is its own origin; a surname takes the origin given.
    private int AddUncoded(int sentence, int spanStart, int nameStart, int nameEnd, int origin = -1, bool surnameOnly = false, bool titlePhrase = false)
    {
        int start = Math.Min(spanStart, nameStart), end = nameEnd;
        var surname = LastWordKey(nameStart, nameEnd);
        // "Robert Gabriel Mugabe" after "Robert Mugabe": a fuller form of a known actor's name, not someone else.
        if (surname.Length == 0 || HasKnownSurname(surname)) return -1;
        foreach (var item in _items)
            if (item.Sentence == sentence && item.Start < nameEnd && item.End > nameStart)
            {
                // A dictionary explains its first word ("Biden Administration"): no unknown person. A later word may be
                // a dictionary word ("Kanye West").
                // A title phrase that ends with the name ("Mayor of London Sadiq Khan") explains the title, not the name.
                if (item.Start <= nameStart && (item.Actor is not null || item.Code.Primary != "---") && !titlePhrase) return -1;
                start = Math.Min(start, item.Start);
                end = Math.Max(end, item.End);
            }
        int words = 0;
        for (int i = nameStart; i < nameEnd; i++) if (!IsConnector(i)) words++;
        char gender = '\0';
        for (int i = Math.Min(spanStart, nameStart); i < nameStart && gender == '\0'; i++) gender = PersonTitles.GenderOf(_article.Tokens[i].Span);
        int index = _blockers.Count;
        bool full = words >= 2 && !surnameOnly;
        _blockers.Add(new Uncoded(sentence, start, end, surname, FullKey: full ? KeyOf(nameStart, nameEnd) : "",
            NameStart: nameStart, NameEnd: nameEnd, Origin: full ? index : origin, Gender: gender));
        return index;
    }

    // True when a dictionary entry (not a person) behind a composed mention has the word: "actors/countries.txt:153
    // Russia → RUS" names "Russia". The evidence is "file:line phrase → code".
    // (The phrase's words are read in place: a substring and a split of each evidence line per word asked was much
    // of the pass's allocation.)
    private static bool EvidenceNames(Item item, ReadOnlySpan<char> word)
    {
        foreach (var e in item.Evidence)
        {
            if (!e.StartsWith("actors/", StringComparison.Ordinal) || e.StartsWith("actors/people", StringComparison.Ordinal)) continue;
            int space = e.IndexOf(' '), arrow = e.IndexOf(" → ", StringComparison.Ordinal);
            if (space < 0 || arrow <= space) continue;
            var phrase = e.AsSpan(space + 1, arrow - space - 1);
            foreach (var w in phrase.Split(' '))
                if (phrase[w].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Two or more name words the dictionaries lack: a person when the phrase around it or an apposition gives a
    // country and a title; remembered for the rest of the article.
    private void UnknownName(int sentence, int spanStart, int nameStart, int nameEnd, int sentenceEnd)
    {
        // After a title ("National Security Advisor Jake Sullivan") two name words are a person, whatever the tagger says.
        bool titled = spanStart < nameStart;
        // A title with its portfolio before the name ("Deputy National Security Advisor for International Economics
        // Mike Pyle"): where nothing below places the person, the name is still an uncoded person of the article, so
        // that its surname's later mentions link to the phrase through UncodedLinkPass once the country passes have
        // coded it.
        int portfolio = titled ? -1 : PortfolioName(sentence, nameStart, nameEnd);
        if (HasEntityType(nameStart, nameEnd, EntityType.Organization) || HasEntityType(nameStart, nameEnd, EntityType.Location))
        {
            if (titled) AddUncoded(sentence, spanStart, nameStart, nameEnd);
            else if (portfolio >= 0) AddUncoded(sentence, spanStart, portfolio, nameEnd, titlePhrase: true);
            return;
        }
        Item? host = null;
        foreach (var item in _items)
        {
            if (item.Sentence != sentence || item.Actor is not null) continue;
            if (item.Start < nameEnd && item.End > spanStart || (item.End == spanStart && item.Composed)) { host = item; break; }
        }
        bool apposition = false;
        if (host is null || !Describes(host, spanStart, nameEnd))
        {
            host = Apposed(sentence, spanStart, nameEnd, sentenceEnd);
            apposition = host is not null;
        }
        if (host is null || !Describes(host, spanStart, nameEnd))
        {
            if (titled || HasEntityType(nameStart, nameEnd, EntityType.Person)) AddUncoded(sentence, spanStart, nameStart, nameEnd);
            else if (portfolio >= 0) AddUncoded(sentence, spanStart, portfolio, nameEnd, titlePhrase: true);
            else Unplaced(nameStart, nameEnd);
            return;
        }
        var name = SpanText(nameStart, nameEnd);
        var key = KeyOf(nameStart, nameEnd);
        var intro = new List<string>
        {
            $"in-article person: '{name}' takes {host.Code} from '{SpanText(host.Start, host.End)}' (sentence {sentence})",
        };
        intro.AddRange(host.Evidence);
        var known = new KnownActor(name, key, LastWordKey(nameStart, nameEnd), host.Code, intro, sentence, null);
        _known.Add(known);
        _byFullKey.TryAdd(key, known);
        Place(sentence, spanStart, nameEnd, known, new List<string>(intro), sentenceEnd, apposition ? host : null);
    }

    // "Deputy National Security Advisor for International Economics Mike Pyle", "Secretary of Commerce Gina Raimondo":
    // a title with its portfolio after "for" or "of" puts the portfolio's words in the name's run, and no title stands
    // right before the name. When a composed phrase holds a title, then a preposition, and ends with the run, the run
    // names the title's holder all the same (returns where the name starts; -1 when it is no such name). The name is
    // the words the tagger marks as a person, else the run's last two: the portfolio ("Economics") is no part of it,
    // and a later "Mike Pyle" must key the same person.
    private int PortfolioName(int sentence, int nameStart, int nameEnd)
    {
        foreach (var item in _items)
        {
            if (item.Sentence != sentence || !item.Composed || item.Start >= nameStart || item.End != nameEnd) continue;
            bool preposition = false;
            for (int i = nameStart - 1; i > item.Start && !preposition; i--)
                preposition = _article.Tokens[i].Upos == Upos.ADP && _article.Tokens[i].Span is "for" or "of";
            if (!preposition || !PersonTitles.TitlesIn(_article, new TokenSpan(item.Start, nameStart - item.Start)).Any()) continue;
            int start = nameEnd;
            while (start > nameStart && _article.Tokens[start - 1].Entity.Type == EntityType.Person) start--;
            if (nameEnd - start < 2)
            {
                int words = 0;
                start = nameEnd;
                while (start > nameStart && words < 2) { start--; if (!IsConnector(start)) words++; }
            }
            return IsNewName(item, start, nameEnd) ? start : -1;
        }
        return -1;
    }

    // A name no dictionary explains: no word of it is a dictionary word of the phrase ("Prime Minister of Papua New
    // Guinea" ends in a country), and no person of the directory in office on the article date has its surname
    // ("President of Guatemala Alejandro Giammattei": the title + surname rule codes "President Giammattei" later; an
    // uncoded namesake would block it).
    private bool IsNewName(Item phrase, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (!IsConnector(i) && EvidenceNames(phrase, _article.Tokens[i].Span)) return false;
        if (_date is not { } date) return true;
        var strict = NameKey.Strict(_article.Tokens[end - 1].Text);
        foreach (var p in _people.ByStrictSurname(strict)) if (PersonDirectory.IsActiveOn(p, date)) return false;
        foreach (var p in _people.ByShortForm(strict)) if (PersonDirectory.IsActiveOn(p, date)) return false;
        return true;
    }

    // A composed phrase describes a person when it has a country (not ---) and a one-person title, in the phrase
    // or right before the name ("Syrian ambassador", "Iraq's foreign minister").
    private bool Describes(Item host, int spanStart, int nameEnd)
    {
        if (host.Code.IsEmpty || host.Code.Primary == "---") return false;
        int from = Math.Min(host.Start, spanStart), to = Math.Max(host.End, spanStart);
        return PersonTitles.TitlesIn(_article, new TokenSpan(from, Math.Max(0, to - from))).Any();
    }

    // ---------------------------------------------------------------- titles and pronouns

    // "the ambassador", "the president": a composed phrase of a title alone, with no country, takes the code of the
    // latest actor the article gave that title (or of the latest phrase with that title and a country).
    private void TitleOnly(int sentence, int first, int end)
    {
        // By index, not over a copy: the loop recodes items but never adds or removes one.
        for (int n = 0; n < _items.Count; n++)
        {
            var item = _items[n];
            if (item.Sentence != sentence || !item.Composed || item.Actor is not null || item.Code.Primary != "---") continue;
            var title = TitleOnlyWord(item);
            if (title is null) continue;
            // The most mentioned holder of the title so far, the first introduced on a tie: in a story about a
            // visit, "the President" is the story's president, not the host the last paragraph named.
            // On a government's own site the bare title is its own holder's, however often the guest is named: its
            // readouts name the other country's president in full and call their own "the President".
            KnownActor? best = null;
            bool own = false;
            foreach (var k in _known)
            {
                if (!k.Titles.Contains(title) || k.LastToken >= item.Start) continue;
                bool isOwn = _publisherCountry is { } pc && k.Code.Primary == pc;
                if (best is null || (isOwn && !own) || (isOwn == own && k.Mentions > best.Mentions)) { best = k; own = isOwn; }
            }
            Item? phrase = null;
            foreach (var other in _items)
                if (other.End <= item.Start && other.Actor is null && other.Code.Primary != "---" && !other.Code.IsEmpty &&
                    PersonTitles.TitlesIn(_article, other.Span).Contains(title) && (phrase is null || other.Start > phrase.Start))
                    phrase = other;
            // A known actor with the title wins over a bare phrase with it ("the President thanked President
            // Sheinbaum" after "President Biden ... the President of Mexico").
            if (best is not null)
            {
                var evidence = new List<string> { $"coreference: '{SpanText(item.Start, item.End)}' → '{best.Name}' (sentence {best.Sentence})" };
                evidence.AddRange(best.Evidence);
                item.Code = best.Code;
                item.Actor = best;
                item.Evidence = evidence.Concat(item.Evidence).ToList();
                best.LastToken = item.End - 1;
                best.Mentions++;
            }
            else if (phrase is not null)
            {
                var evidence = new List<string> { $"coreference: '{SpanText(item.Start, item.End)}' → '{SpanText(phrase.Start, phrase.End)}' (sentence {phrase.Sentence})" };
                evidence.AddRange(phrase.Evidence);
                item.Code = phrase.Code;
                item.Evidence = evidence.Concat(item.Evidence).ToList();
            }
        }
    }

    // The title of a phrase that is only "the" + title ("the ambassador", "the foreign minister"), lower case.
    private string? TitleOnlyWord(Item item)
    {
        int i = item.Start;
        var tokens = _article.Tokens;
        // A definite description only: "the ambassador" (the composer leaves "the" out of the mention), not
        // "a candidate for president".
        bool definite = tokens[i].Span.Equals("the", StringComparison.OrdinalIgnoreCase) ||
            (i > 0 && tokens[i - 1].SentenceIndex == item.Sentence && tokens[i - 1].Span.Equals("the", StringComparison.OrdinalIgnoreCase));
        // "The National Security Advisor and Foreign Minister discussed ...": one "the" serves both titles of a pair.
        if (!definite && SharesArticleOfConjunct(item))
            return TitleWords(item, i);
        if (!definite) return null;
        int the = tokens[i].Span.Equals("the", StringComparison.OrdinalIgnoreCase) ? i : i - 1;
        if (IsTitleOfAnother(the, item.Sentence)) return null;
        if (tokens[i].Span.Equals("the", StringComparison.OrdinalIgnoreCase)) i++;
        return TitleWords(item, i);
    }

    // A title-only phrase right after "and" whose first conjunct is itself a definite title-only phrase of the same
    // sentence ("the National Security Advisor and Foreign Minister"): the article before the pair is the second's too.
    private bool SharesArticleOfConjunct(Item item)
    {
        var tokens = _article.Tokens;
        int and = item.Start - 1;
        if (and < 1 || tokens[and].SentenceIndex != item.Sentence || !tokens[and].Span.Equals("and", StringComparison.Ordinal)) return false;
        foreach (var other in _items)
            if (other.Sentence == item.Sentence && other.End == and && !ReferenceEquals(other, item))
                return other.Start < item.Start && TitleOnlyWord(other) is not null;
        return false;
    }

    // The title a title-only phrase ends in, from its first word after any "the" (<paramref name="i"/>).
    private string? TitleWords(Item item, int i)
    {
        var tokens = _article.Tokens;
        if (i >= item.End) return null;
        var titles = PersonTitles.TitlesIn(_article, new TokenSpan(i, item.End - i)).ToList();
        if (titles.Count == 0) return null;
        // A capitalised word after the first is a name ("the President Trump"), unless every word is a title word:
        // government texts capitalise titles ("the Prime Minister", "the Foreign Minister").
        int titleWords = 0;
        foreach (var t in titles) titleWords += t.Count(c => c == ' ') + 1;
        bool allTitle = titleWords == item.End - i;
        for (int k = i; k < item.End; k++)
            if (tokens[k].Span.Length == 0 || char.IsUpper(tokens[k].Span[0]) && k > item.Start && !allTitle) return null;
        var last = titles[^1];
        // The phrase must end in its title: "the ambassador", not "the ambassador's staff".
        var endWord = tokens[item.End - 1].Text.ToLowerInvariant();
        return last.EndsWith(endWord, StringComparison.Ordinal) ? last : null;
    }

    // "Assistant to the President for Homeland Security", "Special Envoy to the Secretary": a capitalised office
    // before "to the" makes the title part of another person's title; it names nobody in the story.
    private bool IsTitleOfAnother(int the, int sentence)
    {
        if (the < 2) return false;
        var tokens = _article.Tokens;
        var to = tokens[the - 1];
        var office = tokens[the - 2];
        if (to.SentenceIndex != sentence || office.SentenceIndex != sentence || !to.Span.Equals("to", StringComparison.Ordinal)) return false;
        var o = office.Span;
        return o.Length > 1 && char.IsUpper(o[0]) && office.Upos is Upos.NOUN or Upos.PROPN or Upos.None && office.IndexInSentence > 0
            || PersonTitles.IsTitle(o);
    }

    private void Pronouns(int sentence, int first, int end)
    {
        for (int p = first; p < end; p++)
        {
            var s = _article.Tokens[p].Span;
            bool singular = s is "he" or "He" or "she" or "She" or "HE" or "SHE";
            bool plural = s is "they" or "They" or "THEY";
            if (!singular && !plural) continue;
            if (_items.Any(i => i.Start <= p && i.End > p)) continue;
            char gender = !singular ? '\0' : s[0] is 'h' or 'H' ? 'm' : 'f';
            var ante = Antecedent(sentence, p, singular, gender, out int blocker);
            if (ante is null)
            {
                // "Mr. Sullivan spoke with ... He also extended an invitation": the pronoun refers to an uncoded person;
                // it follows that person's name when the country passes code it (a he/she of the gender shown).
                int origin = singular && blocker >= 0 ? _blockers[blocker].Origin : -1;
                if (origin >= 0 && !GenderConflict(origin, gender)) AddLink(sentence, p, p + 1, origin);
                else origin = -1;
                _blockers.Add(new Uncoded(sentence, p, p + 1, "", plural, Origin: origin, Gender: gender));
                continue;
            }
            var evidence = new List<string> { $"coreference: '{s.ToString()}' → '{SpanText(ante.Start, ante.End)}' (sentence {ante.Sentence})" };
            evidence.AddRange(ante.Actor?.Evidence ?? ante.Evidence);
            if (ante.Actor is not null)
            {
                ante.Actor.LastToken = p;
                ante.Actor.Mentions++;
                if (singular && ante.Actor.Gender == '\0') ante.Actor.Gender = s[0] is 'h' or 'H' ? 'm' : 'f';
            }
            _items.Add(new Item { Start = p, End = p + 1, Sentence = sentence, Code = ante.Code, Evidence = evidence, Actor = ante.Actor });
        }
    }

    // The most recent compatible mention: the pronoun's own sentence first (before it), then each earlier sentence
    // of the window; within a sentence a subject is preferred when the sentence is parsed, else the latest. A person
    // the dictionaries could not code is a candidate too: chosen, or standing between the choice and the pronoun, it
    // leaves the pronoun uncoded ("Jake Sullivan spoke with Stoltenberg, reaffirming the Biden Administration's
    // commitment. He ..." is Sullivan, not Biden).
    private Item? Antecedent(int sentence, int pronoun, bool singular, char gender, out int blocker)
    {
        blocker = -1;
        for (int s = sentence; s >= Math.Max(0, sentence - PronounWindow); s--)
        {
            Item? latest = null, subject = null;
            int subjectDepth = int.MaxValue;
            foreach (var item in _items)
            {
                if (item.Sentence != s || item.Start >= pronoun || item.Code.IsEmpty) continue;
                // An unnamed officeholder ("The President", ---GOV) is a candidate too: if chosen, the pronoun is left
                // uncoded rather than passed on to an older actor.
                bool unnamed = singular && item.Actor is null && item.Code.Primary == "---" && PersonTitles.TitlesIn(_article, item.Span).Any();
                if (!(unnamed || (singular ? IsPersonLike(item) : IsGroupLike(item)))) continue;
                if (singular && item.Actor is { Gender: not '\0' } a && a.Gender != gender) continue;
                int depth = SubjectDepth(item.Start, item.End);
                // "They discussed ...": a plural pronoun takes a group only where the parse shows the group as a subject.
                if (!singular && depth < 0 && _article.Tokens[item.Start].Relation is not null) continue;
                if (latest is null || item.Start > latest.Start) latest = item;
                // The subject nearest the root wins, the latest on a tie: "West backed away from Trump, expressing
                // disappointment at reports Trump hid. He ..." is West, the main clause's subject.
                if (depth >= 0 && (depth < subjectDepth || depth == subjectDepth && item.Start > subject!.Start)) { subject = item; subjectDepth = depth; }
            }
            int latestUncoded = -1, subjectUncoded = -1, uncodedDepth = int.MaxValue, latestIndex = -1, subjectIndex = -1;
            for (int bi = 0; bi < _blockers.Count; bi++)
            {
                var b = _blockers[bi];
                if (b.Sentence != s || b.Start >= pronoun || b.Plural == singular) continue;
                int depth = SubjectDepth(b.Start, b.End);
                if (!singular && depth < 0 && _article.Tokens[b.Start].Relation is not null) continue;
                if (b.Start > latestUncoded) { latestUncoded = b.Start; latestIndex = bi; }
                if (depth >= 0 && (depth < uncodedDepth || depth == uncodedDepth && b.Start > subjectUncoded)) { subjectUncoded = b.Start; subjectIndex = bi; uncodedDepth = depth; }
            }
            // A subject is preferred, in the pronoun's sentence too ("Biden thanked Albanese, and he looks forward").
            var chosen = subject ?? latest;
            if (subjectUncoded >= 0 ? subject is null || uncodedDepth < subjectDepth || uncodedDepth == subjectDepth && subjectUncoded > subject.Start
                : chosen is null ? latestUncoded >= 0 : subject is null && latestUncoded > chosen.Start)
            {
                blocker = subjectUncoded >= 0 ? subjectIndex : latestIndex;
                return null;
            }
            if (chosen is null) continue;
            return chosen.Code.Primary == "---" ? null : chosen;
        }
        return null;
    }

    // A gender the article showed for the person (Mr./Ms., an earlier he/she) that is not the pronoun's.
    private bool GenderConflict(int origin, char gender)
    {
        foreach (var b in _blockers)
            if (b.Origin == origin && b.Gender != '\0' && b.Gender != gender) return true;
        return false;
    }

    private bool IsPersonLike(Item item)
    {
        if (item.Actor is not null) return true;
        if (item.Code.Primary == "---") return false;
        foreach (var t in PersonTitles.TitlesIn(_article, item.Span)) if (t.Length > 0) return true;
        return HasEntityType(item.Start, item.End, EntityType.Person);
    }

    private bool IsGroupLike(Item item)
    {
        if (item.Actor is not null || item.Code.Primary == "---") return false;
        var last = _article.Tokens[item.End - 1].Span;
        return last.Length > 3 && char.IsLower(last[0]) && last[^1] == 's';
    }

    private bool IsSubject(int start, int end) => SubjectDepth(start, end) >= 0;

    // When the phrase [start, end) is a subject, the depth of its verb below the sentence root (0: the main clause),
    // else -1. A subject is a token whose head lies outside the phrase with an nsubj relation, or an nsubj right after
    // the phrase that shares its head ("President Joseph R. Biden, Jr. spoke": the parse may make "Jr." the subject).
    private int SubjectDepth(int start, int end)
    {
        var tokens = _article.Tokens;
        for (int i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Relation is null) return -1;
            if (t.Head >= start && t.Head < end) continue;
            if (t.Relation.StartsWith("nsubj", StringComparison.Ordinal)) return Depth(t.Head);
            for (int k = end; k < Math.Min(tokens.Count, end + 3) && tokens[k].SentenceIndex == t.SentenceIndex; k++)
                if ((k == t.Head || tokens[k].Head == t.Head) && tokens[k].Relation is { } r && r.StartsWith("nsubj", StringComparison.Ordinal))
                    return Depth(tokens[k].Head);
        }
        return -1;
    }

    private int Depth(int token)
    {
        var tokens = _article.Tokens;
        int depth = 0;
        for (int h = token; h >= 0 && h < tokens.Count && depth < 64; h = tokens[h].Head) depth++;
        return depth;
    }

    // ---------------------------------------------------------------- tokens

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "On", "In", "At", "But", "And", "He", "She", "They", "It", "We", "You", "His", "Her", "Their",
        "This", "That", "These", "Those", "There", "Here", "If", "As", "For", "After", "Before", "When", "While", "Meanwhile",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "-", "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "bint", "ben", "de", "da", "di",
        "du", "del", "della", "van", "von", "der", "den", "ter", "la", "le", "y",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorsLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsNameToken(int i)
    {
        var t = _article.Tokens[i];
        var s = t.Span;
        if (s.Length == 0) return false;
        if (t.Upos is Upos.PRON or Upos.DET or Upos.ADP or Upos.AUX or Upos.VERB or Upos.CCONJ or Upos.SCONJ or Upos.PART
            or Upos.PUNCT or Upos.NUM or Upos.INTJ or Upos.SYM or Upos.ADV or Upos.ADJ) return false;
        // A month after a name word is a name ("Theresa May"); elsewhere it is a date ("in May").
        if ((NotNamesLookup.Contains(s) || CalendarWords.Default.ContainsAsWritten(s)) && !(s is "May" or "June" or "April" or "August" && i > 0 &&
            _article.Tokens[i - 1].SentenceIndex == t.SentenceIndex && IsNameToken(i - 1))) return false;
        if (char.IsUpper(s[0])) return char.IsLetter(s[0]);
        // "al-Assad", "el-Sisi" kept whole by a tokenizer that keeps hyphenated words.
        int dash = s.IndexOf('-');
        return dash > 0 && dash + 1 < s.Length && char.IsUpper(s[dash + 1]) && NameKey.IsParticle(s[..dash]);
    }

    private bool IsConnector(int i) => ConnectorsLookup.Contains(_article.Tokens[i].Span);

    private bool IsParticleToken(int i) => IsConnector(i) && _article.Tokens[i].Span is not "-";

    // "X, a Hamas official, said" or "... met X, the Sultan of Oman.": an apposition with an article is closed by
    // punctuation; "In her visit with X, the Vice President conveyed" is an introductory phrase and the sentence's
    // subject, not an apposition.
    private bool Closed(int after, int sentenceEnd)
        => after >= sentenceEnd || after >= _article.Tokens.Count || _article.Tokens[after].Span is "," or "." or ";" or ")" or ":";

    private bool IsArticle(int i) => i >= 0 && i < _article.Tokens.Count &&
        _article.Tokens[i].Span is "a" or "an" or "the" or "A" or "An" or "The";

    // The article's own words for the person ("Mohammed Ali, a senior Hamas official,", "Hamas official Mohammed
    // Ali") beat a dictionary person when they name another country or organisation and the dictionary match is
    // not a well-known holder: an entry of the 2019 officials list (thousands of ministers, many with common
    // names) or a name matched only as a spelling variant. Heads of state and government (people.txt) and the
    // notable people keep their code, since news often titles them loosely. A phrase with no country ("---GOV")
    // says less than the dictionary and never wins.
    private bool PhraseWins(KnownActor known, Item phrase, List<string> evidence)
    {
        if (known.Person is null) return false;
        if (TitleWins(known, phrase, evidence)) return true;
        var code = StatedAffiliation.Merge(known.Code, phrase.Code);
        if (code == known.Code) return false;
        // The name alone, read by the composer from a people file ("Bouteflika" → the entry's DZAGOV), is the
        // dictionary's reading, not the article's: for a person with a term written out in a hand-written or
        // Wikidata file, the date policy already chose among the person's lines (years out of office, the country
        // alone), whichever file the nearest line came from. A person only the 2019 officials list knows has no
        // term, one year seen; there the composer's reading stays (news of 2022-2023 names such officials back in
        // office: Tzachi Hanegbi, Eduardo Año as national security advisers).
        if (IsDictionaryName(phrase) && HasWrittenTerm(known.Person)) return false;
        bool lesser = known.Evidence.Count > 0 && known.Evidence[0].StartsWith(PersonDirectory.OfficialsListSource, StringComparison.Ordinal) ||
            evidence.Any(e => e.StartsWith("name variant:", StringComparison.Ordinal));
        if (!lesser) return false;
        var text = SpanText(phrase.Start, phrase.End);
        evidence.RemoveAll(e => e.StartsWith("actors/people", StringComparison.Ordinal));
        evidence.Insert(0, $"the article's '{text}' → {phrase.Code} gives {code} over the dictionary's {known.Code} (a lesser-known or variant name match)");
        known.Code = code;
        known.Evidence = [$"'{text}' → {code} (the article's own words for the person)", .. phrase.Evidence];
        return true;
    }

    private static bool HasWrittenTerm(Person person)
    {
        foreach (var a in person.Affiliations) if (!PersonDirectory.IsOfficialsListEntry(a)) return true;
        return false;
    }

    // A phrase whose code is a people file's entry for the name it covers, with no title words of the article.
    private bool IsDictionaryName(Item phrase)
        => phrase.Evidence.Count > 0 && phrase.Evidence[0].StartsWith("actors/people", StringComparison.Ordinal)
            && !PersonTitles.TitlesIn(_article, phrase.Span).Any();

    // "Prime Minister Ismail Haniyeh" in an undated article, "former President Bill Clinton" in one dated after his
    // term: when the dictionary cannot say which office the person held on the article's date, the title the article
    // writes before the name can; the composer has read it into the phrase's code (PhraseComposer.TitledAffiliation).
    // Without a date a title that names one of the person's listed offices or a past office counts; with one, only a
    // past office ("former", "ousted": ELI), since a title alone may recall an office held long ago ("President
    // Carter" in a 2020 article).
    private bool TitleWins(KnownActor known, Item phrase, List<string> evidence)
    {
        var person = known.Person!;
        var code = phrase.Code;
        if (code == known.Code || code.Value.Length != 6) return false;
        // A title picks one of the offices the dictionary lists for the person, or says the office is past (ELI);
        // any other title is a description ("Iran's religious leader Ayatollah Khomeini" was head of state, GOV).
        bool past = code.Value.AsSpan(3, 3) is "ELI" && code.Primary == known.Code.Primary && !IsTransnational(code.Primary);
        if (!past && !HasAffiliation(person, code)) return false;
        if (_date is { } d)
        {
            if (!past) return false;
            foreach (var a in person.Affiliations) if (a.IsValidOn(d)) return false;
        }
        var text = SpanText(phrase.Start, phrase.End);
        evidence.RemoveAll(e => e.StartsWith("actors/people", StringComparison.Ordinal));
        evidence.Insert(0, $"the article's title '{text}' → {code} gives the office the dictionary cannot date (it had {known.Code})");
        known.Code = code;
        known.Evidence = [$"'{text}' → {code} (the article's title for the person)", .. phrase.Evidence];
        return true;
    }

    private static bool IsTransnational(string primary) => primary is "IGO" or "NGO" or "IMG" or "MNC";

    private static bool HasAffiliation(Person person, ActorCode code)
    {
        foreach (var a in person.Affiliations) if (a.Code == code) return true;
        return false;
    }

    private bool IsComma(int i) => i >= 0 && i < _article.Tokens.Count && _article.Tokens[i].Span is ",";

    private bool HasEntityType(int start, int end, EntityType type)
    {
        for (int i = start; i < end; i++) if (_article.Tokens[i].Entity.Type == type) return true;
        return false;
    }

    private string KeyOf(int start, int end) => NameKey.OfTokens(_article, start, end);

    private bool HasKnownSurname(string key)
    {
        foreach (var k in _known) if (k.SurnameKey == key) return true;
        return false;
    }

    private string LastWordKey(int start, int end)
    {
        for (int i = end - 1; i >= start; i--)
        {
            if (IsConnector(i)) continue;
            var key = NameKey.OfWord(_article.Tokens[i].Span);
            if (key.Length > 0) return key;
        }
        return "";
    }

    private string SpanText(int start, int end)
    {
        var tokens = _article.Tokens;
        return _article.Text[tokens[start].Start..tokens[end - 1].End];
    }
}
