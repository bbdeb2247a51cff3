"""Relations between statements of a claim and between claims; independent support; status.

Flags, never verdicts: the ledger says that two statements disagree or that a later report
credits a figure to someone else, not which one is true.

Within a claim, each statement after the first is, relative to what came before it:
- `contradicts`: it denies what the others assert (or asserts what the first denied);
- `repeats`: the same origin again: a copy of a report already counted, or the same speaker,
  cited source or spoken-for body;
- `misattributes`: the same figure or wording credited to a different speaker than the
  earliest report carrying it, where the wording shows it was taken from that report;
- `corroborates`: the same proposition from another, independent origin.
Between claims of the same counted thing: `revises` (the same origin gives a new figure
later) and `contradicts` (other origins give figures for the same time that cannot both hold).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from claimledger.ledger.claims import Claim
from claimledger.ledger.counted import BARE, Counted
from claimledger.ledger.items import Figure, Item, words
from claimledger.ledger.speakers import Identity, origin_key

# Share of a later statement's content words found in an earlier one for a figure credited to
# another speaker to count as taken from the earlier report rather than found independently.
MISATTRIBUTION_CONTAINMENT = 0.8
# Figures from different origins further apart than this describe different moments.
CONTRADICTION_WINDOW_DAYS = 14

_CONFIRMING = {"confirm", "admit", "concede", "acknowledge"}


@dataclass(frozen=True)
class ClaimRelation:
    type: str  # revises | contradicts
    source: str  # the later claim
    target: str  # the earlier claim
    evidence: tuple[tuple[tuple[str, str], tuple[str, str]], ...]  # ((report, sid) in source, in target)


def _ref(it: Item) -> tuple[str, str]:
    return (it.report, it.sid)


def _containment(later: str, earlier: str) -> float:
    """Share of the later content's words that the earlier content has."""
    wa, wb = set(words(later)), set(words(earlier))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa)


def annotate(claim: Claim, identities: dict[str, Identity]) -> None:
    """Set each statement's relation, the claim's origins, outlets and status."""
    first = claim.items[0]
    polarity = first.denies
    origins: set[str] = set()
    roots: set[int] = set()
    seen_origin: set[str] = set()
    speakers_seen: set[str] = set()
    asserted = denied = confirmed = False
    for i, it in enumerate(claim.items):
        okey = origin_key(it, identities)
        if it.denies:
            denied = True
        elif not it.withholds:
            asserted = True
            confirmed = confirmed or it.stance in _CONFIRMING
        if i == 0:
            rel = "origin"
        elif it.denies != polarity:
            rel = "contradicts"
        elif (
            it.root_id in roots
            or okey in seen_origin
            or it.identity in speakers_seen
            or (it.identity or "").startswith(("outlet:", "other:", "unknown:"))
        ):
            # A copy, the same origin again, a news outlet relaying what someone said, or a
            # "speaker" that is no source at all ("the queue", "the first convoy").
            rel = "repeats"
        elif _misattributed(it, first, identities):
            rel = "misattributes"
        else:
            rel = "corroborates"
        claim.relations[i] = rel
        if rel in ("origin", "corroborates"):
            origins.add(okey)
        roots.add(it.root_id)
        seen_origin.add(okey)
        if it.identity:
            speakers_seen.add(it.identity)
    claim.origins = len(origins)
    claim.outlets = len({it.outlet or it.report for it in claim.items})
    if asserted and denied:
        claim.status = "contested"
    elif denied:
        claim.status = "denied"
    elif confirmed:
        claim.status = "confirmed"
    else:
        claim.status = "claimed"


def _misattributed(it: Item, origin: Item, identities: dict[str, Identity]) -> bool:
    """The words of the earliest report carrying the claim, credited to another speaker:
    copied, then credited to the wrong person."""
    if origin.identity == it.identity or origin.denies != it.denies:
        return False
    a = identities.get(it.identity or "")
    b = identities.get(origin.identity or "")
    if a is None or b is None or not (_named(a) and _named(b)):
        # "the governor" left unresolved is no other speaker, only an unknown one
        return False
    if a.speaks_for and a.speaks_for in (b.speaks_for, b.key):
        return False
    if b.speaks_for and b.speaks_for == a.key:
        return False
    return _containment(it.content, origin.content) >= MISATTRIBUTION_CONTAINMENT


