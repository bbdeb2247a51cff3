"""Speakers: the mention as it stands, its role and type, and who it resolves to.

A mention is read off the parse (pre-modifiers such as "Ukraine's Defense Minister" and
appositions such as ", head of ..." become the role); resolution then runs over the whole
article, headline included: surnames to full names, pronouns to the nearest fitting speaker,
capitals and seats of government to the government they stand for. Codes, titles ("the
minister" -> the person holding that role) and the names of countries come from the actor pass
(attribution asks ctx.actors): one coder for actors and speakers alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimledger.analyse.parsed import doc_text, entities, has_that_mark
from claimledger.resources.countries import case_sensitive_alias, countries, find_country, government_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimledger.resources.countries import Country

# Words that make up titles and offices, never part of a person's name.
TITLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "ministers",
    "premier",
    "chancellor",
    "secretary",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "economy",
    "justice",
    "health",
    "energy",
    "general",
    "lieutenant",
    "lt.",
    "gen.",
    "col.",
    "maj.",
    "colonel",
    "major",
    "captain",
    "admiral",
    "commander",
    "commander-in-chief",
    "chief",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "pope",
    "director",
    "adviser",
    "advisor",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "state",
    "national",
    "security",
    "intelligence",
    "military",
    "army",
    "press",
    "officer",
    "lawmaker",
    "mp",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sergeant",
    "sgt.",
    "brig.",
    "brigadier",
    "marshal",
    "attorney",
    "judge",
    "prosecutor",
    "commissioner",
    "inspector",
    "leader",
    "founder",
    "ceo",
    "top",
    "senior",
    "former",
    "acting",
    "first",
    "supreme",
    "council",
    "staff",
    "regional",
    "sheikh",
    "emir",
    "crown",
    "patriarch",
    "metropolitan",
    "ayatollah",
    "analyst",
    "expert",
    "said",
    "says",
}
PERSON_NOUNS = {
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "commander",
    "general",
    "colonel",
    "officer",
    "diplomat",
    "analyst",
    "expert",
    "source",
    "aide",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
    "lawmaker",
    "senator",
    "governor",
    "mayor",
    "chief",
    "head",
    "leader",
    "director",
    "soldier",
    "resident",
    "witness",
    "survivor",
    "journalist",
    "reporter",
    "correspondent",
    "person",
    "man",
    "woman",
    "driver",
    "doctor",
    "nurse",
    "farmer",
    "teacher",
    "volunteer",
    "chancellor",
    "premier",
    "secretary",
    "deputy",
    "negotiator",
    "representative",
    "prosecutor",
    "judge",
    "investigator",
    "researcher",
    "scientist",
    "economist",
    "historian",
    "blogger",
    "commentator",
    "activist",
    "monitor",
    "observer",
    "member",
    "king",
    "queen",
    "pope",
    "chairman",
    "chairwoman",
    "inspector",
    "commissioner",
    "pilot",
    "sergeant",
    "captain",
    "admiral",
    "marshal",
    "staffer",
    "insider",
    "veteran",
    "refugee",
    "mother",
    "father",
    "worker",
    "people",
}
GROUP_HEADS = {
    "people",
    "officials",
    "sources",
    "diplomats",
    "analysts",
    "experts",
    "residents",
    "witnesses",
    "soldiers",
    "officers",
    "lawmakers",
    "leaders",
    "commanders",
    "investigators",
    "authorities",
    "observers",
    "monitors",
    "activists",
    "members",
    "troops",
    "forces",
    "critics",
    "allies",
    "partners",
    "governments",
    "countries",
    "nations",
    "prosecutors",
    "researchers",
    "volunteers",
    "survivors",
    "villagers",
    "journalists",
    "reporters",
    "negotiators",
    "aides",
    "insiders",
}
ORG_NOUNS = {
    "ministry",
    "government",
    "army",
    "military",
    "pentagon",
    "kremlin",
    "staff",
    "council",
    "agency",
    "office",
    "command",
    "service",
    "committee",
    "parliament",
    "administration",
    "company",
    "union",
    "alliance",
    "police",
    "coalition",
    "embassy",
    "mission",
    "department",
    "headquarters",
    "directorate",
    "cabinet",
    "presidency",
    "court",
    "commission",
    "organisation",
    "organization",
    "group",
    "party",
    "navy",
    "force",
    "guard",
    "brigade",
    "battalion",
    "regiment",
    "corps",
    "unit",
    "division",
    "network",
    "channel",
    "newspaper",
    "broadcaster",
    "bureau",
    "institute",
    "center",
    "centre",
    "fund",
    "bank",
    "secretariat",
    "nato",
    "un",
    "eu",
    "iaea",
    "osce",
    "white",
    "house",
    "legislature",
    "senate",
    "congress",
    "duma",
    "rada",
    "assembly",
    "authority",
    "board",
    "operator",
    "firm",
    "monitor",
    "intelligence",
    "ministries",
    "authorities",
}
DOCUMENT_NOUNS = {
    "report",
    "statement",
    "document",
    "assessment",
    "study",
    "survey",
    "memo",
    "letter",
    "analysis",
    "data",
    "images",
    "imagery",
    "footage",
    "investigation",
    "dossier",
    "communique",
    "communiqué",
    "decree",
    "bulletin",
    "update",
    "resolution",
    "figures",
    "estimates",
    "records",
    "review",
    "audit",
    "briefing",
    "post",
    "video",
    "message",
    "note",
    "cable",
    "paper",
    "filing",
    "indictment",
    "poll",
    "photos",
    "photographs",
    "evidence",
    "findings",
    "map",
    "summary",
    "transcript",
}
PRONOUNS = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "they": "group",
    "them": "group",
    "it": "organisation",
    "we": "group",
    "i": "person",
    "you": "person",
}
# Speakers of reporting beyond war news (courts, business, sport, science, elections).
PERSON_NOUNS |= {
    "coach", "manager", "captain", "striker", "player", "executive", "candidate", "nominee", "voter",
    "worker", "owner", "lawyer", "attorney", "defendant", "plaintiff", "congressman",
    "congresswoman", "treasurer", "auditor", "chancellor", "firefighter", "nurse", "author",
    "professor", "physician", "engineer", "economist", "banker", "trader", "regulator", "referee",
}  # fmt: skip
GROUP_HEADS |= {
    "fans", "supporters", "voters", "farmers", "workers", "unions", "employers", "economists",
    "scientists", "doctors", "lawyers", "parents", "students", "teachers", "protesters",
    "opponents", "democrats", "republicans", "conservatives", "liberals", "players", "owners",
    "investors", "shareholders", "customers", "organisers", "organizers", "police", "campaigners",
    "judges", "authors", "senators", "ministers", "executives", "bankers", "traders", "pollsters",
}  # fmt: skip
ORG_NOUNS |= {
    "union", "opposition", "club", "league", "party", "campaign", "company", "firm", "bank",
    "airline", "regulator", "court", "tribunal", "board", "council", "committee", "commission",
    "agency", "university", "hospital", "insurer", "lender", "manufacturer", "federation",
}  # fmt: skip
SEAT_ORGANISATIONS = {"pentagon"}  # a building that names an organisation, not a government


@dataclass
class SpeakerMention:
    start: int
    end: int  # character offsets of the mention in the text
    head: Token  # the syntactic head of the mention
    type: str
    name: str | None = None  # a proper name in the mention ("Rustem Umerov"), before resolution
    role: str | None = None
    country: Country | None = None  # the Country a country-type mention stands for
    pronoun: str | None = None
    title_words: tuple[str, ...] = field(default=())  # lower-case title words, for "the minister"


def _country_in_tokens(tokens):
    """A country named or described inside a run of tokens, trying multi-word names first."""
    found = find_country([t.text for t in tokens])
    return found[0] if found else None


def _strip_det(tokens):
    while (
        tokens
        and tokens[0].dep_ in ("det", "predet")
        and tokens[0].lower_ in ("the", "a", "an", "this", "that")
    ):
        tokens = tokens[1:]
    return tokens


def _when(prep) -> bool:
    """A prepositional phrase that only dates something ("on Tuesday", "in March")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def mention_from_head(head, text: str) -> SpeakerMention | None:
    """Read a speaker mention off the subtree of its head token."""
    doc = head.doc
    if head.lower_ in PRONOUNS and head.pos_ == "PRON":
        m = SpeakerMention(head.idx, head.idx + len(head), head, PRONOUNS[head.lower_], pronoun=head.lower_)
        return m
    # Drop appositions and relative clauses from the mention; they describe it.
    # A participle after a common noun restricts who is meant ("people briefed on the plans");
    # after a name it is a separate description.
    cut = {"appos", "relcl", "punct", "parataxis"} | ({"acl"} if head.pos_ == "PROPN" else set())
    keep = [head]
    role_parts = []
    named_by = None  # "The ministry's spokesman, Colonel Anatol Kurylovich": the name is in the apposition
    for child in head.children:
        sub = list(child.subtree)
        if child.i < head.i and child.ent_type_ in ("DATE", "TIME") and child.dep_ in _DATE_DEPS:
            continue  # "On March 5 the border police reported": the date is not the speaker
        if (
            child.dep_ == "appos"
            and head.pos_ == "NOUN"
            and child.pos_ == "PROPN"
            and child.i > head.i
            and (head.lemma_.lower() in PERSON_NOUNS or head.lemma_.lower() in ORG_DESCRIPTORS)
            and named_by is None
        ):
            named_by = child
        elif child.dep_ == "appos":
            role_parts.append(doc[sub[0].i : sub[-1].i + 1])
        elif (child.dep_ in cut or _clause_taking(child)) and child.i > head.i:
            continue
        elif child.dep_ == "prep" and child.i > head.i and _when(child):
            continue  # "Trump on Tuesday lashed out": the day belongs to the verb
        elif (
            child.dep_ == "prep"
            and child.i > head.i
            and head.pos_ == "PROPN"
            and child.lower_ in ("of", "at", "from")
        ):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if (
                child.lower_ == "of"
                and pobj is not None
                and pobj.pos_ == "PROPN"
                and head.ent_type_ != "PERSON"
                and head.lower_ not in PERSON_NOUNS
            ):
                keep.extend(sub)  # part of a name: "Administration of North and East Syria"
            else:
                role_parts.append(doc[child.i : sub[-1].i + 1])
        elif child.dep_ == "cc" or child.dep_ == "conj":
            keep.extend(sub)
        else:
            keep.extend(sub)
    idx = sorted(t.i for t in keep)
    # Keep the mention contiguous: stop at the first gap (an apposition, a comma).
    lo = hi = head.i
    for i in range(head.i - 1, idx[0] - 1, -1):
        if (i in idx and not doc[i].is_punct) or (i in idx and doc[i].text in ("'", "\u2019")):
            lo = i
        elif i in idx and doc[i].text in "-\u2010\u2011":
            lo = i
        else:
            break
    for i in range(head.i + 1, idx[-1] + 1):
        if i in idx and not (doc[i].is_punct and doc[i].text in ",;:()\u2014\u2013"):
            hi = i
        else:
            break
    if head.pos_ == "NOUN" and head.lemma_.lower() in ORG_DESCRIPTORS and named_by is None:
        # "the US-based watchdog Freedom House said", parsed as two subjects of "said": the name
        # that follows its descriptor is one mention with it.
        k = hi + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            k += 1
        last = k - 1
        if (
            last > hi
            and doc[last].head.i == head.head.i
            and doc[last].dep_ == head.dep_
            and all(hi < doc[t].head.i <= last for t in range(hi + 1, last))
        ):
            hi = last
    tokens = list(doc[lo : hi + 1])
    # "Peskov's claim": the possessive ending is not part of the speaker
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "case"):
        tokens.pop()
    while tokens and (tokens[0].is_punct and tokens[0].text not in ("\u201c", '"')):
        tokens.pop(0)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    m = SpeakerMention(start, end, head, "unknown")
    _describe(m, tokens, role_parts)
    if named_by is not None:
        _name_from_apposition(m, tokens, named_by)
    _own_possessor(m, tokens)
    if m.type == "person" and m.name:
        # a named person's mention starts at the title: "its spokesman Hassan al-Dibs" -> "spokesman ..."
        first = next((t for t in tokens if t.idx == m.start), None)
        while (
            first is not None
            and first.tag_ in ("DT", "PRP$")
            and first.i + 1 < len(doc)
            and doc[first.i + 1].idx < m.end
        ):
            first = doc[first.i + 1]
            m.start = first.idx
    return m


