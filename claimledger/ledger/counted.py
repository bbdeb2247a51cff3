"""What a figure counts, normalised: "North Korean troops", "DPRK soldiers" and "servicemen
from North Korea" are one counted thing; "people killed" and "deaths" another.

A counted thing is a class (personnel, dead, injured, displaced, ...) or, for nouns outside the
classes, the noun itself, plus the country it belongs to when the text says so, plus a
modality: figures that are expected or planned are kept apart from figures of what is.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.ledger.items import Figure, Item, stem, words
from claimledger.resources.actors import fold
from claimledger.resources.countries import countries, find_country

# Head nouns folded into one class each; the class name is what timelines show.
CLASSES = {
    "personnel": """troop soldier serviceman servicemen personnel force fighter mercenary
        marine sailor conscript recruit contingent military army infantry paratrooper officer
        commando militant defender guard""",
    "dead": """dead death fatality killed victim body toll life""",
    "injured": """injured wounded injury hurt""",
    "casualties": """casualty""",
    "displaced": """displaced refugee evacuee asylum seeker homeless migrant""",
    "prisoners": """prisoner captive detainee pow hostage""",
    "cases": """case infection infected patient""",
    "vessels": """ship vessel boat carrier freighter tanker""",
    "aircraft": """aircraft plane jet helicopter""",
}
_CLASS_OF = {stem(w): c for c, ws in CLASSES.items() for w in ws.split()}
# What a figure with no noun of its own counts, until its claim tells.
BARE = "number"

# Classes of people whose figures may describe one group under different nouns ("95
# servicemen", "95 prisoners", "the 95 men"): one claim when the figure and the context agree.
HUMAN = frozenset({"personnel", "people", "prisoners", "displaced"})
_PEOPLE = {"people", "person", "men", "women", "civilian", "resident", "inhabitant", "individual"}

# A figure of these counts a duration, not a thing anyone estimates.
_DURATIONS = frozenset(stem(w) for w in "second minute hour day night week month year decade".split())

_EXPECTED_STANCES = {"expect", "intend", "promise", "plan", "propose", "threaten", "hope"}


@dataclass(frozen=True)
class Counted:
    what: str  # a class from CLASSES, or the counted noun
    country: str | None  # ISO alpha-3 of whose it is, when said
    modality: str  # "is" | "expected"

    @property
    def family(self) -> str:
        return "people" if self.what in HUMAN else self.what

    @property
    def label(self) -> str:
        who = ""
        if self.country:
            c = countries().by_iso3.get(self.country)
            who = (
                ((c.demonyms[0] if c and c.demonyms else (c.name if c else self.country)) + " ") if c else ""
            )
        text = who + self.what
        return text + (" (expected)" if self.modality == "expected" else "")


def _country_in(text: str) -> str | None:
    found = find_country(text.split())
    return found[0].iso3 if found else None


def counted(fig: Figure, item: Item) -> Counted | None:
    """The counted thing of a figure in a statement, or None for figures that count nothing
    the ledger follows (lengths, percentages without a noun, bare numbers)."""
    if fig.kind in ("duration", "age"):
        return None
    what: str | None
    if fig.role in ("dead", "injured"):
        what = fig.role
    elif fig.kind not in (None, "count") and fig.unit:
        # A measure is named by its unit: "126,000 tonnes of corn and wheat" and "126,000
        # tonnes of grain" are one figure; a percentage by what it is a share of.
        heads = [w for w in words(fig.counts) if not w[0].isdigit()]
        if fig.kind == "percent":
            what = "% " + heads[-1] if heads else "%"
        else:
            what = stem(fold(fig.unit))
    else:
        what = None
        for w in reversed(words(fig.counts)):
            if w in _CLASS_OF:
                what = _CLASS_OF[w]
                break
        if what is None:
            heads = [w for w in words(fig.counts) if not w[0].isdigit()]
            if not heads:
                if fig.high < 100:
                    return None
                # "put the number at about 40,000", "the figure of 48,000": a distinctive
                # figure whose noun is elsewhere; the claim takes it from the statements
                # that share the figure and the story.
                return Counted(BARE, None, "expected" if item.stance in _EXPECTED_STANCES else "is")
            what = heads[-1]
            if what in _DURATIONS:
                return None
            if fig.high < 10:
                return None  # "the two states", "three villages": a description, not an estimate
            if countries().demonym(what) or countries().demonym(what + "s"):
                what = "people"  # "15,000 North Koreans"
    country = _country_in(fig.counts)
    if country is None and (what in _PEOPLE or what in ("personnel", "prisoners")):
        # "North Koreans", "people" with a country actor in the content ("North Korea deployed
        # 11,000 troops"); the first country actor is the one doing or having.
        country = _country_from_codes(item.countries)
    if what in _PEOPLE:
        what = "people"
    modality = "expected" if item.stance in _EXPECTED_STANCES else "is"
    assert what is not None  # every branch above names it or returns
    return Counted(what, country, modality)


def _country_from_codes(codes: list[str]) -> str | None:
    for code in codes:
        if len(code) == 3 and code.isalpha() and code not in ("IGO", "NGO", "IMG", "MNC"):
            return code
    return None
