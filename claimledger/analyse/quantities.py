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

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from claimledger.analyse.context import extractor
from claimledger.analyse.parsed import MONTH_WORDS, NUMBER_WORDS, SMALL_NUMBERS, TENS, sentences
from claimledger.record import span
from claimledger.resources.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    GLUED_CURRENCY_RE,
    MULTI_WORD_UNITS,
    UNIT_WORDS,
    canonical_unit,
    singular,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimledger.analyse.context import Context

SMALL_VAGUE_ALONE = False  # extract "several drones", "a few soldiers" as vague quantities

# ---------------------------------------------------------------- lexicon

SCALES = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "dozen": 12,
    "lakh": 10**5,
    "crore": 10**7,
}
ABBR_SCALES = {
    "k": 10**3,
    "bn": 10**9,
    "b": 10**9,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "tn": 10**12,
    "trn": 10**12,
}
# vague plural: (unit of the word, low, high) when alone
VAGUE = {
    "tens": (10, 20, 99),
    "dozens": (12, 24, 99),
    "scores": (20, 40, 99),
    "hundreds": (100, 200, 999),
    "thousands": (1000, 2000, 9999),
    "millions": (10**6, 2 * 10**6, 10**9 - 1),
    "billions": (10**9, 2 * 10**9, 10**12 - 1),
}
FEW = {
    ("a", "couple", "of"): (2, 3),
    ("a", "couple"): (2, 3),
    ("a", "few"): (2, 5),
    ("a", "handful", "of"): (2, 5),
    ("a", "handful"): (2, 5),
    ("several",): (3, 9),
}
FRACTIONS = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
FEW_FIRST = {w[0] for w in FEW}
FEW_SECOND = {w[1] for w in FEW if len(w) > 1}
START_WORDS = set(NUMBER_WORDS) | set(VAGUE) | FEW_FIRST | set(FRACTIONS) | {"half"}
ORDINALS = set(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth "
    "fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth billionth".split()
)
FOLD = {
    "twofold": 2,
    "threefold": 3,
    "fourfold": 4,
    "fivefold": 5,
    "sixfold": 6,
    "sevenfold": 7,
    "eightfold": 8,
    "ninefold": 9,
    "tenfold": 10,
    "hundredfold": 100,
}
MULTI_UNITS = MULTI_WORD_UNITS
TIME_WORDS = MONTH_WORDS | set(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday "
    "tomorrow now overnight morning evening afternoon night weekend daily weekly".split()
)
TIME_OF_DAY = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "cet", "eet", "msk", "hrs."}
AGE_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}
HYPHEN_STOP = {"way", "time", "off", "sided", "handed", "on", "shot", "stop", "party", "fold", "year", "old"}
ONE_STOP = {
    "day",
    "night",
    "morning",
    "evening",
    "afternoon",
    "time",
    "point",
    "way",
    "hand",
    "another",
    "other",
    "thing",
    "more",
}

# bounds and approximations before a number: words -> (approximate, bound)
BEFORE = {
    ("more", "than"): (False, "lower"),
    ("over",): (False, "lower"),
    ("above",): (False, "lower"),
    ("at", "least"): (False, "lower"),
    ("upwards", "of"): (False, "lower"),
    ("in", "excess", "of"): (False, "lower"),
    ("no", "fewer", "than"): (False, "lower"),
    ("no", "less", "than"): (False, "lower"),
    ("not", "less", "than"): (False, "lower"),
    ("a", "minimum", "of"): (False, "lower"),
    ("well", "over"): (False, "lower"),
    ("greater", "than"): (False, "lower"),
    ("well", "above"): (False, "lower"),
    ("just", "over"): (True, "lower"),
    ("just", "above"): (True, "lower"),
    ("slightly", "more", "than"): (True, "lower"),
    ("up", "to"): (False, "upper"),
    ("less", "than"): (False, "upper"),
    ("fewer", "than"): (False, "upper"),
    ("under",): (False, "upper"),
    ("below",): (False, "upper"),
    ("at", "most"): (False, "upper"),
    ("no", "more", "than"): (False, "upper"),
    ("not", "more", "than"): (False, "upper"),
    ("a", "maximum", "of"): (False, "upper"),
    ("as", "many", "as"): (False, "upper"),
    ("as", "much", "as"): (False, "upper"),
    ("just", "under"): (True, "upper"),
    ("just", "below"): (True, "upper"),
    ("nearly",): (True, "upper"),
    ("almost",): (True, "upper"),
    ("slightly", "less", "than"): (True, "upper"),
    ("about",): (True, None),
    ("around",): (True, None),
    ("approximately",): (True, None),
    ("roughly",): (True, None),
    ("some",): (True, None),
    ("close", "to"): (True, None),
    ("an", "estimated"): (True, None),
    ("estimated",): (True, None),
    ("approx",): (True, None),
    ("approx.",): (True, None),
    ("circa",): (True, None),
    ("c.",): (True, None),
    ("an", "approximate"): (True, None),
    ("around", "about"): (True, None),
    ("perhaps",): (True, None),
    ("maybe",): (True, None),
}
BEFORE_MAX = max(len(k) for k in BEFORE)
AFTER = {
    ("or", "so"): (True, None),
    ("or", "more"): (False, "lower"),
    ("and", "more"): (False, "lower"),
    ("or", "fewer"): (False, "upper"),
    ("or", "less"): (False, "upper"),
    ("+",): (False, "lower"),
}
AFTER_FIRST = {w[0] for w in AFTER} | {"-", "\u2010", "odd", "plus"}

