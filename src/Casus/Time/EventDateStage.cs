using Casus.Document;
using Casus.Pipeline;

namespace Casus.Time;

/// <summary>
/// Dates each coded event: a time expression among the modifiers of the event's own word (its clause), else one in
/// its sentence, else the publication date, each resolved against the publication date by
/// <see cref="TimeExpressions"/> (docs/formats/events-jsonl.md, "Dates"). Expressions with no direction of their own
/// ("on Friday") read as past unless the clause speaks of the future ("will meet on Friday", an intent). Sets
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
        // Sentence-level readings are shared by the events of a sentence.
        Dictionary<(int, TimeDirection), DateResolution>? sentenceCache = null;
        for (int i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            var when = Resolve(article, e, anchor, ref sentenceCache);
            if (when is null) continue;
            var notes = new List<string>(e.Evidence.Notes.Count + 1);
            notes.AddRange(e.Evidence.Notes);
            notes.Add(when.Source == DateSource.Publication
                ? $"date {when.Date:yyyy-MM-dd} (publication date; no time expression)"
                : $"date {when.Date:yyyy-MM-dd} {when.PrecisionName} from {when.SourceName} \"{when.Expression}\": {when.Rule}");
            article.CompleteEvent(i, e with { When = when, Date = when.Date, Evidence = e.Evidence with { Notes = notes } });
        }
    }

    /// <summary>The date of one event of <paramref name="article"/> (null when there is neither an expression nor an anchor).</summary>
    public static EventDate? Resolve(Article article, Event e, DateOnly? anchor)
    {
        Dictionary<(int, TimeDirection), DateResolution>? cache = null;
        return Resolve(article, e, anchor, ref cache);
    }

    private static EventDate? Resolve(Article article, Event e, DateOnly? anchor, ref Dictionary<(int, TimeDirection), DateResolution>? cache)
    {
        if (article.TokenData.Count > 0 && e.Trigger.Count > 0 && e.Trigger.End <= article.TokenData.Count)
        {
            var (head, governor) = EventClause.Heads(article, e.Trigger);
            var direction = Direction(article, e, head, governor);
            if (head >= 0)
            {
                if (FromClause(article, head, -1, anchor, direction) is { } own) return own;
                if (governor >= 0 && FromClause(article, governor, head, anchor, direction) is { } up) return up;
            }
            var s = article.SentenceData[e.Sentence];
            cache ??= new();
            if (!cache.TryGetValue((e.Sentence, direction), out var r))
            {
                r = TimeExpressions.Find(EventClause.Words(article, s.FirstToken, s.FirstToken + s.TokenCount), anchor, direction);
                cache[(e.Sentence, direction)] = r;
            }
            if (r.Success)
            {
                var c = r.Chosen;
                return new EventDate(c.Date, c.Precision, DateSource.Sentence,
                    EventClause.Text(article, s.FirstToken + r.Start, s.FirstToken + r.Start + r.Length), Rule(r));
            }
        }
        return anchor is { } a ? new EventDate(a, DatePrecision.Day, DateSource.Publication, null, "publication date") : null;
    }

    private static EventDate? FromClause(Article article, int head, int skip, DateOnly? anchor, TimeDirection direction)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[head].Sentence];
        for (int d = s.FirstToken; d < s.FirstToken + s.TokenCount; d++)
        {
            if (tokens[d].Head != head || d == skip || !IsTimeRelation(tokens[d].Relation)) continue;
            var (first, end) = EventClause.SubtreeRange(article, d);
            // A dependent whose subtree holds the event's own word (the governor's subject phrase) is not a modifier of it.
            if (skip >= 0 && skip >= first && skip < end) continue;
            var r = TimeExpressions.Find(EventClause.Words(article, first, end), anchor, direction);
            if (!r.Success) continue;
            return new EventDate(r.Chosen.Date, r.Chosen.Precision, DateSource.Clause,
                EventClause.Text(article, first + r.Start, first + r.Start + r.Length), Rule(r));
        }
        return null;
    }

    private static string Rule(DateResolution r)
        => r.IsAmbiguous ? $"{r.Chosen.Rule} (of {r.Candidates.Count} readings)" : r.Chosen.Rule;

    private static bool IsTimeRelation(string? rel) => rel is "obl" or "obl:tmod" or "nmod:tmod" or "obl:npmod" or "nmod:npmod"
        or "advmod" or "nmod" or "obj" or "obl:unmarked" or "nmod:unmarked";

    /// <summary>An intent (CAMEO 03) or a clause with will/shall looks ahead; everything else is read as past.</summary>
    private static TimeDirection Direction(Article article, Event e, int head, int governor)
    {
        if (e.Code.Root == 3) return TimeDirection.Future;
        var tokens = article.TokenData;
        foreach (int h in (ReadOnlySpan<int>)[head, governor])
        {
            if (h < 0) continue;
            var s = article.SentenceData[tokens[h].Sentence];
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                if (tokens[t].Head != h || tokens[t].Relation is not ("aux" or "aux:pass")) continue;
                var w = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
                if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("'ll", StringComparison.OrdinalIgnoreCase) || w.Equals("wo", StringComparison.OrdinalIgnoreCase))
                    return TimeDirection.Future;
            }
        }
        return TimeDirection.Past;
    }
}
