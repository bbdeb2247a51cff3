"""`claimledger eval ledger GOLD`: the ledger against multi-report stories.

GOLD is a folder of stories (`tests/gold/ledger/README.md`): every `gold.json` under it with
its `reports.jsonl`. The reports go through the same path as `claimledger ingest` (cleaning,
analysis, a real SQLite store in a temporary folder, near-duplicate links, the ledger build),
and the stored ledger is read back through the query layer, so the figures measure what a user
gets.

Figures:
- statements found: gold statements matched to a system statement (same report; the gold
  `content_has` overlaps the system content by at least half its length; the most overlap,
  then the tightest statement);
- found with the right speaker, and with the right speaker and figure: a found statement
  whose speaker (the record's resolved name or mention, one of coordinated speakers, the
  ledger identity and the body a spokesperson speaks for, the cited source of an outlet that
  relays a figure) names the gold speaker (the same body key, or the same surname for a
  person, or one name inside the other), and whose content carries every number of the gold
  `content_has`;
- claims B-cubed P/R/F1 over gold statements (an unmatched one is a singleton);
- statement relation accuracy over matched statements (origin, repeats, corroborates,
  contradicts, misattributes), and recall of claim relations (revises, contradicts);
- support accuracy (origins, outlets, status) of each gold claim against the system claim
  holding most of its matched statements;
- timeline recall and precision: a gold point is found when the query's timeline has a point
  with the same figure (value, or low and high) carried by at least one of its reports; a
  system point is right when it is such a point for a gold point no other system point took.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Stories under `path` (a story folder, a split folder or the whole gold folder)."""
    root = Path(path)
    stories = []
    for gold in sorted(root.rglob("gold.json")):
        if split and split not in gold.parts:
            continue
        reports = [
            json.loads(line)
            for line in (gold.parent / "reports.jsonl").read_text().splitlines()
            if line.strip()
        ]
        stories.append({"path": str(gold.parent), "gold": json.loads(gold.read_text()), "reports": reports})
    if not stories:
        raise ValueError(f"no gold.json under {path}")
    return stories


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers(text: str) -> set[str]:
    """The figures written in digits in a text, without thousands separators."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def _tokens(name: str) -> list[str]:
    from claimledger.ledger.speakers import fold

    words = re.sub(r"['’]s\b", "", fold(name)).replace(",", " ").replace("-", " ").split()
    return [w for w in words if w not in _NAME_STOP]


_NAME_STOP = frozenset("the of for and its their his her affairs".split())


def _word_like(a: str, b: str) -> bool:
    """ "lessarian" and "lessaria", "defense" and "defence": one word, spelt or derived apart."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 5 and n >= min(len(a), len(b)) - 2


def same_speaker(gold: str, names: set[str], kind: str | None) -> bool:
    """Does any system name of a speaker name the gold speaker? The same body key ("Russian
    Defence Ministry" and "Ministry of Defence of Russia"), the same words up to spelling and
    derivation ("Lessaria's Border Police", "Lessarian Border Police"), the same surname for a
    person, or one name inside the other."""
    from claimledger.ledger.speakers import body_key, fold

    g = fold(gold).strip()
    gw = _tokens(gold)
    for name in names:
        n = fold(name).strip().removeprefix("the ")
        nw = _tokens(name)
        if not n or not nw:
            continue
        if n == g or (len(n) > 3 and (f" {n} " in f" {g} " or f" {g} " in f" {n} ")):
            return True
        if body_key(name) == body_key(gold):
            return True
        if len(nw) == len(gw) and all(any(_word_like(a, b) for b in nw) for a in gw):
            return True
        if kind == "person" and len(gw) >= 2 and _word_like(nw[-1], gw[-1]):
            return True
    return False


def _norm(s: str) -> str:
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return s


