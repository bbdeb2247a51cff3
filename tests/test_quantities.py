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


# ---------------------------------------------------------------- beyond war reporting


def fields(q, *keys):
    return tuple(q[k] for k in keys)


@pytest.mark.parametrize(
    "text, sub, value, unit, canonical",
    [
        ("The new saloon delivers 510bhp from a hybrid V6.", "510bhp", 510, "horsepower", "hp"),
        ("The palm oil group's shares ended at RM4.12 on Thursday.", "RM4.12", 4.12, "MYR", "MYR"),
        ("Household spending rose 0.9pc in the quarter.", "0.9pc", 0.9, "percent", "%"),
        ("The lender set aside USD40m for bad loans.", "USD40m", 40e6, "USD", "USD"),
        ("Each tablet contains 250mg of the active ingredient.", "250mg", 250, "milligram", "mg"),
        ("A cup of coffee at the airport costs HK$38.", "HK$38", 38, "HKD", "HKD"),
        ("The Singapore fund manager bought S$2bn of bonds.", "S$2bn", 2e9, "SGD", "SGD"),
        ("The port handled 3.4m tonnes of grain in June.", "3.4m tonnes", 3.4e6, "tonne", "t"),
        (
            "The outage hit 2.5m customers across the region.",
            "2.5m customers",
            2.5e6,
            "customers",
            "customer",
        ),
        ("Forecasters expect highs of 39C this weekend.", "39C", 39, "degree Celsius", "°C"),
        ("The satellite dish sends data at 20Mbps.", "20Mbps", 20, "megabit per second", "Mbit/s"),
        ("The state will spend Rs 1,500 crore on irrigation.", "Rs 1,500 crore", 1.5e10, "INR", "INR"),
        ("Light covers the distance in 1.3 seconds at 3e8 metres a second.", "3e8", 3e8, "metre", "m"),
        ("The nebula lies 1.2 x 10^4 light years from the Sun.", "1.2 x 10^4", 1.2e4, "light year", "ly"),
    ],
)
def test_glued_units_currencies_and_scales(analyser, text, sub, value, unit, canonical):
    q = one(run(analyser, text), sub)
    assert fields(q, "value", "unit", "unit_canonical") == (value, unit, canonical)


@pytest.mark.parametrize(
    "text, sub, unit",
    [
        ("The sprinter won the 200m in a championship record.", "200m", "metre"),
        ("Divers found the wreck 40m below the surface.", "40m", "metre"),
    ],
)
def test_m_stays_metre_before_a_singular_noun_or_nothing(analyser, text, sub, unit):
    q = one(run(analyser, text), sub)
    assert q["unit"] == unit and q["value"] < 1000


@pytest.mark.parametrize(
    "text, sub, value",
    [
        ("Overnight lows fell to minus 8 in the capital.", "minus 8", -8),
        ("Factory output shrank -2.1% in the year to May.", "-2.1%", -2.1),
    ],
)
def test_negative_figures(analyser, text, sub, value):
    assert one(run(analyser, text), sub)["value"] == value


def test_from_to_with_a_currency_is_one_range_of_money(analyser):
    q = run(analyser, "Tickets for the final sell for from €60 to €240.")[0]
    assert fields(q, "value", "low", "high", "unit") == (None, 60, 240, "EUR")


def test_or_gives_two_figures_sharing_the_unit(analyser):
    qs = run(analyser, "Each school may hire 2 or 3 nurses next year.")
    assert [fields(q, "value", "unit") for q in qs[:2]] == [(2, "nurses"), (3, "nurses")]


def test_a_change_then_a_level_is_not_a_range(analyser):
    qs = run(analyser, "The jobless rate climbed 0.2% to 5.1% in the spring.")
    assert [(q["value"], q["change"]["part"]) for q in qs] == [(0.2, "by"), (5.1, "to")]


def test_plain_ranges_with_to_stay_ranges(analyser):
    q = run(analyser, "The new homes will sell for 80% to 90% of market value.")[0]
    assert fields(q, "low", "high") == (80, 90)


@pytest.mark.parametrize(
    "text, sub, value, unit",
    [
        ("A 71-year-old pensioner was found guilty of fraud.", "71-year-old", 71, "year"),
        ("A six-month-old baby was rescued from the flat.", "six-month-old", 6, "month"),
        ("The chief executive, 57, will step down in June.", "57", 57, "year"),
        ("The defendant, aged 29, denied the charges.", "29", 29, "year"),
        ("She won her first title at the age of 19.", "19", 19, "year"),
    ],
)
def test_ages_are_quantities_of_their_own_kind(analyser, text, sub, value, unit):
    q = one(run(analyser, text), sub)
    assert fields(q, "value", "unit", "kind") == (value, unit, "age")


def test_age_ranges(analyser):
    q = one(run(analyser, "The survey covered adults aged 25 to 40."), "25 to 40")
    assert fields(q, "low", "high", "kind") == (25, 40, "age")


@pytest.mark.parametrize(
    "text, sub, value, unit",
    [
        ("Three weeks later the board fired the chairman.", "Three weeks", 3, "week"),
        ("The club was promoted two seasons after the takeover, five years ago.", "five years", 5, "year"),
    ],
)
def test_durations_used_as_time_references(analyser, text, sub, value, unit):
    q = one(run(analyser, text), sub)
    assert fields(q, "value", "unit", "kind", "time_reference") == (value, unit, "duration", True)


def test_a_duration_in_its_own_right_is_no_time_reference(analyser):
    assert one(run(analyser, "The trial lasted 14 weeks."), "14 weeks")["time_reference"] is False


