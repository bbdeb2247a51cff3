"""Actor mentions and their CAMEO-style codes: the seed's actors, one pattern per test, the data
files, the functions attribution can call, and `claimledger eval actors` on a tiny gold file."""

import json
from pathlib import Path

import pytest

from claimledger.analyse import actors
from claimledger.analyse.pipeline import Analyser
from claimledger.ingest.document import Document
from claimledger.record import validate

SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
SEED = SHARED / "seeds" / "000_8bc150cff370669c.txt"
GOLDEN = SHARED / "golden" / "seed.json"


@pytest.fixture(scope="module")
def analyser():
    return Analyser(extractors=[actors.extract])


def run(analyser, text):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published="2025-03-14"))
    validate(rec)
    for a in rec["actors"]:
        assert text[a["start"] : a["end"]] == a["text"]
    return rec["actors"]


def codes(found):
    return {a["text"]: a["code"] for a in found}


def one(found, text):
    hits = [a for a in found if a["text"] == text]
    assert hits, f"no actor {text!r} in {[a['text'] for a in found]}"
    return hits[0]


# ---- the seed ---------------------------------------------------------------------------------


@pytest.mark.shared
def test_seed_actors_match_golden(analyser):
    golden = json.loads(GOLDEN.read_text())
    text = SEED.read_text(encoding="utf-8").split("\u203a Subscribe")[0]
    found = run(analyser, text)
    for g in golden["actors"]:
        hits = [a for a in found if g["mention"] in a["text"]]
        assert hits, f"{g['mention']} not found"
        assert any(a["code"] == g["code"] for a in hits), (g, hits)
        if "type" in g:
            assert any(a["type"] == g["type"] for a in hits if a["code"] == g["code"]), (g, hits)


@pytest.mark.shared
def test_seed_persons_resolved_across_article(analyser):
    text = SEED.read_text(encoding="utf-8").split("\u203a Subscribe")[0]
    found = run(analyser, text)
    umerov = [a for a in found if a["name"] == "Rustem Umerov"]
    # the headline's "Defense chief", the full name, "Umerov" twice and "The minister"
    assert {a["text"] for a in umerov} >= {
        "Defense chief",
        "Ukraine's Defense Minister Rustem Umerov",
        "Umerov",
        "minister",
    }
    assert all(a["code"] == "UKR GOV" for a in umerov)
    assert one(found, "Kyiv")["name"] == "Government of Ukraine"
    assert one(found, "Moscow")["code"] == "RUS GOV"
    assert one(found, "troops")["code"] == "PRK MIL"  # "North Korea deployed 11,000 troops"


# ---- patterns -----------------------------------------------------------------------------------


def test_demonym_and_sector_noun(analyser):
    found = run(analyser, "Russian soldiers and Belarusian officials met near the border.")
    assert codes(found) == {"Russian soldiers": "RUS MIL", "Belarusian officials": "BLR GOV"}
    assert one(found, "Russian soldiers")["type"] == "group"


def test_possessive_capital_and_compound_acronym(analyser):
    found = run(analyser, "Pyongyang's forces were seen alongside DPRK soldiers and the Kremlin's troops.")
    c = codes(found)
    assert c["Pyongyang's forces"] == "PRK MIL"
    assert c["DPRK soldiers"] == "PRK MIL"
    assert c["Kremlin's troops"] == "RUS MIL"


def test_capital_and_seat_as_government(analyser):
    found = run(
        analyser, "Kyiv has accused the Kremlin of lying, and Washington said it was studying the claim."
    )
    assert codes(found) == {"Kyiv": "UKR GOV", "Kremlin": "RUS GOV", "Washington": "USA GOV"}
    assert one(found, "Kremlin")["name"] == "Government of Russia"


def test_country_acts_only_where_it_acts(analyser):
    found = run(analyser, "Russia launched missiles at targets in Ukraine, according to Poland.")
    assert codes(found) == {"Russia": "RUS", "Poland": "POL"}
    assert one(found, "Russia")["type"] == "country"


def test_person_with_role_and_later_surname(analyser):
    text = (
        "Ukraine's Defense Minister Rustem Umerov visited the front. "
        "Umerov said the brigades needed more drones."
    )
    found = run(analyser, text)
    assert one(found, "Ukraine's Defense Minister Rustem Umerov")["code"] == "UKR GOV"
    later = one(found, "Umerov")
    assert (later["name"], later["code"], later["type"]) == ("Rustem Umerov", "UKR GOV", "person")