def _ingest(stories: list[dict], analyser, db_path: str) -> dict[str, dict]:
    """Store every report as `claimledger ingest` does; returns records by report id."""
    from claimledger.ingest.document import IngestError
    from claimledger.ingest.documents import iter_documents
    from claimledger.store.db import Store
    from claimledger.store.ledger import rebuild

    rows = [r for s in stories for r in s["reports"]]
    jsonl = Path(db_path).with_suffix(".jsonl")
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    records: dict[str, dict] = {}
    with Store("sqlite:///" + db_path) as store:
        docs = [d for d in iter_documents([str(jsonl)]) if not isinstance(d, IngestError)]
        for doc, (record, error) in zip(docs, analyser.analyse_each(docs), strict=True):
            if error is not None:
                continue
            store.add(doc.raw_input(), doc, record, analyser.version)
            records[record["id"]] = record
        rebuild(store)
    return records


def evaluate(stories: list[dict], analyser) -> dict:
    from claimledger.store import queries
    from claimledger.store.db import Store

    with tempfile.TemporaryDirectory(prefix="claimledger-eval-") as tmp:
        db_path = str(Path(tmp) / "ledger.db")
        records = _ingest(stories, analyser, db_path)
        with Store("sqlite:///" + db_path) as store:
            claims = queries.list_claims(store)
            speakers = {sp["id"]: sp for sp in queries.list_speakers(store)}
            timelines = {
                t["query"]: queries.timeline(store, t["query"])
                for s in stories
                for t in s["gold"].get("timelines", [])
            }
    # A statement with several figures is in several claims.
    claims_of: dict[tuple[str, str], list[dict]] = defaultdict(list)
    relation_in: dict[tuple[str, str, str], str] = {}
    for c in claims:
        for st in c["statements"]:
            claims_of[(st["report"], st["sid"])].append(c)
            relation_in[(c["id"], st["report"], st["sid"])] = st["relation"]
    spans = {
        rid: [(st["id"], st["content"]["start"], st["content"]["end"]) for st in rec.get("statements") or ()]
        for rid, rec in records.items()
    }

    def match(report: str, content_has: str) -> tuple[str, str] | None:
        rec = records.get(report)
        if rec is None:
            return None
        text = _norm(rec["text"])
        at = text.find(_norm(content_has))
        if at < 0:
            return None
        a, b = at, at + len(content_has)
        # The most overlap; among equals the tightest statement (a nested one rather than the
        # statement it is nested in).
        best, best_overlap, best_len = None, 0, 0
        for sid, s, e in spans.get(report, ()):
            overlap = min(b, e) - max(a, s)
            if overlap > best_overlap or (overlap == best_overlap > 0 and e - s < best_len):
                best, best_overlap, best_len = sid, overlap, e - s
        if best is None or best_overlap < 0.5 * (b - a):
            return None
        return (report, best)

    # Gold statements, their gold claim, their system statement (or None).
    gold_items = []
    for s in stories:
        for gc in s["gold"]["claims"]:
            key = s["gold"]["story"] + "/" + gc["id"]
            for gs in gc["statements"]:
                gold_items.append((key, gs, match(gs["report"], gs["content_has"])))
    found = sum(1 for _, _, m in gold_items if m is not None)
    by_sid = {(rid, st["id"]): st for rid, rec in records.items() for st in rec.get("statements") or ()}
    # Every name the system gives a statement's speaker: the record's, the ledger identity's
    # with its aliases, and the body a spokesperson speaks for.
    names_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    outlets = {_norm(r.get("outlet") or "").lower() for s in stories for r in s["reports"]} - {""}
    for key, st in by_sid.items():
        names = [n for n in (st["speaker"].get("name"), st["speaker"]["text"]) if n]
        # "the port authority and the UN said": either is the speaker
        names += [p for n in names for p in re.split(r",\s*|\s+and\s+|\s*&\s*", n) if p != n]
        cited = (st.get("cited_source") or {}).get("text")
        if cited and any(_norm(n).lower().removeprefix("the ") in outlets for n in names):
            # an outlet relaying a figure "citing the port authority" gives the source's words
            names.append(cited)
        names_of[key].update(names)
    for c in claims:
        for st in c["statements"]:
            ident = speakers.get(st.get("speaker_id") or "")
            while ident is not None:
                names_of[(st["report"], st["sid"])].update([ident["name"], *ident["aliases"]])
                ident = speakers.get(ident["speaks_for"] or "") if ident["speaks_for"] else None
    speaker_ok = figure_ok = 0
    speaker_errors: list[dict] = []
    for _, gs, m in gold_items:
        st = by_sid.get(m) if m else None
        if m is None or st is None:
            continue
        if not same_speaker(gs["speaker"], names_of[m], st["speaker"].get("type")):
            got = st["speaker"].get("name") or st["speaker"]["text"]
            speaker_errors.append({"report": gs["report"], "speaker": got, "gold": gs["speaker"]})
            continue
        speaker_ok += 1
        if numbers(gs["content_has"]) <= numbers(st["content"]["text"]):
            figure_ok += 1

    # Each gold claim against the system claim holding most of its matched statements; a
    # statement in several system claims is counted in the one its gold claim maps to, when
    # it is there, else in its first.
    votes: dict[str, Counter] = defaultdict(Counter)
    for gkey, _, m in gold_items:
        for c in claims_of.get(m, []) if m else []:
            votes[gkey][c["id"]] += 1
    by_id = {c["id"]: c for c in claims}
    mapped: dict[str, dict | None] = {
        gkey: by_id[v.most_common(1)[0][0]] if v else None for gkey, v in votes.items()
    }
    chosen: list[dict | None] = []
    for gkey, _, m in gold_items:
        options = claims_of.get(m, []) if m else []
        target = mapped.get(gkey)
        chosen.append(target if target in options else (options[0] if options else None))

    # B-cubed: system cluster = the chosen claim of the matched statement; unmatched are singletons.
    def sys_cluster(i: int) -> str:
        c = chosen[i]
        return f"missed-{i}" if c is None else c["id"]

    def bcubed(keep: list[int]) -> dict:
        by_gold: dict[str, set[int]] = defaultdict(set)
        by_sys: dict[str, set[int]] = defaultdict(set)
        for i in keep:
            by_gold[gold_items[i][0]].add(i)
            by_sys[sys_cluster(i)].add(i)
        p_sum = r_sum = 0.0
        for i in keep:
            g, sy = by_gold[gold_items[i][0]], by_sys[sys_cluster(i)]
            inter = len(g & sy)
            p_sum += inter / len(sy)
            r_sum += inter / len(g)
        k = len(keep) or 1
        bp, br = p_sum / k, r_sum / k
        return {"p": bp, "r": br, "f1": 2 * bp * br / (bp + br) if bp + br else 0.0}

    n = len(gold_items) or 1
    all_b3 = bcubed(list(range(len(gold_items))))
    # The same on the statements the analysis found: grouping apart from attribution recall.
    found_b3 = bcubed([i for i, c in enumerate(chosen) if c is not None])

    # Statement relations.
    rel_ok = rel_n = 0
    confusion: Counter = Counter()
    for i, (_, gs, m) in enumerate(gold_items):
        pick = chosen[i]
        if m is None or pick is None:
            continue
        rel_n += 1
        got = relation_in[(pick["id"], *m)]
        confusion[(gs["relation"], got)] += 1
        rel_ok += got == gs["relation"]

    # Support and claim relations: each gold claim against its mapped system claim.
    support = ("origins", "outlets", "status")
    support_ok: Counter = Counter()
    support_n = 0
    errors = []
    for s in stories:
        for gc in s["gold"]["claims"]:
            key = s["gold"]["story"] + "/" + gc["id"]
            sys_claim = mapped.get(key)
            if sys_claim is None:
                errors.append({"claim": key, "error": "no system claim", "label": gc["label"]})
                continue
            support_n += 1
            for field in support:
                ok = sys_claim[field] == gc[field]
                support_ok[field] += ok
                if not ok:
                    errors.append(
                        {
                            "claim": key,
                            "field": field,
                            "gold": gc[field],
                            "got": sys_claim[field],
                            "label": gc["label"],
                        }
                    )
    rel_found = rel_total = 0
    for s in stories:
        for r in s["gold"].get("claim_relations", []):
            rel_total += 1
            a = mapped.get(s["gold"]["story"] + "/" + r["from"])
            b = mapped.get(s["gold"]["story"] + "/" + r["to"])
            if a and b and any(x["type"] == r["type"] and x["claim"] == b["id"] for x in a["relations"]):
                rel_found += 1
            elif (
                a
                and b
                and r["type"] == "contradicts"
                and any(x["type"] == "contradicts" and x["claim"] == a["id"] for x in b["relations"])
            ):
                rel_found += 1

    # Timelines.
    def same_figure(gp: dict, sp: dict) -> bool:
        if gp.get("value") is not None:
            return sp.get("value") is not None and abs(sp["value"] - gp["value"]) < 1e-6
        return sp.get("low") == gp.get("low") and sp.get("high") == gp.get("high")

    t_found = t_gold = t_sys = t_sys_ok = 0
    for s in stories:
        for t in s["gold"].get("timelines", []):
            pts = timelines.get(t["query"], [])
            t_sys += len(pts)
            for gp in t["points"]:
                t_gold += 1
                hit = any(same_figure(gp, sp) and set(sp["reports"]) & set(gp["reports"]) for sp in pts)
                t_found += hit
                if not hit:
                    errors.append({"timeline": t["query"], "missed point": gp})
            # each gold point vouches for one system point: a figure shown twice is one too many
            vouched: set[int] = set()
            for sp in pts:
                for k, gp in enumerate(t["points"]):
                    if k not in vouched and same_figure(gp, sp) and set(sp["reports"]) & set(gp["reports"]):
                        vouched.add(k)
                        t_sys_ok += 1
                        break
    return {
        "stories": len(stories),
        "reports": sum(len(s["reports"]) for s in stories),
        "gold_claims": sum(len(s["gold"]["claims"]) for s in stories),
        "gold_statements": len(gold_items),
        "statements_found": found / n,
        "found_with_speaker": speaker_ok / n,
        "found_with_speaker_and_figure": figure_ok / n,
        "claims_bcubed": all_b3,
        "claims_bcubed_found": found_b3,
        "statement_relation_accuracy": rel_ok / rel_n if rel_n else None,
        "relation_confusion": {f"{g}->{s}": k for (g, s), k in sorted(confusion.items())},
        "claim_relation_recall": rel_found / rel_total if rel_total else None,
        "support_accuracy": {f: support_ok[f] / support_n if support_n else None for f in support},
        "timeline": {
            "recall": t_found / t_gold if t_gold else None,
            "precision": t_sys_ok / t_sys if t_sys else None,
            "gold_points": t_gold,
            "system_points": t_sys,
        },
        "errors": errors + speaker_errors,
    }


