using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// A place written with its country or first-level division after a comma ("Tripoli, Libya", "Atlanta, Georgia",
/// "East Palestine, Ohio") is the place of that name there, whatever the actors' countries suggest: the writer has
/// said which. The town keeps only its namesakes in the qualifier's country (and division, when the qualifier is one);
/// a country name qualified by a division of another country is a town of that name there ("Lebanon, Pennsylvania"),
/// or, with no namesake there, is dropped, leaving the qualifier itself, since a wrong place is worse than a coarser
/// one; a town with no namesake in the qualifier's country keeps its places (the comma may end a phrase). A list ("Texas, Ohio and Florida", "Georgia, Ukraine") qualifies nothing. Stateless.
/// </summary>
internal static class QualifiedPlace
{
    /// <summary>Narrows or drops the mentions of <paramref name="found"/> (one sentence's, in text order) that a
    /// following ", Country" or ", Division" qualifies.</summary>
    public static void Apply(Article article, Gazetteer gazetteer, List<PlaceMention> found)
    {
        for (int i = 0; i + 1 < found.Count; i++)
        {
            var m = found[i];
            var n = found[i + 1];
            if (n.First != m.End + 1 || !IsWord(article, m.End, ",")) continue;
            bool byCountry = n.Country is not null, byDivision = HasDivision(gazetteer, n, null);
            if (!byCountry && !byDivision) continue;
            // A town before ", Country" is qualified even in a list ("Tripoli, Libya and Cairo, Egypt"); two
            // divisions or countries in a row are a list ("Texas, Ohio and Florida", "Georgia, Ukraine").
            bool town = m.Country is null && !m.Places[0].IsArea;
            if (!(town && byCountry) && InList(article, found, i)) continue;
            // "Palestine, Ohio": only a division of another country makes a country name a town's; "Gaza,
            // Palestine" and "Georgia, Ukraine" stay as they are.
            if (m.Country is { } named && !HasDivision(gazetteer, n, named.Code)) continue;
            var candidates = m.Country is { } country ? Namesakes(gazetteer, m.Text, country.Code) : m.Places;
            var kept = new List<GeoPlace>(candidates.Count);
            foreach (var p in candidates) if (Qualifies(gazetteer, n, p)) kept.Add(p);
            if (m.Country is null && kept.Count == m.Places.Count) continue;
            if (kept.Count == 0)
            {
                // "Palestine" in Ohio gives way to its qualifier; a town with no namesake there keeps its places, since
                // the comma may end a phrase ("during the visit to Pyongyang, Russia and the DPRK committed").
                if (m.Country is null) continue;
                found.RemoveAt(i);
                i -= 1 + DropNamePart(found, i, m.First);
                continue;
            }
            found[i] = m with { Country = null, Places = kept.ToArray(), Qualified = true };
            i -= DropNamePart(found, i, m.First);
        }
    }

    /// <summary>
    /// Drops the mention that ends right where the qualified one starts, the first word of the same name ("East" of
    /// "East Palestine, Ohio", a division of Cameroon on its own); returns 1 when it did, 0 otherwise.
    /// </summary>
    private static int DropNamePart(List<PlaceMention> found, int next, int first)
    {
        if (next == 0 || found[next - 1].End != first) return 0;
        found.RemoveAt(next - 1);
        return 1;
    }

    /// <summary>The gazetteer's places named <paramref name="name"/> outside the country <paramref name="code"/> that
    /// the name also means.</summary>
    private static IReadOnlyList<GeoPlace> Namesakes(Gazetteer gazetteer, string name, string code)
    {
        var list = new List<GeoPlace>();
        foreach (var p in gazetteer.Places(name)) if (p.Country != code && !p.IsArea) list.Add(p);
        return list;
    }

    /// <summary>True when <paramref name="p"/> lies in the country <paramref name="qualifier"/> names, or in a
    /// first-level division of that name (its admin1).</summary>
    private static bool Qualifies(Gazetteer gazetteer, PlaceMention qualifier, GeoPlace p)
    {
        if (qualifier.Country is { } c && p.Country == c.Code) return true;
        foreach (var d in gazetteer.Places(qualifier.Text))
            if (d.FeatureCode == GeoPlace.DivisionFeature && d.Country == p.Country && !ReferenceEquals(d, p)
                && Gazetteer.Normalize(d.Name) == Gazetteer.Normalize(p.Admin1)) return true;
        return false;
    }

    /// <summary>True when the qualifier's words name a first-level division outside the country
    /// <paramref name="except"/> (any country when null).</summary>
    private static bool HasDivision(Gazetteer gazetteer, PlaceMention qualifier, string? except)
    {
        foreach (var d in gazetteer.Places(qualifier.Text))
            if (d.FeatureCode == GeoPlace.DivisionFeature && d.Country != except) return true;
        return false;
    }

    /// <summary>
    /// True when mention <paramref name="i"/> and the next stand in a list: a place and a comma before the first, or
    /// "and", "or" or a comma and another place after the second.
    /// </summary>
    private static bool InList(Article article, List<PlaceMention> found, int i)
    {
        var m = found[i];
        var n = found[i + 1];
        if (i > 0 && found[i - 1].End + 1 == m.First && IsWord(article, m.First - 1, ",")) return true;
        int sentenceEnd = article.SentenceData[m.Sentence].FirstToken + article.SentenceData[m.Sentence].TokenCount;
        int after = n.End;
        if (after < sentenceEnd && (IsWord(article, after, "and") || IsWord(article, after, "or") || IsWord(article, after, "&"))) return true;
        if (after + 1 < sentenceEnd && IsWord(article, after, ",") && (IsWord(article, after + 1, "and") || IsWord(article, after + 1, "or"))) return true;
        return i + 2 < found.Count && found[i + 2].First == after + 1 && IsWord(article, after, ",");
    }

    private static bool IsWord(Article article, int t, string word)
    {
        if (t < 0 || t >= article.TokenData.Count) return false;
        var d = article.TokenData[t];
        return article.Text.AsSpan(d.Start, d.End - d.Start).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
