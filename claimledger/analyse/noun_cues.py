"""Statements carried by a speech or cognition noun: "Smith's claim that the vote was rigged",
"allegations by rights groups that prisoners were beaten", "lawmakers raised questions about the
reactor", "the union repeated its demand for higher wages", "Russia's denial of any role".

Attribution calls `noun_statements` once its cue pass is done, before speakers are resolved and
statements nested and numbered, so what is found here is ordered, resolved and nested like every
other statement. The nouns, their stances and the complements each takes are data
(resources/noun_cues.tsv).

- the cue is the noun, with the preposition that introduces what was said when it follows the
  noun ("criticism of", "calls for"); the content is the that-clause, the infinitive (without
  "to"), the whether-clause, or the object of that preposition;
- the speaker is the noun's owner: a possessive ("Smith's", "its"), a "by"/"from" phrase, a
  name or an organisation in front of it ("U.S. criticism", "union demands"), or the subject of a
  verb that issues the noun ("the ministry issued a warning that ...");
- a noun with no content ("Neither claim could be verified") or no speaker ("Fears that the
  strike would spread pushed rates higher") gives nothing: a record's speaker is a span of text;
- a statement the cue pass already has (its cue overlaps, or the same speaker says the same
  content, as in "expressed concern that") is not made twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from claimledger.analyse.attribution import (
    MAX_SENTENCE_TOKENS,
    Draft,
    _classify_quotes,
    _content_range,
    _drop_to,
    _subject,
)
from claimledger.analyse.parsed import doc_text, sentences
from claimledger.analyse.speakers import SpeakerMention, mention_from_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimledger.analyse.quotes import Quote


@dataclass(frozen=True)
class NounCue:
    lemma: str
    stance: str
    complements: frozenset[str]  # "that", "to", "whether" or prepositions ("of", "about", ...)
    market: bool = False  # also a market's demand: "China's demand for oil" says nothing


@dataclass(frozen=True)
class NounLexicon:
    nouns: dict[str, NounCue]
    issuing_verbs: frozenset[str]  # "issued a warning": the subject owns the noun


@lru_cache(maxsize=1)
def noun_lexicon() -> NounLexicon:
    nouns: dict[str, NounCue] = {}
    verbs: set[str] = set()
    text = resources.files("claimledger.resources").joinpath("noun_cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if row[0] == "noun":
            market = len(row) > 4 and row[4] == "market"
            nouns.setdefault(row[1], NounCue(row[1], row[2], frozenset(row[3].split(",")), market))
        elif row[0] == "verb":
            verbs.add(row[1])
    return NounLexicon(nouns, frozenset(verbs))


# A possessive pronoun owner stands for the pronoun the resolver knows: "his warning" is "he".
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "i"}
PRONOUN_TYPES = {
    "he": "person",
    "she": "person",
    "it": "organisation",
    "they": "group",
    "we": "group",
    "i": "person",
}
# "no claim that", "neither claim": nobody made one.
NOBODY = {"no", "neither", "any", "every"}
# Verbs of which a speech noun is the object inside a relative clause: "the claim that he made",
# "the warning that the ministry issued" are relative clauses, not what was claimed or warned.
NOUN_TAKING_VERBS = {
    "deny", "reject", "dismiss", "hear", "receive", "investigate", "dispute", "contest", "challenge",
    "question", "verify", "confirm", "check", "cite", "accept", "support", "welcome", "ignore",
    "address", "answer", "withdraw", "retract", "see", "read", "write", "post", "examine", "study",
    "consider", "discuss", "prompt", "spark", "trigger", "draw", "face", "heed", "repeat", "do",
}  # fmt: skip
OWNER_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
SPEAKING_TYPES = {"person", "organisation", "country", "group"}


def noun_statements(doc: Doc, found: list[Draft], quotes: list[Quote], consumed: set[int]) -> list[Draft]:
    """Statements carried by speech nouns that the cue pass did not already find, in text order."""
    text = doc_text(doc)
    for earlier in found:
        _possessive_pronoun(earlier, text)
    lex = noun_lexicon()
    sents = sentences(doc)
    out: list[Draft] = []
    for tok in doc:
        if tok.pos_ != "NOUN":
            continue
        cue = lex.nouns.get(tok.lemma_.lower())
        if cue is None:
            continue
        lo, hi = sents.bounds(tok.i)
        if hi - lo > MAX_SENTENCE_TOKENS:
            continue
        d = _statement(tok, cue, lex)
        if d is None or any(_same(d, o) for o in (*found, *out)):
            continue
        if any(q.start_inner <= tok.idx < q.end_inner for q in quotes):
            # a speaker's own words ("our promise") are theirs already; a third party's noun
            # inside a quotation keeps its clause, not the whole quotation
            if d.speaker.pronoun in ("i", "we", "you"):
                continue
        else:
            _classify_quotes(d, quotes, consumed, text)
        out.append(d)
    return out


def _possessive_pronoun(d: Draft, text: str) -> None:
    """The cue pass reads "his claim that ..." with "his" as a speaker of unknown type; it is the
    pronoun "he", or the subject it is bound to ("Moscow repeated its claim")."""
    m = d.speaker
    if m.pronoun is None and m.head.tag_ == "PRP$" and m.head.lower_ in POSSESSIVE_PRONOUNS:
        d.speaker = _bound_pronoun(m.head, m.head.head, text)


def _statement(noun: Token, cue: NounCue, lex: NounLexicon) -> Draft | None:
    if any(c.dep_ == "det" and c.lower_ in NOBODY for c in noun.children):
        return None
    found = _content(noun, cue)
    if found is None:
        return None
    content, prep = found
    speaker = _speaker(noun, content, lex)
    if speaker is None or content[0] <= speaker.start < content[1]:
        return None
    if (
        cue.market
        and prep is not None
        and noun.tag_ == "NN"
        and not (speaker.pronoun or speaker.type in ("person", "organisation"))
    ):
        return None
    end = prep.idx + len(prep) if prep is not None and prep.i == noun.i + 1 else noun.idx + len(noun)
    d = Draft(speaker, (noun.idx, end), content, "indirect", cue.stance)
    span = noun.doc.char_span(content[0], content[1], alignment_mode="expand")
    to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i), None)
    if to is not None and "to" not in cue.complements and to.idx < content[0]:
        # "Beijing's warning to Manila over the shoal"
        obj = next((p for p in to.children if p.dep_ == "pobj"), None)
        d.addressee = _content_range(obj) if obj is not None else None
    d.conditional = any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in span or ())
    return d


# ---------------------------------------------------------------- what was said


def _content(noun: Token, cue: NounCue) -> tuple[tuple[int, int], Token | None] | None:
    """(content range, the preposition or "saying" that introduces it, or None) for a speech noun."""
    right = [c for c in noun.children if c.i > noun.i]
    if "that" in cue.complements:
        clause = next((c for c in right if _that_clause(c)), None)
        if clause is None:
            # "allegations by rights groups that ...": the parser hangs the clause on the owner
            for c in right:
                if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        clause = next((g for g in pobj.children if g.i > pobj.i and _that_clause(g)), None)
                if clause is not None:
                    break
        if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "His claim was that the count had been rigged"
            clause = next((c for c in noun.head.children if c.i > noun.head.i and _that_clause(c)), None)
        if clause is not None:
            r = _content_range(clause)
            return (r, None) if r else None
        r = _clause_above(noun)
        if r is not None:
            return r, None
    saying = next((c for c in right if c.dep_ == "acl" and c.lower_ in ("saying", "stating")), None)
    clause = next((c for c in saying.children if c.dep_ == "ccomp"), None) if saying is not None else None
    if saying is not None and clause is not None:
        # "an appeal from the Red Cross saying civilians must be let out": "saying" joins the cue
        r = _content_range(clause)
        return (r, saying) if r else None
    if "to" in cue.complements:
        inf = next(
            (
                c
                for c in right
                if c.dep_ in ("acl", "xcomp", "relcl")
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
            ),
            None,
        )
        if inf is not None:
            r = _drop_to(noun.doc, _content_range(inf))
            return (r, None) if r else None
    preps = [c for c in right if c.dep_ == "prep"]
    after = noun.right_edge.i + 1
    if noun.dep_ == "dobj" and after < len(noun.doc) and noun.doc[after].head == noun.head:
        # "renewed its calls for an inquiry": the parser hung the preposition on the verb
        preps += [t for t in (noun.doc[after],) if t.dep_ == "prep"]
    for prep in preps:
        low = prep.lower_
        obj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        if "whether" in cue.complements and obj.left_edge.lower_ == "whether":
            r = _content_range(obj)
            return (r, prep) if r else None
        if low not in cue.complements or low == "that":
            continue
        if low == "of" and _owner_like(obj):
            continue  # "the warning of the general": who warned, not what
        r = _content_range(obj)
        if r is not None:
            return r, prep
    if "whether" in cue.complements:
        clause = next(
            (c for c in right if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "whether"), None
        )
        if clause is not None:
            r = _content_range(clause)
            return (r, None) if r else None
    return None


def _that_clause(c: Token) -> bool:
    """A clause after a speech noun that is its content ("the claim that the vote was rigged"),
    not a relative clause about the noun ("the claim that he made", "claims that surfaced")."""
    if c.dep_ not in ("acl", "ccomp", "appos", "relcl") or c.pos_ not in ("VERB", "AUX"):
        return False
    first = c.left_edge
    if first.lower_ != "that":
        return False
    if first.dep_ == "mark":
        return True
    if first.dep_ in ("nsubj", "nsubjpass"):
        return False
    # "that" read as the relative pronoun: a content clause has a subject of its own, and its verb
    # is not one that takes a statement as object
    has_subject = any(s.dep_ in ("nsubj", "nsubjpass") and s.i != first.i for s in c.children)
    return (
        has_subject
        and c.lemma_.lower() not in NOUN_TAKING_VERBS
        and c.lemma_.lower() not in noun_lexicon().issuing_verbs
    )


def _clause_above(noun: Token) -> tuple[int, int] | None:
    """ "Claims by X that 150,000 men would be summoned were a provocation", parsed with the
    noun as the subject of the that-clause's verb: the clause runs from after "that" through the
    verb's own dependents, without a subjectless predicate hung on it ("were a provocation")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i < noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    that = next(
        (c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > noun.right_edge.i),
        None,
    )
    if that is None:
        return None
    drop = {t.i for t in noun.subtree}
    for c in verb.children:
        if (
            c.i > verb.i
            and c.dep_ in ("advcl", "conj", "parataxis")
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ):
            drop.update(t.i for t in c.subtree)
    doc = noun.doc
    hi = that.i
    while hi + 1 <= verb.right_edge.i and hi + 1 not in drop:
        hi += 1
    if hi <= that.i:
        return None
    return _trim(doc, that.i + 1, hi)


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space) and doc[hi].text not in "\u201d\"')":
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _owner_like(tok: Token) -> bool:
    return tok.ent_type_ in OWNER_ENTITIES or tok.pos_ == "PROPN"


