"""Quantities, pass 3: one number phrase becomes a quantity with its currency or unit, bounds,
approximation, rate and what it counts or measures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from claimledger.analyse.parsed import MONTH_WORDS
from claimledger.analyse.quantities.lexicon import (
    AFTER,
    AFTER_FIRST,
    BEFORE,
    BEFORE_MAX,
    CHANGE_NOUNS,
    DEAD,
    FINITE_TAGS,
    FUNCTION_POS,
    HYPHEN_STOP,
    INJURED,
    MULTI_UNITS,
    NP_BREAK_DEPS,
    TIME_WORDS,
)
from claimledger.analyse.quantities.numbers import Num, _atom, _digits
from claimledger.resources.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    UNIT_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


class QuantityNote(TypedDict):
    """What events need of a quantity beyond its record: where it and its parts sit in the parse."""

    tokens: tuple[int, int]
    number: tuple[int, int]
    head: int  # the token the quantity hangs on
    counts_head: int | None  # the counted noun
    change_token: int | None  # the verb or noun of a change ("rose", "increase")
    kind: str | None


@dataclass
class Quantity:
    num: Num
    start: int  # token span of the whole quantity expression
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str = "count"
    approximate: bool = False
    bound: str | None = None
    counts: tuple[int, int] | None = None  # token range of the counted noun phrase
    counts_head: int | None = None
    multiplier: float | None = None
    total: float | None = None
    per: str | None = None
    change: dict | None = None
    change_token: int | None = None
    role: str | None = None
    rate: str | None = None
    unit_end: int | None = None  # end of number + unit, before a counted noun
    time_reference: bool = False  # a duration that places an event in time ("two years ago")


def _build(doc: Doc, num: Num, s: int, e: int) -> Quantity | None:
    q = Quantity(num, num.start, num.end, num.value, num.low, num.high)
    q.approximate = num.vague
    j = num.end
    # currency before: "$61 billion", "US$ 58", "EUR 3 billion"
    cur = None
    b = num.start if not num.range_from else num.start + 1
    if b - 1 >= s and doc[b - 1].lower_ in CURRENCY_SYMBOLS:
        cur = CURRENCY_SYMBOLS[doc[b - 1].lower_]
        q.start = min(q.start, b - 1)
        if b - 2 >= s and doc[b - 2].text == "US" and doc[b - 1].text == "$":
            q.start = b - 2
    elif b - 1 >= s and doc[b - 1].text.upper() == doc[b - 1].text and doc[b - 1].lower_ in CURRENCY_CODES:
        cur = CURRENCY_CODES[doc[b - 1].lower_]
        q.start = min(q.start, b - 1)
    if num.currency:
        cur = num.currency
    if cur:
        q.unit, q.kind = cur, "money"
    if (
        q.start - 1 >= s
        and q.value is not None
        and not cur
        and (
            doc[q.start - 1].lower_ == "minus"
            or (
                doc[q.start - 1].text in ("-", "\u2212")
                and not doc[q.start - 1].whitespace_
                and (q.start - 1 == s or (doc[q.start - 2].whitespace_ and _atom(doc[q.start - 2]) is None))
            )
        )
    ):
        if (
            doc[q.start - 1].lower_ == "minus"
            and q.start - 3 >= s
            and doc[q.start - 2].lower_ in ("or", "/")
            and doc[q.start - 3].lower_ == "plus"
        ):
            q.start -= 3  # "plus or minus 3 points": a margin, not a negative figure
        else:
            q.value = -q.value  # "minus 20 degrees", "-5 degrees"
            q.start -= 1
    if num.ambiguous_m:
        if cur or _million_before(doc, j, e):
            _scale(q, 10**6)
        else:
            q.unit, q.kind = "metre", "length"
    if num.suffix == "pence":
        q.unit, q.kind = "pence", "money"
    elif num.suffix:
        q.unit, q.kind = UNIT_WORDS[num.suffix]
    # "m" as its own token: million after money, metre otherwise
    if j < e and doc[j].lower_ in ("m", "m."):
        if cur or (not doc[j - 1].whitespace_ and _million_before(doc, j + 1, e)):
            _scale(q, 10**6)
            j += 1
        elif q.unit is None:
            q.unit, q.kind = "metre", "length"
            j += 1
    # modifiers straight after the number: "100+", "100-plus", "40-odd", "20 or more"
    j = _after_modifiers(doc, q, j, e)
    # unit after the number
    hyphen = False
    if q.unit is None or (
        q.kind == "money"
        and j < e
        and doc[j].lower_ in UNIT_WORDS
        and UNIT_WORDS[doc[j].lower_][1] == "money"
        and UNIT_WORDS[doc[j].lower_][0] == q.unit
    ):
        k = j
        if k < e and doc[k].text in ("-", "‐") and not doc[k - 1].whitespace_:
            k += 1
            hyphen = True
        got = _unit_at(doc, k, e, q)
        if got is not None:
            unit, kind, k2 = got
            if kind == "duration" and _temporal(doc, k2, e, hyphen):
                q.time_reference = True  # "two years ago", "nine days later": a duration all the same
            if not (q.kind == "money" and kind == "money"):
                q.unit, q.kind = unit, kind
            j = k2
        elif hyphen:
            end = _hyphen_compound(doc, q, k, e)
            if end is None:
                return None
            j = end
            hyphen = q.kind == "hyphen"
    if (
        q.unit is None
        and j + 1 < e
        and doc[j].lower_ == "times"
        and q.value is not None
        and not hyphen
        and (doc[j + 1].pos_ in ("ADJ", "NOUN", "DET") or doc[j + 1].lower_ in ("as", "more", "less", "what"))
    ):
        q.unit, q.kind = "times", "multiple"  # "eight times average earnings", "three times a week"
        j += 1
    q.unit_end = j
    q.end = max(q.end, j)
    if num.fraction:
        q.unit, q.kind = "fraction", "fraction"
    j = _after_modifiers(doc, q, j, e)
    q.end = max(q.end, j)
    # what is counted or measured
    if q.kind in ("count", "hyphen"):
        if q.kind == "hyphen":
            q.kind = "count"
            head = _modified_noun(doc, q, j, e)
            if head is not None:
                q.counts = _np(doc, head, q.end)
                q.counts_head = head.i
        else:
            _counted_noun(doc, q, j, e)
    elif q.kind == "fraction":
        _of_phrase(doc, q, j, e)
        if q.counts is None and num.end - num.start == 3 and doc[num.start + 1].lower_ == "in":
            _counted_noun(doc, q, j, e)  # "one in four children"
            q.unit = "fraction"
    elif q.kind != "factor":
        _measured_thing(doc, q, j, e)
    # the counted noun of a plain count is part of the quantity ("11,000 troops")
    # bounds and approximations before the number
    _before_modifiers(doc, q, s)
    # trailing "or more", "or so" after the counted noun
    if q.counts is not None and q.counts[1] == q.end:
        j2 = _after_modifiers(doc, q, q.end, e)
        q.end = max(q.end, j2)
    if q.bound == "lower" and q.value is not None and q.low is None:
        q.low = q.value
    if q.bound == "upper" and q.value is not None and q.high is None:
        q.high = q.value
    # rates: "300 shells a day", "per day", "$58 per barrel" (for counts "per unit" is a multiplier)
    k = q.end
    if (
        k + 1 < e
        and doc[k].lower_ in ("a", "an", "per", "each")
        and doc[k + 1].lower_ in ("day", "week", "month", "year", "hour", "night", "minute")
        and not (k + 2 < e and doc[k + 2].lower_ in ("earlier", "ago", "later", "before", "after"))
    ):
        q.rate = doc[k + 1].lower_
    elif (
        k + 1 < e
        and doc[k].lower_ in ("a", "an")
        and q.kind == "money"
        and doc[k + 1].tag_ == "NN"
        and (k + 2 >= e or doc[k + 2].tag_ not in ("NN", "NNS", "POS"))
    ):
        q.rate = doc[k + 1].lemma_.lower()  # "$80 a barrel", "12p a share"
    elif k + 1 < e and doc[k].lower_ == "per" and q.kind not in ("count", "fraction") and doc[k + 1].is_alpha:
        q.rate = doc[k + 1].lemma_.lower() if doc[k + 1].pos_ == "NOUN" else doc[k + 1].lower_
    return q


def _million_before(doc: Doc, j: int, e: int) -> bool:
    """'1.2m tons', '5m people', '3m euros': "m" is million before a plural noun or a unit of
    amount; before a singular noun, an adjective or nothing it is metre ('a 100m sprint',
    '1.5m tall', 'won the 100m')."""
    if j >= e:
        return False
    t = doc[j]
    unit = UNIT_WORDS.get(t.lower_)
    if unit is not None:
        return unit[1] not in ("length", "duration", "speed")
    return t.tag_ in ("NNS", "NNPS") and t.lower_ not in ("high", "tall", "long", "wide", "deep")


def _scale(q: Quantity, s: float) -> None:
    for key in ("value", "low", "high"):
        v = getattr(q, key)
        if v is not None:
            setattr(q, key, v * s)


def _after_modifiers(doc: Doc, q: Quantity, j: int, e: int) -> int:
    if j >= e or doc[j].lower_ not in AFTER_FIRST:
        return j
    if (
        j < e
        and doc[j].text in ("-", "‐")
        and j + 1 < e
        and doc[j + 1].lower_ in ("plus", "odd")
        and not doc[j - 1].whitespace_
    ):
        if doc[j + 1].lower_ == "plus":
            q.bound = "lower"
        else:
            q.approximate = True
        return j + 2
    if j < e and doc[j].lower_ in ("plus", "odd") and doc[j].pos_ != "CCONJ" and doc[j].lower_ == "odd":
        q.approximate = True
        return j + 1
    for words, (approx, bound) in AFTER.items():
        k = len(words)
        if j + k <= e and tuple(doc[j + x].lower_ for x in range(k)) == words:
            if words == ("+",) and doc[j - 1].whitespace_:
                continue
            # "20 or more soldiers" but not "20 or more than 30"
            if (j + k < e and doc[j + k].lower_ == "than") or (
                words[0] in ("or", "and") and j + k < e and _atom(doc[j + k]) is not None
            ):
                continue
            q.approximate = q.approximate or approx
            if bound:
                q.bound = bound
            return j + k
    return j


def _before_modifiers(doc: Doc, q: Quantity, s: int) -> None:
    """'about', 'up to', 'more than', 'an estimated' ... right before the quantity (longest first)."""
    start = q.start
    for size in range(BEFORE_MAX, 0, -1):
        if start - size < s:
            continue
        words = tuple(doc[start - size + x].lower_ for x in range(size))
        if words not in BEFORE:
            continue
        approx, bound = BEFORE[words]
        # "over three days", "under two hours": prepositions of time, not bounds
        if words in (("over",), ("under",), ("above",), ("below",)) and q.kind == "duration":
            continue
        q.approximate = q.approximate or approx
        if bound and q.value is not None:
            q.bound = bound
        q.start = start - size
        return


def _unit_at(doc: Doc, k: int, e: int, q: Quantity):
    """(unit, kind, end) for a unit starting at token k, or None."""
    for size in (3, 2):
        if k + size <= e:
            words = tuple(doc[k + x].lower_ for x in range(size))
            if words in MULTI_UNITS:
                unit, kind = MULTI_UNITS[words]
                return unit, kind, k + size
    if k < e:
        t = doc[k]
        lw = t.lower_
        if lw not in UNIT_WORDS and lw.endswith("-"):
            lw = lw.rstrip("-")
        if lw == "°" and k + 1 < e and doc[k + 1].lower_ in ("c", "f") and not t.whitespace_:
            return (
                ("degree Celsius" if doc[k + 1].lower_ == "c" else "degree Fahrenheit"),
                "temperature",
                k + 2,
            )
        if lw in UNIT_WORDS:
            unit, kind = UNIT_WORDS[lw]
            if lw in ("degree", "degrees") and k + 1 < e and doc[k + 1].lower_ in ("celsius", "c"):
                return "degree Celsius", kind, k + 2
            if lw in ("pound", "pounds") and q.kind == "money":
                return "GBP", "money", k + 1
            if lw == "cent" and k + 1 < e and doc[k + 1].lower_ == "cent":
                return None
            if lw in ("second",) and t.tag_ == "JJ":
                return None
            # "hours" after a 4-digit military time is a time of day
            return unit, kind, k + 1
    return None


def _temporal(doc: Doc, k: int, e: int, hyphen: bool) -> bool:
    """A duration used as a time reference: 'two years ago', 'three days after the talks'."""
    if hyphen or k >= e:
        return False
    lw = doc[k].lower_
    if lw in ("ago", "later", "earlier", "previously", "prior"):
        return True
    if lw in ("after", "before") and k + 1 < e and doc[k + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ"):
        return True
    return False


def _hyphen_compound(doc: Doc, q: Quantity, k: int, e: int) -> int | None:
    """'10-day truce', '5,000-strong force', '12-point plan': the word after the hyphen."""
    if k >= e:
        return None
    t = doc[k]
    lw = t.lower_
    if not t.is_alpha:
        return q.unit_end if q.unit_end else k - 1
    if lw == "fold":
        q.kind, q.unit = "factor", "times"  # "a 3-fold rise": the change is found later
        return k + 1
    if lw in HYPHEN_STOP or (q.num.words and (t.tag_ not in ("NN", "NNS") or lw in HYPHEN_STOP)):
        return None
    if lw == "strong":
        q.kind = "hyphen"
        return k + 1
    if t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NN", "NNS"):
        q.unit = lw
        q.kind = "hyphen"
        return k + 1
    return None


def _np(doc: Doc, head, stop: int) -> tuple[int, int]:
    """Token range of a noun phrase: the head and the modifiers right before it (no determiner)."""
    start = head.i
    while start - 1 >= stop and start - 1 >= 0:
        t = doc[start - 1]
        if (
            (
                t.dep_ in NP_BREAK_DEPS
                and not (t.dep_ == "punct" and t.text in ("-", "‐") and not t.whitespace_)
            )
            or t.tag_ in ("DT", "PRP$", "POS", "CD", "IN", "CC", "WDT")
            or t.is_space
        ):
            break
        if not head.is_ancestor(t):
            break
        start -= 1
    while start < head.i and (
        doc[start].is_punct or doc[start].lower_ in ("more", "other", "further", "additional")
    ):
        start += 1
    return start, head.i + 1


def _np_inner(t) -> bool:
    if (
        t.pos_ in ("NUM", "PROPN", "NOUN", "X")
        and _digits(t.text) is None
        and any(ch.isalpha() for ch in t.text)
    ):
        return True  # codes in names: "F-16 jets", "IRIS-T systems"
    return (
        t.pos_ in ("ADJ", "NOUN", "PROPN")
        or t.tag_ in ("VBN", "VBG", "JJ", "JJR")
        or (t.text in ("-", "‐") and not t.whitespace_)
        or t.lower_ in ("more", "other", "further", "additional")
    ) and t.lower_ not in ("of", "each", "per", "a", "an")


def _good_head(t) -> bool:
    """A noun that can be what a number counts (not a time word: '2,000 today', '4,500 last week')."""
    lw = t.lower_
    if lw in TIME_WORDS or lw.rstrip(".") in MONTH_WORDS:
        return False
    if lw in UNIT_WORDS and UNIT_WORDS[lw][1] in ("percent", "duration"):
        return False
    if t.pos_ == "NOUN" or t.tag_ in ("NN", "NNS"):
        return True
    if t.pos_ == "PROPN":
        return t.ent_type_ in ("", "NORP", "PRODUCT", "ORG")
    return False


def _counted_noun(doc: Doc, q: Quantity, j: int, e: int) -> None:
    """The noun a count modifies ('11,000 troops'), or the noun of an 'of' phrase ('dozens of drones')."""
    num = q.num
    if j < e and doc[j].lower_ == "of":
        _of_phrase(doc, q, j, e)
        return
    head = None
    for t in doc[num.start : num.end]:
        h = t.head
        if j <= h.i < e and h.i - j <= 6 and _good_head(h) and all(_np_inner(doc[x]) for x in range(j, h.i)):
            if t.dep_ in (
                "nummod",
                "compound",
                "quantmod",
                "amod",
                "nmod",
                "npadvmod",
                "appos",
                "dep",
                "advmod",
                "conj",
                "nsubj",
                "dobj",
                "pobj",
                "attr",
            ):
                head = h
                break
    if head is None:
        k = j
        while k < e and _np_inner(doc[k]) and not _good_head(doc[k]):
            k += 1
        if k < e and _good_head(doc[k]) and k - j <= 4:
            while (
                k + 1 < e and _good_head(doc[k + 1]) and doc[k + 1].head.i != k and doc[k].dep_ == "compound"
            ):
                k += 1
            head = doc[k]
    if head is None:
        # "30 wounded", "3 killed", "5 dead": the participle names the counted
        if (
            j < e
            and (doc[j].lemma_.lower() in DEAD | INJURED or doc[j].lower_ in DEAD | INJURED)
            and doc[j].tag_ in ("VBN", "JJ", "NNS", "NN")
            and doc[j].dep_ not in ("ROOT",)
            and not (doc[j].tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") for c in doc[j].children))
        ):
            if doc[j].tag_ != "VBN" or doc[j].dep_ in (
                "amod",
                "acl",
                "dobj",
                "pobj",
                "nsubj",
                "conj",
                "appos",
                "oprd",
                "npadvmod",
                "attr",
                "ccomp",
                "advcl",
            ):
                q.counts = (j, j + 1)
                q.counts_head = j
                q.end = max(q.end, j + 1)
        return
    head = _climb(head)
    if head.i > j + 6:
        return
    q.counts = _np(doc, head, q.end)
    q.counts_head = head.i
    q.unit = _count_unit(head)
    q.end = max(q.end, head.i + 1)


def _climb(h):
    """From a compound's first word to the noun it modifies: 'air' -> 'air-defence systems'."""
    while (
        h.dep_ in ("compound", "amod", "nmod")
        and h.head.i > h.i
        and h.head.i - h.i <= 3
        and _good_head(h.head)
        and all(_np_inner(x) for x in h.doc[h.i + 1 : h.head.i])
    ):
        h = h.head
    return h


