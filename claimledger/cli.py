"""The command line: a thin face over ingest, analyse, store and the query layer.

Exit codes: 0 everything went through; 1 some inputs failed (each reported on stderr, the
rest processed); 2 the command itself was used wrongly (click's own convention).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from contextlib import contextmanager

import click

from claimledger import __version__

EXIT_OK, EXIT_SOME_FAILED = 0, 1
# 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
EXIT_INTERRUPTED = 130


def _err(source: str, reason: str) -> None:
    """One line per failed input, never wrapped, so that it can be grepped and counted."""
    click.echo(f"error: {source}: {reason}", err=True)


def _plain(s: object) -> str:
    from rich.markup import escape

    return escape(str(s))


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _table_console(file=None):
    """Where tables go: the terminal's width on a terminal; piped or redirected, a width that
    keeps a wide table readable in a log or a pager (Rich would take 80 columns)."""
    from rich.console import Console

    out = file or sys.stdout
    wide = None if out.isatty() else 160
    return Console(file=out, highlight=False, width=wide)


def _valid_date(ctx, param, value):
    if value is None:
        return None
    from claimledger.ingest.documents import parse_date

    iso = parse_date(value)
    if iso is None:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)")
    return iso


def _open_store(db: str | None):
    from claimledger.store.db import Store, default_url

    return Store(db or default_url())


class _Analyser:
    """The spaCy model loads on first use only: commands that need no analysis stay fast."""

    def __init__(self):
        self._a = None

    @property
    def analyser(self):
        if self._a is None:
            from claimledger.analyse.pipeline import Analyser

            self._a = Analyser()
        return self._a


@contextmanager
def _progress(console, enabled: bool, label: str, rate: bool = False):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        """Reports done per second (over the last 30 s), whichever process analysed them."""

        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} reports/s" if speed else "")

    if not enabled:
        yield None
        return
    columns = [SpinnerColumn(), TextColumn("[bold]" + label), BarColumn(), MofNCompleteColumn()]
    columns += [Rate()] if rate else []
    columns += [TimeElapsedColumn(), TextColumn("{task.fields[current]}")]
    with Progress(*columns, console=console, transient=False) as p:
        yield p


def _documents(sources, failures: list, *, allow_private=False, published=None, outlet=None, skipped=None):
    """(raw, document) pairs for every input that cleans; failures are reported and collected,
    files of unsupported types in directories collected in `skipped`."""
    from claimledger.ingest.document import IngestError
    from claimledger.ingest.documents import iter_documents

    stdin = sys.stdin.buffer if "-" in sources else None
    for item in iter_documents(
        list(sources),
        allow_private=allow_private,
        stdin=stdin,
        published=published,
        outlet=outlet,
        skipped=skipped,
    ):
        if isinstance(item, IngestError):
            failures.append(item)
            _err(item.source, item.reason)
            continue
        yield item.raw_input(), item


@click.group()
@click.version_option(__version__, prog_name="claimledger")
def main():
    """claimledger: who claimed what in war reporting, on what basis, and who else says so."""


db_option = click.option(
    "--db",
    envvar="CLAIMLEDGER_DB",
    default=None,
    metavar="URL",
    help="SQLAlchemy URL (sqlite:///path.db, postgresql+psycopg://...). "
    "Default: $CLAIMLEDGER_DB or sqlite:///claimledger.db",
)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--published", callback=_valid_date, help="Publication date (YYYY-MM-DD) for reports that lack one."
)
@click.option("--outlet", help="Publisher name for these reports.")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private network addresses.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
@click.option(
    "--workers",
    type=click.IntRange(1, None),
    default=None,
    help="Analyse on a local Dask cluster of this many worker processes.",
)
@click.option(
    "--scheduler", metavar="tcp://HOST:PORT", default=None, help="Analyse on a running Dask cluster."
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 1000),
    default=None,
    help="Reports per task sent to a Dask worker (default 8).",
)
@db_option
def ingest(sources, published, outlet, allow_private, progress, workers, scheduler, batch_size, db):
    """Read reports (files, directories, JSON Lines, WARC, URLs, feeds, - for stdin) into the store."""
    if workers is not None and scheduler is not None:
        raise click.UsageError("--workers and --scheduler exclude each other")
    if batch_size is not None and workers is None and scheduler is None:
        raise click.UsageError("--batch-size needs --workers or --scheduler")
    console = _stderr()
    store = _open_store(db)
    failures: list = []
    skipped: list[str] = []
    counts: Counter[str] = Counter()
    overrides = {k: v for k, v in (("published", published), ("outlet", outlet)) if v}
    show = console.is_terminal if progress is None else progress
    interrupted = False
    from claimledger.store.ledger import Upkeep

    upkeep = Upkeep(store)
    try:
        with _progress(console, show, "ingesting", rate=True) as bar:
            task = bar.add_task("ingest", total=None, current="") if bar else None
            pairs = _documents(
                sources,
                failures,
                allow_private=allow_private,
                published=published,
                outlet=outlet,
                skipped=skipped,
            )

            def changed(pairs):
                # Parsing is nearly all of the cost: a report stored already with the same
                # text and metadata is counted from one look-up, and never analysed.
                for raw, doc in pairs:
                    if store.unchanged(raw, doc, overrides or None) is None:
                        yield raw, doc
                        continue
                    counts["unchanged"] += 1
                    if bar:
                        bar.update(task, advance=1, current=_plain(_short(raw.id)))

            with _analysis(workers, scheduler, batch_size) as analyse:
                for raw, doc, record, error, version in analyse(changed(pairs)):
                    if error is not None:
                        failures.append(error)
                        _err(raw.source or raw.id, error.reason)
                    else:
                        try:
                            res = store.add(raw, doc, record, version, overrides=overrides or None)
                        except Exception as e:  # one bad report must not stop the batch
                            failures.append(e)
                            _err(raw.source or raw.id, f"not stored: {e}")
                        else:
                            counts[res.status] += 1
                            if res.status != "unchanged":
                                upkeep.stored()
                    if bar:
                        bar.update(task, advance=1, current=_plain(_short(raw.id)))
                    if upkeep.due():
                        # A long run keeps the ledger current as it goes (store/ledger.py).
                        if bar:
                            bar.update(task, current="updating the ledger")
                        upkeep.run()
        stats = upkeep.finish()  # also catches up after an interrupted earlier run
        if stats is not None:
            _say_ledger(stats)
    except KeyboardInterrupt:
        # Each report is one transaction: what was stored is whole, the rest is not there.
        # The cluster was closed on the way out; a re-run skips what is stored already.
        interrupted = True
    finally:
        store.close()
    summary = (
        f"ingested {counts['new'] + counts['near_duplicate']} new "
        f"({counts['near_duplicate']} near-duplicates), {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {len(failures)} failed"
    )
    if skipped:
        summary += f", {len(skipped)} skipped: unsupported type"
    if interrupted:
        click.echo(f"interrupted: {summary}; run it again to ingest the rest", err=True)
        sys.exit(EXIT_INTERRUPTED)
    click.echo(summary, err=True)
    sys.exit(EXIT_SOME_FAILED if failures else EXIT_OK)


@contextmanager
def _analysis(workers, scheduler, batch_size):
    """A function from (raw, document) pairs to (raw, document, record, error, analyser
    version) in input order: in this process, or on a Dask cluster (ingest/cluster.py)."""
    if workers is None and scheduler is None:
        analyser = _Analyser()

        def here(pairs):
            from claimledger.ingest.documents import batched

            for batch in batched(pairs, 16):
                a = analyser.analyser
                for (raw, doc), (record, error) in zip(
                    batch, a.analyse_each([d for _, d in batch]), strict=True
                ):
                    yield raw, doc, record, error, a.version

        yield here
        return
    from claimledger.ingest.cluster import BATCH_SIZE, ClusterAnalysis, ClusterError

    with ClusterAnalysis(workers, scheduler, batch_size=batch_size or BATCH_SIZE) as cluster:
        try:
            yield lambda pairs: ((a.raw, a.doc, a.record, a.error, a.version) for a in cluster.analyse(pairs))
        except ClusterError as e:
            _err(scheduler or f"--workers {workers}", str(e))
            sys.exit(EXIT_SOME_FAILED)


def _short(s: str, n: int = 50) -> str:
    s = str(s)
    return s if len(s) <= n else "…" + s[-(n - 1) :]


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@click.option(
    "--published", callback=_valid_date, help="Publication date (YYYY-MM-DD) for reports that lack one."
)
@click.option("--outlet", help="Publisher name for these reports.")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private network addresses.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: when it is a terminal)."
)
def extract(sources, fmt, published, outlet, allow_private, progress):
    """Print one record per report (format: docs/record.md) without touching a database."""
    console = _stderr()
    analyser = _Analyser()
    failures: list = []
    out = sys.stdout
    first = True
    if fmt == "json":
        out.write("[")
    skipped: list[str] = []
    pairs = _documents(
        sources, failures, allow_private=allow_private, published=published, outlet=outlet, skipped=skipped
    )
    show = console.is_terminal if progress is None else progress
    try:
        with _progress(console, show, "extracting") as bar:
            task = bar.add_task("extract", total=None, current="") if bar else None
            for record, error in analyser.analyser.analyse_each(doc for _, doc in pairs):
                if error is not None:
                    failures.append(error)
                    _err(error.source, error.reason)
                    continue
                line = json.dumps(record, ensure_ascii=False)
                out.write((("\n" if first else ",\n") + line) if fmt == "json" else line + "\n")
                first = False
                if bar:
                    bar.update(task, advance=1, current=_plain(_short(record["id"])))
    finally:
        if fmt == "json":
            out.write("\n]\n")
    if skipped:
        click.echo(f"{len(skipped)} skipped: unsupported type", err=True)
    sys.exit(EXIT_SOME_FAILED if failures else EXIT_OK)


@main.command()
@click.option("--speaker", help="Speaker name or mention contains this (case-insensitive).")
@click.option("--since", callback=_valid_date, help="Published on or after (YYYY-MM-DD).")
@click.option("--until", callback=_valid_date, help="Published on or before (YYYY-MM-DD).")
@click.option("--search", help="Full-text search in statement content and speaker.")
@click.option("--stance", help="Only this stance (claim, confirm, deny, ...).")
@click.option("--limit", type=click.IntRange(1, None), default=None)
@click.option(
    "--copies/--no-copies",
    default=True,
    show_default=True,
    help="--no-copies leaves out reports that copy an earlier one (a republished wire story).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@db_option
def ledger(speaker, since, until, search, stance, limit, copies, fmt, db):
    """List attributed statements across all reports."""
    from claimledger.store import queries

    store = _open_store(db)
    try:
        rows = queries.list_statements(
            store,
            speaker=speaker,
            since=since,
            until=until,
            search=search,
            stance=stance,
            limit=limit,
            copies=copies,
        )
    finally:
        store.close()
    columns = [
        "published",
        "outlet",
        "speaker_name",
        "speaker",
        "role",
        "stance",
        "kind",
        "cue",
        "content",
        "ext_id",
        "sid",
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        from rich.table import Table

        t = Table(title=f"{len(rows)} statements", show_lines=False, expand=True)
        for c, kw in (
            ("date", {"no_wrap": True}),
            ("speaker", {"ratio": 2}),
            ("stance", {}),
            ("content", {"ratio": 5}),
            ("report", {"ratio": 2}),
        ):
            t.add_column(c, **kw)
        for r in rows:
            who = r.get("speaker_name") or r.get("speaker") or ""
            if r.get("speaker_name") and r.get("speaker") and r["speaker"] != r["speaker_name"]:
                who = f"{r['speaker_name']} ({r['speaker']})"
            t.add_row(
                r.get("published") or "",
                _plain(who),
                r.get("stance") or "",
                _plain(_cut(r.get("content"), 240)),
                _plain(r.get("outlet") or r.get("ext_id") or ""),
            )
        _table_console().print(t)


def _cut(s, n):
    s = s or ""
    return s if len(s) <= n else s[: n - 1] + "…"


@main.command()
@click.argument("report_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
def show(report_id, fmt, db):
    """Print one report (by number or input id) with its statements."""
    import os

    from claimledger.ingest.sources import path_id
    from claimledger.store import queries

    store = _open_store(db)
    try:
        rep = queries.get_report(store, report_id)
        if rep is None and os.path.exists(report_id):
            # a file's id is its path as ingest spelled it
            rep = queries.get_report(store, path_id(report_id))
    finally:
        store.close()
    if rep is None:
        _err(report_id, "no such report")
        sys.exit(EXIT_SOME_FAILED)
    if fmt == "json":
        click.echo(json.dumps(rep, ensure_ascii=False, indent=1))
        return
    from rich.console import Console

    con = Console(highlight=False)
    rec = rep["record"]
    con.print(f"[bold]{_plain(rec.get('title') or rep.get('ext_id'))}[/bold]")
    con.print(
        _plain(
            f"{rec.get('outlet') or ''}  {rec.get('published') or 'date unknown'}  {rec.get('url') or rep.get('ext_id')}"
        )
    )
    if rep.get("duplicate_of"):
        con.print(
            _plain(f"near-duplicate of report {rep['duplicate_of']} ({rep.get('duplicate_of_ext_id') or ''})")
        )
    for w in rec.get("warnings", []):
        con.print(f"[yellow]warning[/yellow]: {_plain(w)}")
    con.print()
    con.print(_plain(rec["text"]))
    con.print()
    for s in rec.get("statements", []):
        sp = s["speaker"]
        who = sp.get("name") or sp["text"]
        con.print(
            f"[bold]{s['id']}[/bold] {_plain(who)} [dim]({_plain(sp['text'])})[/dim] "
            f"[cyan]{_plain(s['cue']['text'])}[/cyan] {_plain('[' + s['stance'] + ', ' + s['kind'] + ']')}"
        )
        con.print("    " + _plain(s["content"]["text"]))


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    help="File to write (default stdout).",
)
@db_option
def export(fmt, output, db):
    """Write every stored record: JSON Lines (whole records), CSV (one row per statement) or
    GeoJSON (one point per geocoded place mention, with the statements that mention it)."""
    from claimledger.store import queries

    store = _open_store(db)
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")
    try:
        if fmt == "jsonl":
            for rec in queries.iter_records(store):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif fmt == "geojson":
            _write_geojson(out, queries.iter_records(store))
        else:
            w = csv.DictWriter(out, fieldnames=queries.STATEMENT_COLUMNS)
            w.writeheader()
            for rec in queries.iter_records(store):
                w.writerows(queries.statement_rows(rec))
    finally:
        if out is not sys.stdout:
            out.close()
        store.close()


def _write_geojson(out, records) -> None:
    """A FeatureCollection streamed feature by feature, flat in memory whatever its size."""
    from claimledger.store.queries import place_features

    out.write('{"type": "FeatureCollection", "features": [')
    first = True
    for rec in records:
        for feature in place_features(rec):
            out.write(("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False))
            first = False
    out.write("\n]}\n")


@main.command()
@click.option("--progress/--no-progress", default=None)
@db_option
def reanalyse(progress, db):
    """Recompute every stored record from its kept raw input with the current analyser."""
    from claimledger.ingest.documents import to_document

    console = _stderr()
    store = _open_store(db)
    analyser = _Analyser()
    done = failed = 0
    show = console.is_terminal if progress is None else progress
    try:
        with _progress(console, show, "reanalysing") as bar:
            task = bar.add_task("reanalyse", total=None, current="") if bar else None
            for doc_id, raw, overrides in store.iter_raw():
                try:
                    doc = to_document(raw, **(overrides or {}))
                    record, error = next(analyser.analyser.analyse_each([doc]))
                    if error is not None:
                        raise error
                    store.update_record(doc_id, record, analyser.analyser.version)
                    done += 1
                except Exception as e:  # one report that no longer analyses must not stop the rest
                    failed += 1
                    _err(raw.id, getattr(e, "reason", str(e)))
                if bar:
                    bar.update(task, advance=1, current=_plain(_short(raw.id)))
        _rebuild_ledger(store)
    finally:
        store.close()
    click.echo(f"reanalysed {done} reports, {failed} failed", err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@db_option
def serve(host, port, db):
    """Serve the web pages and their JSON twins."""
    import uvicorn

    from claimledger.store.db import default_url
    from claimledger.web.app import create_app

    uvicorn.run(create_app(db or default_url()), host=host, port=port, log_level="info")


@main.group(name="eval")
def eval_group():
    """Measure the analysis against a gold set."""


def _eval_command(name: str, help_text: str):
    @eval_group.command(name, help=help_text)
    @click.argument("gold", type=click.Path(exists=True, dir_okay=False))
    @click.option(
        "--split",
        type=click.Choice(["dev", "test", "blind", "blind2", "all"]),
        default="all",
        show_default=True,
    )
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--errors", default=0, show_default=True, help="Also print this many errors.")
    def command(gold, split, fmt, errors):
        import importlib

        module = importlib.import_module(f"claimledger.evaluate.{name}")
        items = module.load_gold(gold, split=None if split == "all" else split)
        result = module.evaluate(items, _Analyser().analyser)
        click.echo(
            json.dumps(result, indent=1, ensure_ascii=False)
            if fmt == "json"
            else module.format_report(result, errors)
        )

    return command


@eval_group.command("ledger")
@click.argument("gold", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--split", type=click.Choice(["dev", "blind", "blind2", "all"]), default="all", show_default=True
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--errors", default=0, show_default=True, help="Also print this many errors.")
def eval_ledger(gold, split, fmt, errors):
    """Claims B-cubed P/R/F1, relation accuracy, support accuracy, timeline recall and precision
    on multi-report stories (GOLD: a folder of stories, see tests/gold/ledger/README.md)."""
    from claimledger.evaluate import ledger

    try:
        stories = ledger.load_gold(gold, split=None if split == "all" else split)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="GOLD") from None
    result = ledger.evaluate(stories, _Analyser().analyser)
    click.echo(
        json.dumps(result, indent=1, ensure_ascii=False)
        if fmt == "json"
        else ledger.format_report(result, errors)
    )


for _name, _help in (
    (
        "attribution",
        "P/R/F1 of speaker, cue and content spans; speaker resolution, kind and stance accuracy.",
    ),
    ("places", "Accuracy, Acc@161 and mean error (km) of geocoded places; recognition P/R/F1."),
    ("actors", "Accuracy of actor codes (full, country, sector); recognition P/R/F1."),
    ("times", "Recognition P/R/F1 and accuracy of resolved dates."),
    ("quantities", "P/R/F1 of values, values with unit or counted noun, and changes."),
    ("events", "P/R/F1 of events: type, type with actors, full match; ACLED sub-type accuracy."),
    ("acled", "ACLED sub-type of snippets (first event with one): accuracy, weighted F1, type accuracy."),
    ("plover", "PLOVER type of sentences (any event of the type) and its source actor code."),
):
    _eval_command(_name, _help)


# -- the ledger across reports ------------------------------------------------------------


def _rebuild_ledger(store, full: bool = False) -> None:
    """Bring the ledger up to date after a batch (only changed reports are read again and only
    changed rows written); `full` reads every record and rewrites every ledger table."""
    from claimledger.store.ledger import update

    _say_ledger(update(store, full=full))


def _say_ledger(stats) -> None:
    extra = []
    if stats.undated:
        extra.append(f"{stats.undated} undated reports placed by their ingestion date")
    if stats.unanalysed:
        extra.append(f"{stats.unanalysed} reports not analysed (not English)")
    click.echo(
        f"ledger: {stats.claims} claims from {stats.statements} statements, {stats.relations} relations "
        f"between claims, {stats.speakers} speakers" + ("; " + "; ".join(extra) if extra else ""),
        err=True,
    )


@main.command("ledger-rebuild")
@db_option
def ledger_rebuild(db):
    """Rebuild the whole ledger from every stored record (ingest updates it incrementally)."""
    store = _open_store(db)
    try:
        _rebuild_ledger(store, full=True)
    finally:
        store.close()


def _fmt_figure(fig: dict) -> str:
    def n(x):
        return f"{x:,.0f}" if x is not None and float(x).is_integer() else f"{x:,}"

    text = n(fig["value"]) if fig.get("value") is not None else f"{n(fig['low'])}-{n(fig['high'])}"
    return (fig["bound"] + " " if fig.get("bound") else "") + text


@main.command()
@click.option(
    "--search",
    help='Full-text search in the claim\'s label, content, speakers or outlets (words, "phrases", -word, OR).',
)
@click.option("--speaker", help="A speaker name or alias contains this (case-insensitive).")
@click.option("--since", callback=_valid_date, help="First reported on or after (YYYY-MM-DD).")
@click.option("--until", callback=_valid_date, help="First reported on or before (YYYY-MM-DD).")
@click.option("--contested", is_flag=True, help="Only claims that are denied, contested or contradicted.")
@click.option(
    "--kind", type=click.Choice(["quantity", "event", "statement"]), help="Only this kind of claim."
)
@click.option("--limit", type=click.IntRange(1, None), default=None)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@db_option
def claims(search, speaker, since, until, contested, kind, limit, fmt, db):
    """List the ledger's claims: statements across reports that assert one thing."""
    from claimledger.store import queries

    store = _open_store(db)
    try:
        rows = queries.list_claims(
            store,
            search=search,
            speaker=speaker,
            since=since,
            until=until,
            contested=contested,
            kind=kind,
            limit=limit,
        )
        counts = queries.ledger_counts(store)
        stored = queries.counts(store)["documents"]
    finally:
        store.close()
    if not counts["claims"] and stored > counts["unanalysed"]:
        click.echo(
            "the ledger is empty: `claimledger reanalyse` builds it for reports stored before it existed",
            err=True,
        )
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        columns = [
            "id",
            "kind",
            "status",
            "origins",
            "outlets",
            "statements",
            "first_date",
            "first_outlet",
            "first_url",
            "label",
        ]
        w = csv.DictWriter(sys.stdout, fieldnames=columns)
        w.writeheader()
        for c in rows:
            w.writerow(
                {
                    "id": c["id"],
                    "kind": c["kind"],
                    "status": c["status"],
                    "origins": c["origins"],
                    "outlets": c["outlets"],
                    "statements": len(c["statements"]),
                    "first_date": c["first_reported"]["date"],
                    "first_outlet": c["first_reported"]["outlet"],
                    "first_url": c["first_reported"]["url"],
                    "label": c["label"],
                }
            )
    else:
        from rich.table import Table

        t = Table(title=f"{len(rows)} claims", expand=True)
        for col, kw in (
            ("id", {"no_wrap": True}),
            ("first", {"no_wrap": True}),
            ("kind", {}),
            ("status", {}),
            ("origins", {"justify": "right"}),
            ("outlets", {"justify": "right"}),
            ("claim", {"ratio": 5}),
            ("first said by", {"ratio": 2}),
        ):
            t.add_column(col, **kw)
        for c in rows:
            t.add_row(
                c["id"],
                (c["first_reported"]["date"] or "") + ("" if c["first_reported"].get("dated", True) else "*"),
                c["kind"],
                c["status"],
                str(c["origins"]),
                str(c["outlets"]),
                _plain(_cut(c["label"], 200)),
                _plain((c.get("point") or c["statements"][0])["speaker"] or ""),
            )
        _table_console().print(t)
        if any(not c["first_reported"].get("dated", True) for c in rows):
            click.echo("* report without a date: placed by its ingestion date", err=True)
    if counts["unanalysed"]:
        click.echo(f"{counts['unanalysed']} reports not analysed (not English): not in any claim", err=True)


