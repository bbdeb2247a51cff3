"""Attributed statements: who said what, with which cue, about what, on what basis.

Rules over spaCy's dependency parse, in three passes over one article:
1. cues in the lexicon (verbs with a subject and a clausal or nominal complement, phrases
   such as "according to", nouns such as "claim that") give statements; a complement that is
   a quotation, or a quotation right next to the cue, makes the statement direct;
2. quotations no cue claimed are attributed by a dash or a colon beside them, or to the
   speaker of the paragraph before (news style runs a quotation on without a new cue);
3. speakers are resolved across the whole article (speakers.py) and statements inside
   another statement's content get it as `parent`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimledger.analyse.context import extractor
from claimledger.analyse.parsed import doc_text, sentences, token_at
from claimledger.analyse.parsed import has_that_mark as _has_mark_that
from claimledger.analyse.quotes import Quote, find_quotes, near
from claimledger.analyse.speakers import (
    Resolver,
    SpeakerMention,
    mention_from_head,
)
from claimledger.record import span
from claimledger.resources.cues import Cue, cue_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimledger.analyse.actors import ArticleActors
    from claimledger.analyse.context import Context

VENUE_NOUNS = {
    "interview",
    "conference",
    "briefing",
    "statement",
    "address",
    "speech",
    "post",
    "video",
    "message",
    "broadcast",
    "appearance",
    "session",
    "meeting",
    "summit",
    "hearing",
    "telegram",
    "twitter",
    "x",
    "facebook",
    "youtube",
    "instagram",
    "tv",
    "television",
    "radio",
    "channel",
    "newspaper",
    "podcast",
    "show",
    "program",
    "programme",
    "call",
    "remarks",
    "op-ed",
    "article",
    "column",
    "letter",
    "tweet",
    "forum",
    "debate",
    "rally",
    "parliament",
    "rada",
    "duma",
    "event",
    "talk",
    "visit",
    "ceremony",
    "communique",
    "release",
    "announcement",
    "update",
    "report",
    "document",
    "decree",
    "network",
    "outlet",
}
CITE_WORDS = {"citing", "quoting"}
# Stances whose verbs take an infinitive as what is attributed ("pledged to oppose", "plans to").
XCOMP_STANCES = {
    "promise",
    "intend",
    "threaten",
    "hope",
    "expect",
    "agree",
    "claim",
    "deny",
    "fear",
    "oppose",
}
# Verbs whose object and its predicate together are what is attributed: "urged allies to speed
# up", "accused Beijing of supplying", "blamed shelling for the outage", "called on Russia to".
OBJECT_PREDICATE = {
    "urge",
    "ask",
    "call",
    "order",
    "instruct",
    "accuse",
    "blame",
    "warn",
    "invite",
    "encourage",
    "press",
    "expect",
    "want",
    "tell",
    "advise",
    "request",
    "demand",
    "appeal",
    "charge",
    "lobby",
}
PREDICATE_PREPS = {"of", "for", "as", "over", "to"}
# "before noting that", "after saying", "while insisting": a participle under a preposition
# speaks with the subject of the verb the preposition hangs on.
PARTICIPLE_PREPS = {"before", "after", "while", "by", "when", "in", "without", "besides"}
# Verbs that carry a cue as an infinitive and say nothing themselves: "went on to say",
# "managed to ask", "appeared to acknowledge", "had to admit".
CONTROL_VERBS = {
    "go", "manage", "appear", "seem", "try", "attempt", "proceed", "continue", "begin", "start",
    "hasten", "rush", "dare", "venture", "have", "need", "take", "stop", "pause", "move", "wish",
}  # fmt: skip
# A cue group takes in the raising verb: "appeared to acknowledge", "seemed to suggest".
RAISING_VERBS = {"appear", "seem"}
INDEFINITE = {"a", "an", "one", "two", "three", "four", "several", "some", "other", "another", "many", "few"}
MAX_SENTENCE_TOKENS = 400
QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
_TRAIL_PUNCT = " \t\n,.;:\u2014\u2013-"


@dataclass
class Draft:
    speaker: SpeakerMention
    cue: tuple[int, int]
    content: tuple[int, int]
    kind: str
    stance: str
    negated: bool = False
    conditional: bool = False
    cited_source: tuple[int, int] | None = None
    venue: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    continues: int | None = None  # index of the draft whose speaker a bare quotation inherits
    name: str | None = None
    role: str | None = None
    actor: str | None = None
    parent: int | None = None
    extra: dict = field(default_factory=dict)


# Parts of speech no rule below starts from: skipped before twelve rules look at them.
_NEVER_A_CUE = frozenset({"PUNCT", "SPACE", "DET", "NUM", "CCONJ", "SYM", "PART"})


@extractor("attribution", requires=("actors",), gives=("statements",))
def extract(ctx: Context) -> None:
    doc = ctx.doc
    text = doc_text(doc)
    quotes = find_quotes(text)
    lex = cue_lexicon()
    drafts: list[Draft] = []
    consumed: set[int] = set()  # quotes that already belong to a statement
    skipped = 0
    sents = sentences(doc)
    for sent in (doc[slice(*sents.range(k))] for k in range(len(sents.starts))):
        if len(sent) > MAX_SENTENCE_TOKENS:
            # no prose sentence is this long (a table, a list run together, hostile input); the
            # parse of it is noise and reading every cue in it would cost time squared
            skipped += 1
            continue
        for tok in sent:
            if tok.pos_ in _NEVER_A_CUE:
                continue
            d = (
                _phrase_statement(tok, sent, lex)
                or _verb_statement(tok, sent, lex, quotes)
                or _noun_statement(tok, lex)
                or _estimate_was(tok)
                or _update_colon(tok, sent)
                or _figure_credited(tok)
                or _figure_from(tok)
                or _attitude_statement(tok)
                or _document_saying(tok)
                or _made_case(tok)
                or _put_it(tok)
                or _speakerless(tok)
                or _noun_parenthetical(tok, lex)
            )
            if d is None or _inside_own_quote(d, tok, quotes):
                continue
            _classify_quotes(d, quotes, consumed, text)
            drafts.append(d)
    drafts = _dedupe(drafts)
    from claimledger.analyse.noun_cues import noun_statements  # it imports this module

    drafts += noun_statements(doc, drafts, quotes, consumed)
    drafts += _quotation_statements(doc, quotes, consumed, drafts)
    drafts.sort(key=lambda d: (min(d.cue[0], d.speaker.start), d.cue[0]))
    _resolve(doc, drafts, ctx.finding("actors"))
    drafts = _without_own_attitudes(drafts)
    _nest(drafts)
    ctx.statements = drafts
    ctx.record["statements"] = [_to_record(text, i, d, drafts) for i, d in enumerate(drafts)]
    if skipped:
        ctx.record["warnings"].append(
            f"attribution skipped {skipped} sentence(s) longer than {MAX_SENTENCE_TOKENS} tokens"
        )


# ---------------------------------------------------------------- pass 1: cues


def _verb_group(verb: Token) -> tuple[int, int]:
    """The cue as a verb group: auxiliaries, negation and adverbs in between ("has also confirmed")."""
    doc = verb.doc
    lo = verb.i
    i = verb.i - 1
    while i >= 0:
        t = doc[i]
        if (t.head == verb and t.dep_ in ("aux", "auxpass", "neg") and t.tag_ != "TO") or (
            t.head == verb and t.dep_ == "advmod" and t.pos_ == "ADV" and t.lower_ != "how" and (i + 1 == lo)
        ):
            lo = i
            i -= 1
        else:
            break
    hi = verb.i
    for c in verb.children:
        if c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _subject(verb: Token):
    """The speaker's head token for a cue verb, following coordination, participles, relatives."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            if c.dep_ == "expl" or c.lower_ == "there":
                return None
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    head = verb.head
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in PARTICIPLE_PREPS
        and verb.tag_ == "VBG"
        and head.head.pos_ in ("VERB", "AUX")
    ):
        # "adjourned the hearing before noting that ...": the one who adjourned notes
        return _subject(head.head)
    if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ccomp"
            and cue_lexicon().verb(head.head) is not None
            and not any(c.dep_ == "nsubj" for c in verb.children)
        ):
            # "Kyiv said Moscow's words were hollow and called on Russia to ...": the parser
            # coordinated the second cue into the reported clause; its speaker is the first cue's
            return _subject(head.head)
        if verb.dep_ == "conj":
            return _subject(head)
        if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.i > head.i:
            outer = head.head
            if (
                head.dep_ == "ccomp"
                and outer.i < head.i
                and outer.pos_ in ("VERB", "AUX")
                and cue_lexicon().verb(outer) is not None
                and _comma_before(verb)
            ):
                # "said the crowd had dispersed, adding that ...": the parser hung the participle
                # on the reported clause; whoever said it adds
                return _subject(outer)
            found = _subject(head)
            if found is None and _comma_before(verb):
                # "rejected a request ... to delay his trial, describing the motion as ...": the
                # parser hung the participle deep in the complement; the cue above it speaks
                up = head
                while up.head.i != up.i and found is None:
                    up = up.head
                    if up.pos_ in ("VERB", "AUX") and up.i < verb.i and cue_lexicon().verb(up) is not None:
                        found = _subject(up)
            return found
        if (
            verb.dep_ in ("xcomp", "advcl")
            and verb.tag_ == "VB"
            and head.lemma_ in CONTROL_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # "went on to say", "managed to ask", "appeared to acknowledge": the subject of the
            # verb that carries the infinitive speaks
            return _subject(head)
    return None


def _comma_before(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _subject_before(verb: Token, sent: Span):
    """ "CLAUSE, a senior NATO official familiar with the talks said." when the parser hung the
    noun phrase on the clause before it: the phrase between the last comma and the cue."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN", "PRON"):
        # allow "... the official familiar with the talks said": climb from the last word
        if prev is None or prev.is_punct:
            return None
    comma = max((t.i for t in doc[sent.start : verb.i] if t.text == ","), default=None)
    if comma is None:
        return None
    head = prev
    while comma < head.head.i < verb.i and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN", "PRON") and comma < head.i < verb.i else None


def _speaker_from_subject(subj, text) -> SpeakerMention | None:
    # "a statement by the ministry said": the ministry speaks through its statement.
    if (
        subj.lemma_.lower() in ("statement", "report", "communique", "message", "post")
        and subj.pos_ == "NOUN"
    ):
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return mention_from_head(p, text)
    return mention_from_head(subj, text)


def _content_range(head, exclude=None):
    """Character range of a complement's subtree, without a leading 'that' and edge punctuation."""
    doc = head.doc
    toks = [t for t in head.subtree if exclude is None or not (exclude[0] <= t.idx < exclude[1])]
    if not toks:
        return None
    lo, hi = toks[0].i, toks[-1].i
    # A leading "that" is the complementizer even where the parser read it as a determiner
    # ("told television that trains ... had carried").
    while lo <= hi and (
        (doc[lo].lower_ == "that" and lo < hi)
        or doc[lo].is_space
        or (doc[lo].is_punct and doc[lo].text not in QUOTE_MARKS + "(\u2018")
    ):
        lo += 1
    while hi >= lo and (
        doc[hi].is_space or (doc[hi].is_punct and doc[hi].text not in QUOTE_MARKS + ")!?\u2019")
    ):
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _verb_statement(tok: Token, sent: Span, lex, quotes) -> Draft | None:
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound", "aux", "auxpass"):
        return None
    cue: Cue | None = lex.verb(tok)
    if cue is not None and cue.lemma == "rule":
        # "ruled that ..." reports a finding; "ruled out a tax rise" denies it
        if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            cue = Cue("rule out", "verb", "deny", True)
    if cue is not None and cue.lemma == "push" and _pushed_back(tok):
        cue = Cue("push", "verb", "oppose", False)  # "pushed back against the proposal"
    if cue is None or _other_sense(tok, cue):
        return None
    if cue.lemma == "quote":
        relayed = _quoted_as_saying(tok)
        if relayed is not None:
            return relayed
    subj = (
        _subject(tok)
        or _subject_before(tok, sent)
        or (tok.head if _main_verb_read_as_participle(tok) else None)
    )
    if subj is None or subj.i == tok.i or subj.tag_ in ("WP", "WDT") or subj.dep_ == "expl":
        return None
    text = doc_text(tok.doc)
    speaker = _speaker_from_subject(subj, text)
    if speaker is None:
        return None
    cue_span = _verb_group(tok)
    if tok.dep_ == "xcomp" and tok.head.lemma_ in RAISING_VERBS and tok.head.i < tok.i:
        cue_span = (_verb_group(tok.head)[0], cue_span[1])
    particle = _cue_preposition(tok, cue)
    if particle is not None:
        cue_span = (cue_span[0], max(cue_span[1], particle.idx + len(particle)))
    children = list(tok.children)
    content = None
    parts: list[tuple[int, int]] | None = None
    kind = "indirect"
    # A quotation beside the cue is what was said, however many sentences it runs.
    q = _adjacent_quote(tok, sent, speaker, cue_span, quotes)
    if q is not None:
        content, kind = (q.start_inner, q.end_inner), "direct"
        q2 = _quote_resumed(tok, sent, q, speaker, cue_span, quotes)
        if q2 is not None:
            # '“We are not leaving,” the mayor said, “and we will rebuild.”': one statement
            parts = [content, (q2.start_inner, q2.end_inner)]
            content = (q.start_inner, q2.end_inner)
    if content is None and particle is not None:
        content = _prepositional_content(tok, particle)
    if content is None:
        content = _complement(tok, cue, children)
    if content is None and (cue.lemma in FIGURE_VERBS or cue.lemma in INFINITIVE_ONLY):
        return None
    if content is None:
        left = [
            c
            for c in children
            if c.dep_ in ("ccomp", "parataxis")
            and c.i < tok.i
            and c.pos_ in ("VERB", "AUX")
            and not (lex.verb(c) is not None and not _has_right_complement(c))
        ]
        if left:
            content = _content_range(left[-1])
        elif (
            tok.head.i < tok.i
            and (tok.dep_ in ("parataxis", "ccomp") or _comma_spliced(tok))
            and not (tok.dep_ == "ccomp" and lex.verb(tok.head) is not None)
        ):
            # "The clashes were small, he said": the cue hangs off the clause it reports.
            content = _content_range(tok.head, exclude=_subtree_range(tok))
        elif _parenthetical(tok, subj):
            # "The tariffs, the economist noted, would hit ...": the clause runs around the cue
            content, parts = _around(tok)
        elif (
            tok.dep_ == "relcl"
            and cue.np_content
            and tok.head.i < subj.i < tok.i
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)
        ):
            # "a charge Republicans denied": what the relative clause's gap stands for
            content = _content_range(tok.head, exclude=_subtree_range(tok))
        elif _as_clause(tok, cue):
            # "As the coach noted after the match, the team has not won away": the main clause
            content = _content_range(tok.head, exclude=_subtree_range(tok))
        elif subj.i < tok.i:
            content = _fronted_clause(sent, speaker)
    if (
        content is not None
        and content[0] < speaker.start < content[1]
        and speaker.start < cue_span[0]
        and kind == "indirect"
        and parts is None
    ):
        # the parser hung the speaker inside the reported clause ("..., a senior official said"):
        # the clause ends at the comma before the speaker
        cut = text.rfind(",", content[0], speaker.start)
        content = _trim_range(text, content[0], cut) if cut > content[0] else None
    if content is None or content[1] <= content[0]:
        return None
    if parts is None and (content[0] <= speaker.start < content[1] or content[0] <= cue_span[0] < content[1]):
        return None
    if kind == "indirect" and parts is None:
        content = _misattached_tail(tok, content)
        content = _before_coordinated_cue(tok.doc, content) or content
        content = _without_leading_time(tok.doc, content)
        if cue.np_content or cue.lemma in NAMING_VERBS or cue.lemma in PARTICLE_CUES:
            content = _without_trailing_day(tok.doc, content)
    if cue.lemma == "call" and not any(
        c.dep_ in ("xcomp",) or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")) for c in tok.children
    ):
        cue = Cue(cue.lemma, cue.pos, "assert", cue.np_content)  # "called the result a robbery" names it
    if (
        kind == "indirect"
        and cue.lemma in THING_SENSES
        and speaker.type == "unknown"
        and _noun_phrase_only(tok.doc, content)
    ):
        return None  # "The fire claimed three lives", "the bridge supports trucks": no one speaks
    d = Draft(speaker, cue_span, content, kind, cue.stance)
    if parts is not None:
        d.extra["parts"] = parts
    if cue.lemma in NAMING_VERBS and _names_untrue(tok.doc, content):
        d.stance = "deny"
    d.negated = any(c.dep_ == "neg" for c in children)
    _adjuncts(d, tok, sent)
    # "..., citing reports" or "in an interview" parsed inside the clause: not what was said
    for extra in (d.cited_source, d.venue):
        if extra and d.content[0] < extra[0] < d.content[1] and extra[1] >= d.content[1] - 1:
            d.content = _trim_range(text, d.content[0], extra[0]) or d.content
    return d


def _estimate_was(tok: Token) -> Draft | None:
    """ "The agency's first estimate was some 25,000", "the governor's count was nine": a
    figure given as someone's estimate; the owner of the estimate speaks."""
    if tok.lemma_ != "be" or tok.pos_ not in ("AUX", "VERB"):
        return None
    noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in ESTIMATE_NOUNS), None)
    value = next((c for c in tok.children if c.dep_ in ("attr", "acomp") and c.i > tok.i), None)
    if noun is None or value is None or not any(t.like_num for t in value.subtree):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    text = doc_text(tok.doc)
    speaker = _speaker_from_subject(owner, text) if owner is not None else None
    content = _content_range(value)
    if speaker is None or content is None:
        return None
    return Draft(speaker, (noun.idx, noun.idx + len(noun)), content, "indirect", "estimate")


