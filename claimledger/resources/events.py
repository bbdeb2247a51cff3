"""The event lexicon: trigger rows, word classes and instruments, loaded once from
resources/events_triggers.tsv, events_classes.tsv and events_instruments.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Row:
    """One line of events_triggers.tsv."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    acled_type: str | None
    acled_subtype: str | None
    when: tuple  # alternatives, each a tuple of (negated, key, argument)
    role: str


@dataclass(frozen=True)
class EventLexicon:
    rows: dict  # (lemma, pos) -> tuple[Row, ...]
    classes: dict  # class name -> frozenset of lemmas
    instruments: dict  # word -> (mode, acled_type, acled_subtype)

    def of(self, name: str) -> frozenset:
        return self.classes.get(name, frozenset())


def _dash(v: str) -> str | None:
    v = v.strip()
    return None if v in ("", "-") else v


def _conditions(when: str) -> tuple:
    when = when.strip()
    if when in ("", "-"):
        return ()
    alts = []
    for alt in when.split("|"):
        conds = []
        for c in alt.split(","):
            c = c.strip()
            neg = c.startswith("!")
            key, _, arg = c.lstrip("!").partition("=")
            conds.append((neg, key, arg))
        alts.append(tuple(conds))
    return tuple(alts)


def _lines(name: str):
    text = resources.files("claimledger.resources").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    rows: dict = {}
    for cols in _lines("events_triggers.tsv"):
        lemma, pos, typ, mode, at, ast, when, role = (cols + ["-"] * 8)[:8]
        r = Row(lemma.lower(), pos, typ, _dash(mode), _dash(at), _dash(ast), _conditions(when), role.strip())
        rows.setdefault((r.lemma, r.pos), []).append(r)
    classes = {}
    for cols in _lines("events_classes.tsv"):
        classes[cols[0].strip()] = frozenset(w.strip().lower() for w in cols[1].split(",") if w.strip())
    instruments = {}
    for cols in _lines("events_instruments.tsv"):
        instruments[cols[0].strip().lower()] = (_dash(cols[1]), _dash(cols[2]), _dash(cols[3]))
    return EventLexicon({k: tuple(v) for k, v in rows.items()}, classes, instruments)
