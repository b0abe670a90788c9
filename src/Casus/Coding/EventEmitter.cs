using Casus.Actors;
using Casus.Actors.Context;
using Casus.Coding.Clauses;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// Turns one coded act into events on the article: one event per source and target member of compound actors,
/// each with its CAMEO entry's Goldstein score, QuadClass and PLOVER fields, the publication date and its evidence.
/// Shared by the parse reading and the word-sequence reading, so both emit events the same way. The clause's mood
/// (<see cref="ClauseMood"/>) comes read by the coder: the emitter honours it and reads no clause itself.
/// </summary>
internal static class EventEmitter
{
    /// <summary>Adds an event for every source × target pair (one with no target when <paramref name="targets"/>
    /// is empty); members of compound actors get a note saying which member they are.</summary>
    public static void EmitAll(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, List<int> sources, List<int> targets, string rule, List<string> notes, VerbPattern? act = null,
        ClauseMood mood = ClauseMood.Asserted)
    {
        int tn = targets.Count == 0 ? 1 : targets.Count;
        for (int s = 0; s < sources.Count; s++)
            for (int t = 0; t < tn; t++)
                Emit(stage, article, sentence, pattern, trigger, code, sources[s], targets.Count == 0 ? -1 : targets[t], rule, notes,
                    sources.Count > 1 ? $"compound source member {s + 1} of {sources.Count}" : null,
                    targets.Count > 1 ? $"compound target member {t + 1} of {targets.Count}" : null, act, mood);
    }

    /// <summary>Adds an event for every source to <paramref name="target"/>, a mention the coder made itself (a place
    /// read as its country) rather than one of the article's.</summary>
    public static void EmitAll(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, List<int> sources, Mention target, string rule, List<string> notes, ClauseMood mood = ClauseMood.Asserted)
    {
        for (int s = 0; s < sources.Count; s++)
            Emit(stage, article, sentence, pattern, trigger, code, article.Mentions[sources[s]], target, rule, notes,
                sources.Count > 1 ? $"compound source member {s + 1} of {sources.Count}" : null, null, null, mood);
    }

    /// <summary>Adds one event from mention <paramref name="source"/> to mention <paramref name="target"/> (-1: none).
    /// A code the CAMEO table lacks is reported as a diagnostic and no event is made.</summary>
    public static void Emit(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, int source, int target, string rule, List<string> notes, string? sourceNote, string? targetNote,
        VerbPattern? act = null, ClauseMood mood = ClauseMood.Asserted)
        => Emit(stage, article, sentence, pattern, trigger, code, article.Mentions[source], target >= 0 ? article.Mentions[target] : null,
            rule, notes, sourceNote, targetNote, act, mood);

