"""Events: who did what to whom, where, when, how big, and on whose word (PLOVER + ACLED).

Runs last, over what the other extractors found. A trigger lexicon (resources/events_*.tsv)
names the happening; the dependency parse gives its arguments; the actors pass gives their
codes; places give the location, times the date, quantities the size and the casualties; the
statement that carries a trigger gives the event's status. Mentions of one happening in one
article are merged into one event with its mentions listed. The conventions (argument roles,
statuses, verbal acts, merging, ACLED sub-types) are in EVENTS.md beside this file.

The pass is linear in the tokens: a dictionary look-up per token, then parse walks of a few
steps for the few tokens that are triggers. spaCy makes a new Token object on every access,
so tokens are compared by index (`.i`), never by identity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from claimledger.analyse.context import extractor
from claimledger.analyse.parsed import sentences, token_index
from claimledger.record import span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimledger.analyse.context import Context

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
VERBAL = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE", "SUPPORT", "CONCEDE", "CONSULT"}
# Both sides of a fight, a meeting or an agreement are actors (PLOVER's compound sources).
TWO_SIDED_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
TWO_SIDED_LEMMAS = {
    "clash",
    "fight",
    "fighting",
    "battle",
    "skirmish",
    "firefight",
    "gunfight",
    "gunbattle",
    "hostility",
    "hostilities",
    "combat",
    "engage",
    "exchange",
    "swap",
}
# Types whose object is what is moved or given, not the one it is done to.
THEME_TYPES = {"MOBILIZE", "AID"}
STATUS_RANK = {"confirmed": 5, "reported": 4, "claimed": 3, "expected": 2, "conditional": 1, "denied": 0}
STANCE_STATUS = {
    "confirm": "confirmed",
    "admit": "confirmed",
    "verify": "confirmed",
    "deny": "denied",
    "expect": "expected",
    "intend": "expected",
    "promise": "expected",
    "hope": "expected",
    "fear": "expected",
    "plan": "expected",
    "threaten": "expected",
    "urge": "expected",
    "agree": "reported",
}
# Frames whose noun object is taken for granted: "condemned the strike" does not make the strike
# a claim, "accused Moscow of shelling" does.
PRESUPPOSING = {
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "decry",
    "slam",
    "praise",
    "welcome",
    "hail",
    "commend",
    "applaud",
    "mourn",
    "investigate",
    "probe",
    "protest",
    "regret",
    "deplore",
}
# Cues whose speaker tells of an event without taking part ("confirms battles"), unlike those
# whose speaker does what is announced ("announced new tariffs", "ordered strikes").
WITNESS_STANCES = {
    "confirm",
    "claim",
    "report",
    "assert",
    "deny",
    "believe",
    "suspect",
    "question",
    "estimate",
    "expect",
    "admit",
    "suggest",
    "fear",
    "hope",
}
OBJECT_CONTROL = {
    "urge",
    "ask",
    "order",
    "force",
    "call",
    "allow",
    "help",
    "press",
    "tell",
    "instruct",
    "authorize",
    "authorise",
    "permit",
    "encourage",
    "invite",
    "push",
    "pressure",
    "compel",
    "accuse",
    "blame",
    "charge",
    "convict",
    "warn",
    "prompt",
    "lead",
    "cause",
    "spur",
    "drive",
    "expect",
    "want",
    "need",
    "persuade",
    "convince",
    "oblige",
    "require",
}
FRAME_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl"}
LOC_PREPS = {
    "in",
    "near",
    "at",
    "outside",
    "inside",
    "around",
    "along",
    "across",
    "into",
    "onto",
    "on",
    "over",
    "towards",
    "toward",
    "within",
    "throughout",
    "from",
    "to",
    "off",
    "behind",
    "beyond",
    "past",
    "through",
    "upon",
    "nearby",
    "north",
    "south",
    "east",
    "west",
}
NON_LOCATIONS = {"demonym", "metonym"}
KIND_RANK = {"city": 5, "feature": 4, "admin2": 4, "admin1": 3, "region": 2, "country": 1}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
PRONOUNS = {
    "it": ("country", "organisation"),
    "they": ("group", "country", "organisation"),
    "we": ("group", "country", "organisation", "person"),
    "he": ("person",),
    "she": ("person",),
    "i": ("person",),
    "us": ("group", "country", "organisation"),
    "them": ("group", "country", "organisation"),
    "its": ("country", "organisation"),
    "their": ("group", "country", "organisation"),
    "his": ("person",),
    "her": ("person",),
}
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "PKO"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "SPY", "COP", "JUD"}
PARTICLES = {"back", "out", "down", "off", "up", "over"}
SKIP_ENTS = {
    "ORG",
    "PERSON",
    "WORK_OF_ART",
    "LAW",
    "EVENT",
    "GPE",
    "FAC",
    "PRODUCT",
    "DATE",
    "TIME",
    "NORP",
    "LANGUAGE",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "QUANTITY",
    "PERCENT",
}
TEMPORAL = {"after", "before", "since", "when", "while", "as", "until", "once", "whenever"}
# prepositions that attach a circumstance, not what a verbal act is about ("agreed ... after talks")
ADJUNCT_PREPS = {"after", "before", "since", "during", "amid", "following", "despite", "until", "ahead"}
STOPPERS = {
    "halt",
    "stop",
    "end",
    "prevent",
    "avoid",
    "ban",
    "cease",
    "suspend",
    "prohibit",
    "pause",
    "refrain",
    "deter",
    "curb",
    "limit",
    "reduce",
}
IMPACT_VERBS = {
    "hit",
    "kill",
    "wound",
    "injure",
    "damage",
    "destroy",
    "target",
    "strike",
    "claim",
    "leave",
    "force",
    "flatten",
    "level",
    "raze",
    "ignite",
    "set",
}
HOST_PREPS = {"in", "during", "by", "from", "after", "amid", "as"}
# Battle words a weapon turns into remote violence: "a drone attack", "an ambush with a mine".
SOFT_BATTLE = {"attack", "assault", "raid", "ambush", "target", "retaliate", "retaliation"}


def _is_root(t) -> bool:
    return t.head.i == t.i


# =============================================================================== resources


@dataclass(frozen=True)
class Row:
    """One line of events_triggers.tsv."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    acled_type: str | None
    acled_subtype: str | None
    when: tuple  # alternatives, each a tuple of (negated, key, argument)
    role: str


@dataclass(frozen=True)
class Lexicon:
    rows: dict  # (lemma, pos) -> tuple[Row, ...]
    classes: dict  # class name -> frozenset of lemmas
    instruments: dict  # word -> (mode, acled_type, acled_subtype)

    def of(self, name: str) -> frozenset:
        return self.classes.get(name, frozenset())


def _dash(v: str) -> str | None:
    v = v.strip()
    return None if v in ("", "-") else v


def _conditions(when: str) -> tuple:
    when = when.strip()
    if when in ("", "-"):
        return ()
    alts = []
    for alt in when.split("|"):
        conds = []
        for c in alt.split(","):
            c = c.strip()
            neg = c.startswith("!")
            key, _, arg = c.lstrip("!").partition("=")
            conds.append((neg, key, arg))
        alts.append(tuple(conds))
    return tuple(alts)


def _lines(name: str):
    text = resources.files("claimledger.resources").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rows: dict = {}
    for cols in _lines("events_triggers.tsv"):
        lemma, pos, typ, mode, at, ast, when, role = (cols + ["-"] * 8)[:8]
        r = Row(lemma.lower(), pos, typ, _dash(mode), _dash(at), _dash(ast), _conditions(when), role.strip())
        rows.setdefault((r.lemma, r.pos), []).append(r)
    classes = {}
    for cols in _lines("events_classes.tsv"):
        classes[cols[0].strip()] = frozenset(w.strip().lower() for w in cols[1].split(",") if w.strip())
    instruments = {}
    for cols in _lines("events_instruments.tsv"):
        instruments[cols[0].strip().lower()] = (_dash(cols[1]), _dash(cols[2]), _dash(cols[3]))
    return Lexicon({k: tuple(v) for k, v in rows.items()}, classes, instruments)


@lru_cache(maxsize=512)
def _iso3(iso2: str) -> str | None:
    from claimledger.resources.countries import countries

    c = countries().by_iso2.get(iso2)
    return c.iso3 if c else None


# =============================================================================== the article


class Article:
    """Per-document look-ups built once: token -> actor mention, token -> place, token ->
    sentence, char -> token, the statements, the times and the quantities."""

    def __init__(self, ctx: Context):
        doc = ctx.doc
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon()
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
        self.quantities = list(zip(ctx.finding("quantities"), ctx.record.get("quantities") or []))
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


# =============================================================================== mentions


@dataclass
class Arg:
    start: int  # char offsets of the mention as it stands
    end: int
    code: str | None
    tok: int  # head token


@dataclass
class Mention:
    tok: object  # the trigger's head token
    row: Row
    type: str
    mode: str | None
    acled_type: str | None
    acled_subtype: str | None
    span: tuple[int, int]
    sent: int
    clause: object = None  # the verb whose clause the event sits in
    support: object = None  # the verb a trigger noun is the object of ("launched" an offensive)
    theme: object = None  # what is moved, given, captured (a token)
    actors: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    theme_codes: list = field(default_factory=list)
    extra_targets: list = field(default_factory=list)
    casualty_verbs: list = field(default_factory=list)
    place: int | None = None
    place_hint: object = None  # a token naming the place ("the region has seen battles")
    date: dict | None = None
    size: float | None = None
    dead: float | None = None
    injured: float | None = None
    status: str = "reported"
    statement: int | None = None  # index of the carrying statement (a draft of attribution.py)
    own_statement: int | None = None  # the statement this verbal act is (its cue is the trigger)
    frame: Mention | None = None
    inner: list = field(default_factory=list)
    absorbed_by: Mention | None = None
    absorbed: list = field(default_factory=list)  # mentions of this happening told in the same clause
    modality: str | None = None  # expected | conditional, from the clause itself
    intent: str | None = None  # the cooperative type an AGREE promises
    acled_firm: bool = True  # the ACLED type is the trigger's own or a weapon's, not a default
    drop: bool = False


