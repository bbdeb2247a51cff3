"""What the ledger compares: one `Item` per attributed statement, read off a stored record.

The ledger never re-reads text: everything it needs (who, what, which figure, which event, on
whose authority, in which report) is taken from the record and the report's metadata here,
once, so that grouping and relations work on small values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimledger.resources.actors import fold

# Words that carry no proposition of their own: left out of content comparison.
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under about
    that this these those it its it's is are was were be been being has have had do does did
    will would could should may might can shall not no than then there their they them he she
    his her him we our us you your i me my who whom which what when where while also said says
    say told according so such very more most some any all each other own just only up out""".split()
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*")


def words(text: str) -> list[str]:
    """Folded content words of `text`, plurals cut to a rough stem so that 'troops' and
    'troop' compare equal."""
    out = []
    for w in _WORD.findall(fold(text or "")):
        w = w.replace("’", "'")
        if w in STOPWORDS:
            continue
        if w[0].isdigit():
            out.append(w.replace(",", ""))
            continue
        out.append(stem(w))
    return out


def stem(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# A dateline ("VESTERHOLM - ") or a live blog's time stamp ("12:30 - ") that a parse took
# into the speaker's mention.
_PREFIX = re.compile(r"^(?:[A-Z][A-Z .,'’-]{2,}|\d{1,2}[:.]\d{2})\s*[-–—]+\s*")


def clean_mention(name: str | None) -> str | None:
    if not name:
        return name
    return _PREFIX.sub("", name).strip() or name


# Content that rejects rather than asserts: a negated existence at the start of the clause, or
# words that call something untrue.
_REJECTING = re.compile(
    r"^(?:there (?:is|are|was|were|has been|have been) no\b|no one\b|nobody\b|none of\b|not a single\b"
    r"|not one\b)"
    r"|\b(?:fabricat\w*|disinformation|baseless|groundless|untrue|fake news|propaganda|slander\w*"
    r"|lies|a lie|nonsense|false)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A figure stated in a statement's content: a single value, or a range."""

    low: float
    high: float
    bound: str | None  # about | at least | up to | more than | None
    counts: str  # what is counted, as the text says it ("troops", "North Koreans")
    role: str | None  # dead | injured | None
    unit: str | None
    text: str
    kind: str | None = None  # count, money, percent, length, mass, duration, ...

    @property
    def value(self) -> float | None:
        return self.low if self.low == self.high else None


@dataclass(frozen=True)
class EventRef:
    type: str
    countries: tuple[str, ...]  # sorted country parts of the actors' and targets' codes
    place: str | None
    date_from: str | None
    date_to: str | None
    status: str


@dataclass
class Item:
    """One attributed statement with what the ledger needs of it and of its report."""

    document_id: int
    root_id: int  # the first copy of the report's text (itself when not a copy)
    report: str  # the report's input id
    sid: str
    outlet: str | None
    url: str | None
    date: str  # publication date, or the ingestion date when the report has none
    dated: bool  # False when `date` is the ingestion date
    position: int  # where the statement starts in its report
    speaker_text: str | None
    speaker_name: str | None
    speaker_type: str | None
    speaker_actor: str | None
    speaker_role: str | None
    content: str
    stance: str
    negated: bool
    kind: str | None
    cited_source: str | None
    parent: str | None
    figures: list[Figure] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # place names within the content
    countries: list[str] = field(default_factory=list)  # actor country codes within the content
    report_countries: frozenset[str] = frozenset()  # country codes of every actor in the report
    report_places: frozenset[str] = frozenset()  # names of the report's places below country level
    report_title: str | None = None
    # "X said that Y put the toll at 40": the figure is Y's, relayed by X (`relays` is Y's
    # statement id in the same report, `relayed` its item).
    relays: str | None = None
    relayed: Item | None = field(default=None, repr=False)
    identity: str | None = None  # set by speakers.resolve

    def __post_init__(self) -> None:
        # The statement rejects something: its cue ("denied") or its own words ("There are no
        # foreign soldiers here", "the reports are fabrications").
        # "did not deny" is no denial; "would not say whether" or "did not confirm" neither
        # denies nor asserts (`withholds`).
        if self.stance == "deny":
            self.denies: bool = not self.negated
        else:
            self.denies = bool(_REJECTING.search(self.content)) and not self.negated
        self.withholds: bool = self.negated and self.stance != "deny"

    @property
    def speaker_label(self) -> str:
        return self.speaker_name or self.speaker_text or "unknown"


_BOUND = {
    "lower": "at least",
    "upper": "up to",
    "at least": "at least",
    "min": "at least",
    "more than": "more than",
    "over": "more than",
    "up to": "up to",
    "at most": "up to",
    "max": "up to",
    "fewer than": "up to",
    "less than": "up to",
}


def _figure(q: dict) -> Figure | None:
    if q.get("change"):
        return None  # "rose by 3,000" is a difference, not an estimate of the thing
    value = q.get("total") if q.get("total") is not None else q.get("value")
    low, high = q.get("low"), q.get("high")
    if q.get("total") is None and low is not None and high is not None:
        lo, hi = float(low), float(high)
    elif value is not None:
        lo = hi = float(value)
    else:
        return None
    bound = q.get("bound")
    bound = _BOUND.get(str(bound).lower(), str(bound).lower()) if bound else None
    if bound is None and q.get("approximate"):
        bound = "about"
    counts = q.get("counts") or q.get("unit") or ""
    return Figure(lo, hi, bound, counts, q.get("role"), q.get("unit"), q.get("text") or "", q.get("kind"))


def _within(span: dict | None, outer: dict) -> bool:
    return span is not None and outer["start"] <= span["start"] and span["end"] <= outer["end"]


def items_from_record(
    record: dict,
    *,
    document_id: int,
    root_id: int | None,
    fallback_date: str | None = None,
) -> list[Item]:
    """The ledger's items for one stored record, one per statement with content."""
    published = (record.get("published") or "")[:10] or None
    date = published or (fallback_date or "")[:10]
    quantities = record.get("quantities") or []
    places = record.get("places") or []
    actors = record.get("actors") or []
    by_statement: dict[str, list[EventRef]] = {}
    for ev in record.get("events") or ():
        if not ev.get("statement"):
            continue
        codes = {a.get("code", "").split()[0] for a in (ev.get("actors") or []) + (ev.get("targets") or [])}
        place = None
        if isinstance(ev.get("place"), int) and 0 <= ev["place"] < len(places):
            p = places[ev["place"]]
            place = p.get("name") or p.get("text")
        d = ev.get("date") or {}
        by_statement.setdefault(ev["statement"], []).append(
            EventRef(
                ev.get("type") or "",
                tuple(sorted(c for c in codes if c)),
                place,
                d.get("from"),
                d.get("to"),
                ev.get("status") or "",
            )
        )
    report_countries = frozenset(a["code"].split()[0] for a in actors if a.get("code"))
    report_places = frozenset(
        (p.get("name") or p["text"]).lower() for p in places if p.get("kind") not in ("country", "demonym")
    )
    statements = record.get("statements") or []
    # A figure inside a statement nested in this one ("X said that Y put the toll at 40") is
    # Y's, relayed by X.
    nested: dict[str, list[tuple[str, dict]]] = {}
    for st in statements:
        if st.get("parent") and st.get("content"):
            nested.setdefault(st["parent"], []).append((st.get("id") or "", st["content"]))
    out = []
    for n, st in enumerate(statements):
        content = st.get("content") or {}
        if not content.get("text"):
            continue
        speaker = st.get("speaker") or {}
        sid = st.get("id") or f"s{n + 1}"
        inner = nested.get(sid, [])
        inside = [q for q in quantities if _within(q, content)]
        figures = [f for q in inside if (f := _figure(q)) is not None]
        relays = next((child for child, span in inner if any(_within(q, span) for q in inside)), None)
        out.append(
            Item(
                document_id=document_id,
                root_id=root_id if root_id is not None else document_id,
                report=record.get("id") or str(document_id),
                sid=sid,
                outlet=record.get("outlet"),
                url=record.get("url"),
                date=date,
                dated=published is not None,
                position=min(content.get("start", 0), speaker.get("start", content.get("start", 0)) or 0),
                speaker_text=clean_mention(speaker.get("text")),
                speaker_name=clean_mention(speaker.get("name")),
                speaker_type=speaker.get("type"),
                speaker_actor=speaker.get("actor"),
                speaker_role=speaker.get("role"),
                content=content["text"],
                stance=st.get("stance") or "assert",
                negated=bool(st.get("negated")),
                kind=st.get("kind"),
                cited_source=(st.get("cited_source") or {}).get("text"),
                parent=st.get("parent"),
                figures=figures,
                events=by_statement.get(sid, []),
                places=[p.get("name") or p["text"] for p in places if _within(p, content)],
                countries=[a["code"].split()[0] for a in actors if _within(a, content) and a.get("code")],
                report_countries=report_countries,
                report_places=report_places,
                report_title=record.get("title"),
                relays=relays,
            )
        )
    by_sid = {it.sid: it for it in out}
    for it in out:
        if it.relays is not None:
            it.relayed = by_sid.get(it.relays)
    return out
