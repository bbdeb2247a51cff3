"""What the actor pass finds: dictionary matches, actor mentions, the people they refer to,
and how a code is written from a country and a sector."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict


class ActorNote(TypedDict):
    """What events need of an actor mention beyond its record: token range, country and sector apart."""

    start: int
    end: int
    head: int
    char_start: int
    char_end: int
    name: str | None
    code: str | None
    type: str | None
    country: str | None
    sector: str | None
    role: str | None


@dataclass
class Match:
    """A dictionary phrase found in the text: a country, demonym, seat, organisation, group or person."""

    start: int  # token indices, end exclusive
    end: int
    kind: str  # country | demonym | seat | org | group | person
    # Country (country, demonym, seat), Org, Group or KnownPerson: `kind` says which, and a
    # str tag is something mypy cannot narrow on, so the payload is Any.
    obj: Any


@dataclass
class ActorMention:
    start: int  # token indices, end exclusive
    end: int
    head: int
    type: str
    name: str | None = None
    country: str | None = None  # ISO3, or a CAMEO ethnic/region code
    sector: str | None = None
    whole: str | None = None  # a complete code from a table (IGO/NGO codes), wins over the parts
    role: str | None = None
    explicit: bool = False  # the country comes from the mention's own words
    entity: Entity | None = None  # the person a name, surname or title refers to
    title: tuple | None = None  # (title word, modifier words) of an unnamed person, to resolve
    source: str = ""
    poss_at: int | None = None  # a possessive pronoun in a person's role ("its director")

    @property
    def code(self) -> str | None:
        if self.entity is not None:
            return self.entity.code
        return compose(self.country, self.sector, self.whole)


@dataclass
class Entity:
    """One person across the article: full name, roles and what they say about the code."""

    name: str
    mentions: list = field(default_factory=list)
    roles: list = field(default_factory=list)  # (role text, title word, role words)
    country: str | None = None
    sector: str | None = None
    whole: str | None = None
    first: int = 0

    @property
    def code(self) -> str | None:
        return compose(self.country, self.sector, self.whole)


def compose(country, sector, whole=None) -> str | None:
    if whole:
        return whole
    parts = [p for p in (country, sector) if p]
    return " ".join(parts) or None