def _pos(t) -> str | None:
    if t.pos_ == "VERB":
        return "verb"
    if t.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if t.pos_ == "ADJ":
        return "adj"
    return None


def _rows(lex: Lexicon, t, pos: str):
    lemma = t.lemma_.lower()
    found = lex.rows.get((lemma, pos), ()) + lex.rows.get((lemma, "any"), ())
    if not found and t.lower_ != lemma:
        found = lex.rows.get((t.lower_, pos), ()) + lex.rows.get((t.lower_, "any"), ())
    if not found and pos == "noun" and t.lower_.endswith("ing") and len(t.lower_) > 5:
        # a gerund the tagger took for a noun: "before withdrawing"
        w = t.lower_[:-3]
        for cand in (w, w + "e", w[:-1]):
            found = lex.rows.get((cand, "verb"), ())
            if found:
                break
    return found


def _children(t, deps) -> list:
    return [c for c in t.children if c.dep_ in deps]


def _prep_objects(t, preps) -> list:
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out.extend(_children(c, ("pobj", "pcomp")))
    return out


def _conj(t) -> list:
    out, seen, stack = [t], {t.i}, [t]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.i not in seen:
                seen.add(c.i)
                out.append(c)
                stack.append(c)
    return out


def _passive(v) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _through_measure(art: Article, t):
    """ "12 tonnes of food" -> food; "a convoy of soldiers" -> soldiers; "the state of emergency";
    "most of which" -> what "which" stands for."""
    if t is not None and (art.cls(t, "measure") or t.like_num):
        o = _prep_objects(t, ("of",))
        if o:
            t = o[0]
    if t is not None and t.lower_ in ("which", "whom", "that"):
        x = t
        for _ in range(4):
            if _is_root(x):
                break
            if x.dep_ == "relcl":
                return x.head
            x = x.head
    return t


def _theme(art: Article, v):
    """The object of a verb: the direct object, else the subject of a passive."""
    d = _children(v, ("dobj",))
    if d:
        return _through_measure(art, d[0])
    if _passive(v):
        s = _children(v, ("nsubjpass",))
        return _through_measure(art, s[0]) if s else None
    return None


def _theme_candidates(art: Article, t, pos: str) -> list:
    if pos == "noun":
        return [_through_measure(art, x) for x in _prep_objects(t, ("of",))]
    out = [_through_measure(art, x) for x in _children(t, ("dobj", "nsubjpass"))]
    out += [_through_measure(art, x) for x in _prep_objects(t, ("with",))]
    return out


def _subjects(v, depth: int = 0) -> list:
    """Subjects of a verb, through control ("continued to shell"), coordination and relatives."""
    if depth > 4:
        return []
    s = _children(v, ("nsubj", "csubj"))
    if s:
        out = []
        for x in s:
            if x.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                out.append(v.head)
            else:
                out.extend(_conj(x))
        return out
    if _passive(v) or _is_root(v):
        return []
    h = v.head
    if v.dep_ == "acomp" and h.pos_ in ("VERB", "AUX"):
        return _subjects(h, depth + 1)  # "it was ready to accept"
    if v.dep_ == "xcomp" and h.pos_ in ("VERB", "AUX", "ADJ"):
        if h.lemma_.lower() in OBJECT_CONTROL:
            o = _children(h, ("dobj",))
            if o:
                return _conj(o[0])
        if h.pos_ == "ADJ":
            return _subjects(h.head, depth + 1) if h.dep_ in ("acomp", "xcomp") else []
        return _subjects(h, depth + 1)
    if v.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
        return _subjects(h, depth + 1)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and h.pos_ in ("VERB", "AUX"):
        return _subjects(h, depth + 1)
    if v.dep_ == "relcl":
        return [h]
    if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
        # "Kyiv's decision to allow inspectors": the owner of the decision acts
        return [c for c in h.children if c.dep_ == "poss"]
    return []


def _agent(v) -> list:
    out = []
    for c in v.children:
        if c.dep_ == "agent":
            for o in _children(c, ("pobj",)):
                out.extend(_conj(o))
    return out


def _governing_verb(t, limit: int = 6):
    h = t
    for _ in range(limit):
        if _is_root(h):
            return h
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return h


def _light_verb(n):
    """The verb a trigger noun is the object of: "launched an offensive", "came under fire",
    "adopted a package of sanctions"."""
    if _is_root(n):
        return None
    h = n.head
    if (
        n.dep_ == "pobj"
        and h.lower_ == "of"
        and h.head.pos_ in ("NOUN", "PROPN")
        and not _is_root(h.head)
        and h.head.dep_ in ("dobj", "nsubjpass", "attr")
    ):
        return _light_verb(h.head)
    if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and h.pos_ in ("VERB", "AUX"):
        return h
    if (
        n.dep_ == "pobj"
        and h.dep_ == "prep"
        and h.head.pos_ in ("VERB", "AUX")
        and h.lower_ in ("under", "on", "into", "to", "for", "in")
    ):
        return h.head
    return None


# -------------------------------------------------------------------------- conditions


def _holds(art: Article, row: Row, t, pos: str) -> bool:
    if not row.when:
        return True
    return any(all(_cond(art, t, pos, key, arg) != neg for neg, key, arg in alt) for alt in row.when)


def _cond(art: Article, t, pos: str, key: str, arg: str) -> bool:
    if key == "theme":
        cands = _theme_candidates(art, t, pos)
        if arg == "any":
            return bool(_children(t, ("dobj",))) if pos != "noun" else bool(cands)
        return any(_in_class(art, x, arg) for x in cands)
    if key == "mod":
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "nummod", "npadvmod", "poss")]
        return any(_in_class(art, m, arg) for m in mods)
    if key == "head":
        v = _light_verb(t)
        return v is not None and art.cls(v, arg)
    if key == "subj":
        if pos == "noun":
            v = _light_verb(t)
            subj = _subjects(v) if v is not None else []
        else:
            subj = _subjects(t)
        return any(_in_class(art, s, arg) or _in_class(art, _through_measure(art, s), arg) for s in subj)
    if key == "prt":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == arg and c.i > t.i for c in t.children)
    if key == "prep":
        return any(c.dep_ in ("prep", "agent") and c.lower_ == arg for c in t.children)
    if key in ("of", "from", "in", "on", "over", "with"):
        return any(_in_class(art, _through_measure(art, x), arg) for x in _prep_objects(t, (key,)))
    if key == "xcomp":
        return bool(_children(t, ("xcomp",)))
    if key == "definite":
        return any(c.dep_ == "det" and art.cls(c, "definite") for c in t.children)
    if key == "under":
        return (
            t.dep_ == "pobj"
            and t.head.lower_ == "under"
            and t.head.head.lemma_ in ("come", "be", "remain", "fall")
        )
    if key == "plural":
        return t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s")
    if key == "inner":
        return _has_inner(art, t)
    if key == "hostile":
        return _hostile(art, t)
    if key == "accident":
        v = _governing_verb(t)
        return any(art.cls(x, "accident") for x in v.subtree)
    if key == "toactor":
        return any(art.code_at(x) for x in _prep_objects(t, ("to", "for")) + _children(t, ("dative",)))
    if key == "party":
        if len(_subjects(t)) > 1:
            return True
        objs = _children(t, ("dobj",)) + _prep_objects(t, ("with",))
        return any(art.code_at(o) or _args_of(art, o, pronoun_ok=False) for o in objs)
    return False


def _in_class(art: Article, t, name: str) -> bool:
    if t is None:
        return False
    if name == "armed":
        a = art.actor_mention(t)
        code = (a.get("code") or "").split() if a else []
        return any(c in ARMED_SECTORS for c in code[1:]) or art.cls(t, "troops")
    if name == "state":
        a = art.actor_mention(t)
        if a is not None:
            code = (a.get("code") or "").split()
            if a.get("type") in ("group", "person") and not (len(code) > 1 and code[1] in STATE_SECTORS):
                return False  # "Georgians", "protesters": people, not the state
            return (len(code) == 1 and len(code[0]) == 3) or (len(code) > 1 and code[1] in STATE_SECTORS)
        p = art.place_of(t)[1]
        return p is not None and p.get("kind") in ("country", "metonym")
    if name == "territory":
        p = art.place_of(t)[1]
        if p is not None and p.get("kind") not in NON_LOCATIONS:
            return True
        return art.cls(t, "territory")
    if name == "people":
        a = art.actor_mention(t)
        return art.cls(t, "people") or (a is not None and a.get("type") in ("person", "group"))
    if name == "instrument":
        return art.cls(t, "instrument") or t.lemma_.lower() in art.lex.instruments
    if name == "diplomats":
        # "a Russian embassy employee", "diplomatic staff"
        return art.cls(t, name) or any(c.lower_ in ("embassy", "diplomatic", "consular") for c in t.children)
    return art.cls(t, name)


def _hostile(art: Article, v) -> bool:
    subj = _subjects(v) + _agent(v)
    for s in subj:
        if _in_class(art, s, "armed") or _in_class(art, s, "state") or _in_class(art, s, "instrument"):
            return True
        a = art.actor_mention(s)
        if a is not None and not any(
            x in (a.get("code") or "") for x in ("CVL", "BUS", "MED", "EDU", "HLH", "IGO")
        ):
            return True
        if any(r.type == "ASSAULT" for r in _rows(art.lex, s, "noun")):
            return True
    th = _theme(art, v)
    if th is not None:
        if _in_class(art, th, "territory") or art.cls(th, "infrastructure") or _in_class(art, th, "armed"):
            return True
        if art.actor_mention(th) is not None and not subj:
            return True
    return False