# changes
CHANGE_VERBS = {
    "rise": "up",
    "increase": "up",
    "grow": "up",
    "climb": "up",
    "jump": "up",
    "surge": "up",
    "soar": "up",
    "swell": "up",
    "gain": "up",
    "rocket": "up",
    "spike": "up",
    "mount": "up",
    "expand": "up",
    "boost": "up",
    "raise": "up",
    "add": "up",
    "double": "up",
    "triple": "up",
    "treble": "up",
    "quadruple": "up",
    "fall": "down",
    "drop": "down",
    "decline": "down",
    "decrease": "down",
    "shrink": "down",
    "plunge": "down",
    "slump": "down",
    "dip": "down",
    "sink": "down",
    "slide": "down",
    "tumble": "down",
    "ease": "down",
    "cut": "down",
    "reduce": "down",
    "lower": "down",
    "halve": "down",
    "slash": "down",
    "trim": "down",
    "shed": "down",
    "contract": "down",
    "diminish": "down",
    "plummet": "down",
    "slip": "down",
    "lose": "down",
}
# verbs whose direct object is the amount of the change itself ("jumped 40 percent")
INTRANSITIVE_CHANGE = {
    "rise",
    "fall",
    "grow",
    "climb",
    "jump",
    "surge",
    "soar",
    "swell",
    "drop",
    "decline",
    "plunge",
    "slump",
    "dip",
    "sink",
    "slide",
    "tumble",
    "ease",
    "shrink",
    "plummet",
    "slip",
    "increase",
    "decrease",
    "spike",
    "rocket",
    "contract",
}
AMOUNT_OBJECT_CHANGE = {"gain", "lose", "shed", "add", "cut", "slash", "trim"}  # only for %/money/points
CHANGE_NOUNS = {
    "increase": "up",
    "rise": "up",
    "growth": "up",
    "jump": "up",
    "gain": "up",
    "surge": "up",
    "hike": "up",
    "boost": "up",
    "spike": "up",
    "uptick": "up",
    "decrease": "down",
    "decline": "down",
    "drop": "down",
    "fall": "down",
    "cut": "down",
    "reduction": "down",
    "dip": "down",
    "slump": "down",
    "contraction": "down",
    "downturn": "down",
}
FACTOR_VERBS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4, "halve": 0.5}
FACTOR_STEMS = ("doubl", "tripl", "trebl", "quadrupl", "halv")
# a bare figure in a clause with one of these nouns counts what the noun's "of" phrase names
NUMBER_NOUNS = {
    "number",
    "total",
    "toll",
    "tally",
    "figure",
    "count",
    "strength",
    "size",
    "estimate",
    "maximum",
    "minimum",
    "level",
    "amount",
}
LEVEL_VERBS = {
    "reach",
    "close",
    "end",
    "finish",
    "open",
    "trade",
    "exceed",
    "top",
    "surpass",
    "total",
    "number",
    "hit",
    "stand",
    "put",
    "estimate",
    "bring",
    "set",
    "amount",
    "be",
    "remain",
    "near",
    "approach",
    "stay",
    "forecast",
    "project",
    "predict",
    "peg",
    "value",
    "assess",
    "calculate",
    "measure",
} | set(CHANGE_VERBS)
TRANSITIVE_LEVEL = {
    "raise",
    "bring",
    "put",
    "cut",
    "reduce",
    "increase",
    "boost",
    "lower",
    "estimate",
    "set",
    "double",
    "triple",
    "halve",
    "expand",
    "decrease",
    "slash",
    "trim",
}
MARKET_VERBS = {"close", "end", "finish", "open", "trade", "start"}
DEAD = {"kill", "die", "dead", "death", "fatality", "slay", "body", "corpse", "execute", "murder"}
INJURED = {"wound", "injure", "hurt", "injury", "wounded", "injured", "maim"}
FUNCTION_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PUNCT", "PART", "NUM", "SPACE"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
NP_BREAK_DEPS = {
    "det",
    "poss",
    "predet",
    "nummod",
    "quantmod",
    "case",
    "cc",
    "prep",
    "punct",
    "appos",
    "relcl",
    "acl",
    "conj",
}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
NUM_RE = re.compile(rf"^(?:{_NUM})$")
SUFFIXED_RE = re.compile(rf"^({_NUM})([a-zA-Z%²/]+2?)$")
NEGATIVE_RE = re.compile(rf"^[-\u2212]({_NUM})$")
RANGE_RE = re.compile(rf"^({_NUM})[-–—]({_NUM})$")
ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# scientific notation in one token: "3e8", "1.6e-19", "2.5×10⁶", "6x10^23"
SCIENTIFIC_RE = re.compile(r"^(\d+(?:\.\d+)?)(?:[eE]([-+]?\d+)|[x×]10\^?([-+]?\d+|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$")


# ---------------------------------------------------------------- number phrases


@dataclass
class Num:
    start: int  # token range of the number phrase
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    fraction: bool = False
    words: bool = False  # written out, no digits
    scaled: bool = False  # carries a scale word (million) or abbreviation (bn)
    suffix: str | None = None  # letters glued to the digits ("km" of "5km")
    currency: str | None = None  # a currency glued before the digits ("HK$5", "RM79")
    ambiguous_m: bool = False  # "5m": million with a currency, else metre
    range_from: str | None = None  # "from" opened the range (part of the span)


def _digits(text: str) -> float | None:
    if NUM_RE.match(text):
        return float(text.replace(",", ""))
    return None


def _atom(tok: Token):
    """What one token contributes to a number: (kind, value[, extra]) or None."""
    t = tok.text
    low = tok.lower_
    v = _digits(t)
    if v is not None:
        return ("n", v)
    m = NEGATIVE_RE.match(t)
    if m and (tok.i == 0 or tok.doc[tok.i - 1].whitespace_):
        return ("n", -float(m.group(1).replace(",", "")))
    if low in NUMBER_WORDS:
        return ("w", NUMBER_WORDS[low])
    if low in SCALES:
        return ("s", SCALES[low])
    m = SUFFIXED_RE.match(t)
    if m:
        v = float(m.group(1).replace(",", ""))
        return _suffixed(v, m.group(2))
    if not t[0].isdigit():
        m = GLUED_CURRENCY_RE.match(t)
        if m:
            # "HK$5", "RM79", "USD10m", "Rs500": the sign or code is glued to the digits
            v = float(m.group("num").replace(",", ""))
            cur = m.group("cur")
            code = CURRENCY_SYMBOLS.get(cur.lower()) or CURRENCY_CODES.get(cur.lower())
            suf = m.group("suf")
            if code is None:
                return None
            if not suf:
                return ("n", v, "cur:" + code)
            scale = ABBR_SCALES.get(suf.lower())
            if scale is None:
                return None
            return ("n", v * scale, "cur:" + code)
    m = SCIENTIFIC_RE.match(t)
    if m:
        exponent = m.group(2) or m.group(3).translate(_SUPERSCRIPT)
        return ("n", float(m.group(1)) * 10.0 ** int(exponent), "scaled")
    m = RANGE_RE.match(t)
    if m:
        return ("r", float(m.group(1).replace(",", "")), float(m.group(2).replace(",", "")))
    return None


def _suffixed(v: float, suffix: str):
    """A number with letters glued to it: a scale ("61bn", "10k"), "m" (million or metre, told
    later), or a unit ("5km", "640bhp", "500mg", "1.38pc", "12p")."""
    suf = suffix.lower()
    if suf in ABBR_SCALES and suf not in ("m", "b"):
        return ("n", v * ABBR_SCALES[suf], "scaled")
    if suf == "m":
        return ("n", v, "m")
    if suf == "b":
        return ("n", v * 10**9, "scaled")
    if suffix in ("G", "D", "S") or suf in ("s",):
        return None  # "5G network", "3D printer", "1990s"
    if suf == "p":
        return ("n", v, "unit:pence")
    if suffix in ("C", "F"):
        return ("n", v, "unit:°" + suf)  # "41C", "-5C"
    if suf in UNIT_WORDS:
        return ("n", v, "unit:" + suf)
    return None


