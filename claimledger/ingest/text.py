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

Scraped text often has no paragraph breaks at all, so debris also sits inside the first or
last paragraph ("... the governor said. Read more at X. Did you like this article?"). The
edges of those paragraphs are cut sentence by sentence, and a paragraph that holds a news
sentence is never dropped whole. Text that reads as prose is never dropped whole either:
when every block looks like debris, the prose is kept with a warning rather than losing the
report.
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
    |may\ not\ be\ (?:re)?(?:published|produced|distributed|broadcast|written)
    )\b|©|\(c\)\s*\d{4}""",
    re.IGNORECASE | re.VERBOSE,
)
# Rights notices are written as full sentences, so unlike other UI text they can read as prose.
# A bare "copyright" is not one: reporters write about copyright disputes.
_LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\s+\d{4}\b|\ball rights reserved\b"
    r"|\bmay not be (?:re)?(?:published|produced|distributed|broadcast|written)\b",
    re.IGNORECASE,
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
# A sentence ends at . ! ? or … (with any closing quote or bracket) before white space and a
# capital, a digit, an opening quote or ©. Abbreviations ("Mr. Smith") split too; that only
# matters at a paragraph's edge, where a fragment of a news sentence is never debris.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[A-Z0-9“\"‘'«(©])")


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
    warnings: list[str] = field(default_factory=list)


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
    # A paragraph with a news sentence in it is not debris as a whole; its debris sentences
    # are cut below, at sentence level.
    scores = [0 if _has_news_core(b) else _debris_score(b.text) for b in blocks]
    first = _leading_debris(blocks, scores)
    last = len(blocks) - _trailing_debris(blocks, scores, first)
    warnings = []
    if first >= last:
        prose = [i for i, b in enumerate(blocks) if _reads_as_prose(b.text, _WORD.findall(b.text))]
        if not prose:
            return CleanText(body="", offset=0, boilerplate=[b.text for b in blocks])
        first, last = prose[0], prose[-1] + 1
        warnings.append(
            "the whole text looked like page debris; kept the part that reads as prose "
            f"({sum(len(b.text) for b in blocks[first:last])} characters)"
        )
    kept = blocks[first:last]
    head_cut, kept[0] = _trim_leading_sentences(kept[0])
    tail_cut, kept[-1] = _trim_trailing_sentences(kept[-1])
    removed = [b.text for b in blocks[:first]] + head_cut + tail_cut + [b.text for b in blocks[last:]]
    body = text[kept[0].start : kept[-1].end]
    return CleanText(
        body=body, offset=kept[0].start, boilerplate=removed, title=_title(kept), warnings=warnings
    )


def _sentences(block: _Block) -> list[_Block]:
    """The block's sentences as blocks of their own (spans in the input)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(block.text):
        out.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    out.append((start, len(block.text)))
    return [
        _Block(block.start + a, block.start + b, block.text[a:b], blank_before=False) for a, b in out if a < b
    ]


def _debris_sentence(sentence: str) -> bool:
    """Debris on its own: UI text that does not read as prose, or a rights notice."""
    if _LEGAL.search(sentence) and not _ATTRIBUTION.search(_QUOTED.sub(" ", sentence)):
        return True
    return _debris_score(sentence) >= STRONG and not _reads_as_prose(sentence, _WORD.findall(sentence))


def _weak_sentence(sentence: str) -> bool:
    """Goes with debris next to it: spoken to the reader, or weakly UI-like."""
    unquoted = _QUOTED.sub(" ", sentence)
    if _ATTRIBUTION.search(unquoted) or unquoted != sentence:
        return False
    return bool(_READER_ADDRESS.search(unquoted)) or _debris_score(sentence) >= WEAK


def _edge_cut(sentences: list[_Block]) -> int:
    """How many sentences, from the start of `sentences`, are debris: a run of debris and
    reader-facing sentences up to the last debris sentence in it. Never all of them."""
    cut = 0
    for i, s in enumerate(sentences[:-1]):
        if _debris_sentence(s.text):
            cut = i + 1
        elif not _weak_sentence(s.text):
            break
    return cut


def _trim_leading_sentences(block: _Block) -> tuple[list[str], _Block]:
    sentences = _sentences(block)
    n = _edge_cut(sentences)
    if n == 0:
        return [], block
    rest = sentences[n]
    cut = block.text[: rest.start - block.start].strip()
    return [cut], _Block(rest.start, block.end, block.text[rest.start - block.start :], block.blank_before)


def _trim_trailing_sentences(block: _Block) -> tuple[list[str], _Block]:
    sentences = _sentences(block)
    n = _edge_cut(sentences[::-1])
    if n == 0:
        return [], block
    end = sentences[-n - 1].end
    cut = block.text[end - block.start :].strip()
    return [cut], _Block(block.start, end, block.text[: end - block.start], block.blank_before)


def _has_news_core(block: _Block) -> bool:
    """A paragraph of several sentences that keeps a news sentence (one that does not look like
    UI text at all) once its debris sentences are cut from both edges."""
    sentences = _sentences(block)
    if len(sentences) < 2:
        return False
    head = _edge_cut(sentences)
    tail = _edge_cut(sentences[::-1])
    core = sentences[head : len(sentences) - tail]
    return any(_debris_score(s.text) < WEAK and _reads_as_prose(s.text, _WORD.findall(s.text)) for s in core)


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
