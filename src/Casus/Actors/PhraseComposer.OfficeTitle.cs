using Casus.Actors.People;
using Casus.Time;

namespace Casus.Actors;

// Titles of the form "<office> to the <office> (of <country>) (for <portfolio>) <Name>": "Assistant to the President
// for National Security Affairs Jake Sullivan", "Special Envoy to the Secretary-General for Syria Geir Pedersen",
// "Adviser to the Prime Minister of India Amit Khare". The inner office is part of the named person's title: it names
// nobody in the story, so the whole phrase is one mention with the office's role and the country of its "of" phrase
// (else none, for the context and publisher passes to fill). docs/formats/actors.md, "Titles of another's office".
internal sealed partial class PhraseComposer
{
    // At token p: when p is the "to" of such a title, composes the title as one phrase and returns the token after it;
    // otherwise returns -1 and changes nothing.
    private int OfficeTitle(int p)
    {
        var tokens = _article.Tokens;
        if (p - 1 < _first || p + 2 >= _end || !tokens[p].Span.Equals("to", StringComparison.Ordinal)
            || !tokens[p + 1].Span.Equals("the", StringComparison.Ordinal) || !IsCapitalised(p - 1)) return -1;

        // The inner office: capitalised role heads or one-person titles ("President", "Prime Minister",
        // "Secretary of State"). A lower-case word is a posting or a purpose ("Envoy to the region").
        int q = p + 2;
        ActorEntry? innerHead = null;
        while (q < _end && IsCapitalised(q))
        {
            var piece = PieceAt(q);
            if (piece.Length > 0 && KindOf(piece) == ActorEntryKind.RoleHead)
            {
                foreach (var e in piece.Entries) if (e.Kind == ActorEntryKind.RoleHead) innerHead ??= e;
                q += piece.Length;
            }
            else if (piece.Length == 0 && PersonTitles.IsTitle(tokens[q].Span)) q++;
            else break;
            // "Secretary-General" split at its hyphen.
            if (q + 1 < _end && tokens[q].Span is "-" && IsCapitalised(q + 1)) q += 2;
        }
        if (q == p + 2) return -1;

        // The outer office: the phrase open up to "to" ("Special Envoy"), else the capitalised words before it that no
        // phrase took ("Assistant", "Deputy Assistant").
        bool keep = _open && _phraseEnd == p && _person is null;
        int start = p - 1;
        if (keep) start = _start;
        else
        {
            int floor = _first;
            foreach (var d in _drafts) if (d.Alive && d.End > floor && d.End <= p) floor = d.End;
            if (_open) floor = Math.Max(floor, _phraseEnd);
            while (start - 1 >= floor && IsCapitalised(start - 1)
                   && (PieceAt(start - 1) is var before && (before.Length == 0 || KindOf(before) == ActorEntryKind.Filler))) start--;
            if (start < floor) return -1;
        }
        var outerHead = keep ? _head ?? _mod : null;
        if (outerHead is null && innerHead is null) return -1;

        // "of India": the office's country.
        ActorEntry? country = null;
        if (q < _end && tokens[q].Span is "of")
        {
            int c = SkipDeterminer(q + 1);
            var at = PieceAt(c);
            if (IsCountryLike(at) && KindOf(at) != ActorEntryKind.CountryAdjective) { country = at.Entries[0]; q = c + at.Length; }
        }

        // "for National Security Affairs", "for Syria": the portfolio; a country or organisation in it is the subject of
        // the post, not the actor. Then the holder's name; a dictionary person ends the phrase as its holder.
        ActorEntry? person = null;
        int r = q;
        bool portfolio = tokens[q].Span is "for" && LeadsToName(q);
        // "Assistant to the President and Director of the Gender Policy Council Jennifer Klein": a second title of the
        // same person, joined by "and"; not when a country or a known person follows ("... and Russia signed").
        bool second = !portfolio && q + 1 < _end && tokens[q].Span is "and" && IsCapitalised(q + 1)
                      && !IsCountryLike(PieceAt(q + 1)) && !(PieceAt(q + 1) is { Length: > 0 } p1 && KindOf(p1) == ActorEntryKind.Person);
        if (portfolio || second) r = q + 1;
        while (r < _end)
        {
            var piece = PieceAt(r);
            if (piece.Length > 0 && KindOf(piece) == ActorEntryKind.Person)
            {
                // Right after the inner office, the person holds that office ("Adviser to the President Joe Biden"),
                // so the phrase ends before the name.
                if (r == q && !portfolio && country is null) break;
                // In a second title a known person is another actor joined by "and": the title ends before "and".
                if (second) { r = q; break; }
                person = ChoosePerson(piece.Entries);
                r += piece.Length;
                break;
            }
            if (IsCapitalised(r)) { r += Math.Max(piece.Length, 1); continue; }
            // "Sherwood-Randall" split at its hyphen.
            if (r > q && tokens[r].Span is "-" && r + 1 < _end && IsCapitalised(r + 1)) { r++; continue; }
            if ((portfolio || second) && tokens[r].Span is "and" or "of" or "the" or "&" or "for" && LeadsToName(r)) { r++; continue; }
            break;
        }

        if (!keep) { Close(); Open(start); }
        if (_head is null && _mod is null) _head = innerHead;
        _country ??= country;
        _person = person;
        _notes.Add($"'{SpanText(start, r)}' is one title: '{SpanText(p + 2, q)}' is the office served, not an actor");
        _coreEnd = _phraseEnd = r;
        Close();
        return r;
    }

    // A capitalised word follows token t, or "the" and one ("for the Middle East", "of the Gender Policy Council").
    private bool LeadsToName(int t)
        => t + 1 < _end && (IsCapitalised(t + 1) || _article.Tokens[t + 1].Span is "the" && t + 2 < _end && IsCapitalised(t + 2));

    // A word that starts with a capital letter and is no sentence word such as "The".
    private bool IsCapitalised(int t)
    {
        var s = _article.Tokens[t].Span;
        return s.Length > 0 && char.IsUpper(s[0]) && char.IsLetter(s[0]) && !NotNamesLookup.Contains(s) && !CalendarWords.Default.Contains(s);
    }
}
