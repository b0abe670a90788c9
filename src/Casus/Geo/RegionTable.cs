using System.Globalization;
using Casus.Coding;

namespace Casus.Geo;

/// <summary>
/// Reads data/gazetteer/regions.txt: regions and disputed territories that GeoNames' places and divisions do not
/// supply. One region a line, <c>COUNTRY | LAT LON | Name; Other name [| disputed: CLAIMANT ...]</c>, where COUNTRY is
/// an ISO 3166-1 alpha-3 code or <c>-</c> for a region that spans several countries (docs/formats/gazetteer.md).
/// </summary>
internal static class RegionTable
{
    /// <summary>Reads the regions, handing each name and its place to <paramref name="add"/>; bad lines go to
    /// <paramref name="errors"/> as file:line: field: message and are skipped. Returns the number of regions read.</summary>
    public static int Read(TextReader reader, string file, List<DataFileError> errors, Action<string, GeoPlace> add)
    {
        int lineNo = 0, count = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var raw = reader.ReadLine(); raw != null; raw = reader.ReadLine())
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('|', StringSplitOptions.TrimEntries);
            if (f.Length is < 3 or > 4) { errors.Add(new(file, lineNo, "line", "expected 'COUNTRY | LAT LON | Name; Name [| disputed: CODE CODE]'")); continue; }
            var country = f[0] == "-" ? "" : f[0];
            if (country.Length != 0 && !IsCode(country)) { errors.Add(new(file, lineNo, "country", $"'{f[0]}' is not a three-letter country code or '-'")); continue; }
            var ll = f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ll.Length != 2 || !Gazetteer.TryCoordinate(ll[0], 90, out double lat) || !Gazetteer.TryCoordinate(ll[1], 180, out double lon))
            { errors.Add(new(file, lineNo, "lat lon", $"'{f[1]}' is not 'LAT LON' in degrees")); continue; }
            string[] claimants = [];
            if (f.Length == 4)
            {
                const string Prefix = "disputed:";
                if (!f[3].StartsWith(Prefix, StringComparison.Ordinal)) { errors.Add(new(file, lineNo, "disputed", $"'{f[3]}' must be 'disputed: CODE CODE ...'")); continue; }
                claimants = f[3][Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (claimants.Length == 0 || !claimants.All(IsCode)) { errors.Add(new(file, lineNo, "disputed", "the claimants must be three-letter country codes")); continue; }
            }
            var names = f[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) { errors.Add(new(file, lineNo, "names", "no name")); continue; }
            var place = new GeoPlace(0, names[0], country, "", lat, lon, 0, GeoPlace.RegionFeature)
            {
                Claimants = claimants,
                Source = string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNo}"),
            };
            bool ok = true;
            foreach (var n in names)
            {
                var key = Gazetteer.Normalize(n);
                if (seen.TryGetValue(key, out int other)) { errors.Add(new(file, lineNo, "names", $"'{n}' is already listed on line {other}")); ok = false; }
            }
            if (!ok) continue;
            foreach (var n in names) { seen[Gazetteer.Normalize(n)] = lineNo; add(n, place); }
            count++;
        }
        return count;
    }

    private static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);
}