# ---------------------------------------------------------------- who said it


def _speaker(noun: Token, content: tuple[int, int], lex: NounLexicon) -> SpeakerMention | None:
    text = doc_text(noun.doc)

    def outside(t: Token) -> bool:
        return not content[0] <= t.idx < content[1]

    for c in noun.children:
        # "The ministry’s warning", also where the parser took the owner for a subject
        owned = c.dep_ == "poss" or (
            c.i < noun.i and any(g.dep_ == "case" and g.tag_ == "POS" for g in c.children)
        )
        if owned and outside(c):
            if c.lower_ in POSSESSIVE_PRONOUNS and c.tag_ == "PRP$":
                return _bound_pronoun(c, noun, text)
            return mention_from_head(c, text)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and c.i > noun.i and outside(c):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is None or (c.lower_ == "of" and not _owner_like(pobj)):
                continue
            m = mention_from_head(pobj, text)
            if m is not None:
                m.end = min(m.end, content[0]) if m.start < content[0] < m.end else m.end
                return m
    for c in noun.children:
        # "U.S. criticism of", "Russian denials of", "union demands for"
        if (
            c.dep_ in ("compound", "amod", "nmod")
            and c.i < noun.i
            and (c.ent_type_ in OWNER_ENTITIES or c.dep_ != "amod")
        ):
            m = mention_from_head(c, text)
            if m is not None and m.type in SPEAKING_TYPES:
                return m
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lex.issuing_verbs:
        subj = _subject(verb)
        if subj is not None and subj.tag_ not in ("WP", "WDT") and subj.dep_ != "expl" and outside(subj):
            return mention_from_head(subj, text)
    return None


