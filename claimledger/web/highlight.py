"""Marking up a report's text with every layer of its record, for the report reader.

A record's spans overlap freely: a content span usually contains the speaker of a nested
statement, a cue sits inside another statement's content, a place is also an actor and a
speaker ("Minsk denies"). HTML cannot nest overlapping elements, so the text is cut at every
span start and end into flat segments; each segment carries the classes of the layers that
cover it and becomes one `<mark>` element. No mark is ever nested in another, so any overlap
renders, and the stylesheet (static/reader.css) composes the layers' looks.

One item of a layer (one place, one statement's content, ...) usually covers several segments.
Each item gets one focusable element, an empty link placed right after its first segment: its
`aria-label` says what the item is (the stylesheet shows it as the tooltip on focus and on
hovering that segment) and it leads to the item's row in the tables under the text, or for a
statement's content to its claim. The links hold no text, so the report's text stays exactly
the text; every segment's `title` lists all the items that cover it, for pointer users.

Every piece of report text and every record value goes through `markupsafe.escape`; this
module is the one place where the web face builds HTML outside a template.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Layer:
    key: str  # the toggle's id is layer-KEY
    cls: str  # the segments' class
    label: str  # the legend's words
    look: str  # the signal that is not colour, said in the legend


# The legend's order; a segment lists its classes in this order too.
LAYERS = [
    Layer("speaker", "hl-speaker", "speakers", "bold, shaded"),
    Layer("cue", "hl-cue", "cues", "italic, shaded"),
    Layer("content", "hl-content", "statements", "shaded"),
    Layer("source", "hl-source", "cited sources", "solid underline"),
    Layer("venue", "hl-venue", "venues", "dotted underline"),
    Layer("place", "hl-place", "places", "dashed underline"),
    Layer("actor", "hl-actor", "actors", "line above"),
    Layer("time", "hl-time", "times", "low band"),
    Layer("quantity", "hl-quantity", "quantities", "boxed"),
    Layer("event", "hl-event", "events", "wavy underline"),
]
LAYER = {layer.key: layer for layer in LAYERS}
LEGEND = [(layer.cls, layer.label) for layer in LAYERS]

# The statement fields that are highlighted, and the layer each one belongs to.
STATEMENT_FIELDS = {
    "speaker": "speaker",
    "cue": "cue",
    "content": "content",
    "cited_source": "source",
    "venue": "venue",
}
SPAN_CLASSES = {f: LAYER[key].cls for f, key in STATEMENT_FIELDS.items()}

# The record's item lists that are layers of their own, with the anchor prefix of their rows.
LIST_LAYERS = {"places": "place", "actors": "actor", "times": "time", "quantities": "quantity"}

# Bounds on what one value, one tooltip and one title may hold: a record is untrusted input.
MAX_VALUE_CHARS = 160
MAX_LAYER_ITEMS = 2000  # items of each of places, actors, times, quantities, events on one page
MAX_TITLE_CHARS = 1200

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
    item: int = -1  # index of the Item this span is one of (-1: none)


@dataclass
class Item:
    """One thing a layer shows: one place, one statement's speaker, one event mention, ...

    Items of one layer on the same characters are one item (a speaker mention shared by two
    statements), their descriptions joined."""

    layer: Layer
    start: int
    end: int
    href: str
    lines: list[str]
    summary: str
    statements: list[str] = field(default_factory=list)
    dom_id: str = ""


# ---- reading untrusted values ------------------------------------------------------------


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _span_of(sp, n: int) -> tuple[int, int] | None:
    """(start, end) of a span dict whose offsets fit a text of length n, else None."""
    if not isinstance(sp, dict):
        return None
    start, end = _int(sp.get("start")), _int(sp.get("end"))
    if start is None or end is None or not 0 <= start < end <= n:
        return None
    return start, end


def _val(value) -> str:
    """A record value as bounded text: numbers readable, anything else str()."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.6g}" if abs(value) >= 1e6 else f"{value:.6g}"
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def _join(*parts, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def _kv(key: str, value) -> str:
    v = _val(value)
    return f"{key}: {v}" if v else ""


def _quoted(sp) -> str:
    return _val(sp.get("text")) if isinstance(sp, dict) else ""


def interval(frm, to) -> str:
    """'2025-03-04', '2025-02-24 to 2025-03-02', 'until 2025-03-04', or ''."""
    a, b = _val(frm), _val(to)
    if a and b:
        return a if a == b else f"{a} to {b}"
    if a:
        return f"from {a}"
    if b:
        return f"until {b}"
    return ""


def amount(q: dict) -> str:
    """A quantity's figure as a reader says it: '≈48,000', '2,000 to 9,999', 'at least 12'."""
    value = q.get("value")
    if value is not None:
        text = _val(value)
    else:
        low, high = _val(q.get("low")), _val(q.get("high"))
        text = f"{low} to {high}" if low and high and low != high else (low or high)
    bound = {"lower": "at least ", "upper": "up to "}.get(_val(q.get("bound")), "")
    if text and bound:
        text = bound + text
    if text and q.get("approximate") is True:
        text = "≈" + text
    return text


def unit_of(q: dict) -> str:
    unit, canon = _val(q.get("unit")), _val(q.get("unit_canonical"))
    return f"{unit} ({canon})" if canon and canon != unit else unit


def coordinates(p: dict) -> str:
    lat, lon = p.get("lat"), p.get("lon")
    if all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lon)):
        return f"{lat:.4f}, {lon:.4f}"
    return ""


