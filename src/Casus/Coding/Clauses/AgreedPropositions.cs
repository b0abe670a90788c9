using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// "Both leaders agreed that this incident underscored the urgency of reform": agreeing with a proposition is no intent
/// to cooperate. The bare entry "agree" (030) codes an agreement to act; a content clause whose verb reports a fact in
/// a finite tense, with no modal and no subjunctive ("underscored", "is a priority"), is a shared view, a statement at
/// most, which the coder codes only with statements on (010). A clause about what is to be done ("agreed that they
/// would meet", "agreed that talks should resume", "agreed that the summit be held") keeps 030.
/// </summary>
internal static class AgreedPropositions
{
    private static readonly CameoCode Agreement = CameoCode.Parse("030");

    /// <summary>True when 030 from the bare entry <paramref name="pattern"/> ("agree") has a content clause that
    /// states a fact rather than an act to be done.</summary>
    public static bool IsView(Article article, CameoCode code, VerbPattern pattern, TokenSpan trigger)
    {
        if (code != Agreement || pattern.Elements.Count != 0 || pattern.Lemma != "agree") return false;
        var tokens = article.TokenData;
        if (trigger.Count <= 0 || trigger.End > tokens.Count) return false;
        int verb = trigger.First;
        var sentence = article.SentenceData[tokens[verb].Sentence];
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        int clause = -1;
        for (int t = first; t < end; t++)
            if (tokens[t].Head == verb && tokens[t].Relation == "ccomp") { clause = t; break; }
        if (clause < 0 || clause < verb) return false;
        // Only a that-clause, or a clause with a subject of its own and no "that" ("agreed the book may have contained
        // classified materials"): "agreed on", "agreed to" and their objects are other readings.
        bool marked = false, finite = IsFinite(tokens[clause].Xpos);
        for (int t = first; t < end; t++)
        {
            // A second that-clause joined to the first may say what is to be done: "agreed that the work is not yet
            // done and that they will continue working".
            if (tokens[t].Head == clause && tokens[t].Relation == "conj" && HasModal(article, t, first, end)) return false;
            if (tokens[t].Head != clause) continue;
            var rel = tokens[t].Relation;
            if (rel == "mark" && Word(article, t).Equals("that", StringComparison.OrdinalIgnoreCase)) marked = true;
            else if (rel is "nsubj" or "nsubj:pass" && t < clause) marked |= !HasMark(article, clause, first, end);
            else if (rel == "aux" || rel == "aux:pass")
            {
                // A modal of the perfect ("may have contained", "could have been") judges what happened: a view.
                if (tokens[t].Xpos == "MD" && IsPerfectAfter(article, t, clause)) { finite = true; continue; }
                if (tokens[t].Xpos == "MD" || Word(article, t).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
                finite |= IsFinite(tokens[t].Xpos);
            }
            else if (rel == "cop") finite |= IsFinite(tokens[t].Xpos);
        }
        return marked && finite;
    }

    // Any mark of the clause ("if", "whether", "because"): only "that" or none makes a content clause of a view.
    private static bool HasMark(Article article, int clause, int first, int end)
    {
        var tokens = article.TokenData;
        for (int t = first; t < end; t++)
            if (tokens[t].Head == clause && tokens[t].Relation == "mark") return true;
        return false;
    }

    // "may have" before the clause's verb: the auxiliary right after the modal is "have".
    private static bool IsPerfectAfter(Article article, int modal, int clause)
    {
        var tokens = article.TokenData;
        int next = modal + 1;
        return next < clause && tokens[next].Head == clause && tokens[next].Relation == "aux"
            && Word(article, next).Equals("have", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasModal(Article article, int verb, int first, int end)
    {
        var tokens = article.TokenData;
        for (int t = first; t < end; t++)
            if (tokens[t].Head == verb && tokens[t].Relation is "aux" or "aux:pass" && tokens[t].Xpos == "MD") return true;
        return false;
    }

    // A verb in a tense of its own (past, present); a bare VB is the subjunctive of what is to be done.
    private static bool IsFinite(string? xpos) => xpos is "VBD" or "VBZ" or "VBP";

    private static ReadOnlySpan<char> Word(Article article, int t)
    {
        var tok = article.TokenData[t];
        return article.Text.AsSpan(tok.Start, tok.End - tok.Start);
    }
}
