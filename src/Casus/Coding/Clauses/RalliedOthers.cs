using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// "The United States has rallied the world to stand with Ukraine", "President Biden rallied the G7 to take further
/// steps": a rally verb with a direct object mobilises others; it is no demonstration. CAMEO 141 is the intransitive
/// sense ("thousands rallied outside parliament"), which the dictionary's bare entry (<c>rally</c>, 14_protest.txt)
/// codes; the transitive sense names neither a protest nor its target, so a 14x from a bare entry of a verb of
/// <c>[mobilising-verbs]</c> (data/frames/frame_words.txt) whose verb takes an object is dropped. Entries with words of
/// their own ("rally against X", "rally outside the embassy", "rally support for X") keep their codes.
/// </summary>
internal static class RalliedOthers
{
    private const int ProtestRoot = 14;

    /// <summary>True when protest <paramref name="code"/> comes from the bare entry <paramref name="pattern"/> of a
    /// mobilising verb that has a direct object in the parse.</summary>
    public static bool IsMobilising(Article article, CameoCode code, VerbPattern pattern, TokenSpan trigger)
    {
        if (code.Root != ProtestRoot || pattern.Elements.Count != 0
            || !FrameWords.Default.Contains(FrameWordList.MobilisingVerbs, pattern.Lemma)) return false;
        var tokens = article.TokenData;
        for (int v = trigger.First; v < trigger.End && v < tokens.Count; v++)
        {
            if (!FrameWords.Default.Contains(FrameWordList.MobilisingVerbs, tokens[v].Lemma)) continue;
            var sentence = article.SentenceData[tokens[v].Sentence];
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int t = v + 1; t < end; t++)
                if (tokens[t].Head == v && tokens[t].Relation == "obj") return true;
        }
        return false;
    }
}