    /// <summary>Adds one event from mention <paramref name="src"/> to mention <paramref name="tgt"/>, either of which
    /// the coder may have made itself. <paramref name="act"/> is the framed act's pattern under a frame ("threatened
    /// to strike": "strike"). A group mention (<see cref="Mention.Members"/>) gives one event per member.
    /// <paramref name="mood"/> is the clause's, as <see cref="ClauseMoods.Read"/> read it with this code and act.</summary>
    public static void Emit(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, Mention src, Mention? tgt, string rule, List<string> notes, string? sourceNote, string? targetNote,
        VerbPattern? act = null, ClauseMood mood = ClauseMood.Asserted)
    {
        // "the U.S.-Japan alliance is the cornerstone of ...": a relation named by names joined by hyphens does not
        // act; it is acted on, as each of its partners (HyphenChains).
        if (HyphenChains.IsChain(src)) return;
        // "the two leaders agreed", "talks with both sides": a group the article has named acts, or is acted on, as
        // each of its members (never a member on itself).
        if (src.Members is { Count: > 0 } sourceMembers)
        {
            for (int i = 0; i < sourceMembers.Count; i++)
                if (tgt is null || tgt.Members != null || tgt.Code != sourceMembers[i].Code)
                    Emit(stage, article, sentence, pattern, trigger, code, sourceMembers[i], tgt, rule, notes,
                        sourceNote ?? $"group source member {i + 1} of {sourceMembers.Count}", targetNote, act, mood);
            return;
        }
        if (tgt?.Members is { Count: > 0 } targetMembers)
        {
            // A relation's partner of the source's own country is the source's side, not its target ("Egypt's
            // commitment to the U.S.-Egypt partnership" is towards the United States).
            bool relation = HyphenChains.IsChain(tgt);
            // "The United States and Japan welcomed the inaugural U.S.-Japan Dialogue": praising (051) a relation the
            // source is a partner of praises its own initiative, not the other partner, unless the sentence names that
            // partner again after the verb, or the source alone praises the standing relation itself ("Biden
            // reaffirmed his support for the US-Australia alliance" endorses Australia) (OwnRelation). Other 05 codes (launching or deepening a partnership) are
            // cooperation between the partners and stay.
            bool ownPraise = relation && code.Digits == "051" && OwnRelation.HoldsSource(src, targetMembers);
            for (int i = 0; i < targetMembers.Count; i++)
                if (ownPraise && (OwnRelation.CoSource(article, sentence, trigger, targetMembers[i]) || !OwnRelation.IsStandingRelation(article, tgt))
                    && !OwnRelation.NamedApart(article, sentence, trigger, tgt, targetMembers[i])) continue;
                else if (src.Code != targetMembers[i].Code
                    && !(relation && src.Code.Primary != "---" && src.Code.Primary == targetMembers[i].Code.Primary))
                    Emit(stage, article, sentence, pattern, trigger, code, src, targetMembers[i], rule, notes,
                        sourceNote, targetNote ?? $"group target member {i + 1} of {targetMembers.Count}", act, mood);
            return;
        }
        // "support the PRC's military": backing of an armed force is no praise (EndorsedOwner).
        if (EndorsedOwner.IsMaterialBacking(code, act ?? pattern, tgt?.Code)) return;
        // "Enhancing Satellite Cooperation: The United States and Japan announced ...": a heading names a topic.
        if (Headings.InHeading(article, sentence, trigger)) return;
        // "Biden attacked Trump for the tweet": one politician's attack on another of his country is words.
        string? worded = null;
        if (WordedAttacks.IsWorded(code, act ?? pattern, src, tgt))
        {
            worded = $"a political person's attack on another of one country is words: {code} → {WordedAttacks.Criticism} (Coding/WordedAttacks)";
            code = WordedAttacks.Criticism;
        }
        // The clause's mood, read by the coder: posture ("prepared to deploy if required") and a rally of others ("rallied
        // the world to stand with Ukraine") are no act; a reported
        // danger or a shared view is a statement at most.
        if (mood != ClauseMood.Asserted)
        {
            if (mood is ClauseMood.Posture or ClauseMood.OthersMobilised || !stage.Options.CodeStatements) return;
            worded = ClauseMoods.StatementNote(mood, code);
            code = ClauseMoods.Statement;
        }
        // Who does it decides the code where the verb does not: unconventional violence (18) or conventional force
        // (19) by who attacks, a strike by workers. Under a frame the framed act's lemma counts.
        var recoded = stage.SourceKinds.Recodes(code)
            ? stage.SourceKinds.Find(code, act ?? pattern, src.Code, src.Text + " " + ActWords(article, trigger))
            : null;
        var given = code;
        if (recoded is { } r) code = r.Code;
        if (!stage.Catalog.TryGet(code, out var entry))
        {
            article.AddDiagnostic(new Diagnostic("coder", Severity.Warning,
                $"{pattern.EvidenceText} gives code {code}, which the CAMEO table lacks; event skipped"));
            return;
        }
        var allNotes = new List<string>(notes.Count + 3);
        allNotes.AddRange(notes);
        if (worded != null) allNotes.Add(worded);
        if (recoded is { } why)
            allNotes.Add($"source {src.Code} is {why.Kind}: {given} → {why.Code} ({SourceKinds.ResourceName}:{why.Line} {why.Entry})");
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

    // The words of the act: the trigger and the word before it ("terrorist attacks", "suicide bombing"), in its
    // sentence. Read only for a code some source kind recodes.
    private static string ActWords(Article article, TokenSpan trigger)
    {
        if (trigger.Count <= 0 || trigger.First >= article.TokenData.Count) return string.Empty;
        int first = trigger.First;
        if (first > 0 && article.TokenData[first - 1].Sentence == article.TokenData[first].Sentence) first--;
        int last = Math.Min(trigger.End, article.TokenData.Count) - 1;
        return article.Text.Substring(article.TokenData[first].Start, article.TokenData[last].End - article.TokenData[first].Start);
    }

    /// <summary>When the only source is a group of two or more members (<see cref="Mention.Members"/>), adds a
    /// reciprocal event for every ordered pair of members ("the two leaders held talks": each with the other) and
    /// returns true; otherwise false.</summary>
    public static bool EmitGroupReciprocal(CodingStage stage, Article article, int sentence, VerbPattern pattern, TokenSpan trigger,
        CameoCode code, List<int> sources, string rule, List<string> notes, ClauseMood mood = ClauseMood.Asserted)
    {
        if (sources.Count != 1 || article.Mentions[sources[0]].Members is not { Count: >= 2 } members) return false;
        notes.Add("reciprocal");
        for (int a = 0; a < members.Count; a++)
            for (int b = 0; b < members.Count; b++)
                if (a != b && members[a].Code != members[b].Code)
                    Emit(stage, article, sentence, pattern, trigger, code, members[a], members[b], rule, notes,
                        $"group source member {a + 1} of {members.Count}", $"group target member {b + 1} of {members.Count}", null, mood);
        return true;
    }
}
