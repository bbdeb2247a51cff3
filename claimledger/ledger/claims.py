"""What counts as the same claim: statements, across reports, that assert one proposition.

Three kinds:
- quantity: a figure for a counted thing (`counted.py`); the same counted thing, modality and
  figure (value, or low and high), in one story's context, make one claim, whoever says it
  and whenever;
- event: a happening the statement carries (the event extractor's type, the countries of its
  actors and targets, its place); mentions within `EVENT_WINDOW_DAYS` of each other are one;
- statement: any other content, grouped by TF-IDF cosine similarity of content words at or
  above `TEXT_THRESHOLD` (measured on the ledger gold, see the README).
A statement is in one quantity claim per figure it gives and in the event claim of the
happening it carries; only a statement with neither is a statement claim.

Every comparison is inside a block (one key, or shared rare words), so the cost grows with
the number of statements, not with its square.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from claimledger.ledger.counted import BARE, CLASSES, HUMAN, Counted, counted
from claimledger.ledger.items import Figure, Item, words

EVENT_WINDOW_DAYS = 7
_COUNTED_WORDS = frozenset(w for ws in CLASSES.values() for w in ws.split()) | {"people", "men", "women"}
TEXT_THRESHOLD = 0.5
DENIAL_THRESHOLD = 0.2
# Words in more statements than this do not open a comparison block (they still score).
_BLOCK_MAX_POSTINGS = 100
_BLOCK_WORDS = 6
_WIDE_MAX_POSTINGS = 100


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
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


# Counted things that are outcomes: a figure of dead is never a figure of injured.
_OUTCOMES = frozenset({"dead", "injured", "casualties", "cases"})
# Below this a figure is common enough that the counted noun must agree as well.
_DISTINCTIVE = 100


def _figure_key(f: Figure, c: Counted) -> tuple:
    """What must be equal for two figures to be one claim, before context and nouns are
    compared: the figure, the modality, and for outcomes, measures and small figures what
    they count."""
    measure = f.kind not in (None, "count")
    what = c.what if (measure or c.what in _OUTCOMES or f.high < _DISTINCTIVE) else "count"
    return (what, c.country, c.modality, f.low, f.high)


def group(items: list[Item]) -> list[Claim]:
    """Partition the statements into claims (a statement with several figures is in several)."""
    quantity: dict[tuple, list[tuple[Item, Figure, Counted]]] = defaultdict(list)
    events: dict[tuple, list[Item]] = defaultdict(list)
    rest: list[Item] = []
    for it in items:
        found = _figures(it)
        # A statement belongs to one claim per proposition it carries: every figure is one
        # ("48,000 people, 48,000 crossings" in one sentence is one figure).
        keys: dict[tuple, tuple[Figure, Counted]] = {}
        for f, c in found:
            keys.setdefault(_figure_key(f, c), (f, c))
        for key, (f, c) in keys.items():
            quantity[key].append((it, f, c))
        if it.events:
            # "3,000 troops were sent to X" is also the claim that troops were sent.
            ev = it.events[0]
            events[(ev.type, ev.countries, ev.place)].append(it)
        elif not found:
            rest.append(it)

    claims: list[Claim] = []
    for key, entries in quantity.items():
        fc = {id(it): (f, c) for it, f, c in entries}
        for in_context in _same_context([it for it, _, _ in entries]):
            for members in _same_thing(in_context, fc):
                members.sort(key=order_key)
                f, c = _typical(members, fc)
                claims.append(
                    Claim(
                        _claim_id(members[0], (key, c.family)),
                        "quantity",
                        members,
                        _figure_label(f, c),
                        counted=c,
                        figure=f,
                    )
                )
    for (etype, codes, place), in_key in events.items():
        for members in _same_context(in_key):
            claims.extend(_event_runs(members, etype, codes, place))
    vectors = _Vectors(items)

    for members in _text_groups(rest, vectors):
        members.sort(key=order_key)
        claims.append(Claim(_claim_id(members[0]), "statement", members, _short(members[0].content)))
    claims = _attach_denials(claims, vectors)
    claims.sort(key=lambda c: order_key(c.items[0]))
    return claims


def _same_thing(members: list[Item], fc: dict[int, tuple[Figure, Counted]]) -> list[list[Item]]:
    """One distinctive figure in one story under different nouns ("48,000 people crossed",
    "48,000 crossings", "48,000 refugees") is one claim; but two known kinds of thing
    (troops and ships) stay apart. Nouns outside the known classes join the largest class."""
    by_family: dict[str, list[Item]] = defaultdict(list)
    unknown: list[Item] = []
    for it in members:
        c = fc[id(it)][1]
        if c.what in CLASSES or c.what in HUMAN:
            by_family[c.family].append(it)
        else:
            unknown.append(it)
    if not by_family:
        return [members]
    groups = sorted(by_family.values(), key=len, reverse=True)
    groups[0].extend(unknown)
    return groups


def _typical(members: list[Item], fc: dict[int, tuple[Figure, Counted]]) -> tuple[Figure, Counted]:
    """The figure and counted thing of a quantity claim, as most of its statements put it
    (a statement with a bare number names nothing)."""
    seen = Counter(fc[id(it)][1].what for it in members)
    named = [w for w, _ in seen.most_common() if w != BARE]
    top = named[0] if named else BARE
    return next(fc[id(it)] for it in members if fc[id(it)][1].what == top)


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


def _event_runs(members: list[Item], etype: str, codes: tuple, place: str | None) -> list[Claim]:
    """Mentions of one kind of event split where more than EVENT_WINDOW_DAYS pass between them."""
    members.sort(key=lambda it: (it.events[0].date_to or it.date or "9999", *order_key(it)))
    out: list[Claim] = []
    run: list[Item] = []
    for it in members:
        d = it.events[0].date_to or it.date
        if run:
            gap = _days(run[0].events[0].date_to or run[0].date, d)
            if gap is not None and gap > EVENT_WINDOW_DAYS:
                out.append(_event_claim(run, etype, codes, place))
                run = []
        run.append(it)
    if run:
        out.append(_event_claim(run, etype, codes, place))
    return out


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
    # The thing as the text counts it ("Russian frigates"), the normalised one when it is bare.
    if c.what == BARE:
        thing = ""  # the noun was never said
    elif f.counts and len(f.counts) <= 60:
        thing = " ".join(f.counts.split())
    else:
        thing = c.label
    expected = " (expected)" if c.modality == "expected" and "expected" not in thing else ""
    return f"{bound}{fig} {thing}".rstrip() + expected


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


class _Vectors:
    """TF-IDF vectors of the statements' contents, with an index of rare words to find the
    contents worth comparing. One vector per distinct content: a wire story copied by forty
    outlets is compared once, not forty times."""

    def __init__(self, items: list[Item]):
        self.text_of: dict[int, int] = {}  # id(item) -> index of its content
        index: dict[str, int] = {}
        self.texts: list[str] = []
        self.denies: list[bool] = []  # every statement with this content denies
        for it in items:
            i = index.get(it.content)
            if i is None:
                i = index[it.content] = len(self.texts)
                self.texts.append(it.content)
                self.denies.append(it.denies)
            else:
                self.denies[i] = self.denies[i] and it.denies
            self.text_of[id(it)] = i
        self.bags = [Counter(words(t)) for t in self.texts]
        self.df: Counter = Counter()
        for bag in self.bags:
            self.df.update(bag.keys())
        n = len(self.texts)
        self.vectors = []
        for bag in self.bags:
            vec = {w: (1 + math.log(tf)) * math.log((1 + n) / (1 + self.df[w]) + 1) for w, tf in bag.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.vectors.append({w: v / norm for w, v in vec.items()})
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.every: dict[str, list[int]] = defaultdict(list)  # every word, for the few wide looks
        for i in range(n):
            for w in self.rare(i):
                if self.df[w] > 1:
                    self.postings[w].append(i)
            for w in self.bags[i]:
                self.every[w].append(i)

    def of(self, it: Item) -> int:
        return self.text_of[id(it)]

    def rare(self, i: int) -> list[str]:
        return sorted(self.bags[i], key=lambda w: (self.df[w], w))[:_BLOCK_WORDS]

    def neighbours(self, i: int):
        """Contents sharing one of i's rare words (each once)."""
        return self._sharing(i, self.rare(i), self.postings, _BLOCK_MAX_POSTINGS)

    def wide_neighbours(self, i: int):
        """Contents sharing one of i's less common words (each once)."""
        return self._sharing(i, self.bags[i], self.every, _WIDE_MAX_POSTINGS)

    @staticmethod
    def _sharing(i: int, looked_up, index: dict[str, list[int]], cap: int):
        seen: set[int] = {i}
        for w in looked_up:
            plist = index.get(w, ())
            if len(plist) > cap:
                continue  # too common to tell anything apart
            for j in plist:
                if j not in seen:
                    seen.add(j)
                    yield j

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        return sum(a[w] * b[w] for w in a.keys() & b.keys())


