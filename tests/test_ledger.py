"""The ledger across reports: identities, claims, relations, support, timelines.

Pure parts are tested on items built by hand; the whole path (ingest, analysis, store, rebuild,
CLI) on a small invented story in tests/fixtures/ledger_story.jsonl, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.ledger.build import build, claim_summary
from claimledger.ledger.items import Figure, Item, items_from_record
from claimledger.ledger.relations import _compatible
from claimledger.ledger.speakers import first_names_agree, fold_name, resolve
from claimledger.ledger.timeline import timeline

FIXTURES = Path(__file__).parent / "fixtures"
STORY = FIXTURES / "ledger_story.jsonl"


# -- speakers -----------------------------------------------------------------------------


def test_transliterations_fold_together():
    assert fold_name("Zelensky") == fold_name("Zelenskyy") == fold_name("Zelenskiy")
    assert fold_name("Mohammed") == fold_name("Muhammad")
    assert fold_name("Oleksandr") == fold_name("Aleksandr")
    assert fold_name("Budanov") != fold_name("Bondar")


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Kirill", "Kyrylo", True),
        ("Pat", "Patrick", True),
        ("Yusuf", "Youssef", True),
        ("K.", "Kyrylo", True),
        ("Anna", "Peter", False),
        ("Ivan", "Irina", False),
    ],
)
def test_first_names(a, b, same):
    assert first_names_agree(a, b) is same


_N = iter(range(10_000))


def item(
    report="r1",
    speaker="Anna Novak",
    stype="person",
    content="the bridge was closed",
    stance="assert",
    date="2025-01-01",
    figures=(),
    root=None,
    doc=None,
    outlet=None,
    cited=None,
    countries=(),
    role=None,
    negated=False,
):
    n = next(_N)
    doc = doc if doc is not None else abs(hash(report)) % 100_000
    return Item(
        document_id=doc,
        root_id=root if root is not None else doc,
        report=report,
        sid=f"s{n}",
        outlet=outlet or f"outlet of {report}",
        url=f"https://{report}.test/",
        date=date,
        dated=True,
        position=n,
        speaker_text=speaker,
        speaker_name=speaker,
        speaker_type=stype,
        speaker_actor=None,
        speaker_role=role,
        content=content,
        stance=stance,
        negated=negated,
        kind="indirect",
        cited_source=cited,
        parent=None,
        figures=list(figures),
        countries=list(countries),
    )


def troops(value=None, low=None, high=None, bound=None, counts="Chadian troops"):
    lo = value if value is not None else low
    hi = value if value is not None else high
    return Figure(float(lo), float(hi), bound, counts, None, None, f"{value or low} troops")


def test_spelling_variants_are_one_identity_and_namesakes_are_two():
    items = [
        item("r1", "Volodymyr Zelensky"),
        item("r2", "Volodymyr Zelenskyy"),
        item("r3", "Zelenskiy"),
        item("r4", "Kirill Budanov"),
        item("r5", "Kyrylo Budanov"),
        item("r6", "Anna Novak"),
        item("r7", "Peter Novak"),
        item("r8", "Novak"),  # two Novaks known: a bare surname joins neither
    ]
    identities = resolve(items)
    ids = [it.identity for it in items]
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] == ids[4]
    assert len({ids[5], ids[6], ids[7]}) == 3
    assert identities[ids[0]].name in ("Volodymyr Zelensky", "Volodymyr Zelenskyy")


def test_bodies_and_seats_of_government_share_an_identity():
    items = [
        item("r1", "Belarus's Defence Ministry", "organisation"),
        item("r2", "the Belarusian Defense Ministry", "organisation"),
        item("r3", "Government of Russia", "country"),
        item("r4", "the Kremlin", "organisation"),
    ]
    resolve(items)
    assert items[0].identity == items[1].identity
    assert items[2].identity == items[3].identity


def test_a_countrys_spy_agency_is_its_one_known_intelligence_service():
    items = [
        item("r1", "South Korea's spy agency", "organisation"),
        item("r2", "the National Intelligence Service", "organisation"),
        item("r3", "Ukraine's intelligence service", "organisation"),  # two known: stays apart
        item("r4", "the SBU", "organisation"),
    ]
    resolve(items)
    assert items[0].identity == items[1].identity
    assert items[2].identity != items[3].identity


def test_a_spokesperson_speaks_for_the_body():
    items = [item("r1", "Maria Zakharova", role="spokeswoman for Russia's Foreign Ministry")]
    identities = resolve(items)
    assert identities[items[0].identity].speaks_for == "org:RUS foreign ministry"


# -- claims and relations -----------------------------------------------------------------


def test_one_figure_repeated_is_one_claim_with_repeats_corroboration_and_copies():
    a = item("wire", "Ali Hassan", content="Chad sent 3,000 troops", figures=[troops(3000)], doc=1)
    copy = item("copy", "Ali Hassan", content="Chad sent 3,000 troops", figures=[troops(3000)], doc=2, root=1)
    relay = item(
        "relay", "Ali Hassan", content="3,000 Chadian troops were sent", figures=[troops(3000)], doc=3
    )
    other = item(
        "other",
        "Jean Moreau",
        content="satellite images show about 3,000 soldiers from Chad",
        figures=[troops(3000, bound="about", counts="soldiers from Chad")],
        doc=4,
        date="2025-01-02",
    )
    ledger = build([a, copy, relay, other])
    (claim,) = [c for c in ledger.claims if c.kind == "quantity"]
    assert [claim.relations[i] for i in range(4)] == ["origin", "repeats", "repeats", "corroborates"]
    assert claim.origins == 2
    assert claim.outlets == 4
    assert claim.status == "claimed"


def test_a_denial_makes_the_claim_contested():
    a = item("r1", "Ali Hassan", content="the convoy was attacked near the border", doc=1)
    b = item(
        "r2",
        "Government of Niger",
        "country",
        content="the convoy was attacked near the border",
        stance="deny",
        doc=2,
        date="2025-01-02",
    )
    ledger = build([a, b])
    (claim,) = ledger.claims
    assert claim.relations[1] == "contradicts"
    assert claim.status == "contested"


def test_a_new_figure_from_the_same_speaker_revises_and_other_figures_contradict():
    first = item(
        "r1", "Ali Hassan", content="Chad sent 3,000 troops", figures=[troops(3000)], countries=["TCD"], doc=1
    )
    revised = item(
        "r2",
        "Ali Hassan",
        content="Chad has now sent 5,000 troops",
        figures=[troops(5000)],
        countries=["TCD"],
        doc=2,
        date="2025-01-08",
    )
    rival = item(
        "r3",
        "Jean Moreau",
        content="Chad sent no more than 500 troops",
        figures=[troops(500, bound="up to")],
        countries=["TCD"],
        doc=3,
        date="2025-01-09",
    )
    ledger = build([first, revised, rival])
    by_value = {c.figure.low: c for c in ledger.claims if c.figure}
    rels = {
        (r.type, by_value_key(by_value, r.source), by_value_key(by_value, r.target)) for r in ledger.relations
    }
    assert ("revises", 5000.0, 3000.0) in rels
    assert ("contradicts", 500.0, 5000.0) in rels
    # "no more than 500" cannot hold beside 3,000 either: eight days apart, other origins
    assert ("contradicts", 500.0, 3000.0) in rels
    # a revision is not also a contradiction
    assert ("contradicts", 5000.0, 3000.0) not in rels


def by_value_key(by_value, claim_id):
    return next(v for v, c in by_value.items() if c.id == claim_id)


def test_figures_that_can_both_hold():
    assert _compatible(troops(3000, bound="about"), troops(3200))
    assert _compatible(troops(low=11000, high=12000), troops(11500))
    assert _compatible(troops(3000, bound="at least"), troops(9000))
    assert not _compatible(troops(3000), troops(5000))
    assert not _compatible(troops(500, bound="up to"), troops(3000))


def test_the_same_words_credited_to_someone_else_are_a_misattribution():
    a = item(
        "r1",
        "Ali Hassan",
        content="3,000 Chadian troops crossed the river at night",
        figures=[troops(3000)],
        doc=1,
    )
    b = item(
        "r2",
        "Jean Moreau",
        content="3,000 Chadian troops crossed the river",
        figures=[troops(3000)],
        doc=2,
        date="2025-01-03",
    )
    ledger = build([a, b])
    (claim,) = ledger.claims
    assert claim.relations[1] == "misattributes"
    assert claim.origins == 1


def test_a_short_body_name_is_the_one_its_report_names_in_full():
    its = [
        item("r1", "Russia's Defence Ministry", stype="organisation"),
        item("r1", "the Defence Ministry", stype="organisation"),
        item("r2", "Ukraine's Defence Ministry", stype="organisation"),
        item("r2", "the Defence Ministry", stype="organisation"),
        item("r3", "the Defence Ministry", stype="organisation"),
        item("r4", "Ministry of Foreign Affairs of Poland", stype="organisation"),
        item("r5", "Poland's Foreign Ministry", stype="organisation"),
        item("r6", "its foreign ministry", stype="organisation"),
    ]
    resolve(its)
    assert its[1].identity == its[0].identity != its[2].identity == its[3].identity
    # a report naming neither leaves the short name apart
    assert its[4].identity not in (its[0].identity, its[2].identity)
    assert its[5].identity == its[6].identity
    # "its foreign ministry" is a foreign ministry, the only one known in full
    assert its[7].identity == its[5].identity


def test_a_spokesperson_speaks_for_the_body_of_their_report():
    its = [
        item("r1", "Chile's Health Ministry", stype="organisation"),
        item("r1", "Ana Rojas", role="ministry spokeswoman, Colonel"),
        item("r2", "Peru's Health Ministry", stype="organisation"),
        item("r3", "Chile's National Emergency Office", stype="organisation"),
        item("r3", "Luis Vera", role="NEO spokesman"),
    ]
    identities = resolve(its)
    # the rank after "spokeswoman" is not a body; "ministry" is the one her report names
    assert identities[its[1].identity].speaks_for == its[0].identity
    # an acronym is the body whose initials it spells, in the same report
    assert identities[its[4].identity].speaks_for == its[3].identity


def test_timeline_one_point_per_figure_with_every_report():
    its = [
        item(
            "r1",
            "Ali Hassan",
            content="Chad sent 3,000 troops",
            figures=[troops(3000)],
            countries=["TCD"],
            doc=1,
        ),
        item(
            "r2",
            "Ali Hassan",
            content="Chad sent 3,000 troops",
            figures=[troops(3000)],
            countries=["TCD"],
            doc=2,
            date="2025-01-02",
        ),
        item(
            "r3",
            "Ali Hassan",
            content="between 4,000 and 4,500 troops",
            figures=[troops(low=4000, high=4500)],
            doc=3,
            date="2025-01-05",
        ),
        item(
            "r4",
            "Ali Hassan",
            content="12 people died",
            figures=[Figure(12, 12, None, "people", "dead", None, "12")],
            doc=4,
        ),
    ]
    ledger = build(its)
    summaries = [claim_summary(c, ledger) for c in ledger.claims]
    pts = timeline(summaries, "Chadian troops")
    assert [(p["value"], p["low"], p["high"]) for p in pts] == [(3000.0, None, None), (None, 4000.0, 4500.0)]
    assert pts[0]["reports"] == ["r1", "r2"]
    assert timeline(summaries, "dead")[0]["value"] == 12.0
    assert timeline(summaries, "Nigerian troops") == []


def test_timeline_shows_each_figure_once():
    """The same figure from a second source, or given without its noun, is the first point's."""
    its = [
        item("r1", "Ali Hassan", content="1,200 Chadian troops crossed", figures=[troops(1200)], doc=1),
        item(
            "r2",
            "Radio Lac",
            stype="organisation",
            content="1,200 Chadian troops crossed the river near Bol",
            figures=[troops(1200)],
            doc=2,
            date="2025-01-09",
        ),
        item(
            "r3",
            "Fatime Deby",
            content="put the number who crossed at 1,200",
            figures=[Figure(1200, 1200, None, "", None, None, "1,200")],
            countries=["TCD"],
            doc=3,
            date="2024-12-30",
        ),
    ]
    ledger = build(its)
    summaries = [claim_summary(c, ledger) for c in ledger.claims]
    pts = timeline(summaries, "Chadian troops crossed")
    assert len(pts) == 1
    assert set(pts[0]["reports"]) == {"r1", "r2", "r3"}
    assert pts[0]["date"] == "2024-12-30"


