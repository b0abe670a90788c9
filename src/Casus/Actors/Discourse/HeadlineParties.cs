using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// The states a government's readout or joint statement names in its headline as the parties of the meeting, for
/// <see cref="GroupPass"/> when the body leaves "the two leaders" open (docs/formats/actors.md, "Groups", "The
/// headline's parties"). A readout's headline names the foreign holder with the country ("Readout of President Biden's
/// Meeting with Prime Minister Kishida of Japan") and its own official without one: the parties are the headline's
/// holders' countries and the publisher's. A joint statement's headline names the states that speak ("Joint Statement
/// from Mexico and the United States", "United States-India Joint Leaders' Statement") before what it is about ("Joint
/// Statement on Israel": Israel is the topic, not a party), so only the country names before "on", "regarding" or a
/// colon count. Only on a government's own site, whose readouts are of its own officials' meetings. Computed once,
/// when the group pass first asks; per-article state, not thread-safe.
/// </summary>
internal sealed class HeadlineParties
{
    private readonly HeadlineTokens _headline;
    private readonly HeadlinePersonPass _persons;
    private readonly ActorDictionary _dictionary;
    private readonly string? _publisher;
    private bool _done;
    private Parties? _parties;

    /// <summary>The parties in headline order (the publisher's first when the headline leaves it unnamed), with the
    /// headline for the evidence; <paramref name="Joint"/> when they are the speakers of a joint statement;
    /// <paramref name="Holders"/> are the headline's titled people with their countries (none for a joint statement's
    /// speakers), so that the group pass can find them in the body.</summary>
    internal sealed record Parties(IReadOnlyList<string> Countries, string Headline, bool Joint,
        IReadOnlyList<HeadlinePersonPass.Holder> Holders);

    /// <param name="publisher">The country of the government whose site published the article; null elsewhere.</param>
    public HeadlineParties(HeadlineTokens headline, HeadlinePersonPass persons, ActorDictionary dictionary, string? publisher)
    {
        _headline = headline;
        _persons = persons;
        _dictionary = dictionary;
        _publisher = publisher;
    }

    /// <summary>Two or more parties, or null when the article is no government's or its headline names no meeting's
    /// states.</summary>
    public Parties? Get()
    {
        if (_done) return _parties;
        _done = true;
        if (_publisher is null || _headline.Get() is not { } headline) return null;
        var countries = new List<string>(4);
        var holders = _persons.Holders(headline);
        foreach (var h in holders)
            if (!countries.Contains(h.Country)) countries.Add(h.Country);
        bool joint = countries.Count == 0 && IsJoint(headline);
        if (joint) SpeakingStates(headline, countries);
        if (countries.Count == 0) return null;
        if (!countries.Contains(_publisher)) countries.Insert(0, _publisher);
        return _parties = countries.Count >= 2 ? new Parties(countries, headline.Text, joint, holders) : null;
    }

    private static bool IsJoint(Article headline)
    {
        foreach (var t in headline.Tokens) if (t.Span.Equals("Joint", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The country names of a joint statement's headline before what it is about.
    private void SpeakingStates(Article headline, List<string> countries)
    {
        var tokens = headline.Tokens;
        for (int t = 0; t < tokens.Count;)
        {
            var w = tokens[t].Span;
            if (w is ":" || w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("regarding", StringComparison.OrdinalIgnoreCase)) return;
            int n = _dictionary.Match(headline, t, tokens.Count, out var entries);
            if (n == 0 || entries.Count == 0) { t++; continue; }
            var e = entries[0];
            if (e.Kind == ActorEntryKind.CountryName && Context.ContextCountryPass.IsCountry(e.Code.Primary) && !countries.Contains(e.Code.Primary))
                countries.Add(e.Code.Primary);
            t += n;
        }
    }
}