def _text_groups(items: list[Item], vectors: _Vectors) -> list[list[Item]]:
    """Union of statements whose TF-IDF cosine reaches TEXT_THRESHOLD (the same content
    always), compared only within blocks of shared rare words."""
    mine = sorted({vectors.of(it) for it in items})
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
    for it in items:
        groups[find(vectors.of(it))].append(it)
    return list(groups.values())


def _attach_denials(claims: list[Claim], vectors: _Vectors) -> list[Claim]:
    """A claim made only of denials (not a figure of its own) joins the claim it denies: the
    most similar claim that asserts something, when the similarity reaches DENIAL_THRESHOLD.
    So "there are no foreign soldiers here" sits beside "3,000 foreign soldiers were sent
    there" and makes it contested, instead of standing as an unrelated claim."""
    claims_of: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        for it in c.items:
            claims_of[vectors.of(it)].append(c)
    absorbed: set[str] = set()
    for c in claims:
        if c.kind == "quantity" or not all(it.denies for it in c.items):
            continue
        best, best_score = None, DENIAL_THRESHOLD
        for i in {vectors.of(it) for it in c.items}:
            for j in vectors.wide_neighbours(i):
                if vectors.denies[j]:
                    continue
                score = vectors.cosine(i, j)
                if score < best_score:
                    continue
                for other in claims_of.get(j, ()):
                    if other is not c and other.id not in absorbed:
                        best, best_score = other, score
                        break
        if best is not None:
            best.items.extend(c.items)
            best.items.sort(key=order_key)
            absorbed.add(c.id)
            for it in c.items:
                claims_of[vectors.of(it)].append(best)
    return [c for c in claims if c.id not in absorbed]
