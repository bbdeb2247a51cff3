"""The article as the event stages see it, built once per document from what the earlier
extractors found, and the event mention with its arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from claimledger.analyse.events.words import NON_LOCATIONS
from claimledger.analyse.parsed import doc_text, sentences, token_index
from claimledger.resources.events import event_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimledger.analyse.context import Context
    from claimledger.resources.events import Row


@lru_cache(maxsize=512)
def _iso3(iso2: str) -> str | None:
    from claimledger.resources.countries import countries

    c = countries().by_iso2.get(iso2)
    return c.iso3 if c else None


class Article:
    """Per-document look-ups built once: token -> actor mention, token -> place, token ->
    sentence, char -> token, the statements, the times and the quantities."""

    def __init__(self, ctx: Context):
        doc = ctx.doc
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = event_lexicon()
        n = len(doc)
        self.published = ctx.record.get("published") or getattr(ctx.document, "published", None)
        self.actors = ctx.finding("actors").notes()
        self.actor_at = [-1] * n
        for k, a in enumerate(self.actors):
            for i in range(a["start"], min(a["end"], n)):
                self.actor_at[i] = k
        self.places = ctx.record.get("places") or []
        sp = ctx.finding("places")
        # an anaphor or a vague region the places pass resolved ("this area", "the border region")
        # stands for its antecedent: events point at the named mention
        self.named = list(range(len(self.places)))
        for k, p in enumerate(sp):
            a, hops = p.get("antecedent"), 0
            while a is not None and hops < 5 and 0 <= a < len(sp):
                self.named[k] = a
                a, hops = sp[a].get("antecedent"), hops + 1
        self.place_at = [-1] * n
        for k, p in enumerate(sp):
            i, j = p["tokens"]
            for t in range(i, min(j, n)):
                if self.place_at[t] < 0 or self.places[self.place_at[t]]["kind"] in NON_LOCATIONS:
                    self.place_at[t] = k
        sents = sentences(doc)
        self.sentences = sents
        self.sent_of = sents.of
        self.sentence_range = sents.range
        self.drafts = ctx.finding("statements")
        # what a statement covers: its content; "according to X, ..." covers its whole sentence
        self.cover = []
        for d in self.drafts:
            lo, hi = d.content
            if d.kind == "according_to":
                s0 = self.sent_of[self.token_at(d.cue[0])]
                a, b = self.sentence_range(s0)
                lo, hi = min(lo, doc[a].idx), max(hi, doc[b - 1].idx + len(doc[b - 1]))
            self.cover.append((lo, hi))
        self.times = []
        for tm in ctx.record.get("times") or []:
            self.times.append(
                (tm, self.token_at(tm["start"]), self.token_at(max(tm["start"], tm["end"] - 1)))
            )
        self.quantities = list(
            zip(ctx.finding("quantities"), ctx.record.get("quantities") or [], strict=True)
        )
        title = ctx.record.get("title")
        self.headline_end = len(title) if title and self.text.startswith(title) else -1

    def token_at(self, char: int) -> int:
        return token_index(self.doc, char)

    def cls(self, t, name: str) -> bool:
        c = self.lex.of(name)
        return t.lemma_.lower() in c or t.lower_ in c

    def actor_mention(self, t):
        k = self.actor_at[t.i]
        return self.actors[k] if k >= 0 else None

    def place_of(self, t):
        k = self.place_at[t.i]
        return (k, self.places[k]) if k >= 0 else (None, None)

    def code_of_place(self, p) -> str | None:
        """An actor code for a place standing as a participant: a seat of government, a country."""
        if p is None:
            return None
        if p.get("stands_for"):
            return p["stands_for"]
        if p.get("kind") in ("country", "demonym") and p.get("country"):
            return _iso3(p["country"])
        return None

    def code_at(self, t) -> str | None:
        a = self.actor_mention(t)
        if a is not None:
            return a.get("code")
        return self.code_of_place(self.place_of(t)[1])


@dataclass
class Arg:
    start: int  # char offsets of the mention as it stands
    end: int
    code: str | None
    tok: int  # head token


@dataclass
class EventMention:
    tok: Token  # the trigger's head token
    row: Row
    type: str
    mode: str | None
    acled_type: str | None
    acled_subtype: str | None
    span: tuple[int, int]
    sent: int
    clause: Token | None = None  # the verb whose clause the event sits in
    support: Token | None = None  # the verb a trigger noun is the object of ("launched" an offensive)
    theme: Token | None = None  # what is moved, given, captured (a token)
    actors: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    theme_codes: list = field(default_factory=list)
    extra_targets: list[Token] = field(default_factory=list)
    casualty_verbs: list[Token] = field(default_factory=list)
    place: int | None = None
    place_hint: Token | None = None  # a token naming the place ("the region has seen battles")
    date: dict | None = None
    size: float | None = None
    dead: float | None = None
    injured: float | None = None
    status: str = "reported"
    statement: int | None = None  # index of the carrying statement (a draft of attribution.py)
    own_statement: int | None = None  # the statement this verbal act is (its cue is the trigger)
    frame: EventMention | None = None
    inner: list[EventMention] = field(default_factory=list)
    absorbed_by: EventMention | None = None
    # mentions of this happening told in the same clause
    absorbed: list[EventMention] = field(default_factory=list)
    modality: str | None = None  # expected | conditional, from the clause itself
    intent: str | None = None  # the cooperative type an AGREE promises
    acled_firm: bool = True  # the ACLED type is the trigger's own or a weapon's, not a default
    acled_default: str | None = None  # a sub-type kept only when nothing else names one ("a blast")
    drop: bool = False


def _innermost(art: Article, char: int, exclude: int | None = None) -> int | None:
    best = best_len = None
    for k, d in enumerate(art.drafts):
        if k == exclude:
            continue
        lo, hi = art.cover[k]
        if lo <= char < hi and not (d.cue[0] <= char < d.cue[1]) and (best_len is None or hi - lo < best_len):
            best, best_len = k, hi - lo
    return best
