"""Speakers across reports: one identity per person or body, with its aliases.

Inside a report the analyser already resolved surnames and titles to full names; across
reports the same person is spelled differently (Zelensky, Zelenskyy, Zelenskiy; Kirill and
Kyrylo Budanov; Pat and Patrick Ryder). Names are compared on a folded spelling that forgets
the usual transliteration differences; first names may differ by a short form or a small edit.
A surname alone joins a full name only when exactly one person with that surname is known, so
two people who share a surname are never merged without more evidence. Spokespeople are linked
to the body they speak for, which is the origin that counts for independence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from claimledger.ledger.items import Item, words
from claimledger.resources.actors import actor_dictionary, fold

_TITLES = frozenset(
    """mr mrs ms dr prof gen general col colonel lt maj major capt captain adm admiral sgt
    president minister premier prime chancellor king queen prince sheikh sir lord dame rev""".split()
)

# Short forms of first names that transliteration folding cannot see.
_SHORT = {
    "pat": "patrick",
    "bill": "william",
    "bob": "robert",
    "jim": "james",
    "mike": "michael",
    "tony": "anthony",
    "joe": "joseph",
    "tom": "thomas",
    "dave": "david",
    "alex": "alexander",
    "sasha": "alexander",
    "dima": "dmitry",
    "volodya": "volodymyr",
    # Ukrainian and Russian forms of one first name, as transliterated.
    "nikolai": "mykola",
    "nikolay": "mykola",
    "pavel": "pavlo",
    "sergei": "serhiy",
    "sergey": "serhiy",
    "andrei": "andriy",
    "andrey": "andriy",
    "aleksei": "oleksiy",
    "alexei": "oleksiy",
    "alexey": "oleksiy",
    "vladimir": "volodymyr",
    "mikhail": "mykhailo",
    "dmitry": "dmytro",
    "dmitri": "dmytro",
    "pyotr": "petro",
    "grigory": "hryhoriy",
    "vasily": "vasyl",
    "yevgeny": "yevhen",
    "evgeny": "yevhen",
    "kirill": "kyrylo",
    "vitaly": "vitaliy",
    "anatoly": "anatoliy",
    "yuri": "yuriy",
    "kate": "katherine",
    "liz": "elizabeth",
    "ben": "benjamin",
    "dan": "daniel",
    "sam": "samuel",
    "nick": "nicholas",
    "chris": "christopher",
    "matt": "matthew",
    "steve": "stephen",
}

# Roles of people who speak for a body: its spokespeople and its heads ("the agency's chief",
# "head of the border service"). Ministers and presidents are not here: they speak as
# themselves as well as for their office.
_SPOKES = re.compile(
    r"\b(spokes(?:wo)?m[ae]n|spokesperson|press secretary|press officer|press service|representative"
    r"|chief|head|director|commander)\b"
    r"(?:\s+(?:for|of|at))?\s*(?:the\s+)?",
    re.I,
)


@lru_cache(maxsize=65536)
def fold_name(word: str) -> str:
    """A spelling key that forgets transliteration differences: Zelenskyy, Zelenskiy and
    Zelensky; Kyrylo and Kirill; Oleksandr and Aleksandr; Mohammed and Muhammad."""
    w = fold(word)
    w = re.sub(r"[^a-z]", "", w)
    for a, b in (
        ("tch", "ch"),
        ("zh", "j"),
        ("kh", "k"),
        ("ch", "k"),
        ("sh", "s"),
        ("th", "t"),
        ("ck", "k"),
        ("ph", "f"),
        # Ukrainian h is Russian g: Hrytsenko and Gritsenko, Hryhoriy and Grigory.
        ("h", "g"),
        ("ks", "x"),
        ("iy", "i"),
        ("yi", "i"),
        ("ij", "i"),
        ("y", "i"),
        ("j", "i"),
        ("w", "v"),
        ("c", "k"),
        ("q", "k"),
        ("ou", "u"),
        ("o", "a"),
        ("u", "a"),
        ("e", "a"),
    ):
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters
    if w.startswith("a") and len(w) > 5:
        w = w[1:]  # Oleksandr / Aleksandr / Alexander all begin alike after this
    return w


def _edit1(a: str, b: str) -> bool:
    """At most one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diffs += 1
            if diffs > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diffs + (len(b) - j) <= 1


