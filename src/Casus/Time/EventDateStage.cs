using Casus.Document;
using Casus.Pipeline;

namespace Casus.Time;

/// <summary>
/// Dates each coded event: a time expression among the modifiers of the event's own word or the word governing it
/// (its clause), else among the modifiers of a predicate above it in the sentence ("said on Tuesday that ..."), else
/// the publication date, each resolved against the publication date by
/// <see cref="TimeExpressions"/> (docs/formats/events-jsonl.md, "Dates"). Expressions with no direction of their own
/// ("on Friday") read as past unless the clause speaks of the future ("will meet on Friday", "agreed to meet on Friday"). Sets
/// <see cref="Event.When"/> and <see cref="Event.Date"/>, and adds a note to the event's evidence. Immutable and
/// thread-safe.
/// </summary>
public sealed class EventDateStage : IStage
{
    /// <inheritdoc/>
    public string Name => "event-dates";
    /// <inheritdoc/>
    public Annotations Requires => Annotations.Events;
    /// <inheritdoc/>
    public Annotations Assigns => Annotations.EventDates;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Events.Count == 0) return;
        var anchor = article.Metadata.Published;
        for (int i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            var when = Resolve(article, e, anchor);
            if (when is null) continue;
            if (when.Source == DateSource.Publication && Carried(article, i, anchor) is { } carried) when = carried;
            var notes = new List<string>(e.Evidence.Notes.Count + 1);
            notes.AddRange(e.Evidence.Notes);
            notes.Add(when.Source switch
            {
                DateSource.Publication => $"date {when.Date:yyyy-MM-dd} (publication date; no time expression)",
                DateSource.Paragraph => $"date {when.Date:yyyy-MM-dd} {when.PrecisionName} from paragraph: {when.Rule}",
                _ => $"date {when.Date:yyyy-MM-dd} {when.PrecisionName} from {when.SourceName} \"{when.Expression}\": {when.Rule}",
            });
            article.CompleteEvent(i, e with { When = when, Date = when.Date, Evidence = e.Evidence with { Notes = notes } });
        }
    }

    /// <summary>The date of one event of <paramref name="article"/> (null when there is neither an expression nor an anchor).</summary>
    public static EventDate? Resolve(Article article, Event e, DateOnly? anchor)
    {
        if (article.TokenData.Count > 0 && e.Trigger.Count > 0 && e.Trigger.End <= article.TokenData.Count)
        {
            // Most sentences hold no time word at all: one scan without allocation spares them the parse walk.
            if (!HasTimeCue(article, e.Sentence))
                return anchor is { } p ? new EventDate(p, DatePrecision.Day, DateSource.Publication, null, "publication date") : null;
            var (head, governor) = EventClause.Heads(article, e.Trigger);
            var direction = Direction(article, head, governor);
            var tokens = article.TokenData;
            // The event's own word, the word governing it, then the predicates above them ("said on Tuesday that
            // ..."): a time expression counts only where it modifies a word that dominates the event.
            bool reported = false, ownClause = false, present = IsPresentTense(article, head);
            for (int node = head, below = -1, level = 0; node >= 0 && level < 8; below = node, node = tokens[node].Head, level++)
            {
                // A clause after a semicolon is a statement of its own, whatever the parse hangs it from.
                if (below >= 0 && node < below && SemicolonOpens(article, below)) break;
                // A reported or controlled clause ("announced yesterday she will comply", "agreed to ...") is dated by
                // its statement even when it speaks of the future.
                if (below >= 0 && tokens[below].Relation is { } up && (up.StartsWith("ccomp", StringComparison.Ordinal)
                    || up.StartsWith("xcomp", StringComparison.Ordinal) || up.StartsWith("parataxis", StringComparison.Ordinal)))
                    reported = true;
                // A conjunct with a subject of its own in the present or present perfect does not share the time
                // of a past conjunct before it ("Ecuador joined the group in 2022, and the four countries have
                // collaborated ..."): the tense says the second act runs up to now, not then.
                if (below >= 0 && tokens[below].Relation == "conj" && tokens[node].Xpos == "VBD"
                    && (IsPresentTense(article, below) || IsPresentPerfect(article, below)) && HasSubject(article, below))
                    break;
                var source = node == head || node == governor ? DateSource.Clause : DateSource.Sentence;
                // The event noun, or the noun a relative clause of the event describes ("the November 2022 meeting
                // in Bali where they discussed ..."): its own time stands before it.
                bool ownNoun = (node == head || below >= 0 && tokens[below].Relation is { } rel && rel.StartsWith("acl", StringComparison.Ordinal))
                    && tokens[node].Upos is Upos.NOUN or Upos.PROPN;
                if (FromModifiers(article, node, below, anchor, direction, source, ownNoun) is { } found)
                {
                    // A list flattened into one sentence ("-   November 17: Haines meets with NATO Allies in Brussels
                    // -   November 30: Secretary Blinken attends ..."): a time past the next bullet is the next entry's
                    // label, and the entry's own is the label before its bullet.
                    if (BulletBetween(article, head, found.Expression))
                        return EntryLabel(article, head, anchor, direction) ?? Publication(anchor);
                    // A present-tense act ("looks forward to ...", "welcomes ...") is not over before publication: a
                    // past time written after it, which the parse hangs on it, belongs to a clause or noun inside it
                    // ("looks forward to strengthening the partnership that was celebrated during the Visit to
                    // Washington last April"). Only words that say the past count ("last", "ago", "yesterday"): a bare
                    // date after a present verb may be a schedule ("arrives in Ghana on Sunday") or the next entry
                    // of a timeline, and one written before it is a timeline's label ("November 17: Haines meets
                    // with NATO Allies in Brussels").
                    if (reported || !Contradicts(found, direction, anchor)
                        && !(present && anchor is { } published && found.End < published && SaysPast(found.Expression)
                            && WrittenOnlyAfter(article, head, found.Expression))
                        // A past act is over: "later this week" after it is the time of what it names ("welcomed the
                        // virtual leaders' summit later this week"), not its own.
                        && !(tokens[head].Xpos == "VBD" && direction == TimeDirection.Past && LaterAfter(article, head, found.Expression)))
                    {
                        // A present-simple act with a bare weekday ("the President arrives in Ghana on Sunday", "X
                        // travels to Y on Monday") is a schedule: news tells a done act in the past tense, so the
                        // weekday is the coming one, not the one before publication.
                        if (present && !reported && node == head && direction == TimeDirection.Past && IsBareWeekday(found.Expression)
                            && FromModifiers(article, node, below, anchor, TimeDirection.Future, source, ownNoun) is { } upcoming)
                            return upcoming with { Rule = $"{upcoming.Rule} (present-tense schedule)" };
                        return found;
                    }
                    break;
                }
                // A relative clause describes the noun it hangs from with an act of its own ("denounced on Wednesday
                // the memoranda in which Turkey and Libya agreed ..."): the noun's own time is the act's, the time
                // of the clause above the noun is another act's.
                // Only a time between the noun and its clause ("welcomed the meeting in August 2023, under which ...")
                // is the noun's, whatever the parse hangs it from; a past one does not date a present-tense clause.
                if (below >= 0 && IsRelative(tokens[below].Relation) && !SharesTime(article, node, below))
                {
                    ownClause = true;
                    int above = tokens[node].Head, clauseFirst = EventClause.SubtreeRange(article, below).First;
                    if (above >= 0 && clauseFirst > node + 1 && !IsPresentTense(article, below)
                        && FromModifiers(article, above, node, anchor, direction, DateSource.Sentence, window: (node + 1, clauseFirst)) is { } between
                        && (reported || !Contradicts(between, direction, anchor)))
                        return between;
                    break;
                }
                // Only an intent names its act inside the trigger ("plans to deploy ... in early 2024"); an appeal or a
                // praise is made now, whatever the time of what it asks or praises ("invited X to visit in June").
                if (node == head && e.Code.Root == 3 && FromTriggerWords(article, e.Trigger, head, anchor, direction) is { } inner) return inner;
                // A conjunct with its own word of sequence ("declared an emergency on November 15 and later banned
                // ...") happened at another time than the conjunct before it.
                if (node == head && tokens[head].Relation == "conj" && HasSequenceAdverb(article, head)) { ownClause = true; break; }
            }
            // "On Wednesday, the House impeached ...": the parser often makes a sentence-opening time the subject or
            // the root, out of the walk's sight.
            if (!ownClause && FrontedTime.Read(article, e.Sentence, head, governor, anchor, direction) is { } fronted && (reported || !Contradicts(fronted, direction, anchor)))
                return fronted;
        }
        return Publication(anchor);
    }

    /// <summary>
    /// The date event <paramref name="index"/> takes from the sentence before, as a reader carries a story's time
    /// forward ("National Security Advisor Jake Sullivan met yesterday with X. Mr. Sullivan thanked ..."; "On May 24,
    /// President Biden will attend the Summit. The leaders will discuss ..."): only for an event whose sentence holds no
    /// time word at all, from an event of the sentence right before in the same paragraph that was dated by words (its
    /// own or carried), that is an occasion later sentences go on describing (a meeting, call or visit: CAMEO root 04 or
    /// 036, or an event carried itself), that shares an actor code with it (not "---"), and whose date lies on the side of publication the
    /// event's clause looks to (a future act takes no past date, a past act no future one). Only a day carries ("this
    /// year" frames a story), and not into a sentence that moves on ("Since then, ...", "later"). Null otherwise.
    /// </summary>
    private static EventDate? Carried(Article article, int index, DateOnly? anchor)
    {
        var e = article.Events[index];
        if (anchor is not { } a || e.Sentence == 0 || article.TokenData.Count == 0 || e.Trigger.Count == 0
            || e.Trigger.End > article.TokenData.Count || HasTimeCue(article, e.Sentence)) return null;
        var before = article.SentenceData[e.Sentence - 1];
        var here = article.SentenceData[e.Sentence];
        if (here.Start > before.End && article.Text.AsSpan(before.End, here.Start - before.End).IndexOf('\n') >= 0) return null;
        for (int j = 0; j < index; j++)
        {
            var p = article.Events[j];
            // Only a day: "this year", "last month" frame a story rather than date each of its acts.
            if (p.Sentence != e.Sentence - 1 || p.When is not { Source: not DateSource.Publication, Precision: DatePrecision.Day } w
                || !ShareAnActor(p, e) || !CanContinue(p, w, e)) continue;
            var (head, governor) = EventClause.Heads(article, e.Trigger);
            // "Since then, X and Y have continued to work ...", "Later, X met ...": the act moves off the day before.
            if (head < 0 || HasSequenceAdverb(article, head) || governor >= 0 && HasSequenceAdverb(article, governor) || SinceThen(article, e.Sentence)) return null;
            bool future = Direction(article, head, governor) == TimeDirection.Future;
            if (future ? w.End < a : w.Date > a) continue;
            var rule = w.Source == DateSource.Paragraph ? w.Rule
                : $"the date of \"{w.Expression}\" in the sentence before, whose event shares an actor";
            return new EventDate(w.Date, w.Precision, DateSource.Paragraph, w.Expression, rule);
        }
        return null;
    }

    /// <summary>True when the sentence has "since" or "later" anywhere ("Since then, ...", "Two days later, ...").</summary>
    private static bool SinceThen(Article article, int sentence)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("later", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="e"/> is an occasion that later sentences go on describing: a meeting, call
    /// or visit (CAMEO root 04) or one announced (036, "will travel to New Delhi on January 5-6"). A statement, a
    /// condolence, a praise or an attack is over in one act: what the next sentence tells ("Rosso thanked Mr.
    /// Finer", after "Reiterating President Biden's condolences in his statement on May 24, Mr. Finer pledged ...")
    /// is not dated by it. An event carried itself continues the occasion it was carried from.</summary>
    private static bool IsOccasion(Event e) => e.Code.Root == 4 || e.Code.ToString().StartsWith("036", StringComparison.Ordinal);

    /// <summary>True when the act of the sentence before (<paramref name="p"/>, dated <paramref name="w"/>) can carry
    /// its day into <paramref name="e"/>: an occasion (<see cref="IsOccasion"/>); an act carried itself; an act told
    /// again (the same CAMEO root: "killed an estimated 100 people" ... "injured by these attacks"); or an act dated by a
    /// time of its own clause ("On April 25, USAID and KOICA signed an MOU"). Not an act that took its time from a
    /// predicate or phrase above it ("Reiterating President Biden's condolences in his statement on May 24, Mr. Finer
    /// pledged ...": May 24 is the statement's day, and the next sentence's "thanked" is the call's).</summary>
    private static bool CanContinue(Event p, EventDate w, Event e) => IsOccasion(p) || w.Source is DateSource.Paragraph or DateSource.Clause
        || p.Code.Root == e.Code.Root;

    private static bool ShareAnActor(Event x, Event y) => Same(x.Source, y.Source) || Same(x.Source, y.Target)
        || Same(x.Target, y.Source) || Same(x.Target, y.Target);

    private static bool Same(Mention? x, Mention? y) => x?.Code.Value is { Length: >= 3 } u && y?.Code.Value is { } v
        && !u.StartsWith("---", StringComparison.Ordinal) && u.Equals(v, StringComparison.Ordinal);

    private static EventDate? Publication(DateOnly? anchor)
        => anchor is { } a ? new EventDate(a, DatePrecision.Day, DateSource.Publication, null, "publication date") : null;

    /// <summary>True when a time read from a predicate above the event ends before publication while the event's own
    /// clause speaks of the future ("welcomed the meeting in August 2023, under which the two will engage in ..."):
    /// a future act cannot have happened then, so the time is another act's. Not asked where the event is reported
    /// or controlled by the predicate ("announced yesterday she will comply"): the caller skips those.</summary>
    private static bool Contradicts(EventDate found, TimeDirection direction, DateOnly? anchor)
        => direction == TimeDirection.Future && found.Source == DateSource.Sentence && anchor is { } a && found.End < a;

    /// <summary>
    /// A time expression among the modifiers of the trigger's other words: a trigger is often a phrase ("plans to
    /// deploy a cutter to the Pacific in early 2024", "looking forward to hosting allies July 9-11, 2024"), and the
    /// time of its inner verb is the time of the act it names. An inner verb with its own will or infinitive looks ahead.
    /// </summary>
    private static EventDate? FromTriggerWords(Article article, TokenSpan trigger, int head, DateOnly? anchor, TimeDirection direction)
    {
        for (int t = trigger.First; t < trigger.End; t++)
        {
            if (t == head || !EventClause.Dominates(article, head, t)) continue;
            var own = Direction(article, t, -1) == TimeDirection.Future ? TimeDirection.Future : direction;
            if (FromModifiers(article, t, -1, anchor, own, DateSource.Clause) is { } found) return found;
        }
        return null;
    }

    /// <summary>A time expression among the modifiers of <paramref name="node"/> (skipping the branch <paramref name="skip"/>).</summary>
    private static EventDate? FromModifiers(Article article, int node, int skip, DateOnly? anchor, TimeDirection direction, DateSource source,
        bool ownNoun = false, (int First, int End)? window = null)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[node].Sentence];
        // "compared to last year": the modifiers of a word of comparison or boundary above the event are its
        // baseline, not a date; but where the event is the word's own object ("following the meetings in Dubai on
        // December 2", event "meetings") they are the event's.
        if (source == DateSource.Sentence && IsBoundaryMarker(article, node)) return null;
        for (int d = s.FirstToken; d < s.FirstToken + s.TokenCount; d++)
        {
            if (tokens[d].Head != node || d == skip) continue;
            // An event noun's own date stands before it as well: "the July 11, 2021 protests", "Saturday's attack".
            if (!IsTimeRelation(tokens[d].Relation)
                && !(ownNoun && tokens[d].Relation is "nummod" or "compound" or "amod" or "nmod:poss")) continue;
            // "since the passage of the act in 2000", "compared to last year", "ahead of the summit in June": a
            // phrase that opens with a boundary or a comparison dates a state's start, a deadline or another act.
            var (first, end) = EventClause.SubtreeRange(article, d);
            // The marker may hang from the clause instead of the phrase ("Since the passage ... in 2000, X has forged").
            if (HasBoundaryMarker(article, d)
                || first > s.FirstToken && tokens[first - 1].Head == node && IsBoundaryMarker(article, first - 1)) continue;
            if (skip >= first && skip < end) continue;
            if (window is { } w0 && (first < w0.First || end > w0.End)) continue;
            var words = EventClause.Words(article, first, end);
            for (int w = 0; w < words.Count; w++)
            {
                var r = TimeExpressions.At(words, w, anchor, direction);
                if (!r.Success) continue;
                // Only an expression that is the modifier itself or hangs directly from it: "in a call on Friday"
                // counts, "in response to the attack of July 7" (the date of another act) does not.
                int exprHead = ExpressionHead(article, first + r.Start, first + r.Start + r.Length);
                if (exprHead != d && tokens[exprHead].Head != d) { w += r.Length - 1; continue; }
                // Before the noun it hangs from, a time names that noun's own time, not the event's: "according to a
                // March 14, 2019 press release", "for this year's election", "ahead of the March 2023 summit".
                // A time noun is no such noun ("yesterday evening"), and an act held in or during the thing takes its
                // time ("during their April 2022 meeting").
                // A preposition right before the time is the time's own ("Commission on October 7 Crimes"), not the
                // noun's: only "during their April meeting", "at the March 3 summit" put the act in the noun.
                if (exprHead != d && first + r.Start + r.Length <= d && !IsTimeNoun(article, d)
                    && !(HasCase(article, d, HeldIn) && !StartsWithCase(words, r.Start, r.Length)))
                { w += r.Length - 1; continue; }
                return new EventDate(r.Chosen.Date, r.Chosen.Precision, source,
                    EventClause.Text(article, first + r.Start, first + r.Start + r.Length), Rule(r));
            }
        }
        return null;
    }

    // Deictics and month abbreviations; the full month and weekday names are data/time/calendar.txt.
    private static readonly string[] CueWords =
    [
        "yesterday", "today", "tonight", "tomorrow", "overnight", "last", "this", "next", "past", "ago", "weekend",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    /// <summary>True when the sentence has a word that can start or carry a time expression (a digit, a month, a weekday, a deictic).</summary>
    private static bool HasTimeCue(Article article, int sentence)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).TrimEnd('.');
            if (w.Length == 0) continue;
            if (char.IsDigit(w[0])) return true;
            if (w.Length < 3 || w.Length > 9) continue;
            if (CalendarWords.Default.Contains(w)) return true;
            foreach (var cue in CueWords)
                if (w.Equals(cue, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="phrase"/> has a preposition or subordinator of boundary or comparison:
    /// since, until, till, before, after, following, ahead (of), prior (to), compared (to|with), than; or "including",
    /// whose examples have their own times ("reinforced its commitment ..., including the launch on October 3"). A closed class
    /// of function words, so grammar rather than vocabulary. Not "by": it also marks the agent of a passive ("was
    /// attacked by militants on Friday"); "by next year" itself is refused where the expression is read.</summary>
    private static bool HasBoundaryMarker(Article article, int phrase)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[phrase].Sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (tokens[t].Head != phrase || tokens[t].Relation is not ("case" or "mark" or "fixed" or "advmod")) continue;
            if (IsBoundaryMarker(article, t)) return true;
        }
        return false;
    }

    private static readonly string[] HeldIn = ["in", "during", "at", "on", "amid"];

    /// <summary>True when the expression read at <paramref name="start"/> opens with one of <see cref="HeldIn"/> and
    /// is no possessive ("in today's call": the preposition is the call's).</summary>
    private static bool StartsWithCase(List<string> words, int start, int length)
    {
        if (start + length < words.Count && words[start + length] is "'s" or "’s") return false;
        foreach (var c in HeldIn)
            if (words[start].Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsTimeNoun(Article article, int token)
    {
        var t = article.TokenData[token];
        var w = article.Text.AsSpan(t.Start, t.End - t.Start);
        foreach (var noun in TimeWords.Default.Nouns)
            if (w.Equals(noun, StringComparison.OrdinalIgnoreCase) || w.Length == noun.Length + 1 && (w[^1] is 's' or 'S')
                && w[..^1].Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when <paramref name="phrase"/> has a case marker among <paramref name="words"/>.</summary>
    private static bool HasCase(Article article, int phrase, string[] words)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[phrase].Sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (tokens[t].Head != phrase || tokens[t].Relation != "case") continue;
            var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            foreach (var c in words)
                if (w.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="verb"/> is a present-tense form (VBZ, VBP) with no auxiliary of its own.</summary>
    private static bool IsPresentTense(Article article, int verb)
    {
        var tokens = article.TokenData;
        if (tokens[verb].Xpos is not ("VBZ" or "VBP")) return false;
        var s = article.SentenceData[tokens[verb].Sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (tokens[t].Head == verb && tokens[t].Relation is "aux" or "aux:pass") return false;
        return true;
    }

    /// <summary>True when time words <paramref name="expression"/> come after <paramref name="verb"/> right behind
    /// "later" ("later this week").</summary>
    private static bool LaterAfter(Article article, int verb, string? expression)
    {
        if (string.IsNullOrEmpty(expression)) return false;
        if (expression.StartsWith("later ", StringComparison.OrdinalIgnoreCase)) return true;
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[verb].Sentence];
        int at = article.Text.IndexOf(expression, tokens[verb].End, s.End - tokens[verb].End, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var before = article.Text.AsSpan(tokens[verb].End, at - tokens[verb].End).TrimEnd();
        return before.EndsWith(" later", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a list bullet (a hyphen, en dash or bullet sign followed by two or more spaces, as a flattened
    /// Markdown list writes "-   ") stands between <paramref name="verb"/> and the first time words
    /// <paramref name="expression"/> after it in its sentence.</summary>
    private static bool BulletBetween(Article article, int verb, string? expression)
    {
        if (string.IsNullOrEmpty(expression)) return false;
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[verb].Sentence];
        int at = article.Text.IndexOf(expression, tokens[verb].End, s.End - tokens[verb].End, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && BulletIn(article.Text.AsSpan(tokens[verb].End, at - tokens[verb].End)) >= 0;
    }

    /// <summary>The position of the last list bullet in <paramref name="text"/> (its sign), or -1.</summary>
    private static int BulletIn(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 3; i >= 0; i--)
            if (text[i] is '-' or '–' or '•' && text[i + 1] == ' ' && text[i + 2] == ' ' && (i == 0 || char.IsWhiteSpace(text[i - 1]))) return i;
        return -1;
    }

    /// <summary>The time that labels the list entry of <paramref name="verb"/>: the words between the bullet before the
    /// verb (or the sentence's start) and a colon ("November 17:"), read from the first word; null when there is none.</summary>
    private static EventDate? EntryLabel(Article article, int verb, DateOnly? anchor, TimeDirection direction)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[verb].Sentence];
        int bullet = BulletIn(article.Text.AsSpan(s.Start, tokens[verb].Start - s.Start));
        int from = bullet < 0 ? s.Start : s.Start + bullet + 1;
        int first = s.FirstToken;
        while (first < verb && tokens[first].Start < from) first++;
        int colon = first;
        while (colon < verb && !(tokens[colon].End - tokens[colon].Start == 1 && article.Text[tokens[colon].Start] == ':')) colon++;
        if (colon == verb || colon == first) return null;
        var words = EventClause.Words(article, first, colon);
        var r = TimeExpressions.At(words, 0, anchor, direction);
        // A range ("November 30 – December 1") is read from its start.
        if (!r.Success || r.Start != 0) return null;
        return new EventDate(r.Chosen.Date, r.Chosen.Precision, DateSource.Sentence, EventClause.Text(article, first, colon),
            $"{Rule(r)} (label of its list entry)");
    }

    /// <summary>True when time words <paramref name="expression"/> are a weekday alone, with or without "on" and a
    /// part of the day ("on Sunday", "Monday", "on Sunday afternoon"): no word of its own says which side of publication it lies.</summary>
    private static bool IsBareWeekday(string? expression)
    {
        if (string.IsNullOrEmpty(expression)) return false;
        var e = expression.AsSpan().Trim();
        if (e.StartsWith("on ", StringComparison.OrdinalIgnoreCase)) e = e[3..].TrimStart();
        int space = e.IndexOf(' ');
        if (space < 0) return CalendarWords.Default.IsWeekday(e);
        // A part of the day changes nothing: "on Sunday afternoon".
        var part = e[(space + 1)..];
        return CalendarWords.Default.IsWeekday(e[..space]) && (part.Equals("morning", StringComparison.OrdinalIgnoreCase)
            || part.Equals("afternoon", StringComparison.OrdinalIgnoreCase) || part.Equals("evening", StringComparison.OrdinalIgnoreCase)
            || part.Equals("night", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when time words <paramref name="expression"/> hold a word that places them in the past (the
    /// past kind of data/time/time-words.txt).</summary>
    private static bool SaysPast(string? expression)
    {
        if (string.IsNullOrEmpty(expression)) return false;
        foreach (var range in expression.AsSpan().Split(' '))
        {
            if (TimeWords.Default.SaysPast(expression.AsSpan(range))) return true;
        }
        return false;
    }

    /// <summary>True when the time words <paramref name="expression"/> occur in the sentence of <paramref name="verb"/>
    /// after it and not before it.</summary>
    private static bool WrittenOnlyAfter(Article article, int verb, string? expression)
    {
        if (string.IsNullOrEmpty(expression)) return false;
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[verb].Sentence];
        int split = tokens[verb].Start;
        return article.Text.IndexOf(expression, s.Start, split - s.Start, StringComparison.OrdinalIgnoreCase) < 0
            && article.Text.IndexOf(expression, split, s.End - split, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>True when <paramref name="verb"/> is a past participle with "has" or "have" ("have collaborated"; not
    /// "had", which looks back from a past time).</summary>
    private static bool IsPresentPerfect(Article article, int verb)
    {
        var tokens = article.TokenData;
        if (tokens[verb].Xpos != "VBN") return false;
        var s = article.SentenceData[tokens[verb].Sentence];
        for (int t = s.FirstToken; t < verb; t++)
        {
            if (tokens[t].Head != verb || tokens[t].Relation != "aux") continue;
            var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="verb"/> has a subject of its own.</summary>
    private static bool HasSubject(Article article, int verb)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[verb].Sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (tokens[t].Head == verb && tokens[t].Relation is { } r && r.StartsWith("nsubj", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when the relative clause <paramref name="clause"/> of <paramref name="noun"/> happens at the
    /// time of the clause above: a "where" or "when" clause tells what happened at the place or occasion the main clause
    /// visits ("was in Brussels last week, where she met ...", "attended the summit in November, where he
    /// reaffirmed ..."); and a clause the parser hangs from an opening time word ("This morning President Biden spoke
    /// ...") or with no relative word at all is the main clause itself.</summary>
    private static bool SharesTime(Article article, int noun, int clause)
    {
        var tokens = article.TokenData;
        if (TimeWords.Default.Contains(article.Text.AsSpan(tokens[noun].Start, tokens[noun].End - tokens[noun].Start))) return true;
        var s = article.SentenceData[tokens[clause].Sentence];
        bool relativeWord = false;
        for (int t = Math.Max(noun + 1, s.FirstToken); t < clause; t++)
        {
            if (!EventClause.Dominates(article, clause, t)) continue;
            var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (tokens[t].Head == clause && tokens[t].Relation == "advmod"
                && (w.Equals("where", StringComparison.OrdinalIgnoreCase) || w.Equals("when", StringComparison.OrdinalIgnoreCase))) return true;
            foreach (var r in RelativeWords)
                if (w.Equals(r, StringComparison.OrdinalIgnoreCase)) relativeWord = true;
        }
        // Without a relative word before it ("the Quad Leaders – ... – convened") the clause is the parser's slip for
        // the main clause rather than a relative one.
        return !relativeWord;
    }

    private static readonly string[] RelativeWords = ["who", "whom", "whose", "which", "that"];

    private static bool IsRelative(string? rel) => rel is not null && rel.StartsWith("acl:relcl", StringComparison.Ordinal);

    /// <summary>True when <paramref name="clause"/> has an adverb that places it well after or before another act:
    /// later, subsequently, since, thereafter, eventually, earlier, previously. Not "then" nor "afterwards": "met X on
    /// Monday and then flew to Y" is mostly the same day. The sequence kind of data/time/time-words.txt.</summary>
    private static bool HasSequenceAdverb(Article article, int clause)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[clause].Sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (tokens[t].Head != clause || tokens[t].Relation != "advmod") continue;
            var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (TimeWords.Default.IsSequenceAdverb(w)) return true;
        }
        return false;
    }

    private static bool IsBoundaryMarker(Article article, int token)
    {
        var t = article.TokenData[token];
        var w = article.Text.AsSpan(t.Start, t.End - t.Start);
        foreach (var marker in BoundaryMarkers)
            if (w.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the clause under <paramref name="clause"/> opens with a semicolon (or follows one).</summary>
    private static bool SemicolonOpens(Article article, int clause)
    {
        var tokens = article.TokenData;
        var (first, _) = EventClause.SubtreeRange(article, clause);
        for (int t = Math.Max(first - 1, article.SentenceData[tokens[clause].Sentence].FirstToken); t <= first; t++)
            if (tokens[t].End - tokens[t].Start == 1 && article.Text[tokens[t].Start] == ';') return true;
        return false;
    }

    private static readonly string[] BoundaryMarkers =
        ["since", "until", "till", "before", "after", "following", "ahead", "prior", "compared", "than", "including"];

    private static int ExpressionHead(Article article, int first, int end)
    {
        var tokens = article.TokenData;
        for (int t = first; t < end; t++)
            if (tokens[t].Head < first || tokens[t].Head >= end) return t;
        return first;
    }

    private static string Rule(DateResolution r)
        => r.IsAmbiguous ? $"{r.Chosen.Rule} (of {r.Candidates.Count} readings)" : r.Chosen.Rule;

    private static bool IsTimeRelation(string? rel) => rel is "obl" or "obl:tmod" or "nmod:tmod" or "obl:npmod" or "nmod:npmod"
        or "advmod" or "nmod" or "obj" or "obl:unmarked" or "nmod:unmarked";

    /// <summary>
    /// A clause with will/shall, or an infinitive ("agreed to meet on Friday", "plans to visit next week"), looks
    /// ahead; everything else is read as past (news convention), whatever the event code: "agreed on Wednesday" is past.
    /// </summary>
    /// <summary>Verbs whose infinitive happens when they do ("continued to back X on Wednesday", "managed to reach Y
    /// on Monday", "failed to stop Z"): the infinitive is no plan, so it does not look ahead. Grammar, not vocabulary:
    /// a closed class of aspectual and implicative verbs.</summary>
    private static bool IsAspectualOrImplicative(string? lemma) => lemma is "continue" or "begin" or "start" or "keep"
        or "stop" or "cease" or "resume" or "proceed" or "try" or "attempt" or "manage" or "fail" or "refuse"
        or "decline" or "happen" or "seem" or "appear" or "dare" or "bother" or "neglect" or "help";

    internal static TimeDirection Direction(Article article, int head, int governor)
    {
        var tokens = article.TokenData;
        foreach (int h in (ReadOnlySpan<int>)[head, governor])
        {
            if (h < 0) continue;
            var s = article.SentenceData[tokens[h].Sentence];
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                if (tokens[t].Head != h) continue;
                var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
                if (tokens[t].Relation is "aux" or "aux:pass"
                    && (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
                        || w.Equals("'ll", StringComparison.OrdinalIgnoreCase) || w.Equals("wo", StringComparison.OrdinalIgnoreCase)))
                    return TimeDirection.Future;
                if (tokens[t].Relation == "mark" && w.Equals("to", StringComparison.OrdinalIgnoreCase) && t < h
                    && !(h == head && governor >= 0 && IsAspectualOrImplicative(tokens[governor].Lemma)))
                    return TimeDirection.Future;
            }
        }
        return TimeDirection.Past;
    }
}
