"""The parsed document: look-ups over one spaCy Doc that every extractor shares.

Helpers flow one way: this module imports nothing from claimledger.analyse, the extractors
import it, and the pipeline imports the extractors. Look-ups are computed once per Doc and kept
in `doc.user_data`, because several extractors ask for them per token or per cue.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from typing import TYPE_CHECKING, cast

import numpy as np

from claimledger.resources.countries import countries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from thinc.types import Ints2d

# Number words, zero to ninety, by value: the quantities and the times read the same words.
SMALL_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
NUMBER_WORDS = {**SMALL_NUMBERS, **TENS}

# Month names as written in full, and every lower-cased form a token can take (full or abbreviated).
MONTH_NAMES = tuple(m for m in calendar.month_name if m)
MONTH_WORDS = frozenset(
    [m.lower() for m in MONTH_NAMES] + "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
MONTH_NUMBERS = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, 1)}


def doc_text(doc: Doc) -> str:
    """The document's text. spaCy rebuilds Doc.text from its tokens on every access, which
    made rules that read it per cue quadratic on long reports; this keeps one copy per Doc."""
    text = doc.user_data.get("claimledger_text")
    if text is None:
        text = doc.user_data["claimledger_text"] = doc.text
    return text


def _token_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("claimledger_starts")
    if starts is None:
        starts = doc.user_data["claimledger_starts"] = [t.idx for t in doc]
    return starts


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character `char`, or the first one after it; None past the end."""
    starts = _token_starts(doc)
    i = bisect_right(starts, char) - 1
    if i < 0:
        return doc[0] if len(doc) else None
    tok = doc[i]
    if char < tok.idx + max(1, len(tok)):
        return tok
    return doc[i + 1] if i + 1 < len(doc) else None


def token_index(doc: Doc, char: int) -> int:
    """The index of the last token starting at or before `char` (0 before the first): for the
    start and last character of a span, the token that holds it."""
    return max(0, bisect_right(_token_starts(doc), char) - 1)


class Sentences:
    """The sentences of a Doc as token indices, read once from the SENT_START array: cheaper
    than iterating doc.sents for every question."""

    def __init__(self, doc: Doc):
        self.n = len(doc)
        if self.n:
            flags = doc.to_array("SENT_START")
            self.starts = [0] + [i for i in (flags == 1).nonzero()[0].tolist() if i > 0]
        else:
            self.starts = []
        self.of = [0] * self.n  # token index -> sentence number
        for s, lo in enumerate(self.starts):
            hi = self.starts[s + 1] if s + 1 < len(self.starts) else self.n
            for i in range(lo, hi):
                self.of[i] = s

    def range(self, s: int) -> tuple[int, int]:
        """(first token, end) of sentence number `s`."""
        lo = self.starts[s]
        return lo, self.starts[s + 1] if s + 1 < len(self.starts) else self.n

    def bounds(self, i: int) -> tuple[int, int]:
        """(first token, end) of the sentence holding token `i`."""
        return self.range(bisect_right(self.starts, i) - 1)


def has_that_mark(clause: Token) -> bool:
    """A clause opened by the complementizer "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def entities(doc: Doc) -> tuple:
    """The named entities, read once: Doc.ents builds its spans anew on every access."""
    found = doc.user_data.get("claimledger_ents")
    if found is None:
        found = doc.user_data["claimledger_ents"] = tuple(doc.ents)
    return found


def token_indices(doc: Doc, words: frozenset[str] | set[str]) -> list[int]:
    """Indices of the tokens whose text is one of `words`, found in the token array rather than
    by making a Token object of every word."""
    orth = doc.to_array("ORTH")
    keys = np.fromiter((doc.vocab.strings[w] for w in words), dtype=np.uint64, count=len(words))
    return np.nonzero(np.isin(orth, keys))[0].tolist()


def sentences(doc: Doc) -> Sentences:
    found = doc.user_data.get("claimledger_sentences")
    if found is None:
        found = doc.user_data["claimledger_sentences"] = Sentences(doc)
    return found


# ---------------------------------------------------------------- headlines in Title Case

# Words a Title Case headline may leave in lower case ("Pentagon Warns of Longer Deployment").
SMALL_WORDS = frozenset(
    "a an the of in on at to for by and or but nor as with from over into onto via per vs up off out".split()
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?:;]['\"\u201d\u2019)]*\s+$")


def headline_case(text: str) -> str:
    """The text with each Title Case line (a headline: "Minister Tells Parliament Talks Will
    Resume") in sentence case, word by word and character for character, so that offsets stay
    those of `text`; the text itself when no line is in Title Case.

    The tagger reads a capitalised verb as a proper noun ("Tells/NNP") and the parse of the line
    falls apart. A word keeps its capital when it is the line's first, an acronym, has a capital
    inside it ("McKinsey"), names a country, people or capital, or stands capitalised inside a
    sentence of the body (the body writes "the Pentagon" and "Parliament" as names)."""
    lines = [m for m in _LINE.finditer(text) if _title_case(m.group())]
    if not lines:
        return text
    names = _names_in_body(text, lines)
    table = countries()
    out: list[str] = []
    at = 0
    for line in lines:
        for k, w in enumerate(_WORD.finditer(line.group())):
            word = w.group()
            if k == 0 or not word[0].isupper() or _keeps_capital(word, names, table):
                continue
            lower = word.lower()
            if len(lower) != len(word):
                continue  # a character whose lower case is longer would shift every offset
            start = line.start() + w.start()
            out += [text[at:start], lower]
            at = start + len(word)
    out.append(text[at:])
    return "".join(out)


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(words) < 3 or len(content) < 3 or len(words) > 30:
        return False
    if line.rstrip(" \t'\"\u201d\u2019").endswith(".") or not all(w[0].isupper() for w in content):
        return False  # a sentence of the body, however many names it holds ("... met in Brussels.")
    # at least one word that is not an acronym: an all-caps line is left as it is
    return any(not w.isupper() for w in content[1:])


def _names_in_body(text: str, headlines: list[re.Match]) -> set[str]:
    """Words the body writes with a capital inside a sentence, or only ever with a capital
    ("Houthi forces fired ..." and no "houthi" anywhere): the names of the report."""
    names: set[str] = set()
    initial: set[str] = set()
    lower: set[str] = set()
    skip = {m.start() for m in headlines}
    for line in _LINE.finditer(text):
        if line.start() in skip:
            continue
        s = line.group()
        first = True
        for w in _WORD.finditer(s):
            word = w.group()
            if not word[0].isupper():
                lower.add(word)
            elif first or _SENTENCE_END.search(s[max(0, w.start() - 4) : w.start()]):
                initial.add(word)
            else:
                names.add(word)
            first = False
    return names | {w for w in initial if w.lower() not in lower}


def _keeps_capital(word: str, names: set[str], table) -> bool:
    if (word.isupper() and len(word) > 1) or any(c.isupper() for c in word[1:].replace("-", "")):
        return True
    parts = [p for p in re.split(r"[-'\u2019]", word) if p]
    return any(p in names or table.any(p) is not None for p in parts) or word in names


def restore_case(doc: Doc, text: str) -> Doc:
    """The parse of `headline_case(text)` carried onto a Doc over `text` itself: the same tokens,
    tags, lemmas, dependencies and entities, the original words. Spans read from it are the
    text's own."""
    from spacy.tokens import Doc as SpacyDoc

    words = [text[t.idx : t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = SpacyDoc(doc.vocab, words=words, spaces=spaces)
    attrs: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    out.from_array(attrs, cast("Ints2d", doc.to_array(attrs)))
    return out if out.text == text else doc
