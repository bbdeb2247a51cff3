"""Span helpers shared by the blind build scripts (tests/gold/blind/build_*.py and
tests/gold/blind2/build_*.py, which pass split="blind2").

A span is given as
    "substring"                 must occur exactly once in the text
    ("substring", n)            its n-th occurrence, counted from 0
    ("substring", "anchor")     the anchor occurs exactly once and contains the substring once
and located with str.find; text[start:end] == substring is asserted every time.
"""

from __future__ import annotations

import json


def _occurrences(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(text: str, spec, where: str = "") -> dict:
    if isinstance(spec, str):
        occ = _occurrences(text, spec)
        assert len(occ) == 1, f"{where}: {spec!r} occurs {len(occ)} times"
        start = occ[0]
        sub = spec
    else:
        sub, sel = spec
        if isinstance(sel, int):
            occ = _occurrences(text, sub)
            assert len(occ) > sel, f"{where}: {sub!r} occurs {len(occ)} times, wanted index {sel}"
            start = occ[sel]
        else:
            aocc = _occurrences(text, sel)
            assert len(aocc) == 1, f"{where}: anchor {sel!r} occurs {len(aocc)} times"
            inner = _occurrences(sel, sub)
            assert len(inner) == 1, f"{where}: {sub!r} occurs {len(inner)} times in anchor {sel!r}"
            start = aocc[0] + inner[0]
    end = start + len(sub)
    assert text[start:end] == sub, (where, sub)
    return {"text": sub, "start": start, "end": end}


def write_jsonl(path: str, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def reread_check(path: str, span_keys, split: str = "blind") -> int:
    """Re-read the written file and assert every span again; returns the number checked."""
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            assert row["split"] == split
            text = row["text"]
            for span in span_keys(row):
                assert text[span["start"] : span["end"]] == span["text"], (row["id"], span)
                n += 1
    return n
