"""Quantities on short reports written by the team, one pattern per test, and their evaluation."""

import json
from pathlib import Path

import pytest

from claimledger.analyse import quantities
from claimledger.analyse.pipeline import Analyser
from claimledger.evaluate import quantities as qeval
from claimledger.ingest.document import Document
from claimledger.record import validate

SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
GOLD = Path(__file__).parent / "gold" / "quantities" / "gold.jsonl"


@pytest.fixture(scope="module")
def analyser():
    return Analyser(extractors=[quantities.extract])


def run(analyser, text):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published="2025-03-14"))
    validate(rec)
    return rec["quantities"]


def one(qs, text_has):
    found = [q for q in qs if text_has in q["text"]]
    assert found, f"no quantity with {text_has!r} in {[q['text'] for q in qs]}"
    return found[0]


# ---------------------------------------------------------------- the seed


@pytest.mark.shared
def test_seed_quantities_per_golden(analyser):
    from claimledger.ingest.document import RawInput
    from claimledger.ingest.documents import to_document

    seed = next((SHARED / "seeds").glob("000_*.txt"))
    golden = json.loads((SHARED / "golden" / "seed.json").read_text())
    doc = to_document(
        RawInput(str(seed), str(seed), seed.read_bytes(), "text"), published=golden["published"]
    )
    rec = analyser.analyse(doc)
    validate(rec)
    qs = rec["quantities"]
    for g in golden["quantities"]:
        hits = [q for q in qs if q["value"] == g["value"]]
        assert hits, f"{g['id']}: no quantity with value {g['value']} in {[q['text'] for q in qs]}"
        q = hits[0]
        assert q["unit"] == g["unit"], (g["id"], q)
        if "counts_has" in g:
            assert g["counts_has"].lower() in (q["counts"] or "").lower(), (g["id"], q)
        for key in ("multiplier", "total", "per"):
            if key in g:
                assert q[key] == g[key], (g["id"], key, q)
    # ordinals ("the first clashes") and "the next few weeks" are not quantities
    assert len(qs) == len(golden["quantities"]), [q["text"] for q in qs]


# ---------------------------------------------------------------- numbers and what they count


def test_count_with_counted_noun(analyser):
    q = one(run(analyser, "Pyongyang sent 12,500 troops to Bryansk Oblast."), "12,500")
    assert (q["text"], q["value"], q["unit"], q["counts"]) == ("12,500 troops", 12500, "troops", "troops")
    assert q["approximate"] is False and q["low"] is None and q["high"] is None


def test_counts_keeps_modifiers_and_people_for_nationalities(analyser):
    qs = run(analyser, "Russia used 12 Shahed drones against 5,000 Ukrainians and 3,000 North Korean troops.")
    assert one(qs, "12")["counts"] == "Shahed drones"
    assert one(qs, "5,000")["unit"] == "people" and one(qs, "5,000")["counts"] == "Ukrainians"
    assert one(qs, "3,000")["counts"] == "North Korean troops"


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Rations for twenty-five soldiers were dropped.", 25, "soldiers"),
        ("One hundred and fifty prisoners were exchanged.", 150, "prisoners"),
        ("The aid includes a dozen armoured vehicles.", 12, "vehicles"),
        ("Officials expect two thousand volunteers.", 2000, "volunteers"),
        ("Kyiv expects five units to arrive.", 5, "units"),
        ("Half a million refugees crossed the border.", 500000, "refugees"),
        ("Some one and a half million people fled.", 1500000, "people"),
    ],
)
def test_written_numbers(analyser, text, value, unit):
    q = run(analyser, text)[0]
    assert (q["value"], q["unit"]) == (value, unit)


def test_hyphenated_unit_counts_the_noun(analyser):
    q = run(analyser, "The brigades will hold a 1,500-kilometer front line.")[0]
    assert (q["text"], q["value"], q["unit"], q["counts"]) == (
        "1,500-kilometer",
        1500,
        "kilometre",
        "front line",
    )
    q = run(analyser, "A 10-day truce was proposed.")[0]
    assert (q["value"], q["unit"], q["counts"]) == (10, "day", "truce")


def test_money(analyser):
    qs = run(
        analyser, "Washington approved a $61 billion aid package, €50m in loans and 1.2 trillion roubles."
    )
    assert (one(qs, "$61")["value"], one(qs, "$61")["unit"], one(qs, "$61")["counts"]) == (
        61e9,
        "USD",
        "aid package",
    )
    assert (one(qs, "€50m")["value"], one(qs, "€50m")["unit"], one(qs, "€50m")["counts"]) == (
        5e7,
        "EUR",
        "loans",
    )
    assert (one(qs, "roubles")["value"], one(qs, "roubles")["unit"]) == (1.2e12, "RUB")


