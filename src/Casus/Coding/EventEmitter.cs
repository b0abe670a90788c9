using Casus.Actors.Context;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// Turns one coded act into events on the article: one event per source and target member of compound actors,
/// each with its CAMEO entry's Goldstein score, QuadClass and PLOVER fields, the publication date and its evidence.
/// Shared by the parse reading and the word-sequence reading, so both emit events the same way.
/// </summary>
internal static class EventEmitter
{
    /// <summary>Adds an event for every source × target pair (one with no target when <paramref name="targets"/>
    /// is empty); members of compound actors get a note saying which member they are.</summary>
    public static void EmitAll(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, List<int> sources, List<int> targets, string rule, List<string> notes)
    {
        int tn = targets.Count == 0 ? 1 : targets.Count;
        for (int s = 0; s < sources.Count; s++)
            for (int t = 0; t < tn; t++)
                Emit(stage, article, sentence, pattern, trigger, code, sources[s], targets.Count == 0 ? -1 : targets[t], rule, notes,
                    sources.Count > 1 ? $"compound source member {s + 1} of {sources.Count}" : null,
                    targets.Count > 1 ? $"compound target member {t + 1} of {targets.Count}" : null);
    }

    /// <summary>Adds an event for every source to <paramref name="target"/>, a mention the coder made itself (a place
    /// read as its country) rather than one of the article's.</summary>
    public static void EmitAll(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, List<int> sources, Mention target, string rule, List<string> notes)
    {
        for (int s = 0; s < sources.Count; s++)
            Emit(stage, article, sentence, pattern, trigger, code, article.Mentions[sources[s]], target, rule, notes,
                sources.Count > 1 ? $"compound source member {s + 1} of {sources.Count}" : null, null);
    }

    /// <summary>Adds one event from mention <paramref name="source"/> to mention <paramref name="target"/> (-1: none).
    /// A code the CAMEO table lacks is reported as a diagnostic and no event is made.</summary>
    public static void Emit(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, int source, int target, string rule, List<string> notes, string? sourceNote, string? targetNote)
        => Emit(stage, article, sentence, pattern, trigger, code, article.Mentions[source], target >= 0 ? article.Mentions[target] : null,
            rule, notes, sourceNote, targetNote);

    /// <summary>Adds one event from mention <paramref name="src"/> to mention <paramref name="tgt"/>, either of which
    /// the coder may have made itself.</summary>
    public static void Emit(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, Mention src, Mention? tgt, string rule, List<string> notes, string? sourceNote, string? targetNote)
    {
        if (!stage.Catalog.TryGet(code, out var entry))
        {
            article.AddDiagnostic(new Diagnostic("coder", Severity.Warning,
                $"{pattern.EvidenceText} gives code {code}, which the CAMEO table lacks; event skipped"));
            return;
        }
        var allNotes = new List<string>(notes.Count + 2);
        allNotes.AddRange(notes);
        if (sourceNote != null) allNotes.Add(sourceNote);
        if (targetNote != null) allNotes.Add(targetNote);
        // A country from context yields where it would make the source and target one actor.
        (src, tgt) = ContextCountry.ForPair(src, tgt);
        tgt = ContextCountry.ForVictim(src, tgt, code.Root);
        article.AddEvent(new Event
        {
            Sentence = sentence,
            Source = src,
            Target = tgt,
            Code = code,
            Goldstein = entry.Goldstein,
            QuadClass = entry.QuadClass,
            Plover = entry.Plover,
            PloverMode = entry.PloverMode,
            PloverContext = entry.PloverContext,
            Date = article.Metadata.Published,
            Trigger = trigger,
            Evidence = new Evidence(rule, pattern.EvidenceText, src.Evidence,
                tgt?.Evidence ?? (IReadOnlyList<string>)Array.Empty<string>(), allNotes),
        });
    }
}
