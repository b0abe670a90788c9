using Casus.Document;

namespace Casus.Actors;

/// <summary>
/// The actor dictionaries compiled into a phrase matcher: a trie over token strings, looked up without case and
/// then checked with case rules, so that "US" (the country) does not match "us" and "Turkey" does not match
/// "turkey". Matching is longest-first. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// Case rules per dictionary word: a word written in lower case matches any case ("rebels", "Rebels", "REBELS");
/// an all-capitals word of two or more letters ("US", "NATO") matches only itself; any other word with capitals
/// ("Syria", "al-Qaeda") matches itself or the all-capitals form of a headline ("SYRIA").
/// When tokens carry POS tags, a capitalised one-word entry is rejected on a token tagged as a function word
/// (pronoun, determiner, adposition, auxiliary, verb, ...); when tokens carry lemmas, a token is tried by its lemma
/// as well as by its text (nouns and adjectives only; the text wins a tie). With a parse, a name that ends in a role
/// head is no match right after an unlisted capitalised adjective inside it ("Social Democratic Party").
/// </remarks>
public sealed class ActorDictionary
{
    private readonly Node _root;

    // One-word role heads ("party", "army"), for names that end in one (see TailOfLongerName).
    private readonly HashSet<string> _headWords;

    private ActorDictionary(Node root, IReadOnlyList<ActorEntry> entries)
    {
        _root = root;
        Entries = entries;
        _headWords = new HashSet<string>(entries.Where(e => e.Kind == ActorEntryKind.RoleHead && e.Words.Count == 1).Select(e => e.Words[0]),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every entry, in file and line order.</summary>
    public IReadOnlyList<ActorEntry> Entries { get; }

    /// <summary>Loads the dictionaries shipped in Casus.dll; throws <see cref="ActorDictionaryException"/> listing every problem.</summary>
    public static ActorDictionary LoadEmbedded() => Load(ActorSource.Embedded());

    /// <summary>Loads and compiles dictionaries; throws <see cref="ActorDictionaryException"/> listing every problem.</summary>
    public static ActorDictionary Load(IEnumerable<ActorSource> sources)
        => TryLoad(sources, out var dictionary, out var problems) ? dictionary! : throw new ActorDictionaryException(problems);

    /// <summary>Loads and compiles dictionaries without throwing on bad text; <paramref name="problems"/> lists
    /// every problem as file:line: message. Returns false (and no dictionary) when there is any problem.</summary>
    public static bool TryLoad(IEnumerable<ActorSource> sources, out ActorDictionary? dictionary, out IReadOnlyList<ActorDictionaryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var entries = new List<ActorEntry>();
        var found = new List<ActorDictionaryProblem>();
        // Term ends apply after every file is read, so that they may end a term of any people file whatever the order.
        var ends = new List<ActorEntry>();
        foreach (var source in sources)
            ActorDictionaryParser.Parse(source, People.PersonTermEnds.IsTermEndsFile(source.Name) ? ends : entries, found);
        People.PersonTermEnds.Apply(ends, entries, found);

        var root = new Node();
        var byPhrase = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Words.Count == 0) continue;
            var key = string.Join(' ', entry.Words);
            if (byPhrase.TryGetValue(key, out var earlier) && !MayShare(earlier, entry))
            {
                found.Add(new ActorDictionaryProblem(entry.Source, entry.Line,
                    $"phrase '{entry.Phrase}' is already defined at {earlier.Location} ({earlier.Kind} {earlier.Code})"));
                continue;
            }
            byPhrase.TryAdd(key, entry);
            var node = root;
            foreach (var word in entry.Words) node = node.Child(word);
            node.Add(entry);
            // "al-Qaeda", "Guinea-Bissau": the tokenizer splits such a name at its hyphens (EWT), so it is found that
            // way too. Fillers ("Iranian-backed") are read a word at a time; people have their own name index.
            if (entry.Kind is not (ActorEntryKind.Filler or ActorEntryKind.PastOffice or ActorEntryKind.Person) && PhraseWords.SplitHyphens(entry.Words) is { } split)
            {
                var variant = entry with { Words = split };
                var splitNode = root;
                foreach (var word in split) splitNode = splitNode.Child(word);
                splitNode.Add(variant);
            }
        }

        CheckNotRoles(entries, found);
        problems = found;
        dictionary = found.Count == 0 ? new ActorDictionary(root.Freeze(), entries) : null;
        return dictionary is not null;
    }