def test_percentages_lengths_areas(analyser):
    qs = run(
        analyser,
        "Russia occupies about 18% of the territory, some 110,000 square kilometres, "
        "and advanced 7 km; Poland spends 4.7 per cent of GDP.",
    )
    p = one(qs, "18%")
    assert (p["value"], p["unit"], p["counts"], p["approximate"]) == (18, "percent", "territory", True)
    assert one(qs, "110,000")["unit"] == "square kilometre"
    assert one(qs, "7 km")["unit"] == "kilometre"
    assert one(qs, "4.7")["unit"] == "percent" and one(qs, "4.7")["counts"] == "GDP"


# ---------------------------------------------------------------- structure


def test_multiplier(analyser):
    q = run(analyser, "Officials expect five units of 3,000 people each to arrive.")[0]
    assert q["text"] == "five units of 3,000 people each"
    assert (q["value"], q["multiplier"], q["total"], q["per"], q["unit"]) == (
        3000,
        5,
        15000,
        "unit",
        "people",
    )


def test_multiplier_with_each_before(analyser):
    q = run(analyser, "The convoy consisted of 40 trucks, each carrying about 20 soldiers.")[0]
    assert (q["value"], q["multiplier"], q["total"], q["per"], q["approximate"]) == (
        20,
        40,
        800,
        "truck",
        True,
    )


@pytest.mark.parametrize(
    "text,low,high",
    [
        ("Between 10,000 and 12,000 soldiers were sent.", 10000, 12000),
        ("Some 10,000-12,000 soldiers were sent.", 10000, 12000),
        ("From 3,000 to 5,000 soldiers were sent.", 3000, 5000),
        ("The damage is put at 5 to 6 million dollars.", 5e6, 6e6),
    ],
)
def test_ranges(analyser, text, low, high):
    q = run(analyser, text)[0]
    assert (q["value"], q["low"], q["high"]) == (None, low, high)


@pytest.mark.parametrize(
    "text,value,low,high,bound",
    [
        ("Up to 15,000 troops could be sent.", 15000, None, 15000, "upper"),
        ("More than 100 drones were launched.", 100, 100, None, "lower"),
        ("At least 20 people were killed.", 20, 20, None, "lower"),
        ("Fewer than 500 fighters remain.", 500, None, 500, "upper"),
        ("Russia fired 100-plus drones.", 100, 100, None, "lower"),
        ("Russia fired 20 missiles or more.", 20, 20, None, "lower"),
    ],
)
def test_bounds(analyser, text, value, low, high, bound):
    q = run(analyser, text)[0]
    assert (q["value"], q["low"], q["high"], q["bound"]) == (value, low, high, bound)


@pytest.mark.parametrize(
    "text",
    [
        "About 4,000 troops arrived.",
        "Nearly 2,000 people were evacuated.",
        "Some 4,500 soldiers arrived.",
        "Roughly 54 percent was recaptured.",
        "An estimated 3,500 soldiers died.",
        "Around 600 soldiers were killed.",
        "Officials counted 40-odd tanks.",
    ],
)
def test_approximations(analyser, text):
    q = run(analyser, text)[0]
    assert q["approximate"] is True and q["value"] is not None


@pytest.mark.parametrize(
    "text,low,high,counts",
    [
        ("Dozens of drones were shot down.", 24, 99, "drones"),
        ("Hundreds of residents fled.", 200, 999, "residents"),
        ("Thousands of Russian troops are massing.", 2000, 9999, "Russian troops"),
        ("Tens of thousands of people remain without power.", 20000, 99999, "people"),
        ("Hundreds of thousands of residents left.", 200000, 999999, "residents"),
        ("Several thousand Wagner fighters crossed.", 3000, 9000, "Wagner fighters"),
        ("A few hundred metres separated them.", 200, 500, None),
        ("A couple of hundred protesters gathered.", 200, 300, "protesters"),
    ],
)
def test_vague_amounts(analyser, text, low, high, counts):
    q = run(analyser, text)[0]
    assert (q["value"], q["low"], q["high"], q["approximate"]) == (None, low, high, True)
    assert q["counts"] == counts


def test_small_vague_words_alone_are_not_quantities(analyser):
    assert run(analyser, "Several drones and a few soldiers were seen in the next few weeks.") == []


def test_change_by_and_to(analyser):
    a, b = run(analyser, "Casualties rose by 3,000 to 15,000 in a month.")
    assert a["change"]["part"] == "by" and b["change"]["part"] == "to"
    for q in (a, b):
        assert q["change"]["direction"] == "up"
        assert (q["change"]["by"], q["change"]["to"]) == (3000, 15000)
        assert q["counts"] == "Casualties"


