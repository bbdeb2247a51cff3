"""Marking up a report's text with the spans of its statements, for the report page.

A record's spans overlap freely: a content span usually contains the speaker of a nested
statement, a cue sits inside another statement's content, a venue trails a content span. HTML
cannot nest overlapping elements, so the text is cut at every span start and end into flat
segments; each segment carries the set of span classes (and statement ids) that cover it and
becomes one `<mark>` element. No element is ever nested in another, so any overlap renders, and
the CSS decides which colour wins where kinds overlap.

Every piece of report text goes through `markupsafe.escape`; this module is the one place
where the web face builds HTML outside a template.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

# The statement fields that are highlighted, and the CSS class each one gets. The order is the
# order of the legend.
SPAN_CLASSES = {
    "speaker": "hl-speaker",
    "cue": "hl-cue",
    "content": "hl-content",
    "cited_source": "hl-source",
    "venue": "hl-venue",
}

LEGEND = [
    ("hl-speaker", "speaker"),
    ("hl-cue", "cue"),
    ("hl-content", "content"),
    ("hl-source", "cited source"),
    ("hl-venue", "venue"),
]

# A blank line (possibly holding spaces) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    cls: str
    statement: str
    field: str
    rank: int = 0  # statement order in the record, then field order: how a segment lists them


def statement_marks(record: dict, max_statements: int | None = None) -> list[Mark]:
    """The highlightable spans of a record's statements; spans whose offsets do not fit the
    text are left out rather than trusted."""
    text = record.get("text") or ""
    n = len(text)
    marks: list[Mark] = []
    statements = record.get("statements") or []
    if max_statements is not None:
        statements = statements[:max_statements]
    for i, st in enumerate(statements):
        if not isinstance(st, dict):
            continue
        sid = str(st.get("id") or f"#{i + 1}")
        for k, (field, cls) in enumerate(SPAN_CLASSES.items()):
            sp = st.get(field)
            if not isinstance(sp, dict):
                continue
            start, end = sp.get("start"), sp.get("end")
            if not (isinstance(start, int) and isinstance(end, int)):
                continue
            if isinstance(start, bool) or isinstance(end, bool):
                continue
            if 0 <= start < end <= n:
                marks.append(Mark(start, end, cls, sid, field, i * len(SPAN_CLASSES) + k))
    return marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text`, blank lines being the separators."""
    out = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    # Leading and trailing whitespace of a paragraph is not worth a segment of its own.
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def segments(text: str, marks: list[Mark], start: int, end: int):
    """Yield (segment_start, segment_end, covering_marks) for text[start:end], cut at every
    mark boundary inside it; covering_marks is a tuple in a stable order."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = {start, end}
    for m in inside:
        if start < m.start < end:
            cuts.add(m.start)
        if start < m.end < end:
            cuts.add(m.end)
    bounds = sorted(cuts)
    # A sweep over the sorted bounds with the marks sorted by start keeps this
    # O((spans + cuts) log) instead of testing every mark against every segment.
    by_start = sorted(inside, key=lambda m: (max(m.start, start), m.end))
    active: list[Mark] = []
    j = 0
    for a, b in itertools.pairwise(bounds):
        while j < len(by_start) and max(by_start[j].start, start) <= a:
            active.append(by_start[j])
            j += 1
        active = [m for m in active if m.end > a]
        yield a, b, tuple(sorted(active, key=lambda m: m.rank))


def _mark_html(piece: str, covering: tuple[Mark, ...]) -> Markup:
    classes = []
    for cls, _label in LEGEND:
        if any(m.cls == cls for m in covering):
            classes.append(cls)
    sids = []
    for m in covering:
        if m.statement not in sids:
            sids.append(m.statement)
    tip = "; ".join(f"{m.statement} {m.field.replace('_', ' ')}" for m in covering)
    return Markup('<mark class="hl {c}" data-statements="{s}" title="{t}">{x}</mark>').format(
        c=" ".join(classes), s=" ".join(sids), t=tip, x=piece
    )


def highlight(record: dict, max_chars: int | None = None, max_statements: int | None = None) -> Markup:
    """The record's text as HTML paragraphs with every statement span marked.

    `max_chars` cuts the text (for very long reports) before rendering; a cut paragraph ends
    in an ellipsis. Markup.format escapes every argument that is not Markup already.
    """
    text = record.get("text") or ""
    if not isinstance(text, str):
        text = str(text)
    truncated = max_chars is not None and len(text) > max_chars
    if truncated:
        text = text[:max_chars]
    marks = statement_marks({**record, "text": text}, max_statements=max_statements)
    out = []
    paras = paragraphs(text)
    for k, (ps, pe) in enumerate(paras):
        parts = []
        for a, b, covering in segments(text, marks, ps, pe):
            piece = text[a:b]
            parts.append(_mark_html(piece, covering) if covering else escape(piece))
        if truncated and k == len(paras) - 1:
            parts.append(Markup('<span class="cut">…</span>'))
        out.append(
            Markup('<p class="{cls}">{body}</p>').format(
                cls="headline"
                if k == 0 and record.get("title") and text[ps:pe] == record.get("title")
                else "para",
                body=Markup("").join(parts),
            )
        )
    return Markup("\n").join(out)
