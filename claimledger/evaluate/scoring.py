"""Precision, recall and F1 over spans, shared by every `claimledger eval` command."""

from __future__ import annotations


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Gold items from JSON Lines; `split` None or "all" keeps every one, else rows whose
    "split" is it. A bad row names its line."""
    import json

    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: malformed JSON: {e.msg}") from None
            if split in (None, "all") or item.get("split") == split:
                items.append(item)
    return items


QUOTES_AND_END = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!? \n\t"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim quote marks and end punctuation off both sides, as the published comparisons do."""
    while start < end and text[start] in QUOTES_AND_END:
        start += 1
    while end > start and text[end - 1] in QUOTES_AND_END:
        end -= 1
    return start, end


class PRF:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def match_spans(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]], overlap: bool
) -> tuple[int, int, int]:
    """(tp, fp, fn) with one-to-one matching: exact equality, or any character overlap.

    Exact pairs are taken first, so that a loose pairing never steals an exact partner."""
    used_g, used_p = set(), set()
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used_g and p == g:
                used_g.add(j)
                used_p.add(i)
                break
    if overlap:
        for i, p in enumerate(pred):
            if i in used_p:
                continue
            for j, g in enumerate(gold):
                if j not in used_g and p[0] < g[1] and g[0] < p[1]:
                    used_g.add(j)
                    used_p.add(i)
                    break
    tp = len(used_p)
    return tp, len(pred) - tp, len(gold) - tp


def prf_table(exact: dict, overlap: dict, rows) -> list[str]:
    """Report lines: one row per name, exact and overlap precision, recall and F1 side by side."""
    lines = [f"{'':10}{'exact P':>9}{'R':>7}{'F1':>7}   {'overlap P':>9}{'R':>7}{'F1':>7}"]
    for name in rows:
        e, o = exact[name], overlap[name]
        lines.append(
            f"{name:10}{e['precision']:9.3f}{e['recall']:7.3f}{e['f1']:7.3f}   "
            f"{o['precision']:9.3f}{o['recall']:7.3f}{o['f1']:7.3f}"
        )
    return lines


def overlap_len(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
