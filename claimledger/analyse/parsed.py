"""The parsed document: look-ups over one spaCy Doc that every extractor shares.

Helpers flow one way: this module imports nothing from claimledger.analyse, the extractors
import it, and the pipeline imports the extractors. Look-ups are computed once per Doc and kept
in `doc.user_data`, because several extractors ask for them per token or per cue.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


def sentences(doc: Doc) -> Sentences:
    found = doc.user_data.get("claimledger_sentences")
    if found is None:
        found = doc.user_data["claimledger_sentences"] = Sentences(doc)
    return found
