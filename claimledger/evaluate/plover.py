"""`claimledger eval plover GOLD`: the PLOVER type and source actor of example sentences.

A gold row is `{"id", "text", "published", "split", "plover_type", "source"}`: a sentence (or a
short snippet) that reports an event of `plover_type`, and `source` the CAMEO-style code of who
acts ("HUN GOV", "RUS MIL", a bare "CVL") or null. Scores:
- type:   the fraction of rows where ANY predicted event has the gold type;
- source: over rows with a non-null source, the fraction where an event of the gold type has an
          actor whose code matches it (`code_match` of evaluate/events.py: "RUS" finds "RUS MIL",
          a bare sector matches any code with that sector). Several codes separated by ";"
          ("HUN GOV; ROU GOV") must all be found.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from claimledger.evaluate.events import code_match, with_events
from claimledger.evaluate.scoring import load_gold as _load_jsonl
from claimledger.ingest.document import Document


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Gold rows (JSON Lines); `split` None or "all" keeps every one. A row without the fields
    the task needs is refused with its id."""
    items = _load_jsonl(path, split)
    for it in items:
        for key in ("id", "text", "plover_type"):
            if key not in it:
                raise ValueError(f"{path}: row {it.get('id', '?')} has no {key!r}")
    return items


def source_codes(source: str | None) -> list[str]:
    return [c.strip() for c in (source or "").split(";") if c.strip()]


def type_hit(record: dict, want: str) -> bool:
    return any(ev.get("type") == want for ev in record.get("events") or [])


def source_hit(record: dict, want: str, source: str) -> bool:
    codes = source_codes(source)
    for ev in record.get("events") or []:
        if ev.get("type") != want:
            continue
        got = [a.get("code") for a in ev.get("actors") or []]
        if all(any(code_match(c, g) for g in got) for c in codes):
            return True
    return False


def evaluate(items: list[dict], analyser) -> dict:
    analyser = with_events(analyser)
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    n_type = n_src = src_total = 0
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # type hits, n, source hits, n
    confusion: Counter = Counter()
    errors = []
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        want = it["plover_type"]
        got_types = [e["type"] for e in rec.get("events") or []]
        ok = type_hit(rec, want)
        n_type += ok
        row = per_type[want]
        row[0] += ok
        row[1] += 1
        if not ok:
            confusion[(want, got_types[0] if got_types else "none")] += 1
        src = it.get("source")
        s_ok = None
        if src:
            s_ok = source_hit(rec, want, src)
            n_src += s_ok
            src_total += 1
            row[2] += s_ok
            row[3] += 1
        if not ok or s_ok is False:
            errors.append(
                {
                    "id": it["id"],
                    "want": want,
                    "source": src,
                    "got": [
                        f"{e['type']}:{e['trigger']['text']}:"
                        + ",".join(a.get("code") or "?" for a in e.get("actors") or [])
                        for e in rec.get("events") or []
                    ],
                    "text": it["text"][:160],
                }
            )
    n = len(items)
    return {
        "sentences": n,
        "type_score": round(n_type / n, 4) if n else None,
        "source_rows": src_total,
        "source_score": round(n_src / src_total, 4) if src_total else None,
        "by_type": {
            t: {
                "type": round(v[0] / v[1], 4) if v[1] else None,
                "n": v[1],
                "source": round(v[2] / v[3], 4) if v[3] else None,
                "n_source": v[3],
            }
            for t, v in sorted(per_type.items())
        },
        "confusion": {f"{a} -> {b}": k for (a, b), k in confusion.most_common()},
        "errors": errors,
    }


def format_report(r: dict, show_errors: int = 0) -> str:
    lines = [
        f"{r['sentences']} sentences ({r['source_rows']} with a source)",
        f"type score    {r['type_score']}",
        f"source score  {r['source_score']}",
        "",
        f"{'type':10s} {'type':>6s} {'n':>4s} {'source':>7s} {'n':>4s}",
    ]
    for t, d in r["by_type"].items():
        ty = f"{d['type']:.3f}" if d["type"] is not None else "-"
        so = f"{d['source']:.3f}" if d["source"] is not None else "-"
        lines.append(f"{t:10s} {ty:>6s} {d['n']:4d} {so:>7s} {d['n_source']:4d}")
    if r["confusion"]:
        lines.append("")
        lines.append(
            "missed types (want -> first predicted): "
            + "; ".join(f"{k} {v}" for k, v in r["confusion"].items())
        )
    if show_errors:
        lines.append("")
        lines.append(f"errors (first {show_errors} of {len(r['errors'])}):")
        for e in r["errors"][:show_errors]:
            lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