# ---- items of each layer -------------------------------------------------------------------


class _Items:
    """The items of a record's layers, merged per (layer, start, end)."""

    def __init__(self, n: int):
        self.n = n
        self.items: list[Item] = []
        self.marks: list[Mark] = []
        self._at: dict[tuple[str, int, int], int] = {}

    def add(self, layer: str, sp, href: str, lines: list[str], summary: str, sid: str = "", rank: int = 0):
        """Add one item (or fold it into the same layer's item on the same characters);
        returns its index, or None when the span does not fit the text."""
        where = _span_of(sp, self.n)
        if where is None:
            return None
        key = (layer, *where)
        k = self._at.get(key)
        if k is None:
            k = len(self.items)
            self._at[key] = k
            self.items.append(Item(LAYER[layer], where[0], where[1], href, list(lines), summary))
        else:
            item = self.items[k]
            new = [line for line in lines if line not in item.lines]
            if new:
                item.lines.extend(new)
            if summary not in item.summary:
                item.summary = f"{item.summary}; {summary}"
        item = self.items[k]
        if sid and sid not in item.statements:
            item.statements.append(sid)
        self.marks.append(Mark(where[0], where[1], LAYER[layer].cls, sid, layer, rank, k))
        return k


def _statement_items(found: _Items, statements: list, claim_of: dict, base: str) -> dict[str, int]:
    """Speaker, cue, content, cited source and venue of every statement; returns
    {statement id: index of its content item}."""
    content_of: dict[str, int] = {}
    for i, st in enumerate(statements):
        if not isinstance(st, dict):
            continue
        sid = str(st.get("id") or f"#{i + 1}")
        row = "#statement-" + sid
        sp = _dict(st.get("speaker"))
        stance = _val(st.get("stance"))
        flags = _join(
            "negated" if st.get("negated") is True else "",
            "conditional" if st.get("conditional") is True else "",
            sep=", ",
        )
        who = _val(sp.get("name")) or _quoted(sp)
        claims = [str(c) for c in (claim_of.get(sid) or []) if c is not None]
        rank = i * len(STATEMENT_FIELDS)
        found.add(
            "speaker",
            sp,
            row,
            [
                f"Speaker of {sid}: {who}" if who else f"Speaker of {sid}",
                _kv("role", sp.get("role")),
                _join(_kv("type", sp.get("type")), _kv("actor", sp.get("actor"))),
            ],
            f"speaker of {sid}: {who}",
            sid,
            rank,
        )
        found.add(
            "cue",
            st.get("cue"),
            row,
            [f"Cue of {sid}: {_quoted(st.get('cue'))}", _join(_kv("stance", stance), flags)],
            f"cue of {sid} ({stance})",
            sid,
            rank + 1,
        )
        href = f"{base}/claims/{quote(claims[0], safe='')}" if claims else row
        k = found.add(
            "content",
            st.get("content"),
            href,
            [
                _join(f"Statement {sid}", stance, _val(st.get("kind")).replace("_", " "), flags),
                _kv("speaker", who),
                _kv("cue", _quoted(st.get("cue"))),
                _kv("in", st.get("parent")),
                (
                    _kv("claim", ", ".join(claims[:5]) + (" …" if len(claims) > 5 else ""))
                    + " (Enter opens it)"
                    if claims
                    else "no claim in the ledger (Enter shows the statement)"
                ),
            ],
            _join(f"statement {sid}", stance, who and f"by {who}", sep=", "),
            sid,
            rank + 2,
        )
        if k is not None:
            content_of.setdefault(sid, k)
        for f, layer, what in (("cited_source", "source", "Cited source"), ("venue", "venue", "Venue")):
            found.add(
                layer,
                st.get(f),
                row,
                [f"{what} of {sid}: {_quoted(st.get(f))}"],
                f"{what.lower()} of {sid}",
                sid,
                rank + (3 if f == "cited_source" else 4),
            )
    return content_of


