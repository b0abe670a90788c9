using System.Globalization;
using Casus.Coding;

namespace Casus.Geo;

/// <summary>
/// Reads data/gazetteer/venues.txt: buildings and sites named as the place of an act ("at the White House"), each the
/// gazetteer place it stands in. One line a place, <c>COUNTRY | Place | Venue; Venue ...</c> (docs/formats/gazetteer.md).
/// </summary>
internal static class VenueTable
{
    /// <summary>Reads the venues; <paramref name="placesOf"/> gives the places of a name (most populous first). Each
    /// venue name goes to <paramref name="set"/> with the first place of that name in the country, marked with the
    /// line it came from. Bad lines go to <paramref name="errors"/> as file:line: field: message and are skipped.</summary>
    public static int Read(TextReader reader, string file, List<DataFileError> errors, Func<string, IReadOnlyList<GeoPlace>> placesOf,
        Action<string, GeoPlace> set)
    {
        int lineNo = 0, count = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var raw = reader.ReadLine(); raw != null; raw = reader.ReadLine())
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('|', StringSplitOptions.TrimEntries);
            if (f.Length != 3) { errors.Add(new(file, lineNo, "line", "expected 'COUNTRY | Place | Venue; Venue'")); continue; }
            if (f[0].Length != 3 || !f[0].All(char.IsAsciiLetterUpper)) { errors.Add(new(file, lineNo, "country", $"'{f[0]}' is not a three-letter country code")); continue; }
            GeoPlace? place = null;
            foreach (var p in placesOf(f[1])) if (p.Country == f[0] && !p.IsArea) { place = p; break; }
            if (place is null) { errors.Add(new(file, lineNo, "place", $"the gazetteer has no place '{f[1]}' in {f[0]}")); continue; }
            var names = f[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) { errors.Add(new(file, lineNo, "venues", "no name")); continue; }
            var venue = place with { IsVenue = true, Source = string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNo} venue in {place.Name}, geonames {place.GeoNameId}") };
            foreach (var n in names)
            {
                var key = Gazetteer.Normalize(n);
                if (seen.TryGetValue(key, out int other) && other != lineNo) { errors.Add(new(file, lineNo, "venues", $"'{n}' is already listed on line {other}")); continue; }
                seen[key] = lineNo;
                set(n, venue);
            }
            count++;
        }
        return count;
    }
}