def test_apposition_gives_the_role(analyser):
    found = run(
        analyser,
        "Marta Hnatiuk, head of the cyber unit at Ukraine's "
        "National Security and Defense Council, said the report was false.",
    )
    assert one(found, "Marta Hnatiuk")["code"] == "UKR GOV"
    council = one(found, "Ukraine's National Security and Defense Council")
    assert (council["code"], council["name"]) == ("UKR GOV", "National Security and Defense Council")
    assert "head" not in codes(found)


def test_title_resolves_to_named_person(analyser):
    text = (
        "Lithuanian intelligence chief Remigijus Vaitkus said more units were coming. "
        "The intelligence chief added that the figure could grow."
    )
    found = run(analyser, text)
    second = [a for a in found if a["text"] == "intelligence chief"]
    assert second and second[0]["name"] == "Remigijus Vaitkus" and second[0]["code"] == "LTU SPY"


def test_known_person_without_role(analyser):
    found = run(analyser, "Putin said the talks were over.")
    p = one(found, "Putin")
    assert (p["name"], p["code"], p["type"]) == ("Vladimir Putin", "RUS GOV", "person")


def test_unknown_president_takes_the_dominant_government(analyser):
    text = "Moldova's government condemned the drone incursion. President Ana Lupu called it a provocation."
    found = run(analyser, text)
    assert one(found, "President Ana Lupu")["code"] == "MDA GOV"


def test_international_organisations_keep_cameo_codes(analyser):
    found = run(analyser, "A NATO official said the IAEA and Amnesty International had been informed.")
    c = codes(found)
    assert c["NATO official"] == "IGO WST NAT"
    assert c["IAEA"] == "IGO UNO IAE"
    assert c["Amnesty International"] == "NGO HRI AMN"


def test_organisation_described_by_sector_noun(analyser):
    found = run(analyser, "The strike cut power, Ukrainian grid operator Voltaris said.")
    org = one(found, "Ukrainian grid operator Voltaris")
    assert (org["code"], org["name"], org["type"]) == ("UKR BUS", "Voltaris", "organisation")


def test_media_from_table_with_descriptor(analyser):
    found = run(analyser, "Umerov spoke to South Korean TV channel KBS on Monday.")
    kbs = one(found, "South Korean TV channel KBS")
    assert (kbs["code"], kbs["name"]) == ("KOR MED", "KBS")


def test_ethnic_group_and_demonym_people(analyser):
    found = run(analyser, "The soldiers were disguised as Buryats, and the number of North Koreans grew.")
    assert one(found, "Buryats")["code"] == "RUS" and one(found, "Buryats")["type"] == "ethnic group"
    assert one(found, "North Koreans")["code"] == "PRK"


def test_coordinated_demonyms_are_two_actors(analyser):
    found = run(analyser, "Fighting between Ukrainian and North Korean soldiers continued.")
    assert codes(found) == {"Ukrainian": "UKR MIL", "North Korean soldiers": "PRK MIL"}


def test_sponsor_is_not_the_owner(analyser):
    found = run(analyser, "Pro-Russian separatists and Iran-backed militias were blamed.")
    assert codes(found) == {"Pro-Russian separatists": "REB", "Iran-backed militias": "REB"}


def test_rebel_organisation_outranks_military_title(analyser):
    found = run(analyser, "A Hamas commander and Houthi rebels were named in the report.")
    assert codes(found) == {"Hamas commander": "PSE REB", "Houthi rebels": "YEM REB"}


def test_possessive_pronoun_and_subject_owner(analyser):
    found = run(
        analyser,
        "The Russian Defence Ministry said its troops had advanced. North Korea deployed 11,000 troops.",
    )
    troops = [a for a in found if a["text"] == "troops"]
    assert [a["code"] for a in troops] == ["RUS MIL", "PRK MIL"]


def test_hostile_verb_blocks_owner_from_subject(analyser):
    found = run(analyser, "Hamas fighters killed soldiers near the fence.")
    assert codes(found) == {"Hamas fighters": "PSE REB", "soldiers": "MIL"}


def test_place_named_like_a_person_is_no_actor(analyser):
    found = run(analyser, "Russian forces shelled the village of Bilozerka, the regional governor said.")
    assert "Bilozerka" not in codes(found)


# ---- functions for speakers and the notes for events --------------------------------------------------


