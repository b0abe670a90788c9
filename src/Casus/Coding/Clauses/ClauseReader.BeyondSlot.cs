using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ClauseReader
{
    /// <summary>
    /// The actors of a target slot whose own phrase names none, read one step beyond it, where the fifth news recall
    /// round found the target of real events (docs/news-recall-audit.md): the of-phrase of a noun of quantity or kind
    /// with its adjectives ("a tariff on 570 groups of Russian products" → RUS; <c>[collective-nouns]</c> of
    /// data/frames/frame_words.txt); the doer of the act the slot names, by its by-phrase's adjectives or possessor
    /// ("investigations into actions by Chinese exporters" → CHN: an act is looked into as its doer's); the country a
    /// place named in the slot lies in ("travel to Schloss Elmau in southern Germany" → DEU); and what a relative
    /// clause or participle on the slot noun aims at (<see cref="ActorsAimedAt"/>). Adds them to
    /// <paramref name="into"/> and returns how many; <paramref name="how"/> says which reading gave them.
    /// </summary>
    public int ActorsBeyondSlot(int node, List<int> into, out string how)
    {
        how = "";
        if (node < 0 || _tree.MentionAtHead(node) >= 0 || IsPronoun(node)) return 0;
        int before = into.Count;
        // The lemma, else the word as written (a span: the matcher asks this of every slot that names no actor).
        if ((_tree.Lemma(node) is { } lemma ? FrameWords.Default.Contains(FrameWordList.CollectiveNouns, lemma)
                : FrameWords.Default.Contains(FrameWordList.CollectiveNouns, _tree.Word(node)))
            && CasePhrase(node, "of") is int of and >= 0 && ActorsAt(of, into, modifiers: true, depth: 1) > 0)
        {
            how = $"the of-phrase of '{_tree.Word(node)}', a noun of quantity or kind";
            return into.Count - before;
        }
        if (CasePhrase(node, "by") is int by and >= 0 && ActorsAt(by, into, modifiers: true, depth: 1) > 0)
        {
            how = $"the doer (by-phrase) of the '{_tree.Word(node)}' the slot names";
            return into.Count - before;
        }
        // A name the actor stage does not know ("Schloss Elmau") stands for a place when it is said to lie in a
        // country; only a country (a bare three-letter code), not an organisation or a region's people.
        if (_tree.Upos(node) == Upos.PROPN && _tree.MentionCovering(node) < 0 && CasePhrase(node, "in") is int inside and >= 0
            && _tree.MentionAtHead(inside) is int country and >= 0 && _tree.Mentions[country].Code.Value.Length == 3
            && !NonStateCodes.Default.IsRegion(_tree.Mentions[country].Code.Primary))
        {
            AddDistinct(into, country);
            how = $"the country the place '{_tree.Word(node)}' lies in";
            return 1;
        }
        // "struck targets in Syria", "strikes against a number of targets in Yemen": a site the act falls on, said
        // to lie in a country, is that country's (CAMEO codes the country a strike or raid hits); only nouns of
        // [site-nouns], so "aid to families in Gaza" or "investments in Kenya" stay as they are. Through a noun of
        // quantity's of-phrase too, one step more.
        int site = node;
        if (!IsSiteNoun(site) && IsCollectiveNoun(site) && CasePhrase(site, "of") is int ofSite and >= 0) site = ofSite;
        if (IsSiteNoun(site) && _tree.MentionAtHead(site) < 0 && SiteInPhrase(site) is int inCountry and >= 0
            && _tree.MentionAtHead(inCountry) is int land and >= 0 && _tree.Mentions[land].Code.Value.Length == 3
            && !NonStateCodes.Default.IsRegion(_tree.Mentions[land].Code.Primary))
        {
            AddDistinct(into, land);
            how = $"the country the '{_tree.Word(site)}' lie in";
            return 1;
        }
        if (ActorsAimedAt(node, into) > 0)
        {
            how = $"what the clause on '{_tree.Word(node)}' aims at";
            return into.Count - before;
        }
        return 0;
    }

    /// <summary>
    /// What a relative clause or participle on noun <paramref name="noun"/> aims at, with a verb of
    /// <c>[aiming-verbs]</c> (data/frames/frame_words.txt): its object ("sanctions that target Russia's defense
    /// sector", "sanctions targeting Iranian banks"), or its at/against-phrase ("measures aimed at Iran"). Only where
    /// the noun itself is the clause's subject (a relative pronoun or a participle): in "sanctions that Russia targets"
    /// the clause's subject is another actor. Adds the actors to <paramref name="into"/>, returns how many.
    /// </summary>
    public int ActorsAimedAt(int noun, List<int> into)
    {
        int before = into.Count;
        for (int c = _tree.FirstChild(noun); c >= 0 && into.Count == before; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "acl") || _tree.Upos(c) != Upos.VERB) continue;
            if (!FrameWords.Default.Contains(FrameWordList.AimingVerbs, _tree.Lemma(c))) continue;
            int subject = _tree.Child(c, "nsubj");
            if (subject >= 0 && !(_tree.IsWord(subject, "that") || _tree.IsWord(subject, "which"))) continue;
            for (int a = _tree.FirstChild(c); a >= 0; a = _tree.NextSibling(a))
            {
                bool aimed = _tree.Is(a, "obj", exact: true)
                    || (_tree.Is(a, "obl") && _tree.CaseOf(a) is int k and >= 0 && (_tree.IsWord(k, "at") || _tree.IsWord(k, "against")));
                if (aimed && !IsPronoun(a) && ActorsAt(a, into, modifiers: true, depth: 1) > 0) break;
            }
        }
        return into.Count - before;
    }

    /// <summary>The in-phrase that says where site <paramref name="site"/> lies: its own, else, as the parser often
    /// hangs it higher ("conducted strikes against targets [in Yemen]" with "in Yemen" on the verb), one right after
    /// the site on a word above it, up to the clause's verb; -1 when none.</summary>
    private int SiteInPhrase(int site)
    {
        if (CasePhrase(site, "in") is int own and >= 0) return own;
        int n = site;
        for (int step = 0; step < 3 && _tree.Head(n) is int h and >= 0; step++, n = h)
        {
            for (int c = _tree.FirstChild(h); c >= 0; c = _tree.NextSibling(c))
                if (c > site && (_tree.Is(c, "nmod") || _tree.Is(c, "obl")) && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "in")
                    && k == LastTokenOf(site) + 1) return c;
            if (_tree.Upos(h) == Upos.VERB) break;
        }
        return -1;
    }

    private int LastTokenOf(int n)
    {
        int last = n;
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c)) if (c > last) last = LastTokenOf(c);
        return last;
    }

    private bool IsSiteNoun(int n) => _tree.Lemma(n) is { } lemma
        ? FrameWords.Default.Contains(FrameWordList.SiteNouns, lemma)
        : FrameWords.Default.Contains(FrameWordList.SiteNouns, _tree.Word(n));

    private bool IsCollectiveNoun(int n) => _tree.Lemma(n) is { } lemma
        ? FrameWords.Default.Contains(FrameWordList.CollectiveNouns, lemma)
        : FrameWords.Default.Contains(FrameWordList.CollectiveNouns, _tree.Word(n));

    /// <summary>The first nominal modifier of <paramref name="n"/> behind preposition <paramref name="word"/>; -1 when
    /// none.</summary>
    private int CasePhrase(int n, string word)
    {
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, word)) return c;
        return -1;
    }
}
