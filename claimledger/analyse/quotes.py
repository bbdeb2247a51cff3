"""Quotations: where each one opens and closes, across sentences and paragraphs.

News style reopens a quotation at each new paragraph without closing the one before, and
scraped text often has an odd number of quote marks. Both are recovered here rather than
trusted: an unclosed quotation that does not continue into the next paragraph ends with
its paragraph, so one broken mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "\u201c\u201e\u00ab"  # “ „ «
CLOSING = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n|\n(?=[ \t]*[\"\u201c])")
_TRIM_END = ",;:"


@dataclass
class Quote:
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark, None when recovered at a paragraph end
    end: int  # index just past the quotation (past its closing mark when there is one)
    start_inner: int
    end_inner: int  # the words inside, trimmed of spaces and a trailing comma

    @property
    def closed(self) -> bool:
        return self.close is not None

    def contains(self, i: int) -> bool:
        return self.open <= i < self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated blocks."""
    out, pos = [], 0
    for m in re.finditer(r"\n[ \t\r\f\v]*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    # A straight mark opens at a word start: after a space, a bracket, a dash or the start.
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-:"


def find_quotes(text: str) -> list[Quote]:
    paras = paragraphs(text)
    quotes: list[Quote] = []
    pending: int | None = None  # an opening mark whose quotation runs on past a paragraph end
    for pi, (ps, pe) in enumerate(paras):
        open_at = pending
        first_mark = True
        for i in range(ps, pe):
            ch = text[i]
            if ch not in OPENING and ch not in CLOSING and ch != STRAIGHT:
                if not ch.isspace():
                    first_mark = False
                continue
            if open_at is None:
                if _is_opening(text, i):
                    open_at = i
            elif pending is not None and first_mark and _is_opening(text, i):
                pass  # the reopening mark of a continued paragraph
            elif not _is_opening(text, i) or (ch == STRAIGHT and not text[i - 1].isspace()):
                quotes.append(_make(text, open_at, i))
                open_at = None
                pending = None
            else:
                # A second opening mark inside an open quotation: the first was never closed.
                quotes.append(_make(text, open_at, None, _line_end(text, open_at, i)))
                open_at = i
                pending = None
            first_mark = False
        pending = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            cut = _missing_close(text, open_at, pe)
            if cut is not None:
                # '“The strike hit a house, a municipal official said.': the closing mark was
                # dropped before the attribution; the quotation ends at that comma.
                quotes.append(_make(text, open_at, None, cut))
            elif nxt and text[nxt[0]] in OPENING + STRAIGHT:
                pending = open_at  # news style: the quotation goes on in the next paragraph
            else:
                quotes.append(_make(text, open_at, None, pe))
    return quotes


_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:[^,.!?\"\u201c\u201d]{1,80}?\s)?(?:said|says|added|adds|told|stated|claimed|wrote|warned|insisted)"
    r"(?:\s[^.!?\"\u201c\u201d]{0,60})?[.!?]\s*$"
)


def _missing_close(text: str, open_at: int, para_end: int) -> int | None:
    """Where an unclosed quotation really ended, when its paragraph ends with an attribution."""
    m = _ATTRIBUTION_TAIL.search(text, open_at + 1, para_end)
    return m.start() if m else None


def _line_end(text: str, start: int, limit: int) -> int:
    """Where a broken quotation is taken to end: its sentence end before `limit`, else `limit`."""
    m = re.search(r"[.!?](?=\s)", text[start:limit])
    return start + m.end() if m else limit


def _make(text: str, open_at: int, close: int | None, end: int | None = None) -> Quote:
    inner_end = close if close is not None else end
    assert inner_end is not None, "a quote without a closing mark is given its end"
    s, e = open_at + 1, inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _TRIM_END):
        e -= 1
    return Quote(open_at, close, (close + 1) if close is not None else inner_end, s, e)


def near(quotes: list[Quote], lo: int, hi: int) -> list[Quote]:
    """Quotations that reach into [lo, hi): quotations never overlap and come in text order,
    so both their opening and their end positions are sorted and can be bisected."""
    import bisect

    ends = [q.end for q in quotes]
    first = bisect.bisect_left(ends, lo)
    out = []
    for q in quotes[first:]:
        if q.open >= hi:
            break
        out.append(q)
    return out