_POSSESSIVES = {"its": "sing", "their": "plur", "whose": "any"}


def _own_possessor(m: SpeakerMention, tokens) -> None:
    """ "its foreign ministry", "whose spokesman": name the owner ("The Emirate of Qasr brokered
    the talks, its foreign ministry said" -> "The Emirate of Qasr's foreign ministry")."""
    first = next((t for t in tokens if not t.is_punct), None)
    if first is None or first.lower_ not in _POSSESSIVES or first.tag_ not in ("PRP$", "WP$"):
        return
    owner = _possessor(first)
    if owner is None:
        return
    doc = first.doc
    text = doc_text(doc)
    last = owner.i
    for c in owner.children:
        # "the Emirate of Qasr": a name's own "of" phrase belongs to it
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.i == last + 1 and c.lower_ == "of" and pobj is not None and pobj.pos_ == "PROPN":
            last = max(g.i for g in c.subtree)
    owned = _strip_det([t for t in owner.subtree if t.i <= last])
    if owner.pos_ == "PROPN":
        # "the Brussels-based think tank Energy Security Watch": its name, not what it is
        k = owner.i
        while k > 0 and doc[k - 1] in owned and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].dep_ == "case"):
            k -= 1
        owned = [t for t in owned if t.i >= k]
    while owned and owned[0].is_punct:
        owned = owned[1:]
    if not owned:
        return
    name = text[owned[0].idx : owned[-1].idx + len(owned[-1])]
    mine = name + ("'" if name.endswith("s") else "'s")

    def own(s: str | None) -> str | None:
        if s and s.lower().startswith(first.lower_ + " "):
            return mine + s[len(first.text) :]
        return s

    m.role = own(m.role)
    if m.type != "person":
        named = own(m.name or text[first.idx : m.end])
        if named and named.startswith(mine):
            m.name = named


