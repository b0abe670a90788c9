using Casus.Actors.People;
using Casus.Document;
using Casus.Time;

namespace Casus.Actors;

/// <summary>
/// Per-article state of <see cref="ActorStage"/>: walks a sentence's tokens left to right, grows one actor phrase
/// at a time from dictionary matches and the words allowed between them, and emits a <see cref="Mention"/> when the
/// phrase ends. Rules are in docs/formats/actors.md, "Composition".
/// </summary>
internal sealed partial class PhraseComposer
{
    private readonly ActorDictionary _dictionary;
    private readonly CountrySpelling? _spelling;
    private readonly Article _article;
    private readonly DateOnly? _date;

    // Dictionary matches of the current sentence, by start token (relative to the sentence).
    private Piece[] _pieces = Array.Empty<Piece>();
    private int _first, _end, _sentence;

    // The phrase being built.
    private bool _open;
    private int _start, _coreEnd, _phraseEnd;
    private ActorEntry? _country, _mod, _head, _person;
    // All dated affiliations of _person, for the one the phrase's title names ("Prime Minister Ismail Haniyeh").
    private IReadOnlyList<ActorEntry> _personEntries = Array.Empty<ActorEntry>();
    // A word that marks the phrase's office as no longer held ("former", "ousted"), from a 'past:' entry.
    private ActorEntry? _past;
    // The head's reading when a country names the phrase ("Japanese bomber" → MIL), from a 'national:' entry.
    private ActorEntry? _national;
    // An ethnic group: the demonym names the people's ethnicity, not their state ("ethnic Hungarians"); _residence is
    // the state they live in when the phrase names it ("the Hungarians of northern Serbia").
    private ActorEntry? _residence;
    private int _countryStart;
    private bool _firmHead, _possessive, _modIsHead;
    private readonly List<string> _notes = new();
    private readonly List<(ActorEntry Country, int Start, int End)> _pending = new();
    // The sentence's mentions until the parse rules have seen them.
    private readonly List<MentionDraft> _drafts = new();
    private int[] _owners = Array.Empty<int>();

    public PhraseComposer(ActorDictionary dictionary, CountrySpelling? spelling, Article article)
    {
        _dictionary = dictionary;
        _spelling = spelling;
        _article = article;
        _date = article.Metadata.Published;
    }

    private readonly record struct Piece(int Length, IReadOnlyList<ActorEntry> Entries);

    public void Run(int sentence, int first, int end)
    {
        _sentence = sentence;
        _first = first;
        _end = end;
        if (_pieces.Length < end - first) _pieces = new Piece[Math.Max(end - first, 16)];
        // Longest match at each position, left to right; a match hides the matches that start inside it.
        for (int p = first; p < end;)
        {
            int n = _dictionary.Match(_article, p, end, out var entries);
            if (n == 0 && LedBy(_article.Tokens[p].Span) is { Count: > 0 } leader) { n = 1; entries = leader; }
            // "Ethopia", "Afganistan": an unknown name one slip from exactly one country is that country.
            if (n == 0 && _spelling?.Match(_article, p) is { } misspelt) { n = 1; entries = [misspelt]; }
            if (n == 0) { _pieces[p - first] = default; p++; continue; }
            // "artificial intelligence", "General Electric": a compound of the roles' "not:" list hides the role word
            // inside it; its words are plain words, as if no dictionary knew them.
            if (entries[0].Kind == ActorEntryKind.NotRole)
            {
                for (int k = 0; k < n; k++) _pieces[p - first + k] = default;
                p += n;
                continue;
            }
            _pieces[p - first] = new Piece(n, entries);
            for (int k = 1; k < n; k++) _pieces[p - first + k] = default;
            p += n;
        }

        for (int p = first; p < end;)
        {
            // "Assistant to the President for National Security Affairs Jake Sullivan": one person, not "President".
            if (OfficeTitle(p) is var titleEnd && titleEnd > p) { p = titleEnd; continue; }
            var piece = _pieces[p - first];
            p = piece.Length > 0 ? OnPiece(p, piece) : OnWord(p);
        }
        Close();

        // On a parsed sentence the parse rules join the surface phrases that name one actor (ParseComposer).
        if (_drafts.Count > 0 && ParseComposer.IsParsed(_article, first, end)) ParseComposer.Refine(_article, first, end, _drafts, ref _owners);
        _drafts.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        MarkHyphenChains();
        foreach (var d in _drafts)
            if (d.Alive)
                _article.AddMention(new Mention(_sentence, new TokenSpan(d.Start, d.End - d.Start), SpanText(d.Start, d.End), d.Code, d.Evidence));
        _drafts.Clear();
    }