def _place_lines(p: dict) -> tuple[list[str], str]:
    name = _val(p.get("name")) or _quoted(p)
    gid = p.get("geonames_id")
    return [
        f"Place: {name}",
        _join(_kv("kind", p.get("kind")), _kv("country", p.get("country"))),
        _kv("GeoNames", str(gid) if _int(gid) is not None else gid),
        _kv("coordinates", coordinates(p)),
        _kv("stands for", p.get("stands_for")),
    ], _join(f"place: {name}", _val(p.get("country")), sep=", ")


def _actor_lines(a: dict) -> tuple[list[str], str]:
    code, name = _val(a.get("code")), _val(a.get("name"))
    return [
        f"Actor: {code or 'no code'}",
        _kv("name", name),
        _kv("type", a.get("type")),
    ], f"actor: {_join(code, name, sep=' ')}"


def _time_lines(t: dict) -> tuple[list[str], str]:
    when = interval(t.get("from"), t.get("to"))
    return [
        f"Time: {when or _val(t.get('duration')) or 'unresolved'}",
        _join(_kv("kind", t.get("kind")), _kv("granularity", t.get("granularity"))),
        _join(
            _kv("duration", t.get("duration")),
            _kv("mod", t.get("mod")),
            "relative" if t.get("relative") is True else "",
        ),
    ], f"time: {when or _val(t.get('duration')) or _quoted(t)}"


def _quantity_lines(q: dict) -> tuple[list[str], str]:
    figure, unit = amount(q), unit_of(q)
    change = _dict(q.get("change"))
    return [
        f"Quantity: {_join(figure, unit, sep=' ')}",
        _kv("counts", q.get("counts")),
        _join(_kv("kind", q.get("kind")), _kv("role", q.get("role")), _kv("per", q.get("rate"))),
        _kv("change", _join(_val(change.get("direction")), _val(change.get("part")), sep=", ")),
    ], f"quantity: {_join(figure, unit, sep=' ')}"


def _place_at(places: list, index) -> dict:
    """The place an event's `place` index points at, or {}."""
    k = _int(index)
    return _dict(places[k]) if k is not None and 0 <= k < len(places) else {}


def _event_lines(e: dict, places: list, eid: str, mention: dict) -> tuple[list[str], str]:
    kind = _join(_val(e.get("type")), _val(e.get("mode")) and f"({_val(e.get('mode'))})", sep=" ")
    acled = _join(_val(e.get("acled_type")), _val(e.get("acled_subtype")), sep=" / ")
    place = _place_at(places, e.get("place"))
    date = _dict(e.get("date"))
    status = _val(e.get("status"))
    said = _val(mention.get("status")) if mention is not e else ""
    return [
        f"Event {eid}: {kind}",
        _kv("ACLED", acled),
        _join(
            _kv("status", status),
            said and said != status and f"here {said}",
            _kv("statement", mention.get("statement")),
            sep=", ",
        ),
        _kv("where", place and (_val(place.get("name")) or _quoted(place))),
        _kv("when", interval(date.get("from"), date.get("to"))),
        _join(_kv("size", e.get("size")), _kv("dead", e.get("dead")), _kv("injured", e.get("injured"))),
    ], f"event {eid}: {_join(kind, status, sep=', ')}"


_LINES = {"places": _place_lines, "actors": _actor_lines, "times": _time_lines, "quantities": _quantity_lines}