def _value(parts) -> float:
    total = current = 0.0
    for kind, v in parts:
        if kind in ("n", "w"):
            current += v
        elif kind == "s":
            current = current or 1.0
            if v < 1000:
                current *= v
            else:
                total += current * v
                current = 0.0
    return total + current


class _NumFlags(TypedDict):
    scaled: bool
    suffix: str | None
    m: bool
    digits: bool
    currency: str | None


def _number_at(doc: Doc, i: int) -> Num | None:
    n = len(doc)
    tok = doc[i]
    low = tok.lower_
    # vague: "a few hundred", "several thousand", "a couple of hundred"
    for words, (lo, hi) in FEW.items() if low in FEW_FIRST else ():
        k = len(words)
        if i + k <= n and tuple(doc[i + x].lower_ for x in range(k)) == words:
            if i + k < n and doc[i + k].lower_ in SCALES:
                s = SCALES[doc[i + k].lower_]
                end = i + k + 1
                if end < n and doc[end].lower_ in SCALES and SCALES[doc[end].lower_] > s:
                    s *= SCALES[doc[end].lower_]  # "several hundred thousand"
                    end += 1
                return Num(i, end, None, lo * s, hi * s, vague=True, words=True, scaled=True)
            if SMALL_VAGUE_ALONE and words[-1] != "of":
                return Num(i, i + k, None, lo, hi, vague=True, words=True)
            return None
    if low in VAGUE:
        _base, lo, hi = VAGUE[low]
        if i + 2 < n and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in VAGUE:
            b2 = VAGUE[doc[i + 2].lower_][0]
            return Num(i, i + 3, None, lo * b2, (hi + 1) * b2 - 1, vague=True, words=True, scaled=True)
        if low == "tens" and not (i + 1 < n and doc[i + 1].lower_ == "of"):
            return None
        return Num(i, i + 1, None, lo, hi, vague=True, words=True, scaled=True)
    # fractions: "a third of", "two-thirds of", "half of", "by a third", "1/4 of", "½", "one in four"
    f = _fraction_at(doc, i) or _written_fraction_at(doc, i)
    if f:
        return f
    # numbers
    parts: list[tuple[str, float]] = []
    j = i
    flags: _NumFlags = {"scaled": False, "suffix": None, "m": False, "digits": False, "currency": None}
    while j < n:
        t = doc[j]
        lw = t.lower_
        a = _atom(t)
        if not parts:
            if lw in ("a", "an") and j + 1 < n and doc[j + 1].lower_ in SCALES:
                parts.append(("w", 1.0))
                j += 1
                continue
            if (
                lw == "half"
                and j + 2 < n
                and doc[j + 1].lower_ in ("a", "an")
                and doc[j + 2].lower_ in SCALES
            ):
                parts.append(("w", 0.5))
                j += 2
                continue
            if a is None or a[0] == "s":
                return None
            if a[0] == "r":
                lo, hi = a[1], a[2]
                if lo < hi:
                    return Num(i, i + 1, None, lo, hi)
                return None
            parts.append(a[:2])
            flags["digits"] = a[0] == "n"
            if len(a) > 2 and a[2].startswith("cur:"):
                flags["currency"] = a[2][4:]  # "USD10" + "m", "HK$5 million": the scale may follow
                j += 1
                continue
            if len(a) > 2:
                if a[2] == "scaled":
                    flags["scaled"] = True
                elif a[2] == "m":
                    flags["m"] = True
                else:
                    flags["suffix"] = a[2][5:]
                j += 1
                break
            j += 1
            continue
        pk, pv = parts[-1]
        if (
            lw in ("-", "‐")
            and pk == "n"
            and j + 1 < n
            and doc[j + 1].lower_ in SCALES
            and not doc[j - 1].whitespace_
            and not t.whitespace_
        ):
            j += 1  # "a $1.5-billion deal"
            continue
        if a is not None and a[0] == "s":
            if pk == "s" and pv >= a[1]:
                break
            parts.append(a[:2])
            flags["scaled"] = True
            j += 1
            continue
        if (
            pk == "n"
            and lw in ABBR_SCALES
            and lw not in ("m", "b")
            and t.idx == doc[j - 1].idx + len(doc[j - 1])
        ) or (pk == "n" and lw in ("bn", "mn", "mln", "tn", "trn")):
            parts[-1] = ("n", pv * ABBR_SCALES[lw])
            flags["scaled"] = True
            j += 1
            break
        if pk == "n" and lw in ("x", "×", "*") and j + 1 < n and doc[j + 1].text.startswith("10"):
            exponent = _power_of_ten(doc, j + 1)
            if exponent is not None:
                parts[-1] = ("n", pv * 10.0 ** exponent[0])  # "4.2 x 10^6"
                flags["scaled"] = True
                j = exponent[1]
                break
        if a is not None and a[0] == "w" and len(a) == 2:
            if (pk == "w" and pv in TENS.values() and 1 <= a[1] <= 9) or (pk == "s" and a[1] < pv):
                parts.append(a)
                j += 1
                continue
            break
        if (
            lw in ("-", "‐")
            and pk == "w"
            and pv in TENS.values()
            and j + 1 < n
            and doc[j + 1].lower_ in SMALL_NUMBERS
            and 1 <= SMALL_NUMBERS[doc[j + 1].lower_] <= 9
            and not doc[j - 1].whitespace_
        ):
            j += 1
            continue
        if lw == "and" and pk == "s" and j + 1 < n and (doc[j + 1].lower_ in NUMBER_WORDS):
            j += 1
            continue
        if (
            lw == "and"
            and pk in ("w", "n")
            and j + 2 < n
            and doc[j + 1].lower_ in ("a", "one")
            and doc[j + 2].lower_ == "half"
        ):
            parts.append(("w", 0.5))  # "one and a half million", "two and a half years"
            j += 3
            continue
        break
    if not parts:
        return None
    num = Num(
        i,
        j,
        _value(parts),
        words=not flags["digits"],
        scaled=flags["scaled"],
        suffix=flags["suffix"],
        ambiguous_m=flags["m"],
        currency=flags["currency"],
    )
    return num


def _power_of_ten(doc: Doc, i: int) -> tuple[int, int] | None:
    """(exponent, end token) for "10^6", "10 ^ 6", "10⁶" starting at token i, else None."""
    t = doc[i].text
    if t.startswith("10") and len(t) > 2:
        rest = t[2:].lstrip("^").translate(_SUPERSCRIPT)
        return (int(rest), i + 1) if re.fullmatch(r"-?\d+", rest) else None
    if t == "10" and i + 2 < len(doc) and doc[i + 1].text == "^" and re.fullmatch(r"-?\d+", doc[i + 2].text):
        return int(doc[i + 2].text), i + 3
    if t == "10" and i + 1 < len(doc) and re.fullmatch(r"\^-?\d+", doc[i + 1].text):
        return int(doc[i + 1].text[1:]), i + 2
    return None


VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8}
SLASH_FRACTION_RE = re.compile(r"^(\d{1,2})/(\d{1,2})$")
VULGAR_RE = re.compile(r"^(\d*)([½¼¾⅓⅔⅛])$")


def _written_fraction_at(doc: Doc, i: int) -> Num | None:
    """'1/4 of the land', '½', '1½ hours' (a number, not a share), 'one in four', '2 in 10'."""
    t = doc[i].text
    n = len(doc)
    m = VULGAR_RE.match(t)
    if m:
        whole = float(m.group(1)) if m.group(1) else 0.0
        share = not whole and i + 1 < n and doc[i + 1].lower_ == "of"
        return Num(i, i + 1, whole + VULGAR[m.group(2)], fraction=share)
    m = SLASH_FRACTION_RE.match(t)
    if m and i + 1 < n and doc[i + 1].lower_ == "of":
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < a < b:
            return Num(i, i + 1, a / b, fraction=True)
        return None
    if i + 2 < n and doc[i + 1].lower_ == "in":
        a_v = _digits(t) if _digits(t) is not None else NUMBER_WORDS.get(doc[i].lower_)
        b_t = doc[i + 2]
        b_v = _digits(b_t.text) if _digits(b_t.text) is not None else NUMBER_WORDS.get(b_t.lower_)
        if a_v is not None and b_v is not None and 1 <= a_v < b_v <= 1000 and a_v <= 10:
            nxt = doc[i + 3] if i + 3 < n else None
            if (
                nxt is None
                or nxt.tag_ in ("NNS", "NN", "JJ")
                or nxt.is_punct
                or nxt.lower_ in ("of", "say", "said")
            ):
                if nxt is None or (nxt.lower_.rstrip(".") not in TIME_WORDS and nxt.lower_ not in AGE_NOUNS):
                    return Num(i, i + 3, a_v / b_v, fraction=True, words=doc[i].is_alpha)
    return None


def _fraction_at(doc: Doc, i: int) -> Num | None:
    n = len(doc)
    low = doc[i].lower_
    num, j = None, i
    if low in ("a", "an", "one"):
        num, j = 1.0, i + 1
    elif low in SMALL_NUMBERS and low not in ("zero", "one"):
        num, j = float(SMALL_NUMBERS[low]), i + 1
    if num is not None and j < n and doc[j].lower_ in ("-", "‐") and not doc[j - 1].whitespace_:
        j += 1
    if j >= n or doc[j].lower_ not in FRACTIONS:
        return None
    frac = doc[j].lower_
    if num is None and frac not in ("half",):
        return None
    if num is None:
        num = 1.0
    if frac == "half" and low in ("a", "an"):
        return None  # "a half" is rare; "half a million" is a number
    if i > 0 and doc[i - 1].lower_ in ("first", "second", "last", "latter", "other"):
        return None  # "the first half of March" is a time
    if (
        j + 2 < n
        and doc[j + 1].lower_ == "of"
        and (
            doc[j + 2].lower_.rstrip(".") in TIME_WORDS
            or (
                doc[j + 2].lower_ in ("the", "this", "that")
                and j + 3 < n
                and doc[j + 3].lower_ in ("year", "month", "week", "day", "decade", "century", "season")
            )
        )
    ):
        return None  # "half of March", "a quarter of the year"
    after = doc[j + 1].lower_ if j + 1 < n else ""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in ("almost", "nearly", "about", "roughly", "around", "some", "more", "than") and i > 1:
        before = doc[i - 2].lower_ if doc[i - 2].lower_ == "by" else before
    if (
        after == "of"
        or (before == "by" and after in (".", ",", ";", "in", "since", "after", "from", "over", ""))
        or (frac == "half" and after in ("the", "its", "their", "his", "her", "our", "all"))
    ):
        return Num(i, j + 1, num * FRACTIONS[frac], fraction=True, words=True)
    return None


def _may_start(text: str, low: str, nxt: str) -> bool:
    """A cheap test before the full parse of a number phrase (most tokens are not numbers)."""
    c = text[0]
    if c.isdigit() or (c in ".-\u2212" and len(text) > 1 and text[1].isdigit()):
        return True
    if text[-1] in VULGAR:
        return True
    if len(text) > 1 and any(ch.isdigit() for ch in text):
        return GLUED_CURRENCY_RE.match(text) is not None
    if low in ("a", "an"):
        return nxt in SCALES or nxt in FRACTIONS or nxt in FEW_SECOND
    return low in START_WORDS


def _phrases(doc: Doc, lows: list[str]) -> list[Num]:
    out = []
    i, n = 0, len(doc)
    while i < n:
        if not lows[i] or not _may_start(doc[i].text, lows[i], lows[i + 1] if i + 1 < n else ""):
            i += 1
            continue
        num = _number_at(doc, i)
        if num is not None:
            out.append(num)
            i = max(num.end, i + 1)
        else:
            i += 1
    return out


# ---------------------------------------------------------------- exclusions