def _has_inner(art: Article, t) -> bool:
    """Whether a frame word takes an event: an infinitive, a clause or a noun that is a trigger."""
    for c in t.subtree:
        if c.i == t.i or abs(c.i - t.i) > 40:
            continue
        pos = _pos(c)
        if pos is None or not _rows(art.lex, c, pos):
            continue
        h, hops = c, 0
        while h.i != t.i and hops < 4 and h.dep_ in FRAME_DEPS:
            h, hops = h.head, hops + 1
        if h.i == t.i:
            return True
    return False


# -------------------------------------------------------------------------- detection


def _detect(art: Article) -> list[Mention]:
    lex = art.lex
    out = []
    for t in art.doc:
        pos = _pos(t)
        if pos is None:
            continue
        rows = _rows(lex, t, pos)
        if not rows:
            continue
        if t.ent_type_ in SKIP_ENTS and not (t.lower_ == t.text and t.ent_type_ in ("NORP", "ORG")):
            continue
        if pos == "noun" and t.dep_ == "compound" and not t.lower_ == "in":
            continue
        if pos == "verb" and t.dep_ == "amod":
            continue
        row = next((r for r in rows if _holds(art, r, t, pos)), None)
        if row is None:
            continue
        if (
            pos == "verb"
            and t.dep_ == "acl"
            and t.tag_ == "VBN"
            and row.role != "casualty"
            and (not _agent(t) or row.type == "SUPPORT")
        ):
            # "soldiers stationed in the area", "troops deployed there": a description, not a telling
            continue
        out.append(_mention(art, t, row))
    return out


def _trigger_span(art: Article, t) -> tuple[int, int]:
    doc = art.doc
    lo, hi = t.i, t.i
    if t.pos_ == "VERB":
        for c in t.children:
            if c.dep_ in ("prt", "advmod") and c.lower_ in PARTICLES and c.i == hi + 1:
                hi = c.i
    else:
        # "drone strike", "air strike", "sit-in", "counter-offensive": the modifier is part of it
        k = t.i - 1
        while (
            k >= 0
            and doc[k].head.i == t.i
            and doc[k].dep_ in ("compound", "amod", "punct")
            and (
                doc[k].lemma_.lower() in art.lex.instruments
                or doc[k].lower_ == "-"
                or (k + 1 < len(doc) and doc[k + 1].lower_ == "-" and not doc[k].whitespace_)
            )
        ):
            lo = k
            k -= 1
        while lo < t.i and doc[lo].lower_ == "-":
            lo += 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _mention(art: Article, t, row: Row) -> Mention:
    m = Mention(
        tok=t,
        row=row,
        type=row.type,
        mode=row.mode,
        acled_type=row.acled_type,
        acled_subtype=row.acled_subtype,
        span=_trigger_span(art, t),
        sent=art.sent_of[t.i],
    )
    if t.pos_ in ("VERB", "ADJ"):
        m.clause = t
        m.theme = _theme(art, t)
        if m.theme is None and row.type == "AID":
            w = _prep_objects(t, ("with",))
            m.theme = _through_measure(art, w[0]) if w else None
    else:
        m.support = _light_verb(t)
        m.clause = m.support or _governing_verb(t)
        o = _prep_objects(t, ("of",))
        m.theme = _through_measure(art, o[0]) if o else None
    return m


# -------------------------------------------------------------------------- frames and absorption


def _link(art: Article, mentions: list[Mention]) -> None:
    by_tok = {m.tok.i: m for m in mentions}
    # an event in the complement of a verbal act ("urged Moscow to withdraw", "threatened strikes")
    for m in mentions:
        t, hops = m.tok, 0
        while (
            hops < 8
            and not _is_root(t)
            and (t.dep_ in FRAME_DEPS or t.dep_ == "conj")
            and not (t.dep_ == "prep" and t.lower_ in ADJUNCT_PREPS)
        ):
            if t.dep_ == "conj":
                f0 = by_tok.get(t.head.i)
                if f0 is not None and f0.frame is not None:
                    m.frame = f0.frame
                    f0.frame.inner.append(m)
                break
            t, hops = t.head, hops + 1
            f = by_tok.get(t.i)
            if f is not None and f is not m:
                if f.row.role in ("frame", "promise"):
                    m.frame = f
                    f.inner.append(m)
                break
    for m in mentions:
        if m.frame is not None or m.row.role in ("frame", "promise"):
            continue
        t = m.tok
        if t.pos_ not in ("VERB", "ADJ"):
            if _is_root(t):
                continue
            h = t.head
            v = by_tok.get(h.i)
            # the object of a verb trigger is the same happening: "sent reinforcements",
            # "repelled an attack", "suspended the talks"
            if (
                v is None
                and t.dep_ == "pobj"
                and h.lower_ == "of"
                and not _is_root(h)
                and art.cls(h.head, "measure")
                and h.head.dep_ in ("dobj", "nsubjpass")
                and not _is_root(h.head)
            ):
                v = by_tok.get(h.head.head.i)  # "sent 20 tonnes of humanitarian aid"
                t = h.head
            if (
                v is not None
                and v is not m
                and t.dep_ in ("dobj", "nsubjpass")
                and v.frame is None
                and v.row.role not in ("frame", "promise", "casualty")
            ):
                m.absorbed_by = v
                continue
            t = m.tok
            # "mobilisation for an exercise", "detained in raids": one happening told twice
            if (
                t.dep_ == "pobj"
                and h.lower_ in ("for", "in", "during")
                and not _is_root(h)
                and not (h.lower_ == "for" and m.type == "ASSAULT")
            ):  # "retaliated for the attack"
                v = by_tok.get(h.head.i)
                if (
                    v is not None
                    and v is not m
                    and v.row.role == "event"
                    and (
                        v.type == m.type
                        or (m.type == "ASSAULT" and v.type == "COERCE" and m.row.lemma == "raid")
                    )
                ):
                    m.absorbed_by = v
            continue
        if (
            t.dep_ in ("advcl", "acl", "xcomp")
            and not _is_root(t)
            and m.row.role != "casualty"
            and (t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))
        ):
            # "launched an offensive to retake Khartoum", "carried out an exchange, freeing 24":
            # the aim or the outcome of a happening told with it is that happening
            h = t.head
            hosts = [by_tok.get(h.i)] + [by_tok.get(o.i) for o in _children(h, ("dobj", "nsubjpass"))]
            hosts = [
                x
                for x in hosts
                if x is not None
                and x is not m
                and x.type == m.type
                and x.frame is None
                and x.row.role == "event"
            ]
            if hosts:
                m.absorbed_by = hosts[0]
                hosts[0].extra_targets += _prep_objects(t, ("from", "against", "on"))
                continue
        if m.type != "ASSAULT" or (m.row.role != "casualty" and m.row.lemma not in IMPACT_VERBS):
            continue
        # a casualty or impact verb joins the attack it tells of: "the strike killed five",
        # "killed in a drone strike", "shelled the town, killing two", "killed when artillery shelled"
        hosts = []
        if (
            m.row.role == "casualty"
            and t.dep_ in ("advcl", "conj")
            and not _is_root(t)
            and not _children(t, ("nsubj",))
        ):
            h = t.head
            hosts.append(by_tok.get(h.i))
            for o in _children(h, ("dobj", "nsubjpass")):
                hosts.append(by_tok.get(o.i))
        hosts += [by_tok.get(s.i) for s in _children(t, ("nsubj",))]
        via_prep = []
        for c in t.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in HOST_PREPS:
                via_prep += [by_tok.get(o.i) for o in _children(c, ("pobj",))]
            if c.dep_ == "advcl" and m.row.role == "casualty":
                hosts.append(by_tok.get(c.i))
        hosts += via_prep
        hosts = [
            h
            for h in hosts
            if h is not None
            and h is not m
            and h.type == "ASSAULT"
            and (h.tok.pos_ != "VERB" or m.row.role == "casualty")
            and (h.row.role != "casualty" or m.row.role == "casualty")
        ]
        if hosts:
            h = hosts[0]
            m.absorbed_by = h
            for x in via_prep:
                # "raided the camp, and three were killed in exchanges of fire": one raid
                if (
                    x is not None
                    and x is not h
                    and x.type == "ASSAULT"
                    and x.tok.pos_ != "VERB"
                    and h.absorbed_by is not x
                ):
                    x.absorbed_by = h
            th = _theme(art, t)
            if th is not None:
                h.extra_targets.append(th)
            if m.row.role == "casualty":
                h.casualty_verbs.append(t)
            elif h.tok.pos_ != "VERB":
                h.clause = t
    for m in mentions:
        seen = {id(m)}
        while m.absorbed_by is not None and m.absorbed_by.absorbed_by is not None:
            if id(m.absorbed_by) in seen:  # two mentions that took each other: keep the first
                m.absorbed_by.absorbed_by = None
                break
            seen.add(id(m.absorbed_by))
            m.absorbed_by = m.absorbed_by.absorbed_by


def _dropped(art: Article, m: Mention) -> bool:
    """Mentions that tell of no happening: a film's battle, defences against attacks, a possible
    summit, an attack nobody saw a sign of, what a suspect is suspected of."""
    t = m.tok
    for c in t.children:
        if c.dep_ == "amod" and art.cls(c, "hypothetical"):
            return True
    if art.cls(t, "campaign_event") and t.pos_ != "VERB" and not _is_root(t):
        # "since the invasion", "in the first weeks of the war": a time, not a report
        h = t.head
        if t.dep_ == "pobj" and h.lower_ in TEMPORAL | ADJUNCT_PREPS:
            return True
        if t.dep_ == "pobj" and h.lower_ == "of" and not _is_root(h) and art.cls(h.head, "timenoun"):
            return True
    x = t
    for _ in range(5):
        if _is_root(x):
            break
        h = x.head
        if x.dep_ == "pobj" and h.lower_ == "against" and not _is_root(h) and art.cls(h.head, "protect"):
            return True
        if (
            x.dep_ == "pobj"
            and h.lower_ == "of"
            and not _is_root(h)
            and art.cls(h.head, "evidence")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in h.head.children)
        ):
            return True
        if (
            h.pos_ in ("NOUN", "PROPN")
            and art.cls(h, "depiction")
            and x.dep_ in ("relcl", "acl", "pobj", "prep")
        ):
            return True
        if h.dep_ == "acl" and h.tag_ == "VBN" and h.lemma_.lower() in ("suspect", "accuse", "charge"):
            return True
        if x.dep_ in ("relcl", "acl") and h.pos_ in ("NOUN", "PROPN") and art.cls(h, "deal"):
            return True  # "a pact that would commit the US to ...": the terms of a deal
        if (
            x.dep_ in ("dobj",)
            and h.lemma_.lower() in STOPPERS
            and h.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children)
        ):
            return True  # "agreements to halt attacks": what a deal is meant to stop
        x = h
    return False


