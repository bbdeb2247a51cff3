"""Cross-mention resolution over one article: owners of "its troops", people behind surnames
and titles, the dominant government; and the outputs (records, notes for events, codes for
speakers)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from claimledger.analyse.actors.finders import ActorFinder
from claimledger.analyse.actors.lookup import _country_words, code_for_text
from claimledger.analyse.actors.mentions import Entity, compose
from claimledger.analyse.actors.words import (
    HOSTILE_VERBS,
    POSS_PRONOUNS,
    RESOLVE_SYNONYMS,
    STATE_SECTORS,
    STRIP_WORDS,
)
from claimledger.record import span
from claimledger.resources.actors import NON_STATE, fold
from claimledger.resources.countries import countries

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.analyse.actors.mentions import ActorMention, ActorNote


class ArticleActors:
    """All actor mentions of one parsed article, coded; built once per Doc (see `actors_of`)."""

    def __init__(self, doc: Doc):
        found = ActorFinder(doc)
        self.doc = doc
        self.text = found.text
        self.d = found.d
        self.mentions: list[ActorMention] = found.find()
        self.entities: list[Entity] = []
        self.dominant: str | None = None  # the article's main government, else its main country
        self.dominant_gov: str | None = None
        self._finish()

    def _finish(self):
        for m in self.mentions:
            if m.poss_at is not None:
                a = self._antecedent(m.poss_at, ("organisation", "country"), m)
                if a is not None:
                    m.country, m.whole = self._parts(a)
                    m.sector = m.sector if m.sector and m.sector != "GOV" else (a.sector or m.sector)
        self._entities()
        self._resolve_titles()
        gov, anyc = self._counts()
        self.dominant_gov = gov.most_common(1)[0][0] if gov else None
        self.dominant = self.dominant_gov or (anyc.most_common(1)[0][0] if anyc else None)
        for e in self.entities:
            if e.country is None and e.whole is None and e.sector == "GOV" and self.dominant:
                e.country = self.dominant
        self._inherit()
        for m in self.mentions:
            # "the ministry", "the prime minister": the article's government, when it has one.
            if (
                m.entity is None
                and m.country is None
                and m.whole is None
                and m.sector == "GOV"
                and m.source == "np"
                and m.type in ("person", "organisation")
                and self.dominant_gov
            ):
                m.country = self.dominant_gov
        self.mentions.sort(key=lambda m: (m.start, m.end))

    def _parts(self, m):
        if m.entity is not None:
            return m.entity.country, m.entity.whole
        return m.country, m.whole

    def _inherit(self):
        """Owners the words do not state: "its troops" (the sentence's organisation or country),
        "North Korea deployed 11,000 troops" (the subject that moves them), "soldiers of the 92nd
        Brigade" (the phrase it belongs to). Only state organs inherit from a subject, and never
        across a hostile verb: in "Hamas fighters killed soldiers" the soldiers are not Hamas's."""
        doc = self.doc
        by_head = {m.head: m for m in self.mentions}
        for m in sorted(self.mentions, key=lambda x: x.start):
            if m.source != "np" or m.entity is not None or m.country or m.whole:
                continue
            head = doc[m.head]
            got = None
            if (
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
                and m.end - m.start == 1
            ):
                # "the official", "the ministry": the last one named with an owner
                lemma = head.lemma_.lower()
                prev = [
                    a
                    for a in self.mentions
                    if a.end <= m.start
                    and a.source in ("np", "org")
                    and doc[a.head].lemma_.lower() == lemma
                    and any(self._parts(a))
                ]
                if prev:
                    a = max(prev, key=lambda x: x.start)
                    m.country, m.whole = self._parts(a)
                    m.sector = a.sector or m.sector
                    continue
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS), None)
            if poss is not None:
                a = self._antecedent(poss.i, POSS_PRONOUNS[poss.lower_], m)
                if a is not None:
                    got = self._parts(a)
            elif m.sector in STATE_SECTORS:
                if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in by_head:
                    parent = by_head[head.head.head.i]
                    c, _w = self._parts(parent)
                    if c and c not in NON_STATE:
                        got = (c, None)
                if got is None:
                    got = self._subject_owner(head, m)
            if got:
                m.country, m.whole = got[0], (got[1] if not got[0] else None)
                if m.whole:
                    m.country = None

    def _antecedent(self, at: int, kinds, m):
        """The nearest mention before token `at` in its sentence that a pronoun can refer to."""
        sent_start = self.doc[at].sent.start
        for a in sorted(self.mentions, key=lambda x: -x.start):
            if a is m or a.start >= at or a.start < sent_start:
                continue
            if kinds is not None and a.type not in kinds:
                continue
            c, w = self._parts(a)
            if c or w:
                return a
        return None

    def _subject_owner(self, head, m):
        x = head
        for _ in range(4):
            if x.head.i == x.i:
                return None
            x = x.head
            if x.pos_ not in ("VERB", "AUX"):
                continue
            if x.lemma_.lower() in HOSTILE_VERBS:
                return None
            subj = next(
                (c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and not (m.start <= c.i < m.end)),
                None,
            )
            if subj is None:
                continue
            for a in self.mentions:
                if a is not m and a.start <= subj.i < a.end:
                    c, _ = self._parts(a)
                    if c and c not in NON_STATE:
                        return c, None
                    return None
            return None
        return None

    def _counts(self):
        gov: Counter[str] = Counter()
        anyc: Counter[str] = Counter()
        for m in self.mentions:
            if not m.explicit or not m.country or m.country in NON_STATE:
                continue
            anyc[m.country] += 1
            if m.sector == "GOV":
                gov[m.country] += 1
        return gov, anyc

    def _entities(self):
        d = self.d
        # a "person" mention comes from the dictionary of known people: it always has a name
        persons = [(m, m.name) for m in self.mentions if m.source == "person" and m.name is not None]
        persons.sort(key=lambda p: (-len(p[1].split()), p[0].start))
        for m, name in persons:
            key = fold(name)
            words = key.split()
            ent = None
            for e in self.entities:
                ek = fold(e.name)
                ew = ek.split()
                if (
                    ek == key
                    or (len(words) == 1 and ew[-1] == key)
                    or ek.endswith(" " + key)
                    or key.endswith(" " + ek)
                ):
                    ent = e
                    break
                if len(words) > 1 and len(ew) > 1 and ew[-1] == words[-1] and ew[0][:1] == words[0][:1]:
                    ent = e
                    break
            if ent is None:
                ent = Entity(name, first=m.start)
                self.entities.append(ent)
            ent.mentions.append(m)
            ent.first = min(ent.first, m.start)
            m.entity = ent
        for e in self.entities:
            e.mentions.sort(key=lambda m: m.start)
            for m in e.mentions:
                if m.title:
                    e.roles.append((m.role, m.title[0], m.title[1]))
                if e.whole is None and m.whole:
                    e.whole = m.whole
                if e.country is None and m.country:
                    e.country = m.country
                if e.sector is None and m.sector:
                    e.sector = m.sector
            known = d.person(e.name) or next((d.person(m.name) for m in e.mentions if d.person(m.name)), None)
            if known is not None:
                e.name = known.name  # "Putin", "Zelenskyy" -> the table's full, usual spelling
                if e.whole is None and e.country is None:
                    if known.country is None:
                        e.whole = known.code
                    else:
                        e.country = known.country
                if e.sector is None and e.whole is None:
                    e.sector = known.sector

    def _resolve_titles(self):
        for m in self.mentions:
            if m.source != "np" or m.type != "person" or m.title is None or m.whole:
                continue
            best, best_score = None, 0.0
            title, words = m.title
            mods = {w for w in words if w != title and w not in STRIP_WORDS}
            for e in self.entities:
                if m.country and e.country and m.country != e.country:
                    continue
                for _role, rw, rwords in e.roles:
                    if title == rw:
                        score = 1.0
                    elif rw in RESOLVE_SYNONYMS.get(title, ()) or title in RESOLVE_SYNONYMS.get(rw, ()):
                        score = 0.7
                    elif title in rwords:
                        score = 0.4
                    else:
                        continue
                    for w in mods:
                        if m.country and w in {fold(x) for x in _country_words(m.country)}:
                            continue
                        if w in rwords or RESOLVE_SYNONYMS.get(w, set()) & rwords:
                            score += 0.5
                        else:
                            score -= 0.3
                    if e.first < self.doc[m.start].idx + 1 and any(x.start < m.start for x in e.mentions):
                        score += 0.05
                    if score > best_score:
                        best, best_score = e, score
            if best is not None and best_score >= 0.7:
                m.entity = best
                m.name = best.name

    def records(self) -> list[dict]:
        doc = self.doc
        out = []
        for m in self.mentions:
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            out.append(span(self.text, start, end, name=self.name_of(m), code=m.code, type=m.type))
        return out

    def notes(self) -> list[ActorNote]:
        doc = self.doc
        out: list[ActorNote] = []
        for m in self.mentions:
            ent = m.entity
            country = ent.country if ent is not None else m.country
            sector = ent.sector if ent is not None else m.sector
            whole = ent.whole if ent is not None else m.whole
            out.append(
                {
                    "start": m.start,
                    "end": m.end,
                    "head": m.head,
                    "char_start": doc[m.start].idx,
                    "char_end": doc[m.end - 1].idx + len(doc[m.end - 1]),
                    "name": ent.name if ent is not None else m.name,
                    "code": m.code,
                    "type": m.type,
                    "country": None if whole else country,
                    "sector": None if whole else sector,
                    "role": m.role or (ent.roles[0][0] if ent is not None and ent.roles else None),
                }
            )
        return out

    def mention_over(self, start: int, end: int) -> ActorMention | None:
        """The actor mention that overlaps doc.text[start:end] (character offsets) the most."""
        best, best_ov = None, 0
        for m in self.mentions:
            ms, me = self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1])
            ov = min(me, end) - max(ms, start)
            if ov > best_ov:
                best, best_ov = m, ov
        return best

    def code_for_speaker(
        self, start: int, end: int, role: str | None = None, government: bool = False
    ) -> str | None:
        """The code of a speaker at doc.text[start:end]: its actor mention's, else its role's or
        its own words' ("from Belgrade:", "Pristina's claim"); `government` for a country or seat
        that speaks, which is its government, as in the actor pass."""
        best = self.mention_over(start, end)
        if best is not None:
            return best.code
        code = code_for_text(role or self.text[start:end], dominant=self.dominant)
        if government and code in countries().by_iso3:
            code = compose(code, "GOV")
        return code

    def char_span(self, m: ActorMention) -> tuple[int, int]:
        return self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1])

    def name_of(self, m: ActorMention) -> str | None:
        return m.entity.name if m.entity is not None else m.name

    def code_for(self, start: int, end: int, role: str | None = None) -> tuple[str | None, str | None]:
        """Code and type of the actor mentioned at doc.text[start:end] (character offsets); a
        mention the pass did not find is coded from `role`, the article's dominant government
        filling in a missing country of a government role."""
        best = self.mention_over(start, end)
        if best is not None:
            return best.code, best.type
        if role:
            return code_for_text(role, dominant=self.dominant), None
        return None, None
