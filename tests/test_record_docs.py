"""docs/record.md is the record format for people, the JSON Schema the same for machines: every
field the schema lists must be described in the document, in the section of its item."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimledger.record import schema

DOC = Path(__file__).resolve().parent.parent / "docs" / "record.md"

# Section heading in docs/record.md -> the schema definitions whose fields it describes, each
# with the prefix the document writes before nested fields ("speaker.name").
SECTIONS = {
    "Spans": [("span", "")],
    "Statements": [("statement", ""), ("speaker", "speaker.")],
    "Events": [("event", ""), ("coded_span", ""), ("event_date", "")],
    "Quantities": [("quantity", "")],
    "Places": [("place", "")],
    "Actors": [("actor", "")],
    "Times": [("time", "")],
}


def sections() -> dict[str, str]:
    parts = re.split(r"^## (.+)$", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {title.strip(): body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def field_names(definition: dict) -> list[str]:
    return list(definition.get("properties", {}))


def definitions() -> dict[str, dict]:
    defs = dict(schema()["$defs"])
    # An event's date is an object of its own, written inline in the schema.
    date = schema()["$defs"]["event"]["properties"]["date"]["anyOf"]
    defs["event_date"] = next(d for d in date if d.get("type") == "object")
    return defs


def described(name: str, text: str, prefix: str = "") -> bool:
    return f"`{prefix}{name}`" in text


def test_every_top_level_field_of_the_schema_is_described():
    report = sections()["The report"]
    missing = [name for name in field_names(schema()) if not described(name, report)]
    assert not missing, f"docs/record.md, 'The report', does not describe {missing}"
    assert set(schema()["required"]) <= set(field_names(schema()))


@pytest.mark.parametrize("title", list(SECTIONS))
def test_every_item_field_of_the_schema_is_described_in_its_section(title):
    body = sections()[title]
    defs = definitions()
    names = [(prefix, name) for key, prefix in SECTIONS[title] for name in field_names(defs[key])]
    assert names, title
    missing = [prefix + name for prefix, name in names if not described(name, body, prefix)]
    assert not missing, f"docs/record.md, {title!r}, does not describe {missing}"


def test_every_item_kind_of_the_schema_has_a_section():
    """A new item kind in the schema needs its section (and an entry in SECTIONS above)."""
    covered = {key for keys in SECTIONS.values() for key, _ in keys}
    kinds = {key for key, d in schema()["$defs"].items() if d.get("properties")}
    assert kinds <= covered, kinds - covered
    assert set(sections()) >= set(SECTIONS) | {"The report"}