def test_timeline_query_names_must_all_occur():
    """ "Wagner fighters in Kidal": a figure for other fighters is not a point of it, even
    when its statement names one of the two."""
    its = [
        item(
            "r1",
            "Awa Diallo",
            content="about 1,000 Wagner fighters in Kidal",
            figures=[troops(1000, counts="Wagner fighters")],
            doc=1,
        ),
        item(
            "r2",
            "Omar Sow",
            content="400 fighters crossed from Kidal into the desert",
            figures=[troops(400, counts="fighters")],
            doc=2,
            date="2025-01-04",
        ),
    ]
    ledger = build(its)
    summaries = [claim_summary(c, ledger) for c in ledger.claims]
    assert [p["value"] for p in timeline(summaries, "Wagner fighters in Kidal")] == [1000.0]
    # a name matches its derived forms
    assert [p["value"] for p in timeline(summaries, "Wagner fighters in Kidali villages")] == [1000.0]
    # without capitals one shared word is enough, as before
    assert sorted(p["value"] for p in timeline(summaries, "fighters in kidal")) == [400.0, 1000.0]


def test_items_take_figures_inside_the_content_only():
    record = {
        "id": "x",
        "published": "2025-02-01",
        "text": "Officials said 40 people were hurt. Another 12 were missing.",
        "statements": [
            {
                "id": "s1",
                "speaker": {"text": "Officials", "start": 0, "end": 9, "name": "Officials", "type": "group"},
                "content": {"text": "40 people were hurt", "start": 15, "end": 34},
                "stance": "assert",
            }
        ],
        "quantities": [
            {"text": "40 people", "start": 15, "end": 24, "value": 40, "counts": "people", "role": "injured"},
            {"text": "12", "start": 44, "end": 46, "value": 12, "counts": "people"},
        ],
    }
    (it,) = items_from_record(record, document_id=1, root_id=None)
    assert [f.low for f in it.figures] == [40.0]
    assert it.date == "2025-02-01" and it.dated


