"""Estimate timelines: for a counted thing, its distinct figures in the order they were stated.

A point is a quantity claim: one figure for one counted thing, with the date it was first
stated, who stated it (on whose authority) and every report that carries it, so that the
same estimate repeated by fourteen outlets is one point with fourteen reports.

A query names the counted thing as a user would ("North Korean troops", "dead", "tonnes of
grain"): its class word (troops, killed, refugees...) must match the claim's class, a country
it names must be the thing's country (or, for a thing whose owner the sentence leaves unsaid,
a country of the report), and other words must occur in what the figure counts. A name the
query spells with a capital ("Korvathi troops in Velmora") must occur in every match; a query
without names needs one of its other words.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.ledger.counted import _CLASS_OF, BARE
from claimledger.ledger.items import words
from claimledger.resources.countries import find_country

_HUMAN = {"personnel", "people", "displaced", "prisoners"}


@dataclass(frozen=True)
class Query:
    """A timeline query read once: its class words, the country it names, its other words."""

    classes: frozenset[str]
    country: str | None
    others: frozenset[str]
    names: frozenset[str] = frozenset()

    @classmethod
    def read(cls, text: str) -> Query:
        tokens = text.split()
        found = find_country(tokens)
        country_words = set(words(" ".join(tokens[found[1] : found[2]]))) if found else set()
        qwords = words(text)
        others = frozenset(w for w in qwords if w not in _CLASS_OF and w not in country_words)
        named = {w for t in tokens if t[:1].isupper() for w in words(t)}
        return cls(
            frozenset(_CLASS_OF[w] for w in qwords if w in _CLASS_OF),
            found[0].iso3 if found else None,
            others,
            frozenset(others & named),
        )

    def story_words_in(self, context: set[str]) -> bool:
        """Every name of the query occurs in `context`; without names, one of its words."""
        if self.names:
            return all(any(_derived(n, w) for w in context) for n in self.names)
        return bool(self.others & context)


def _derived(a: str, b: str) -> bool:
    """One name and its derived forms: "velmora", "velmoran"; "chile", "chilean"; "sudan",
    "sudanese"."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or not 0 < len(long_) - len(short) <= 4:
        return False  # "iran" and "iraq" are two names
    if long_.startswith(short):
        return True
    # "ukraine", "ukrainian": a final vowel dropped before a demonym's ending
    return short[-1] in "aeiouy" and long_.startswith(short[:-1]) and long_[len(short) - 1 :] in _ENDINGS


_ENDINGS = {"ian", "an", "ese", "i", "n", "ean"}


def matches(summary: dict, query: Query) -> bool:
    counted = summary.get("counted")
    if summary.get("kind") != "quantity" or not counted:
        return False
    what = counted["what"]
    if what == BARE:
        # a figure whose noun was never said: only by the story's words
        return bool(query.others) and query.story_words_in(_context_words(summary))
    if query.classes:
        if what not in query.classes and not (what == "people" and query.classes & _HUMAN):
            return False
        if query.others and not query.story_words_in(_context_words(summary)):
            # "dead in the Drobetsk strike": the other words name the story.
            return False
    elif query.others:
        thing = set(words(" ".join([what, *counted.get("as_written", [])])))
        if not thing & query.others:
            return False
    elif not query.country:
        return False
    if query.country:
        have = counted.get("country")
        if have is not None and have != query.country:
            return False
        if have is None and query.country not in (summary.get("report_countries") or ()):
            return False
    return True


def _context_words(summary: dict) -> set[str]:
    text = " ".join(
        [
            *(s.get("content") or "" for s in summary.get("statements", [])),
            *summary.get("counted", {}).get("as_written", []),
            *summary.get("report_places", []),
            *summary.get("report_titles", []),
            summary.get("point", {}).get("scope") or "",
        ]
    )
    return set(words(text))


def point(summary: dict) -> dict:
    fig = summary["figure"]
    p = summary["point"]
    reports = list(dict.fromkeys(s["report"] for s in summary["statements"]))
    urls = list(dict.fromkeys(s["url"] for s in summary["statements"] if s.get("url")))
    return {
        "date": p.get("date", summary["first_reported"]["date"]),
        "dated": p.get("dated", summary["first_reported"].get("dated", True)),
        "value": fig["value"],
        "low": fig["low"],
        "high": fig["high"],
        "bound": fig["bound"],
        "counted": summary["counted"]["label"],
        "scope": p.get("scope"),
        "speaker": p["speaker"],
        "cited_source": p.get("cited_source"),
        "status": p["status"],
        "reports": reports,
        "urls": urls,
        "claim": summary["id"],
    }


def timeline(summaries, query: str) -> list[dict]:
    """The points of every quantity claim matching `query`, in date order."""
    q = Query.read(query)
    pts = _each_figure_once([point(s) for s in summaries if matches(s, q)])
    pts.sort(key=lambda p: (p["date"] or "9999", p["value"] if p["value"] is not None else p["low"] or 0))
    return pts


def _each_figure_once(pts: list[dict]) -> list[dict]:
    """Each distinct figure once: a figure stated again in another claim (another speaker
    relaying it, or a statement that gives it without its noun, "put the number at 1,500")
    joins the point of its first statement, with its reports."""
    pts = sorted(pts, key=lambda p: (p["counted"] == BARE, p["date"] or "9999"))
    first: dict[tuple, dict] = {}
    named: dict[tuple, dict] = {}
    out = []
    for p in pts:
        fig = (p["value"], p["low"], p["high"], p["bound"])
        twin = first.get((*fig, p["counted"])) or (named.get(fig) if p["counted"] == BARE else None)
        if twin is None:
            first[(*fig, p["counted"])] = p
            if p["counted"] != BARE:
                named.setdefault(fig, p)
            out.append(p)
            continue
        twin["reports"] = list(dict.fromkeys([*twin["reports"], *p["reports"]]))
        twin["urls"] = list(dict.fromkeys([*twin["urls"], *p["urls"]]))
        if (p["date"] or "9999") < (twin["date"] or "9999"):
            twin["date"], twin["dated"] = p["date"], p["dated"]
    return out