def _excluded(doc: Doc, num: Num, sent_start: int, sent_end: int) -> bool:
    n = len(doc)
    first = doc[num.start]
    prev = doc[num.start - 1] if num.start > sent_start else None
    prev2 = doc[num.start - 2] if num.start - 1 > sent_start else None
    nxt = doc[num.end] if num.end < n else None
    nxt2 = doc[num.end + 1] if num.end + 1 < n else None
    nxt_low = nxt.lower_ if nxt is not None else ""
    text = first.text
    # ordinals ("first", "3rd") never reach here as numbers, except "second" etc. as fractions
    if ORDINAL_RE.match(text) or (first.lower_ in ORDINALS and not num.fraction):
        return True
    # written numbers inside names: "Group of Seven", "World War Two" (not in all-caps headlines)
    if (
        num.words
        and first.text[:1].isupper()
        and num.start > sent_start
        and not _headline(doc, sent_start, sent_end)
        and prev is not None
        and prev.text not in ('"', "\u201c", "(", "\n", "-", "\u2014", ":")
    ):
        return True
    if (
        num.value is not None
        and not num.vague
        and not num.fraction
        and not num.scaled
        and num.start + 1 == num.end
    ):
        v = num.value
        # years
        if re.match(r"^\d{4}$", text) and 1800 <= v <= 2100:
            counted = (
                nxt is not None
                and nxt.tag_ in ("NNS", "NNPS")
                and nxt.lower_ not in TIME_WORDS
                and not (prev is not None and prev.tag_ == "POS")
            )
            if not counted or (
                prev is not None and prev.lower_ in ("in", "since", "until", "by", "from", "before", "after")
            ):
                return True
        # times of day: "0600 GMT", "3 p.m."
        if nxt_low in TIME_OF_DAY or re.match(r"^0\d{3}$", text):
            return True
        # dates: "March 3", "3 March", "the 3 of March"
        if (
            prev is not None
            and prev.lower_.rstrip(".") in MONTH_WORDS
            and prev.text[:1].isupper()
            and v <= 31
        ):
            return True
        if nxt is not None and nxt.lower_ in MONTH_WORDS and nxt.text[:1].isupper() and v <= 31:
            return True
        if nxt_low == "of" and nxt2 is not None and nxt2.lower_ in MONTH_WORDS and nxt2.text[:1].isupper():
            return True
        # identifiers: "Article 5", "Resolution 2231", "Flight 752", "No. 3", "#5", "Su-34"
        if prev is not None and (
            prev.text in ("#", "No.", "no.", "No", "Nos.")
            or (
                prev.is_alpha
                and prev.text[:1].isupper()
                and prev.lower_.rstrip(".") not in MONTH_WORDS
                and prev.pos_ in ("PROPN", "NOUN")
                and not prev.whitespace_ == ""
                and (nxt is None or nxt.pos_ not in ("NOUN",) or nxt.tag_ != "NNS")
                and not _headline(doc, sent_start, sent_end)
                and prev.ent_type_ != "NORP"
            )
        ):
            return True
        if (
            prev is not None
            and prev.text in ("-", "/")
            and not prev.whitespace_
            and prev2 is not None
            and prev2.is_alpha
            and not prev2.whitespace_
        ):
            return True
        if (
            nxt is not None
            and nxt.text in ("-", "/")
            and not first.whitespace_
            and nxt2 is not None
            and nxt2.is_alpha
            and nxt2.lower_ not in UNIT_WORDS
            and len(nxt2.text) <= 2
            and nxt2.text.isupper()
        ):
            return True
        # list markers: "1." or "2)" or "(3)" opening a line
        if (prev is None or "\n" in prev.text) and nxt is not None and nxt.text in (".", ")"):
            return True
        if (
            prev is not None
            and prev.text == "("
            and nxt is not None
            and nxt.text == ")"
            and (prev.i == sent_start or "\n" in doc[prev.i - 1].text)
        ):
            return True
        if prev is not None and prev.text == "." and prev2 is not None and prev2.lower_ == "no":
            return True
        if prev is not None and len(prev.text) == 1 and prev.text.isupper() and prev.i > sent_start:
            return True  # "S&P 500" written "S P 500"
    # numbers inside names and codes: "Resolution 2231" (LAW), "Kursk-2" (PRODUCT)
    if (
        first.ent_type_ in ("LAW", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "ORG")
        and first.ent_iob_ == "I"
        and not num.vague
    ):
        return True
    # "one" as a pronoun or in fixed phrases: "no one", "one another", "one day"
    if first.lower_ == "one" and num.end == num.start + 1:
        if prev is not None and prev.lower_ in ("no", "any", "every", "some", "each", "the", "this", "that"):
            return True
        if nxt_low in ONE_STOP or first.tag_ not in ("CD",):
            return True
        if nxt_low == "of":
            if nxt2 is not None and nxt2.pos_ == "PRON":
                return True  # "one of them said"
        elif nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or nxt_low in UNIT_WORDS):
            return True
    # "soldiers over 45", "men under 60" closing a clause: ages, too vague to be figures
    if (
        prev is not None
        and prev.lower_ in ("over", "under")
        and num.start + 1 == num.end
        and num.value is not None
        and 14 <= num.value <= 100
        and float(num.value).is_integer()
        and (nxt is None or nxt.is_punct)
        and prev2 is not None
        and (prev2.pos_ in ("AUX", "NOUN") or prev2.lower_ in ("are", "is", "were", "was"))
    ):
        return True
    return False


def _age(doc: Doc, num: Num, sent_start: int, sent_end: int) -> tuple[int, str] | None:
    """(end token, unit) when the number is someone's age: "a 66-year-old", "45 years old",
    "a six-month-old", "aged 45", "at the age of 45", "Smith, 66,"; else None."""
    n = sent_end
    prev = doc[num.start - 1] if num.start > sent_start else None
    if (
        prev is not None
        and prev.lower_ in ("aged", "ages")
        and num.value is None
        and not num.vague
        and num.low is not None
        and num.high is not None
    ):
        return num.end, "year"  # "participants aged 18 to 65"
    if num.value is None or num.vague or num.fraction or num.scaled:
        return None
    prev2 = doc[num.start - 2] if num.start - 1 > sent_start else None
    nxt = doc[num.end] if num.end < n else None
    j = num.end
    if j < n and doc[j].text in ("-", "‐"):
        j += 1
    if j < n and doc[j].lower_ in AGE_NOUNS:
        unit = UNIT_WORDS[doc[j].lower_][0]
        k = j + 1
        if k < n and doc[k].text in ("-", "‐"):
            k += 1
        if k < n and doc[k].lower_ in ("old", "olds"):
            return k + 1, unit
        if k + 1 < n and doc[k].lower_ == "of" and doc[k + 1].lower_ == "age":
            return k + 2, unit
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return num.end, "year"
    if prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.lower_ == "age":
        return num.end, "year"
    if (
        prev is not None
        and prev.text == ","
        and prev2 is not None
        and (prev2.ent_type_ == "PERSON" or prev2.pos_ in ("NOUN", "PROPN"))
        and num.value < 120
        and float(num.value).is_integer()
        and (nxt is None or nxt.text in (",", ".", ")", ";"))
        and num.start + 1 == num.end
        and not num.words
    ):
        return num.end, "year"
    return None


