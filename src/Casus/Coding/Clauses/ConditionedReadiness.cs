using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// "Additional forces are prepared to deploy to the region if required": readiness under an open condition is no act.
/// A readiness frame (<c>[readiness-frames]</c> of data/frames/frame_words.txt: "prepare to", "ready to") gives a
/// force act's threat (13) from its complement; under a condition that names no demand on anyone ("if required", "if
/// necessary", "if needed": <c>[open-conditions]</c>) nobody is held to anything, so it is posture, not a threat. A
/// condition with its own clause ("ready to strike Ukraine if Kyiv attacks") is the speaker's conditional harm and
/// stays a threat; an unconditioned readiness keeps its code.
/// </summary>
internal static class ConditionedReadiness
{
    private const int ThreatRoot = 13;

    /// <summary>True when threat <paramref name="code"/> comes from readiness frame <paramref name="frame"/> followed
    /// in its sentence by an open condition ("if required").</summary>
    public static bool IsOpen(Article article, CameoCode code, VerbPattern frame, TokenSpan trigger)
    {
        if (code.Root != ThreatRoot || !FrameWords.Default.Contains(FrameWordList.ReadinessFrames, frame.Lemma)) return false;
        var tokens = article.TokenData;
        if (trigger.Count <= 0 || trigger.First >= tokens.Count) return false;
        var sentence = article.SentenceData[tokens[trigger.First].Sentence];
        int end = sentence.FirstToken + sentence.TokenCount;
        for (int t = trigger.End; t + 1 < end; t++)
        {
            if (!Word(article, t).Equals("if", StringComparison.OrdinalIgnoreCase)) continue;
            // "if required", "if deemed necessary", "if and when needed": the condition's word within three tokens,
            // before any subject of its own would stand.
            for (int k = t + 1; k < end && k <= t + 3; k++)
            {
                var tok = tokens[k];
                if (tok.Relation is "nsubj" or "nsubj:pass") break;
                if (FrameWords.Default.Contains(FrameWordList.OpenConditions, Word(article, k))) return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(Article article, int t)
    {
        var tok = article.TokenData[t];
        return article.Text.AsSpan(tok.Start, tok.End - tok.Start);
    }
}
