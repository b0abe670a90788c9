using Casus.Document;

namespace Casus.Actors.Discourse;

/// <summary>
/// The one country a news report is about (docs/formats/actors.md, "The article's one country"): most of its
/// mentions that carry a country of their own name it, and its headline names it and no other. In such a report a bare office or role the scored resolution leaves open ("the prime
/// minister", "the Queen", "Thames Valley Police", "Regional Governor Mujiv Hataman") is that country's: the
/// Wikinews audit (docs/formats/verbs.md, "Wikinews audit") found 29 of 336 events with a <c>---</c> actor whose
/// country the article made plain.
/// </summary>
internal static class ArticleOneCountry
{
    /// <summary>Fewer own-country mentions than this say too little about what the article is about.</summary>
    public const int MinMentions = 5;

    /// <summary>The share of own-country mentions the leading country needs ...</summary>
    public const double MinShare = 0.75;

    /// <summary>... or, in a long report that names many countries once or twice (a campaign's foreign policy), this
    /// share with <see cref="MinLead"/> times the second country's mentions.</summary>
    public const double MinShareLeading = 0.6;

    /// <summary>How many times the second country's mentions the leading country needs at <see cref="MinShareLeading"/>.</summary>
    public const int MinLead = 4;

    /// <summary>The article's one country, with its count and the total, or null when it has none.</summary>
    /// <param name="mentions">The article's mentions before the article pass filled any.</param>
    /// <param name="own">Whether a mention's country is its own (not given by context).</param>
    /// <param name="headlineCountry">The one country the headline names, or null.</param>
    public static (string Country, int Count, int Total)? Find(IReadOnlyList<Mention> mentions, Func<Mention, bool> own, string? headlineCountry)
    {
        if (headlineCountry is null || mentions.Count == 0) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        foreach (var m in mentions)
        {
            if (!own(m)) continue;
            var c = m.Code.Primary;
            counts[c] = counts.GetValueOrDefault(c) + 1;
            total++;
        }
        if (total < MinMentions) return null;
        string? best = null;
        int bestCount = 0, second = 0;
        foreach (var (c, n) in counts)
        {
            if (n > bestCount || (n == bestCount && string.CompareOrdinal(c, best) < 0))
            {
                second = Math.Max(second, bestCount);
                (best, bestCount) = (c, n);
            }
            else second = Math.Max(second, n);
        }
        if (best is null) return null;
        if (bestCount < MinShare * total && (bestCount < MinShareLeading * total || bestCount < MinLead * second)) return null;
        // The headline says where a news report happens; a text without one (or naming none) may be anyone's writing
        // about others (a government's statement is dominated by its own country, its generic groups foreign).
        return headlineCountry == best ? (best, bestCount, total) : null;
    }
}