def test_change_from_to_and_up_from(analyser):
    a, b = run(analyser, "Unemployment fell to 12 percent from 19 percent.")
    assert (a["change"]["direction"], a["change"]["part"], b["change"]["part"]) == ("down", "to", "from")
    qs = run(analyser, "Some 4,500 specialists are now in Russia, up from 4,000 a week earlier.")
    q = one(qs, "4,000")
    assert (q["change"]["direction"], q["change"]["part"]) == ("up", "from")
    assert one(qs, "4,500")["change"] is None


def test_change_percent_and_factor(analyser):
    q = run(analyser, "Prices jumped 40 percent last month.")[0]
    assert (q["change"]["direction"], q["change"]["part"], q["counts"]) == ("up", "by", "Prices")
    q = run(analyser, "The number of Russian troops in the region has doubled.")[0]
    assert q["text"] == "doubled" and q["value"] is None
    assert (q["change"]["direction"], q["change"]["factor"]) == ("up", 2)
    q = run(analyser, "Drone production rose fivefold.")[0]
    assert (q["value"], q["change"]["factor"], q["change"]["direction"]) == (5, 5, "up")


def test_particles_are_not_changes(analyser):
    qs = run(analyser, "Kyiv said it shot down 31 of 35 drones.")
    assert all(q["change"] is None for q in qs)
    assert one(qs, "31")["counts"] == "drones"


def test_number_of_pattern(analyser):
    q = run(analyser, "That would raise the total number of North Koreans fighting abroad to 15,000.")[0]
    assert (q["value"], q["counts"], q["unit"]) == (15000, "North Koreans", "people")
    q = run(analyser, "The ministry put the number of displaced people at 3.7 million.")[0]
    assert (q["value"], q["counts"]) == (3.7e6, "displaced people")
    q = run(analyser, "The death toll in Kramatorsk climbed to 17.")[0]
    assert (q["counts"], q["role"]) == ("death toll", "dead")


def test_roles(analyser):
    qs = run(
        analyser,
        "Two soldiers were killed and four were wounded; the strike left 1 person dead and "
        "30 injured. Hospitals treated 154 wounded. The group documented 11,743 civilian deaths.",
    )
    assert one(qs, "Two")["role"] == "dead"
    assert one(qs, "four")["role"] == "injured"
    assert one(qs, "1 person")["role"] == "dead"
    assert one(qs, "30")["role"] == "injured"
    assert one(qs, "154")["role"] == "injured"
    assert one(qs, "11,743")["role"] == "dead"
    assert run(analyser, "North Korea deployed 11,000 troops.")[0]["role"] is None


def test_fractions(analyser):
    q = run(analyser, "Two-thirds of the population has been displaced.")[0]
    assert (round(q["value"], 4), q["unit"], q["counts"]) == (0.6667, "fraction", "population")
    assert run(analyser, "The pace doubled in the first half of March.")[0]["text"] == "doubled"


def test_notes_for_events(analyser):
    text = "Officials expect five units of 3,000 people each. At least 12 civilians were killed."
    doc = analyser.nlp(text)
    from claimledger.analyse.pipeline import Context
    from claimledger.record import new_record

    d = Document(id="t", text=text, language="en")
    ctx = Context(d, doc, new_record(d))
    quantities.extract(ctx)
    notes = ctx.quantities
    assert len(notes) == len(ctx.record["quantities"]) == 2
    first = notes[0]
    s, e = first["tokens"]
    assert doc[s:e].text == "five units of 3,000 people each"
    assert doc[first["head"]].i in range(s, e)
    assert doc[first["counts_head"]].text == "people"
    assert doc[slice(*first["number"])].text == "3,000"


# ---------------------------------------------------------------- not quantities


@pytest.mark.parametrize(
    "text",
    [
        "The first clashes took place near the border.",
        "The 47th Mechanized Brigade repelled the second attack.",
        "Kyiv marked the 1,000th day of the war.",
        "On February 24, 2022, Russian tanks crossed the border.",
        "Zelensky met the leaders on 24 February 2025.",
        "The offensive began in 2024 and lasted until March 3.",
        "The meeting began at 10:30 local time and ended before 2 p.m.",
        "Strikes were reported at 0600 GMT.",
        "Resolution 2231 and Article 5 were cited.",
        "The Su-34 bomber and two Kh-101 missiles were shown.",
        "The summit of the Group of Seven opened.",
        "No one expected the attack, and one day the front will move.",
        "One of them said the units were tired.",
    ],
)
def test_exclusions(analyser, text):
    qs = run(analyser, text)
    assert [q["text"] for q in qs if q["value"] is not None or q["low"] is not None] == (
        ["two Kh-101 missiles"] if "Kh-101" in text else []
    )