    // "Saudi-led", "U.S.-led", "NATO-led": the country or organisation that leads is the actor ("Vietnamese-led
    // forces" → VNMMIL). Only "-led": "-backed" and "-based" name someone else's actor or a place.
    private IReadOnlyList<ActorEntry>? LedBy(ReadOnlySpan<char> token)
    {
        if (token.Length < 6 || !token.EndsWith("-led", StringComparison.OrdinalIgnoreCase)) return null;
        var entries = _dictionary.MatchWord(token[..^4]);
        foreach (var e in entries)
            if (e.Kind is not (ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective or ActorEntryKind.Organisation)) return null;
        return entries;
    }

    private Piece PieceAt(int p) => p < _end ? _pieces[p - _first] : default;

    private static ActorEntryKind KindOf(Piece piece) => piece.Entries[0].Kind switch
    {
        ActorEntryKind.RoleModifier when piece.Entries.Count > 1 => ActorEntryKind.RoleHead,
        ActorEntryKind.NationalHead => ActorEntryKind.RoleHead,
        ActorEntryKind.PastOffice => ActorEntryKind.Filler,
        var k => k,
    };

    private bool IsHonorificAt(int p, Piece piece) => piece.Length == 1 && PersonTitles.IsHonorific(_article.Tokens[p].Span);

    private static bool IsCountryLike(Piece piece) => piece.Length > 0 && KindOf(piece) is
        ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective or ActorEntryKind.Seat or ActorEntryKind.Organisation;

    private int OnPiece(int p, Piece piece)
    {
        int next = p + piece.Length;
        bool adjacent = _open && p == _phraseEnd;
        switch (KindOf(piece))
        {
            case ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective or ActorEntryKind.Seat or ActorEntryKind.Organisation:
                // "Bosnian Serbs", "Kosovo Albanians": another state's adjective or name before an ethnonym
                // (data/actors/ethnonyms.txt) names the state the people live in; the ethnonym is their ethnicity.
                if (adjacent && IsResidenceOf(piece, p))
                {
                    _residence = _country;
                    _country = piece.Entries[0];
                    _countryStart = p;
                    break;
                }
                // "senior Syrian officials", "the opposition Syrian National Council": a country joins a phrase
                // that so far holds only fillers or modifiers.
                if (!(adjacent && _country is null && _person is null && !_firmHead)) { Close(); Open(p); }
                _country = piece.Entries[0];
                _countryStart = p;
                break;

            case ActorEntryKind.RoleHead or ActorEntryKind.RoleModifier:
                if (!adjacent || _person is not null) { Close(); Open(p); }
                ActorEntry? head = null, mod = null, national = null;
                foreach (var e in piece.Entries)
                {
                    if (e.Kind == ActorEntryKind.RoleHead) head = e;
                    else if (e.Kind == ActorEntryKind.NationalHead) national = e;
                    else mod = e;
                }
                if (head is not null) _national = national;
                // A word with only a national reading ("helicopter", "drones") is an owned thing, no actor of its
                // own: it waits for a country or an armed-force modifier (see Close). After a head, that head is
                // its owner and stays the phrase's role ("army helicopters" MIL, "police helicopters" COP).
                else if (national is not null && mod is null && _head is null) _national = national;
                // A modifier before any head overrides the heads that follow ("rebel forces" → REB).
                if (mod is not null && _head is null && _mod is null) { _mod = mod; _modIsHead = head is not null; }
                // "Crown Prince Sheikh Mishal", "Prime Minister Sheikh Mohammed": an honorific after an office
                // title says nothing of office, so the title keeps the phrase's role (a bare "Sheikh" stays ELI).
                if (head is not null && !(_head is not null && IsHonorificAt(p, piece))) { _head = head; if (mod is null) _firmHead = true; }
                break;

            case ActorEntryKind.Filler:
                if (!adjacent) { Close(); Open(p); }
                if (piece.Entries[0].Kind == ActorEntryKind.PastOffice) _past = piece.Entries[0];
                _phraseEnd = next;
                return next; // fillers never extend the core span: trailing ones are trimmed

            case ActorEntryKind.Person:
                var person = ChoosePerson(piece.Entries);
                if (!(adjacent && _person is null && (_head is not null || _country is not null))) { Close(); Open(p); }
                _person = person;
                _personEntries = piece.Entries;
                _coreEnd = _phraseEnd = next;
                Close();
                return next;
        }
        _coreEnd = _phraseEnd = next;
        return next;
    }