@lru_cache(maxsize=65536)
def first_names_agree(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    fa, fb = _SHORT.get(fa, fa), _SHORT.get(fb, fb)
    if fa == fb:
        return True
    ka, kb = fold_name(fa), fold_name(fb)
    if ka == kb or (min(len(ka), len(kb)) >= 4 and _edit1(ka, kb)):
        return True
    # Initials: "K. Budanov"
    return (len(fa.rstrip(".")) == 1 and fb.startswith(fa[0])) or (
        len(fb.rstrip(".")) == 1 and fa.startswith(fb[0])
    )


def name_parts(name: str) -> list[str]:
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    while parts and fold(parts[0]).rstrip(".") in _TITLES:
        parts = parts[1:]
    return parts


@dataclass
class Identity:
    """One person or body across reports."""

    key: str
    name: str
    type: str
    actor: str | None
    aliases: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    speaks_for: str | None = None  # key of the body a spokesperson speaks for
    statements: int = 0


# "the latest weekly bulletin of the UN centre" is the UN centre speaking through a document.
_DOCUMENT_OF = re.compile(
    r"^(?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:bulletin|report|statement|data|figures|update|"
    r"assessment|estimate|count|tally|analysis) (?:of|from|by|issued by|released by) ",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
# "Ministry of Foreign Affairs" and "Foreign Ministry" are one body; "its ministry" is not a
# ministry called "its".
_BODY_STOP = frozenset("the of for and 's ’s its their his her our affairs".split())
_BODY_SYNONYMS = {"defense": "defence", "ministry": "ministry", "govt": "government"}


def body_key(name: str) -> str:
    """One key for the spellings of a body: "Belarus's Defence Ministry", "the Belarusian
    Defense Ministry" and "Ministry of Defence of Belarus" alike; a seat of government
    ("the Kremlin", "Minsk") is its country's government; a known organisation its name."""
    from claimledger.resources.countries import countries, find_country

    table = countries()
    name = _DOCUMENT_OF.sub("", name.strip())
    if _COORDINATED.search(name):
        # "the port authority and the UN centre" speak together: neither alone.
        return "group:" + fold(name)
    org = actor_dictionary().org(name)
    if org is not None:
        name = org.name
    seat = table.seat(name)
    if seat is not None:
        return f"org:{seat.iso3} government"
    tokens = re.sub(r"['’]s\b", "", fold(name)).replace(",", " ").split()
    out: list[str] = []
    while (found := find_country(tokens)) is not None:
        c, start, end = found
        out += [_BODY_SYNONYMS.get(w, w) for w in tokens[:start] if w not in _BODY_STOP]
        out.append(c.iso3)
        tokens = tokens[end:]
    out += [_BODY_SYNONYMS.get(w, w) for w in tokens if w not in _BODY_STOP]
    # "South Korea's spy agency" is the NIS when the country has one known intelligence service.
    codes = [w for w in out if w.isupper()]
    rest = {w for w in out if not w.isupper()}
    if len(codes) == 1 and rest & _SPY_WORDS and rest <= _SPY_WORDS | _SERVICE_WORDS:
        known = _orgs_with_code(f"{codes[0]} SPY")
        if len(known) == 1:
            return body_key(known[0])
    return "org:" + " ".join(sorted(set(out)))


_SPY_WORDS = frozenset({"spy", "intelligence", "espionage"})
_SERVICE_WORDS = frozenset({"agency", "service", "services", "national", "foreign", "military", "main"})


@lru_cache(maxsize=256)
def _orgs_with_code(code: str) -> list[str]:
    return sorted({org.name for org, _ in actor_dictionary().orgs.values() if org.code == code})


def resolve(items: list[Item]) -> dict[str, Identity]:
    """Give every item an `identity` key; returns the identities by key."""
    people: dict[str, list[list[str]]] = defaultdict(list)  # folded surname -> name parts seen
    for it in items:
        if it.speaker_type == "person" and it.speaker_name:
            parts = name_parts(it.speaker_name)
            if parts:
                people[fold_name(parts[-1])].append(parts)

    # Per surname: clusters of full names whose first names agree.
    person_key: dict[tuple[str, str], str] = {}  # (surname key, folded first name) -> identity key
    surname_only: dict[str, str | None] = {}  # surname key -> the one identity, or None if several
    for sk, seen in people.items():
        clusters: list[list[str]] = []  # first names per cluster
        for parts in seen:
            if len(parts) < 2:
                continue
            first = parts[0]
            for cl in clusters:
                if any(first_names_agree(first, f) for f in cl):
                    if first not in cl:
                        cl.append(first)
                    break
            else:
                clusters.append([first])
        for cl in clusters:
            key = "person:" + fold_name(cl[0]) + " " + sk
            for f in cl:
                person_key[(sk, fold(f))] = key
        surname_only[sk] = ("person:" + fold_name(clusters[0][0]) + " " + sk) if len(clusters) == 1 else None

    outlets = {_strip_the(fold(it.outlet)) for it in items if it.outlet}
    keys = [_identity_key(it, person_key, surname_only, outlets) for it in items]
    longer = _body_extensions({k for k in keys if k.startswith("org:")}, min_words=2)
    # Where two bodies share the short name ("the Defence Ministry" of two countries), the one
    # the same report names in full.
    in_report: dict[str, set[str]] = defaultdict(set)
    for it, key in zip(items, keys, strict=True):
        if key.startswith("org:"):
            in_report[it.report].add(longer.get(key, key))
    local = {r: _body_extensions(ks, min_words=2) for r, ks in in_report.items() if len(ks) > 1}
    identities: dict[str, Identity] = {}
    for it, key in zip(items, keys, strict=True):
        key = longer.get(key, key)
        key = local.get(it.report, {}).get(key, key)
        it.identity = key
        ident = identities.get(key)
        if ident is None:
            kind = "outlet" if key.startswith("outlet:") else it.speaker_type or "unknown"
            ident = identities[key] = Identity(key, it.speaker_label, kind, it.speaker_actor)
        ident.aliases[it.speaker_name or it.speaker_text or "unknown"] += 1
        if _is_name(it.speaker_text) and it.speaker_text != it.speaker_name:
            ident.aliases[it.speaker_text] += 0  # a spelling met in the text, not counted as a name
        if it.speaker_role:
            ident.roles[it.speaker_role] += 1
        if not ident.actor and it.speaker_actor:
            ident.actor = it.speaker_actor
        ident.statements += 1
    for ident in identities.values():
        names = [a for a, n in ident.aliases.most_common() if n > 0]
        if ident.type == "person":
            # The most used full spelling names the person.
            full = [a for a in names if len(name_parts(a)) >= 2]
            ident.name = (full or names or [ident.name])[0]
        elif names:
            ident.name = names[0]
        ident.speaks_for = _spokesperson_of(ident)
    # A spokesperson's body may be named short ("the centre's spokeswoman"): the one body
    # known under a longer name that holds those words.
    bodies = {k for k in identities if k.startswith("org:")}
    reports_of: dict[str, set[str]] = defaultdict(set)
    for it in items:
        if it.identity:
            reports_of[it.identity].add(it.report)
    for ident in identities.values():
        if ident.speaks_for and ident.speaks_for not in bodies:
            # the body named in full in the spokesperson's own reports, else the only one known
            near = {k for r in reports_of[ident.key] for k in in_report.get(r, ())} & bodies
            short = ident.speaks_for
            ident.speaks_for = (
                _body_extensions(near | {short}, min_words=1).get(short)
                or _acronym_of(short, near, identities)
                or _body_extensions(bodies | {short}, min_words=1).get(short, short)
            )
    return identities


def _acronym_of(key: str, bodies: set[str], identities: dict[str, Identity]) -> str | None:
    """ "SES" for the State Emergency Service named in the same reports: the initials of the
    capitalised words of one body's name."""
    word = key[4:] if key.startswith("org:") else key
    if not (2 <= len(word) <= 6 and word.isalpha()):
        return None
    hits = set()
    for k in bodies:
        for name in identities[k].aliases if k in identities else ():
            rest = re.sub(r"^.*['’]s\s+", "", name)
            initials = "".join(w[0] for w in rest.split() if w[:1].isupper())
            if initials.lower() == word.lower():
                hits.add(k)
    return hits.pop() if len(hits) == 1 else None


def _body_extensions(keys: set[str], min_words: int) -> dict[str, str]:
    """Short names of a body mapped to its longer name where there is no doubt: "the port
    authority" is "the Zolotar Port Authority" when that is the only port authority known;
    "the Defence Ministry" stays apart when two countries' defence ministries are known."""
    words_of = {k: frozenset(k[4:].split()) for k in keys}
    out = {}
    for k, ws in words_of.items():
        if len(ws) < min_words:
            continue
        supersets = [k2 for k2, w2 in words_of.items() if k2 != k and ws < w2]
        if not supersets:
            continue
        biggest = max(supersets, key=lambda k2: len(words_of[k2]))
        if all(words_of[k2] <= words_of[biggest] for k2 in supersets):
            out[k] = biggest
    return out


def _strip_the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


_PRONOUNS = frozenset("he she they it we i you him her them his its their".split())


def _is_name(text: str | None) -> bool:
    """A mention worth listing as an alias: not a pronoun, not a bare common noun."""
    if not text:
        return False
    return fold(text) not in _PRONOUNS and text[0].isupper() and not text.startswith("The ")


def _identity_key(it: Item, person_key, surname_only, outlets: set[str]) -> str:
    name = it.speaker_name or it.speaker_text or ""
    if name and _strip_the(fold(name)) in outlets:
        # A news outlet "reporting" a figure relays someone else's statement.
        return "outlet:" + _strip_the(fold(name))
    if it.speaker_type == "person" and name:
        parts = name_parts(name)
        if parts:
            sk = fold_name(parts[-1])
            if len(parts) >= 2:
                return person_key.get((sk, fold(parts[0]))) or "person:" + fold(name)
            one = surname_only.get(sk)
            if one:
                return one
        return "person:" + fold(name)
    if not name:
        return "unknown:" + (it.speaker_actor or "")
    if it.speaker_type in ("organisation", "group", "country", "document"):
        return body_key(name)
    return "other:" + fold(name)


def _spokesperson_of(ident: Identity) -> str | None:
    for role, _ in ident.roles.most_common():
        m = _SPOKES.search(role)
        if not m:
            continue
        after = role[m.end() :].strip(" ,.")
        if all(fold(w).rstrip(".") in _TITLES for w in after.split()):
            after = ""  # "ministry spokesman Major General": a rank, not a body
        body = after or role[: m.start()].strip(" ,.")
        body = re.sub(r"['’]s$", "", body).strip()
        if body:
            return body_key(body)
    return None


def origin_key(it: Item, identities: dict[str, Identity]) -> str:
    """Who stands behind a statement, for counting independent origins: the cited source when
    there is one, else the body a spokesperson speaks for, else the speaker. A statement that
    relays a nested one ("X said that Y put the toll at 40") has the nested one's origin."""
    seen = {id(it)}
    while it.relayed is not None and id(it.relayed) not in seen:
        it = it.relayed
        seen.add(id(it))
    if it.cited_source:
        cited = re.sub(r"^(citing|based on|according to|quoting)\s+", "", it.cited_source.strip(), flags=re.I)
        return "cited:" + " ".join(sorted(set(words(cited))))
    ident = identities.get(it.identity or "")
    if ident and ident.speaks_for:
        return ident.speaks_for
    return it.identity or "unknown:"