def format_report(r: dict, errors: int = 0) -> str:
    def f(x):
        return "-" if x is None else f"{x:.3f}"

    b = r["claims_bcubed"]
    bf = r["claims_bcubed_found"]
    t = r["timeline"]
    sa = r["support_accuracy"]
    lines = [
        f"ledger: {r['stories']} stories, {r['reports']} reports, {r['gold_claims']} gold claims, "
        f"{r['gold_statements']} gold statements",
        f"  statements found         {f(r['statements_found'])}",
        f"    with the right speaker {f(r['found_with_speaker'])}, and figure "
        f"{f(r['found_with_speaker_and_figure'])}",
        f"  claims B-cubed P/R/F1    {f(b['p'])} / {f(b['r'])} / {f(b['f1'])}",
        f"    on found statements    {f(bf['p'])} / {f(bf['r'])} / {f(bf['f1'])}",
        f"  statement relations      {f(r['statement_relation_accuracy'])} accuracy",
        f"  claim relations          {f(r['claim_relation_recall'])} recall",
        f"  support origins/outlets/status  {f(sa['origins'])} / {f(sa['outlets'])} / {f(sa['status'])}",
        f"  timeline recall/precision {f(t['recall'])} / {f(t['precision'])} "
        f"({t['gold_points']} gold points, {t['system_points']} system points)",
        "  relation confusion (gold->system): "
        + ", ".join(f"{k} {v}" for k, v in r["relation_confusion"].items()),
    ]
    for e in r["errors"][:errors]:
        lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
