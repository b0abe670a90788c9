using System.Globalization;
using Casus.Actors;
using Casus.Time;

namespace Casus.Geo;

/// <summary>
/// Which country a place below the country level lies in ("Zurich" → CHE, "Helmand" → AFG, "Donbas" → UKR), for the
/// coder's target fallback ("will meet in Zurich": a meeting with CHE) and the article-country pass. Derived from the
/// event geocoder's <see cref="Gazetteer"/>: its GeoNames places and first-level divisions, and its hand-written
/// regions (data/gazetteer/regions.txt). A wrong country is worse than none, so a name gives a country only when:
/// <list type="bullet">
/// <item>it is a region of regions.txt that lies in one country and is not disputed (a disputed territory gives none);</item>
/// <item>or the most populous GeoNames place or division of that name has at least <see cref="MinPopulation"/> people
/// and at least <see cref="Dominance"/> times as many as any place of that name in another country (Tripoli, Hyderabad,
/// Birmingham, Punjab, Barcelona give none), and, when the name is only its alternate (an exonym or old name), no place
/// of another country with <see cref="MinPopulation"/> people bears it as its own name ("Bethlehem", an old name of
/// Belém, gives none).</item>
/// </list>
/// Capitals and seats of government are actor mentions before they are places. Lookup ignores case and accents.
/// Immutable and thread-safe.
/// </summary>
public sealed class PlaceCountries
{
    /// <summary>The fewest people the dominant place of a name must have: smaller towns' names are too often ordinary
    /// words or people's names ("Summit", "Obama").</summary>
    public const long MinPopulation = 15_000;

    /// <summary>How many times the population of the largest place of another country the dominant place needs.</summary>
    public const long Dominance = 6;

    private readonly Gazetteer? _gazetteer;
    private readonly bool _empty;

    private PlaceCountries(Gazetteer? gazetteer, bool empty)
    {
        _gazetteer = gazetteer;
        _empty = empty;
    }

    /// <summary>No place maps to a country.</summary>
    public static PlaceCountries Empty { get; } = new(null, true);

    // Month and weekday names are dates in news before they are towns ("signed in March 2001" is no place in England,
    // "on Sunday" none anywhere); a town so named is rarely news and its country would come wrong far more often.
    /// <summary>True for a month or weekday name (data/time/calendar.txt), which gives no place.</summary>
    internal static bool IsCalendarWord(string name) => CalendarWords.Default.Contains(name.AsSpan().Trim());

    private static bool TrySupported(string name, IReadOnlyList<GeoPlace> places, GeoPlace top, Func<string, bool> supported, out PlaceCountry place)
    {
        place = null!;
        GeoPlace? chosen = null;
        long floor = Math.Max(MinPopulation, top.Population / 10);
        foreach (var p in places)
        {
            if (p.Population < floor || p.Country.Length == 0 || !supported(p.Country)) continue;
            if (chosen is not null && chosen.Country != p.Country) return false;
            chosen ??= p;
        }
        if (chosen is null || !ActorCode.TryParse(chosen.Country, out var code, out _)) return false;
        string what = chosen.IsArea ? "division" : $"geonames {chosen.GeoNameId}";
        place = new PlaceCountry(name, code, string.Create(CultureInfo.InvariantCulture,
            $"{Gazetteer.PlacesResource} {name} → {chosen.Country} ({chosen.Name}, {what}, population {chosen.Population}; of places in several countries, the one in a country of the sentence)"));
        return true;
    }

    /// <summary>Over <see cref="Gazetteer.Default"/> (loaded on first lookup).</summary>
    public static PlaceCountries Default { get; } = new(null, false);

    /// <summary>Over <paramref name="gazetteer"/>.</summary>
    public static PlaceCountries From(Gazetteer gazetteer) => new(gazetteer ?? throw new ArgumentNullException(nameof(gazetteer)), false);

    /// <summary>True when no name maps to a country.</summary>
    public bool IsEmpty => _empty;

    /// <summary>False when no place bears <paramref name="name"/>, so that <see cref="TryGet(string, out PlaceCountry)"/>
    /// would give nothing; read without making a string of the name (docs/architecture.md, allocation).</summary>
    internal bool MayHave(ReadOnlySpan<char> name) => !_empty && (_gazetteer ?? Gazetteer.Default).HasPlaces(name);

    /// <summary>The country of <paramref name="name"/>, when the rules above give one.</summary>
    public bool TryGet(string name, out PlaceCountry place) => TryGet(name, out place, null);

    /// <summary>
    /// The country of <paramref name="name"/>, when the rules above give one, or else, when no place clearly dominates,
    /// the one country among the places of comparable size (a tenth of the largest, and at least
    /// <see cref="MinPopulation"/>) that <paramref name="supported"/> accepts (a country the sentence's actors belong to).
    /// </summary>
    public bool TryGet(string name, out PlaceCountry place, Func<string, bool>? supported)
    {
        place = null!;
        if (_empty || string.IsNullOrWhiteSpace(name) || IsCalendarWord(name)) return false;
        var places = (_gazetteer ?? Gazetteer.Default).Places(name);
        if (places.Count == 0) return false;
        var first = places[0];
        if (first.FeatureCode == GeoPlace.RegionFeature)
        {
            if (first.Claimants.Count > 0 || first.Country.Length == 0 || !ActorCode.TryParse(first.Country, out var regionCode, out _)) return false;
            place = new PlaceCountry(name, regionCode, $"{first.Source} {name} → {first.Country} ({first.Name}, region)");
            return true;
        }
        GeoPlace top = places[0];
        foreach (var p in places) if (p.Population > top.Population) top = p;
        if (top.Population < MinPopulation || top.Country.Length == 0) return false;
        var key = Gazetteer.Normalize(name);
        bool topOwnsName = Gazetteer.Normalize(top.Name) == key;
        foreach (var p in places)
        {
            if (p.Country == top.Country) continue;
            // An exonym or old name ("Bethlehem" for Belém, "Odessa" for Odesa) yields to a sizeable place of another
            // country that bears it as its own name.
            if (p.Population * Dominance > top.Population || !topOwnsName && p.Population >= MinPopulation && Gazetteer.Normalize(p.Name) == key)
                return supported is not null && TrySupported(name, places, top, supported, out place);
        }
        if (!ActorCode.TryParse(top.Country, out var code, out _)) return false;
        // The evidence names the place lookups rank first in that country: the city before its division ("Zurich").
        var shown = top;
        foreach (var p in places) if (p.Country == top.Country) { shown = p; break; }
        string what = shown.IsArea ? "division" : $"geonames {shown.GeoNameId}";
        place = new PlaceCountry(name, code, string.Create(CultureInfo.InvariantCulture,
            $"{Gazetteer.PlacesResource} {name} → {top.Country} ({shown.Name}, {what}, population {shown.Population})"));
        return true;
    }
}

/// <summary>A place name and the country it lies in, with why.</summary>
/// <param name="Name">The name as looked up.</param>
/// <param name="Country">The country's three-letter code.</param>
/// <param name="Evidence">The source and the place that gave the country, e.g.
/// "gazetteer/geonames.tsv.gz Zurich → CHE (Zürich, geonames 2657896, population 341730)".</param>
public sealed record PlaceCountry(string Name, ActorCode Country, string Evidence);