def _update_colon(tok: Token, sent: Span) -> Draft | None:
    """A live blog's "The governor's first update of the morning: at least three dead and 12
    injured": what follows the colon is the owner's, when it holds a figure."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in UPDATE_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    doc = tok.doc
    colon = next((t for t in doc[tok.i + 1 : sent.end] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= sent.end:
        return None
    between = doc[tok.i + 1 : colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or not all(t in tok.subtree for t in between):
        return None
    rest = doc[colon.i + 1 : sent.end]
    if not any(t.like_num for t in rest) or any(t.text in QUOTE_MARKS for t in rest[:1]):
        return None
    text = doc_text(doc)
    speaker = _speaker_from_subject(owner, text)
    content = _trim_range(text, rest[0].idx, rest[-1].idx + len(rest[-1]))
    if speaker is None or content is None:
        return None
    return Draft(speaker, (tok.idx, tok.idx + len(tok)), content, "indirect", "report")


# Participles that credit a figure to someone: "the roughly 10,000 cited by the president",
# "480,000 tonnes published a day earlier by the UN centre".
CREDIT_PARTICIPLES = {
    "cite", "publish", "give", "report", "estimate", "put", "release", "announce", "issue",
    "provide", "quote", "record", "count",
}  # fmt: skip


def _figure_credited(tok: Token) -> Draft | None:
    """A figure someone gave, as a participle ("the 10,000 cited by the president") or a
    relative clause ("the figure of 1,500 that the agency gave lawmakers")."""
    if tok.lemma_ not in CREDIT_PARTICIPLES:
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            return None
        who = next((c for c in agent.children if c.dep_ == "pobj"), None)
        cue = (tok.idx, agent.idx + len(agent))
    elif tok.dep_ == "relcl":
        who = next((c for c in tok.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        cue = (tok.idx, tok.idx + len(tok))
    else:
        return None
    if who is None:
        return None
    head = tok.head
    text = doc_text(tok.doc)
    content = _content_range(head, exclude=_subtree_range(tok))
    if content is None or not any(t.like_num for t in head.subtree if not tok.idx <= t.idx):
        return None
    speaker = _speaker_from_subject(who, text)
    if speaker is None:
        return None
    return Draft(speaker, cue, content, "indirect", "estimate")


def _figure_from(tok: Token) -> Draft | None:
    """ "The first figure came from the intelligence service: about 1,500 soldiers": the
    source of an estimate, and the figure after the colon."""
    if tok.lemma_ != "come":
        return None
    noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in ESTIMATE_NOUNS), None)
    src = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    who = next((c for c in src.children if c.dep_ == "pobj"), None) if src is not None else None
    if noun is None or src is None or who is None:
        return None
    text = doc_text(tok.doc)
    sent = tok.sent
    colon = text.find(":", who.idx, sent.end_char)
    if colon < 0:
        return None
    start = colon + 1
    while start < sent.end_char and text[start].isspace():
        start += 1
    content = _trim_range(text, start, sent.end_char)
    speaker = _speaker_from_subject(who, text)
    if content is None or speaker is None or not any(ch.isdigit() for ch in text[content[0] : content[1]]):
        return None
    return Draft(speaker, (tok.idx, src.idx + len(src)), content, "indirect", "estimate")


# "X is confident that ...": an adjective of belief or feeling with a clause is a statement.
ATTITUDE_ADJECTIVES = {
    "confident": "believe", "sure": "believe", "certain": "believe", "convinced": "believe",
    "optimistic": "hope", "hopeful": "hope", "worried": "fear", "concerned": "fear",
    "afraid": "fear", "fearful": "fear", "skeptical": "question", "sceptical": "question",
    "doubtful": "question", "adamant": "assert", "aware": "assert", "unclear": "question",
    "unsure": "question", "uncertain": "question", "pessimistic": "fear", "positive": "believe",
}  # fmt: skip
# "X expressed concern that ...": a noun of attitude given a clause by "express" or "voice".
ATTITUDE_NOUNS = {
    "concern": "fear", "fear": "fear", "worry": "fear", "hope": "hope", "confidence": "believe",
    "doubt": "question", "optimism": "hope", "belief": "believe", "conviction": "believe",
}  # fmt: skip


def _attitude_statement(tok: Token) -> Draft | None:
    text = doc_text(tok.doc)
    if tok.dep_ == "acomp" and tok.lemma_.lower() in ATTITUDE_ADJECTIVES and tok.head.lemma_ == "be":
        stance, verb = ATTITUDE_ADJECTIVES[tok.lemma_.lower()], tok.head
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            # "are unclear whether the fire was set": the parser may hang the clause on "be"
            clause = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "ccomp"
                    and c.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children)
                ),
                None,
            )
    elif (
        tok.dep_ == "dobj"
        and tok.lemma_.lower() in ATTITUDE_NOUNS
        and tok.head.lemma_ in ("express", "voice")
    ):
        stance, verb = ATTITUDE_NOUNS[tok.lemma_.lower()], tok.head
        clause = next(
            (c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and _has_mark_that(c)),
            None,
        )
    else:
        return None
    subj = _subject(verb)
    if clause is None or subj is None or subj.tag_ in ("WP", "WDT") or subj.dep_ == "expl":
        return None
    speaker = _speaker_from_subject(subj, text)
    content = _content_range(clause)
    if speaker is None or content is None:
        return None
    lo = _verb_group(verb)[0]
    d = Draft(speaker, (lo, tok.idx + len(tok)), content, "indirect", stance)
    d.negated = any(c.dep_ == "neg" for c in verb.children)
    return d


# "issued a statement saying ...": what a document says is its author's statement.
DOCUMENT_NOUNS = {
    "statement", "communique", "release", "letter", "post", "message", "note", "report",
    "tweet", "bulletin", "notice", "decree", "memo", "video",
}  # fmt: skip
PUBLISHING_VERBS = {"issue", "release", "publish", "post", "send", "put", "share", "circulate", "make"}


def _document_saying(tok: Token) -> Draft | None:
    if tok.lower_ not in ("saying", "stating") or tok.dep_ != "acl":
        return None
    doc_noun, source = tok.head, None
    if doc_noun.dep_ == "pobj" and doc_noun.head.lower_ in ("from", "by"):
        # "a statement from the army saying": the parser may hang "saying" off the author
        source, doc_noun = doc_noun, doc_noun.head.head
    if doc_noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    # The author: "from the army", "the ministry's statement", or whoever issued it.
    source = (
        source
        or next(
            (
                p
                for c in doc_noun.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        or next((c for c in doc_noun.children if c.dep_ == "poss"), None)
    )
    if source is None and doc_noun.dep_ == "dobj" and doc_noun.head.lemma_ in PUBLISHING_VERBS:
        source = _subject(doc_noun.head)
    if source is None and doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "in":
        # "In a statement saying ..., the union called a strike"
        source = _subject(doc_noun.head.head)
    if source is None or source.tag_ in ("WP", "WDT"):
        return None
    text = doc_text(tok.doc)
    speaker = _speaker_from_subject(source, text)
    content = _content_range(clause)
    if speaker is None or content is None:
        return None
    cut = _trim_range(text, speaker.start, tok.idx) if speaker.start < tok.idx < speaker.end else None
    if cut is not None:
        # the author's mention took in "saying ..." hung off it
        speaker.end = cut[1]
    # "statement saying"; "saying" alone where the author stands between ("statement from X saying")
    start = tok.idx if doc_noun.i < source.i < tok.i else doc_noun.idx
    return Draft(speaker, (start, tok.idx + len(tok)), content, "indirect", "assert")


def _quoted_as_saying(verb: Token) -> Draft | None:
    """ "Public radio quotes Governor X as saying (that) ...": X speaks; the outlet that quotes
    is where it was said."""
    text = doc_text(verb.doc)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    # "He was quoted (by the paper) as saying ...": the passive subject is the one quoted
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    obj = obj or passive
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_ is None:
        return None
    saying = next((c for c in as_.children if c.dep_ == "pcomp" and c.lemma_ in ("say", "tell")), None)
    clause = next((c for c in saying.children if c.dep_ == "ccomp"), None) if saying is not None else None
    speaker = _speaker_from_subject(obj, text)
    if clause is None or speaker is None or saying is None:
        return None
    content = _content_range(clause)
    if content is None:
        return None
    d = Draft(speaker, (as_.idx, saying.idx + len(saying)), content, "indirect", "assert")
    subj = _subject(verb) if passive is None or obj is not passive else None
    if subj is not None:
        d.venue = _subtree_range(subj)
    return d


def _before_coordinated_cue(doc: Doc, content):
    """'said X and called on Russia to ...': a second cue verb coordinated into the reported
    clause by the parser belongs to the speaker, not to what was said."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return None
    lex = cue_lexicon()
    for t in span[1:]:
        part_cue = lex.verb(t) if t.dep_ == "advcl" and t.tag_ == "VBG" else None
        if (
            part_cue is not None
            and _comma_before(t)
            and (_is_citing(t) or not _other_sense(t, part_cue))
            and any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in t.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            # "said the crowd had dispersed, adding that ...": the participle is the speaker's
            return _trim_range(doc_text(doc), content[0], t.idx)
        conj_cue = lex.verb(t) if t.dep_ == "conj" and t.pos_ == "VERB" else None
        if (
            conj_cue is not None
            and not _other_sense(t, conj_cue)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in t.children)
        ):
            # cut before the verb group ("but did not mention") and the conjunction before it
            first = min([c.i for c in t.children if c.i < t.i and c.dep_ in ("aux", "neg", "advmod")] + [t.i])
            while first - 1 > span.start and (
                doc[first - 1].lower_ in ("and", "but", "or") or doc[first - 1].is_punct
            ):
                first -= 1
            return _trim_range(doc_text(doc), content[0], doc[first].idx)
    return None


