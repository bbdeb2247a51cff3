"""Cleaning of reports that arrive as plain text scraped from a web page.

Scraped text often carries page debris at its ends: a cookie banner or a menu before the
headline, share bars, "related stories" lists, comment forms and a copyright footer after the
last paragraph. We remove debris from the two ends only and never from the interior, so that
the body stays one contiguous slice of the input: `body == text[offset:offset + len(body)]`
and every character offset found by analysis maps straight back to the input.

The method is general rather than a list of known phrases: each edge block is scored on how
much it looks like user-interface text (short, unpunctuated, imperative UI vocabulary,
addressing the reader, all capitals, leading bullets, separators, few lower-case words), and
we walk inward from each end while blocks look like UI text, stopping at the first block
that reads like reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A score at or above STRONG marks a block as debris on its own; a WEAK block (e.g. a lone
# unpunctuated word such as a menu entry) is debris only when the next block inward is
# debris too, so that a short headline right before the first paragraph is never lost.
STRONG = 3
WEAK = 2
# Menu entries and labels are one to three words; headlines are longer.
SHORT_WORDS = 3

# Phrases that belong to page furniture rather than to reporting. Each distinct match adds
# to the score; the strong ones are hardly ever written by a reporter about the news.
_STRONG_UI = re.compile(
    r"""\b(?:subscri(?:be|ption)|sign[ -]?(?:up|in)|log[ -]?(?:in|out)|register\ now
    |newsletters?|cookies?|captcha|recaptcha|advertisements?|advert|sponsored
    |read\ more|related\ (?:stories|articles|news|posts|content|coverage|topics)
    |more\ (?:articles|stories|news|from)|most\ (?:read|popular|viewed)
    |follow\ us|share\ (?:on|this|via|article|story)|leave\ a\ (?:reply|comment)
    |enter\ your|javascript|all\ rights\ reserved|copyright|privacy\ policy
    |terms\ (?:of|and)\ (?:use|service|conditions)|cookie\ (?:policy|settings)
    |click\ here|tap\ here|skip\ to|back\ to\ top|reload\ the\ page|download\ (?:our|the)\ app
    |manage\ (?:preferences|settings|consent)|accept\ all|load\ more|show\ more
    |comments?\ (?:are|is)\ closed|no\ comments|view\ comments|join\ the\ conversation
    |you\ might\ also\ like|recommended\ for\ you|trending\ now|watch\ live
    )\b|©|\(c\)\s*\d{4}""",
    re.IGNORECASE | re.VERBOSE,
)
_WEAK_UI = re.compile(
    r"\b(?:reply|replies|comments?|share|shares|tweet|accept|email|e-mail|print|facebook"
    r"|twitter|whatsapp|telegram|linkedin|reddit|instagram|youtube|menu|search|home|tags?"
    r"|related|loading|settings|continue|close)\b",
    re.IGNORECASE,
)
# Menus are single words; a lone "Home" or "Menu" is furniture, a long sentence with
# "home" in it is not.
_MENU_WORD = re.compile(r"^(?:home|menu|search|close|tags?|topics?|sections?|more)$", re.IGNORECASE)

# Pages speak to the reader ("please enter your name"); reporters, outside quotations, do not.
_READER_ADDRESS = re.compile(r"\b(?:you|your|yours|please)\b|^we use\b", re.IGNORECASE)
# Reporting verbs in the reporter's own voice: a block with one is a news sentence and is
# never debris, whatever UI words it happens to contain.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|added|stated|confirmed|claimed|reported|announced"
    r"|denied|warned|wrote|insisted|argued|estimated|expects?)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]")
_LEADING_SYMBOL = re.compile(r"^[›»•|·◦▪▸▶►→←<>*#■□●○~+=_\-–—]")
_SEPARATORS = re.compile(r"\s[|•·/]\s|\s\|\s?|\s?\|\s")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_PROMPT_END = re.compile(r"[!?][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CONTENT_CHAR = re.compile(r"[^\s\ufeff]")
_LINE = re.compile(r"[^\r\n]+")


@dataclass
class CleanText:
    """The report body and what was cut from its ends.

    `body == input[offset:offset + len(body)]`; `boilerplate` lists removed blocks, stripped,
    in input order; `title` is the headline when the body starts with one (it stays in body).
    """

    body: str
    offset: int
    boilerplate: list[str] = field(default_factory=list)
    title: str | None = None


@dataclass
class _Block:
    """A line, or several hard-wrapped lines of one paragraph, with its span in the input."""

    start: int
    end: int
    text: str
    blank_before: bool


def clean_text(text: str) -> CleanText:
    blocks = _split_blocks(text)
    if not blocks:
        return CleanText(body="", offset=0)
    scores = [_debris_score(b.text) for b in blocks]
    first = _leading_debris(blocks, scores)
    last = len(blocks) - _trailing_debris(blocks, scores, first)
    kept = blocks[first:last]
    removed = [b.text for b in blocks[:first] + blocks[last:]]
    if not kept:
        return CleanText(body="", offset=0, boilerplate=removed)
    body = text[kept[0].start : kept[-1].end]
    return CleanText(body=body, offset=kept[0].start, boilerplate=removed, title=_title(kept))


def _split_blocks(text: str) -> list[_Block]:
    """Lines become blocks, except that a line broken mid-sentence (no final punctuation,
    next line starts lower-case) is joined to the next: cutting there would cut a sentence."""
    blocks: list[_Block] = []
    prev_end = 0
    last_line = ""
    for m in _LINE.finditer(text):
        span = _content_span(text, m.start(), m.end())
        if span is None:
            continue
        start, end = span
        gap = text[prev_end:start]
        blank_before = bool(blocks) and (gap.count("\n") >= 2 or gap.count("\r") >= 2)
        line = text[start:end]
        if blocks and not blank_before and _continues(last_line, line):
            # only the line before decides, and the block's text is cut once at the end:
            # re-reading the whole growing block made hard-wrapped texts quadratic
            blocks[-1].end = end
        else:
            blocks.append(_Block(start, end, line, blank_before))
        last_line = line
        prev_end = end
    for b in blocks:
        b.text = text[b.start : b.end]
    return blocks


def _content_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    # A byte-order mark is not content but is not whitespace to str.strip either.
    m = _CONTENT_CHAR.search(text, start, end)
    if m is None:
        return None
    last = end
    while text[last - 1].isspace() or text[last - 1] == "\ufeff":
        last -= 1
    return m.start(), last


def _continues(previous: str, line: str) -> bool:
    return not _TERMINAL.search(previous) and line[:1].islower()


def _debris_score(block: str) -> int:
    """How much a block looks like page furniture; see STRONG and WEAK."""
    unquoted = _QUOTED.sub(" ", block)
    words = _WORD.findall(block)
    addresses_reader = bool(_READER_ADDRESS.search(unquoted))
    if _ATTRIBUTION.search(unquoted) and len(words) >= 4 and not addresses_reader:
        return 0
    score = 3 * len({m.group(0).lower() for m in _STRONG_UI.finditer(block)})
    # Words like "search" or "share" are menu items in a short block, and ordinary words in
    # a headline ("Rescuers continue search for climbers").
    if len(words) <= SHORT_WORDS + 2 or _SEPARATORS.search(block):
        score += min(2, len({m.group(0).lower() for m in _WEAK_UI.finditer(block)}))
    if len(words) <= SHORT_WORDS and _MENU_WORD.match(block.strip(" :.|›»")):
        score += 3
    score += addresses_reader
    score += _shape_score(block, words)
    if _reads_as_prose(block, words) and not addresses_reader:
        score -= 3
    return score


def _shape_score(block: str, words: list[str]) -> int:
    """Typographic signs of UI text: no sentence ending, prompts, capitals, bullets, bars."""
    score = 0
    if not _TERMINAL.search(block):
        score += 1
    if _PROMPT_END.search(block) and len(words) <= 8:
        score += 1
    cased = [c for c in block if c.lower() != c.upper()]
    # Capitals mark buttons and labels ("LEAVE A REPLY"); a long all-capitals line is more
    # likely a shouted headline.
    if len(cased) >= 3 and all(c.isupper() for c in cased) and len(words) <= SHORT_WORDS + 2:
        score += 2
    if _LEADING_SYMBOL.match(block):
        score += 2
    if _SEPARATORS.search(block):
        score += 1
    if len(words) <= SHORT_WORDS:
        score += 1
    if len(words) >= 2 and _lowercase_ratio(words) < 0.3:
        score += 1
    return score


def _reads_as_prose(block: str, words: list[str]) -> bool:
    return len(words) >= 8 and bool(_TERMINAL.search(block)) and _lowercase_ratio(words) >= 0.5


def _lowercase_ratio(words: list[str]) -> float:
    return sum(w[0].islower() for w in words) / len(words) if words else 0.0


def _leading_debris(blocks: list[_Block], scores: list[int]) -> int:
    """Number of blocks to drop from the top: the walk stops at the first block that is not
    debris, which is normally the headline. A weak block is dropped only when it is as short
    as a menu entry (a title-case headline scores WEAK too and must survive), and only when
    it continues debris already dropped or more debris follows it: the last crumb of a
    "Home / World / Europe" trail goes, a lone word before the first paragraph stays."""
    n = 0
    while n < len(scores):
        if scores[n] >= STRONG:
            n += 1
        elif _short_weak(blocks[n], scores[n]) and (n > 0 or (n + 1 < len(scores) and scores[n + 1] >= WEAK)):
            n += 1
        else:
            break
    return n


def _short_weak(block: _Block, score: int) -> bool:
    return score >= WEAK and len(_WORD.findall(block.text)) <= SHORT_WORDS


def _trailing_debris(blocks: list[_Block], scores: list[int], floor: int) -> int:
    """Number of blocks to drop from the bottom, never reaching into the first `floor`.

    Below an article, page sections are headed by a label ("Related stories", "More
    Articles") and their items follow it; the items are headline-like and do not look like
    debris on their own. So a block is also dropped when the run of section items above it
    leads up to a debris block.
    """
    n = 0
    i = len(blocks) - 1
    while i >= floor:
        if scores[i] >= STRONG:
            pass
        elif scores[i] >= WEAK and i - 1 >= floor and scores[i - 1] >= WEAK:
            pass
        elif not _under_debris_label(blocks, scores, i, floor):
            break
        n += 1
        i -= 1
    return n


def _under_debris_label(blocks: list[_Block], scores: list[int], i: int, floor: int) -> bool:
    j = i
    while j >= floor and _section_item(blocks[j].text):
        if scores[j] >= STRONG:
            return True
        j -= 1
    return False


def _section_item(block: str) -> bool:
    """A list item (an unpunctuated headline or link) or a line spoken to the reader
    ("Get the top stories in your inbox."), the things that follow a section label."""
    if not _TERMINAL.search(block) and len(_WORD.findall(block)) <= 15:
        return True
    return bool(_READER_ADDRESS.search(_QUOTED.sub(" ", block)))


def _title(blocks: list[_Block]) -> str | None:
    """The first block is the headline when it reads like one: a single line of a few to ~25
    words, no closing full stop, starting with a capital, set off by a blank line or followed
    by a longer paragraph."""
    first = blocks[0]
    line = first.text
    if "\n" in line or "\r" in line or line.endswith(".") or not (line[:1].isupper() or line[:1].isdigit()):
        return None
    if not 3 <= len(_WORD.findall(line)) <= 25:
        return None
    if len(blocks) > 1 and not (blocks[1].blank_before or len(blocks[1].text) > len(line)):
        return None
    return line