def _possessor(pron) -> Token | None:
    """The noun a possessive pronoun stands for: the antecedent of a relative "whose", else the
    nearest subject before it in its sentence or the one before, of the right number."""
    if pron.lower_ == "whose":
        t = pron
        while t.dep_ != "relcl" and t.head.i != t.i:
            t = t.head
        return t.head if t.dep_ == "relcl" else None
    want = _POSSESSIVES[pron.lower_]
    sent = pron.sent
    doc = pron.doc
    spans = [doc[sent.start : pron.i]]
    if sent.start > 0:
        spans.append(doc[sent.start - 1].sent)
    for span in spans:
        for t in reversed(list(span)):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("PROPN", "NOUN"):
                continue
            plural = t.tag_ in ("NNS", "NNPS")
            if (want == "sing" and plural) or (want == "plur" and not plural and t.pos_ == "NOUN"):
                continue
            return t
    return None


def _clause_taking(child) -> bool:
    """A participle after the noun with a that-clause of its own is the sentence's verb misread
    ("The UN centre estimated at the end of July that ..."), never part of the speaker."""
    return child.dep_ == "acl" and any(c.dep_ == "ccomp" and has_that_mark(c) for c in child.children)


def _name_from_apposition(m: SpeakerMention, tokens, appos) -> None:
    """A description followed by the name: the mention runs to the name's end, the
    description (and any title before the name) is the role."""
    doc = appos.doc
    sub = [t for t in appos.subtree if not t.is_punct]
    run = [t for t in sub if t.pos_ == "PROPN"]
    titles = [t for t in run if t.lower_ in TITLE_WORDS]
    names = [t for t in run if t.lower_ not in TITLE_WORDS]
    if not names:
        return
    m.end = sub[-1].idx + len(sub[-1])
    m.type = "organisation" if m.head.lemma_.lower() in ORG_DESCRIPTORS else "person"
    m.name = doc_text(doc)[names[0].idx : names[-1].idx + len(names[-1])]
    plain = _strip_det(list(tokens))
    role = doc_text(doc)[plain[0].idx : plain[-1].idx + len(plain[-1])] if plain else ""
    if titles:
        role = f"{role}, {' '.join(t.text for t in titles)}" if role else " ".join(t.text for t in titles)
    m.role = role or m.role
    m.title_words = ()