def collect(
    record: dict,
    *,
    n: int,
    claim_of: dict | None = None,
    base: str = "",
    max_statements: int | None = None,
    max_items: int | None = None,
) -> tuple[_Items, dict[str, int], dict[str, dict[int, int]]]:
    """Every layer's items over a text of length `n`: (the items, {statement id: its content
    item}, {list name: {index in the record's list: item}})."""
    found = _Items(n)
    statements = _list(record.get("statements"))
    content_of = _statement_items(found, statements[:max_statements], claim_of or {}, base)
    item_of: dict[str, dict[int, int]] = {}
    for name, layer in LIST_LAYERS.items():
        values = _list(record.get(name))
        item_of[name] = {}
        for i, x in enumerate(values[:max_items]):
            if isinstance(x, dict):
                lines, summary = _LINES[name](x)
                k = found.add(layer, x, f"#{layer}-{i + 1}", lines, summary, rank=10**9 + i)
                if k is not None:
                    item_of[name][i] = k
    events = _list(record.get("events"))
    places = _list(record.get("places"))
    item_of["events"] = {}
    budget = max_items
    for i, e in enumerate(events[:max_items]):
        if not isinstance(e, dict):
            continue
        eid = _val(e.get("id")) or f"#{i + 1}"
        mentions = [m for m in _list(e.get("mentions")) if isinstance(m, dict)]
        for m in mentions or [_dict(e.get("trigger"))]:
            if budget is not None:
                if budget <= 0:
                    break
                budget -= 1
            lines, summary = _event_lines(e, places, eid, m if mentions else e)
            k = found.add("event", m, f"#event-{i + 1}", lines, summary, rank=2 * 10**9 + i)
            if k is not None:
                item_of["events"].setdefault(i, k)
    counters: dict[str, int] = {}
    for item in found.items:
        counters[item.layer.key] = counters.get(item.layer.key, 0) + 1
        item.dom_id = f"at-{item.layer.key}-{counters[item.layer.key]}"
    return found, content_of, item_of


def statement_marks(record: dict, max_statements: int | None = None) -> list[Mark]:
    """The highlightable spans of a record's statements; spans whose offsets do not fit the
    text are left out rather than trusted."""
    text = record.get("text") or ""
    statements = _list(record.get("statements"))
    found = _Items(len(text))
    _statement_items(found, statements[:max_statements], {}, "")
    return found.marks


# ---- cutting and rendering -----------------------------------------------------------------


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


def _title(texts: list[str]) -> str:
    title = "\n".join(texts)
    return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"


def _e(value) -> str:
    """`value` escaped for HTML text and attribute values (quotes included)."""
    return str(escape(value))


def _tip_html(item: Item) -> str:
    label = "\n".join(line for line in item.lines if line)
    return (
        f'<a class="tip tip-{_e(item.layer.key)}" id="{_e(item.dom_id)}" href="{_e(item.href)}"'
        f' aria-label="{_e(label)}"></a>'
    )


def _mark_html(piece: str, covering: tuple[Mark, ...], items: list[Item], opened: list[Item]) -> str:
    present = {m.cls for m in covering}
    classes = " ".join(layer.cls for layer in LAYERS if layer.cls in present)
    sids: list[str] = []
    seen: list[int] = []
    for m in covering:
        if m.statement and m.statement not in sids:
            sids.append(m.statement)
        if m.item >= 0 and m.item not in seen:
            seen.append(m.item)
    attrs = f' data-statements="{_e(" ".join(sids))}"' if sids else ""
    title = _title([items[k].summary for k in seen])
    html = f'<mark class="hl {_e(classes)}"{attrs} title="{_e(title)}">{_e(piece)}</mark>'
    if opened:
        html += '<span class="tips">' + "".join(_tip_html(item) for item in opened) + "</span>"
    return html