def _count_unit(head) -> str:
    if (head.pos_ == "PROPN" and (head.ent_type_ == "NORP" or head.tag_ == "NNPS")) or (
        head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNP")
    ):
        return "people"
    if head.lemma_.lower() == "toll":
        return "people"
    return head.lower_


def _of_phrase(doc: Doc, q: Quantity, j: int, e: int) -> None:
    """'dozens of drones', 'a third of the territory', '12 of the 15 drones'."""
    if not (j < e and doc[j].lower_ == "of"):
        return
    of = doc[j]
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is None:
        k = j + 1
        while (
            k < e and doc[k].tag_ in ("DT", "PRP$", "POS", "CD", "JJ", "NNP", "NN") and not _good_head(doc[k])
        ):
            k += 1
        while k + 1 < e and _good_head(doc[k + 1]):
            k += 1
        pobj = doc[k] if k < e and _good_head(doc[k]) else None
    if pobj is None or pobj.pos_ == "PRON" or not (_good_head(pobj) or pobj.lower_ in DEAD | INJURED):
        return
    # a number inside the 'of' phrase is its own quantity: count what it counts
    nm = next((c for c in pobj.children if c.dep_ == "nummod"), None)
    q.counts = _np(doc, pobj, j + 1)
    if nm is not None and nm.i >= q.counts[0]:
        q.counts = (nm.i + 1, pobj.i + 1)
    # skip possessives ("the town's 12,000 residents" -> "residents")
    cs, ce = q.counts
    while cs < ce - 1 and (doc[cs].tag_ in ("POS", "CD") or doc[cs + 1].tag_ == "POS" or doc[cs].like_num):
        cs += 1
    if cs < ce and doc[cs].tag_ == "POS":
        cs += 1
    q.counts = (cs, ce)
    q.counts_head = pobj.i
    if q.kind == "count":
        q.unit = _count_unit(pobj)


