"""Events on short reports written by the team: the seed, each PLOVER type, arguments and codes,
statuses from the carrying statement, one event per happening, and the evaluation."""

import importlib.util
import json
from pathlib import Path

import pytest

from claimledger.analyse import events
from claimledger.analyse.pipeline import Analyser
from claimledger.evaluate import events as eeval
from claimledger.ingest.document import Document
from claimledger.record import validate

SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
GOLD = Path(__file__).parent / "gold" / "events" / "gold.jsonl"


@pytest.fixture(scope="module")
def analyser():
    return Analyser()  # the default extractors, events last


def analyse(analyser, text, title=None, published="2025-03-14"):
    rec = analyser.analyse(Document(id="t", text=text, title=title, language="en", published=published))
    validate(rec)
    for ev in rec["events"]:
        for m in ev["mentions"]:
            assert rec["text"][m["start"] : m["end"]] == m["text"]
    return rec


def only(rec, type_):
    found = [e for e in rec["events"] if e["type"] == type_]
    assert len(found) == 1, (type_, [(e["type"], e["trigger"]["text"]) for e in rec["events"]])
    return found[0]


def codes(ev, role="actors"):
    return [a["code"] for a in ev[role]]


def place(rec, ev):
    return rec["places"][ev["place"]]["text"] if ev["place"] is not None else None


# ---------------------------------------------------------------- the seed


