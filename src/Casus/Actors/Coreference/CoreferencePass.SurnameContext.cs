using Casus.Actors.Context;
using Casus.Actors.People;

namespace Casus.Actors.Coreference;

// A title + surname that several people in office carry ("Vice President Harris" while Kamala Harris and Simon Harris
// both hold office): the context picks one by country, or nobody (docs/formats/actors.md, "People").
internal sealed partial class CoreferencePass
{
    /// <summary>
    /// The one person of strict surname key <paramref name="strict"/> in office on <paramref name="date"/> whose
    /// country the context supports, with the context that did; null when it supports none or several. The sources
    /// are tried from the closest to the loosest, and the first that supports anyone decides:
    /// <list type="number">
    /// <item>the country of the phrase around the name ("Irish Prime Minister Harris", "President Ruto of Kenya");</item>
    /// <item>the publisher's country, on a government's own site (it names its own officials without a country);</item>
    /// <item>the countries the sentence names;</item>
    /// <item>the country the article names most (only a single most-named one).</item>
    /// </list>
    /// A looser source never overrides a closer one that supports several: that is a guess between them.
    /// </summary>
    private (Person Person, string Why)? ByContext(string strict, DateOnly date, int sentence, int word)
    {
        var candidates = new List<(Person Person, string Country)>(2);
        foreach (var p in _people.ByStrictSurname(strict))
            if (PersonDirectory.IsActiveOn(p, date)) candidates.Add((p, PersonDirectory.Resolve(p, date).Code.Primary));

        var phrase = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in _items)
        {
            var primary = item.Code.Primary;
            if (!ContextCountryPass.IsCountry(primary)) continue;
            counts[primary] = counts.GetValueOrDefault(primary) + 1;
            if (item.Sentence != sentence) continue;
            named.Add(primary);
            if (item.Composed && item.Actor is null && item.Start <= word && item.End > word) phrase.Add(primary);
        }

        string? most = null;
        int top = 0;
        bool tie = false;
        foreach (var (country, n) in counts)
            if (n > top) { most = country; top = n; tie = false; }
            else if (n == top) tie = true;

        var sources = new (IReadOnlyCollection<string> Countries, string Why)[]
        {
            (phrase, "the phrase's country"),
            (_publisherCountry is { } pc ? [pc] : [], "the publisher's country"),
            (named, "a country the sentence names"),
            (most is not null && !tie ? [most] : [], "the article's most-named country"),
        };
        foreach (var (countries, why) in sources)
        {
            (Person Person, string Country)? one = null;
            int supported = 0;
            foreach (var c in candidates)
                if (countries.Contains(c.Country)) { one = c; supported++; }
            if (supported == 1) return (one!.Value.Person, $"{why} ({one.Value.Country})");
            if (supported > 1) return null;
        }
        return null;
    }
}