# -------------------------------------------------------------------------- arguments


def _np_range(h) -> tuple[int, int]:
    lo, hi = h.left_edge.i, h.i
    for c in h.rights:
        if c.dep_ in ("prep", "relcl", "acl", "punct", "cc", "conj", "advcl"):
            break
        if c.dep_ == "appos" and (c.left_edge.i != hi + 1 or h.doc[hi].whitespace_ == ""):
            break  # "leader Ismail Haniyeh" is one phrase; "Kovalenko, head of ..." is two
        hi = c.right_edge.i
    return lo, hi


def _args_of(art: Article, t, pronoun_ok: bool = True) -> list[Arg]:
    """Actors named by the noun phrase headed by t and its conjuncts: actor mentions inside it,
    else a country or seat it names, else a resolved pronoun; "thousands of Israelis" looks
    into its "of" phrase, "its troops" takes the owner's forces."""
    out = []
    doc = art.doc
    for h in _conj(t):
        if art.cls(h, "measure"):
            inner = _prep_objects(h, ("of",))
            if inner:
                out.extend(_args_of(art, inner[0], pronoun_ok))
                continue
        lo, hi = _np_range(h)
        found = False
        seen = set()
        for i in range(lo, hi + 1):
            k = art.actor_at[i]
            if k >= 0 and k not in seen:
                seen.add(k)
                a = art.actors[k]
                out.append(Arg(a["char_start"], a["char_end"], _with_country(art, h, a.get("code")), i))
                found = True
        if found:
            continue
        for i in range(lo, hi + 1):
            code = art.code_of_place(art.place_of(doc[i])[1])
            if code:
                p = art.places[art.place_at[i]]
                out.append(Arg(p["start"], p["end"], code, i))
                found = True
                break
        if found or not pronoun_ok:
            continue
        if h.lower_ in PRONOUNS:
            code = _resolve_pronoun(art, h)
            if code:
                out.append(Arg(h.idx, h.idx + len(h), code, h.i))
            continue
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ in PRONOUNS:
                # "its most experienced units", "its aircraft": the owner's forces
                code = _resolve_pronoun(art, c)
                if code:
                    country = code.split()[0]
                    if art.cls(h, "troops") or art.cls(h, "weapons") or art.cls(h, "instrument"):
                        code = country + " MIL" if len(country) == 3 and country.isupper() else code
                    out.append(Arg(doc[lo].idx, h.idx + len(h), code, h.i))
                break
    return out


def _with_country(art: Article, h, code: str | None) -> str | None:
    """ "the junta in Niger": a sector without a country takes the country of its "in" phrase."""
    if code and (
        len(code.split()[0]) != 3
        or not code.split()[0].isupper()
        or code.split()[0] in ARMED_SECTORS
        or code.split()[0] in STATE_SECTORS
        or code.split()[0] in ("CVL", "OPP", "MED", "BUS")
    ):
        if code.split()[0] in ("IGO", "NGO"):
            return code
        for o in _prep_objects(h, ("in", "of", "from")):
            p = art.place_of(o)[1]
            iso = _iso3(p["country"]) if p is not None and p.get("country") else None
            if iso:
                return f"{iso} {code}"
    return code


def _resolve_pronoun(art: Article, p) -> str | None:
    """A pronoun's actor: the speaker of the statement it sits in ("Moscow said it would ..."),
    else the nearest earlier actor of a fitting type in this sentence or the one before."""
    want = PRONOUNS.get(p.lower_, ())
    for d in art.drafts:
        if d.speaker.start <= p.idx < d.speaker.end and d.actor:
            return d.actor  # the speaker of a statement, resolved by attribution
    inner = _innermost(art, p.idx)
    if inner is not None:
        d = art.drafts[inner]
        sp_type = getattr(d.speaker, "type", None)
        if d.actor and (p.lower_ in ("we", "us", "i") or sp_type in want):
            return d.actor
    s = art.sent_of[p.i]
    lo = art.sentences.starts[max(0, s - 1)]
    for i in range(p.i - 1, lo - 1, -1):
        k = art.actor_at[i]
        if k >= 0:
            a = art.actors[k]
            if a.get("type") in want or (a.get("type") in ("country", "organisation") and "country" in want):
                return a.get("code")
        elif "country" in want:
            code = art.code_of_place(art.place_of(art.doc[i])[1])
            if code and art.places[art.place_at[i]].get("kind") != "demonym":
                return code
    return None


def _fallback_code(art: Article, t) -> list[Arg]:
    """An uncoded subject read with the actor dictionary: "A UN report", "Russia's media regulator"."""
    from claimledger.analyse.actors import code_for_text

    lo, hi = _np_range(t)
    doc = art.doc
    text = art.text[doc[lo].idx : doc[hi].idx + len(doc[hi])]
    code = code_for_text(text)
    if code and code[:3].isupper() and len(code.split()[0]) == 3:
        return [Arg(doc[lo].idx, doc[hi].idx + len(doc[hi]), code, t.i)]
    return []


def _subject_args(art: Article, subj: list) -> list[Arg]:
    out = []
    for x in subj:
        got = _args_of(art, x)
        if not got and x.pos_ in ("NOUN", "PROPN"):
            got = _fallback_code(art, x)
        out += got
    return out


def _modifier_actors(art: Article, n) -> list[Arg]:
    """Actors named inside a trigger noun's own phrase: "Russia's attack", "Russian strikes"."""
    out = []
    for c in n.children:
        if c.i < n.i and c.dep_ in ("poss", "amod", "compound", "nmod"):
            out.extend(_args_of(art, c))
    return out


def _arguments(art: Article, m: Mention) -> None:
    t = m.tok
    lemma = t.lemma_.lower()
    two_sided = m.type in TWO_SIDED_TYPES or lemma in TWO_SIDED_LEMMAS or t.lower_ in TWO_SIDED_LEMMAS
    actors: list[Arg] = []
    targets: list[Arg] = []
    theme_args: list[Arg] = []
    if t.pos_ in ("VERB", "ADJ"):
        v = t
        if _passive(v) or (v.dep_ == "acl" and v.tag_ == "VBN"):
            actors += _subject_args(art, _agent(v))
        else:
            actors += _subject_args(art, _subjects(v))
        if m.theme is not None:
            theme_args = _args_of(art, m.theme)
        for x in _children(v, ("dative",)):
            targets += _args_of(art, x)
        preps_target = ["against", "on", "upon", "at"]
        if m.type == "AID":
            preps_target = ["to", "for"]
            if _children(v, ("dobj",)) and _prep_objects(v, ("with",)):
                targets += _args_of(art, _children(v, ("dobj",))[0])  # "provided Ukraine with tanks"
        elif m.type in VERBAL or m.type in ("RETREAT", "COOPERATE"):
            preps_target.append("to")
        for x in _prep_objects(v, preps_target):
            targets += _args_of(art, x, pronoun_ok=False)
        if m.theme is not None and m.type == "ASSAULT":
            for x in _prep_objects(m.theme, ("against", "on", "upon")):
                targets += _args_of(art, x, pronoun_ok=False)  # "used munitions against positions"
        if _passive(v) and _children(v, ("dobj",)) and m.type not in THEME_TYPES:
            for x in _children(v, ("nsubjpass",)):
                targets += _args_of(art, x)  # "inspectors were granted access"
        if two_sided:
            for x in _prep_objects(v, ("with",)):
                actors += _args_of(art, x)
            if m.theme is not None and m.type in TWO_SIDED_TYPES:
                for x in _prep_objects(m.theme, ("with", "between")):
                    actors += _args_of(art, x)  # "signed agreements with Ukraine"
        if m.frame is not None and not actors and m.frame.type in ("ACCUSE", "REQUEST"):
            # "accused Kyiv of shelling": the accused is the one said to shell
            f = m.frame.tok
            for x in _children(f, ("dobj",)) or (_children(f, ("nsubjpass",)) if _passive(f) else []):
                actors += _args_of(art, x)
    else:
        n = t
        v = m.support
        if v is not None and any(
            d.cue[0] <= v.idx < d.cue[1] and d.stance in WITNESS_STANCES for d in art.drafts
        ):
            v = None  # "Defense chief confirms first battles": the speaker is not a party
        if v is not None:
            subj = _agent(v) if _passive(v) else _subjects(v)
            sargs = _subject_args(art, subj)
            if n.dep_ == "pobj" and n.head.lower_ == "under":
                targets += sargs  # "came under fire": the subject is fired upon
            elif art.cls(v, "victim"):
                targets += sargs
            elif art.cls(v, "locus"):
                m.place_hint = subj[0] if subj else None
            else:
                actors += sargs
        elif n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
            h = n.head
            if h.lemma_.lower() in IMPACT_VERBS:
                for o in _children(h, ("dobj",)):
                    targets += _args_of(art, o)
        actors += _modifier_actors(art, n)
        for x in _prep_objects(n, ("by", "between", "among", "amongst")):
            actors += _args_of(art, x)
        if two_sided:
            for x in _prep_objects(n, ("with",)):
                actors += _args_of(art, x)
        if m.type in THEME_TYPES:
            if m.theme is not None:
                theme_args = _args_of(art, m.theme)
            preps_target = ("to", "for")
        else:
            preps_target = ("against", "on", "upon", "at", "of") + (("to",) if m.type in VERBAL else ())
        for x in _prep_objects(n, preps_target):
            targets += _args_of(art, x, pronoun_ok=False)
        if m.type in ("ACCUSE", "REQUEST", "THREATEN", "REJECT"):
            for x in _prep_objects(n, ("from",)):
                actors += _args_of(art, x)  # "a sharp protest from Baghdad"
    for x in m.extra_targets:
        targets += _args_of(art, x)
    if m.type == "ASSAULT" and m.theme is not None and theme_args:
        p = art.place_of(m.theme)[1]
        if p is not None and p.get("kind") in ("city", "metonym", "admin1", "admin2", "region", "feature"):
            # "captured Damascus", "shelled Kharkiv": the city is where, not whom
            m.place_hint = m.theme
            theme_args = []
    # what a verb does to its object: the object is the target, except for what is moved or given
    if t.pos_ in ("VERB", "ADJ") and m.theme is not None and m.type not in THEME_TYPES:
        if (two_sided and m.type == "ASSAULT") or (m.type in TWO_SIDED_TYPES and m.type != "AGREE"):
            actors += theme_args
        else:
            targets += theme_args
    if m.type == "AID" and lemma == "receive":
        # "Lithuania expects to receive tanks from Germany": the giver acts
        targets = actors
        actors = [a for x in _prep_objects(t, ("from",)) for a in _args_of(art, x)]
    if m.type == "MOBILIZE":
        if not actors:
            actors = theme_args
        elif theme_args:
            own = {(a.code or "")[:3] for a in actors}
            targets += [a for a in theme_args if (a.code or "")[:3] not in own]
        m.theme_codes = [a.code for a in theme_args if a.code]
    m.actors = _dedupe(actors)
    own = {(a.start, a.end) for a in m.actors}
    m.targets = [a for a in _dedupe(targets) if (a.start, a.end) not in own]
    if not m.targets and m.type == "ASSAULT":
        objs = [m.theme] if m.theme is not None and t.pos_ in ("VERB", "ADJ") else []
        objs += _prep_objects(t, ("against", "on")) + m.extra_targets
        for o in objs:
            if o is None or o.pos_ not in ("NOUN", "PROPN") or art.place_of(o)[1] is not None:
                continue
            if art.cls(o, "civilian"):
                # "killed 12 worshippers": people with no other code are civilians
                lo, hi = _np_range(o)
                m.targets.append(Arg(art.doc[lo].idx, art.doc[hi].idx + len(art.doc[hi]), "CVL", o.i))
            else:
                m.targets += _fallback_code(art, o)  # "strikes against Houthi targets"


