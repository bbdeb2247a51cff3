"""The ledger from items: identities, claims, relations, and the public shape of a claim.

`build` is pure (items in, ledger out) so that the evaluation and the store use the same code;
`claim_summary` is the JSON shape of a claim that `claims --format json`, the API and the
store all share.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from claimledger.ledger import claims as claims_mod
from claimledger.ledger import relations as relations_mod
from claimledger.ledger import speakers
from claimledger.ledger.claims import Claim
from claimledger.ledger.items import Item
from claimledger.ledger.relations import ClaimRelation
from claimledger.ledger.speakers import Identity

# The word a timeline shows for the stance that carried a figure.
STATUS_OF_STANCE = {
    "claim": "claimed",
    "estimate": "estimated",
    "expect": "expected",
    "intend": "expected",
    "promise": "expected",
    "confirm": "confirmed",
    "admit": "confirmed",
    "deny": "denied",
    "report": "reported",
}


@dataclass
class Ledger:
    claims: list[Claim]
    relations: list[ClaimRelation]
    identities: dict[str, Identity]
    _by_end: dict[tuple[str, str], list[ClaimRelation]] | None = field(default=None, repr=False)

    def relations_of(self, claim_id: str, end: str) -> list[ClaimRelation]:
        """The relations whose `end` ("source" or "target") is this claim."""
        if self._by_end is None:
            self._by_end = defaultdict(list)
            for r in self.relations:
                self._by_end[(r.source, "source")].append(r)
                self._by_end[(r.target, "target")].append(r)
        return self._by_end.get((claim_id, end), [])


def build(items: list[Item]) -> Ledger:
    identities = speakers.resolve(items)
    claims = claims_mod.group(items)
    for claim in claims:
        relations_mod.annotate(claim, identities)
    between = relations_mod.between(claims, identities)
    relations_mod.contest(claims, between)
    return Ledger(claims, between, identities)


def _report_ref(it: Item) -> dict:
    return {
        "date": it.date or None,
        "dated": it.dated,
        "outlet": it.outlet,
        "url": it.url,
        "report": it.report,
    }


def claim_summary(claim: Claim, ledger: Ledger) -> dict:
    """One claim as users and scripts see it (README: "claims --format json")."""
    ident = ledger.identities
    first = claim.items[0]
    latest = max(claim.items, key=lambda it: (it.date or "", it.document_id))
    statements = []
    for i, it in enumerate(claim.items):
        who = ident.get(it.identity or "")
        statements.append(
            {
                "report": it.report,
                "sid": it.sid,
                "url": it.url,
                "outlet": it.outlet,
                "published": it.date or None,
                "dated": it.dated,
                "speaker": who.name if who else it.speaker_label,
                "speaker_id": it.identity,
                "mention": it.speaker_text,
                "stance": it.stance,
                "negated": it.negated,
                "cited_source": it.cited_source,
                "content": it.content,
                "relation": claim.relations.get(i, "origin"),
            }
        )
    rels = [
        {"type": r.type, "claim": r.target, "direction": "to"}
        for r in ledger.relations_of(claim.id, "source")
    ] + [
        {"type": r.type, "claim": r.source, "direction": "from"}
        for r in ledger.relations_of(claim.id, "target")
    ]
    out = {
        "id": claim.id,
        "label": claim.label,
        "kind": claim.kind,
        "status": claim.status,
        "origins": claim.origins,
        "outlets": claim.outlets,
        "first_reported": _report_ref(first),
        "latest": _report_ref(latest),
        "statements": statements,
        "relations": rels,
    }
    if claim.kind == "quantity" and claim.figure is not None and claim.counted is not None:
        f = claim.figure
        # The point is the figure as first stated, not a denial that came before it.
        first = next((it for it in claim.items if not it.denies), first)
        origin_who = ident.get(first.identity or "")
        out["figure"] = {
            "value": f.value,
            "low": None if f.value is not None else f.low,
            "high": None if f.value is not None else f.high,
            "bound": f.bound,
            "text": f.text,
        }
        out["counted"] = {
            "what": claim.counted.what,
            "country": claim.counted.country,
            "modality": claim.counted.modality,
            "label": claim.counted.label,
            "as_written": sorted({fig.counts for it in claim.items for fig in it.figures if fig.counts}),
        }
        out["point"] = {
            "date": first.date or None,
            "dated": first.dated,
            "speaker": origin_who.name if origin_who else first.speaker_label,
            "cited_source": first.cited_source,
            "status": STATUS_OF_STANCE.get(first.stance, "denied" if first.denies else "claimed"),
            "scope": ", ".join(dict.fromkeys(p for it in claim.items for p in it.places)) or None,
        }
        out["report_countries"] = sorted({c for it in claim.items for c in it.report_countries})
        out["report_places"] = sorted({p for it in claim.items for p in it.report_places})
        out["report_titles"] = sorted({it.report_title for it in claim.items if it.report_title})
    if claim.kind == "event":
        out["event"] = {"type": claim.event_type, "place": claim.place}
    return out