def _headline(doc: Doc, s: int, e: int) -> bool:
    words = [t for t in doc[s:e] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.6


# ---------------------------------------------------------------- quantities


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


@extractor("quantities", gives=("quantities",))
def extract(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.text
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


LIST_GLUE = {",", "and", "or", "to", "-", "–", "/"}


def _shared_units(doc: Doc, qs: list[Quantity], sent_of) -> None:
    """A unit written once for a list: '$5, $10 and $15 a month', '3 or 4 candidates', 'two or
    three days', '5, 10 and 15 percent': a bare figure takes the unit, counted noun and rate of
    the next figure of the list (right to left, so that the last one's reaches the first)."""
    for i in range(len(qs) - 2, -1, -1):
        qa, qb = qs[i], qs[i + 1]
        if qa.end > qb.start or qb.start - qa.end > 2 or sent_of(qa.num.start) != sent_of(qb.num.start):
            continue
        glue = [doc[x].lower_ for x in range(qa.end, qb.start)]
        if not glue or any(w not in LIST_GLUE for w in glue):
            continue
        if qa.unit is None and qa.kind == "count" and qa.counts is None and qb.unit is not None:
            if qa.num.vague or qa.num.fraction or qa.value is None:
                continue
            qa.unit, qa.kind = qb.unit, qb.kind
            qa.counts = qb.counts
        if glue == [",", "or"]:
            continue  # "$68.7 billion, or $95 per share": the same amount put another way
        if qa.unit == qb.unit and qa.kind == qb.kind and qa.rate is None and qb.rate is not None:
            qa.rate = qb.rate
    # and forwards, to a bare figure closing the list: "by 312 votes to 208"; and to a figure
    # whose noun is left out before the same preposition: "35 engineers in Berlin and 12 in Lisbon"
    for i in range(len(qs) - 1):
        qa, qb = qs[i], qs[i + 1]
        if qa.end > qb.start or qb.start - qa.end > 6 or sent_of(qa.num.start) != sent_of(qb.num.start):
            continue
        glue = [doc[x].lower_ for x in range(qa.end, qb.start)]
        if qa.unit is None:
            continue
        if glue not in (["to"], ["and"], ["or"], [",", "and"]) and not (
            len(glue) >= 3
            and glue[-1] in ("and", ",")
            and qb.end < len(doc)
            and doc[qb.end].lower_ == glue[0]
            and doc[qa.end].pos_ == "ADP"
            and not any(doc[x].pos_ in ("VERB", "AUX") for x in range(qa.end, qb.start))
        ):
            continue
        if qb.unit is None and qb.kind == "count" and qb.counts is None and qa.kind == "count":
            nxt = doc[qb.end] if qb.end < len(doc) else None
            if (
                nxt is None
                or nxt.is_punct
                or (nxt.pos_ in ("ADP", "CCONJ", "VERB", "AUX", "ADV") and nxt.lower_ != "of")
            ):
                if not (qb.num.vague or qb.num.fraction or qb.value is None):
                    qb.unit, qb.counts = qa.unit, qa.counts


def _join_ranges(doc: Doc, nums: list[Num], sent_of) -> list[Num]:
    """'between A and B', 'A to B', 'A-B', 'A or B', 'from A to B' (when nothing changes)."""
    out: list[Num] = []
    k = 0
    while k < len(nums):
        a = nums[k]
        b = nums[k + 1] if k + 1 < len(nums) else None
        if (
            b is not None
            and not a.vague
            and not b.vague
            and not a.fraction
            and not b.fraction
            and a.value is not None
            and b.value is not None
            and sent_of(a.start) == sent_of(b.start)
        ):
            between = [
                doc[x].lower_
                for x in range(a.end, b.start)
                if doc[x].lower_ not in CURRENCY_SYMBOLS and doc[x].lower_ not in ("%", "percent")
            ]
            prev = doc[a.start - 1].lower_ if a.start > 0 else ""
            if prev in CURRENCY_SYMBOLS and a.start > 1:
                prev = doc[a.start - 2].lower_
            lo, hi = a.value, b.value
            if _year_like(doc, a) and _year_like(doc, b):
                out.append(a)  # "between 2018 and 2021": years, each left to the exclusions
                k += 1
                continue
            if b.scaled and not a.scaled and b.end - b.start > 1:
                # "5 to 6 million": the scale word of B applies to A
                last = doc[b.end - 1].lower_
                s = SCALES.get(last) or ABBR_SCALES.get(last)
                if s and lo * s <= hi:
                    lo = lo * s
            ok = False
            if between == ["and"] and prev == "between":
                ok = True
            elif between in (["to"], ["-"], ["–"], ["—"], ["to", "about"]) and lo < hi:
                own_unit = a.suffix is not None or any(
                    doc[x].lower_ in ("%", "percent", "pc") or doc[x].lower_ in CURRENCY_SYMBOLS
                    for x in range(a.end, b.start)
                )
                if own_unit and _change_word_before(doc, a.start, sent_of) is not None:
                    ok = False  # "rose 0.5% to 3.2%": the amount of a change, then the new level
                elif (
                    prev in ("by", "from", "to")
                    and _change_word_before(doc, a.start - 1, sent_of) is not None
                ):
                    ok = False
                elif prev == "to" and _change_word_before(doc, a.start - 1, sent_of) is not None:
                    ok = False
                else:
                    ok = True
            if ok:
                start = a.start
                # "between", "from" belong to the range expression
                if prev in ("between", "from"):
                    start = a.start - 1 if doc[a.start - 1].lower_ == prev else a.start - 2
                r = Num(
                    start,
                    b.end,
                    None,
                    lo,
                    hi,
                    words=a.words and b.words,
                    scaled=b.scaled,
                    suffix=b.suffix,
                    ambiguous_m=b.ambiguous_m,
                )
                r.range_from = prev if prev in ("between", "from") else None
                before = doc[a.start - 1].lower_ if a.start > 0 else ""
                if r.range_from and before in CURRENCY_SYMBOLS:
                    r.currency = CURRENCY_SYMBOLS[before]  # "from $20 to $35"
                else:
                    r.currency = a.currency or b.currency
                out.append(r)
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _year_like(doc: Doc, num: Num) -> bool:
    t = doc[num.start].text
    return (
        num.end == num.start + 1
        and num.value is not None
        and re.match(r"^\d{4}$", t) is not None
        and 1800 <= num.value <= 2100
    )


def _change_word_before(doc: Doc, i: int, sent_of, window: int = 8):
    """The nearest change verb/noun (or 'up'/'down') before token i in its clause, or None."""
    s, _ = sent_of(i) if i >= 0 else (0, 0)
    j = i - 1
    while j >= max(s, i - window):
        t = doc[j]
        if t.text in (";", ":", ".", "\n") or t.is_space:
            return None
        if _change_direction(t) is not None:
            return t
        j -= 1
    return None


def _change_direction(t) -> str | None:
    lemma = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX") and lemma in CHANGE_VERBS:
        return CHANGE_VERBS[lemma]
    if t.pos_ == "VERB" and t.lower_ in ("rose", "risen", "fell", "fallen", "grew", "grown"):
        return "up" if t.lower_ in ("rose", "risen", "grew", "grown") else "down"
    if t.pos_ == "NOUN" and lemma in CHANGE_NOUNS and not (t.dep_ == "compound" and t.head.i > t.i):
        return CHANGE_NOUNS[lemma]
    if t.lower_ in ("up", "down") and t.pos_ in ("ADV", "ADP", "PART") and not _particle(t):
        return t.lower_
    return None


def _particle(t) -> bool:
    """'shot down', 'set up': up/down belonging to the verb before them, not a change."""
    h = t.head
    if h.lemma_.lower() in MARKET_VERBS and h.i < t.i:
        return False  # "closed down 212 points", "ended up 3%": a market's move
    return t.dep_ == "prt" or (h.pos_ == "VERB" and h.i == t.i - 1 and h.lemma_.lower() not in CHANGE_VERBS)


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
    # "12 of the 15 drones" is handled by the 'of' phrase; "one of" too


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


# ---------------------------------------------------------------- sentence passes


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


def _multipliers(doc: Doc, qs: list[Quantity], sent_of) -> None:
    """'five units of 3,000 people each', '40 trucks, each carrying about 20 soldiers'."""
    drop = set()
    for b_i, qb in enumerate(qs):
        if qb.kind not in ("count",) and qb.kind != "money":
            continue
        s, e = sent_of(qb.num.start)
        each = False
        per_word = None
        k = qb.end
        if k < e and doc[k].lower_ in ("each", "apiece"):
            each = True
            qb.end = k + 1
        elif (
            k + 1 < e
            and doc[k].lower_ == "per"
            and _good_head(doc[k + 1])
            and doc[k + 1].lower_ not in ("day", "week", "month", "year", "hour", "cent", "minute", "night")
        ):
            per_word = doc[k + 1].lemma_.lower()
        else:
            for x in range(qb.start - 1, max(s, qb.start - 6) - 1, -1):
                if doc[x].lower_ == "each" and doc[x].dep_ != "det":
                    each = True
                    break
                if doc[x].text in (";", ".", ":"):
                    break
        if not each and not per_word:
            continue
        for a_i in range(b_i - 1, -1, -1):
            qa = qs[a_i]
            if qa.end > qb.start or sent_of(qa.num.start) != (s, e):
                continue
            if qb.num.start - qa.end > 16 or qa.kind != "count" or qa.value is None or qa.counts_head is None:
                break
            if qb.counts_head is not None and doc[qa.counts_head].lemma_ == doc[qb.counts_head].lemma_:
                break
            if per_word and doc[qa.counts_head].lemma_.lower() != per_word:
                break
            qb.multiplier = qa.value
            if qb.value is not None:
                qb.total = qb.value * qa.value
            qb.per = doc[qa.counts_head].lemma_.lower()
            qb.start = qa.start
            drop.add(a_i)
            break
    if drop:
        qs[:] = [q for i, q in enumerate(qs) if i not in drop]


def _changes(doc: Doc, qs: list[Quantity], sent_of, lows: list[str]) -> None:
    """Which quantities are part of a change: the amount ('by'), the new level ('to'), the old ('from')."""
    used_tokens = set()
    for q in qs:
        if q.kind == "factor":
            continue
        s, e = sent_of(q.num.start)
        part = c = None
        p = doc[q.start - 1] if q.start - 1 >= s else None
        if q.num.range_from:
            p = None
        if p is not None and p.lower_ in ("by", "to", "from"):
            c = _change_word_before(doc, p.i, sent_of)
            if c is not None:
                part = p.lower_
        if (
            c is None
            and p is not None
            and p.lower_ == "of"
            and p.i - 1 >= s
            and doc[p.i - 1].pos_ == "NOUN"
            and doc[p.i - 1].lemma_.lower() in CHANGE_NOUNS
        ):
            c, part = doc[p.i - 1], "by"
        if (
            c is None
            and p is not None
            and p.lower_ in ("up", "down")
            and p.pos_ in ("ADV", "ADP", "PART")
            and not _particle(p)
            and q.bound is None
        ):
            c, part = p, "by"
        if c is None and p is not None and _change_direction(p) is not None and p.pos_ == "VERB":
            lemma = p.lemma_.lower()
            if lemma in INTRANSITIVE_CHANGE or (
                lemma in AMOUNT_OBJECT_CHANGE
                and q.kind in ("percent", "money")
                and not (q.end < e and doc[q.end].lower_ == "of")
            ):
                c, part = p, "by"
        if (
            c is None
            and q.end < e
            and doc[q.end].pos_ == "NOUN"
            and doc[q.end].lemma_.lower() in CHANGE_NOUNS
        ):
            c, part = doc[q.end], "by"
            if q.counts_head == q.end:
                q.counts = q.counts_head = None
        if c is None:
            a = _anchor(doc, q)
            h = a.head
            if (
                a.dep_ in ("dobj", "npadvmod", "advmod")
                and h.i < a.i
                and h.pos_ == "VERB"
                and h.lemma_.lower() in INTRANSITIVE_CHANGE
            ):
                c, part = h, "by"
        if c is None:
            continue
        if q.counts_head is not None and q.counts_head == c.i:
            q.counts = q.counts_head = None
        q.change_token = c.i
        q.change = {
            "direction": _change_direction(c),
            "part": part,
            "by": None,
            "from": None,
            "to": None,
            "factor": FACTOR_VERBS.get(c.lemma_.lower()),
        }
        used_tokens.add(c.i)
    # one change, several parts: every quantity knows the others
    groups: dict[int | None, list[tuple[Quantity, dict]]] = {}
    for q in qs:
        if q.change is not None:
            groups.setdefault(q.change_token, []).append((q, q.change))
    for members in groups.values():
        merged: dict[str, float | None] = {}
        for q, change in members:
            merged.setdefault(change["part"], q.value if q.value is not None else q.total)
        for _, change in members:
            for part in ("by", "from", "to"):
                if part in merged:
                    change[part] = merged[part]
    # "a 3-fold rise"
    for q in qs:
        if q.kind == "factor" and q.change is None:
            c = doc[q.end] if q.end < len(doc) and _change_direction(doc[q.end]) else None
            if c is None:
                h = _anchor(doc, q).head
                c = h if _change_direction(h) else None
            q.change = {
                "direction": _change_direction(c) if c is not None else "up",
                "part": "factor",
                "by": None,
                "from": None,
                "to": None,
                "factor": q.value,
            }
            q.change_token = c.i if c is not None else None
            if c is not None:
                used_tokens.add(c.i)
    # "doubled", "tripled", "halved" with no figure; "fivefold"
    new = []
    for i, low in enumerate(lows):
        if not (low.startswith(FACTOR_STEMS) or low.endswith("fold")):
            continue
        t = doc[i]
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in FACTOR_VERBS and t.i not in used_tokens:
            if lemma == "double" and any(c.dep_ in ("dobj",) and c.lower_ in ("down",) for c in t.children):
                continue
            if any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
                continue
            q = Quantity(Num(t.i, t.i + 1, None), t.i, t.i + 1, None, kind="factor")
            q.change = {
                "direction": CHANGE_VERBS[lemma],
                "part": "factor",
                "by": None,
                "from": None,
                "to": None,
                "factor": FACTOR_VERBS[lemma],
            }
            q.change_token = t.i
            new.append(q)
        elif t.lower_ in FOLD or re.match(r"^\d+-?fold$", t.lower_):
            f: float | None = FOLD.get(t.lower_)
            if not f:
                lead = re.match(r"^(\d+)", t.lower_)
                assert lead is not None  # "3-fold": the test above matched
                f = float(lead.group(1))
            h = t.head
            turn = _change_direction(h)
            direction = turn if turn is not None else "up"
            q = Quantity(Num(t.i, t.i + 1, f), t.i, t.i + 1, f, unit="times", kind="factor")
            q.change = {
                "direction": direction,
                "part": "factor",
                "by": None,
                "from": None,
                "to": None,
                "factor": f,
            }
            q.change_token = h.i if _change_direction(h) else t.i
            new.append(q)
    if new:
        qs.extend(new)
        qs.sort(key=lambda q: q.start)


def _counts_from_clause(doc: Doc, q: Quantity, sent_of) -> None:
    """What a bare figure counts, from its clause: 'the number of North Koreans ... to 15,000',
    'the death toll rose to 23', 'inflation reached 9.5 percent', 'a force of 3,000'."""
    if q.kind == "factor":
        return
    s, _e = sent_of(q.num.start)
    a = _anchor(doc, q)
    target = None
    # a force of 3,000; a range of 2,500 km
    if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.pos_ == "NOUN" and a.head.head.i < a.i:
        x = a.head.head
        if x.lemma_.lower() in CHANGE_NOUNS:
            return
        if x.lemma_.lower() not in NUMBER_NOUNS:
            q.counts = _np(doc, x, s)
            q.counts_head = x.i
            if q.unit is None and q.kind == "count":
                q.unit = _count_unit(x)
            return
        target = x
    verb = None
    if target is None:
        if a.dep_ == "pobj" and a.head.lower_ in ("to", "at", "from", "by", "of"):
            verb = a.head.head
        elif a.dep_ in (
            "dobj",
            "attr",
            "npadvmod",
            "oprd",
            "acomp",
            "nsubj",
            "advmod",
            "appos",
            "conj",
        ) and a.head.pos_ in ("VERB", "AUX"):
            verb = a.head
        if q.change_token is not None and doc[q.change_token].pos_ in ("VERB", "AUX"):
            verb = doc[q.change_token]
        while (
            verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and verb.dep_ in ("xcomp", "conj", "advcl")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.i != verb.i
        ):
            verb = verb.head
        if verb is not None and verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in LEVEL_VERBS):
            kids = {c.dep_: c for c in verb.children if c.i != a.i and not (q.start <= c.i < q.end)}
            obj = kids.get("dobj")
            subj = kids.get("nsubj") or kids.get("nsubjpass")
            prep = a.head.lower_ if a.dep_ == "pobj" else None
            if (
                obj is not None
                and (prep in ("to", "at") or (prep == "by" and verb.lemma_.lower() in TRANSITIVE_LEVEL))
                and (verb.lemma_.lower() in TRANSITIVE_LEVEL or obj.lemma_.lower() in NUMBER_NOUNS)
            ):
                target = obj
            elif subj is not None and (verb.lemma_.lower() != "be" or q.kind in ("count", "percent")):
                target = subj
    if target is None:
        # parse missed: "bring the total number of North Koreans involved in the war to 15,000"
        p = doc[q.start - 1] if q.start - 1 >= s else None
        if p is not None and p.lower_ in ("to", "at"):
            for x in range(p.i - 1, max(s, p.i - 15) - 1, -1):
                t = doc[x]
                if t.text in (";", ":") or (t.like_num and _digits(t.text) is not None):
                    break
                if t.pos_ == "NOUN" and t.lemma_.lower() in NUMBER_NOUNS:
                    target = t
                    break
    if target is None or target.pos_ == "PRON" or target.tag_ in ("DT", "WDT", "EX"):
        return
    if not _good_head(target):
        return
    if target.lemma_.lower() in NUMBER_NOUNS:
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ != "PRON" and _good_head(pobj):
            target = pobj
        elif not (target.lemma_.lower() == "toll" or any(c.dep_ == "compound" for c in target.children)):
            return  # "the figure", "the total": nothing to say what is counted; "death toll" is
    q.counts = _np(doc, target, s)
    q.counts_head = target.i
    if q.unit is None and q.kind == "count" and target.lemma_.lower() == "temperature":
        q.unit, q.kind = "degree", "temperature"  # "temperatures dropped to minus 12"
    elif q.unit is None and q.kind == "count":
        q.unit = _count_unit(target)


def _role(doc: Doc, q: Quantity) -> str | None:
    """'dead' or 'injured' when the quantity counts people killed or wounded."""
    if q.kind not in ("count",):
        return None
    h = doc[q.counts_head] if q.counts_head is not None else _anchor(doc, q)
    lemma = h.lemma_.lower()
    if (
        lemma in DEAD
        or h.lower_ in DEAD
        or (lemma == "toll" and any(c.lemma_ == "death" for c in h.children))
        or (lemma == "toll" and q.counts and "death" in doc[q.counts[0] : q.counts[1]].text.lower())
    ):
        return "dead"
    if lemma == "toll":
        return "dead"
    if lemma in INJURED or h.lower_ in INJURED:
        return "injured"
    for c in h.children:
        if c.dep_ in ("amod", "acl") and c.i != h.i:
            r = _role_word(c)
            if r:
                return r
    # "12 civilians were killed", "killing 12 people", "3 killed", "left 1 person dead"
    t = h
    for _ in range(3):
        if t.dep_ in ("nsubjpass", "dobj", "nsubj", "conj", "appos", "pobj") and t.head.i != t.i:
            v = t.head
            if v.pos_ in ("VERB", "ADJ") or v.tag_ == "VBN":
                r = _role_word(v)
                if r and (
                    t.dep_ in ("nsubjpass", "dobj")
                    or v.tag_ == "VBN"
                    or v.lemma_.lower() == "die"
                    or t.dep_ == "conj"
                ):
                    return r
                if t.dep_ == "dobj" and v.lemma_.lower() == "leave":
                    for c in v.children:
                        if c.dep_ in ("oprd", "ccomp", "xcomp", "advcl", "acomp") or (
                            c.i > h.i and c.pos_ == "ADJ"
                        ):
                            r = _role_word(c)
                            if r:
                                return r
                break
            if t.dep_ in ("conj", "appos"):
                t = t.head
                continue
        break
    # "... and four were wounded": the number is the subject of its own passive verb
    a = _anchor(doc, q)
    if (
        a.dep_ in ("nsubjpass", "nsubj")
        and _role_word(a.head)
        and (a.dep_ == "nsubjpass" or a.head.tag_ == "VBN" or a.head.lemma_.lower() == "die")
    ):
        return _role_word(a.head)
    # "left 1 person dead and 30 injured"
    k = q.end
    if k < len(doc) and doc[k].lower_ in ("dead", "injured", "wounded", "killed"):
        return _role_word(doc[k])
    return None


def _role_word(t) -> str | None:
    lemma = t.lemma_.lower()
    if lemma in DEAD or t.lower_ in DEAD or t.lower_ == "killed":
        return "dead"
    if lemma in INJURED or t.lower_ in INJURED:
        return "injured"
    return None


def _dedupe(qs: list[Quantity]) -> list[Quantity]:
    qs.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end:
            prev = out[-1]
            if q.kind == "factor" and prev.change is not None:
                continue
            if q.end <= prev.end:
                continue
            # overlapping but not contained: keep both, trimming the later one's start
            q.start = prev.end
            if q.start >= q.end:
                continue
        out.append(q)
    return out


# ---------------------------------------------------------------- record


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