    private int OnWord(int p)
    {
        if (!_open) return p + 1;
        var token = _article.Tokens[p];
        var text = token.Span;
        bool adjacent = p == _phraseEnd;
        if (!adjacent) { Close(); return p + 1; }

        // "Vietnamese - led forces" (the tokenizer splits the hyphen): the leading country is the actor of the noun.
        if (text is "-" && _country is not null && _head is null && _mod is null && _person is null &&
            p + 2 < _end && _article.Tokens[p + 1].Span.Equals("led", StringComparison.OrdinalIgnoreCase))
        {
            _phraseEnd = p + 2;
            return p + 2;
        }

        // "President-elect Gabriel Boric of Chile" (the tokenizer splits the hyphen): "-elect" is part of the title, so
        // the name and its "of" phrase that follow stay in the title's phrase instead of leaving a bare "President".
        if (text is "-" && _head is not null && _person is null && p + 1 < _end
            && _article.Tokens[p + 1].Span.Equals("elect", StringComparison.OrdinalIgnoreCase))
        {
            _phraseEnd = p + 2;
            return p + 2;
        }

        // "Syria's ambassador": a possessive after a country name keeps the phrase open for its role.
        if (IsPossessive(text) && _country is not null && _country.Kind != ActorEntryKind.CountryAdjective &&
            _head is null && _mod is null && !_possessive && _person is null)
        {
            _possessive = true;
            _phraseEnd = p + 1;
            return p + 1;
        }

        // "Russian and Chinese diplomats", "Britain, France and Germany": a country in a list waits for the end of
        // the list; the last conjunct's role is shared only by adjectives and abbreviations (rule 7).
        if (IsConjunction(text) && _country is not null && _head is null && _mod is null && !_possessive && _person is null
            && ListContinues(p) is var listNext && listNext > 0)
        {
            _pending.Add((_country, _start, _coreEnd));
            _open = false;
            ResetPhrase();
            return listNext;
        }

        // "Syria's ambassador to Iraq", "the US commander in Iraq": the place names the posting, not the actor.
        if (IsPostingPreposition(text) && _head is not null && _country is not null && _person is null)
        {
            int q = SkipDeterminer(p + 1);
            var at = PieceAt(q);
            if (IsCountryLike(at) && KindOf(at) != ActorEntryKind.CountryAdjective)
            {
                _notes.Add($"'{SpanText(p, q + at.Length)}' names the posting, not the actor");
                _coreEnd = _phraseEnd = q + at.Length;
                return _phraseEnd;
            }
        }

        // "the Hungarians of northern Serbia", "the Armenians of Georgia": a people named by a demonym, of another state, is an
        // ethnic group of that state (CAMEO: state + CVL + ethnicity).
        if (text is "of" && _country is { Kind: ActorEntryKind.CountryAdjective } && IsPluralNoun(_countryStart)
            && _head is null && _mod is null && _person is null && _residence is null && !_possessive)
        {
            int q = SkipDeterminer(p + 1);
            if (q < _end && PieceAt(q).Length == 0 && IsDirection(_article.Tokens[q].Span)) q++;
            var at = PieceAt(q);
            if (at.Length > 0 && KindOf(at) == ActorEntryKind.CountryName && at.Entries[0].Code.Value.Length == 3
                && at.Entries[0].Code != _country.Code)
            {
                _residence = at.Entries[0];
                _coreEnd = _phraseEnd = q + at.Length;
                return _phraseEnd;
            }
        }

        // "the rebels from Syria", "the president of Iraq": the country follows the role.
        if (IsOriginPreposition(text) && (_head is not null || _mod is not null) && _country is null && _person is null)
        {
            int q = SkipDeterminer(p + 1);
            var at = PieceAt(q);
            if (IsCountryLike(at) && KindOf(at) != ActorEntryKind.CountryAdjective)
            {
                _country = at.Entries[0];
                _coreEnd = _phraseEnd = q + at.Length;
                return _phraseEnd;
            }
        }

        // "Minister of External Affairs Subrahmanyam Jaishankar of India", "Minister for Foreign Affairs Penny Wong":
        // a capitalised portfolio after a capitalised title is the title's, so the holder's name and the "of" phrase
        // after it stay in one phrase (else a bare "Minister" is the actor). Only plain capitalised words, no
        // dictionary phrase: "the President of Harvard University" is a title of another institution. Only a person's
        // title (titles.txt): "University of Chicago", "Regional Government of Cajamarca" name bodies by their place.
        if (text is "of" or "for" && _head is not null && _country is null && _person is null && _mod is null
            && IsCapitalised(p - 1) && PersonTitles.IsTitle(_article.Tokens[p - 1].Span) && p + 1 < _end && IsPortfolioWord(p + 1))
        {
            // The portfolio and the name after it are both capitalised words the dictionaries lack ("External
            // Affairs Subrahmanyam Jaishankar"); a dictionary person after them joins as the holder.
            int q = p + 1;
            // "Kramp-Karrenbauer", "Suk-yeol": a name split at its hyphen goes on after it.
            while (q < _end)
            {
                if (IsPortfolioWord(q)) q++;
                else if (q > p + 1 && IsNameHyphen(q)) q += 2;
                else break;
            }
            q = AfterGenerationalSuffix(q);
            _coreEnd = _phraseEnd = q;
            return q;
        }

        // A run of capitalised words after a country adjective or a role names the actor ("the Syrian National
        // Council", "President Bashar al-Assad"); it does not change the code.
        if (IsNameWord(token) && _person is null &&
            ((_country?.Kind == ActorEntryKind.CountryAdjective && _head is null) || _head is not null || _mod is not null))
        {
            int q = p;
            while (q < _end)
            {
                if (PieceAt(q).Length == 0 && IsNameWord(_article.Tokens[q])) q++;
                // "Prayut Chan-o-cha", "Yoon Suk-yeol" (the tokenizer splits the hyphens): a part after a hyphen
                // inside a name is still the name's, whatever its case.
                else if (q > p && IsNameHyphen(q)) q += 2;
                else break;
            }
            q = AfterGenerationalSuffix(q);
            _coreEnd = _phraseEnd = q;
            return q;
        }

        // With POS tags, an adjective may stand before the head like a filler ("Iraqi elite forces").
        if (token.Upos == Upos.ADJ && _head is null && !_firmHead)
        {
            _phraseEnd = p + 1;
            return p + 1;
        }

        Close();
        return p + 1;
    }

