using Casus.Coding.Verbs;

namespace Casus.Coding.Clauses;

/// <summary>
/// "The President directed the Secretary of State to continue ...", "the leaders directed officials to identify ...",
/// "directed their governments to redouble efforts": a superior directing its own people is administration inside one
/// side, not a demand (100) on another actor, which is what CAMEO's root 10 codes. A directing verb
/// (<c>[directing-verbs]</c> of data/frames/frame_words.txt) whose every target is the source's own is no event. Own
/// means a role with no country ("officials", "relevant officials"), or — for an executive or a country as source —
/// one of the source's country or of a fellow source ("the leaders directed both sides to ..."). A court or
/// legislature directing its country's government still makes a demand on it, and any other country directed
/// ("directed Iran to release ...") stays a demand.
/// </summary>
internal static class OwnSubordinates
{
    private const string NoCountry = "---";

    /// <summary>True when <paramref name="pattern"/> is a directing verb and each of <paramref name="targets"/> is
    /// the source's own (see the type); false when there is no target.</summary>
    public static bool AreDirected(ParseTree tree, VerbPattern pattern, List<int> sources, List<int> targets)
    {
        if (targets.Count == 0 || !FrameWords.Default.Contains(FrameWordList.DirectingVerbs, pattern.Lemma)) return false;
        foreach (int t in targets)
        {
            var target = tree.Mentions[t];
            if (target.Members is { } members)
            {
                foreach (var member in members)
                    if (!IsOwn(tree, member.Code.Value, sources)) return false;
            }
            else if (!IsOwn(tree, target.Code.Value, sources)) return false;
        }
        return true;
    }

    private static bool IsOwn(ParseTree tree, string code, List<int> sources)
    {
        if (code.StartsWith(NoCountry, StringComparison.Ordinal)) return true;
        foreach (int s in sources)
        {
            var source = tree.Mentions[s];
            if (source.Members is { } members)
            {
                foreach (var member in members)
                    if (Commands(member.Code.Value, code)) return true;
            }
            else if (Commands(source.Code.Value, code)) return true;
        }
        return false;
    }

    // An executive (XXXGOV) or a country as such directs the people of its own country; other roles do not.
    private static bool Commands(string source, string target)
        => source.Length >= 3 && target.Length >= 3 && !source.StartsWith(NoCountry, StringComparison.Ordinal)
           && (source.Length == 3 || source.AsSpan(3).SequenceEqual("GOV"))
           && source.AsSpan(0, 3).SequenceEqual(target.AsSpan(0, 3));
}