@pytest.mark.parametrize(
    "text, sub, rate",
    [
        ("West Texas crude slipped to $71 a barrel.", "$71", "barrel"),
        ("Cleaners will earn £13.50 an hour from next month.", "£13.50", "hour"),
        ("The broker paid a dividend of 12p a share.", "12p", "share"),
        ("Nurses work 12 hours per shift.", "12 hours", "shift"),
    ],
)
def test_rates(analyser, text, sub, rate):
    assert one(run(analyser, text), sub)["rate"] == rate


def test_no_rate_from_a_time_reference(analyser):
    q = one(run(analyser, "Prices fell to 2.1% from 2.6% a month earlier."), "2.6%")
    assert q["rate"] is None


def test_a_unit_written_once_serves_the_whole_list(analyser):
    qs = run(analyser, "Memberships cost $9, $15 and $25 a month.")
    assert [fields(q, "value", "unit", "rate") for q in qs] == [
        (9, "USD", "month"),
        (15, "USD", "month"),
        (25, "USD", "month"),
    ]
    qs = run(analyser, "Growth forecasts range between 1, 1.5 and 2 percent.")
    assert all(q["unit"] == "percent" for q in qs)


def test_a_restated_amount_keeps_its_own_rate(analyser):
    qs = run(analyser, "The bid values the miner at $12 billion, or $31 per share.")
    assert [q["rate"] for q in qs] == [None, "share"]


def test_the_bare_figure_closing_a_list_takes_the_unit_before_it(analyser):
    qs = run(analyser, "The amendment fell by 301 votes to 244.")
    assert [fields(q, "value", "unit") for q in qs] == [(301, "votes"), (244, "votes")]
    qs = run(analyser, "The bank employs 40 analysts in London and 15 in Frankfurt.")
    assert [fields(q, "value", "unit") for q in qs] == [(40, "analysts"), (15, "analysts")]


def test_the_unit_not_the_head_noun(analyser):
    q = one(run(analyser, "Subscribers get a 100GB monthly allowance."), "100GB")
    assert fields(q, "value", "unit", "unit_canonical", "counts") == (
        100,
        "gigabyte",
        "GB",
        "monthly allowance",
    )


def test_multiples_and_years(analyser):
    q = one(run(analyser, "House prices are now nine times average pay."), "nine times")
    assert fields(q, "value", "unit", "kind") == (9, "times", "multiple")
    qs = run(analyser, "The cars were built between 2016 and 2019.")
    assert qs == []


def test_market_moves(analyser):
    qs = run(analyser, "The FTSE 100 closed up 48 points at 8,120.")
    q = one(qs, "48 points")
    assert q["change"]["direction"] == "up" and q["change"]["part"] == "by"


def test_canonical_units_for_counts_and_measures(analyser):
    qs = run(analyser, "The ferry carried 1,100 passengers over 46 kilometres.")
    assert [q["unit_canonical"] for q in qs] == ["passenger", "km"]


@pytest.mark.parametrize(
    "pred, gold",
    [
        ({"unit": "kilometre", "unit_canonical": "km"}, {"unit": "km"}),
        ({"unit": "kilometre"}, {"unit": "kilometres"}),
        ({"unit": "USD"}, {"unit": "dollars"}),
        ({"unit": "AMD"}, {"unit": "drams"}),
        ({"unit": "percent"}, {"unit": "%"}),
        ({"unit": "troops", "unit_canonical": "troop"}, {"unit": "troops"}),
        ({"unit": "casualties"}, {"unit": "casualty"}),
    ],
)
def test_eval_compares_canonical_units(pred, gold):
    assert qeval.unit_match(pred, gold)


def test_eval_still_tells_units_apart():
    assert not qeval.unit_match({"unit": "kilometre"}, {"unit": "mile"})
    assert not qeval.unit_match({"unit": "USD"}, {"unit": "EUR"})


@pytest.mark.parametrize(
    "text, sub, value, unit",
    [
        ("Roughly 3/4 of the orchard was lost to frost.", "3/4", 0.75, "fraction"),
        ("One in five pupils missed school last winter.", "One in five pupils", 0.2, "fraction"),
        ("The race was run over 1½ miles.", "1½ miles", 1.5, "mile"),
        ("Add ½ teaspoon of salt.", "½ teaspoon", 0.5, "teaspoon"),
        ("The council approved a $2.4-billion transit plan.", "$2.4-billion", 2.4e9, "USD"),
    ],
)
def test_written_fractions_and_hyphenated_scales(analyser, text, sub, value, unit):
    q = one(run(analyser, text), sub)
    assert fields(q, "value", "unit") == (value, unit)


def test_the_bare_end_of_a_from_to_pair_takes_the_unit(analyser):
    qs = run(analyser, "The judges reduced the ban from 10 years to six.")
    assert [fields(q, "value", "unit") for q in qs] == [(10, "year"), (6, "year")]


def test_a_margin_is_not_a_negative_figure(analyser):
    q = one(
        run(analyser, "The poll has a margin of error of plus or minus 2 percentage points."), "2 percentage"
    )
    assert fields(q, "value", "unit") == (2, "percentage point")


def test_a_year_qualifying_levels_is_no_count(analyser):
    qs = run(analyser, "Output is still below 2019 levels, the survey found.")
    assert qs == []


def test_newsquant_view_names_the_new_currencies():
    v = qeval.newsquant_view({"value": 79, "unit": "MYR", "kind": "money", "change": None})
    assert v["normalized_unit"] == "ringgit"