def test_an_undated_report_takes_its_ingestion_date_and_is_flagged():
    record = {
        "id": "x",
        "published": None,
        "statements": [{"id": "s1", "content": {"text": "a", "start": 0, "end": 1}}],
    }
    (it,) = items_from_record(record, document_id=1, root_id=None, fallback_date="2026-12-04T10:00:00")
    assert it.date == "2026-12-04" and not it.dated


# -- the whole path: ingest, store, CLI ----------------------------------------------------


@pytest.fixture
def story_db(db_url):
    r = CliRunner().invoke(main, ["ingest", str(STORY), "--db", db_url, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "ledger:" in r.output
    return db_url


def _claims(db, *args):
    r = CliRunner().invoke(main, ["claims", "--db", db, "--format", "json", *args])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_claims_across_the_story(story_db):
    claims = _claims(story_db, "--kind", "quantity")
    by_label = {c["label"]: c for c in claims}
    twelve = next(c for label, c in by_label.items() if label.startswith("12 "))
    fifteen = next(c for label, c in by_label.items() if label.startswith("15 "))
    # fleet-03 also carries "satellite images showed 12 ...", nested in the institute's statement
    assert [s["report"] for s in twelve["statements"]][:3] == ["fleet-01", "fleet-02", "fleet-03"]
    assert [s["relation"] for s in twelve["statements"]][:3] == ["origin", "repeats", "corroborates"]
    assert {s["report"] for s in twelve["statements"]} == {"fleet-01", "fleet-02", "fleet-03"}
    assert twelve["origins"] == 2 and twelve["outlets"] == 3
    assert twelve["first_reported"] == {
        "date": "2025-05-02",
        "dated": True,
        "outlet": "Harbour Wire",
        "url": "https://harbourwire.test/2025/05/02/frigates",
        "report": "fleet-01",
    }
    assert {"type": "revises", "claim": twelve["id"], "direction": "to"} in fifteen["relations"]
    assert [s["relation"] for s in fifteen["statements"]] == ["origin", "misattributes"]
    for key in (
        "id",
        "label",
        "kind",
        "status",
        "origins",
        "outlets",
        "first_reported",
        "statements",
        "relations",
    ):
        assert key in twelve
    for key in ("report", "url", "outlet", "published", "speaker", "content", "relation"):
        assert key in twelve["statements"][0]


def test_claims_filters(story_db):
    assert {c["status"] for c in _claims(story_db, "--contested")} <= {"contested", "denied", "claimed"}
    denied = _claims(story_db, "--contested")
    assert any(c["status"] == "denied" for c in denied)
    assert all(c["kind"] == "quantity" for c in _claims(story_db, "--kind", "quantity"))
    found = _claims(story_db, "--speaker", "Kowalczyk")
    assert found and all(any("Kowalczyk" in s["speaker"] for s in c["statements"]) for c in found)
    assert _claims(story_db, "--search", "frigates", "--since", "2025-05-05")
    assert _claims(story_db, "--until", "2025-01-01") == []


def test_claim_command_and_unknown_claim(story_db):
    cid = _claims(story_db)[0]["id"]
    r = CliRunner().invoke(main, ["claim", cid, "--db", story_db])
    assert r.exit_code == 0 and cid in r.output and "statements:" in r.output
    r = CliRunner().invoke(main, ["claim", cid, "--db", story_db, "--format", "json"])
    assert json.loads(r.stdout)["id"] == cid
    r = CliRunner().invoke(main, ["claim", "cnope", "--db", story_db])
    assert r.exit_code == 1
    assert "no such claim" in r.stderr


def test_timeline_command(story_db, tmp_path):
    r = CliRunner().invoke(main, ["timeline", "Russian frigates", "--db", story_db, "--format", "json"])
    assert r.exit_code == 0
    pts = json.loads(r.stdout)
    assert [p["value"] for p in pts] == [12.0, 15.0]
    assert pts[0]["speaker"] == "Tomasz Kowalczyk" and pts[0]["date"] == "2025-05-02"
    assert set(pts[0]) >= {
        "date",
        "value",
        "low",
        "high",
        "bound",
        "counted",
        "scope",
        "speaker",
        "cited_source",
        "status",
        "urls",
        "claim",
    }
    r = CliRunner().invoke(main, ["timeline", "refugees", "--db", story_db, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == [] and "nothing matched" in r.stderr
    svg = tmp_path / "t.svg"
    r = CliRunner().invoke(
        main, ["timeline", "frigates", "--db", story_db, "--format", "svg", "-o", str(svg)]
    )
    assert r.exit_code == 0 and svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    assert "<script" not in svg.read_text()
    r = CliRunner().invoke(main, ["timeline", "frigates", "--db", story_db, "--format", "csv"])
    assert r.stdout.splitlines()[0].startswith("date,value,low,high")


def test_speakers_command(story_db):
    r = CliRunner().invoke(main, ["speakers", "--db", story_db, "--format", "json"])
    rows = json.loads(r.stdout)
    kowalczyk = next(s for s in rows if s["name"] == "Tomasz Kowalczyk")
    assert kowalczyk["statements"] >= 4 and "Kowalczyk" in kowalczyk["aliases"]


def test_reingest_and_reanalyse_keep_claim_ids(story_db):
    before = {c["id"] for c in _claims(story_db)}
    r = CliRunner().invoke(main, ["reanalyse", "--db", story_db, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert {c["id"] for c in _claims(story_db)} == before


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.shared
def test_seed_figures_are_timeline_points(tmp_path):
    seed = sorted((SHARED / "seeds").glob("*.txt"))[0]
    db = f"sqlite:///{tmp_path}/seed.db"
    r = CliRunner().invoke(
        main, ["ingest", str(seed), "--published", "2024-11-05", "--db", db, "--no-progress"]
    )
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["timeline", "North Korean troops", "--db", db, "--format", "json"])
    pts = {p["value"]: p for p in json.loads(r.stdout)}
    assert pts[11000.0]["speaker"] == "Volodymyr Zelensky"
    assert "intelligence report" in pts[11000.0]["cited_source"]
    assert pts[15000.0]["status"] == "expected"


def test_undated_and_foreign_reports(tmp_path):
    rows = [
        {
            "id": "nodate-1",
            "outlet": "Harbour Wire",
            "published": None,
            "title": "Port closed",
            "text": "Harbour master Lena Sørensen said on Monday that 40 ships were waiting outside the port.",
        },
        {
            "id": "fr-1",
            "outlet": "Le Quotidien",
            "published": "2025-05-02",
            "title": "Le port reste fermé",
            "text": (
                "Le capitaine du port a déclaré lundi que quarante navires attendaient devant le port, "
                "et que la situation ne s'améliorerait pas avant la fin de la semaine prochaine."
            ),
        },
    ]
    src = tmp_path / "rows.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path}/l.db"
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "undated" in r.stderr and "not analysed" in r.stderr
    r = CliRunner().invoke(main, ["claims", "--db", db, "--format", "json"])
    claims = json.loads(r.stdout)
    assert claims and all(c["statements"][0]["report"] == "nodate-1" for c in claims)
    assert claims[0]["first_reported"]["dated"] is False and claims[0]["first_reported"]["date"]
    assert "1 reports not analysed" in r.stderr


def test_eval_ledger_on_a_small_story(tmp_path):
    story = tmp_path / "gold" / "dev" / "fleet"
    story.mkdir(parents=True)
    (story / "reports.jsonl").write_text(STORY.read_text())
    gold = {
        "story": "fleet",
        "claims": [
            {
                "id": "C1",
                "label": "12 Russian frigates near the strait",
                "kind": "quantity",
                "status": "claimed",
                "origins": 2,
                "outlets": 3,
                "first_reported": "fleet-01",
                "statements": [
                    {
                        "report": "fleet-01",
                        "speaker": "Tomasz Kowalczyk",
                        "content_has": "12 Russian frigates had gathered",
                        "relation": "origin",
                    },
                    {
                        "report": "fleet-02",
                        "speaker": "Tomasz Kowalczyk",
                        "content_has": "12 Russian frigates had gathered",
                        "relation": "repeats",
                    },
                    {
                        "report": "fleet-03",
                        "speaker": "Stockholm Naval Institute",
                        "content_has": "satellite images showed 12",
                        "relation": "corroborates",
                    },
                ],
            },
            {
                "id": "C2",
                "label": "15 Russian frigates near the strait",
                "kind": "quantity",
                "status": "claimed",
                "origins": 1,
                "outlets": 2,
                "first_reported": "fleet-04",
                "statements": [
                    {
                        "report": "fleet-04",
                        "speaker": "Tomasz Kowalczyk",
                        "content_has": "15 Russian frigates were now",
                        "relation": "origin",
                    },
                    {
                        "report": "fleet-05",
                        "speaker": "Ingrid Dahl",
                        "content_has": "15 Russian frigates were now",
                        "relation": "misattributes",
                    },
                ],
            },
        ],
        "claim_relations": [{"type": "revises", "from": "C2", "to": "C1"}],
        "timelines": [
            {
                "query": "Russian frigates",
                "counted": "Russian frigates near the strait",
                "points": [
                    {
                        "date": "2025-05-02",
                        "value": 12,
                        "bound": None,
                        "speaker": "Tomasz Kowalczyk",
                        "status": "claimed",
                        "reports": ["fleet-01", "fleet-02", "fleet-03"],
                    },
                    {
                        "date": "2025-05-09",
                        "value": 15,
                        "bound": None,
                        "speaker": "Tomasz Kowalczyk",
                        "status": "claimed",
                        "reports": ["fleet-04", "fleet-05"],
                    },
                ],
            }
        ],
    }
    (story / "gold.json").write_text(json.dumps(gold))
    r = CliRunner().invoke(main, ["eval", "ledger", str(tmp_path / "gold"), "--format", "json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["reports"] == 5 and result["gold_statements"] == 5
    assert result["statements_found"] == 1.0
    assert result["claims_bcubed"]["f1"] == 1.0
    assert result["statement_relation_accuracy"] == 1.0
    assert result["claim_relation_recall"] == 1.0
    assert result["timeline"] == {"recall": 1.0, "precision": 1.0, "gold_points": 2, "system_points": 2}
    r = CliRunner().invoke(main, ["eval", "ledger", str(tmp_path / "gold"), "--split", "blind"])
    assert r.exit_code == 2 and "no gold.json" in r.output


def test_a_store_from_before_the_ledger_says_how_to_build_it(tmp_path):
    from claimledger.store.db import Store
    from claimledger.store.schema import ledger_claims

    db = f"sqlite:///{tmp_path}/old.db"
    r = CliRunner().invoke(main, ["ingest", str(STORY), "--db", db, "--no-progress"])
    assert r.exit_code == 0
    with Store(db) as store, store._write() as conn:  # as a store migrated from 0001 would be
        conn.execute(ledger_claims.delete())
    r = CliRunner().invoke(main, ["claims", "--db", db])
    assert r.exit_code == 0 and "claimledger reanalyse" in r.stderr
    CliRunner().invoke(main, ["reanalyse", "--db", db, "--no-progress"])
    r = CliRunner().invoke(main, ["claims", "--db", db, "--format", "json"])
    assert json.loads(r.stdout) and "ledger is empty" not in r.stderr


def test_not_denying_and_withholding_are_no_denials():
    said = item("r1", "Ali Hassan", content="the convoy was attacked near the border", doc=1)
    not_denied = item(
        "r2",
        "Government of Niger",
        "country",
        content="the convoy was attacked near the border",
        stance="deny",
        negated=True,
        doc=2,
    )
    withheld = item(
        "r3",
        "Jean Moreau",
        content="the convoy was attacked near the border",
        stance="confirm",
        negated=True,
        doc=3,
    )
    assert not not_denied.denies and not withheld.denies and withheld.withholds
    ledger = build([said, not_denied, withheld])
    (claim,) = ledger.claims
    assert claim.status == "claimed"
    assert "contradicts" not in claim.relations.values()


def test_a_figure_contradicted_by_another_is_contested():
    first = item(
        "r1", "Ali Hassan", content="Chad sent 3,000 troops", figures=[troops(3000)], countries=["TCD"], doc=1
    )
    rival = item(
        "r2",
        "Jean Moreau",
        content="Chad sent no more than 500 troops",
        figures=[troops(500, bound="up to")],
        countries=["TCD"],
        doc=2,
        date="2025-01-03",
    )
    ledger = build([first, rival])
    assert {c.status for c in ledger.claims} == {"contested"}


def test_a_relayed_figure_has_the_relayed_speakers_origin():
    record = {
        "id": "x",
        "published": "2025-02-01",
        "statements": [
            {
                "id": "s1",
                "speaker": {"text": "The radio", "name": "The radio", "type": "organisation"},
                "content": {"text": "the governor put the toll at 40", "start": 0, "end": 31},
                "stance": "assert",
            },
            {
                "id": "s2",
                "speaker": {"text": "the governor", "name": "Ana Pop", "type": "person"},
                "content": {"text": "the toll at 40", "start": 17, "end": 31},
                "stance": "estimate",
                "parent": "s1",
            },
        ],
        "quantities": [{"text": "40", "start": 29, "end": 31, "value": 40, "counts": "toll", "role": "dead"}],
    }
    outer, inner = items_from_record(record, document_id=1, root_id=None)
    assert outer.relayed is inner and [f.low for f in outer.figures] == [40.0]
    first = item(
        "r0",
        "Ana Pop",
        content="the governor put the toll at 40",
        figures=[Figure(40, 40, None, "toll", "dead", None, "40")],
        doc=9,
        date="2025-01-31",
    )
    ledger = build([first, outer, inner])
    (claim,) = [c for c in ledger.claims if c.kind == "quantity"]
    assert claim.origins == 1


def test_timeline_names_and_their_derived_forms():
    from claimledger.ledger.timeline import _derived

    assert _derived("velmora", "velmoran") and _derived("sudan", "sudanese")
    assert not _derived("iran", "iraq") and not _derived("mali", "malawi")
