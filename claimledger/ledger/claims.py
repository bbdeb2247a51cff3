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
TEXT_THRESHOLD = 0.5
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


def _claim_id(first: Item) -> str:
    # Stable across rebuilds while the claim's first statement stays its first.
    digest = hashlib.sha1(f"{first.report}\x00{first.sid}".encode()).hexdigest()
    return "c" + digest[:10]


def _main_figure(it: Item) -> tuple[Figure, Counted] | None:
    found = [(f, c) for f in it.figures if (c := counted(f, it)) is not None]
    if not found:
        return None
    # A figure of a known class (troops, dead) says more than one of an odd noun.
    for f, c in found:
        if c.what in CLASSES:
            return f, c
    return found[0]


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
        fc = _main_figure(it)
        if fc is not None:
            f, c = fc
            key = (c.what, c.country, c.modality, f.low, f.high)
            quantity[key].append(it)
            quantity_of.setdefault(key, fc)
        elif it.events:
            ev = it.events[0]
            events[(ev.type, ev.countries, ev.place)].append(it)
        else:
            rest.append(it)

    claims: list[Claim] = []
    for key, members in quantity.items():
        members.sort(key=order_key)
        f, c = quantity_of[key]
        claims.append(
            Claim(_claim_id(members[0]), "quantity", members, _figure_label(f, c), counted=c, figure=f)
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
    for members in _text_groups(rest):
        members.sort(key=order_key)
        claims.append(Claim(_claim_id(members[0]), "statement", members, _short(members[0].content)))
    claims.sort(key=lambda c: order_key(c.items[0]))
    return claims


def _event_claim(run: list[Item], etype: str, codes: tuple, place: str | None) -> Claim:
    run = sorted(run, key=order_key)
    label = etype.lower() + (" " + "/".join(codes) if codes else "") + (" in " + place if place else "")
    return Claim(_claim_id(run[0]), "event", run, label, event_type=etype, place=place)


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


def _text_groups(items: list[Item]) -> list[list[Item]]:
    """Union of statements whose TF-IDF cosine reaches TEXT_THRESHOLD, compared only within
    blocks of shared rare words."""
    if not items:
        return []
    bags = [Counter(words(it.content)) for it in items]
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(items)
    vectors = []
    for bag in bags:
        vec = {w: (1 + math.log(tf)) * math.log((1 + n) / (1 + df[w]) + 1) for w, tf in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    postings: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(bags):
        for w in sorted(bag, key=lambda w: df[w])[:_BLOCK_WORDS]:
            if df[w] > 1:
                postings[w].append(i)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, vec in enumerate(vectors):
        seen: set[int] = set()
        for w in sorted(bags[i], key=lambda w: df[w])[:_BLOCK_WORDS]:
            plist = postings.get(w, ())
            if len(plist) > _BLOCK_MAX_POSTINGS:
                continue
            for j in plist:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                other = vectors[j]
                small, big = (vec, other) if len(vec) <= len(other) else (other, vec)
                if sum(v * big.get(w2, 0.0) for w2, v in small.items()) >= TEXT_THRESHOLD:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Item]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[find(i)].append(it)
    return list(groups.values())
