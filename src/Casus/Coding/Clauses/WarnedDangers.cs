using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// "Intelligence officials warned the administration that Giuliani could be a conduit": a warning that reports a
/// danger is no threat. CAMEO 130 needs harm the speaker holds out, under a condition; a warning whose content clause
/// names neither a condition nor a harm the speaker could deal is a statement at most, which the coder codes only
/// with statements on (010). The verbs are <c>[warning-verbs]</c> of data/frames/frame_words.txt; a content clause
/// keeps the threat when it holds a word of <c>[threat-cues]</c> ("if", "unless", "consequences", "retaliate") or its
/// speaker speaks in the first person ("we will respond", "our targets will keep expanding"). A warning with no content clause ("warned Iran",
/// "warned Iran against joining") keeps its entry's code.
/// </summary>
internal static class WarnedDangers
{
    private static readonly CameoCode Threat = CameoCode.Parse("130");

    /// <summary>True when threat <paramref name="code"/>, given by a warning verb in <paramref name="trigger"/>,
    /// reports a danger in a content clause that holds no threat cue.</summary>
    public static bool IsReport(Article article, CameoCode code, VerbPattern pattern, TokenSpan trigger)
    {
        if (code != Threat || !FrameWords.Default.Contains(FrameWordList.WarningVerbs, pattern.Lemma)) return false;
        var tokens = article.TokenData;
        int verb = -1;
        for (int t = trigger.First; t < trigger.End && t < tokens.Count; t++)
            if (FrameWords.Default.Contains(FrameWordList.WarningVerbs, tokens[t].Lemma)) { verb = t; break; }
        if (verb < 0) return false;
        var sentence = article.SentenceData[tokens[verb].Sentence];
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        int clause = -1;
        for (int t = first; t < end; t++)
            if (tokens[t].Head == verb && tokens[t].Relation == "ccomp") { clause = t; break; }
        // The parser may hang "that Giuliani could be ..." on the object ("warned the administration that ...") or
        // read its "that" as a pronoun; a "that" right after the trigger opens the content all the same, and the
        // content then runs to the sentence's end.
        int from = -1;
        if (clause < 0 && trigger.End < end && IsThat(article, trigger.End)) from = trigger.End + 1;
        if (clause < 0 && from < 0) return false;
        for (int t = clause >= 0 ? first : from; t < end; t++)
        {
            if (clause >= 0 && !Within(tokens, t, clause)) continue;
            var word = article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (FrameWords.Default.Contains(FrameWordList.ThreatCues, tokens[t].Lemma)
                || FrameWords.Default.Contains(FrameWordList.ThreatCues, word)) return false;
            // The speaker's own harm: "we warn the Saudis that our targets will keep expanding".
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)
                || word.Equals("I", StringComparison.Ordinal) || word.Equals("my", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    private static bool IsThat(Article article, int t)
    {
        var tok = article.TokenData[t];
        return article.Text.AsSpan(tok.Start, tok.End - tok.Start).Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    // Whether token t lies in the subtree headed by root (heads are article-wide indices within one sentence).
    private static bool Within(List<TokenData> tokens, int t, int root)
    {
        for (int guard = 0; t >= 0 && guard < 256; guard++)
        {
            if (t == root) return true;
            t = tokens[t].Head;
        }
        return false;
    }
}
