"""What counts as the same claim: statements, across reports, that assert one proposition.

Three kinds, tried in this order for each statement:
- quantity: a figure for a counted thing (`counted.py`); the same counted thing, modality and
  figure (value, or low and high) make one claim, whoever says it and whenever;
- event: a happening the statement carries (the event extractor's type, the countries of its
  actors and targets, its place); mentions within `EVENT_WINDOW_DAYS` of each other are one;
- statement: any other content, grouped by TF-IDF cosine similarity of content words at or
  above `TEXT_THRESHOLD` (measured on the ledger gold, see the README).

Every comparison is inside a block (one key, or shared rare words), so the cost grows with
the number of statements, not with its square.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from claimledger.ledger.counted import CLASSES, Counted, counted
from claimledger.ledger.items import Figure, Item, words

EVENT_WINDOW_DAYS = 7
_COUNTED_WORDS = frozenset(w for ws in CLASSES.values() for w in ws.split()) | {"people", "men", "women"}
TEXT_THRESHOLD = 0.5
DENIAL_THRESHOLD = 0.3
# Words in more statements than this do not open a comparison block (they still score).
_BLOCK_MAX_POSTINGS = 400
_BLOCK_WORDS = 6


@dataclass
class Claim:
    id: str
    kind: str  # quantity | event | statement
    items: list[Item]
    label: str
    counted: Counted | None = None
    figure: Figure | None = None
    event_type: str | None = None
    place: str | None = None
    # Filled in by relations.annotate:
    relations: dict[int, str] = field(default_factory=dict)  # index in items -> relation
    status: str = "claimed"
    origins: int = 0
    outlets: int = 0


def order_key(it: Item) -> tuple:
    return (it.date or "9999", not it.dated, it.document_id, it.position)


def _claim_id(first: Item, key: object = "") -> str:
    # Stable across rebuilds while the claim's first statement stays its first; the key tells
    # apart the claims of one statement with several figures.
    digest = hashlib.sha1(f"{first.report}\x00{first.sid}\x00{key!r}".encode()).hexdigest()
    return "c" + digest[:10]


def _figures(it: Item) -> list[tuple[Figure, Counted]]:
    """The figures of a statement that count something the ledger follows, one per counted
    thing and figure: "three killed, 12 injured" states two."""
    out: dict[tuple, tuple[Figure, Counted]] = {}
    for f in it.figures:
        c = counted(f, it)
        if c is not None:
            out.setdefault((c.what, c.country, c.modality, f.low, f.high), (f, c))
    return list(out.values())


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def group(items: list[Item]) -> list[Claim]:
    """Partition the statements into claims."""
    quantity: dict[tuple, list[Item]] = defaultdict(list)
    quantity_of: dict[tuple, tuple[Figure, Counted]] = {}
    events: dict[tuple, list[Item]] = defaultdict(list)
    rest: list[Item] = []
    for it in items:
        found = _figures(it)
        # A statement belongs to one claim per proposition it carries: every figure is one.
        for f, c in found:
            key = (c.family, c.country, c.modality, f.low, f.high)
            quantity[key].append(it)
            quantity_of.setdefault(key, (f, c))
        if found:
            continue
        if it.events:
            ev = it.events[0]
            events[(ev.type, ev.countries, ev.place)].append(it)
        else:
            rest.append(it)

    claims: list[Claim] = []
    for key, group_items in quantity.items():
        for members in _same_context(group_items):
            members.sort(key=order_key)
            f, c = _typical(members, key)
            claims.append(
                Claim(
                    _claim_id(members[0], key), "quantity", members, _figure_label(f, c), counted=c, figure=f
                )
            )
    for (etype, codes, place), members in events.items():
        members.sort(key=lambda it: (it.events[0].date_to or it.date or "9999", *order_key(it)))
        run: list[Item] = []
        for it in members:
            d = it.events[0].date_to or it.date
            if run:
                gap = _days(run[0].events[0].date_to or run[0].date, d)
                if gap is not None and gap > EVENT_WINDOW_DAYS:
                    claims.append(_event_claim(run, etype, codes, place))
                    run = []
            run.append(it)
        if run:
            claims.append(_event_claim(run, etype, codes, place))
    vectors = _Vectors(items)
    for members in _text_groups(rest, vectors):
        members.sort(key=order_key)
        claims.append(Claim(_claim_id(members[0]), "statement", members, _short(members[0].content)))
    claims = _attach_denials(claims, vectors, items)
    claims.sort(key=lambda c: order_key(c.items[0]))
    return claims


def _typical(members: list[Item], key: tuple) -> tuple[Figure, Counted]:
    """The figure and counted thing of a quantity claim, as most of its statements put it."""
    seen: Counter = Counter()
    first: dict[str, tuple[Figure, Counted]] = {}
    for it in members:
        for f, c in _figures(it):
            if (c.family, c.country, c.modality, f.low, f.high) == key:
                seen[c.what] += 1
                first.setdefault(c.what, (f, c))
    return first[seen.most_common(1)[0][0]]


def _context(it: Item) -> set[str]:
    """What ties a figure to its story besides the figure: the report's places below country
    level, the countries in the statement, content words other than numbers and counted nouns."""
    out = {"place:" + p for p in it.report_places} | {"country:" + c for c in it.countries}
    out |= {w for w in words(it.content) if not w[0].isdigit() and w not in _COUNTED_WORDS and len(w) > 2}
    return out


def _same_context(items: list[Item]) -> list[list[Item]]:
    """Statements giving the same figure for the same kind of thing, split into groups that
    share some context (a place, a country, a rare word, or a copy of one report): "3,000
    troops" in two unrelated stories are two claims."""
    if len(items) == 1:
        return [items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, it in enumerate(items):
        for token in _context(it) | {f"root:{it.root_id}"}:
            j = owner.setdefault(token, i)
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Item]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[find(i)].append(it)
    return list(groups.values())