def _dedupe(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out


def _frame_arguments(art: Article, f: Mention) -> None:
    """A verbal act's target: who is told, urged, accused; else the parties of what it is about."""
    inner = [m for m in f.inner if not m.drop]
    t = f.tok
    if not f.targets and t.pos_ == "VERB":
        if t.dep_ == "relcl" and not _children(t, ("dobj",)):
            f.targets = _args_of(art, t.head)  # "firms it accuses of supplying"
        own_codes = {a.code for a in f.actors}
        for c in _children(t, ("ccomp", "xcomp")) if f.type in ("REQUEST", "ACCUSE") else ():
            if f.targets:
                break
            for s in _children(c, ("nsubj", "nsubjpass")):
                f.targets += [
                    a for a in _args_of(art, s) if a.code not in own_codes
                ]  # "demanded that Russia return"
    if not f.targets:
        for m in inner:
            if f.type == "ACCUSE":
                f.targets = list(m.actors)
            elif f.type in ("REQUEST", "REJECT"):
                f.targets = (
                    list(m.actors)
                    if m.actors and {a.code for a in m.actors} != {a.code for a in f.actors}
                    else list(m.targets)
                )
            else:
                f.targets = list(m.targets)
            if f.targets:
                break
    if f.type in ("REJECT", "REQUEST") and not f.targets and t.pos_ == "VERB":
        th = _theme(art, t)
        if th is not None:
            # "rejected Moscow's proposal": the owner of the proposal
            f.targets = [
                a for c in th.children if c.dep_ in ("poss", "compound", "amod") for a in _args_of(art, c)
            ]
    own = {(a.start, a.end) for a in f.actors}
    f.targets = [a for a in _dedupe(f.targets) if (a.start, a.end) not in own]


INNER_MODE = {
    "THREATEN": {
        "ASSAULT": "violence",
        "MOBILIZE": "violence",
        "SANCTION": "relations",
        "RETREAT": "relations",
        "PROTEST": "restrict",
    },
    "REQUEST": {
        "RETREAT": "yield",
        "CONCEDE": "yield",
        "CONSULT": "meet",
        "AID": "assist",
        "COOPERATE": "assist",
        "SUPPORT": "assist",
        "AGREE": "yield",
    },
    "REJECT": {
        "RETREAT": "yield",
        "CONCEDE": "yield",
        "CONSULT": "meet",
        "AID": "assist",
        "COOPERATE": "assist",
        "SUPPORT": "assist",
        "AGREE": "yield",
    },
}
THEME_MODE = (
    ("deal", "yield"),
    ("talks", "meet"),
    ("aid", "assist"),
    ("weapons", "assist"),
    ("money", "assist"),
    ("sanctions", "yield"),
    ("restriction", "yield"),
    ("prisoners", "yield"),
)
COERCE_THREAT = {"arrest": "arrest", "ban": "ban", "deport": "expel", "curfew": "restrict", "censor": "ban"}


def _frame_type(art: Article, f: Mention) -> None:
    inner = [m for m in f.inner if not m.drop]
    t = f.tok
    if any(c.dep_ == "neg" for c in t.children):
        # "did not threaten", "would not rule out": neither the act nor what it is about happened
        f.drop = True
        for m in f.inner:
            m.drop = True
        return
    if f.row.role == "promise":
        coop = any(m.type in COOPERATIVE for m in inner)
        th = _theme(art, t) if t.pos_ == "VERB" else None
        if th is not None and any(
            _in_class(art, th, c) for c in ("aid", "weapons", "money", "deal", "talks")
        ):
            coop = True
        if (t.lemma_ in ("vow", "threaten") and not coop) or (inner and not coop):
            f.type, f.acled_type, f.acled_subtype = "THREATEN", None, None
        elif not inner and th is None:
            f.drop = True
            return
        else:
            f.type = "AGREE"
    if f.type == "AGREE" and inner:
        f.intent = inner[0].type
        if inner[0].type == "AGREE" and inner[0].acled_subtype:
            f.acled_type, f.acled_subtype = inner[0].acled_type, inner[0].acled_subtype
    if f.type == "AGREE" and not inner and t.pos_ == "VERB":
        if any(
            _in_class(art, x, "deal")
            for x in _theme_candidates(art, t, "verb") + _prep_objects(t, ("to", "on"))
        ):
            f.acled_type, f.acled_subtype = "Strategic developments", "Agreement"
    if t.lemma_ == "warn":
        # a warning is a threat only when the speaker's side is the one that would act
        own = {(a.code or "")[:3] for a in f.actors if a.code}
        ok = False
        for m in inner:
            codes = {(a.code or "")[:3] for a in m.actors if a.code}
            pron = m.tok.pos_ == "VERB" and any(s.lower_ in ("it", "we", "they") for s in _subjects(m.tok))
            if m.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") and (codes & own or pron):
                ok = True
        if not ok:
            f.drop = True
            for m in f.inner:
                m.frame = None
            f.inner = []
            return
    if f.mode == "*" or (f.mode is None and f.type in INNER_MODE):
        f.mode = None
        for m in inner:
            if f.type == "THREATEN" and m.type == "COERCE":
                f.mode = COERCE_THREAT.get(m.mode or "")
            elif f.type == "THREATEN" and m.type == "ASSAULT" and m.acled_subtype == "*territory":
                f.mode = "territory"
            else:
                f.mode = INNER_MODE.get(f.type, {}).get(m.type)
            if f.mode:
                break
        if f.mode is None and f.type in ("REQUEST", "REJECT"):
            objs = _prep_objects(t, ("for",))
            if t.pos_ == "VERB":
                objs = _children(t, ("dobj",)) + objs
            for o in objs:
                o = _through_measure(art, o)
                f.mode = next((mode for cls, mode in THEME_MODE if _in_class(art, o, cls)), None)
                if f.mode is None:
                    f.mode = next(
                        (
                            mode
                            for x in _prep_objects(o, ("for", "of"))
                            for cls, mode in THEME_MODE
                            if _in_class(art, x, cls)
                        ),
                        None,
                    )
                if f.mode:
                    break


# -------------------------------------------------------------------------- modes, ACLED

MILITARY_MODS = {"military", "defence", "defense", "security", "lethal", "weapons", "arms"}
ECONOMIC_MODS = {
    "financial",
    "economic",
    "budget",
    "development",
    "cash",
    "reconstruction",
    "macro-financial",
}
HUMANITARIAN_MODS = {"humanitarian", "food", "medical", "emergency", "relief", "winter", "shelter"}
AID_CLASSES = (("weapons", "military"), ("money", "economic"), ("asylum", "asylum"), ("aid", "humanitarian"))


def _refine(art: Article, m: Mention) -> None:
    t = m.tok
    if m.type == "ASSAULT":
        inst = _instrument(art, m)
        m.acled_firm = inst is not None or m.row.lemma not in SOFT_BATTLE
        if inst is not None:
            mode, at, ast = inst
            if mode:
                m.mode = mode
            if (
                at
                and (m.acled_type != "Battles" or m.row.lemma in SOFT_BATTLE)
                and m.acled_subtype != "Disrupted weapons use"
            ):
                m.acled_type, m.acled_subtype = at, ast
        if m.acled_subtype == "*territory":
            m.acled_subtype = _territory_subtype(m)
        objs = [m.theme] if m.theme is not None else []
        objs += _prep_objects(t, ("on", "at", "against", "upon")) + m.extra_targets
        if (
            any(_in_class(art, o, "protesters") for o in objs if o is not None)
            and m.acled_type != "Strategic developments"
        ):
            m.acled_type, m.acled_subtype = "Protests", "Excessive force against protesters"
        elif (
            m.targets
            and all((a.code or "").split()[-1:] == ["CVL"] for a in m.targets)
            and m.acled_type in (None, "Battles")
        ):
            m.acled_type, m.acled_subtype = "Violence against civilians", "Attack"
        subj = (
            (_subjects(t) + _agent(t))
            if t.pos_ == "VERB"
            else (_subjects(m.support) if m.support is not None else [])
        )
        if (
            m.acled_type in (None, "Battles", "Violence against civilians")
            and any(art.cls(_through_measure(art, x), "mob") for x in subj)
            and not any(a.code and a.code.split()[-1] in ARMED_SECTORS for a in m.actors)
        ):
            m.acled_type, m.acled_subtype = "Riots", "Mob violence"  # "a mob attacked the village"
    elif m.type == "AID" and m.mode == "*":
        m.mode = None
        words = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
        th = m.theme
        if th is not None:
            words += [th] + [c for c in th.children if c.dep_ in ("amod", "compound", "nmod")]
        lows = {w.lemma_.lower() for w in words} | {t.lemma_.lower()}
        if lows & MILITARY_MODS:
            m.mode = "military"
        elif lows & ECONOMIC_MODS:
            m.mode = "economic"
        elif lows & HUMANITARIAN_MODS:
            m.mode = "humanitarian"
        else:
            m.mode = next(
                (
                    mode
                    for x in ([th] if th is not None else []) + words
                    for cls, mode in AID_CLASSES
                    if _in_class(art, x, cls)
                ),
                None,
            )
    elif m.type == "MOBILIZE" and m.mode == "*":
        m.mode = None
        cands = ([m.theme] if m.theme is not None else []) + [
            c for c in t.children if c.dep_ in ("amod", "compound")
        ]
        for x in cands:
            m.mode = (
                "police"
                if art.cls(x, "police")
                else "troops"
                if art.cls(x, "troops")
                else "weapons"
                if art.cls(x, "weapons")
                else None
            )
            if m.mode:
                break
        if m.mode is None and t.pos_ == "VERB" and not _children(t, ("dobj",)):
            m.mode = "troops"  # "deployed to the border": units that move themselves
    elif m.type == "PROTEST" and m.acled_subtype == "Peaceful protest":
        # police that disperse or detain the protesters in the same sentence intervene
        lo, hi = art.sentence_range(m.sent)
        for i in range(lo, hi):
            if art.doc[i].lemma_.lower() in ("disperse", "detain", "arrest", "detention"):
                m.acled_subtype = "Protest with intervention"
                break


def _instrument(art: Article, m: Mention):
    lex = art.lex
    t = m.tok
    cands = [t] if t.pos_ != "VERB" and t.lemma_.lower() in lex.instruments else []
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            cands.append(c)
            cands.extend(x for x in c.children if x.dep_ in ("compound", "amod"))
    cands += _prep_objects(t, ("with", "by", "using", "from"))
    for c in t.children:
        if c.dep_ == "advcl" and c.lemma_ == "use":
            cands += _children(c, ("dobj",))
    if t.pos_ == "VERB":
        cands += _subjects(t) + _agent(t)
        if m.row.lemma in ("fire", "launch", "use", "throw", "destroy", "intercept", "down", "shoot"):
            th = _theme(art, t)
            if th is not None:
                cands.append(th)
                cands.extend(x for x in th.children if x.dep_ in ("compound", "amod"))
    for c in list(cands):
        cands.extend(x for x in c.children if x.dep_ in ("compound", "amod") and x not in cands)
    for c in cands:
        for key in (c.lemma_.lower(), c.lower_):
            if key in lex.instruments:
                return lex.instruments[key]
            for part in key.split("-"):
                if part in lex.instruments and part != "car":
                    return lex.instruments[part]
    return None


def _territory_subtype(m: Mention) -> str:
    """ACLED: a non-state group taking ground; state forces advancing into another state's ground
    are fighting (an armed clash); taking one's own back is regaining (its own trigger words)."""
    for a in m.actors:
        sec = (a.code or "").split()
        if len(sec) > 1 and sec[1] in ("REB", "UAF", "OPP"):
            return "Non-state actor overtakes territory"
    return "Armed clash"


# -------------------------------------------------------------------------- place, date, numbers


def _place(art: Article, m: Mention) -> None:
    doc = art.doc
    taken = set()
    for a in m.actors + m.targets:
        taken.update(range(art.token_at(a.start), art.token_at(max(a.start, a.end - 1)) + 1))
    if m.place_hint is not None:
        k, p = art.place_of(m.place_hint)
        if p is not None and p.get("kind") not in NON_LOCATIONS:
            m.place = art.named[k]
            return
    anchors = {m.tok.i}
    for x in (m.clause, m.support):
        if x is not None:
            anchors.add(x.i)
    lo, hi = art.sentence_range(m.sent)
    best = best_key = fallback = fb_key = None
    seen = set()
    for i in range(lo, hi):
        k = art.place_at[i]
        if k < 0 or k in seen:
            continue
        seen.add(k)
        p = art.places[k]
        if p.get("kind") in NON_LOCATIONS or i in taken:
            continue
        ps, pe = art.token_at(p["start"]), art.token_at(max(p["start"], p["end"] - 1))
        h = doc[pe]
        for j in range(ps, pe + 1):
            if not (ps <= doc[j].head.i <= pe) or _is_root(doc[j]):
                h = doc[j]
                break
        if art.actor_at[h.i] >= 0 and p.get("kind") == "country":
            continue  # "Russia" acting, not a location
        if h.dep_ == "poss" and art.place_at[h.head.i] >= 0:
            continue  # "Russia's Kursk Oblast": the more specific place follows
        loc = (
            (h.dep_ == "pobj" and h.head.lower_ in LOC_PREPS)
            or h.dep_ in ("dobj", "nsubjpass", "npadvmod")
            or (
                h.dep_ in ("poss", "compound")
                and (art.cls(h.head, "infrastructure") or art.cls(h.head, "territory"))
            )
        )
        x, depth, reached = h, 0, False
        while depth < 10:
            if x.i in anchors:
                reached = True
                break
            if _is_root(x):
                break
            if x.dep_ == "prep" and x.lower_ in LOC_PREPS:
                loc = True
            elif (
                x.dep_ == "prep" and x.lower_ == "for" and (x.head.i == m.tok.i or art.cls(x.head, "control"))
            ):
                loc = True  # "the battle for Bakhmut", "fighting for control of"
            elif (
                x.dep_ == "prep"
                and x.lower_ == "of"
                and (art.cls(x.head, "territory") or art.cls(x.head, "control"))
            ):
                loc = True  # "the village of X", "the centre of X", "control of X"
            x = x.head
            depth += 1
        rank = 0 if (p.get("kind") == "region" and p.get("lat") is None) else KIND_RANK.get(p.get("kind"), 1)
        if reached and loc:
            key = (depth > 6, -rank, depth)
            if best_key is None or key < best_key:
                best, best_key = k, key
        elif loc or (h.dep_ == "nsubj" and art.cls(h.head, "locus")):
            key = (abs(i - m.tok.i), -rank)
            if fb_key is None or key < fb_key:
                fallback, fb_key = k, key
    k = best if best is not None else fallback
    m.place = art.named[k] if k is not None else None


def _date(art: Article, m: Mention) -> None:
    anchors = {m.tok.i}
    for x in (m.clause, m.support):
        if x is not None:
            anchors.add(x.i)
    doc = art.doc
    for tm, i, j in art.times:
        if art.sent_of[i] != m.sent or (tm.get("from") is None and tm.get("to") is None):
            continue
        root = doc[j]
        for k in range(i, j + 1):
            if not (i <= doc[k].head.i <= j) or _is_root(doc[k]):
                root = doc[k]
                break
        if _hangs_on(root, anchors, stop_at_verb=True):
            to = tm.get("to")
            if art.text[max(0, tm["start"] - 6) : tm["start"]].lower().strip() == "since":
                to = art.published or to
            m.date = {"text": tm["text"], "from": tm.get("from"), "to": to}
            return


def _hangs_on(tok: Token, anchors: set, stop_at_verb: bool = False) -> bool:
    """Whether `tok` reaches one of `anchors` climbing at most 8 heads; with stop_at_verb the
    climb ends at the first other verb (a time belongs to the nearest clause)."""
    x = tok
    for _ in range(8):
        if x.i in anchors:
            return True
        if _is_root(x):
            return False
        x = x.head
        if stop_at_verb and x.pos_ in ("VERB", "AUX") and x.i not in anchors:
            return False
    return x.i in anchors


def _fallback_date(art: Article, status: str) -> dict | None:
    """No date in the clause: the publication date bounds a past event, opens a future one."""
    pub = art.published
    if not pub or status == "conditional":
        return None
    if status == "expected":
        return {"text": None, "from": pub, "to": None}
    return {"text": None, "from": None, "to": pub}


CASUALTY_ROLE = {"kill": "dead", "wound": "injured", "injure": "injured"}


def _numbers(art: Article, m: Mention) -> None:
    """Size, dead and injured from the quantities of the sentence that hang on this event."""
    doc = art.doc
    anchors = {m.tok.i} | {v.i for v in m.casualty_verbs}
    if m.clause is not None:
        anchors.add(m.clause.i)
    size_heads = [m.theme] if m.theme is not None else []
    if m.tok.pos_ == "VERB" and (m.type == "PROTEST" or (m.type == "MOBILIZE" and not size_heads)):
        size_heads += _subjects(m.tok)
    for sq, rq in art.quantities:
        a, b = sq["tokens"]
        if a >= len(doc) or art.sent_of[a] != m.sent or rq.get("kind") not in (None, "count"):
            continue
        value = rq.get("total") if rq.get("total") is not None else rq.get("value")
        if value is None:
            continue
        role = rq.get("role")
        head = doc[sq["head"]] if sq.get("head") is not None else doc[a]
        hit = _hangs_on(head, anchors)
        in_size = any(a <= h.i < b or h.i == head.i for h in size_heads)
        if role is None and m.type == "ASSAULT":
            # "killed 12", "wounding 30", "12 were killed": the casualty verb says what is counted
            v = head.head if head.dep_ in ("dobj", "nsubjpass", "nsubj", "appos") else None
            for cv in m.casualty_verbs + [m.tok]:
                if v is not None and v.i == cv.i:
                    role = CASUALTY_ROLE.get(cv.lemma_.lower())
        if role == "dead" and m.type == "ASSAULT" and (hit or m.dead is None):
            m.dead = value if m.dead is None else max(m.dead, value)
        elif role == "injured" and m.type == "ASSAULT" and (hit or m.injured is None):
            m.injured = value if m.injured is None else max(m.injured, value)
        elif (
            role is None
            and in_size
            and m.size is None
            and m.type in ("MOBILIZE", "PROTEST", "COERCE", "RETREAT", "AID")
        ):
            if rq.get("unit") not in ("USD", "EUR", "GBP", "tonne", "kilogram"):
                m.size = value
        elif (
            role is None and m.type == "ASSAULT" and hit and head.lemma_.lower() in ("casualty", "casualties")
        ):
            m.size = value
    if m.type == "ASSAULT" and m.dead is None:
        # "Haniyeh was killed": one named person
        for v in m.casualty_verbs + ([m.tok] if m.row.role == "casualty" else []):
            if v.lemma_.lower() != "kill":
                continue
            th = _theme(art, v)
            if th is None or th.tag_ not in ("NN", "NNP") or any(c.dep_ == "nummod" for c in th.children):
                continue
            a = art.actor_mention(th)
            if (
                (a is not None and a.get("type") == "person")
                or art.cls(th, "troops")
                or art.cls(th, "people")
                or th.lemma_.lower() in ("pilot", "commander", "general", "soldier", "officer", "journalist")
            ):
                m.dead = 1  # "Haniyeh was killed", "its pilot was killed": one person


# -------------------------------------------------------------------------- status


def _innermost(art: Article, char: int, exclude: int | None = None) -> int | None:
    best = best_len = None
    for k, d in enumerate(art.drafts):
        if k == exclude:
            continue
        lo, hi = art.cover[k]
        if lo <= char < hi and not (d.cue[0] <= char < d.cue[1]) and (best_len is None or hi - lo < best_len):
            best, best_len = k, hi - lo
    return best


def _presupposed(art: Article, m: Mention, d) -> bool:
    """ "condemned the strike", "welcomed Kyiv's decision to allow ...": the object of such a cue
    is taken as given, so what it tells keeps the status it has outside the statement."""
    cue = art.doc[art.token_at(d.cue[0])]
    for k in range(art.token_at(d.cue[0]), art.token_at(max(d.cue[0], d.cue[1] - 1)) + 1):
        if art.doc[k].pos_ == "VERB":
            cue = art.doc[k]
    if cue.lemma_.lower() not in PRESUPPOSING:
        return False
    return any(o.left_edge.i <= m.tok.i <= o.right_edge.i for o in _children(cue, ("dobj",)))


def _clause_modality(art: Article, m: Mention) -> tuple[str | None, bool]:
    """expected / conditional / None from the trigger's own clause chain, and whether it is negated.

    The walk goes up through complements and coordination, never out of a relative clause (a
    relative clause describes the world, it does not carry the main clause's mood) and never
    past a reporting cue (the statement's stance speaks for what is above)."""
    lex = art.lex
    t = m.tok
    negated = False
    if t.pos_ not in ("VERB", "ADJ"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            negated = True
        for c in t.children:
            if c.dep_ == "amod" and art.cls(c, "planned"):
                return "expected", negated
        x = m.clause if m.clause is not None else t
        prev = t
        if any(d.cue[0] <= x.idx < d.cue[1] for d in art.drafts):
            return None, negated  # "have not confirmed the deployment": the statement speaks
    else:
        x, prev = t, None
    modality = None
    for depth in range(6):
        if depth > 0 and any(d.cue[0] <= x.idx < d.cue[1] for d in art.drafts):
            break
        kids = list(x.children)
        if any(c.dep_ == "neg" for c in kids) and (depth == 0 or (prev is not None and prev.dep_ == "xcomp")):
            negated = True
        auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
        lows = [c.lower_ for c in auxes]
        if any(a in lex.of("future") for a in lows) and "have" not in lows and "has" not in lows:
            modality = modality or "expected"
        if any(c.dep_ == "mark" and c.lower_ in lex.of("condition") for c in kids) and x.dep_ == "advcl":
            return "conditional", negated
        if any(a in lows for a in ("would", "could", "might", "may")) and any(
            c.dep_ == "advcl"
            and any(g.dep_ == "mark" and g.lower_ in lex.of("condition") for g in c.children)
            for c in kids
        ):
            return "conditional", negated
        if depth > 0 and prev is not None and prev.dep_ == "xcomp" and x.lemma_.lower() in lex.of("intent"):
            modality = modality or "expected"
        if x.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not _is_root(x):
            # "permission to use", "plans to deploy": a possibility or a plan, under what holds the noun
            if art.cls(x.head, "potential"):
                modality = modality or "expected"
            prev, x = x, _governing_verb(x.head)
            continue
        if x.dep_ in ("relcl", "acl") or _is_root(x) or (x.dep_ == "advcl" and x.tag_ == "VBG"):
            break
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL for c in x.children):
            break  # "will boost spending after Trump refused": the refusal is past
        if x.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "prep", "pobj", "dobj"):
            break
        prev, x = x, x.head
    return modality, negated


