using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// A capitalised name of a programme, initiative, partnership or fund: "the Partnership for Workers' Rights", "the
/// Fund for Peace", "the Alliance for Progress". Its words after the preposition are part of the name, so a role word
/// among them ("Workers") names nobody the event is done to or by: "Biden and Lula launched the Partnership for
/// Workers' Rights" is not done to workers. A name's function words stay lower case while its content words are
/// capitalised; a headline in title case or capitals capitalises the preposition too and so is no name here.
/// </summary>
internal static class TitleNames
{
    private const int MaxClimb = 8; // guards the walk up the tree against a cyclic parse

    /// <summary>True when token <paramref name="t"/> stands inside the post-head phrase of a capitalised name: every
    /// word from <paramref name="t"/> up to the phrase's head is capitalised and joined as a nominal modifier, compound
    /// or flat part, and the phrase's preposition is lower case and follows a capitalised head noun of list
    /// <c>[name-heads]</c> (data/frames/frame_words.txt) that is no actor itself ("Partnership" for "Workers" in
    /// "Partnership for Workers' Rights"). The parser often hangs such a for-phrase on the verb ("launched —obl→
    /// Rights"), so the head is the word before the preposition, not the phrase's parse head. A listed organisation
    /// ("Doctors Without Borders") is one mention, not a role word inside a name.</summary>
    public static bool InsideName(ParseTree tree, int t)
    {
        for (int k = 0; k < MaxClimb && t >= 0; k++)
        {
            int h = tree.Head(t);
            if (h < 0 || !Capitalised(tree.Word(t))) return false;
            if ((tree.Is(t, "nmod", exact: true) || tree.Is(t, "obl", exact: true)) && tree.CaseOf(t) is int c and > 0 && c < t)
                return LowerCase(tree.Word(c)) && IsNameHead(tree, c - 1);
            if (!(tree.Is(t, "nmod") || tree.Is(t, "compound") || tree.Is(t, "flat"))) return false;
            t = h;
        }
        return false;
    }

    private static bool IsNameHead(ParseTree tree, int n) =>
        tree.Upos(n) is Upos.NOUN or Upos.PROPN && Capitalised(tree.Word(n)) && tree.MentionCovering(n) < 0
        && FrameWords.Default.Contains(FrameWordList.NameHeads, tree.Word(n));

    /// <summary>True when mention <paramref name="mention"/> is a role word with no country ("Workers" → ---LAB) inside
    /// a capitalised name (<see cref="InsideName"/>); a named actor there ("the Partnership with Japan") is kept.</summary>
    public static bool RoleInsideName(ParseTree tree, int mention)
    {
        var m = tree.Mentions[mention];
        if (m.Code.Primary != "---") return false;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (tree.MentionAtHead(t) == mention) return InsideName(tree, t);
        return false;
    }

    private static bool Capitalised(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool LowerCase(ReadOnlySpan<char> w)
    {
        foreach (char ch in w) if (char.IsUpper(ch)) return false;
        return w.Length > 0;
    }
}