def _event_claim(run: list[Item], etype: str, codes: tuple, place: str | None) -> Claim:
    run = sorted(run, key=order_key)
    label = etype.lower() + (" " + "/".join(codes) if codes else "") + (" in " + place if place else "")
    return Claim(_claim_id(run[0], (etype, codes, place)), "event", run, label, event_type=etype, place=place)


def _figure_label(f: Figure, c: Counted) -> str:
    if f.value is not None:
        fig = f"{f.value:,.0f}" if f.value == int(f.value) else f"{f.value:,}"
    else:
        fig = f"{f.low:,.0f}-{f.high:,.0f}"
    bound = (f.bound + " ") if f.bound else ""
    return f"{bound}{fig} {c.label}"


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


class _Vectors:
    """TF-IDF vectors of every statement's content words, with an index of rare words to
    find the statements worth comparing."""

    def __init__(self, items: list[Item]):
        self.index = {id(it): i for i, it in enumerate(items)}
        self.bags = [Counter(words(it.content)) for it in items]
        self.df: Counter = Counter()
        for bag in self.bags:
            self.df.update(bag.keys())
        n = len(items)
        self.vectors = []
        for bag in self.bags:
            vec = {w: (1 + math.log(tf)) * math.log((1 + n) / (1 + self.df[w]) + 1) for w, tf in bag.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.vectors.append({w: v / norm for w, v in vec.items()})
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i in range(n):
            for w in self.rare(i):
                if self.df[w] > 1:
                    self.postings[w].append(i)

    def rare(self, i: int) -> list[str]:
        return sorted(self.bags[i], key=lambda w: (self.df[w], w))[:_BLOCK_WORDS]

    def neighbours(self, i: int):
        """Statements sharing one of i's rare words (each once)."""
        seen: set[int] = {i}
        for w in self.rare(i):
            plist = self.postings.get(w, ())
            if len(plist) > _BLOCK_MAX_POSTINGS:
                continue
            for j in plist:
                if j not in seen:
                    seen.add(j)
                    yield j

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(w, 0.0) for w, v in a.items())


def _text_groups(items: list[Item], vectors: _Vectors) -> list[list[Item]]:
    """Union of statements whose TF-IDF cosine reaches TEXT_THRESHOLD, compared only within
    blocks of shared rare words."""
    mine = [vectors.index[id(it)] for it in items]
    wanted = set(mine)
    parent = {i: i for i in mine}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in mine:
        for j in vectors.neighbours(i):
            if j in wanted and j > i and vectors.cosine(i, j) >= TEXT_THRESHOLD:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Item]] = defaultdict(list)
    for i, it in zip(mine, items, strict=True):
        groups[find(i)].append(it)
    return list(groups.values())


def _attach_denials(claims: list[Claim], vectors: _Vectors, items: list[Item]) -> list[Claim]:
    """A statement-kind claim made only of denials joins the claim it denies: the most similar
    claim that asserts something, when the similarity reaches DENIAL_THRESHOLD. So "there are
    no foreign soldiers here" sits beside "3,000 foreign soldiers were sent there" and makes
    it contested, instead of standing as an unrelated claim."""
    claim_of = {}
    for c in claims:
        for it in c.items:
            claim_of[vectors.index[id(it)]] = c
    absorbed: set[str] = set()
    for c in claims:
        if c.kind != "statement" or not all(it.denies for it in c.items):
            continue
        best, best_score = None, DENIAL_THRESHOLD
        for it in c.items:
            i = vectors.index[id(it)]
            for j in vectors.neighbours(i):
                other = claim_of.get(j)
                if other is None or other is c or other.id in absorbed or items[j].denies:
                    continue
                score = vectors.cosine(i, j)
                if score >= best_score:
                    best, best_score = other, score
        if best is not None:
            best.items.extend(c.items)
            best.items.sort(key=order_key)
            absorbed.add(c.id)
            for it in c.items:
                claim_of[vectors.index[id(it)]] = best
    return [c for c in claims if c.id not in absorbed]