def test_notes_have_token_ranges(analyser):
    from claimledger.analyse.pipeline import Context
    from claimledger.record import new_record

    text = "Moscow has deployed North Korean troops in Kursk Oblast."
    doc = analyser.nlp(text)
    ctx = Context(Document(id="t", text=text, language="en"), doc, new_record(Document(id="t", text=text)))
    actors.extract(ctx)
    s = {x["name"]: x for x in ctx.actors.notes()}
    troops = s["North Korean troops"]
    assert doc[troops["start"] : troops["end"]].text == "North Korean troops"
    assert (troops["country"], troops["sector"]) == ("PRK", "MIL")
    assert s["Government of Russia"]["code"] == "RUS GOV"


def test_code_for_mention_uses_the_article(analyser):
    text = "Ukraine's Defense Minister Rustem Umerov spoke first. Later Umerov said more."
    doc = analyser.nlp(text)
    start = text.rindex("Umerov")
    assert actors.code_for_mention(doc, start, start + len("Umerov")) == ("UKR GOV", "person")
    # a mention the actor pass does not know is coded from its role
    assert actors.code_for_mention(doc, 0, 0, role="Russia's deputy foreign minister") == ("RUS GOV", None)


@pytest.mark.parametrize(
    "role,code",
    [
        ("Ukraine's Defense Minister", "UKR GOV"),
        ("chief of the sanctions office at Ukraine's National Security and Defense Council", "UKR GOV"),
        ("army spokesman", "MIL"),
        ("Kremlin spokesman", "RUS GOV"),
        ("NATO Secretary General", "IGO WST NAT"),
        ("rebel commander", "REB"),
        ("South Korean TV channel", "KOR MED"),
    ],
)
def test_code_for_text(role, code):
    assert actors.code_for_text(role) == code


# ---- data ---------------------------------------------------------------------------------------


def test_actor_data_files_are_consistent():
    from claimledger.resources.actors import check

    assert check() == []


def test_country_table_api_kept():
    from claimledger.resources.countries import case_sensitive_alias, countries

    t = countries()
    assert t.country("DPRK").iso3 == "PRK"
    assert t.demonym("North Korean").iso3 == "PRK"
    assert t.seat("the Kremlin").iso3 == "RUS"
    assert t.any("Kyiv").iso3 == "UKR"
    assert t.seat("Belgrade").iso3 == "SRB"
    assert t.demonym("Burkinabe").iso3 == "BFA"
    assert case_sensitive_alias("US").iso3 == "USA"
    assert t.by_iso3["UKR"].name == "Ukraine"


# ---- evaluation -----------------------------------------------------------------------------------


def test_eval_on_tiny_gold(analyser, tmp_path):
    from claimledger.evaluate.actors import evaluate, format_report, load_gold

    text = "Russian soldiers and Kyiv's envoy met. Zelensky said nothing."
    rows = [
        {
            "id": "a",
            "split": "dev",
            "text": text,
            "actors": [
                {"text": "Russian soldiers", "start": 0, "end": 16, "code": "RUS MIL", "type": "group"},
                {"text": "Kyiv's envoy", "start": 21, "end": 33, "code": "UKR MIL", "type": "person"},
                {"text": "Zelensky", "start": 39, "end": 47, "code": "UKR GOV", "type": "person"},
            ],
        },
        {"id": "b", "split": "test", "text": "Nothing here.", "actors": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert len(load_gold(str(path), "dev")) == 1
    items = load_gold(str(path))
    r = evaluate(items, analyser)
    assert r["gold_actors"] == 3 and r["paired"] == 3
    assert r["overlap"]["recall"] == 1.0
    assert r["code_accuracy"] == pytest.approx(2 / 3, abs=1e-3)  # the envoy is GOV, not MIL
    assert r["country_accuracy"] == 1.0
    assert r["sector_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert any(e.get("want") == "UKR MIL" for e in r["errors"])
    report = format_report(r, show_errors=5)
    assert "code accuracy 0.667" in report and "coded" in report


def test_team_gold_set_is_well_formed():
    path = Path(__file__).parent / "gold" / "actors" / "gold.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 70
    assert sum(r["split"] == "test" for r in rows) >= len(rows) // 4
    for r in rows:
        for a in r["actors"]:
            assert r["text"][a["start"] : a["end"]] == a["text"]
            assert a["code"] and a["type"]
