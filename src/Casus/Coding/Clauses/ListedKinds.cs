using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// Whether a pattern's kind word is one of several kinds listed before the same noun: "provide development, economic,
/// health, and security assistance" names no single kind of aid, so <c>provide economic ... assistance</c> (071) and
/// <c>provide security assistance</c> (072) speak of one item of the list only, where the root's general entry
/// (<c>provide aid|assistance</c>, 070) fits the whole. Read from the words, not the parse, which often makes the first
/// kind the object and the noun its conjunct.
/// </summary>
internal static class ListedKinds
{
    /// <summary>True when a word the match used (not the verb) stands in a list of modifiers — joined by commas or
    /// <c>and</c>/<c>or</c> — that runs up to the next word the match used, a noun ("economic [, health, and security]
    /// assistance"), or ends with it ("[economic and] military aid").</summary>
    public static bool IsListed(ParseTree tree, in TreeMatch m)
    {
        for (int i = 0; i < m.Used.Count; i++)
        {
            // The noun the kind word modifies: the next word used where that is a noun, or else (the entry's last
            // kind word, "provide humanitarian|security (to)") the last modifier of the list after it.
            int u = m.Used[i], n = i + 1 < m.Used.Count && tree.Upos(m.Used[i + 1]) == Upos.NOUN ? m.Used[i + 1] : RunEnd(tree, u);
            // The noun itself must follow a kind word ("... and security assistance"): in "calm, restraint, and
            // dialogue" or "humanitarian assistance and support" the list is of things, not of kinds of one.
            if (u == m.Verb || !IsKind(tree, u) || n <= u || tree.Upos(n) != Upos.NOUN || !IsModifier(tree, n - 1)) continue;
            if (JoinsUpTo(tree, u, n)) return true;
            // The last kind of the list: joints just before it ("health, and security": a comma and a conjunction), a
            // modifier before them, and only modifiers between it and the noun.
            int before = u - 1;
            while (before >= 0 && IsJoint(tree, before)) before--;
            if (before < u - 1 && before >= 0 && IsModifier(tree, before) && OnlyModifiers(tree, u, n)) return true;
        }
        return false;
    }

    private static int RunEnd(ParseTree tree, int from)
    {
        int end = from;
        for (int t = from + 1; t < tree.Count && (IsModifier(tree, t) || IsJoint(tree, t)); t++)
            if (IsModifier(tree, t)) end = t;
        return end;
    }

    private static bool JoinsUpTo(ParseTree tree, int from, int noun)
    {
        bool joint = false, modifier = false;
        for (int t = from + 1; t < noun; t++)
        {
            if (IsJoint(tree, t)) joint = true;
            else if (IsModifier(tree, t)) modifier = true;
            else return false;
        }
        return joint && modifier;
    }

    private static bool OnlyModifiers(ParseTree tree, int from, int noun)
    {
        for (int t = from + 1; t < noun; t++)
            if (!IsModifier(tree, t)) return false;
        return true;
    }

    /// <summary>A word that can name a kind before a noun: an adjective or a singular noun; a plural is a thing of
    /// its own ("conducting airstrikes and other necessary operations", "rights and basic human dignity").</summary>
    private static bool IsKind(ParseTree tree, int t)
        => IsModifier(tree, t) && tree.Xpos(t) is not ("NNS" or "NNPS");

    private static bool IsJoint(ParseTree tree, int t)
        => tree.IsWord(t, ",") || tree.IsWord(t, "and") || tree.IsWord(t, "or");

    // "X and other Y" names X as one of Y: the list ends at "other".
    private static bool IsModifier(ParseTree tree, int t)
        => tree.Upos(t) is Upos.ADJ or Upos.NOUN && !tree.IsWord(t, "other");
}