    // A hyphen at q, right after a word, and a plain word the dictionaries lack right after it.
    private bool IsNameHyphen(int q)
    {
        var tokens = _article.Tokens;
        if (q + 1 >= _end || tokens[q].Span is not "-" || tokens[q - 1].End != tokens[q].Start || tokens[q].End != tokens[q + 1].Start)
            return false;
        var w = tokens[q + 1].Span;
        return w.Length > 0 && char.IsLetter(w[0]) && PieceAt(q + 1).Length == 0
            && !w.Equals("elect", StringComparison.OrdinalIgnoreCase) && !w.Equals("led", StringComparison.OrdinalIgnoreCase);
    }

    // A capitalised word of a portfolio or a name: none of the dictionaries' phrases but a filler ("Foreign").
    private bool IsPortfolioWord(int q)
        => IsCapitalised(q) && PieceAt(q) is var piece && (piece.Length == 0 || KindOf(piece) == ActorEntryKind.Filler);

    // "President Ferdinand Marcos, Jr. of the Philippines": a generational suffix set off by a comma is still the
    // name's, so the phrase goes on to its "of" phrase. Returns the token after ", Jr." (or ", Sr."), else q.
    private int AfterGenerationalSuffix(int q)
    {
        var tokens = _article.Tokens;
        if (q + 1 >= _end || tokens[q].Span is not "," || !(tokens[q + 1].Span is "Jr." or "Sr." or "Jr" or "Sr")) return q;
        q += 2;
        if (q < _end && tokens[q - 1].Span.Length == 2 && tokens[q].Span is ".") q++; // "Jr" "." split by the tokenizer
        return q;
    }

    // At a conjunction token p: returns where the next conjunct starts when a list of countries goes on to end
    // with "and"/"or" ("Britain, France and Germany"), else -1. A lone comma is not a list ("Macedonia's border
    // with Bulgaria, Macedonian officials said").
    private int ListContinues(int p)
    {
        var tokens = _article.Tokens;
        int q = p + 1;
        if (tokens[p].Span is ",")
        {
            if (q < _end && IsAndOr(tokens[q].Span)) q++; // ", and": the last conjunct follows
            else if (!EndsInAndOr(q)) return -1;
        }
        return IsCountryLike(PieceAt(q)) ? q : -1;
    }