def _trim_range(text, lo, hi):
    while hi > lo and text[hi - 1] in _TRAIL_PUNCT:
        hi -= 1
    return (lo, hi) if hi > lo else None


def _clause_like(tok: Token) -> bool:
    """A parsed complement that is really a clause: not a lone mis-tagged name ("SANA")."""
    return any(True for _ in tok.children) or (
        tok.pos_ in ("VERB", "AUX") and tok.tag_ != "NNP" and tok.is_lower
    )


def _complement(verb: Token, cue, children):
    """What a cue verb attributes, read off its dependents to the right; None if nothing fits."""
    right = [c for c in children if c.i > verb.i]
    comps = [c for c in right if c.dep_ == "ccomp" and _clause_like(c)]
    if comps:
        return _span_of(comps)
    lemma = cue.lemma
    objs = [c for c in right if c.dep_ in ("dobj", "dative")]
    xcomps = [c for c in right if c.dep_ == "xcomp"]
    figure = _figure_complement(lemma, right, objs)
    if figure is not None or lemma in FIGURE_VERBS:
        return figure
    if lemma in NAMING_VERBS and objs and _untrue(objs[0]):
        # "called such reports fabrications", parsed as one noun phrase
        return _span_of(objs)
    if cue.stance == "promise" and len(objs) == 2 and objs[0].dep_ == "dative":
        return _span_of(objs[1:])  # "promised voters a tax cut": the cut is promised, to voters
    if lemma in INFINITIVE_ONLY:
        if not xcomps or objs:
            return None
        # "declined to comment after the hearing": what was withheld, not when
        inner = xcomps[0]
        tail = [c for c in inner.children if c.i > inner.i and _time_adjunct(c)]
        cut = _subtree_range(tail[0]) if tail else None
        r = _content_range(inner, exclude=(cut[0], len(doc_text(verb.doc))) if cut else None)
        return _drop_to(verb.doc, r)
    if lemma in ("express", "voice") and objs and objs[0].lemma_.lower() in ATTITUDE_NOUNS:
        if any(c.dep_ in ("acl", "ccomp") and _has_mark_that(c) for c in objs[0].children):
            return None  # "expressed concern that ...": an attitude with its clause
    if lemma in SPEECH_OBJECT_VERBS and objs and objs[0].lemma_.lower() not in SPEECH_OBJECTS:
        return None  # "offered a reward", "presented the award"
    if lemma in NAMING_VERBS and objs:
        # "described the plan as reckless", "labelled the reform a giveaway", "dubbed X Y"
        named = [
            c
            for c in right
            if c.i > objs[0].i
            and (c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"))
        ]
        named += [p for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "as"]
        if named:
            return _span_of(objs + named)
        if len(objs) > 1 or (
            lemma not in ("list", "refer")
            and any(t.dep_ in ("nsubj", "attr", "appos") and t.i > objs[0].i for t in objs[0].subtree)
        ):
            # "called the agreement the worst deal ever made": the name parsed inside the object
            return _span_of(objs)
    if lemma in OBJECT_PREDICATE:
        # "called on Russia to accept", "called for calm"
        preps = {"call": ("on", "upon", "for"), "appeal": ("on", "upon", "for"), "lobby": ("for",)}.get(
            lemma, ("for",) if lemma == "press" else ("on", "upon")
        )
        for prep in (c for c in right if c.dep_ == "prep" and c.lower_ in preps):
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return _span_of([pobj] + [c for c in right if c.i > pobj.i and c.dep_ in ("xcomp", "ccomp")])
        if objs:
            # "asked partners for transformers" asks for things, it attributes nothing
            pred_preps = (
                PREDICATE_PREPS - {"for"} if lemma in ("ask", "request", "demand") else PREDICATE_PREPS
            )
            preds = [
                c
                for c in right
                if c.i > objs[0].i
                and (
                    (
                        c.dep_ in ("xcomp", "ccomp", "oprd")
                        and (
                            _clause_like(c)
                            or c.lemma_.lower() in REJECTION_NOUNS
                            or c.lower_ in REJECTION_ADJECTIVES
                        )
                    )
                    or (c.dep_ == "prep" and c.lower_ in pred_preps)
                )
            ]
            if (
                preds
                or cue.np_content
                or (
                    cue.stance == "accuse"
                    and any(p.dep_ == "prep" and p.lower_ in ("of", "for", "over") for p in objs[0].children)
                )
            ):
                # "accused the former mayor of lying": the predicate may hang off the object
                return _span_of(objs + preds)
    if xcomps and cue.stance in XCOMP_STANCES and not objs:
        r = _content_range(xcomps[0])
        return _drop_to(verb.doc, r)
    if cue.np_content and objs:
        # "hammered the government over rising rents": what a criticism is for goes with it
        with_preps = ("as", "over", "for") if cue.stance == "accuse" else ("as",)
        preds = [
            c
            for c in right
            if c.i > objs[0].i
            and (c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ in with_preps))
        ]
        return _span_of(objs + preds)
    if lemma not in OBJECT_PREDICATE and objs and any(t.like_num for t in objs[0].subtree):
        # "estimated some 25,000", "said 48,000": a figure as the object, where nothing else fits
        return _span_of(objs[:1])
    return None


