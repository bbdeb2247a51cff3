"""The finders: persons, organisations from the table, noun phrases headed by a sector noun,
and countries, capitals, demonyms and groups where they act. Each mention is coded from its
own words; what the rest of the article says comes after (article.py)."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from claimledger.analyse.actors.lookup import _cap, _phrase_ends, _scan, _title_words
from claimledger.analyse.actors.mentions import ActorMention
from claimledger.analyse.actors.words import (
    AGENT_PREPS,
    CC_WORDS,
    COMM_VERBS,
    LEFT_DEPS,
    LOCATIVE_PREPS,
    MOD_DEPS,
    MOTION_VERBS,
    NEEDS_OWNER,
    NON_NAME_ENTS,
    NON_STATE_ARMED,
    NOT_OWNER_AFTER,
    PARTICLES,
    PLACE_NOUNS,
    SPATIAL_PREPS,
    STATE_SECTORS,
    STRIP_WORDS,
)
from claimledger.analyse.parsed import doc_text
from claimledger.resources.actors import actor_dictionary, fold
from claimledger.resources.countries import government_name
from claimledger.resources.cues import cue_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimledger.analyse.actors.mentions import Match


class ActorFinder:
    """Finds and codes the actor mentions of one parsed article, each from its own words."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)  # spaCy rebuilds Doc.text on every access
        self.d = actor_dictionary()
        self.matches = _scan(doc, self.text)
        self.consumed = [False] * len(doc)
        self.mentions: list[ActorMention] = []

    def find(self) -> list[ActorMention]:
        self._persons()
        self._organisations()
        self._noun_phrases()
        self._countries()
        return self.mentions

    def _match(self, i) -> Match | None:
        return self.matches[i]

    def _head_of(self, start, end):
        doc = self.doc
        for k in range(end - 1, start - 1, -1):
            h = doc[k].head
            if h.i < start or h.i >= end or doc[k].head.i == k:
                return doc[k]
        return doc[end - 1]

    def _left(self, head, start) -> int:
        """First token of the modifiers in front of `start` that belong to `head`'s phrase."""
        doc = self.doc
        lo = start
        edge = head.left_edge.i
        k = start - 1
        while k >= edge:
            t = doc[k]
            if self.consumed[k] or t.is_space or "\n" in t.text:
                break
            if (
                t.text == ","
                and k - 1 >= edge
                and doc[k - 1].dep_ in ("amod", "compound", "nmod")
                and self._match(k - 1) is not None
                and self._match(k + 1) is not None
            ):
                # "French, German and Italian leaders": a list of owners, one phrase
                lo = k
                k -= 1
            elif t.dep_ in LEFT_DEPS or (t.is_punct and t.text in "-'\u2019\u2010\u2011"):
                if t.is_punct and t.text in ',;:()\u2014\u2013"\u201c\u201d':
                    break
                lo = k
                k -= 1
            else:
                break
        while (
            lo < start
            and self._strippable(doc[lo])
            and not (head.pos_ == "PROPN" and doc[lo].text[:1].isdigit() and doc[lo].ent_type_ == "ORDINAL")
        ):
            lo += 1  # ... but "the 59th Brigade" keeps its number
        return lo

    def _strippable(self, t) -> bool:
        if self._match(t.i):
            return False
        return (
            t.dep_ in ("det", "predet", "nummod", "quantmod", "cc", "prep")
            or t.like_num
            or t.is_punct
            or t.ent_type_ in ("ORDINAL", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE")
            or t.lower_ in STRIP_WORDS
            or t.pos_ in ("DET", "PRON", "NUM", "ADP", "CCONJ")
        )

    def _head_entry(self, t):
        """The longest sector phrase that ends at token t: (entry, index of its first token)."""
        doc = self.doc
        text = self.text
        longest = _phrase_ends().get(fold(t.text), 1)
        for w in range(min(longest + 2, t.i + 1), 0, -1):
            first = doc[t.i - w + 1]
            if first.is_space or first.is_punct:
                continue
            chunk = text[first.idx : t.idx + len(t)]
            if "\n" in chunk:
                continue
            e = self.d.heads.get(fold(chunk))
            if e:
                return e, first.i
        e = self.d.heads.get(t.lemma_.lower())
        if e and t.pos_ in ("NOUN", "PROPN"):
            return e, t.i
        return None, t.i

    def _mod_sector(self, t) -> tuple[str | None, bool]:
        """(sector, overriding?) of token t used as a modifier."""
        m = self._match(t.i)
        if m is not None:
            if m.kind == "org":
                return m.obj.sector, False
            if m.kind == "seat":
                return "GOV", False
            return None, False
        doc = self.doc
        for w in (2, 1):
            if t.i - w + 1 < 0:
                continue
            chunk = self.text[doc[t.i - w + 1].idx : t.idx + len(t)]
            e = self.d.mods.get(fold(chunk)) or self.d.heads.get(fold(chunk))
            if e and e.sector:
                return e.sector, e.strength == "override"
        return None, False

    def _sector(self, entry, mods, comps) -> str | None:
        """The sector of a phrase: an overriding modifier, a deciding head, the nearest modifier
        with a sector, then the complement ("head of the ... Council"), then the head's default."""
        found = [self._mod_sector(t) for t in mods]
        for s, override in found:
            if s and override:
                return s
        if entry is not None and entry.strength in ("head", "override") and entry.sector:
            return entry.sector
        for s, _ in reversed(found):
            if s:
                return s
        for t in reversed(comps):
            if t.pos_ in ("NOUN", "PROPN", "ADJ"):
                s, _ = self._mod_sector(t)
                if s:
                    return s
        return entry.sector if entry is not None else None

    def _owners(self, lo, hi, kinds=("country", "demonym", "seat", "org", "group", "person")) -> list[Match]:
        """Country-bearing dictionary phrases in doc[lo:hi], without "pro-Russian" or "Iran-backed"."""
        doc = self.doc
        out = []
        k = lo
        while k < hi:
            m = self._match(k)
            if m is None or m.kind not in kinds:
                k += 1
                continue
            k = m.end
            before = doc[m.start - 1].lower_ if m.start > 0 else ""
            before2 = doc[m.start - 2].lower_ if m.start > 1 else ""
            if before in ("pro", "anti", "pro-", "anti-") or (before == "-" and before2 in ("pro", "anti")):
                continue
            if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in NOT_OWNER_AFTER:
                continue
            if m.kind == "org" and m.obj.country is None and not m.obj.code.startswith(("IGO", "NGO", "IMG")):
                continue
            if (
                m.kind == "group"
                and m.obj.type == "region"
                and m.end < len(doc)
                and doc[m.end].pos_ == "PROPN"
            ):
                continue
            if m.kind == "person" and not (m.end < len(doc) and doc[m.end].dep_ == "case"):
                continue  # a known person owns only in the possessive: "Zelenskyy's chief of staff"
            out.append(m)
        return out

    @staticmethod
    def _owner_code(m: Match) -> tuple[str | None, str | None, str | None]:
        """(country, sector, whole code) that an owner phrase gives."""
        if m.kind in ("country", "demonym"):
            return m.obj.iso3, None, None
        if m.kind == "seat":
            return m.obj.iso3, "GOV", None
        if m.kind == "org":
            if m.obj.country is None:
                return None, None, m.obj.code
            return m.obj.country, m.obj.sector, None
        if m.kind == "group":
            return m.obj.code, None, None
        if m.kind == "person":
            return (m.obj.country, None, None) if m.obj.country else (None, None, m.obj.code)
        return None, None, None

    def _text(self, lo, hi) -> str:
        doc = self.doc
        return self.text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1])]

    def _add(self, m: ActorMention) -> ActorMention:
        for k in range(m.start, m.end):
            self.consumed[k] = True
        self.mentions.append(m)
        return m

    def _free(self, lo, hi) -> bool:
        return not any(self.consumed[k] for k in range(lo, hi))

    def _name_token(self, t) -> bool:
        m = self._match(t.i)
        if m is not None and m.kind != "person":
            return False
        if t.ent_type_ in NON_NAME_ENTS or not _cap(t) or not any(c.isalpha() for c in t.text):
            return False
        if not (t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or m is not None):
            return False
        if t.text in ("'s", "\u2019s"):
            return False
        return fold(t.text) not in _title_words()[0] or m is not None

    def _runs(self):
        doc = self.doc
        n = len(doc)
        i = 0
        while i < n:
            if not self._name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = doc[j]
                prev = doc[j - 1]
                if self._name_token(t) and not prev.is_space:
                    j += 1
                elif (
                    t.text in "-\u2010\u2011"
                    and not prev.whitespace_
                    and not t.whitespace_
                    and j + 1 < n
                    and doc[j + 1].is_alpha
                ):
                    j += 2
                elif (
                    t.lower_ in PARTICLES
                    and j + 1 < n
                    and (
                        self._name_token(doc[j + 1])
                        or (
                            doc[j + 1].text in "-\u2010\u2011"
                            and not t.whitespace_
                            and j + 2 < n
                            and self._name_token(doc[j + 2])
                        )
                    )
                ):
                    j += 1
                else:
                    break
            yield i, j
            i = j

    def _persons(self):
        doc = self.doc
        d = self.d
        _, person_titles = _title_words()
        candidates = []
        for i, j in self._runs():
            name = self._text(i, j)
            head = self._head_of(i, j)
            table = d.person(name)
            ner = any(doc[k].ent_type_ == "PERSON" for k in range(i, j))
            prev = doc[i - 1] if i > 0 else None
            titled = prev is not None and fold(prev.text) in person_titles and not prev.is_space
            appos = self._appos_role(head)
            acronym = all(doc[k].is_upper for k in range(i, j) if doc[k].is_alpha) and len(name) <= 6
            other_ent = all(
                doc[k].ent_type_
                in ("GPE", "LOC", "FAC", "NORP", "ORG", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE")
                for k in range(i, j)
            )
            # NER alone is trusted for full names only: a lone capitalised word it calls a person
            # ("Zaporizhzhia", "Kyiv") must be the surname of someone named in full elsewhere.
            full = sum(1 for k in range(i, j) if doc[k].is_alpha and len(doc[k].text) > 1) >= 2
            evidence = (
                table is not None
                or (ner and not acronym and full)
                or ((titled or appos is not None) and not (acronym and not titled))
            )
            if other_ent and not (table or titled or appos is not None):
                evidence = False
            if evidence and not (table or titled or appos is not None) and self._place_like(head):
                evidence = False
            if evidence and not table and prev is not None and prev.pos_ == "NOUN":
                e, _ = self._head_entry(prev)
                if e is not None and e.type == "organisation":
                    evidence = False  # "grid operator Voltaris": a described organisation
            candidates.append((i, j, name, head, evidence, appos))
        accepted = [c for c in candidates if c[4]]
        surnames = {fold(c[2].split()[-1]) for c in accepted} | {fold(c[2]) for c in accepted}
        for c in candidates:
            if (
                not c[4]
                and fold(c[2]) in surnames
                and not any(
                    (mk := self._match(k)) is not None and mk.kind != "person" for k in range(c[0], c[1])
                )
            ):
                accepted.append(c)
        accepted.sort()
        for i, j, name, head, _, appos in accepted:
            if not self._free(i, j):
                continue
            lo = self._left(head, i)
            role_tokens = list(doc[lo:i])
            role_entry = None
            title_at = None
            for t in reversed(role_tokens):
                e, _s = self._head_entry(t)
                if e is not None and e.type == "person":
                    role_entry, title_at = e, t.i
                    break
            if role_tokens and role_entry is None:
                # "Ukraine's Kovalenko": a possessive or a demonym alone is a country, not a title.
                lo = lo if self._owners(lo, i) else i
            parts = []
            if lo < i:
                parts.append(self._text(lo, i))
            country = sector = whole = None
            owners = self._owners(lo, i)
            if owners:
                country, sector, whole = self._owner_code(owners[0])
            mods = list(doc[lo:title_at]) if title_at is not None else []
            if role_entry is not None:
                sector = self._sector(role_entry, mods, []) or sector
            role_word, role_words = (
                (doc[title_at].lower_ if title_at is not None else None),
                {fold(t.text) for t in role_tokens},
            )
            if appos is not None:
                a_head, a_lo, a_hi, a_tokens = appos
                parts.append(self._text(a_lo, a_hi).strip(" ,"))
                a_entry, _ = self._head_entry(a_head)
                a_mods = list(doc[a_lo : a_head.i])
                a_comps = [t for t in a_tokens if t.i > a_head.i]
                a_owners = self._owners(a_lo, a_hi)
                if a_owners and country is None and whole is None:
                    country, s2, whole = self._owner_code(a_owners[0])
                    sector = sector or s2
                if sector is None:
                    sector = self._sector(a_entry, a_mods, a_comps)
                if role_word is None:
                    role_word = a_head.lower_
                role_words |= {fold(t.text) for t in a_tokens}
                # The appositive noun phrase describes this person: it is not a mention of its own,
                # nor is anything inside it ("Zelenskyy's chief of staff, Andriy Yermak").
                for k in range(a_lo, a_head.i + 1):
                    self.consumed[k] = True
                self.mentions = [x for x in self.mentions if not (a_lo <= x.start and x.end <= a_head.i + 1)]
            role = ", ".join(parts) or None
            m = ActorMention(
                lo,
                j,
                head.i,
                "person",
                name=name,
                country=country,
                sector=sector,
                whole=whole,
                role=role,
                explicit=country is not None,
                source="person",
            )
            if country is None and whole is None:
                # "its director, Darius Vaitkus": the owner is the organisation "its" refers to.
                scope = list(head.lefts) + (list(appos[0].lefts) if appos is not None else [])
                m.poss_at = next(
                    (t.i for t in scope if t.dep_ == "poss" and t.lower_ in ("its", "their")), None
                )
            m.title = (role_word, frozenset(role_words)) if role_word else None
            self._add(m)

    def _place_like(self, head) -> bool:
        """A name that NER calls a person but the parse puts where places go: "in Khan Younis",
        "the village of Bilozerka", "the Zaporizhzhia nuclear plant"."""
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        dep = head.dep_
        if dep in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            e, _ = self._head_entry(head.head)
            return e is None or e.type != "person"
        if dep == "pobj":
            p = head.head
            if p.lower_ in LOCATIVE_PREPS:
                return True
            if p.lower_ == "to" and p.head.lower_ != "according" and p.head.lemma_.lower() not in COMM_VERBS:
                return True
            if p.lower_ == "of" and p.head.lemma_.lower() in PLACE_NOUNS:
                return True
        return False

    def _appos_role(self, head):
        """(role head, first, end, tokens) of an apposition describing a name: ", head of ..." or
        "Ukraine's top general, Oleksandr Syrskyi"."""
        doc = self.doc
        for c in head.children:
            if c.dep_ == "appos" and c.i > head.i and c.pos_ in ("NOUN", "PROPN"):
                e, _ = self._head_entry(c)
                if e is not None and e.type == "person" and not self._name_token(c):
                    sub = [t for t in c.subtree if not (t.is_punct and t.text in ",;()")]
                    if not sub:
                        continue
                    lo = self._left(c, c.i)
                    stop = sub[-1].i + 1
                    for t in sub:
                        if t.text in (",", ";", ")") and t.i > c.i:
                            stop = t.i
                            break
                    return c, lo, stop, [t for t in sub if t.i < stop]
        if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
            h = head.head
            e, _ = self._head_entry(h)
            if e is not None and e.type == "person":
                lo = self._left(h, h.i)
                return h, lo, h.i + 1, list(doc[lo : h.i + 1])
        return None

    def _organisations(self):
        doc = self.doc
        seen = set()
        for m in self.matches:
            if m is None or m.kind != "org" or id(m) in seen or not self._free(m.start, m.end):
                continue
            seen.add(id(m))
            h = self._head_of(m.start, m.end)
            if h.dep_ in MOD_DEPS and (h.head.i < m.start or h.head.i >= m.end):
                continue  # "NATO troops", "IAEA report": the phrase's head decides
            if m.end + 1 < len(doc) and doc[m.end].text in "-\u2010\u2011" and not doc[m.end - 1].whitespace_:
                continue  # "Houthi-run", "Iran-backed": part of a modifier
            lo = self._left(h, m.start)
            if m.start > 0 and not self.consumed[m.start - 1]:
                # "Russian state news agency TASS", however the parse attaches the name.
                e, hs = self._head_entry(doc[m.start - 1])
                if e is not None and e.type == "organisation" and doc[m.start - 1].pos_ == "NOUN":
                    lo = min(lo, self._left(doc[m.start - 1], hs))
            org = m.obj
            mention = ActorMention(
                lo,
                m.end,
                h.i,
                "organisation",
                name=org.name,
                whole=None if org.country else org.code,
                country=org.country,
                sector=org.sector,
                explicit=org.country is not None,
                source="org",
            )
            self._add(mention)

    def _noun_phrases(self):
        doc = self.doc
        for t in doc:
            if self.consumed[t.i] or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.dep_ in MOD_DEPS and t.head.i > t.i:
                continue
            if t.dep_ == "conj" and t.head.dep_ in MOD_DEPS and t.head.head.i > t.i:
                continue
            m = self._match(t.i)
            if m is not None and m.kind != "person":
                continue
            entry, hs = self._head_entry(t)
            name = None
            if entry is None and t.pos_ == "PROPN":
                # An organisation the table lacks, described by a sector noun: "grid operator Ukrenergo".
                for c in t.lefts:
                    if c.dep_ == "compound" and c.pos_ == "NOUN":
                        e, s = self._head_entry(c)
                        if e is not None and e.type == "organisation":
                            entry, hs = e, s
                            first_name = c.i + 1
                            name = self._text(first_name, t.i + 1)
                            break
            if entry is None:
                continue
            if any(self.consumed[k] for k in range(hs, t.i + 1)):
                continue
            if (
                t.lower_ in NEEDS_OWNER
                and hs == t.i
                and not any(self._match(c.i) or self._mod_sector(c)[0] for c in t.lefts)
            ):
                continue  # "earlier intelligence": information, not an agency
            lo = self._left(t, hs)
            hi = t.i + 1
            comps = []
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    pob = [x for x in c.children if x.dep_ == "pobj"]
                    if not pob:
                        continue
                    sub = list(c.subtree)
                    body = [x for x in sub[1:] if not (x.dep_ == "det" or x.is_punct)]
                    if (
                        body
                        and all(self._match(x.i) is not None or x.pos_ == "PROPN" for x in body)
                        and self._free(c.i, sub[-1].i + 1)
                        and "\n" not in self._text(c.i, sub[-1].i + 1)
                    ):
                        comps.extend(sub)
                        hi = sub[-1].i + 1
            if entry.type == "person" and entry.strength == "weak":
                # "a spokesman for the Israel Defense Forces", "an official at the ministry"
                for c in t.rights:
                    if c.dep_ == "prep" and c.lower_ in ("for", "at", "with", "of", "in") and c.i >= hi:
                        comps.extend(c.subtree)
            if not self._free(lo, hi):
                lo = max(lo, max((k + 1 for k in range(lo, hs) if self.consumed[k]), default=lo))
            owners = self._owners(lo, hs) + self._owners(t.i + 1, hi)
            if not owners and comps:
                owners = self._owners(comps[0].i, comps[-1].i + 1)
            mods = list(doc[lo:hs])
            sector = self._sector(entry, mods, comps)
            country = whole = None
            if owners:
                country, s2, whole = self._owner_code(owners[0])
                if sector is None or (entry.strength == "weak" and s2 and not self._own_sector(mods)):
                    sector = s2 or sector
                if s2 in NON_STATE_ARMED and (entry.sector in STATE_SECTORS or entry.sector is None):
                    sector = s2  # "Hamas commander", "Wagner fighters"
                if (
                    owners[0].kind == "group"
                    and owners[0].obj.type == "ethnic group"
                    and entry.strength == "weak"
                    and sector == "MIL"
                ):
                    sector = "REB"  # "Tigrayan fighters": an ethnic group's fighters are no state's army
            if entry.sector is None and not owners:
                continue  # "inspectors", "experts" of nobody in particular
            if (
                entry.strength == "weak"
                and entry.type == "organisation"
                and not owners
                and not self._own_sector(mods)
                and not any(x.pos_ == "PROPN" for x in mods)
            ):
                continue  # "the department", "the office": too vague without an owner or a name
            if (
                not owners
                and entry.type == "organisation"
                and t.dep_ == "pobj"
                and t.head.lower_ in SPATIAL_PREPS
            ):
                continue  # "outside the parliament": a building, not an actor
            typ = entry.type or "group"
            if t.pos_ == "PROPN" and typ == "group":
                typ = "organisation"
            # "between Ukrainian and North Korean soldiers": each coordinated owner is a mention.
            split = self._coordinated(owners, lo, hs)
            if split:
                for o in split[:-1]:
                    c2, s3, w2 = self._owner_code(o)
                    self._add(
                        ActorMention(
                            o.start,
                            o.end,
                            o.end - 1,
                            typ,
                            name=self._text(o.start, o.end),
                            country=c2,
                            sector=sector or s3,
                            whole=w2,
                            explicit=True,
                            source="np",
                        )
                    )
                lo = split[-1].start
                owners = [split[-1]]
                country, _, whole = self._owner_code(owners[0])
            if name is None:
                name = self._text(lo, hi)
                if t.pos_ == "PROPN" and typ == "organisation":
                    # "Ukraine's National Security and Defense Council" is named without its owner.
                    case = max((k for k in range(lo, hs) if doc[k].dep_ == "case"), default=None)
                    if case is not None and case + 1 < hi:
                        name = self._text(case + 1, hi)
            mention = ActorMention(
                lo,
                hi,
                t.i,
                typ,
                name=name,
                country=country,
                sector=sector,
                whole=whole,
                explicit=bool(owners),
                source="np",
            )
            if typ == "person" and (t.tag_ in ("NN", "NNP") or t.pos_ == "PROPN"):
                mention.title = (t.lower_, frozenset(fold(x.text) for x in doc[lo:hi]))
            if not owners and t.dep_ == "conj":
                # "North Korean soldiers and officers": a bare conjunct shares its partner's owner.
                partner = next((x for x in self.mentions if x.head == t.head.i and x.country), None)
                if partner is not None and not mods:
                    mention.country, mention.explicit = partner.country, True
            self._add(mention)

    def _own_sector(self, mods) -> bool:
        return any(self._mod_sector(t)[0] for t in mods if self._match(t.i) is None)

    def _coordinated(self, owners, lo, hs):
        if len(owners) < 2:
            return None
        doc = self.doc
        codes = {self._owner_code(o) for o in owners}
        if len(codes) < 2:
            return None
        for a, b in itertools.pairwise(owners):
            between = doc[a.end : b.start]
            if not any(x.lower_ in CC_WORDS or x.text == "," for x in between):
                return None
        return owners

    def _countries(self):
        seen = set()
        for m in self.matches:
            if m is None or id(m) in seen or m.kind in ("org", "person"):
                continue
            seen.add(id(m))
            if not self._free(m.start, m.end):
                continue
            h = self._head_of(m.start, m.end)
            if h.dep_ in MOD_DEPS and (h.head.i >= m.end or h.head.i < m.start):
                continue
            if m.kind == "demonym":
                if h.pos_ in ("NOUN", "PROPN") and h.dep_ not in ("amod",) and self._people_word(m):
                    self._add(
                        ActorMention(
                            m.start,
                            m.end,
                            h.i,
                            "group",
                            name=self._text(m.start, m.end),
                            country=m.obj.iso3,
                            explicit=True,
                            source="demonym",
                        )
                    )
                continue
            if m.kind == "group":
                g = m.obj
                if g.type == "region":
                    if self._agentive(h) and not (m.end < len(self.doc) and self.doc[m.end].pos_ == "PROPN"):
                        self._add(
                            ActorMention(
                                m.start,
                                m.end,
                                h.i,
                                "region",
                                name=g.name,
                                country=g.code,
                                explicit=True,
                                source="region",
                            )
                        )
                elif (
                    h.pos_ in ("NOUN", "PROPN")
                    and self.doc[m.end - 1].text.lower().endswith(("s", "a", "o", "z", "n", "i"))
                    and h.tag_ in ("NNS", "NNPS", "NNP", "NN")
                ):
                    self._add(
                        ActorMention(
                            m.start,
                            m.end,
                            h.i,
                            "ethnic group",
                            name=g.name,
                            country=g.code,
                            explicit=True,
                            source="ethnic",
                        )
                    )
                continue
            if not self._agentive(h):
                continue
            c = m.obj
            # A seat of government acting, or a country that says, denies or warns, is its
            # government speaking.
            if m.kind == "seat" or self._speaks(h):
                self._add(
                    ActorMention(
                        m.start,
                        m.end,
                        h.i,
                        "country",
                        name=government_name(c),
                        country=c.iso3,
                        sector="GOV",
                        explicit=True,
                        source="seat" if m.kind == "seat" else "country",
                    )
                )
            else:
                self._add(
                    ActorMention(
                        m.start,
                        m.end,
                        h.i,
                        "country",
                        name=c.name,
                        country=c.iso3,
                        explicit=True,
                        source="country",
                    )
                )

    def _people_word(self, m: Match) -> bool:
        """A demonym used of people ("North Koreans", "the Chinese"), not an adjective."""
        t = self.doc[m.end - 1]
        return (
            t.tag_ in ("NNS", "NNPS")
            or t.text.endswith("s")
            or t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
        )

    def _speaks(self, h: Token) -> bool:
        """The subject of a reporting verb of the cue lexicon ("Germany said", "China denied").
        Agreeing is a joint act, not speech (tests/gold/README.md): parties that agree stay
        the countries they are."""
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        v = h.head
        if h.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX"):
            return False
        cue = cue_lexicon().verb(v)
        return cue is not None and cue.stance != "agree"

    def _agentive(self, h) -> bool:
        """A country that acts: subject, passive agent, object, "according to X", "talks with X"."""
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        dep = h.dep_
        if dep in ("nsubj", "nsubjpass"):
            return True
        if dep in ("dobj", "dative"):
            return h.head.lemma_.lower() not in MOTION_VERBS
        if dep == "pobj":
            p = h.head
            if p.lower_ == "by" and p.dep_ == "agent":
                return True
            if p.lower_ == "to" and (p.head.lower_ == "according" or p.head.lemma_.lower() in COMM_VERBS):
                return True  # "according to Kyiv", "confirmed to the West"
            if p.lower_ in AGENT_PREPS:
                return True
        return False