def test_spans_are_exact(analyser):
    text = "Officials expect five units of 3,000 people each to hold the 1,500-kilometer front line."
    qs = run(analyser, text)
    # The multiplication is one quantity; an empty result must not pass for exact spans.
    assert [q["text"] for q in qs] == ["five units of 3,000 people each", "1,500-kilometer"]
    for q in qs:
        assert text[q["start"] : q["end"]] == q["text"]


# ---------------------------------------------------------------- evaluation

TINY = [
    {
        "id": "a",
        "split": "dev",
        "text": "Russia moved 8,000 paratroopers and about 40 tanks.",
        "quantities": [
            {
                "text": "8,000 paratroopers",
                "start": 13,
                "end": 31,
                "value": 8000,
                "low": None,
                "high": None,
                "unit": "paratroopers",
                "counts": "paratroopers",
                "approximate": False,
                "multiplier": None,
                "total": None,
                "change": None,
            },
            {
                "text": "about 40 tanks",
                "start": 36,
                "end": 50,
                "value": 40,
                "low": None,
                "high": None,
                "unit": "guns",
                "counts": "guns",
                "approximate": True,
                "multiplier": None,
                "total": None,
                "change": None,
            },
        ],
    },
    {
        "id": "b",
        "split": "test",
        "text": "Casualties rose by 3,000 in a single month.",
        "quantities": [
            {
                "text": "3,000",
                "start": 19,
                "end": 24,
                "value": 3000,
                "low": None,
                "high": None,
                "unit": "casualties",
                "counts": "Casualties",
                "approximate": False,
                "multiplier": None,
                "total": None,
                "change": {"direction": "up", "part": "by"},
            }
        ],
    },
]


def test_eval_on_tiny_gold(analyser, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in TINY))
    assert [i["id"] for i in qeval.load_gold(str(path), split="test")] == ["b"]
    items = qeval.load_gold(str(path))
    r = qeval.evaluate(items, analyser)
    s = r["scores"]
    assert (s["value"]["tp"], s["value"]["fp"], s["value"]["fn"]) == (3, 0, 0)
    # 'tanks' is annotated as 'guns' on purpose: value matches, unit and counts do not
    assert s["value+unit"]["tp"] == 2 and s["value+unit"]["fn"] == 1
    assert s["value+counts"]["tp"] == 2
    assert s["change"]["f1"] == 1.0
    assert r["agreement"]["approximate"] == {"agree": 3, "of": 3, "rate": 1.0}
    report = qeval.format_report(r, show_errors=5)
    for row in ("value", "value+unit", "value+counts", "value+unit|counts", "change"):
        assert row in report
    assert "guns" in report


def test_eval_matches_totals_and_ranges():
    p = {"text": "x", "start": 0, "end": 5, "value": 3000, "total": 15000, "low": None, "high": None}
    assert qeval._value_match(p, {"value": 15000})
    p = {"start": 0, "end": 5, "value": None, "low": 10, "high": 12}
    assert qeval._value_match(p, {"value": None, "low": 10, "high": 12})
    assert not qeval._value_match(p, {"value": 10})


def test_newsquant_view():
    v = qeval.newsquant_view(
        {"value": 19, "unit": "percent", "approximate": True, "kind": "percent", "change": None}
    )
    assert v == {"value": 19.0, "normalized_unit": "percentage", "change": "~"}
    v = qeval.newsquant_view({"value": None, "low": 252, "high": 287, "unit": "mile", "kind": "length"})
    assert v["value"] == (252.0, 287.0)
    v = qeval.newsquant_view(
        {"value": 19, "unit": "cent", "kind": "money", "change": {"direction": "up", "part": "by"}}
    )
    assert v["change"] == "up"
    assert qeval.newsquant_view({"value": None, "low": None, "high": None}) is None


def test_gold_set_offsets_and_size():
    items = qeval.load_gold(str(GOLD))
    assert len(items) >= 90
    assert 0.25 <= sum(i["split"] == "test" for i in items) / len(items) <= 0.4
    assert sum(not i["quantities"] for i in items) >= 10  # distractors
    for it in items:
        for q in it["quantities"]:
            assert it["text"][q["start"] : q["end"]] == q["text"], (it["id"], q)


def test_gold_set_scores(analyser):
    r = qeval.evaluate(qeval.load_gold(str(GOLD), split="dev"), analyser)
    assert r["scores"]["value"]["f1"] >= 0.95
    assert r["scores"]["value+unit|counts"]["f1"] >= 0.9