# "called the reports lies": naming something untrue is a denial, whatever the verb's stance.
NAMING_VERBS = {
    "call", "dismiss", "describe", "brand", "label", "term", "dub", "characterize", "characterise",
    "portray", "depict", "list", "hail", "refer",
}  # fmt: skip
# Verbs whose object is what was said only when it is a thing said: "offered no explanation",
# "presented evidence", not "offered a reward" or "presented the award".
SPEECH_OBJECT_VERBS = {"offer", "present", "give", "provide"}
SPEECH_OBJECTS = {
    "explanation", "account", "assessment", "view", "opinion", "defence", "defense", "apology",
    "assurance", "guarantee", "detail", "reason", "evidence", "argument", "analysis", "estimate",
    "figure", "forecast", "prediction", "proposal", "vision", "case", "critique", "criticism",
    "praise", "condolence", "comment", "theory", "rationale", "justification", "response",
    "answer", "reassurance", "warning", "overview", "picture", "finding", "testimony",
    "clarification", "insight", "advice", "proof", "excuse", "hint", "update", "briefing",
    "version", "description", "interpretation", "timeline", "timetable", "outlook", "plan",
    "details", "thought", "idea", "suggestion", "recommendation", "denial", "confirmation",
    "endorsement", "backing", "support",
}  # fmt: skip
REJECTION_NOUNS = {
    "fabrication", "lie", "falsehood", "propaganda", "disinformation", "misinformation",
    "fake", "fiction", "fantasy", "nonsense", "provocation", "slander", "smear", "hoax",
}  # fmt: skip
REJECTION_ADJECTIVES = {"fabricated", "false", "baseless", "groundless", "untrue", "fake", "invented"}


# Verbs that attribute a figure, and only in these shapes: "put the toll at nine", "counted
# 480,000 tonnes shipped", "spoke of about 3,000 workers".
FIGURE_VERBS = {"put", "count", "raise", "revise", "lower"}
ABOUT_VERBS = {"speak", "talk"}
# What a revision revises: "raised its estimate to about 11,000", "revised the toll down to 41".
ESTIMATE_NOUNS = {"estimate", "figure", "toll", "count", "number", "tally", "forecast", "projection"}
# What a live update's "X's first update: ..." may be called.
UPDATE_NOUNS = ESTIMATE_NOUNS | {"update", "bulletin", "statement"}


def _names_untrue(doc: Doc, content: tuple[int, int]) -> bool:
    """The content ends by calling something untrue: "the reports fabrications", "the vote a sham"."""
    last = [t for t in doc.char_span(*content, alignment_mode="expand") or () if t.is_alpha]
    return bool(last) and (
        last[-1].lemma_.lower() in REJECTION_NOUNS | {"sham", "farce"}
        or last[-1].lower_ in REJECTION_ADJECTIVES
    )


def _untrue(obj: Token) -> bool:
    """An object that is, or is said to be, untrue: "fabrications", "the accounts fabricated"."""
    return obj.lemma_.lower() in REJECTION_NOUNS or any(
        c.lower_ in REJECTION_ADJECTIVES for c in obj.children if c.dep_ in ("acl", "amod", "oprd")
    )


def _figure_complement(lemma: str, right: list, objs: list):
    if lemma in ("raise", "revise", "lower"):
        if not objs or objs[0].lemma_.lower() not in ESTIMATE_NOUNS:
            return None
        # "revised the tally down to 35": the "to" may hang off the particle
        near = right + [g for c in right if c.dep_ in ("prt", "advmod") for g in c.children]
        to = [c for c in near if c.dep_ == "prep" and c.lower_ in ("to", "at") and c.i > objs[0].i]
        return _span_of(objs + to) if to else None
    if lemma == "put":
        at = [c for c in right if c.dep_ == "prep" and c.lower_ == "at" and objs and c.i > objs[0].i]
        # "put the toll at 11 dead and 46 injured": the second figure, hung on the verb
        more = [
            c
            for c in right
            if c.dep_ == "conj"
            and at
            and c.i > at[0].i
            and c.tag_ in ("VBN", "JJ", "NN", "NNS")
            and any(t.like_num for t in c.subtree)
        ]
        return _span_of(objs + at + more) if objs and at else None
    if lemma == "count":
        counted = [o for o in objs if any(t.like_num for t in o.subtree)]
        return _span_of(counted) if counted else None
    if lemma in ABOUT_VERBS and not objs:
        about = [c for c in right if c.dep_ == "prep" and c.lower_ in ("of", "about")]
        # Only a figure: "began talking about his brother" names a topic, says nothing.
        pobjs = [
            p for c in about for p in c.children if p.dep_ == "pobj" and any(t.like_num for t in p.subtree)
        ]
        return _span_of(pobjs[:1]) if pobjs else None
    return None


def _span_of(heads):
    ranges = [r for r in (_content_range(c) for c in heads) if r]
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def _drop_to(doc: Doc, r):
    """Infinitive content without its 'to': "pledged to oppose X" attributes "oppose X"."""
    if r and doc_text(doc)[r[0] : r[0] + 3].lower() == "to ":
        return r[0] + 3, r[1]
    return r