def _describe(m: SpeakerMention, tokens, role_parts) -> None:
    """Fill name, role, type, country and sector of a mention from its tokens."""
    doc = m.head.doc
    head = m.head
    table = countries()
    plain = _strip_det(tokens)
    # Proper name: the run of proper nouns at the mention's end, minus leading title words.
    run: list[Token] = []
    for t in reversed(plain):
        if t.pos_ == "PROPN" or (t.ent_type_ == "PERSON" and t.is_alpha):
            run.insert(0, t)
        elif t.text in ("-", "'") and run:
            run.insert(0, t)
        else:
            break
    last_title = -1
    for i, t in enumerate(run):
        if t.lower_ in TITLE_WORDS:
            last_title = i
    name_tokens = run[last_title + 1 :]
    prefix = plain[: len(plain) - len(run)] + run[: last_title + 1]
    span_text = doc_text(doc)[m.start : m.end]
    whole = " ".join(t.text for t in plain)

    seat = table.seat(span_text) or table.seat(whole)
    country = None if seat else (_country_in_name(span_text, whole))
    ents = {t.ent_type_ for t in name_tokens if t.ent_type_}
    head_l = head.lemma_.lower()
    if seat and len(plain) <= 3:
        m.type, m.country = "country", seat
        m.name = government_name(seat)
        return
    if country and head.pos_ == "PROPN" and len(plain) <= 4:
        m.type, m.country = "country", country
        m.name = government_name(country)
        return
    if head_l in GOVERNMENT_HEADS:
        # "Burkina Faso's government", "Syria's interim authorities", "the Russian government"
        owner = _country_in_tokens([t for t in plain if t.i < head.i])
        if owner is not None:
            m.type, m.country, m.name = "country", owner, government_name(owner)
            return
    if head_l in SEAT_ORGANISATIONS:
        m.type, m.name = "organisation", head.text
        return
    nouns = [t for t in prefix if t.pos_ == "NOUN"]
    person_titled = any(t.lower_ in _PERSON_TITLES for t in run[: last_title + 1])
    described = bool(nouns) and nouns[-1].lemma_.lower() in ORG_DESCRIPTORS and not person_titled
    if run and described:
        # "the human rights group Captive Rights Monitor", "the think tank Chatham House": a
        # body's name after what it is.
        m.type = "organisation"
        m.name = doc_text(doc)[run[0].idx : run[-1].idx + len(run[-1])]
        desc = [t for t in prefix if t.dep_ != "det"]
        m.role = doc_text(doc)[desc[0].idx : desc[-1].idx + len(desc[-1])] if desc else None
        return
    # NER's GPE and NORP labels on unknown words are often wrong for surnames ("Vaitkus"); only
    # the country table's word counts for places here.
    # A title or a person noun before the name makes it a person's whatever the NER says
    # ("ministry spokesman Major General Igor Kashin" is tagged ORG).
    titled = person_titled or any(t.lemma_.lower() in PERSON_NOUNS for t in nouns)
    if name_tokens and ("ORG" not in ents or titled) and head.pos_ == "PROPN" and head_l not in ORG_NOUNS:
        # A personal name, unless the words are an organisation's ("the General Staff").
        if not any(t.lower_ in ORG_NOUNS for t in name_tokens):
            m.type = "person"
            m.name = doc_text(doc)[name_tokens[0].idx : name_tokens[-1].idx + len(name_tokens[-1])]
    role_tokens = [t for t in prefix if not (t.dep_ == "det")]
    role = ""
    if m.type == "person" and role_tokens:
        role = doc_text(doc)[role_tokens[0].idx : role_tokens[-1].idx + len(role_tokens[-1])]
    for part in role_parts:
        role = (role + ", " if role else "") + part.text.strip(" ,")
    if m.type != "person":
        if head_l in DOCUMENT_NOUNS:
            m.type = "document"
        elif head.lower_ in GROUP_HEADS or (head.tag_ in ("NNS", "NNPS") and head_l in PERSON_NOUNS):
            m.type = "group"
        elif head_l in PERSON_NOUNS:
            m.type = "person"
        elif head_l in ORG_NOUNS or head.ent_type_ == "ORG" or any(t.lower_ in ORG_NOUNS for t in plain):
            m.type = "organisation"
        elif head.lower_ in TITLE_WORDS:
            m.type = "person"
        elif head.ent_type_ == "PERSON":
            m.type = "person"
            m.name = head.text
        elif head.ent_type_ == "NORP":
            m.type = "group"
        if m.type in ("organisation", "document"):
            # "the ministry" alone is named later, from an earlier full mention; anything more
            # specific ("Ukrainian military intelligence") names itself.
            m.name = (
                _org_name(doc_text(doc)[plain[0].idx : plain[-1].idx + len(plain[-1])])
                if (len(plain) >= 2 or any(t.pos_ == "PROPN" for t in plain))
                else None
            )
        if m.type == "person" and not m.name:
            # "the minister", "Defense chief", "a senior official familiar with the matter"
            m.title_words = tuple(t.lemma_.lower() for t in plain if t.pos_ in ("NOUN", "PROPN", "ADJ"))
            role = role or doc_text(doc)[plain[0].idx : plain[-1].idx + len(plain[-1])]
        if m.type == "group" and not role:
            role = doc_text(doc)[plain[0].idx : plain[-1].idx + len(plain[-1])]
    m.role = role or None