    // From token r, a run "X, Y, ... and Z" of countries that ends with "and"/"or" and a last country.
    private bool EndsInAndOr(int r)
    {
        var tokens = _article.Tokens;
        while (r < _end)
        {
            var piece = PieceAt(r);
            if (!IsCountryLike(piece)) return false;
            r += piece.Length;
            if (r >= _end) return false;
            if (IsAndOr(tokens[r].Span)) return IsCountryLike(PieceAt(r + 1));
            if (tokens[r].Span is not ",") return false;
            r++;
            if (r < _end && IsAndOr(tokens[r].Span)) return IsCountryLike(PieceAt(r + 1));
        }
        return false;
    }

    private static bool IsAndOr(ReadOnlySpan<char> s) => s is "and" or "or" or "&";

    // Adjectives ("Russian and Chinese diplomats") and abbreviations ("US and British troops") modify the shared
    // head; a spelled-out name ("Syria and Palestinian leader Arafat") is an actor of its own.
    private static bool SharesRole(ActorEntry country) =>
        country.Kind == ActorEntryKind.CountryAdjective ||
        (country.Kind is ActorEntryKind.CountryName or ActorEntryKind.Organisation && IsAbbreviation(country.Phrase));

    private static bool IsAbbreviation(string phrase)
    {
        int letters = 0;
        foreach (char c in phrase)
        {
            if (char.IsLower(c) || c == ' ') return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private int SkipDeterminer(int q)
        => q < _end && PieceAt(q).Length == 0 && _article.Tokens[q].Span is var s &&
           (s.Equals("the", StringComparison.OrdinalIgnoreCase)) ? q + 1 : q;

    // Compass words between "of" and a state ("the Hungarians of northern Serbia").
    private static bool IsDirection(ReadOnlySpan<char> s) => s is "southern" or "northern" or "eastern" or "western"
        or "south" or "north" or "east" or "west" or "central" or "southeastern" or "southwestern" or "northeastern"
        or "northwestern";

    // A plural noun (Penn NNS/NNPS; untagged, a capitalised word in -s): "Hungarians", not the adjective "Hungarian".
    private bool IsPluralNoun(int t)
    {
        var token = _article.Tokens[t];
        if (token.Xpos is { } x) return x is "NNS" or "NNPS";
        if (token.Upos is not (Upos.None or Upos.NOUN or Upos.PROPN)) return false;
        return token.Span.Length > 3 && token.Span[^1] == 's';
    }

    // The phrase so far is one state's adjective or name alone, and the piece at p an ethnonym of another state.
    private bool IsResidenceOf(Piece piece, int p)
    {
        if (_country is not { Kind: ActorEntryKind.CountryAdjective or ActorEntryKind.CountryName } || _country.Code.Value.Length != 3) return false;
        if (_head is not null || _mod is not null || _person is not null || _residence is not null || _possessive) return false;
        if (piece.Length != 1 || piece.Entries[0] is not { Kind: ActorEntryKind.CountryAdjective } ethnic
            || ethnic.Code.Value.Length != 3 || ethnic.Code == _country.Code) return false;
        return EthnonymWords.Default.IsEthnonym(_article.Tokens[p].Span);
    }

    // "ethnic" among the words before the demonym ("ethnic Hungarian militants", "thousands of ethnic Armenians").
    private bool EthnicBefore(int from, int to)
    {
        for (int t = from; t < to; t++)
            if (_article.Tokens[t].Span.Equals("ethnic", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsPossessive(ReadOnlySpan<char> s) => s is "'s" or "’s" or "'" or "’" or "'S";
    private static bool IsConjunction(ReadOnlySpan<char> s) => s is "and" or "or" or "," or "&";
    private static bool IsPostingPreposition(ReadOnlySpan<char> s) => s is "to" or "in" or "at";
    private static bool IsOriginPreposition(ReadOnlySpan<char> s) => s is "of" or "from";

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "The", "A", "An", "On", "In", "At", "But", "And",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // A word of a proper name: tagged PROPN, or (untagged) a word with a capital letter that is not a day, month or
    // sentence word such as "The".
    private static bool IsNameWord(Token token)
    {
        if (token.Upos != Upos.None) return token.Upos == Upos.PROPN;
        var s = token.Span;
        if (s.Length == 0 || !char.IsLetter(s[0])) return false;
        bool upper = false;
        foreach (char c in s)
        {
            if (char.IsUpper(c)) upper = true;
            else if (!(char.IsLetter(c) || c is '-' or '.' or '\'')) return false;
        }
        return upper && !NotNamesLookup.Contains(s) && !CalendarWords.Default.Contains(s);
    }

    private ActorEntry ChoosePerson(IReadOnlyList<ActorEntry> entries)
    {
        // With an article date, the affiliation that holds on it; otherwise (or if none holds) the latest one.
        if (_date is { } d)
            foreach (var e in entries) if (e.IsValidOn(d)) return e;
        ActorEntry best = entries[0];
        foreach (var e in entries)
            if ((e.ValidFrom ?? DateOnly.MinValue) > (best.ValidFrom ?? DateOnly.MinValue)) best = e;
        return best;
    }

    private void Open(int p)
    {
        _open = true;
        _start = p;
        _coreEnd = p;
        _phraseEnd = p;
        ResetPhrase();
    }

    private void ResetPhrase()
    {
        _country = _mod = _head = _person = _residence = _national = _past = null;
        _personEntries = Array.Empty<ActorEntry>();
        _firmHead = _possessive = _modIsHead = false;
        _notes.Clear();
    }

    private void Close()
    {
        // Pending conjuncts always precede an open phrase (the conjunction rule looks ahead for it), so they are
        // flushed by that phrase's Close.
        if (!_open) return;
        // "a Russian helicopter", "naval drones": a country or a modifier of the same role owns a national-only
        // head, which then reads as that role; "a helicopter", "a PG&E helicopter" name no actor at all.
        if (_head is null && _national is not null && (_country is not null || (_mod is not null && _mod.Code == _national.Code)))
            _head = _national;
        // A pure modifier with nothing to modify ("armed struggle", "labour market") names no actor.
        if (_head is null && _mod is not null && !_modIsHead) _mod = null;
        // "a Japanese bomber": a country before a head with a national reading picks that reading (an aircraft, MIL);
        // "the bomber" keeps the head's own (a person, UAF), and so does "a suicide bomber", a head of its own.
        if (_national is not null && _country is not null && _mod is null) _head = _national;
        string? role = _mod?.Code.Value ?? _head?.Code.Value;
        var roleEntries = new List<ActorEntry>(3);
        if (_mod is not null) roleEntries.Add(_mod);
        if (_head is not null && _head != _mod && (_mod is null || _head.Code != _mod.Code)) roleEntries.Add(_head);
        // "ousted President Askar Akayev", "former lawmakers": an office no longer held makes an elite (CAMEO ELI:
        // former government officials), whatever the office; other roles stay ("former rebels" are still REB).
        if (_past is not null && role is "GOV" or "LEG" or "JUD")
        {
            roleEntries.Add(_past);
            _notes.Add($"'{_past.Phrase}' marks an office no longer held: {role} → {_past.Code}");
            role = _past.Code.Value;
        }

        bool emit = _open && _coreEnd > _start && (_person is not null || _country is not null || role is not null);
        string ownText = emit ? SpanText(_start, _coreEnd) : "";
        foreach (var (country, start, end) in _pending)
        {
            var evidence = new List<string> { country.Evidence };
            bool share = emit && role is not null && _person is null && SharesRole(country);
            if (share)
            {
                foreach (var r in roleEntries) evidence.Add(r.Evidence);
                evidence.Add($"shares the role of '{ownText}'");
            }
            Emit(start, end, Compose(country, share ? role : null, evidence), evidence, false, share);
        }
        _pending.Clear();

        if (emit)
        {
            var evidence = new List<string>();
            ActorCode code;
            if (_person is not null && _country is not null && role is not null && PersonDirectory.IsOfficialsListEntry(_person)
                && _date is { } day && !_person.IsValidOn(day) && PhraseCode(role) is var titled
                && titled.Primary == _person.Code.Primary && titled != _person.Code)
            {
                // "Republic of Korea National Security Advisor Suh Hoon" in 2021: the officials list proves one year,
                // and its holder has since changed office; outside the entry's dates the article's own title names
                // the office held now.
                code = titled;
                evidence.Add($"the title phrase gives {titled} over {_person.Evidence}{DateNote(_person)} (outside the entry's dates)");
                evidence.Add(_country.Evidence);
                foreach (var r in roleEntries) evidence.Add(r.Evidence);
            }
            else if (_person is not null && _country is not null && PersonDirectory.IsOfficialsListEntry(_person)
                && StatedAffiliation.Merge(_person.Code, PhraseCode(role)) is var stated && stated != _person.Code)
            {
                // "Hamas official Mohammed Ali": the article's title phrase names another country or organisation
                // than a lesser-known dictionary entry for a common name; the article's words win.
                code = stated;
                evidence.Add($"the title phrase gives {stated} over {_person.Evidence}{DateNote(_person)} (a lesser-known holder)");
                evidence.Add(_country.Evidence);
                foreach (var r in roleEntries) evidence.Add(r.Evidence);
            }
            else if (_person is not null && role is not null && TitledAffiliation(role) is { } titledCode)
            {
                code = titledCode;
                evidence.Add(_person.Evidence + DateNote(_person));
                if (_country is not null) evidence.Add(_country.Evidence);
                foreach (var r in roleEntries) evidence.Add(r.Evidence);
            }
            else if (_person is not null)
            {
                code = _person.Code;
                evidence.Add(_person.Evidence + DateNote(_person));
            }
            else
            {
                if (_country is not null) evidence.Add(_country.Evidence);
                foreach (var r in roleEntries) evidence.Add(r.Evidence);
                if (Ethnicity() is { } ethnic)
                {
                    // The state the people live in (named, else "---" for context to fill), their role (CVL when the
                    // phrase names none), then the ethnicity: "ethnic Russians in Latvia" → LVACVLRUS.
                    if (_residence is not null) evidence.Add(_residence.Evidence);
                    code = ActorCode.Parse((_residence?.Code.Primary ?? "---") + (role ?? "CVL") + ethnic);
                    evidence.Add($"'{SpanText(_start, _coreEnd)}' names an ethnic group: {ethnic} is its ethnicity, "
                        + (_residence is null ? "not its country → ---" : "the state it lives in is " + _residence.Code.Primary));
                    role ??= "CVL";
                }
                else
                {
                    if (_country is null) evidence.Add("no country in the phrase → ---");
                    // "arrested more than 100 Palestinians", "deported 168 Liberians": a plural demonym on its own names
                    // the country's people, not its state (CAMEO: country + CVL).
                    if (role is null && _country is { Kind: ActorEntryKind.CountryAdjective } && _country.Code.Value.Length == 3
                        && !_possessive && _coreEnd == _countryStart + 1 && IsPluralNoun(_countryStart))
                    {
                        role = "CVL";
                        evidence.Add($"'{SpanText(_countryStart, _coreEnd)}' names a people: the country's civilians → CVL");
                    }
                    code = Compose(_country, role, evidence);
                    // "DHS Secretary", "FSB minister": a cabinet office over a police, security or armed department
                    // sits in the government; the department's own people keep its role ("DHS officers" → USACOP).
                    if (role == "GOV" && IsCabinetTitle(_head) && _country is { } agency && agency.Code.Value.Length == 6
                        && agency.Code.Primary != "IGO" && (agency.Code.HasRole("COP") || agency.Code.HasRole("SPY") || agency.Code.HasRole("MIL")))
                    {
                        code = ActorCode.Parse(agency.Code.Primary + "GOV");
                        evidence.Add($"'{_head!.Phrase}' is a cabinet office over '{agency.Phrase}': the government → {code}");
                    }
                    // "the Moscow Metro", "the Tehran Stock Exchange": the capital heads an institution's name, so it
                    // says where the institution is; the government does not act (the country, without GOV).
                    if (role is null && _country is { Kind: ActorEntryKind.Seat } && InstitutionNameAfter(_coreEnd) is { } last)
                    {
                        code = _country.Code;
                        evidence.Add($"'{SpanText(_countryStart, last + 1)}' names an institution (actors/institutions.txt): "
                            + $"the seat gives its country, not its government → {code}");
                    }
                }
            }
            evidence.AddRange(_notes);
            Emit(_start, _coreEnd, code, evidence, _person is not null, role is not null);
            if (_person is null && Ethnicity() is not null) _drafts[^1].Ethnic = true;
        }
        _open = false;
        ResetPhrase();
    }

    // A person whose affiliation on the article's date is unknown (no date, or no entry holds on it) is read by the title
    // the article gives them: the words of the article say which office the person held when it was written ("Prime
    // Minister Ismail Haniyeh" → the 2006-07 PSEGOV entry, not the latest PSEREBHMS one; "former President X" → ELI).
    // Of the person's entries the one the title names wins; with none, a past office (ELI) takes the person's
    // country. Null keeps the person's chosen entry. Kept in step with CoreferencePass.TitleWins.
    private ActorCode? TitledAffiliation(string role)
    {
        var person = _person!;
        if (_date is { } day)
        {
            // With a date, only a past office ("former President X" after the term): a bare title may recall an
            // office held long ago. Kept in step with CoreferencePass.TitleWins.
            if (role != "ELI") return null;
            foreach (var e in _personEntries) if (e.IsValidOn(day)) return null;
        }
        var titled = PhraseCode(role);
        bool anyCountry = titled.Primary == "---";
        foreach (var e in _personEntries)
            if (e.Code == titled || (anyCountry && e.Code.Value.Length == 6 && e.Code.Value.AsSpan(3).SequenceEqual(role)))
            {
                if (e == person) return null;
                _notes.Add($"the title names {e.Code}: {e.Evidence}{DateNote(e)} over the latest {person.Code}{DateNote(person)}");
                return e.Code;
            }
        // Otherwise only a past office: other titles describe rather than date ("religious leader Ayatollah Khomeini"
        // was head of state). Only a plain national code takes it: an organisation's own code ("IGOUNO") is its role.
        if (role != "ELI" || person.Code.Value.Length != 6 || person.Code.Primary is "IGO" or "NGO" or "IMG" or "MNC") return null;
        if (!anyCountry && titled.Primary != person.Code.Primary) return null;
        var code = ActorCode.Parse(person.Code.Primary + role);
        if (code == person.Code) return null;
        _notes.Add($"the title gives {code} over {person.Evidence}{DateNote(person)} ({(_date is null ? "no article date" : "no entry holds on the article's date")})");
        return code;
    }

    // The last token of a capitalised name that runs on from p and ends in an institution word ("Metro", "Stock
    // Exchange", "Capital International Airport"); null when the words after p are no such name. At most four words:
    // a longer run of capitals is a headline, not a name.
    private int? InstitutionNameAfter(int p)
    {
        var tokens = _article.Tokens;
        for (int t = p; t < _end && t < p + 4; t++)
        {
            var span = tokens[t].Span;
            if (span.Length < 2 || !char.IsUpper(span[0]) || !char.IsLetter(span[^1])) return null;
            if (InstitutionWords.Default.IsInstitution(span)) return t;
        }
        return null;
    }

    // The ethnicity the phrase names instead of a state: a demonym after "ethnic", or a people of another state
    // ("the Hungarians of Serbia"); null for any other phrase.
    private string? Ethnicity()
    {
        if (_country is not { Kind: ActorEntryKind.CountryAdjective } || _country.Code.Value.Length != 3 || _possessive) return null;
        if (_residence is not null || EthnicBefore(_start, _countryStart)) return _country.Code.Primary;
        return null;
    }

    // The cabinet titles (the cabinet kind of actors/titles.txt): a secretary or minister heads a department as a
    // member of the government, where its director, chief or spokesman is one of the department's own.
    private static bool IsCabinetTitle(ActorEntry? head) => head is not null && PersonTitles.IsCabinetTitle(head.Phrase);

    private static string DateNote(ActorEntry person) => person.ValidFrom is null && person.ValidUntil is null ? ""
        : $" [{person.ValidFrom:yyyy-MM-dd}..{person.ValidUntil:yyyy-MM-dd}]";

    // The code the phrase's country and role give, leaving the person aside.
    private ActorCode PhraseCode(string? role) => Compose(_country, role, new List<string>(1));

    private static ActorCode Compose(ActorEntry? country, string? role, List<string> evidence)
    {
        if (country is null) return ActorCode.Parse("---" + role);
        var code = country.Code;
        if (country.Kind == ActorEntryKind.Seat) return role is null ? code.WithRole("GOV") : code.WithRole(role);
        if (role is null) return code;
        // A national actor named by its own name already carries its role ("Hamas" PSEREBHMS, "Pentagon" USAMIL,
        // "Knesset" ISRLEG): a role noun after it ("Hamas militants", "Knesset members") says nothing more.
        // So do armed groups and NGOs ("Islamic State militants", "Red Cross officials"); only an IGO takes the
        // role, since its members act for it in a role of their own ("UN peacekeepers" → IGOUNOMIL).
        if (code.Value.Length > 3 && code.Primary != "IGO")
        {
            evidence.Add($"'{country.Phrase}' already names its role; the role noun keeps {code}");
            return code;
        }
        return code.WithRole(role);
    }

    private void Emit(int start, int end, ActorCode code, List<string> evidence, bool person, bool roleWord)
        => _drafts.Add(new MentionDraft(start, end, code, evidence, person) { RoleWord = roleWord });

    private string SpanText(int start, int end)
    {
        var tokens = _article.Tokens;
        return _article.Text[tokens[start].Start..tokens[end - 1].End];
    }
}
