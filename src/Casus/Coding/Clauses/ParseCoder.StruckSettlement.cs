namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "Iran shelled Iraqi towns", "missiles against Ukrainian cities": the slot is a noun for where people live and
    /// its only actor is the country adjective or compound on it (a bare country code). Struck by force or
    /// coercion, or threatened with it (<see cref="TargetFallback.PlaceRoot"/>), such a place stands for the country's
    /// civilians, as a named town does (<see cref="TargetFallback.Struck"/>). Null when the rule does not apply.
    /// </summary>
    private Casus.Document.Mention? StruckSettlement(int targetNode, CameoCode code, List<int> targets, List<string> notes)
    {
        if (targets.Count != 1 || targetNode < 0 || TargetFallback.PlaceRoot(code) is < 17 or > 20) return null;
        var m = _tree.Mentions[targets[0]];
        if (m.Code.Value.Length != 3 || _tree.MentionCovering(targetNode) >= 0) return null;
        if (!IsSettlement(targetNode)) return null;
        bool modifier = false;
        for (int c = _tree.FirstChild(targetNode); c >= 0; c = _tree.NextSibling(c))
            if ((_tree.Is(c, "amod") || _tree.Is(c, "compound", exact: true)) && m.Tokens.Contains(c)) modifier = true;
        if (!modifier) return null;
        var civilians = m with
        {
            Code = Casus.Actors.ActorCode.Parse(m.Code.Primary + "CVL"),
            Evidence = [.. m.Evidence, "a country's towns struck by force stand for its civilians"],
        };
        notes.Add($"'{m.Text} {_tree.Word(targetNode)}' struck by force: the country's civilians → {civilians.Code}");
        return civilians;
    }

    /// <summary>True when node <paramref name="n"/> is a noun for where people live (town, village, city ...), as
    /// written: <c>[settlement-nouns]</c> of data/frames/frame_words.txt lists the plurals.</summary>
    private bool IsSettlement(int n) => FrameWords.Default.Contains(FrameWordList.SettlementNouns, _tree.Word(n));
}