    // A "not:" compound must hold a head or modifier of its own line's role as a run of its words ("artificial
    // intelligence" holds SPY's "intelligence"), or a name or demonym of its own line's country ("Korean Peninsula"
    // holds KOR's "Korean"): otherwise it hides nothing of that line, a slip in the data.
    private static void CheckNotRoles(List<ActorEntry> entries, List<ActorDictionaryProblem> found)
    {
        foreach (var not in entries)
        {
            if (not.Kind != ActorEntryKind.NotRole) continue;
            bool holds = false;
            foreach (var e in entries)
                if (e.Kind is ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier or ActorEntryKind.NationalHead
                        or ActorEntryKind.CountryAdjective or ActorEntryKind.CountryName
                    && e.Code == not.Code && ContainsRun(not.Words, e.Words)) { holds = true; break; }
            if (!holds)
                found.Add(new ActorDictionaryProblem(not.Source, not.Line,
                    $"'not: {not.Phrase}' holds no head or modifier of {not.Code}, nor a name or demonym of its line"));
        }
    }

    private static bool ContainsRun(IReadOnlyList<string> words, IReadOnlyList<string> run)
    {
        for (int i = 0; i + run.Count <= words.Count; i++)
        {
            int k = 0;
            while (k < run.Count && string.Equals(words[i + k], run[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k == run.Count) return true;
        }
        return false;
    }

    // The same words may be a role's head and its modifier ("rebel"), a role's head and another role's national head
    // ("bomber"), and a person may hold several dated affiliations.
    private static bool MayShare(ActorEntry a, ActorEntry b) =>
        (a.Kind == ActorEntryKind.Person && b.Kind == ActorEntryKind.Person) ||
        (a.Kind == ActorEntryKind.NationalHead && b.Kind == ActorEntryKind.RoleHead) ||
        (a.Kind == ActorEntryKind.RoleHead && b.Kind == ActorEntryKind.NationalHead) ||
        (a.Kind is ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier &&
         b.Kind is ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier && a.Code == b.Code && a.Kind != b.Kind);

    /// <summary>
    /// Finds the longest dictionary phrase starting at article-wide token <paramref name="first"/> and ending before
    /// token <paramref name="end"/> (normally the sentence end). Returns the number of tokens matched (0 for none) and
    /// the entries of that phrase (several only for a role's head and modifier, or a person's affiliations).
    /// </summary>
    public int Match(Article article, int first, int end, out IReadOnlyList<ActorEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(article);
        entries = Array.Empty<ActorEntry>();
        int best = 0;
        Walk(_root, article, first, first, end, ref best, ref entries);
        return best;
    }

    // One step of the longest match from token i. The lemma helps nouns only ("Syrians" → "Syrian"); a verb's lemma is
    // not an actor ("forced" → "force"). It is tried beside the text, not only when the text leads nowhere: a text that
    // begins a longer phrase the next words do not complete ("peoples" of "Peoples Democratic Party") would otherwise
    // hide the lemma's own phrase ("people"). The text wins a tie.
    private void Walk(Node node, Article article, int first, int i, int end, ref int best, ref IReadOnlyList<ActorEntry> entries)
    {
        if (i >= end) return;
        var token = article.Tokens[i];
        var byText = node.Find(token.Span);
        Node? byLemma = null;
        if (token.Lemma is { Length: > 0 } lemma && token.Upos is Upos.None or Upos.NOUN or Upos.PROPN or Upos.ADJ)
            byLemma = node.Find(lemma.AsSpan());
        if (byText is not null) Step(byText, article, first, i, end, ref best, ref entries);
        if (byLemma is not null && byLemma != byText) Step(byLemma, article, first, i, end, ref best, ref entries);
    }

    private void Step(Node next, Article article, int first, int i, int end, ref int best, ref IReadOnlyList<ActorEntry> entries)
    {
        if (next.Entries.Length > 0 && i + 1 - first > best)
        {
            var accepted = Accept(next.Entries, article, first, i + 1);
            if (accepted.Count > 0 && !TailOfLongerName(accepted[0], article, first, i + 1) && !CurrencyPrefix(accepted[0], article, i + 1)
                && !PlaceInName(accepted[0], article, first, i + 1)) { best = i + 1 - first; entries = accepted; }
        }
        Walk(next, article, first, i + 1, end, ref best, ref entries);
    }

    // "US$180 million", "HK$5 billion": a country's abbreviation written against a currency sign names the currency,
    // not the country, and a sum of money is no actor (a donor's pledge "of US$180 million" had the USA for target).
    // Only written together: "the US $500 million package" may be the country's package.
    private static bool CurrencyPrefix(ActorEntry entry, Article article, int end)
    {
        if (entry.Kind != ActorEntryKind.CountryName || end >= article.Tokens.Count) return false;
        var next = article.Tokens[end];
        var span = next.Span;
        return span.Length > 0 && span[0] is '$' or '€' or '£' or '¥' && next.Start == article.Tokens[end - 1].End;
    }

    // "the Paris Agreement", "the Luanda Process", "the Tokyo Summit", "the United States-Mexico-Canada Agreement": a
    // country or a seat of government written right before a capitalised accord noun (data/actors/place-of-role.txt,
    // accord-noun) is a word of the accord's, process's or meeting's name, not the state acting or acted on ("reaffirmed
    // their commitment to the Paris Agreement" is no act toward France). Lower case ("a Tokyo summit") stays the place.
    // The last name of a hyphenated chain ("United States-Mexico-Canada Agreement") stays: the chain names the accord's
    // parties (HyphenChains), and dropping it lost Canada.
    private static bool PlaceInName(ActorEntry entry, Article article, int first, int end)
    {
        if (entry.Kind is not (ActorEntryKind.CountryName or ActorEntryKind.Seat) || end >= article.Tokens.Count) return false;
        var next = article.Tokens[end];
        var last = article.Tokens[end - 1];
        var span = next.Span;
        if (first >= 2 && article.Tokens[first - 1] is var hyphen && hyphen.Span is "-" or "–"
            && hyphen.Start == article.Tokens[first - 2].End && hyphen.End == article.Tokens[first].Start) return false;
        return next.SentenceIndex == last.SentenceIndex && next.Start == last.End + 1 && span.Length > 1 && char.IsUpper(span[0])
            && Context.PlaceOfRoleWords.Default.IsAccordNoun(span);
    }

    // "Social Democratic Party", "the Christian Democratic Party": a name that ends in a role head ("Democratic Party",
    // the US Democrats) right after an adjective no dictionary name starts with, which the parse attaches inside the
    // name, is the tail of a longer name no dictionary lists. It is no match: its words are read one by one, so the head
    // still names the role ("Party" → PTY) and the country passes may fill the country, instead of the wrong party's
    // full code. Only an adjective: a proper noun before the name is an owner as often ("the Maryland Democratic Party"
    // is the Democrats' state party, "the United States Democratic Party", "the 76th Session General Assembly"), and
    // without a parse nothing is known of the word's attachment, so the name stands.
    private bool TailOfLongerName(ActorEntry entry, Article article, int first, int end)
    {
        if (entry.Kind is not (ActorEntryKind.CountryName or ActorEntryKind.Organisation) || entry.Words.Count < 2 || first == 0
            || !_headWords.Contains(entry.Words[^1]))
            return false;
        var prev = article.Tokens[first - 1];
        if (prev.SentenceIndex != article.Tokens[first].SentenceIndex || prev.Upos != Upos.ADJ || prev.Head < first || prev.Head >= end)
            return false;
        var text = prev.Span;
        if (text.Length < 2 || !char.IsUpper(text[0]) || IsAllCaps(text)) return false;
        // A name before it is an owner, not part of the name ("U.S. Democratic Party"); a role word may be part of it
        // ("Christian Democratic Party").
        if (Match(article, first - 1, end, out var before) == 0) return true;
        foreach (var e in before)
            if (e.Kind is ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective or ActorEntryKind.Seat or ActorEntryKind.Organisation or ActorEntryKind.Person)
                return false;
        return true;
    }

    /// <summary>The one-word entries written as <paramref name="word"/> (with the case rules of the class remarks,
    /// without POS), e.g. the "Saudi" of "Saudi-led"; empty when none.</summary>
    public IReadOnlyList<ActorEntry> MatchWord(ReadOnlySpan<char> word)
    {
        var node = _root.Find(word);
        if (node is null || node.Entries.Length == 0) return Array.Empty<ActorEntry>();
        List<ActorEntry>? list = null;
        foreach (var entry in node.Entries)
            if (entry.Words.Count == 1 && CaseAccepts(entry.Words[0], word)) (list ??= new List<ActorEntry>()).Add(entry);
        return list is null ? Array.Empty<ActorEntry>() : list;
    }

    private static IReadOnlyList<ActorEntry> Accept(ActorEntry[] candidates, Article article, int first, int end)
    {
        List<ActorEntry>? list = null;
        foreach (var entry in candidates)
        {
            // A role noun is a noun: "to press their demands", "Russia forces Kyiv to ..." name no press or forces, and
            // an adjective that modifies a noun is no head ("official contacts"), unless it is a role modifier too.
            if (entry.Kind is ActorEntryKind.RoleHead or ActorEntryKind.NationalHead && NotAHead(article.Tokens[end - 1], candidates, end - first == 1)) continue;
            // "thousands of protesters", "hundreds of jobs": a count before "of" counts the noun that follows, which
            // names the actor if any; "Thousands marched" names a crowd.
            if (entry.Counts && end < article.Tokens.Count && article.Tokens[end].Span is "of" or "Of") continue;
            // "donated blood by the hundreds", "came in their thousands": how many, not who.
            if (entry.Counts && first >= 2 && article.Tokens[first - 1].Span is "the" or "their"
                && article.Tokens[first - 2].Span is "by" or "in" or "By" or "In") continue;
            bool ok = end - first == 1 && LowerCaseDemonym(entry, article.Tokens[first]);
            if (!ok)
            {
                ok = true;
                for (int i = first; i < end && ok; i++)
                    ok = WordAccepts(entry.Words[i - first], article.Tokens[i], entry.Words.Count == 1);
            }
            if (!ok && entry.Kind == ActorEntryKind.Person) ok = LowerCaseNameAfterTitle(entry, article, first, end);
            if (!ok) continue;
            if (candidates.Length == 1) return candidates;
            (list ??= new List<ActorEntry>()).Add(entry);
        }
        return list is null ? Array.Empty<ActorEntry>() : list;
    }

    // Careless copy writes nationalities in lower case ("clash with tunisian rioters"). A demonym is safe to read there
    // only as what it mostly is, an adjective modifying a noun (tagged ADJ, amod), written otherwise like the entry
    // ("Tunisian"): a lower-case name ("turkey", "china", "chad") is a common noun, and an untagged word proves nothing.
    private static bool LowerCaseDemonym(ActorEntry entry, Token token)
    {
        if (entry.Kind != ActorEntryKind.CountryAdjective || entry.Words.Count != 1) return false;
        if (token.Upos != Upos.ADJ || token.Relation != "amod") return false;
        var word = entry.Words[0];
        var text = token.Span;
        if (word.Length != text.Length || word.Length < 4 || !char.IsUpper(word[0]) || !char.IsLower(text[0])) return false;
        for (int i = 1; i < word.Length; i++) if (!char.IsLower(word[i])) return false;
        return char.ToLowerInvariant(word[0]) == text[0] && text[1..].SequenceEqual(word.AsSpan(1));
    }

    // Careless copy writes a surname in lower case after a title ("President obama expressed sorrow"). Alone such a word
    // may be a common noun ("bush", "rice", "may"), but a title of one person's office or an honorific right before
    // it ("President", "Prime Minister", "Mr.") says a name follows. Only a word written as the entry is but for its
    // lower-case initial, and not tagged as a word class a name never has ("the Prime Minister may visit").
    private static bool LowerCaseNameAfterTitle(ActorEntry entry, Article article, int first, int end)
    {
        if (first == 0 || People.PersonTitles.TitleBefore(article, Math.Max(0, first - 2), first) == 0) return false;
        for (int i = first; i < end; i++)
        {
            var token = article.Tokens[i];
            if (token.Upos is Upos.VERB or Upos.AUX or Upos.ADP or Upos.PART or Upos.SCONJ or Upos.CCONJ or Upos.PRON
                or Upos.DET or Upos.INTJ or Upos.PUNCT or Upos.NUM) return false;
            var word = entry.Words[i - first];
            var text = token.Span;
            if (word.Length != text.Length || word.Length < 3 || !char.IsUpper(word[0]) || !char.IsLower(text[0])) return false;
            if (char.ToLowerInvariant(word[0]) != text[0] || !text[1..].SequenceEqual(word.AsSpan(1))) return false;
        }
        return true;
    }

    // Tags a role's head noun never has (untagged text passes); a single adjective attached to a noun (amod). A phrase
    // of several words is evidence enough ("Attorney General", whose "General" taggers call an adjective).
    private static bool NotAHead(Token token, ActorEntry[] candidates, bool singleWord)
    {
        if (token.Upos is Upos.VERB or Upos.AUX or Upos.ADP or Upos.PART or Upos.SCONJ or Upos.CCONJ or Upos.PRON or Upos.DET) return true;
        if (!singleWord || token.Upos != Upos.ADJ || token.Relation != "amod") return false;
        foreach (var c in candidates) if (c.Kind == ActorEntryKind.RoleModifier) return false;
        return true;
    }

    /// <summary>The case and POS rules of one dictionary word against one token (see the class remarks). The POS
    /// rule guards single words only ("LET US GO"): a capitalised phrase of several words matched word by word is
    /// evidence enough, and taggers mis-tag its words ("United" as VERB in "The United States").</summary>
    internal static bool WordAccepts(string word, Token token, bool singleWord = true)
    {
        if (!HasUpper(word)) return true;
        if (singleWord && token.Upos is Upos.PRON or Upos.DET or Upos.ADP or Upos.AUX or Upos.VERB or Upos.CCONJ or Upos.SCONJ or Upos.PART or Upos.INTJ or Upos.PUNCT)
            return false;
        return CaseAccepts(word, token.Span);
    }

    private static bool CaseAccepts(string word, ReadOnlySpan<char> text)
    {
        if (!HasUpper(word) || text.SequenceEqual(word) || SameButApostrophes(word, text)) return true;
        if (IsAllCaps(word)) return false;
        return IsAllCaps(text);
    }

    // "O’Connor" in the text is the dictionary's "O'Connor" (the trie keys hold straight apostrophes).
    private static bool SameButApostrophes(ReadOnlySpan<char> word, ReadOnlySpan<char> text)
    {
        if (word.Length != text.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char a = word[i] == '\u2019' ? '\'' : word[i], b = text[i] == '\u2019' ? '\'' : text[i];
            if (a != b) return false;
        }
        return true;
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    // Two or more letters, none lower case: "US", "U.S.", "NATO", "SYRIA".
    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private List<ActorEntry>? _building;

        public ActorEntry[] Entries { get; private set; } = Array.Empty<ActorEntry>();

        public Node Child(string word)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (word.Contains('\u2019')) word = word.Replace('\u2019', '\'');
            if (!_children.TryGetValue(word, out var child)) _children[word] = child = new Node();
            return child;
        }

        public void Add(ActorEntry entry) => (_building ??= new List<ActorEntry>()).Add(entry);

        // News sets names in typographic quotes ("People’s Republic of China", "Côte d’Ivoire") and the dictionaries
        // in straight ones: the trie keys hold the straight apostrophe and a word with a curly one is looked up as
        // straight, or the match stops at the apostrophe and the tail ("Republic of China") names another country.
        public Node? Find(ReadOnlySpan<char> word)
        {
            if (_children is null) return null;
            if (_lookup.TryGetValue(word, out var child)) return child;
            int curly = word.IndexOf('\u2019');
            if (curly < 0 || word.Length > 64) return null;
            Span<char> straight = stackalloc char[word.Length];
            word.CopyTo(straight);
            straight.Replace('\u2019', '\'');
            return _lookup.TryGetValue(straight, out child) ? child : null;
        }

        public Node Freeze()
        {
            if (_building is not null) { Entries = _building.ToArray(); _building = null; }
            if (_children is not null)
            {
                foreach (var child in _children.Values) child.Freeze();
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            return this;
        }
    }
}