def _status(art: Article, m: Mention) -> None:
    char = m.span[0]
    own = next((k for k, d in enumerate(art.drafts) if d.cue[0] <= char < d.cue[1]), None)
    m.own_statement = own
    if own is not None:
        # a verbal act is carried by the statement that holds its speaker and cue, if any
        sp = art.drafts[own].speaker.start
        inner = None
        for k, (lo, hi) in enumerate(art.cover):
            if (
                k != own
                and lo <= min(sp, char)
                and char < hi
                and (inner is None or hi - lo < art.cover[inner][1] - art.cover[inner][0])
            ):
                inner = k
    elif m.frame is not None and m.frame.row.lemma in PRESUPPOSING and m.tok.pos_ != "VERB":
        inner = _innermost(art, m.frame.span[0])
    else:
        inner = _innermost(art, char)
        if inner is not None and _presupposed(art, m, art.drafts[inner]):
            inner = _innermost(art, art.drafts[inner].cue[0], exclude=inner)
    status = "reported"
    if inner is not None:
        d = art.drafts[inner]
        status = "claimed" if d.negated else STANCE_STATUS.get(d.stance, "claimed")
        m.statement = inner
    elif m.frame is not None and m.frame.type == "ACCUSE" and m.frame.row.lemma not in PRESUPPOSING:
        # "accused Kyiv of shelling" with no statement found: the shelling is the accuser's claim
        status = "claimed"
        m.statement = next(
            (k for k, d in enumerate(art.drafts) if d.cue[0] <= m.frame.span[0] < d.cue[1]), None
        )
    modality, negated = _clause_modality(art, m)
    m.modality = modality
    if negated:
        if inner is not None:
            status = "denied"
        else:
            m.drop = True
    elif status != "denied":
        if modality == "conditional":
            status = "conditional"
        elif modality == "expected" and status in ("reported", "claimed", "confirmed"):
            status = "expected"
    m.status = status