@pytest.mark.skipif(not (SHARED / "golden" / "seed.json").exists(), reason="shared seed not available")
def test_seed_events_per_golden(analyser):
    from claimledger.ingest.document import RawInput
    from claimledger.ingest.documents import to_document

    spec = importlib.util.spec_from_file_location("score_seed", SHARED / "tools" / "score_seed.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    seed = next((SHARED / "seeds").glob("000_*.txt"))
    golden = json.loads((SHARED / "golden" / "seed.json").read_text())
    doc = to_document(
        RawInput(str(seed), str(seed), seed.read_bytes(), "text"), published=golden["published"]
    )
    rec = analyser.analyse(doc)
    validate(rec)
    results = score.check_events(golden, rec)
    assert all(not fails for _, fails in results), [r for r in results if r[1]]
    # the headline's "first battles" and the body's "first clashes" are one event
    e1 = next(e for e in rec["events"] if e["trigger"]["text"] == "battles")
    assert [m["text"] for m in e1["mentions"]][:2] == ["battles", "clashes"]
    assert e1["status"] == "confirmed" and e1["statement"] == "s1"


# ---------------------------------------------------------------- one sentence per PLOVER type

TYPES = [
    ("AGREE", "Armenia and Azerbaijan signed a peace agreement in Washington on Friday."),
    ("CONSULT", "Hungary's foreign minister met his Chinese counterpart in Beijing on Monday."),
    ("SUPPORT", "Finland's parliament backed the country's bid to join NATO."),
    ("CONCEDE", "Belarus's president pardoned 30 political prisoners on Friday."),
    ("COOPERATE", "Azerbaijan and Georgia held joint military exercises near Tbilisi this week."),
    ("AID", "The United States delivered the first Abrams tanks to Ukraine last week."),
    ("RETREAT", "Russian troops withdrew from the city of Kherson."),
    ("REQUEST", "Poland demanded that Russia return the wreckage of the plane."),
    ("ACCUSE", "Beijing accused the United States of provoking tensions in the region."),
    ("REJECT", "Russia rejected a U.S. proposal for a 30-day ceasefire."),
    ("THREATEN", "Iran threatened to close the Strait of Hormuz."),
    ("PROTEST", "Thousands of people rallied in central Belgrade on Saturday."),
    ("SANCTION", "The European Union imposed new sanctions on Russian banks."),
    ("MOBILIZE", "Belarus deployed additional troops to its border with Ukraine."),
    ("COERCE", "Iranian authorities arrested two journalists in Tehran."),
    ("ASSAULT", "Russian forces shelled the town of Nikopol overnight."),
]


@pytest.mark.parametrize("type_,text", TYPES, ids=[t for t, _ in TYPES])
def test_each_plover_type(analyser, type_, text):
    rec = analyse(analyser, text)
    assert [e["type"] for e in rec["events"]] == [type_], [
        (e["type"], e["trigger"]["text"]) for e in rec["events"]
    ]


# ---------------------------------------------------------------- conflict: modes, ACLED, arguments


def test_battle_between_two_sides_has_both_as_actors(analyser):
    rec = analyse(analyser, "Ukrainian and Russian troops clashed near Pokrovsk on Monday.")
    ev = only(rec, "ASSAULT")
    assert ev["trigger"]["text"] == "clashed"
    assert sorted(codes(ev)) == ["RUS MIL", "UKR MIL"] and ev["targets"] == []
    assert (ev["acled_type"], ev["acled_subtype"]) == ("Battles", "Armed clash")
    assert place(rec, ev) == "Pokrovsk"


def test_missile_strike_counts_dead_and_injured(analyser):
    rec = analyse(
        analyser,
        "A Russian missile struck a residential building in Dnipro on Friday, killing four "
        "people and injuring 19, the regional governor said.",
    )
    ev = only(rec, "ASSAULT")
    assert ev["mode"] == "heavy-weapons"
    assert ev["acled_subtype"] == "Shelling/artillery/missile attack"
    assert (ev["dead"], ev["injured"]) == (4, 19)
    assert codes(ev) == ["RUS MIL"] and place(rec, ev) == "Dnipro"  # a country's missile: its military
    assert ev["status"] == "claimed" and ev["statement"] == "s1"


def test_drone_strike_mode_and_subtype(analyser):
    rec = analyse(analyser, "Ukrainian drones attacked an oil refinery in Russia's Saratov region.")
    ev = only(rec, "ASSAULT")
    assert (ev["mode"], ev["acled_subtype"]) == ("drone", "Air/drone strike")
    assert codes(ev) == ["UKR MIL"] and place(rec, ev) == "Saratov region"


def test_come_under_fire_makes_the_subject_the_target(analyser):
    rec = analyse(
        analyser,
        "Hnatiuk claimed that North Korean soldiers based in Kursk Oblast had come under fire on Sunday.",
    )
    ev = only(rec, "ASSAULT")
    assert ev["actors"] == [] and codes(ev, "targets") == ["PRK MIL"]
    assert ev["status"] == "claimed"


def test_attack_on_civilians_is_violence_against_civilians(analyser):
    rec = analyse(
        analyser, "Gunmen attacked a village in Mali's Mopti region, killing at least 26 civilians."
    )
    ev = only(rec, "ASSAULT")
    assert (ev["acled_type"], ev["acled_subtype"]) == ("Violence against civilians", "Attack")
    assert ev["mode"] == "firearms" and ev["dead"] == 26


def test_arrest_size_and_acled(analyser):
    rec = analyse(analyser, "Israeli troops detained 15 Palestinians in the West Bank.")
    ev = only(rec, "COERCE")
    assert (ev["mode"], ev["size"], ev["acled_subtype"]) == ("arrest", 15, "Arrests")
    assert codes(ev) == ["ISR MIL"] and codes(ev, "targets") == ["PSE"]


def test_mobilization_size_and_moved_units(analyser):
    rec = analyse(analyser, "Moscow has sent 9,500 North Korean troops to Bryansk Oblast.")
    ev = only(rec, "MOBILIZE")
    assert ev["mode"] == "troops" and ev["size"] == 9500
    assert codes(ev) == ["RUS GOV"] and codes(ev, "targets") == ["PRK MIL"]


def test_distractors_have_no_events(analyser):
    for text in (
        "The two candidates fought a bitter campaign battle over pensions and taxes.",
        "Shares in European defence companies rallied on Monday.",
        "The minister struck a conciliatory tone in his speech on Tuesday.",
        "Police said the explosion at the chemical plant was caused by a gas leak.",
        "The film, which depicts the battle of Stalingrad, premiered in Moscow on Friday.",
    ):
        assert analyse(analyser, text)["events"] == [], text


# ---------------------------------------------------------------- verbal acts


def test_accusation_is_an_event_and_what_it_alleges_is_claimed(analyser):
    rec = analyse(analyser, "Kyiv accused Moscow of deliberately targeting Ukraine's energy grid.")
    acc = only(rec, "ACCUSE")
    assert codes(acc) == ["UKR GOV"] and codes(acc, "targets") == ["RUS GOV"]
    hit = only(rec, "ASSAULT")
    assert codes(hit) == ["RUS GOV"] and hit["status"] == "claimed"


def test_what_is_demanded_is_not_an_event(analyser):
    rec = analyse(analyser, "Kyiv urged Moscow to withdraw its troops from the plant.")
    ev = only(rec, "REQUEST")
    assert ev["mode"] == "yield" and codes(ev, "targets") == ["RUS GOV"]
    assert len(rec["events"]) == 1


def test_promise_of_aid_is_an_agreement(analyser):
    rec = analyse(analyser, "Germany pledged a further 500 million euros in military aid to Ukraine.")
    ev = only(rec, "AGREE")
    # a country that pledges speaks through its government, as "Berlin pledged" would
    assert ev["intent"] == "AID" and codes(ev) == ["DEU GOV"]


# ---------------------------------------------------------------- status from the statement


@pytest.mark.parametrize(
    "text,status",
    [
        ("The minister confirmed that Ukrainian troops fought North Korean units near Sudzha.", "confirmed"),
        ("Zelensky claimed that Pyongyang had sent 9,500 troops to Bryansk Oblast.", "claimed"),
        ("Moscow denied that its aircraft had bombed a market in Kostiantynivka.", "denied"),
        ("Kyiv expects four brigades of 2,500 soldiers each to be moved to the southern front.", "expected"),
        (
            "Zelensky said Ukrainian forces would launch a new offensive if partners supplied more missiles.",
            "conditional",
        ),
        ("Russian troops captured the village of Novoselivka on Tuesday.", "reported"),
    ],
)
def test_status_from_the_carrying_statement(analyser, text, status):
    rec = analyse(analyser, text)
    ev = next(e for e in rec["events"] if e["type"] in ("ASSAULT", "MOBILIZE"))
    assert ev["status"] == status, (ev["trigger"]["text"], ev["status"])
    assert (ev["statement"] is None) == (status == "reported")


def test_dates_from_the_clause_or_bounded_by_publication(analyser):
    rec = analyse(
        analyser,
        "Ukrainian units launched a surprise offensive across the border in early August.",
        published="2024-11-05",
    )
    ev = only(rec, "ASSAULT")
    assert ev["date"] == {"text": "early August", "from": "2024-08-01", "to": "2024-08-10"}
    rec = analyse(analyser, "Russian forces shelled Kherson.", published="2024-11-05")
    assert only(rec, "ASSAULT")["date"] == {"text": None, "from": None, "to": "2024-11-05"}


# ---------------------------------------------------------------- one event per happening


def test_headline_and_body_mentions_are_one_event(analyser):
    title = "Kyiv confirms fresh clashes with Russian troops near Kupiansk"
    text = (
        title + "\n\nUkraine's military has confirmed fresh clashes with Russian troops near Kupiansk. "
        "The clashes lasted several hours, a spokesman said."
    )
    rec = analyse(analyser, text, title=title)
    ev = only(rec, "ASSAULT")
    assert [m["text"] for m in ev["mentions"]] == ["clashes", "clashes", "clashes"]
    assert ev["status"] == "confirmed" and [m["status"] for m in ev["mentions"]] == [
        "confirmed",
        "confirmed",
        "claimed",
    ]


def test_different_attacks_stay_apart(analyser):
    rec = analyse(
        analyser,
        "Hezbollah fired around 40 rockets at northern Israel on Sunday, and Israeli jets "
        "struck targets in southern Lebanon in response.",
    )
    assert [e["type"] for e in rec["events"]] == ["ASSAULT", "ASSAULT"]


# ---------------------------------------------------------------- the evaluation


def test_evaluation_on_a_tiny_gold_file(tmp_path, analyser):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()[:4]]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items = eeval.load_gold(str(path))
    assert len(items) == 4 and eeval.load_gold(str(path), split="test") == [
        r for r in rows if r["split"] == "test"
    ]
    result = eeval.evaluate(items, analyser)
    assert result["gold_events"] == sum(len(r["events"]) for r in rows)
    for row in ("trigger", "type", "type+actors", "full"):
        assert 0.0 <= result[row]["f1"] <= 1.0
    assert result["type"]["tp"] >= result["type+actors"]["tp"] >= result["full"]["tp"]
    text = eeval.format_report(result, show_errors=5)
    assert "type+actors" in text and "acled_subtype" in text


def test_evaluation_adds_events_to_a_default_analyser(analyser):
    plain = Analyser(extractors=[e for e in analyser.extractors if e is not events.extract], nlp=analyser.nlp)
    assert eeval.with_events(plain) is not plain and eeval.with_events(analyser) is analyser


def test_code_matching_by_prefix_and_sector():
    assert eeval.code_match("RUS", "RUS MIL") and eeval.code_match("CVL", "UKR CVL")
    assert not eeval.code_match("RUS MIL", "RUS") and not eeval.code_match("UKR", "RUS MIL")
