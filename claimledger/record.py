"""The record (docs/record.md): one JSON object per report.

Records are plain dicts so that they serialise as they are; this module builds their parts
and checks them against the JSON Schema that ships in `claimledger/schema/`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

RECORD_FIELDS = ("statements", "events", "quantities", "places", "actors", "times")


def span(text: str, start: int, end: int, **extra) -> dict:
    """A span of `text`; extra keys (name, code, ...) are added beside text/start/end."""
    d = {"text": text[start:end], "start": start, "end": end}
    d.update(extra)
    return d


def new_record(doc) -> dict:
    """An empty record for a Document, with every contract field present."""
    rec = {
        "id": doc.id,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language or "und",
        "text": doc.text,
        "text_offset": doc.text_offset,
        "boilerplate": list(doc.boilerplate),
        "warnings": list(doc.warnings),
    }
    for f in RECORD_FIELDS:
        rec[f] = []
    return rec


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("claimledger.schema").joinpath("record.schema.json").read_text())


def validate(record: dict) -> None:
    """Raise jsonschema.ValidationError if `record` breaks the contract, and check span offsets."""
    import jsonschema

    jsonschema.validate(record, schema())
    text = record["text"]
    for s in iter_spans(record):
        if text[s["start"] : s["end"]] != s["text"]:
            raise ValueError(f"span {s!r} does not match text[{s['start']}:{s['end']}]")


def iter_spans(record: dict):
    """Every span in a record, wherever it sits."""
    for st in record.get("statements", []):
        for key in ("speaker", "cue", "content", "cited_source", "venue", "addressee"):
            if st.get(key):
                yield st[key]
    for ev in record.get("events", []):
        yield ev["trigger"]
        yield from ev.get("actors", [])
        yield from ev.get("targets", [])
        yield from ev.get("mentions", [])
    for key in ("quantities", "places", "actors", "times"):
        yield from record.get(key, [])
