using Casus.Document;

namespace Casus.Time;

/// <summary>
/// A time expression that opens a sentence ("On Wednesday, the House impeached ...", "-   In May, X and Y convened
/// ...", "Last June, X committed ...", "Later on Tuesday X met ..."): it dates the sentence's main clause. The parser
/// often hangs such a phrase as the subject ("Wednesday" nsubj of "impeached"), as the root with the clause as
/// parataxis, or inside the subject ("on Tuesday Mitsotakis"), where the walk up the parse over modifiers cannot see
/// it; this reads the words instead. Only a fallback: a time the parse gives the event itself comes first.
/// </summary>
internal static class FrontedTime
{
    // How far into a sentence a fronted expression may reach ("Later on Friday, March 13, 2020,").
    private const int MaxWords = 10;

    /// <summary>
    /// The date of the sentence-opening expression for the event headed by <paramref name="head"/>, or null when the
    /// sentence opens with none, the expression is a noun's own time ("Yesterday's attack", "October 7 attacks
    /// were ..."), or the event sits in a clause of its own boundary ("after X attacked Y") or after a semicolon.
    /// </summary>
    public static EventDate? Read(Article article, int sentence, int head, int governor, DateOnly? anchor, TimeDirection direction)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[sentence];
        int end = s.FirstToken + s.TokenCount;
        int first = s.FirstToken;
        // Bullets and list marks before the words: "-   In May, ...", "* On 3 March ...".
        while (first < end && IsMark(article, first)) first++;
        if (first >= end || head < first) return null;
        int stop = Math.Min(end, first + MaxWords);
        var words = EventClause.Words(article, first, stop);
        var r = TimeExpressions.At(words, 0, anchor, direction);
        if (!r.Success || r.Start != 0) return null;
        int after = first + r.Length;
        if (after >= end || head < after) return null;
        bool comma = IsWord(article, after, ",");
        if (!comma)
        {
            // Without a comma only a phrase that cannot be a noun's modifier opens the clause: "On Tuesday X met",
            // "Today President Biden met", not "October 7 attacks were ..." nor "Yesterday's attack ...".
            if (IsWord(article, after, "'s") || IsWord(article, after, "’s")) return null;
            if (!OpensAdverbially(words[0])) return null;
        }
        if (!InMainClause(article, head, first, after, out int main)) return null;
        // The phrase dates the main clause, so that clause says which way it reads: "On Friday, X said Y will visit"
        // is the Friday before, whatever the time of the visit.
        if (main != head)
        {
            r = TimeExpressions.At(words, 0, anchor, EventDateStage.Direction(article, main, -1));
            if (!r.Success || first + r.Length != after) return null;
        }
        // The event's own clause when the phrase hangs from the event's word or the word governing it, or when the
        // event's word hangs from the phrase; else a predicate above the event (as "said on Tuesday that ...").
        int outer = OuterHead(article, first, after);
        int attached = tokens[outer].Head;
        var source = attached == head || attached == governor && governor >= 0 || tokens[head].Head >= first && tokens[head].Head < after
            || attached < 0 && tokens[head].Head < 0
            ? DateSource.Clause : DateSource.Sentence;
        return new EventDate(r.Chosen.Date, r.Chosen.Precision, source, EventClause.Text(article, first, after),
            (r.IsAmbiguous ? $"{r.Chosen.Rule} (of {r.Candidates.Count} readings)" : r.Chosen.Rule) + "; opens the sentence");
    }

    /// <summary>True when no clause between the event's word and the root opens with a word of boundary
    /// ("after X attacked Y", "since ...") or after a semicolon; <paramref name="main"/> is the main clause's
    /// predicate (the root, or the word the parser hung from the fronted phrase).</summary>
    private static bool InMainClause(Article article, int head, int first, int after, out int main)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[head].Sentence];
        main = head;
        for (int node = head, guard = 0; node >= 0 && guard < 16; node = tokens[node].Head, guard++)
        {
            // The parser made the phrase the clause's root ("On June 13 , X will meet ..." with "meet" its parataxis).
            if (node >= first && node < after) return true;
            main = node;
            if (tokens[node].Head < 0) return true;
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                if (tokens[t].Head != node || tokens[t].Relation is not ("mark" or "case")) continue;
                if (t >= first && t < after) continue;
                if (IsBoundary(article, t)) return false;
            }
            int prev = EventClause.SubtreeRange(article, node).First - 1;
            if (prev >= after && IsWord(article, prev, ";")) return false;
        }
        return true;
    }

    private static int OuterHead(Article article, int first, int end)
    {
        var tokens = article.TokenData;
        for (int t = first; t < end; t++)
            if (tokens[t].Head < first || tokens[t].Head >= end) return t;
        return first;
    }

    // Words that open an adverbial, never a noun phrase: a preposition, a narrowing word or a deictic.
    private static bool OpensAdverbially(string w) => w.ToLowerInvariant() is "on" or "in" or "during" or "at" or "over"
        or "later" or "earlier" or "early" or "late" or "today" or "yesterday" or "tonight" or "tomorrow" or "overnight"
        or "last" or "this" or "next";

    private static bool IsBoundary(Article article, int token)
    {
        var t = article.TokenData[token];
        var w = article.Text.AsSpan(t.Start, t.End - t.Start);
        foreach (var marker in Boundaries)
            if (w.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] Boundaries = ["since", "until", "till", "before", "after", "following", "ahead", "prior", "than", "once"];

    private static bool IsMark(Article article, int token)
    {
        var t = article.TokenData[token];
        var w = article.Text.AsSpan(t.Start, t.End - t.Start);
        foreach (char c in w)
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    private static bool IsWord(Article article, int token, string word)
    {
        var t = article.TokenData[token];
        return article.Text.AsSpan(t.Start, t.End - t.Start).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