def _fronted_clause(sent: Span, speaker):
    """ "CLAUSE, a senior official said.": everything before the comma that precedes the speaker."""
    doc = sent.doc
    before = doc_text(doc)[sent.start_char : speaker.start].rstrip()
    if not before.endswith(","):
        return None
    toks = _trim_tokens([t for t in sent if t.idx < sent.start_char + len(before) - 1 and not t.is_space])
    if len(toks) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _comma_spliced(verb: Token) -> bool:
    """A cue parsed as a conjunct of the clause before it with no 'and' between: an attribution
    ("Troops have crossed, the minister has confirmed"), not a second event."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    between = verb.doc[head.i + 1 : verb.i]
    return not any(t.dep_ == "cc" or t.lower_ in ("and", "but", "or", "while") for t in between) and any(
        t.text == "," for t in between
    )


def _subtree_range(tok: Token):
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _adjacent_quote(
    verb: Token, sent: Span, speaker: SpeakerMention, cue_span, quotes: list[Quote]
) -> Quote | None:
    text = doc_text(verb.doc)
    left_edge = min(speaker.start, cue_span[0])
    right_edge = max(speaker.end, cue_span[1])
    for q in near(quotes, sent.start_char - 1, sent.end_char + 3):
        # "“...,” Umerov said." / "“...,” said Umerov."
        if (
            q.end <= left_edge
            and q.end >= sent.start_char - 1
            and re.fullmatch(r"[\s,.!?;:\u2014\u2013-]*", text[q.end : left_edge])
        ):
            # '“We hold.” South Korea says ...': a quotation closed by a full stop is a sentence
            # of its own, and the cue after it begins the next one
            ends = text[q.start_inner : q.close if q.close is not None else q.end].rstrip()
            if ends.endswith(".") or (ends.endswith(("?", "!")) and _has_right_complement(verb)):
                continue
            if q.open < sent.start_char or _starts_clause(text, q.open, sent.start_char):
                return q
        # "Umerov said: “...”" / "Umerov told reporters, “...”"
        if q.open >= right_edge and q.open <= sent.end_char + 2:
            gap = text[right_edge : q.open]
            if gap.strip() == "" or gap.rstrip().endswith((":", ",")):
                gap_tokens = [t for t in sent if right_edge <= t.idx < q.open]
                if not any(t.pos_ in ("VERB", "AUX") for t in gap_tokens) and len(gap_tokens) <= 12:
                    return q
    return None


def _has_right_complement(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


def _starts_clause(text, open_at, sent_start) -> bool:
    """A quotation that opens its sentence (or follows only punctuation) is the whole utterance."""
    return text[sent_start:open_at].strip(" \n\t(\u2014\u2013-") == ""


def _phrase_statement(tok: Token, sent: Span, lex) -> Draft | None:
    """'according to X', 'in the words of X', 'per X': speaker is the object of the phrase."""
    doc = tok.doc
    for words, cue in lex.phrases_from(tok.lower_):
        n = len(words)
        if tok.i + n > sent.end or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != words:
            continue
        last = doc[tok.i + n - 1]
        if words == ("per",) and not (tok.i == sent.start or doc[tok.i - 1].text == ","):
            continue
        if words == ("quoted", "by") and tok.i > 0 and doc[tok.i - 1].lower_ == "as":
            continue  # "as quoted by" is the longer phrase
        if "quoted" in words and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in doc[tok.i + words.index("quoted")].children
        ):
            continue  # "was quoted by state media as saying ...": the one quoted speaks
        obj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if obj is None:
            nxt = [t for t in doc[last.i + 1 : sent.end] if t.pos_ in ("PROPN", "NOUN", "PRON")]
            if not nxt:
                continue
            obj = nxt[0]
            while (
                obj.head.i > obj.i
                and obj.head.i < sent.end
                and obj.dep_ in ("compound", "amod", "poss", "det")
            ):
                obj = obj.head
        if obj.lemma_.lower() in NOT_SOURCES:
            continue  # "shared according to a formula": a rule followed, not a source
        speaker = mention_from_head(obj, doc_text(doc))
        if speaker is None:
            continue
        phrase_end = max(t.i for t in obj.subtree)
        p_lo, p_hi = tok.idx, doc[phrase_end].idx + len(doc[phrase_end])
        body = [t for t in sent if not t.is_space and not (p_lo <= t.idx < p_hi)]
        before = [t for t in body if t.idx < p_lo]
        after = [t for t in body if t.idx >= p_hi]
        before, after = _trim_tokens(before), _trim_tokens(after)
        if before and after:
            # "X number 48,000, according to Y, meaning ...": the clause before, when it is one
            if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in before) and any(
                t.pos_ in ("VERB", "AUX") for t in before
            ):
                part = before
            else:
                part = _trim_tokens([t for t in sent if not t.is_space])
        else:
            part = before or after
        if not part:
            continue
        content = (part[0].idx, part[-1].idx + len(part[-1]))
        d = Draft(speaker, (tok.idx, last.idx + len(last)), content, "according_to", cue.stance)
        return d
    return None


def _trim_tokens(ts):
    ts = list(ts)
    while ts and ((ts[0].is_punct and ts[0].text not in QUOTE_MARKS) or ts[0].is_space):
        ts.pop(0)
    while ts and ((ts[-1].is_punct and ts[-1].text not in QUOTE_MARKS + ")!?") or ts[-1].is_space):
        ts.pop()
    return ts


def _noun_statement(tok: Token, lex) -> Draft | None:
    """ "Umerov's claim that ...", "claims by Moscow that ...", "the ministry's denial that ..."."""
    if tok.pos_ != "NOUN":
        return None
    cue = lex.nouns.get(tok.lemma_.lower())
    if cue is None:
        return None
    comp = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX") and _has_mark_that(c)
        ),
        None,
    )
    if comp is None:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                owner = next((p for p in c.children if p.dep_ == "pobj"), None)
                if owner is not None:
                    break
    if owner is None:
        return None
    text = doc_text(tok.doc)
    speaker = mention_from_head(owner, text)
    content = _content_range(comp)
    if speaker is None or content is None:
        return None
    return Draft(speaker, (tok.idx, tok.idx + len(tok)), content, "indirect", cue.stance)


def _adjuncts(d: Draft, verb: Token, sent: Span) -> None:
    """Cited source, venue, addressee and condition, read off the cue verb's dependents."""
    doc = verb.doc
    for c in verb.children:
        if _in_content(d, c.idx):
            continue
        low = c.lower_
        if low in CITE_WORDS:
            d.cited_source = _trimmed_subtree(c)
        elif c.dep_ == "prep":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is None:
                if low == "based" or (c.lower_ == "on" and doc[c.i - 1].lower_ == "based"):
                    d.cited_source = _trimmed_subtree(c)
                continue
            if low in ("in", "at", "on", "during", "via", "through", "over") and (
                pobj.lemma_.lower() in VENUE_NOUNS or pobj.lower_ in VENUE_NOUNS
            ):
                d.venue = d.venue or _trimmed_subtree(c)
            elif low == "to" and not d.addressee:
                d.addressee = _trimmed_subtree(pobj)
        elif c.dep_ in ("dative",) or (
            c.dep_ == "dobj" and verb.lemma_ in ("tell", "inform", "assure", "brief", "warn", "remind")
        ):
            if not _in_content(d, c.idx):
                d.addressee = _trimmed_subtree(c)
        elif c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_ == "base":
            d.cited_source = _trimmed_subtree(c)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            d.conditional = True
    # "citing ..." and "based on ..." sometimes attach to the reported clause: take them from the sentence.
    if d.cited_source is None:
        for t in sent:
            if (
                t.lower_ in CITE_WORDS or (t.lower_ == "based" and t.nbor(1).lower_ == "on")
                if t.i + 1 < len(doc)
                else False
            ) and not _in_content(d, t.idx):
                d.cited_source = _trimmed_subtree(t)
                break
    lo, hi = d.content
    for t in doc.char_span(lo, hi, alignment_mode="expand") or []:
        if t.lower_ in ("if", "unless") and t.dep_ == "mark":
            d.conditional = True
            break


def _in_content(d: Draft, i: int) -> bool:
    """Inside what is attributed; a content split by its attribution counts its pieces only."""
    parts = d.extra.get("parts") or [d.content]
    return any(lo <= i < hi for lo, hi in parts)


def _trimmed_subtree(tok: Token):
    toks = _trim_tokens(list(tok.subtree))
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _inside_own_quote(d: Draft, tok: Token, quotes) -> bool:
    """A first-person cue inside a quotation ("we believe ...") is the quoted speaker talking."""
    if d.speaker.pronoun not in ("i", "we", "you"):
        return False
    return any(q.start_inner <= tok.idx < q.end_inner for q in quotes)


def _classify_quotes(d: Draft, quotes, consumed: set[int], text: str) -> None:
    """Mark quotations the statement uses; a reported clause with a quoted clause in it is mixed."""
    lo, hi = d.content
    parts = d.extra.get("parts") or []
    for q in near(quotes, lo, hi + 1):
        i = quotes.index(q)
        if d.kind == "direct" and (
            (q.start_inner, q.end_inner) == (lo, hi) or (q.start_inner, q.end_inner) in parts
        ):
            consumed.add(i)
        elif lo <= q.open < hi and q.end > lo:
            # a quotation that opens inside the content belongs to it, closing mark included
            consumed.add(i)
            if q.closed and q.end > hi:
                d.content = (lo, q.end)
                hi = q.end
            if d.kind == "indirect" and _speech_like(text[q.start_inner : q.end_inner]):
                d.kind = "mixed"
        elif q.start_inner <= lo and hi <= q.end_inner and d.kind == "indirect":
            # the complement is (part of) a quotation: the whole quotation is what was said
            consumed.add(i)
            d.content = (q.start_inner, q.end_inner)
            d.kind = "direct"


def _speech_like(quoted: str) -> bool:
    """A quoted fragment that carries a claim, not a quoted term: a verb form or several words."""
    words = quoted.split()
    if len(words) >= 4:
        return True
    return any(
        w.lower().endswith(("ed", "ing")) or w.lower() in ("is", "are", "was", "were", "be", "will")
        for w in words
    )


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    seen, out = set(), []
    for d in drafts:
        key = (d.content, d.speaker.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out


# ---------------------------------------------------------------- pass 2: quotations without a cue


def _quotation_statements(doc: Doc, quotes, consumed, drafts) -> list[Draft]:
    text = doc_text(doc)
    out: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: d.cue[0])
    for i, q in enumerate(quotes):
        if i in consumed or len(text[q.start_inner : q.end_inner].split()) < 4:
            continue
        d = _dash_attribution(doc, q) or _colon_attribution(doc, q)
        if d is None and _stands_alone(doc, q):
            d = _continued_speaker(doc, q, ordered + out)
        if d is not None:
            consumed.add(i)
            out.append(d)
    return out


def _stands_alone(doc: Doc, q: Quote) -> bool:
    """A quotation that opens its sentence: a quoted term inside the reporter's sentence is not
    somebody's statement."""
    tok = token_at(doc, q.open)
    return tok is not None and doc_text(doc)[tok.sent.start_char : q.open].strip(" \n\t(") == ""


def _dash_attribution(doc: Doc, q: Quote) -> Draft | None:
    text = doc_text(doc)
    m = re.match(r"\s*([\u2014\u2013]|--?)\s*", text[q.end : q.end + 6])
    if not m or not q.closed:
        return None
    start = q.end + m.end()
    tok = token_at(doc, start)
    if tok is None:
        return None
    head = tok
    while (
        head.head.i != head.i
        and head.head.i > head.i
        and head.dep_ in ("det", "amod", "compound", "poss", "nummod")
    ):
        head = head.head
    sp = mention_from_head(head, text)
    if sp is None:
        return None
    dash = (q.end + m.start(1), q.end + m.end(1))
    return Draft(sp, dash, (q.start_inner, q.end_inner), "direct", "assert")