# Titles only a person carries (unlike "Defence" or "Security", which bodies' names share).
_PERSON_TITLES = frozenset(
    """general lieutenant colonel major captain admiral commander sergeant brigadier marshal lt.
    gen. col. maj. sgt. brig. mr. mrs. ms. dr. president minister ambassador senator governor
    mayor judge""".split()
)

_DATE_DEPS = frozenset({"nmod", "npadvmod", "compound", "amod", "nummod"})

# What a body is called before its name: "the rights group Amnesty International", "the think
# tank Chatham House", "the consultancy Oxford Economics", "the carrier Lufthansa".
ORG_DESCRIPTORS = frozenset(
    """group tank watchdog consultancy charity nonprofit organisation organization agency firm
    company lender insurer carrier airline startup club team league federation association
    university institute institution hospital newspaper broadcaster outlet daily weekly network
    monitor coalition alliance union party movement foundation fund bank operator manufacturer
    maker retailer regulator body committee commission council court tribunal pollster
    publisher""".split()
)

GOVERNMENT_HEADS = {"government", "authorities", "administration", "leadership", "cabinet", "regime"}


def _country_in_name(span_text: str, whole: str):
    table = countries()
    for s in (span_text, whole):
        if s.strip() in ("US", "UK"):
            return case_sensitive_alias(s.strip())
        c = table.country(s)
        if c:
            return c
    return None