@main.command()
@click.argument("claim_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
def claim(claim_id, fmt, db):
    """One claim: its statements, reports, support and relations."""
    from claimledger.store import queries

    store = _open_store(db)
    try:
        c = queries.get_claim(store, claim_id)
    finally:
        store.close()
    if c is None:
        _err(claim_id, "no such claim")
        sys.exit(EXIT_SOME_FAILED)
    if fmt == "json":
        click.echo(json.dumps(c, ensure_ascii=False, indent=1))
        return
    first = c["first_reported"]
    lines = [
        f"{c['id']}  {c['kind']}  {c['status']}",
        f"  {c['label']}",
        f"  origins {c['origins']}, outlets {c['outlets']}, first reported {first['date'] or '?'}"
        + ("" if first.get("dated", True) else " (ingestion date: the report has none)")
        + f" by {first['outlet'] or first['report']}"
        + (f" <{first['url']}>" if first.get("url") else ""),
    ]
    if c.get("figure"):
        p = c["point"]
        lines.append(
            f"  figure {_fmt_figure(c['figure'])} {c['counted']['label']}; {p['status']} by {p['speaker']}"
            + (f", {p['cited_source']}" if p.get("cited_source") else "")
        )
    lines.append("  statements:")
    for s in c["statements"]:
        lines.append(
            f"    {s['published'] or '?'}  {s['relation']:<13} {s['outlet'] or s['report']}: "
            f"{s['speaker']} ({s['stance']}{', negated' if s['negated'] else ''}): {_cut(s['content'], 160)}"
        )
    if c["relations"]:
        lines.append("  relations:")
        for r in c["relations"]:
            arrow = "->" if r["direction"] == "to" else "<-"
            lines.append(f"    {r['type']} {arrow} {r['claim']}")
    click.echo(_plain_text("\n".join(lines)))


def _plain_text(s: str) -> str:
    # Report text may carry terminal control characters; print them as escapes.
    return "".join(ch if ch.isprintable() or ch == "\n" else repr(ch)[1:-1] for ch in s)


@main.command()
@click.argument("query")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "svg", "png"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to this file.")
@db_option
def timeline(query, fmt, output, db):
    """The estimate timeline of a counted thing ("North Korean troops", "dead", "refugees")."""
    from claimledger.store import queries

    store = _open_store(db)
    try:
        points = queries.timeline(store, query)
    finally:
        store.close()
    if fmt in ("svg", "png"):
        if not points:
            click.echo(f"timeline: nothing matched {query!r}; no chart written", err=True)
            return
        from claimledger.chart import timeline_chart

        data = timeline_chart(points, title=query, fmt=fmt)
        if output:
            with open(output, "wb") as f:
                f.write(data)
        else:
            sys.stdout.buffer.write(data)
        return
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "json":
            out.write(json.dumps(points, ensure_ascii=False, indent=1) + "\n")
        elif fmt == "csv":
            cols = [
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
                "claim",
                "reports",
                "urls",
            ]
            w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for p in points:
                w.writerow(dict(p, reports=" ".join(p["reports"]), urls=" ".join(p["urls"])))
        elif points:
            from rich.table import Table

            t = Table(title=f"{query}: {len(points)} estimates", expand=True)
            for col in ("date", "figure", "counted", "status", "speaker", "source", "reports", "claim"):
                t.add_column(col)
            for p in points:
                t.add_row(
                    (p["date"] or "?") + ("" if p.get("dated", True) else "*"),
                    _fmt_figure(p),
                    _plain(p["counted"]),
                    p["status"],
                    _plain(p["speaker"] or ""),
                    _plain(p["cited_source"] or ""),
                    str(len(p["reports"])),
                    p["claim"],
                )
            _table_console(out).print(t)
    finally:
        if output:
            out.close()
    if not points:
        click.echo(f"timeline: nothing matched {query!r}", err=True)


@main.command()
@click.option("--search", help="Name or alias contains this (case-insensitive).")
@click.option("--limit", type=click.IntRange(1, None), default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
def speakers(search, limit, fmt, db):
    """Speakers across reports: one identity per person or body, with its aliases."""
    from claimledger.store import queries

    store = _open_store(db)
    try:
        rows = queries.list_speakers(store, search=search, limit=limit)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    t = Table(title=f"{len(rows)} speakers", expand=True)
    for col in ("name", "type", "actor", "statements", "aliases", "speaks for"):
        t.add_column(col)
    for r in rows:
        t.add_row(
            _plain(r["name"]),
            r["type"] or "",
            r["actor"] or "",
            str(r["statements"]),
            _plain(_cut("; ".join(a for a in r["aliases"] if a != r["name"]), 120)),
            _plain((r["speaks_for"] or "").split(":", 1)[-1]),
        )
    _table_console().print(t)