def _colon_attribution(doc: Doc, q: Quote) -> Draft | None:
    text = doc_text(doc)
    before = text[: q.open].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    tok = token_at(doc, colon)
    if tok is None:
        return None
    sent = tok.sent
    # "Dovhan did not hide his irritation: ..." speaks through the subject;
    # "And from the ministry: ..." has no clause, so the last noun phrase speaks.
    subj = next(
        (t for t in doc[sent.start : tok.i] if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")), None
    )
    if subj is not None:
        sp = mention_from_head(subj, text)
    else:
        chunks = [c for c in doc.noun_chunks if sent.start_char <= c.start_char and c.end_char <= colon]
        if chunks:
            sp = mention_from_head(chunks[-1].root, text)
        else:
            # "Mayor Ioan Rusu: ..." or a live blog's "19:05 - Governor X: ...", where the
            # parser leaves the name as loose tokens: the last name before the colon speaks.
            names = [t for t in doc[sent.start : tok.i] if t.pos_ == "PROPN"]
            if not names:
                return None
            sp = mention_from_head(names[-1], text)
    if sp is None:
        return None
    return Draft(sp, (colon, colon + 1), (q.start_inner, q.end_inner), "direct", "assert")


def _continued_speaker(doc: Doc, q: Quote, earlier: list[Draft]) -> Draft | None:
    """A quotation with no cue of its own: the speaker of the statement just before it, or the
    person the previous sentence is about ("Alice began talking. “...”")."""
    text = doc_text(doc)
    prev = [d for d in earlier if d.content[1] <= q.open and q.open - d.content[1] < 400]
    if prev:
        last = max(prev, key=lambda d: d.content[1])
        between = text[last.content[1] : q.open]
        if between.count("\n\n") <= 1 and not re.search(r"[.!?]\s+[A-Z][^.!?]{20,}[.!?]", between):
            d = Draft(last.speaker, last.cue, (q.start_inner, q.end_inner), "direct", "assert")
            d.continues = id(last)
            return d
    tok = token_at(doc, q.open)
    if tok is None or tok.sent.start == 0:
        return None
    prev_sent = doc[tok.sent.start - 1].sent
    if prev_sent.start == tok.sent.start:
        return None
    root = prev_sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (
        subj.ent_type_ == "PERSON" or (subj.pos_ == "PRON" and subj.lower_ in ("he", "she"))
    ):
        return None
    sp = mention_from_head(subj, text)
    if sp is None:
        return None
    vg = _verb_group(root)
    xcomp = next((c for c in root.children if c.dep_ == "xcomp"), None)
    if xcomp is not None and xcomp.i == root.i + 1:
        vg = (vg[0], xcomp.idx + len(xcomp))
    return Draft(sp, vg, (q.start_inner, q.end_inner), "direct", "assert")


# ---------------------------------------------------------------- pass 3: resolution and nesting


def _resolve(doc: Doc, drafts: list[Draft], article: ArticleActors) -> None:
    resolver = Resolver(doc)
    for d in drafts:
        if not _nameless(d):
            resolver.register(d.speaker)
    for d in drafts:
        if _nameless(d):
            continue
        # A bare surname the model took for something else ("Vaitkus" as a place) is the person.
        m = d.speaker
        if m.type not in ("person", "country") and not m.pronoun and m.end - m.start < 40:
            p = resolver.person(doc_text(m.head.doc)[m.start : m.end])
            if p is not None and doc_text(m.head.doc)[m.start : m.end].split()[-1] == p.name.split()[-1]:
                m.type, m.name, m.country = "person", p.name, None
    by_id = {id(d): d for d in drafts}
    resolved: list[Draft] = []
    for d in drafts:
        m = d.speaker
        if _nameless(d):
            continue  # "is said to", "reportedly": no one is named
        if d.continues is not None and d.continues in by_id:
            src = by_id[d.continues]
            d.name, d.role, d.actor = src.name, src.role, src.actor
        elif m.pronoun:
            _resolve_pronoun(d, resolved, resolver)
        elif m.type == "person" and m.name:
            p = resolver.person(m.name)
            d.name = p.name if p else m.name
            d.role = m.role or (p.role if p else None)
        elif m.type == "person" and m.title_words and not _indefinite(m):
            # "the minister", "Defense chief": the person the actor pass resolved the title to
            found = article.mention_over(m.start, m.end)
            entity = found.entity if found is not None else None
            p = resolver.person(entity.name) if entity is not None else None
            if entity is not None:
                d.name = p.name if p is not None else entity.name
                d.role = (p.role if p is not None else None) or m.role
            else:
                d.role = m.role
        elif m.type == "organisation" and not m.name and m.head.lemma_.lower() == "government":
            # "the government" alone: the government speaking last in this article
            prior = [r for r in resolved if r.name and r.name.startswith("Government of")]
            d.name = prior[-1].name if prior else None
            d.actor = prior[-1].actor if prior else None
        elif m.type == "organisation" and (not m.name or _only_described(m)):
            # "the ministry", "the group", "the Geneva-based group": the last body of that kind
            # named in this article ("the rights group Open Cells Watch")
            kind = m.head.lemma_.lower()
            prior = [
                r
                for r in resolved
                if r.speaker.type == "organisation"
                and r.name
                and (r.name.split()[-1].lower() == kind or kind in (r.role or "").lower().split())
            ]
            d.name = prior[-1].name if prior else m.name
            d.role = (prior[-1].role if prior else None) or m.role
        else:
            d.name, d.role = m.name, m.role
        # one coder: a speaker that is an actor mention takes its name and code from the actor
        # pass, which also codes the rest (known people, roles elsewhere, the dominant government)
        found = article.mention_over(m.start, m.end)
        if found is not None and not m.pronoun and _same_words(doc, m, article.char_span(found)):
            # a description ("the official") names no one: only countries and resolved people
            if found.type == "country":
                m.type, d.name = "country", article.name_of(found)
            elif found.entity is not None:
                m.type, d.name = "person", found.entity.name
            d.actor = found.code
        elif m.type == "country" and found is not None and found.type == "country":
            d.name = article.name_of(found)
        if d.actor is None:
            d.actor = article.code_for_speaker(m.start, m.end, role=d.role, government=m.type == "country")
        resolved.append(d)


_BASED = re.compile(r"^[A-Z][\w'’.-]*-(?:based|led|backed|run|funded|owned|registered)$")


def _only_described(m: SpeakerMention) -> bool:
    """A body's mention that names no one: a common noun with descriptions ("the Geneva-based
    group", "the rights group") but no proper name."""
    head = m.head
    if head.pos_ != "NOUN":
        return False
    words = doc_text(head.doc)[m.start : m.end].split()
    return not any(w[:1].isupper() and not _BASED.match(w) for w in words[1:])


def _same_words(doc: Doc, m: SpeakerMention, span: tuple[int, int]) -> bool:
    """The speaker mention lies within an actor mention, but for a leading "the": the same words,
    or part of them where the parse cut a name short ("Vella" of "Andorra la Vella")."""
    start = m.start + 4 if doc_text(doc)[m.start : m.start + 4].lower() == "the " else m.start
    return span[0] <= start and m.end <= span[1]


def _indefinite(m: SpeakerMention) -> bool:
    first = doc_text(m.head.doc)[m.start : m.end].split()[0].lower()
    return first in INDEFINITE or first.isdigit()


def _resolve_pronoun(d: Draft, resolved: list[Draft], resolver: Resolver) -> None:
    m = d.speaker
    want = {
        "he": "person",
        "she": "person",
        "they": ("group", "organisation", "country"),
        "it": ("organisation", "country", "document"),
        "we": ("group", "organisation", "country"),
        "i": "person",
    }.get(m.pronoun or "", "person")
    for prev in reversed(resolved):
        t = prev.speaker.type
        if (t == want or t in want) and (prev.name or t != "person"):
            d.name, d.role, d.actor = prev.name, prev.role, prev.actor
            return
    if want == "person":
        # No earlier speaker: the nearest named person before the pronoun.
        before = [p for p in resolver.people if min(p.mentions) < m.start]
        if before:
            p = max(before, key=lambda p: max(x for x in p.mentions if x < m.start))
            d.name, d.role = p.name, p.role


# Verbs of mind and will: inside someone's reported speech, "he felt", "they wanted" are the
# speaker's own state, not a second statement.
MENTAL_STANCES = {"believe", "hope", "fear", "intend", "expect", "suspect", "agree", "oppose"}
PRONOUN_TYPES = {
    "he": ("person",), "she": ("person",), "they": ("group", "organisation", "country", "person"),
    "it": ("organisation", "country", "document"), "we": ("group", "organisation", "country"),
}  # fmt: skip


def _without_own_attitudes(drafts: list[Draft]) -> list[Draft]:
    """Drop a pronoun's belief or wish reported inside the indirect speech of the one it stands
    for ("The farmer said he felt the subsidy was unfair"): one statement, not two. A third
    party's ("his client believed ...") stays nested."""
    out = []
    for d in drafts:
        fits = PRONOUN_TYPES.get(d.speaker.pronoun or "")
        own = (
            fits is not None
            and d.stance in MENTAL_STANCES
            and any(
                o is not d
                and o.kind in ("indirect", "mixed")
                and o.content[0] <= d.speaker.start < o.content[1]
                and o.content[0] <= d.cue[0] < o.content[1]
                and not _in_quote_marks(d, o)
                and (o.speaker.type in fits or (d.name is not None and d.name == o.name))
                for o in drafts
            )
        )
        if not own:
            out.append(d)
    return out


def _in_quote_marks(d: Draft, o: Draft) -> bool:
    """The inner cue sits inside a quoted fragment of the outer content (someone else's words)."""
    text = doc_text(d.speaker.head.doc)
    before = text[o.content[0] : d.cue[0]]
    return (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1


def _nest(drafts: list[Draft]) -> None:
    for i, d in enumerate(drafts):
        best = None
        for j, o in enumerate(drafts):
            if i == j:
                continue
            lo, hi = o.content
            if lo <= d.cue[0] < hi and lo <= d.speaker.start < hi:
                if best is None or (hi - lo) < (drafts[best].content[1] - drafts[best].content[0]):
                    best = j
        d.parent = best


def _to_record(text: str, i: int, d: Draft, drafts: list[Draft]) -> dict:
    m = d.speaker

    def opt(r):
        return span(text, *r) if r else None

    rec = {
        "id": f"s{i + 1}",
        "speaker": span(text, m.start, m.end, name=d.name, role=d.role, type=m.type, actor=d.actor),
        "cue": span(text, *d.cue),
        "content": span(text, *d.content),
        "kind": d.kind,
        "stance": d.stance,
        "conditional": d.conditional,
        "negated": d.negated,
        "cited_source": opt(d.cited_source),
        "venue": opt(d.venue),
        "addressee": opt(d.addressee),
        "parent": f"s{d.parent + 1}" if d.parent is not None else None,
    }
    if d.extra.get("parts"):
        # a content split by its own attribution ('“A,” he said, “b.”'): each piece's span
        rec["content_parts"] = [span(text, *p) for p in d.extra["parts"]]
    return rec


# ---------------------------------------------------------------- shapes around the cue verb

# Cues that keep a preposition after them, and what it introduces: "referred to the layoffs as
# a necessity", "talked about the deal", "warned of a recession", "said of the treaty that ...".
PREP_CUES = {
    "refer": ("to",), "talk": ("about",), "speak": ("about", "of"), "write": ("about", "of"),
    "say": ("of",), "warn": ("of", "about", "against"), "complain": ("about", "of"),
    "lobby": ("for", "against"), "argue": ("for", "against"), "press": ("for",), "hint": ("at",),
    "comment": ("on",), "testify": ("about", "to"), "boast": ("about", "of"), "joke": ("about",),
    "campaign": ("for", "against"), "lash": ("at",), "apologize": ("for",), "apologise": ("for",),
    "push": ("for", "against", "on"),
}  # fmt: skip
# Cues that attribute only an infinitive: "declined to comment", "refused to say whether".
INFINITIVE_ONLY = {"decline", "refuse"}
TIME_PREPS = {"after", "before", "during", "following", "since", "until"}


def _time_adjunct(c: Token) -> bool:
    """ "after the hearing", "on Monday", "yesterday": when, not what."""
    if c.dep_ == "npadvmod" or (c.dep_ == "advmod" and c.ent_type_ in ("DATE", "TIME")):
        return True
    if c.dep_ != "prep":
        return False
    if c.lower_ in TIME_PREPS:
        return True
    return c.lower_ in ("on", "in", "at") and any(p.ent_type_ in ("DATE", "TIME") for p in c.children)


# What one declines to do when one declines to speak: "declined to comment", "refused to say".
WITHHELD = {
    "comment", "say", "confirm", "deny", "discuss", "disclose", "reveal", "answer", "elaborate",
    "specify", "name", "identify", "speculate", "explain", "acknowledge", "rule", "respond", "reply",
    "detail", "state", "tell", "admit", "give", "provide", "predict", "estimate", "condemn",
    "criticize", "criticise", "endorse", "apologize", "apologise", "retract", "withdraw", "talk",
    "speak", "testify", "address", "describe", "characterize", "characterise", "clarify",
}  # fmt: skip
# Cues that report nothing yet in the future ("will discuss", "are to present").
PLANNED_ONLY = {"discuss", "present", "offer", "lay", "outline", "detail", "list", "cite", "talk", "speak"}
FUTURE_AUX = {"will", "shall", "'ll", "would", "to"}
# Verbs that are cues only with their particle: "laid out her plan", "set out the terms".
PARTICLE_CUES = {"lay": "out", "set": "out", "spell": "out", "lash": "out", "push": "back"}
# Aspect verbs that narrate talking rather than report it ("began talking about his brother").
ASPECT_VERBS = {"begin", "start", "stop", "keep", "finish", "resume"}


def _main_verb_read_as_participle(tok: Token) -> bool:
    """ "The UN centre estimated at the end of July that ...", parsed as "the centre [that was]
    estimated": the noun is the sentence's root (no other verb) and the participle has a
    that-clause of its own, so it is the main verb."""
    return (
        tok.head.dep_ == "ROOT"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "ccomp" and _has_mark_that(c) for c in tok.children)
    )


def _other_sense(tok: Token, cue: Cue) -> bool:
    """A lexicon verb in a sense that reports nothing: "denied the visitors a first win",
    "laid flowers"."""
    if cue.stance == "deny" and any(c.dep_ == "dative" for c in tok.children):
        return True
    if _is_citing(tok):
        return True
    if cue.lemma in PLANNED_ONLY and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return True  # "leaders will discuss the batteries": a meeting to come, nothing said yet
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not _main_verb_read_as_participle(tok):
        return True  # "a study published on Wednesday", "people briefed on the plans": a description
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return True  # "asked whether the club would appeal": a question about it, nobody said it
    if cue.lemma in INFINITIVE_ONLY:
        # "declined to comment", "refused to say whether": only a withheld statement counts;
        # "refused to send a delegation" is an act
        inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if inner is None or inner.lemma_ not in WITHHELD:
            return True
    need = PARTICLE_CUES.get(cue.lemma)
    if (
        need is not None
        and not any(c.dep_ == "prt" and c.lower_ == need for c in tok.children)
        and not (cue.lemma == "push" and (_pushed_back(tok) or _cue_preposition(tok, cue) is not None))
    ):
        return True  # "laid flowers", "pushed the cart"; but "pushed for talks"
    if cue.lemma in FORCE_VERBS and _military(tok):
        return True  # "the navy hammered enemy positions": shelling, not criticism
    return False


def _is_citing(tok: Token) -> bool:
    """ "..., citing reports": the participle names a source of another cue, not a statement."""
    return tok.lower_ in CITE_WORDS and tok.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp")


def _cue_preposition(tok: Token, cue: Cue):
    """The preposition a phrasal cue keeps ("referred to", "said of"), right after the verb."""
    preps = PREP_CUES.get(cue.lemma)
    if not preps:
        return None
    if cue.lemma in ("talk", "speak") and tok.head.lemma_ in ASPECT_VERBS and tok.dep_ == "xcomp":
        return None
    nxt = tok.i + 1
    while nxt < len(tok.doc) and tok.doc[nxt].dep_ in ("prt", "advmod") and tok.doc[nxt].head == tok:
        nxt += 1
    if nxt >= len(tok.doc):
        return None
    p = tok.doc[nxt]
    if p.lower_ in preps and p.dep_ in ("prep", "prt", "dative") and p.head == tok:
        if cue.lemma == "push" and p.lower_ != "for" and not _pushed_back(tok):
            return None  # "pushed against the barriers" is force; "pushed back against" objects
        return p
    return None


def _pushed_back(tok: Token) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)