def _org_name(text: str) -> str:
    t = text.strip()
    return t[4:] if t.lower().startswith("the ") else t


@dataclass
class Person:
    name: str
    role: str | None
    first: int  # offset of the first mention, for "earliest wins"
    mentions: list[int] = field(default_factory=list)


class Resolver:
    """Resolve speaker mentions to canonical names across one article."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.people: list[Person] = []
        table = countries()
        for ent in entities(doc):
            if ent.label_ == "PERSON" and not table.any(ent.text):
                self._add_person(_clean_name(ent.text), None, ent.start_char)

    def _add_person(self, name: str, role: str | None, at: int) -> Person | None:
        if not name or name.lower() in TITLE_WORDS:
            return None
        for p in self.people:
            if p.name == name or p.name.endswith(" " + name):
                if role and not p.role:
                    p.role = role
                p.mentions.append(at)
                return p
            if name.endswith(" " + p.name):
                p.name = name
                p.role = p.role or role
                p.mentions.append(at)
                return p
        p = Person(name, role, at, [at])
        self.people.append(p)
        return p

    def register(self, m: SpeakerMention) -> None:
        if m.type == "person" and m.name:
            self._add_person(m.name, m.role, m.start)

    def person(self, name: str) -> Person | None:
        last = name.split()[-1]
        best = None
        for p in self.people:
            if p.name == name or p.name.split()[-1] == last:
                if best is None or len(p.name) > len(best.name):
                    best = p
        return best


def _clean_name(text: str) -> str:
    words = text.replace("\u2019s", "").replace("'s", "").split()
    while words and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)
