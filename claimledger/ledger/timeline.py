"""Estimate timelines: for a counted thing, its distinct figures in the order they were stated.

A point is a quantity claim: one figure for one counted thing, with the date it was first
stated, who stated it (on whose authority) and every report that carries it, so that the
same estimate repeated by fourteen outlets is one point with fourteen reports.

A query names the counted thing as a user would ("North Korean troops", "dead", "tonnes of
grain"): its class word (troops, killed, refugees...) must match the claim's class, a country
it names must be the thing's country (or, for a thing whose owner the sentence leaves unsaid,
a country of the report), and other words must occur in what the figure counts.
"""

from __future__ import annotations

from claimledger.ledger.counted import _CLASS_OF, BARE, _country_in
from claimledger.ledger.items import words
from claimledger.resources.countries import find_country

_HUMAN = {"personnel", "people", "displaced", "prisoners"}


def _country_words(query: str) -> set[str]:
    tokens = query.split()
    found = find_country(tokens)
    return set(words(" ".join(tokens[found[1] : found[2]]))) if found else set()


def matches(summary: dict, query: str) -> bool:
    counted = summary.get("counted")
    if summary.get("kind") != "quantity" or not counted:
        return False
    qwords = words(query)
    classes = {_CLASS_OF[w] for w in qwords if w in _CLASS_OF}
    country = _country_in(query)
    others = [w for w in qwords if w not in _CLASS_OF and w not in _country_words(query)]
    what = counted["what"]
    if what == BARE:
        # a figure whose noun was never said: only by the story's words
        return bool(set(others) & _context_words(summary))
    if classes:
        if what not in classes and not (what == "people" and classes & _HUMAN):
            return False
        if others and not set(others) & _context_words(summary):
            # "dead in the Drobetsk strike": the other words name the story.
            return False
    elif others:
        thing = set(words(" ".join([what, *counted.get("as_written", [])])))
        if not thing & set(others):
            return False
    elif not country:
        return False
    if country:
        have = counted.get("country")
        if have is not None and have != country:
            return False
        if have is None and country not in (summary.get("report_countries") or ()):
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
    pts = [point(s) for s in summaries if matches(s, query)]
    pts.sort(key=lambda p: (p["date"] or "9999", p["value"] if p["value"] is not None else p["low"] or 0))
    return pts