def _prepositional_content(verb: Token, prep: Token):
    """What a phrasal cue attributes: the object of its preposition and a predicate after it
    ("referred to the layoffs as a painful necessity"); a clause or quotation wins elsewhere."""
    if any(c.dep_ == "ccomp" and c.i > prep.i for c in verb.children):
        return None
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    preds = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > pobj.i]
    return _span_of([pobj, *preds])


def _quote_resumed(verb: Token, sent: Span, q: Quote, speaker: SpeakerMention, cue_span, quotes):
    """The second piece of a quotation split by its attribution: '“A,” he said, “b.”'."""
    text = doc_text(verb.doc)
    right = max(speaker.end, cue_span[1], q.end)
    if (
        q.close is None
        or "," not in text[q.end_inner : q.close + 1]
        or q.end > min(speaker.start, cue_span[0])
    ):
        return None
    for q2 in near(quotes, right, sent.end_char + 3):
        if q2.open < right:
            continue
        gap = [t for t in verb.doc[verb.i + 1 : sent.end] if right <= t.idx < q2.open]
        gap_text = text[right : q2.open]
        if (
            re.fullmatch(r"[^.!?;:\"\u201c\u201d]*,\s*", gap_text)
            and not any(t.pos_ in ("VERB", "AUX") for t in gap)
            and len(gap) <= 8
        ):
            return q2
        return None
    return None


def _parenthetical(verb: Token, subj) -> bool:
    """ "The tariffs, the economist noted, would hit exporters": a cue set off by commas inside
    the clause it reports, with nothing to its right."""
    head = verb.head
    if verb.dep_ not in ("parataxis", "advcl", "ccomp") or head.i <= verb.i or subj.i > verb.i:
        return False
    if _has_right_complement(verb):
        return False
    sub = [t for t in verb.subtree if not t.is_punct]
    doc = verb.doc
    before = doc[sub[0].i - 1] if sub[0].i > 0 else None
    after = doc[sub[-1].i + 1] if sub[-1].i + 1 < len(doc) else None
    return (
        before is not None
        and after is not None
        and before.text in (",", "\u2014", "\u2013")
        and after.text in (",", "\u2014", "\u2013")
        and before.i > head.sent.start
    )


def _around(verb: Token):
    """The clause on both sides of a parenthetical cue: the whole, and its two pieces."""
    text = doc_text(verb.doc)
    whole = _content_range(verb.head, exclude=_subtree_range(verb))
    if whole is None:
        return None, None
    sub = [t for t in verb.subtree if not t.is_punct]
    left = _trim_range(text, whole[0], sub[0].idx)
    lo = sub[-1].idx + len(sub[-1])
    while lo < whole[1] and (text[lo] in _TRAIL_PUNCT):
        lo += 1
    if left is None or lo >= whole[1]:
        return None, None
    return whole, [left, (lo, whole[1])]


def _as_clause(verb: Token, cue: Cue) -> bool:
    """ "As the coach noted, the team ...": a cue in an "as" clause reports the main clause."""
    return (
        verb.dep_ == "advcl"
        and cue.lemma
        not in ("speak", "talk", "shout", "scream", "whisper", "joke", "continue", "ask", "answer")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not _has_right_complement(verb)
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


# What "according to" follows when it names no source: "according to a formula", "according to plan".
NOT_SOURCES = {
    "formula", "plan", "schedule", "rule", "regulation", "procedure", "protocol", "tradition",
    "custom", "script", "timetable", "pattern", "design", "principle", "criterion", "standard",
    "guideline", "instruction", "need", "ability", "size", "age", "weight", "merit", "law",
    "constitution", "calendar", "scale", "method", "model", "programme", "program", "taste",
}  # fmt: skip


def _made_case(tok: Token) -> Draft | None:
    """ "The mayor made the case for a new tram line", "made the case that ...": an argument."""
    if tok.lemma_ != "make" or tok.pos_ != "VERB":
        return None
    case = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "case"), None)
    if case is None:
        return _made_clear(tok)
    if not any(c.dep_ in ("det", "poss") for c in case.children):
        return None
    clause = next((c for c in case.children if c.dep_ in ("acl", "ccomp") and _has_mark_that(c)), None)
    prep = next(
        (
            c
            for c in list(case.children) + list(tok.children)
            if c.dep_ == "prep" and c.lower_ in ("for", "against")
        ),
        None,
    )
    what = clause if clause is not None else prep
    subj = _subject(tok)
    if what is None or subj is None or subj.tag_ in ("WP", "WDT"):
        return None
    text = doc_text(tok.doc)
    speaker = _speaker_from_subject(subj, text)
    content = _content_range(what)
    if speaker is None or content is None:
        return None
    lo = _verb_group(tok)[0]
    return Draft(speaker, (lo, case.idx + len(case)), content, "indirect", "assert")


