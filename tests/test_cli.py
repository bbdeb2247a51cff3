"""The command line end to end: real files, the real model, a real SQLite file and a real
PostgreSQL server (db_url is parametrised over both in conftest.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.record import validate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"

GOOD_TEXT = """Officials confirm ferry service resumes on the Danube

The regional governor said on Friday that the ferry between the two river ports would run again from Monday.

"We have cleared the channel of debris," the governor told reporters in a briefing.
"""
OTHER_TEXT = """Grain convoy reaches the port after delays

A convoy of forty lorries carrying grain reached the port on Thursday, according to the port authority.

The harbour master said the loading would take three days.
"""


def run(args, input=None):
    result = CliRunner().invoke(main, args, input=input, catch_exceptions=False)
    return result


@pytest.fixture
def mixed_dir(tmp_path):
    """A directory with good reports and every kind of bad input."""
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD_TEXT)
    (d / "other.txt").write_text(OTHER_TEXT)
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03PNG\x00\x00" * 50)
    (d / "latin1.txt").write_bytes("Le ministre a d\xe9clar\xe9 que".encode("latin-1") + b"\xff\xfe")
    (d / "rows.jsonl").write_text(
        json.dumps({"id": "row-1", "text": OTHER_TEXT.replace("forty", "fifty"), "published": "2025-02-01"})
        + "\n{broken json\n"
    )
    (d / "nothing.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    (d / "broken.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort")
    return d


def test_ingest_mixed_directory_reports_failures_and_keeps_the_rest(mixed_dir, db_url):
    r = run(["ingest", str(mixed_dir), "--db", db_url, "--published", "2025-01-10", "--no-progress"])
    assert r.exit_code == 1, r.output
    err = r.stderr
    for name, reason in (
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("rows.jsonl:2", "JSON"),
        ("nothing.html", "no article text"),
        ("broken.warc", ""),
    ):
        line = next((ln for ln in err.splitlines() if name in ln), None)
        assert line is not None, (name, err)
        assert reason.lower() in line.lower(), line
    assert "3 new" in err and "6 failed" in err
    assert "skipped" not in err
    led = run(["ledger", "--db", db_url, "--format", "json"])
    rows = json.loads(led.stdout)
    assert {r["ext_id"] for r in rows} >= {str(mixed_dir / "good.txt"), "row-1"}
    # nothing half-written: every stored report has its statements and record
    from claimledger.store import queries
    from claimledger.store.db import Store

    with Store(db_url) as store:
        assert queries.counts(store)["documents"] == 3


def test_reingest_is_idempotent_and_near_duplicates_are_linked(tmp_path, db_url):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_TEXT)
    first = run(["ingest", str(d), "--db", db_url, "--no-progress"])
    assert first.exit_code == 0 and "1 new" in first.stderr
    again = run(["ingest", str(d), "--db", db_url, "--no-progress"])
    assert again.exit_code == 0 and "1 unchanged" in again.stderr and "0 new" in again.stderr
    copy = d / "copy.txt"
    copy.write_text(
        "By River Wire | Republished with permission\n\n"
        + GOOD_TEXT.split("\n", 2)[2]
        + "\nCopyright River Wire. All rights reserved.\n"
    )
    third = run(["ingest", str(copy), "--db", db_url, "--no-progress"])
    assert "1 near-duplicates" in third.stderr, third.stderr
    rep = json.loads(run(["show", str(copy), "--db", db_url, "--format", "json"]).stdout)
    assert rep["duplicate_of"] is not None


def test_bundled_examples_link_the_republished_wire_story(tmp_path):
    db = f"sqlite:///{tmp_path / 'ex.db'}"
    r = run(["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    assert r.exit_code == 0, r.stderr
    copy = json.loads(
        run(
            [
                "show",
                str(EXAMPLES / "2025-03-03_dnipro-evening-courier_wire-republish.txt"),
                "--db",
                db,
                "--format",
                "json",
            ]
        ).stdout
    )
    wire = json.loads(
        run(
            [
                "show",
                str(EXAMPLES / "2025-03-03_eastern-front-wire_belarusian-engineers.html"),
                "--db",
                db,
                "--format",
                "json",
            ]
        ).stdout
    )
    # whichever was read first is the root; the other points to it
    assert copy["duplicate_of"] == wire["id"] or wire["duplicate_of"] == copy["id"]
    assert copy["record"]["published"] == "2025-03-03"  # from the .meta.json sidecar
    others = json.loads(
        run(
            [
                "show",
                str(EXAMPLES / "2025-03-06_baltic-ledger_lithuanian-estimate.html"),
                "--db",
                db,
                "--format",
                "json",
            ]
        ).stdout
    )
    assert others["duplicate_of"] is None


def test_extract_is_stateless_and_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(GOOD_TEXT)
    r = run(["extract", str(tmp_path / "r.txt"), "--published", "2025-03-01"])
    assert r.exit_code == 0
    rec = json.loads(r.stdout.splitlines()[0])
    validate(rec)
    assert rec["published"] == "2025-03-01" and rec["title"].startswith("Officials confirm")
    assert not list(tmp_path.glob("*.db"))


def test_extract_streams_jsonl_from_stdin_and_reports_bad_rows():
    rows = [
        json.dumps({"id": f"r{i}", "text": OTHER_TEXT, "published": f"2025-02-0{1 + i % 9}"})
        for i in range(40)
    ]
    rows.insert(7, "not json at all")
    r = run(["extract", "-", "--format", "json"], input="\n".join(rows) + "\n")
    assert r.exit_code == 1
    assert "<stdin>:8" in r.stderr
    recs = json.loads(r.stdout)
    assert [x["id"] for x in recs] == [f"r{i}" for i in range(40)]


def test_ledger_filters_and_formats(tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    run(["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    every = json.loads(run(["ledger", "--db", db, "--format", "json"]).stdout)
    assert len(every) > 20
    independent = json.loads(run(["ledger", "--db", db, "--format", "json", "--no-copies"]).stdout)
    copied = [r for r in every if r["duplicate_of"] is not None]
    assert copied and len(independent) == len(every) - len(copied)
    denials = json.loads(run(["ledger", "--db", db, "--format", "json", "--stance", "deny"]).stdout)
    assert denials and all(r["stance"] == "deny" for r in denials)
    early = json.loads(run(["ledger", "--db", db, "--format", "json", "--until", "2025-03-05"]).stdout)
    assert early and all(r["published"] <= "2025-03-05" for r in early)
    found = json.loads(run(["ledger", "--db", db, "--format", "json", "--search", "battalions"]).stdout)
    assert found and all("battalion" in (r["content"] + r["speaker"]).lower() for r in found)
    csv_out = run(["ledger", "--db", db, "--format", "csv", "--speaker", "Vaitkus"]).stdout
    assert csv_out.splitlines()[0].startswith("published,") and len(csv_out.splitlines()) > 1
    assert len(
        json.loads(run(["ledger", "--db", db, "--format", "json", "--until", "9999-12-31"]).stdout)
    ) == len(every)
    table = run(["ledger", "--db", db, "--limit", "3"])
    assert table.exit_code == 0 and "statements" in table.stdout


def test_export_and_reanalyse(tmp_path):
    db = f"sqlite:///{tmp_path / 'e.db'}"
    run(["ingest", str(EXAMPLES / "reports.jsonl"), "--db", db, "--no-progress"])
    out = tmp_path / "out.jsonl"
    assert run(["export", "--db", db, "--format", "jsonl", "-o", str(out)]).exit_code == 0
    recs = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert len(recs) == 3
    for rec in recs:
        validate(rec)
    csv_path = tmp_path / "out.csv"
    run(["export", "--db", db, "--format", "csv", "-o", str(csv_path)])
    assert csv_path.read_text().count("\n") > 3
    geo = tmp_path / "places.geojson"
    assert run(["export", "--db", db, "--format", "geojson", "-o", str(geo)]).exit_code == 0
    fc = json.loads(geo.read_text())
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        rec = next(r for r in recs if r["id"] == f["properties"]["report"])
        assert rec["text"][f["properties"]["start"] : f["properties"]["end"]] == f["properties"]["mention"]
    r = run(["reanalyse", "--db", db, "--no-progress"])
    assert r.exit_code == 0 and "reanalysed 3 reports" in r.stderr


def test_bad_arguments_are_clear(tmp_path):
    r = run(
        ["ingest", str(tmp_path / "missing.txt"), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--no-progress"]
    )
    assert r.exit_code == 1 and "missing.txt: no such file" in r.stderr
    r = run(["extract", "x.txt", "--published", "not a date"])
    assert r.exit_code == 2 and "not a date" in r.output
    r = run(["show", "nope", "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert r.exit_code == 1 and "no such report" in r.stderr


@pytest.mark.shared
def test_seed_against_golden():
    """Issue 2's bar on the seed: title, every boilerplate block, and the statements."""
    import importlib.util

    seed = sorted((SHARED / "seeds").glob("*.txt"))[0]
    r = run(["extract", str(seed), "--published", "2024-11-05"])
    rec = json.loads(r.stdout.splitlines()[0])
    spec = importlib.util.spec_from_file_location("score_seed", SHARED / "tools" / "score_seed.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((SHARED / "golden" / "seed.json").read_text())
    cleaning = score.check_cleaning(gold, rec)
    assert all(not fails for _, fails in cleaning), cleaning
    statements = score.check_statements(gold, rec)
    hits = sum(1 for _, fails in statements if not fails)
    assert hits >= 11, [s for s in statements if s[1]]
    for part in (score.check_places, score.check_actors, score.check_quantities, score.check_events):
        results = part(gold, rec)
        assert all(not fails for _, fails in results), [r for r in results if r[1]]


def test_markup_in_ids_is_printed_as_text(tmp_path):
    row = json.dumps({"id": "x[/bold] [red]", "text": GOOD_TEXT})
    db = f"sqlite:///{tmp_path / 'm.db'}"
    r = run(["ingest", "-", "--db", db, "--progress"], input=row + "\n")
    assert r.exit_code == 0, r.stderr
    shown = run(["show", "x[/bold] [red]", "--db", db])
    assert shown.exit_code == 0 and "[assert, indirect]" in shown.stdout


def test_reingest_under_another_spelling_of_the_path_or_a_new_date(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD_TEXT)
    db = f"sqlite:///{tmp_path / 'p.db'}"
    assert "1 new" in run(["ingest", "in", "--db", db, "--no-progress"]).stderr
    for spelling in ("./in", str(tmp_path / "in"), "in/"):
        assert "1 unchanged" in run(["ingest", spelling, "--db", db, "--no-progress"]).stderr, spelling
    again = run(["ingest", "in", "--db", db, "--no-progress", "--published", "2025-04-02"])
    assert "1 updated" in again.stderr
    rep = json.loads(run(["show", "in/a.txt", "--db", db, "--format", "json"]).stdout)
    assert rep["ext_id"] == os.path.join("in", "a.txt") and rep["record"]["published"] == "2025-04-02"


@pytest.mark.parametrize("task", ["attribution", "places", "actors", "times", "quantities", "events"])
def test_eval_commands_score_a_small_gold_file(tmp_path, task):
    rows = (ROOT / "tests" / "gold" / task / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = run(["eval", task, str(gold), "--format", "json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result, result
    text = run(["eval", task, str(gold)])
    assert text.exit_code == 0 and text.stdout.strip()


def test_python_dash_m_is_the_same_command(tmp_path):
    """`python -m claimledger` runs the same click group, with its name and exit codes."""
    import subprocess
    import sys

    def module(*args):
        return subprocess.run(
            [sys.executable, "-m", "claimledger", *args], capture_output=True, text=True, timeout=120
        )

    r = module("--help")
    assert r.returncode == 0 and r.stdout.startswith("Usage: claimledger ")
    assert all(name in r.stdout for name in ("ingest", "extract", "ledger", "reanalyse", "serve"))
    r = module("--version")
    assert r.returncode == 0 and r.stdout.strip() == "claimledger, version 0.1.0"
    r = module("show", "nope", "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert r.returncode == 1 and "no such report" in r.stderr


def test_ingest_summary_counts_files_of_unsupported_type(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD_TEXT)
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    (d / "scan.docx").write_bytes(b"PK")
    r = run(["ingest", str(d), "--db", f"sqlite:///{tmp_path / 's.db'}", "--no-progress"])
    assert r.exit_code == 0, r.stderr
    assert r.stderr.strip().splitlines()[-1] == (
        "ingested 1 new (0 near-duplicates), 0 updated, 0 unchanged, 0 failed, 2 skipped: unsupported type"
    )
    r = run(["extract", str(d)])
    assert r.exit_code == 0 and r.stderr.strip() == "2 skipped: unsupported type"
    assert len(r.stdout.splitlines()) == 1


def test_reingest_of_unchanged_reports_does_not_analyse_them(tmp_path, db_url, monkeypatch):
    """Unchanged reports are found by id, text hash and metadata before analysis: a
    re-ingest of them never builds an analyser, let alone parses. Changed ones still are."""
    from claimledger.analyse import pipeline
    from claimledger.ingest.sources import path_id

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_TEXT)
    (d / "b.txt").write_text(OTHER_TEXT)
    (d / "rows.jsonl").write_text(json.dumps({"id": "row-1", "text": OTHER_TEXT.replace("forty", "fifty")}))
    first = run(["ingest", str(d), "--db", db_url, "--no-progress"])
    assert first.exit_code == 0 and "3 new" in first.stderr, first.stderr

    made = []
    real = pipeline.Analyser

    class CountingAnalyser(real):
        def analyse_each(self, docs):
            docs = list(docs)
            made.extend(doc.id for doc in docs)
            return super().analyse_each(docs)

    monkeypatch.setattr(pipeline, "Analyser", CountingAnalyser)
    again = run(["ingest", str(d), "--db", db_url, "--no-progress"])
    assert again.exit_code == 0, again.stderr
    assert "0 new" in again.stderr and "0 updated" in again.stderr and "3 unchanged" in again.stderr
    assert made == []
    # A new date is new metadata and a changed text is a new text: those two are analysed.
    (d / "b.txt").write_text(OTHER_TEXT.replace("three days", "four days"))
    third = run(["ingest", str(d), "--db", db_url, "--no-progress"])
    assert "0 new (0 near-duplicates), 1 updated, 2 unchanged" in third.stderr, third.stderr
    assert made == [path_id(str(d / "b.txt"))]
    made.clear()
    fourth = run(["ingest", str(d / "a.txt"), "--db", db_url, "--published", "2025-01-10", "--no-progress"])
    assert "1 updated" in fourth.stderr and len(made) == 1