# -------------------------------------------------------------------------- coreference


def _countries(args) -> frozenset:
    return frozenset((a.code or "")[:3] for a in args if a.code and len(a.code) >= 3 and a.code[:3].isupper())


def _new_happening(art: Article, m: Mention) -> bool:
    t = m.tok
    if t.pos_ == "VERB":
        return True
    for c in t.children:
        if c.i < t.i and c.dep_ in ("det", "amod", "nummod", "quantmod", "advmod") and art.cls(c, "new"):
            return True
    return t.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in t.children)  # "heavy battles"


def _definite(art: Article, m: Mention) -> bool:
    t = m.tok
    return t.pos_ != "VERB" and any(c.dep_ in ("det", "poss") and art.cls(c, "definite") for c in t.children)


def _generic(m: Mention) -> bool:
    """A mention that tells that something happened, not what: casualties, explosions."""
    return (m.row.role == "casualty" or m.row.lemma in ("explosion", "blast")) and not m.actors


@dataclass
class Cluster:
    mentions: list
    countries: set
    roles: tuple
    place: str | None
    date: dict | None
    type: str
    acled: str | None
    modal: str
    last_sent: int
    mode: str | None = None
    last_pos: int = 0


def _date_overlap(a, b) -> bool:
    if not a or not b or a.get("text") is None or b.get("text") is None:
        return True
    af, at, bf, bt = a.get("from"), a.get("to"), b.get("from"), b.get("to")
    return None in (af, at, bf, bt) or (af <= bt and bf <= at)