def render(
    text: str, marks: list[Mark], items: list[Item], *, title: str | None = None, truncated: bool = False
) -> Markup:
    """`text` as HTML paragraphs, cut into flat segments at every mark boundary; each item's
    focusable link follows the first segment it covers.

    Built as plain strings, every value through `_e` (markupsafe's escape): Markup.format
    costs several times as much on a long report's tens of thousands of segments."""
    out = []
    paras = paragraphs(text)
    opened: set[int] = set()
    order = {layer.key: i for i, layer in enumerate(LAYERS)}
    # One sweep over the marks sorted by start: a paragraph looks only at the marks that
    # began before its end and have not ended before its start.
    pending = sorted(marks, key=lambda m: m.start)
    j = 0
    carried: list[Mark] = []
    for k, (ps, pe) in enumerate(paras):
        while j < len(pending) and pending[j].start < pe:
            carried.append(pending[j])
            j += 1
        carried = [m for m in carried if m.end > ps]
        parts = []
        for a, b, covering in segments(text, carried, ps, pe):
            piece = text[a:b]
            if not covering:
                parts.append(_e(piece))
                continue
            starting = []
            for m in covering:
                if m.item >= 0 and m.item not in opened:
                    opened.add(m.item)
                    starting.append(items[m.item])
            starting.sort(key=lambda item: order[item.layer.key])
            parts.append(_mark_html(piece, covering, items, starting))
        if truncated and k == len(paras) - 1:
            parts.append('<span class="cut">…</span>')
        cls = "headline" if k == 0 and title and text[ps:pe] == title else "para"
        out.append(f'<p class="{cls}">' + "".join(parts) + "</p>")
    return Markup("\n".join(out))


def _text_of(record: dict, max_chars: int | None) -> tuple[str, bool]:
    text = record.get("text") or ""
    if not isinstance(text, str):
        text = str(text)
    truncated = max_chars is not None and len(text) > max_chars
    return (text[:max_chars] if truncated else text), truncated


def highlight(record: dict, max_chars: int | None = None, max_statements: int | None = None) -> Markup:
    """The record's text as HTML paragraphs with every layer's spans marked.

    `max_chars` cuts the text (for very long reports) before rendering; a cut paragraph ends
    in an ellipsis. Markup.format escapes every argument that is not Markup already.
    """
    return reader(record, max_chars=max_chars, max_statements=max_statements)["body"]


def reader(
    record: dict,
    *,
    claim_of: dict | None = None,
    base: str = "",
    max_chars: int | None = None,
    max_statements: int | None = None,
    max_items: int | None = None,
) -> dict:
    """What the report reader shows of a record: the highlighted text (`body`), the layers
    with their item counts (`layers`), and the rows of the tables under the text (`places`,
    `actors`, `times`, `quantities`, `events`, each bounded by `max_items`, with how many
    were left out in `cut`, and each row's `at`, the id of its link in the text)."""
    text, truncated = _text_of(record, max_chars)
    found, content_of, item_of = collect(
        record, n=len(text), claim_of=claim_of, base=base, max_statements=max_statements, max_items=max_items
    )
    title = record.get("title") if isinstance(record.get("title"), str) else None
    body = render(text, found.marks, found.items, title=title, truncated=truncated)
    counts: dict[str, int] = {}
    for item in found.items:
        counts[item.layer.key] = counts.get(item.layer.key, 0) + 1
    view: dict = {
        "body": body,
        "layers": [
            {
                "key": layer.key,
                "cls": layer.cls,
                "label": layer.label,
                "look": layer.look,
                "count": counts.get(layer.key, 0),
            }
            for layer in LAYERS
        ],
        "at_statement": {sid: found.items[k].dom_id for sid, k in content_of.items()},
        "cut": {},
    }
    places = _list(record.get("places"))
    for name in (*LIST_LAYERS, "events"):
        values = _list(record.get(name))
        kept = values[:max_items]
        rows = []
        for i, x in enumerate(kept):
            if not isinstance(x, dict):
                continue
            k = item_of[name].get(i)
            rows.append(
                {
                    "n": i + 1,
                    "at": found.items[k].dom_id if k is not None else None,
                    "item": x,
                    **_row_extras(name, x, places),
                }
            )
        view[name] = rows
        view["cut"][name] = len(values) - len(kept)
    return view


def _row_extras(name: str, x: dict, places: list) -> dict:
    """The derived cells of a table row (the template shows the raw values beside them)."""
    if name == "places":
        return {"coordinates": coordinates(x)}
    if name == "times":
        return {"when": interval(x.get("from"), x.get("to"))}
    if name == "quantities":
        return {"amount": amount(x), "unit": unit_of(x)}
    if name == "events":
        place = _place_at(places, x.get("place"))
        date = _dict(x.get("date"))
        trigger = _dict(x.get("trigger"))
        return {
            "trigger": _val(trigger.get("text")),
            "place": _val(place.get("name")) or _quoted(place),
            "when": interval(date.get("from"), date.get("to")),
        }
    return {}
