using Casus.Document;

namespace Casus.Actors.Coreference;

/// <summary>
/// Acronyms an article defines: news spells a body's name once with its acronym in parentheses ("the Islamic
/// Salvation Front (FIS)", "the Nigerian Union of Teachers (NUT)") and then writes the acronym alone. A coded mention
/// that ends right before "(" + an acronym + ")" teaches the acronym for the article; the acronym in the parentheses
/// and its later bare uses that no dictionary coded take the name's code (docs/formats/actors.md, "Acronyms an
/// article defines"). Runs after the country passes, so the code carries the country the article gave the name.
/// </summary>
internal sealed class AcronymPass
{
    /// <summary>First evidence line of a mention this pass made.</summary>
    public const string NotePrefix = "acronym: ";

    private readonly Article _article;
    private readonly int _firstMention;

    public AcronymPass(Article article, int firstMention)
    {
        _article = article;
        _firstMention = firstMention;
    }

    public void Run()
    {
        var mentions = _article.MentionsFrom(_firstMention);
        if (mentions.Count == 0) return;
        var tokens = _article.Tokens;
        Dictionary<string, Mention>? taught = null;
        foreach (var m in mentions)
        {
            int open = m.Tokens.End;
            if (open + 2 >= tokens.Count || m.Code.IsEmpty || m.Members is not null) continue;
            if (tokens[open].Span is not "(" || tokens[open + 2].Span is not ")") continue;
            if (tokens[open].SentenceIndex != m.Sentence || tokens[open + 2].SentenceIndex != m.Sentence) continue;
            if (!IsAcronym(tokens[open + 1].Span) || m.Tokens.Count < 2) continue;
            if (!SpellsOut(tokens[open + 1].Span, m.Text)) continue;
            // A name of one word ("Hamas (HMS)") or one the acronym itself codes ("APEC") needs no teaching; the
            // first definition in the article holds ("the Homeland Union (HU)" ... later another "HU" is the same).
            taught ??= new Dictionary<string, Mention>(StringComparer.Ordinal);
            taught.TryAdd(tokens[open + 1].Text, m);
        }
        if (taught is null) return; // most articles define no acronym: nothing more to allocate

        // The tokens some mention already covers: a dictionary's reading of an acronym stands.
        var covered = new HashSet<int>();
        foreach (var m in mentions)
            for (int t = m.Tokens.First; t < m.Tokens.End; t++) covered.Add(t);

        List<Mention>? added = null;
        for (int t = mentions[0].Tokens.First; t < tokens.Count; t++)
        {
            if (covered.Contains(t) || !IsAcronym(tokens[t].Span)) continue;
            if (!taught.TryGetValue(tokens[t].Text, out var name) || t < name.Tokens.End) continue;
            var evidence = new List<string>(name.Evidence.Count + 1)
            {
                $"{NotePrefix}'{tokens[t].Text}' → '{name.Text}' (sentence {name.Sentence}) → {name.Code}",
            };
            evidence.AddRange(name.Evidence);
            (added ??= []).Add(new Mention(tokens[t].SentenceIndex, new TokenSpan(t, 1), tokens[t].Text, name.Code, evidence));
        }
        if (added is null) return;
        mentions.AddRange(added);
        mentions.Sort(static (x, y) => x.Tokens.First.CompareTo(y.Tokens.First));
        _article.ReplaceMentions(_firstMention, mentions);
    }

    // The acronym's letters are among the name's capitals, in order: "PMF" in "Popular Mobilization Forces", "USCG" in
    // "U.S. Coast Guard", "INL" in "Bureau of International Narcotics and Law Enforcement Affairs" (official acronyms
    // skip words). A mention that covers only part of the name fails ("the Australia-United Kingdom-United States
    // partnership (AUKUS)" composes to "United States partnership", USA: the acronym is not the United States'), and
    // so do names in another language ("Islamic Salvation Front (FIS)"), which stay untaught rather than risk a
    // mention that is not the name.
    internal static bool SpellsOut(ReadOnlySpan<char> acronym, string name)
    {
        int a = 0;
        foreach (char c in name)
            if (a < acronym.Length && c == acronym[a]) a++;
        return a == acronym.Length;
    }

    // Two to eight capital letters (digits and "&" allowed after the first): "FIS", "NUT", "MASSOB", "M23". Words in
    // headline capitals are acronyms by shape too, but only those defined in parentheses are ever taken.
    internal static bool IsAcronym(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 8 || !char.IsAsciiLetterUpper(text[0])) return false;
        foreach (char c in text)
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '&')) return false;
        return true;
    }
}