def _corefer(art: Article, mentions: list[Mention]) -> list[list[Mention]]:
    """One happening, one event: a later mention joins an earlier event of the same type when
    nothing tells them apart (parties, place, date, mood) and something ties them: a definite
    description ("the clashes"), the same parties ("clashes with North Korean forces" after the
    headline's), or it only tells the toll of an attack just told."""
    clusters: list[Cluster] = []
    for m in mentions:
        mc = _countries(m.actors + m.targets)
        roles = (_countries(m.actors), _countries(m.targets))
        pname = (
            None if m.place is None else (art.places[m.place].get("name") or art.places[m.place].get("text"))
        )
        modal = m.status if m.status in ("expected", "conditional") else "factual"
        new = _new_happening(art, m)
        generic = _generic(m)
        in_head = 0 <= m.span[0] < art.headline_end
        chosen = None
        # the latest told happening first, and one told with the same word before any other
        order = sorted(
            clusters,
            key=lambda c: (any(x.tok.lemma_ == m.tok.lemma_ for x in c.mentions), c.last_pos),
            reverse=True,
        )
        for c in order:
            if c.type != m.type or c.modal != modal:
                continue
            if (
                m.type == "ASSAULT"
                and c.acled
                and m.acled_type
                and c.acled != m.acled_type
                and not generic
                and m.acled_firm
                and all(x.acled_firm for x in c.mentions)
            ):
                continue
            if mc and c.countries and not (mc <= c.countries or c.countries <= mc):
                continue
            if pname and c.place and pname != c.place:
                continue
            if m.mode and c.mode and m.mode != c.mode and not generic:
                continue
            if not _date_overlap(m.date, c.date):
                continue
            first = c.mentions[0]
            head_first = 0 <= first.span[0] < art.headline_end and not in_head
            same_parties = bool(mc) and roles == c.roles
            close = m.sent - c.last_sent <= 2
            if (
                art.cls(m.tok, "campaign_event") or art.cls(first.tok, "campaign_event")
            ) and m.tok.lemma_ != first.tok.lemma_:
                continue  # "the invasion" is not "the clashes"
            if generic and (
                m.sent == c.last_sent or (m.sent - c.last_sent <= 3 and m.row.role == "casualty")
            ):
                chosen = c
            elif all(_generic(x) for x in c.mentions) and m.sent == c.last_sent:
                chosen = c  # "Explosions were heard as the capital came under attack"
            elif not new and _definite(art, m):
                chosen = c
            elif head_first and same_parties and (pname is None or c.place is None or pname == c.place):
                chosen = (
                    c  # the headline told it first: "Drones hit column" ... "drone units struck a column"
                )
            elif (
                same_parties
                and (
                    (pname is not None and pname == c.place) or ((pname is None or c.place is None) and close)
                )
                and (m.tok.pos_ != "VERB" or first.tok.lemma_ == m.tok.lemma_)
            ):
                chosen = c
            if chosen is not None:
                break
        if chosen is None:
            clusters.append(
                Cluster(
                    [m], set(mc), roles, pname, m.date, m.type, m.acled_type, modal, m.sent, m.mode, m.span[0]
                )
            )
        else:
            chosen.mentions.append(m)
            chosen.countries |= mc
            chosen.place = chosen.place or pname
            if chosen.date is None or chosen.date.get("text") is None:
                chosen.date = m.date or chosen.date
            chosen.acled = chosen.acled or m.acled_type
            chosen.mode = chosen.mode or m.mode
            chosen.last_sent = m.sent
            chosen.last_pos = m.span[0]
    return [c.mentions for c in clusters]


# -------------------------------------------------------------------------- the pass


@extractor("events", requires=("places", "actors", "times", "quantities", "statements"), gives=("events",))
def extract(ctx: Context) -> None:
    """Fill ctx.record["events"] (CONTRACT.md, plus "mentions", "intent", "expressed_in")."""
    art = Article(ctx)
    mentions = _detect(art)
    if not mentions:
        ctx.record["events"] = []
        return
    _link(art, mentions)
    live = [m for m in mentions if m.absorbed_by is None]
    for m in mentions:
        if m.absorbed_by is not None:
            m.absorbed_by.absorbed.append(m)
    for m in live:
        if _dropped(art, m):
            m.drop = True
            for x in m.inner:
                x.drop = True
    by_tok = {m.tok.i: m for m in live}
    for m in live:
        _arguments(art, m)
    for m in live:
        if m.row.role in ("frame", "promise") and not m.drop:
            _frame_type(art, m)
            _frame_arguments(art, m)
    for m in live:
        f = m.frame
        if f is not None and not f.drop and f.type in ("REQUEST", "THREATEN", "REJECT", "AGREE"):
            m.drop = True  # PLOVER codes the demand, the threat, the refusal, the promise
        if m.type == "REQUEST" and not _is_root(m.tok) and m.tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
            h = by_tok.get(m.tok.head.i)
            if h is not None and h.type == "PROTEST":
                m.drop = True  # "rallied ..., demanding a deal": the protest is the demand
                for x in m.inner:
                    x.drop = True
        if (
            m.type == "PROTEST"
            and m.tok.pos_ == "VERB"
            and m.tok.dep_ in ("advcl", "xcomp")
            and not _is_root(m.tok)
        ):
            h = by_tok.get(m.tok.head.i)
            if h is not None and h.type == "PROTEST":
                m.drop = True  # "marched ... to protest against": one protest
        if m.row.lemma == "target" and m.tok.dep_ in ("advcl", "acl") and not _is_root(m.tok):
            h = m.tok.head
            if any(
                x.type == "SANCTION" for x in (by_tok.get(h.i), *(by_tok.get(o.i) for o in h.subtree)) if x
            ):
                m.drop = True  # "sanctions targeting vessels"
    _inherit_mobilized(art, live)
    for m in live:
        if m.drop:
            continue
        _refine(art, m)
        _status(art, m)
        if m.drop:
            continue
        if m.type in COOPERATIVE - {"AGREE"} and m.modality == "expected" and m.frame is None:
            # PLOVER: a cooperative act announced for the future is an agreement to act
            m.intent, m.type, m.mode = m.type, "AGREE", None
            m.acled_type = m.acled_subtype = None
            # the agreement itself was made: its status is the statement's word for a fact
            d = art.drafts[m.statement] if m.statement is not None else None
            st = (
                "reported"
                if d is None
                else "claimed"
                if d.negated
                else STANCE_STATUS.get(d.stance, "claimed")
            )
            m.status = "claimed" if st == "expected" else st
        _place(art, m)
        if m.type == "CONSULT" and m.mode == "visit" and not m.targets and m.place is not None:
            p = art.places[m.place]
            iso = _iso3(p["country"]) if p.get("country") else None
            if iso and iso not in {(a.code or "")[:3] for a in m.actors}:
                m.targets = [Arg(p["start"], p["end"], iso, art.token_at(p["start"]))]  # the host
        _date(art, m)
        _numbers(art, m)
    keep = sorted((m for m in live if not m.drop), key=lambda m: m.span[0])
    events = []
    for g in _corefer(art, keep):
        events.append(_to_event(art, g, len(events)))
    ctx.record["events"] = events


def _inherit_mobilized(art: Article, mentions: list[Mention]) -> None:
    """Units moved with no country of their own ("five units ... to be deployed") are the units of
    the article's last mobilization that named them ("North Korea deployed 11,000 troops")."""
    last = None
    doc = art.doc
    for m in sorted(mentions, key=lambda x: x.span[0]):
        if m.type != "MOBILIZE" or m.drop:
            continue
        if m.actors and any(a.code for a in m.actors):
            last = m.theme_codes[0] if m.theme_codes else last
            continue
        if m.theme is not None and last and art.cls(m.theme, "troops"):
            th = m.theme
            lo, hi = th.left_edge.i, th.i
            for c in th.rights:
                if c.dep_ == "prep" and c.lower_ == "of":
                    hi = c.right_edge.i
            m.actors = [Arg(doc[lo].idx, doc[hi].idx + len(doc[hi]), last, th.i)]
        elif m.theme_codes:
            last = m.theme_codes[0]


def _to_event(art: Article, group: list[Mention], n: int) -> dict:
    text = art.text
    first = group[0]
    # the carrying statement: the strongest status among the mentions, the first at that strength
    best = max(group, key=lambda m: (STATUS_RANK.get(m.status, 0), -m.span[0]))
    actors, targets, seen_a, seen_t = [], [], set(), set()
    for m in group:
        for a in m.actors:
            key = a.code or (a.start, a.end)
            if key not in seen_a:
                seen_a.add(key)
                actors.append(span(text, a.start, a.end, code=a.code))
    for m in group:
        for a in m.targets:
            key = a.code or (a.start, a.end)
            if key not in seen_t and not (a.code and a.code in seen_a):
                seen_t.add(key)
                targets.append(span(text, a.start, a.end, code=a.code))

    def pick(attr):
        return next((getattr(m, attr) for m in group if getattr(m, attr) is not None), None)

    date = next((m.date for m in group if m.date is not None), None) or _fallback_date(art, best.status)
    acled_type = next((m.acled_type for m in group if m.acled_subtype), None) or pick("acled_type")
    acled_subtype = next(
        (m.acled_subtype for m in group if m.acled_subtype and m.acled_type == acled_type), None
    )
    ev = {
        "id": f"e{n + 1}",
        "trigger": span(text, *first.span),
        "type": first.type,
        "mode": pick("mode"),
        "acled_type": acled_type,
        "acled_subtype": acled_subtype,
        "actors": actors,
        "targets": targets,
        "place": pick("place"),
        "date": date,
        "size": _num(pick("size")),
        "dead": _num(pick("dead")),
        "injured": _num(pick("injured")),
        "status": best.status,
        "statement": f"s{best.statement + 1}" if best.statement is not None else None,
        "mentions": [
            span(
                text,
                *x.span,
                status=m.status,
                statement=f"s{m.statement + 1}" if m.statement is not None else None,
            )
            for m in group
            for x in sorted([m] + m.absorbed, key=lambda x: x.span[0])
        ],
    }
    if first.own_statement is not None:
        ev["expressed_in"] = f"s{first.own_statement + 1}"
    intent = pick("intent")
    if intent and ev["type"] == "AGREE":
        ev["intent"] = intent
    return ev


def _num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
