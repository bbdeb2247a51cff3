"""Quantities, pass 1 and 2: number phrases (digits, written numbers, glued units and
currencies, fractions, vague amounts), ranges joined, and what is not a figure (ordinals, dates,
times, identifiers) or is a figure of its own kind (ages)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from claimledger.analyse.parsed import MONTH_WORDS, NUMBER_WORDS, SMALL_NUMBERS, TENS
from claimledger.analyse.quantities.lexicon import (
    _SUPERSCRIPT,
    ABBR_SCALES,
    AGE_NOUNS,
    FEW,
    FEW_FIRST,
    FEW_SECOND,
    FRACTIONS,
    NEGATIVE_RE,
    NUM_RE,
    ONE_STOP,
    ORDINAL_RE,
    ORDINALS,
    RANGE_RE,
    SCALES,
    SCIENTIFIC_RE,
    START_WORDS,
    SUFFIXED_RE,
    TIME_OF_DAY,
    TIME_WORDS,
    VAGUE,
    _change_word_before,
)
from claimledger.resources.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    GLUED_CURRENCY_RE,
    UNIT_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SMALL_VAGUE_ALONE = False  # extract "several drones", "a few soldiers" as vague quantities


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


def _may_start(doc: Doc, i: int, low: str, nxt: str) -> bool:
    """A cheap test before the full parse of a number phrase (most tokens are not numbers)."""
    c = low[0]
    if c.isdigit() or (c in ".-\u2212" and len(low) > 1 and low[1].isdigit()):
        return True
    if low[-1] in VULGAR:
        return True
    if len(low) > 1 and not low.isalpha() and any(ch.isdigit() for ch in low):
        # a currency glued to the digits ("HK$5", "RM79"): the codes are upper case
        return GLUED_CURRENCY_RE.match(doc[i].text) is not None
    if low in ("a", "an"):
        return nxt in SCALES or nxt in FRACTIONS or nxt in FEW_SECOND
    return low in START_WORDS


def _phrases(doc: Doc, lows: list[str]) -> list[Num]:
    out = []
    i, n = 0, len(doc)
    while i < n:
        if not lows[i] or not _may_start(doc, i, lows[i], lows[i + 1] if i + 1 < n else ""):
            i += 1
            continue
        num = _number_at(doc, i)
        if num is not None:
            out.append(num)
            i = max(num.end, i + 1)
        else:
            i += 1
    return out


# plural nouns a year qualifies rather than a number counts: "1990 levels", "2019 prices"
YEAR_NOUNS = {
    "levels",
    "prices",
    "figures",
    "rates",
    "values",
    "terms",
    "standards",
    "borders",
    "lows",
    "highs",
}


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
                and nxt.lower_ not in YEAR_NOUNS
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