def _without_leading_time(doc: Doc, content):
    """ "said Monday the bridge would reopen": the day belongs to the saying, not to the clause."""
    first = token_at(doc, content[0])
    if first is None or first.dep_ not in ("npadvmod", "tmod") or first.ent_type_ not in ("DATE", "TIME"):
        return content
    last = first
    while (
        last.i + 1 < len(doc)
        and doc[last.i + 1].ent_iob_ == "I"
        and doc[last.i + 1].ent_type_ == first.ent_type_
    ):
        last = doc[last.i + 1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.idx >= content[1] or nxt.is_punct or first.head.i <= last.i:
        return content
    return nxt.idx, content[1]


# Reporting verbs in the passive with no agent, and adverbs that report: the statement stands
# without a named source ("is said to be unhappy", "it is believed that", "I'm told",
# "reportedly offered"). The speaker is an empty span at the cue, of type "unknown".
PASSIVE_REPORTING = {
    "say": "assert", "report": "report", "believe": "believe", "think": "believe",
    "understand": "assert", "allege": "claim", "rumour": "claim", "rumor": "claim",
    "tell": "assert", "claim": "claim", "fear": "fear", "know": "assert",
}  # fmt: skip
REPORTING_ADVERBS = {
    "reportedly": "report",
    "allegedly": "claim",
    "purportedly": "claim",
    "reputedly": "claim",
}


def _speakerless(tok: Token) -> Draft | None:
    text = doc_text(tok.doc)
    if tok.lower_ in REPORTING_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
        host = tok.head
        if host.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl", "amod") or host.tag_ == "VBG":
            return None
        whole = _content_range(host)
        if whole is None or not (whole[0] < tok.idx and tok.idx + len(tok) < whole[1]):
            return None
        parts = [_trim_range(text, whole[0], tok.idx), (tok.idx + len(tok) + 1, whole[1])]
        if parts[0] is None or parts[1][0] >= parts[1][1]:
            return None
        d = Draft(
            _nobody(tok), (tok.idx, tok.idx + len(tok)), whole, "indirect", REPORTING_ADVERBS[tok.lower_]
        )
        d.extra["parts"] = parts
        return d
    stance = PASSIVE_REPORTING.get(tok.lemma_)
    if stance is None or tok.tag_ != "VBN" or tok.dep_ in ("amod", "acl", "relcl", "compound"):
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i and _clause_like(c)), None)
    inf = next(
        (c for c in kids if c.dep_ == "xcomp" and c.i > tok.i and any(a.lower_ == "to" for a in c.children)),
        None,
    )
    cue = _verb_group(tok)
    first_person = subj is not None and subj.lower_ in ("i", "we")
    if tok.lemma_ == "tell" and not first_person:
        return None  # "residents were told to leave" is an order, not a report
    if clause is not None and (subj is None or subj.lower_ == "it" or first_person):
        content = _content_range(clause)
        if content is None:
            return None
        return Draft(_nobody(tok, cue[0]), cue, content, "indirect", stance)
    if inf is not None and subj is not None and subj.pos_ != "PRON" and tok.lemma_ != "tell":
        # "The striker is said to be unhappy": the subject and the infinitive are the claim
        s_lo = min(t.idx for t in subj.subtree)
        inner = _drop_to(tok.doc, _content_range(inf))
        if inner is None:
            return None
        head_end = max(t.idx + len(t) for t in subj.subtree)
        d = Draft(_nobody(tok, cue[0]), cue, (s_lo, inner[1]), "indirect", stance)
        d.extra["parts"] = [(s_lo, head_end), inner]
        return d
    return None


def _nameless(d: Draft) -> bool:
    return d.speaker.end == d.speaker.start


def _nobody(tok: Token, at: int | None = None) -> SpeakerMention:
    at = tok.idx if at is None else at
    return SpeakerMention(at, at, tok, "unknown")


def _noun_parenthetical(tok: Token, lex) -> Draft | None:
    """ "The researchers, the paper notes, followed ...": the parser took "the paper notes" for
    an apposition with "notes" a plural noun. A present-tense cue form set off by commas, with
    its own determiner, after the subject of a clause, is a parenthetical cue."""
    if tok.dep_ != "appos" or tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return None
    cue = lex.verb(tok)
    if cue is None or cue.lemma not in PARENTHETICAL_CUES:
        return None
    doc = tok.doc
    sub = [t for t in tok.subtree if not t.is_punct]
    if sub[-1].i != tok.i or len(sub) < 2 or not any(t.dep_ in ("det", "poss") for t in sub):
        return None
    before = doc[sub[0].i - 1] if sub[0].i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is None or after is None or before.text != "," or after.text != ",":
        return None
    noun = tok.head
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.pos_ not in ("VERB", "AUX") or clause.i < tok.i:
        return None
    text = doc_text(doc)
    whole = _content_range(clause)
    if whole is None:
        return None
    left = _trim_range(text, whole[0], before.idx)
    right = _content_range(clause, exclude=(whole[0], after.idx + 1))
    if left is None or right is None:
        return None
    speaker = mention_from_head(doc[tok.i - 1], text)
    if speaker is None:
        return None
    speaker.start = sub[0].idx
    if doc[tok.i - 1].lemma_.lower() in DOCUMENT_NOUNS | {
        "paper",
        "study",
        "survey",
        "poll",
        "book",
        "ruling",
    }:
        speaker.type = "document"
    d = Draft(speaker, (tok.idx, tok.idx + len(tok)), whole, "indirect", cue.stance)
    d.extra["parts"] = [left, right]
    return d


# Cues that stand as a parenthetical in present tense ("the paper notes", "the report says").
PARENTHETICAL_CUES = {
    "say", "note", "add", "argue", "write", "claim", "warn", "insist", "report", "explain",
    "believe", "suggest", "conclude", "estimate", "state", "observe", "contend", "allege",
}  # fmt: skip


def _misattached_tail(verb: Token, content):
    """ "described the cuts as a betrayal of staff who had accepted pay freezes during ...": the
    parser hung the end of the content on the cue ("pay freezes" as a clause of its own). A
    dependent of the cue that follows the content with no comma or conjunction between, and is
    no adverbial clause of its own (no "as", "because", "while"), is the rest of the content."""
    doc = verb.doc
    nxt = token_at(doc, content[1])
    if nxt is None or nxt.idx < content[1] or nxt.is_punct or nxt.sent != verb.sent:
        return content
    doc_chars = doc_text(doc)[content[1] : nxt.idx]
    if doc_chars.strip():
        return content
    owner = nxt
    while owner.head.i != owner.i and owner.head != verb:
        owner = owner.head
    if owner.head != verb or owner.i < verb.i or owner.dep_ not in ("advcl", "dobj", "ccomp", "npadvmod"):
        return content
    if any(c.dep_ in ("mark", "advmod") and c.i < owner.i for c in owner.children) or owner.tag_ == "VBG":
        return content
    end = _trim_tokens(list(owner.subtree))
    if not end:
        return content
    return content[0], end[-1].idx + len(end[-1])


def _without_trailing_day(doc: Doc, content):
    """ "laid out a plan to cut 2,000 jobs on Thursday": the day is when it was laid out."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) < 3:
        return content
    last = span[-1]
    prep = last.head
    if (
        last.ent_type_ == "DATE"
        and last.lower_ in WEEKDAYS
        and prep.dep_ == "prep"
        and prep.lower_ == "on"
        and prep.i == last.i - 1
        and prep.i > span.start
    ):
        return _trim_range(doc_text(doc), content[0], prep.idx) or content
    return content


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _made_clear(make: Token) -> Draft | None:
    """ "The senator has made clear that she will not support the nominee", "made it clear"."""
    clear = next(
        (
            c
            for c in make.children
            if c.lower_ in ("clear", "plain") and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
        ),
        None,
    )
    if clear is None:
        return None
    clause = next(
        (c for c in [*clear.children, *make.children] if c.i > clear.i and _has_mark_that(c)),
        None,
    ) or next((c for c in clear.children if c.dep_ == "ccomp" and c.i > clear.i and _clause_like(c)), None)
    subj = _subject(make)
    if clause is None or subj is None or subj.tag_ in ("WP", "WDT"):
        return None
    text = doc_text(make.doc)
    speaker = _speaker_from_subject(subj, text)
    content = _content_range(clause)
    if speaker is None or content is None:
        return None
    d = Draft(speaker, (_verb_group(make)[0], clear.idx + len(clear)), content, "indirect", "assert")
    d.negated = any(c.dep_ == "neg" for c in make.children)
    return d


def _noun_phrase_only(doc: Doc, content) -> bool:
    """The content is a noun phrase with no clause of its own ("three lives", "heavy trucks")."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    return (
        span is not None
        and span.root.pos_ not in ("VERB", "AUX")
        and not any(t.dep_ in ("ccomp", "relcl", "acl", "pcomp") and t.pos_ in ("VERB", "AUX") for t in span)
    )


# Cues whose noun-phrase object has a sense in which things, not speakers, do it: "the fire
# claimed three lives", "the bridge supports heavy trucks".
THING_SENSES = {"claim", "support", "back", "hammer", "blast", "slam", "offer", "present", "list", "detail"}
# Criticism verbs that also name force: "hammered enemy positions", "blasted the bunker".
FORCE_VERBS = {"hammer", "blast", "slam", "pound", "lash"}
MILITARY_WORDS = {
    "army", "navy", "force", "troop", "artillery", "jet", "drone", "missile", "warplane", "military",
    "position", "target", "base", "line", "defence", "defense", "depot", "bunker", "city", "town",
    "village", "coast", "shore", "storm", "wind", "rain", "wave", "rocket", "shell", "gunfire",
}  # fmt: skip


def _military(verb: Token) -> bool:
    words = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    return any(w.lemma_.lower() in MILITARY_WORDS or w.ent_type_ in ("GPE", "LOC", "FAC") for w in words)


def _put_it(put: Token) -> Draft | None:
    """ "As the senator put it, the bill is dead"; "The minister put it simply: there is no
    more money." Saying something a certain way: the clause around, or after the colon."""
    if put.lemma_ != "put" or put.pos_ != "VERB":
        return None
    it = next((c for c in put.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    subj = _subject(put)
    if it is None or subj is None or subj.tag_ in ("WP", "WDT"):
        return None
    doc, text = put.doc, doc_text(put.doc)
    sent = put.sent
    if put.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in put.children):
        content = _content_range(put.head, exclude=_subtree_range(put))
    else:
        colon = next((t for t in doc[it.i + 1 : sent.end] if t.text == ":"), None)
        if colon is None or any(t.pos_ in ("VERB", "AUX") for t in doc[it.i + 1 : colon.i]):
            return None
        content = _trim_range(text, colon.idx + 1, sent.end_char)
        if content is not None:
            lo = content[0]
            while lo < content[1] and text[lo].isspace():
                lo += 1
            content = (lo, content[1])
    speaker = _speaker_from_subject(subj, text)
    if content is None or speaker is None or content[1] <= content[0]:
        return None
    return Draft(speaker, (_verb_group(put)[0], it.idx + len(it)), content, "indirect", "assert")
