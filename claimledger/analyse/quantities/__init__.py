"""Quantities: numbers with what they count, their unit, bounds, ranges, multipliers and changes.

Rules over spaCy's tokens and dependency parse, in five passes over one article:
1. number phrases: digits ("11,000", "1.5", "61bn", "3-5"), written numbers ("two thousand",
   "twenty-five", "one hundred and fifty", "a dozen", "half a million"), fractions ("a third
   of", "two-thirds of") and vague amounts ("dozens", "tens of thousands", "several hundred");
   two phrases joined into a range ("between 10,000 and 12,000", "10,000-12,000", "two or
   three", "from 3,000 to 5,000" when nothing changes);
2. ages become quantities of kind "age" ("a 66-year-old", "Smith, 66,"); exclusions: ordinals,
   dates and years, times of day, numbers inside identifiers ("Article 5", "Su-34", "Group of
   Seven"); durations used as time references ("two years ago") are kept, marked
   `time_reference`;
3. each phrase becomes a quantity: currency before it, a unit after it (also joined by a hyphen:
   "1,500-kilometer"), what it counts (the head noun it modifies, an "of" phrase, the noun a
   measure qualifies: "front line"), bounds and approximations around it;
4. across a sentence: multipliers ("five units of 3,000 people each"), changes ("rose by 3,000
   to 15,000", "doubled", "up 19 cents"), what a bare figure counts from its clause ("the total
   number of North Koreans ... to 15,000", "the death toll rose to 23", "inflation reached 9%");
5. roles for events: "dead" or "injured" when the counted noun or its verb says so.

Conventions (also in QUANTITIES.md):
- `value` is the stated number; for ranges and vague amounts it is null and `low`/`high`
  carry the interval. Bounds keep `value` and fill one side: "up to 15,000" -> high 15,000,
  bound "upper"; "more than 100", "at least 100" -> low 100, bound "lower" (stated limits,
  whether strict or not).
- vague amounts (value null, approximate true): tens 20..99, dozens 24..99, scores 40..99,
  hundreds 200..999, thousands 2,000..9,999, millions 2e6..1e9-1, billions 2e9..1e12-1;
  "X of Y" multiplies ("tens of thousands" 20,000..99,999, "hundreds of thousands"
  200,000..999,999); small vague words scale a following number word: a couple 2..3,
  a few 2..5, a handful 2..5, several 3..9 ("several thousand" 3,000..9,000, "a few hundred"
  200..500). Alone ("several drones") they are not extracted unless SMALL_VAGUE_ALONE is set.
- approximate: about, around, approximately, roughly, some, nearly, almost, close to, an
  estimated, just over/under, "or so", "-odd", and every vague amount.
- unit: a normalised measure unit ("kilometre", "square kilometre", "tonne", "day", "percent",
  "percentage point") or an ISO currency code ("USD" for $ and dollars), from the unit table in
  claimledger/resources/units.py, which also gives `unit_canonical` ("km", "t", "%"); a unit
  written once serves a whole list ("$5, $10 and $15 a month"); for counts of things
  the counted head noun as written, lower-cased ("troops", "people"); a nationality or other
  proper-noun group ("North Koreans") is counted in "people" and kept as written in `counts`.
- counts: what is counted or measured, as a noun phrase from the text without determiners or
  trailing modifiers ("North Korean troops", "front line", "aid package", "territory").
- multiplier/total/per: "N units of M each" gives value M, multiplier N, total N*M, per "unit".
- change: {direction "up"|"down"|null, part "by"|"to"|"from"|"factor", by, from, to, factor}:
  which part of a change this quantity is, with the other parts of the same change filled in.
  "doubled" with no figure is a quantity of its own with value null and factor 2.
- role: "dead" or "injured" when the quantity counts people killed or wounded, else null.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.context import extractor
from claimledger.analyse.parsed import doc_text, sentences
from claimledger.analyse.quantities.build import Quantity, QuantityNote, _anchor, _build
from claimledger.analyse.quantities.numbers import _age, _excluded, _join_ranges, _phrases
from claimledger.analyse.quantities.passes import (
    _changes,
    _counts_from_clause,
    _dedupe,
    _multipliers,
    _role,
    _shared_units,
)
from claimledger.record import span
from claimledger.resources.units import canonical_unit, singular

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.analyse.context import Context

__all__ = ["QuantityNote", "extract"]


@extractor("quantities", gives=("quantities",))
def extract(ctx: Context) -> None:
    doc = ctx.doc
    text = doc_text(doc)
    sent_of = sentences(doc).bounds
    lows = [t.lower_ for t in doc]
    nums = _phrases(doc, lows)
    nums = _join_ranges(doc, nums, sent_of)
    qs: list[Quantity] = []
    for num in nums:
        s, e = sent_of(num.start)
        age = _age(doc, num, s, e)
        if age is not None:
            # ages are quantities of their own kind: the events and the ledger leave them aside
            qs.append(Quantity(num, num.start, age[0], num.value, num.low, num.high, unit=age[1], kind="age"))
            continue
        if _excluded(doc, num, s, e):
            continue
        q = _build(doc, num, s, e)
        if q is not None:
            qs.append(q)
    _shared_units(doc, qs, sent_of)
    _multipliers(doc, qs, sent_of)
    _changes(doc, qs, sent_of, lows)
    for q in qs:
        if q.counts is None:
            _counts_from_clause(doc, q, sent_of)
        q.role = _role(doc, q)
    qs = _dedupe(qs)
    ctx.quantities = [
        {
            "tokens": (q.start, q.end),
            "number": (q.num.start, q.num.end),
            "head": _anchor(doc, q).i,
            "counts_head": q.counts_head,
            "change_token": q.change_token,
            "kind": q.kind,
        }
        for q in qs
    ]
    ctx.record["quantities"] = [_to_record(doc, text, q) for q in qs]


def _clean(v):
    if v is None:
        return None
    if isinstance(v, float):
        if v.is_integer():
            return int(v)
        if abs(v) < 1:
            return float(f"{v:.6g}")  # six significant digits: "1.6 x 10^-19" stays non-zero
        return round(v, 6)
    return v


def _to_record(doc: Doc, text: str, q: Quantity) -> dict:
    s = doc[q.start].idx
    last = doc[q.end - 1]
    e = last.idx + len(last.text)
    counts = None
    if q.counts is not None:
        cs, ce = q.counts
        counts = text[doc[cs].idx : doc[ce - 1].idx + len(doc[ce - 1].text)]
    change = None
    if q.change is not None:
        change = {k: _clean(v) for k, v in q.change.items()}
    return span(
        text,
        s,
        e,
        value=_clean(q.value),
        low=_clean(q.low),
        high=_clean(q.high),
        unit=q.unit,
        unit_canonical=_canonical(q),
        approximate=bool(q.approximate),
        counts=counts,
        multiplier=_clean(q.multiplier),
        total=_clean(q.total),
        kind=q.kind,
        bound=q.bound,
        per=q.per,
        change=change,
        role=q.role,
        rate=q.rate,
        time_reference=q.time_reference,
    )


def _canonical(q: Quantity) -> str | None:
    """The unit in one form for all its spellings: an SI or usual symbol ("km", "kg", "h", "%",
    "GB"), an ISO 4217 code, or for a count the counted noun in the singular ("troop")."""
    if q.unit is None:
        return None
    if q.kind == "count":
        return singular(q.unit)
    return canonical_unit(q.unit)