def _named(ident: Identity) -> bool:
    """An identity with a proper name: a person with a first name and a surname, or a body."""
    if ident.key.startswith("person:"):
        return len(ident.key.split()) >= 2
    return ident.key.startswith("org:")


def _compatible(a: Figure, b: Figure) -> bool:
    """Two figures that can both hold: overlapping ranges, bounds taken into account, with a
    tenth of slack for approximate ones."""

    def span(f: Figure) -> tuple[float, float]:
        lo, hi = f.low, f.high
        if f.bound == "about":
            lo, hi = lo * 0.9, hi * 1.1
        elif f.bound in ("at least", "more than"):
            hi = float("inf")
        elif f.bound == "up to":
            lo = 0.0
        return lo, hi

    alo, ahi = span(a)
    blo, bhi = span(b)
    return alo <= bhi and blo <= ahi


def contest(claims: list[Claim], relations: list[ClaimRelation]) -> None:
    """A claim that another claim's figure contradicts is contested, whatever its own
    statements say."""
    clashing = {end for r in relations if r.type == "contradicts" for end in (r.source, r.target)}
    for c in claims:
        if c.id in clashing and c.status in ("claimed", "confirmed"):
            c.status = "contested"


def _clashes(
    c: Claim, counted: Counted, figure: Figure, earlier: list[Claim], origins: set[str], identities
) -> list[ClaimRelation]:
    """`contradicts` from c to earlier claims of the same thing whose figures cannot hold
    beside c's and that no origin of c's gave."""
    out = []
    for other in earlier:
        if other.figure is None or other.counted is None or other.counted.modality != counted.modality:
            continue
        if _compatible(figure, other.figure):
            continue
        if {origin_key(x, identities) for x in other.items[:50]} & origins:
            continue
        out.append(ClaimRelation("contradicts", c.id, other.id, ((_ref(c.items[0]), _ref(other.items[0])),)))
    return out


def _ordinal(iso: str | None) -> int | None:
    try:
        return date.fromisoformat((iso or "")[:10]).toordinal()
    except ValueError:
        return None


def between(claims: list[Claim], identities: dict[str, Identity]) -> list[ClaimRelation]:
    """Relations between quantity claims of the same counted thing."""
    by_thing: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.counted is not None:
            # a bare number ("revised that to 41,000") most often counts people
            family = "people" if c.counted.what == BARE else c.counted.family
            by_thing[(family, c.counted.country)].append(c)
    out: list[ClaimRelation] = []
    for group in by_thing.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda c: (c.items[0].date or "9999", c.id))
        days = [_ordinal(c.items[0].date) or 10**7 for c in group]
        # (origin key -> the latest claim it gave a figure in, with its statement)
        latest: dict[str, tuple[Claim, Item]] = {}
        for pos, c in enumerate(group):
            mine: dict[str, Item] = {}
            for i, it in enumerate(c.items):
                if c.relations.get(i) in ("origin", "corroborates", "repeats") and not it.denies:
                    mine.setdefault(origin_key(it, identities), it)
            revised: set[str] = set()
            for okey, it in mine.items():
                prev = latest.get(okey)
                if prev is not None and prev[0] is not c and prev[0].id not in revised:
                    revised.add(prev[0].id)
                    out.append(ClaimRelation("revises", c.id, prev[0].id, ((_ref(it), _ref(prev[1])),)))
            # Contradictions only where whose troops or whose dead is said, and only with
            # claims first stated within the window before this one: the group is in date
            # order, so a bisect finds them without comparing every pair.
            day = _ordinal(c.items[0].date)
            if c.counted is not None and c.counted.country and c.figure is not None and day is not None:
                start = bisect.bisect_left(days, day - CONTRADICTION_WINDOW_DAYS)
                earlier = [o for o in group[start:pos] if o.id not in revised]
                out.extend(_clashes(c, c.counted, c.figure, earlier, set(mine), identities))
            for okey, it in mine.items():
                latest[okey] = (c, it)
    return out