def _measured_thing(doc: Doc, q: Quantity, j: int, e: int) -> None:
    """What a measure, sum or share is of: '5 km of road', '$61 billion in aid', '1,500-kilometer front line'."""
    if j < e and doc[j].lower_ == "of":
        _of_phrase(doc, q, j, e)
        return
    if q.kind == "money":
        k = j
        if k + 1 < e and doc[k].lower_ == "worth" and doc[k + 1].lower_ == "of":
            _of_phrase(doc, q, k + 1, e)
            return
        if k < e and doc[k].lower_ in ("in", "on", "for"):
            pobj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.pos_ == "NOUN"
                and pobj.i < k + 5
                and _good_head(pobj)
                and pobj.lemma_.lower() not in ("each", "piece", "unit", "time")
            ):
                q.counts = _np(doc, pobj, k + 1)
                q.counts_head = pobj.i
                return
    # the unit (or number) modifies a noun to the right
    last = doc[q.unit_end - 1] if q.unit_end else doc[q.num.end - 1]
    head = last.head
    if (
        j <= head.i < e
        and head.i - j <= 4
        and _good_head(head)
        and all(_np_inner(doc[x]) for x in range(j, head.i))
        and last.dep_ in ("nmod", "compound", "amod", "nummod", "npadvmod", "quantmod", "dep")
    ):
        q.counts = _np(doc, head, j)
        q.counts_head = head.i
        return
    hyphenated = q.unit_end and q.unit_end - 2 >= q.num.end and doc[q.num.end].text in ("-", "‐")
    if (
        j < e
        and doc[j].lower_ not in CHANGE_NOUNS
        and (
            (_good_head(doc[j]) and last.dep_ in ("compound", "nmod", "amod"))
            or (
                hyphenated
                and doc[j].is_alpha
                and doc[j].pos_ not in FUNCTION_POS
                and doc[j].tag_ not in FINITE_TAGS
            )
        )
    ):
        # a measure joined by a hyphen always qualifies the next word, whatever its tag ("50-kilogram warhead")
        k = j
        while k + 1 < e and _good_head(doc[k + 1]):
            k += 1
        q.counts = (j, k + 1)
        q.counts_head = k


def _modified_noun(doc: Doc, q: Quantity, j: int, e: int):
    last = doc[j - 1]
    h = last.head
    if j <= h.i < e and h.i - j <= 4 and _good_head(h) and all(_np_inner(doc[x]) for x in range(j, h.i)):
        return h
    k = j
    while k < e and _np_inner(doc[k]) and not _good_head(doc[k]):
        k += 1
    if k < e and _good_head(doc[k]) and k - j <= 3:
        while k + 1 < e and _good_head(doc[k + 1]):
            k += 1
        return doc[k]
    return None


def _anchor(doc: Doc, q: Quantity):
    """The token that stands for the quantity in the parse: the highest one in its span."""
    best = None
    for t in doc[q.start : q.end]:
        if not (q.start <= t.head.i < q.end) or t.head.i == t.i:
            if best is None or t.dep_ != "punct":
                best = t
                if t.dep_ != "punct":
                    break
    return best if best is not None else doc[q.num.start]
