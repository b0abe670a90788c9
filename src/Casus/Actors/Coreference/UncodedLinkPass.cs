using Casus.Document;

namespace Casus.Actors.Coreference;

/// <summary>
/// Later mentions of a person the dictionaries lack take the code the article's context gave the person's named
/// phrase (docs/formats/actors.md, "Coreference", "Uncoded people"). A government's readout names its own official
/// once without a country ("National Security Advisor Jake Sullivan", <c>---GOV</c> after composition) and then
/// writes "Mr. Sullivan" and "he"; the coreference pass links those mentions to the name but cannot code them, since
/// the country comes later, from the publisher or the article. Runs after the country passes: a link whose name's
/// phrase now has a country takes that code; a phrase still without one (<c>---</c>) or with none leaves it uncoded,
/// so no country is given that the article does not make clear. Per-article; not thread-safe.
/// </summary>
internal sealed class UncodedLinkPass
{
    /// <summary>First evidence line of a mention this pass made.</summary>
    public const string NotePrefix = "coreference: ";

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly IReadOnlyList<UncodedLink> _links;

    public UncodedLinkPass(Article article, int firstMention, IReadOnlyList<UncodedLink> links)
    {
        _article = article;
        _firstMention = firstMention;
        _links = links;
    }

    public void Run()
    {
        if (_links.Count == 0) return;
        var mentions = _article.MentionsFrom(_firstMention, _links.Count);
        int before = mentions.Count;
        foreach (var link in _links)
        {
            var name = NamePhrase(mentions, link.Name);
            if (name is null || name.Code.IsEmpty || name.Code.Primary == "---" || name.Members is not null) continue;
            if (Overlaps(mentions, link.Tokens)) continue;
            var evidence = new List<string>(name.Evidence.Count + 1)
            {
                $"{NotePrefix}'{link.Text}' → '{name.Text}' (sentence {name.Sentence})",
            };
            evidence.AddRange(name.Evidence);
            mentions.Add(new Mention(link.Sentence, link.Tokens, link.Text, name.Code, evidence));
        }
        if (mentions.Count == before) return;
        mentions.Sort((a, b) => a.Tokens.First.CompareTo(b.Tokens.First));
        _article.ReplaceMentions(_firstMention, mentions);
    }

    // The mention that holds the name ("National Security Advisor Jake Sullivan" for "Jake Sullivan"); failing that,
    // the one that holds its first word and starts no later (the composer may stop inside a split double surname:
    // "Homeland Security Advisor Dr. Liz Sherwood" of "... Liz Sherwood-Randall").
    private static Mention? NamePhrase(List<Mention> mentions, TokenSpan name)
    {
        Mention? partial = null;
        foreach (var m in mentions)
        {
            if (m.Tokens.First <= name.First && m.Tokens.End >= name.End) return m;
            if (partial is null && m.Tokens.First <= name.First && m.Tokens.End > name.First) partial = m;
        }
        return partial;
    }

    private static bool Overlaps(List<Mention> mentions, TokenSpan span)
    {
        foreach (var m in mentions)
            if (m.Tokens.First < span.End && m.Tokens.End > span.First) return true;
        return false;
    }
}