def _bound_pronoun(pron: Token, noun: Token, text: str) -> SpeakerMention:
    """A possessive pronoun owner: "Moscow repeated its claim that ..." is Moscow's claim, so the
    mention is the pronoun as it stands, described as the clause's subject when that subject is
    a name or description the pronoun agrees with; otherwise the pronoun, for the resolver."""
    p = POSSESSIVE_PRONOUNS[pron.lower_]
    plain = SpeakerMention(pron.idx, pron.idx + len(pron), pron, PRONOUN_TYPES[p], pronoun=p)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "stood by its demand"
    elif noun.dep_ != "dobj":
        return plain
    # only verbs that issue or keep up one's own words: "the court rejected its claim" is
    # somebody else's claim
    if p in ("i", "we") or verb.lemma_.lower() not in noun_lexicon().issuing_verbs:
        return plain
    subj = _subject(verb)
    if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("WP", "WDT") or subj.i > noun.i:
        return plain
    m = mention_from_head(subj, text)
    agrees = {
        "he": {"person"},
        "she": {"person"},
        "it": {"organisation", "country", "document"},
        "they": {"group"},
    }
    if m is None or m.type not in agrees.get(p, set()) or (p == "it" and subj.tag_ in ("NNS", "NNPS")):
        return plain
    m.start, m.end, m.head = plain.start, plain.end, pron
    return m


def _same(d: Draft, o: Draft) -> bool:
    """The cue pass already has this statement: the cues overlap, or the same speaker says it."""
    return _overlap(d.cue, o.cue) or (
        _overlap(d.content, o.content)
        and _overlap((d.speaker.start, d.speaker.end), (o.speaker.start, o.speaker.end))
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
