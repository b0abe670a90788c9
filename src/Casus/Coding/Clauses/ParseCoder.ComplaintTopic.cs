using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    // Prepositions that name what a complaint or protest is about: "complained to the UN over Israeli raids",
    // "protested to Jordan about Syrian shelling", "lodged a complaint with the UN against Indian troop movements".
    private static readonly string[] ComplaintTopicCases = { "over", "about", "against" };

    /// <summary>
    /// "Lebanon complained to the United Nations over Israeli air raids": a complaint or protest (roots 11, 14) is made
    /// to an addressee (to/with) and is about someone's acts (over/about/against); CAMEO's target is the one complained
    /// about, not the body complained to. When the slot's actor was reached through to/with and a topic phrase on the
    /// verb, its object or the addressee names an actor as its head, possessor, adjective or by-phrase ("Israel's
    /// raids", "Israeli raids", "raids by Israel"), that actor replaces the addressee in <paramref name="targets"/>.
    /// A topic that names no actor ("over the detention of its citizens") leaves the addressee. Returns the topic
    /// phrase, or -1 when nothing changed.
    /// </summary>
    private int ComplaintTopicTarget(int v, int targetNode, CameoCode code, List<int> sources, List<int> targets, List<string> notes)
    {
        if (code.Root is not (11 or 14) || targetNode < 0 || targets.Count == 0) return -1;
        int k = _tree.CaseOf(targetNode);
        if (k < 0 || !(_tree.IsWord(k, "to") || _tree.IsWord(k, "with"))) return -1;
        int obj = _tree.Child(v, "obj");
        foreach (int head in stackalloc int[] { v, obj, targetNode })
            if (head >= 0 && TopicUnder(head, targetNode, sources, targets, notes) is int topic and >= 0) return topic;
        // "complained to the UN on Tuesday over Israeli raids", "protested to Jordan in a letter about Syrian
        // shelling": a parser often hangs the topic on the time or manner phrase before it (on the verb or on the
        // addressee), a phrase that names no actor.
        foreach (int head in stackalloc int[] { v, targetNode })
            for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
                if (c != targetNode && (_tree.Is(c, "obl") || _tree.Is(c, "nmod")) && _tree.MentionCovering(c) < 0
                    && !(_tree.CaseOf(c) is int ck and >= 0 && IsAnyWord(ck, ComplaintTopicCases))
                    && TopicUnder(c, targetNode, sources, targets, notes) is int topic and >= 0) return topic;
        return -1;
    }

    /// <summary>The topic phrase below <paramref name="head"/> that names who did what is complained of; when found, its
    /// actors replace the addressee in <paramref name="targets"/>. -1 when none.</summary>
    private int TopicUnder(int head, int targetNode, List<int> sources, List<int> targets, List<string> notes)
    {
        for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
        {
            if (c == targetNode || !(_tree.Is(c, "obl") || _tree.Is(c, "nmod"))) continue;
            int ck = _tree.CaseOf(c);
            if (ck < 0) ck = QuantityReadPreposition(c);
            if (ck < 0 || !IsAnyWord(ck, ComplaintTopicCases)) continue;
            _topicActors.Clear();
            TopicActors(c, _topicActors);
            if (_topicActors.Count == 0 && SplitNumberNoun(c) is int noun and >= 0) TopicActors(noun, _topicActors);
            for (int t = _topicActors.Count - 1; t >= 0; t--)
                if (sources.Contains(_topicActors[t]) || _tree.Mentions[_topicActors[t]].Code.Primary == "---") _topicActors.RemoveAt(t);
            if (_topicActors.Count == 0) continue;
            notes.Add($"target: whom the complaint is about ('{_tree.Word(ck)} {_tree.Word(c)}'), not its addressee '{_tree.Mentions[targets[0]].Text}'");
            targets.Clear();
            targets.AddRange(_topicActors);
            return c;
        }
        return -1;
    }

    /// <summary>
    /// "over two Israeli air raids", "about 20 arrests": a parser reads the preposition before a number as the
    /// number's adverb ("over two" = more than two) and leaves the phrase without a case. The adverb of the phrase's
    /// number when the phrase has no case of its own, else -1.
    /// </summary>
    private int QuantityReadPreposition(int n)
    {
        for (int c = _tree.FirstChild(n); c >= 0 && c < n; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "nummod")) continue;
            for (int a = _tree.FirstChild(c); a >= 0 && a < c; a = _tree.NextSibling(a))
                if (_tree.Is(a, "advmod") && IsAnyWord(a, ComplaintTopicCases)) return a;
        }
        return -1;
    }

    /// <summary>
    /// "over two Israeli air raids" read as "over two" + a bare noun phrase "Israeli air raids" hung elsewhere without
    /// a case: the noun phrase that starts right after number <paramref name="num"/> (a caseless oblique or nominal
    /// modifier whose words all lie between the two), or -1.
    /// </summary>
    private int SplitNumberNoun(int num)
    {
        if (_tree.Upos(num) != Upos.NUM) return -1;
        int count = _tree.Article.TokenData.Count;
        for (int r = num + 1; r < count && r <= num + 5; r++)
        {
            if (!(_tree.Is(r, "obl") || _tree.Is(r, "nmod")) || _tree.CaseOf(r) >= 0 || _tree.Upos(r) is not (Upos.NOUN or Upos.PROPN)) continue;
            bool inside = true;
            for (int j = num + 1; j < r && inside; j++) inside = _tree.Head(j) > num && _tree.Head(j) <= r;
            return inside ? r : -1;
        }
        return -1;
    }

    private readonly List<int> _topicActors = new(4);

    /// <summary>The actors a topic phrase says did what is complained of: the phrase's own mention, else its
    /// possessor, adjective or compound ("Israel's raids", "Syrian shelling"), else its by-phrase ("raids by Israel").
    /// Never its other modifiers: "raids on Gaza" names whom the raids were on.</summary>
    private void TopicActors(int n, List<int> into)
    {
        _clauses.ActorsAt(n, into, modifiers: false);
        if (into.Count > 0) return;
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod:poss", exact: true) || _tree.Is(c, "compound", exact: true) || _tree.Is(c, "amod"))
                _clauses.ActorsAt(c, into, modifiers: false);
        if (into.Count > 0) return;
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "by"))
                _clauses.ActorsAt(c, into, modifiers: false);
    }

    private bool IsAnyWord(int t, string[] words)
    {
        foreach (var w in words) if (_tree.IsWord(t, w)) return true;
        return false;
    }
}
