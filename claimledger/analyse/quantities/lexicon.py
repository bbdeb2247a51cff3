"""Quantities: the words and patterns the rules look for (scales, vague amounts, bounds, change
verbs and nouns) and the small tests of a token against them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.analyse.parsed import MONTH_WORDS, NUMBER_WORDS
from claimledger.resources.units import (
    MULTI_WORD_UNITS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
