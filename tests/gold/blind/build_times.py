"""Build tests/gold/blind/times.jsonl: a BLIND evaluation set for `claimledger eval times`.

usage: .venv/bin/python tests/gold/blind/build_times.py   (rewrites times.jsonl beside this file)

Thirty invented newswire sentences, each with a publication date, written for this blind set by an
annotator who had not seen the extractor's rules or claimledger/analyse/TIMES.md (not read, to stay
blind) nor the team's gold texts. Dates were worked out by hand; this script only checks that each
weekday name agrees with its date.

The annotator's conventions (from CONTRACT.md, the format rows of tests/gold/times and ordinary
reading): a weekday is the nearest such day in the direction of the verb's tense (past: the last one
before publication; future: the next one; the publication day itself when the text says so); "last
week"/"next week"/"this week" are Monday-to-Sunday weeks; "last month"/"next month"/"this month" are
calendar months; a bare month or day-and-month takes the year that fits the tense; "early/mid/late
<month>" are days 1-10 / 11-20 / 21-end; "since <month>" runs from the first of that month to the
publication date; a year is 1 January to 31 December; "the weekend" is the Saturday and Sunday before
publication. Durations have kind "duration" and null dates. Not annotated (must yield nothing): ages,
ordinals, clock times alone, sets ("every evening"), and anaphoric or event-relative phrases ("the
next day", "since the start of the ceasefire").
"""

from __future__ import annotations

import os
import re
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _spans import locate, reread_check, write_jsonl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "times.jsonl")


def D(span, day):  # a single day
    return (span, day, day, "date")


def IV(span, a, b):  # an interval
    return (span, a, b, "interval")


def DUR(span):
    return (span, None, None, "duration")


TEXTS = [
    (
        "bt01",
        "2025-03-12",
        "Russian missiles struck Kryvyi Rih on Tuesday, and the city will hold a day of mourning "
        "on Thursday.",
        [D("Tuesday", "2025-03-11"), D("Thursday", "2025-03-13")],
    ),
    (
        "bt02",
        "2025-06-16",
        "Ceasefire talks in Doha broke down on Saturday after three days of negotiations, two "
        "officials said.",
        [D("Saturday", "2025-06-14"), DUR("three days")],
    ),
    (
        "bt03",
        "2025-01-20",
        "The truce in Gaza took effect on 19 January after 15 months of war.",
        [D("19 January", "2025-01-19"), DUR("15 months")],
    ),
    (
        "bt04",
        "2025-09-05",
        "Sudan\u2019s army said it had retaken the town in late August and expected to reach El "
        "Fasher by October.",
        [IV("late August", "2025-08-21", "2025-08-31"), IV("October", "2025-10-01", "2025-10-31")],
    ),
    (
        "bt05",
        "2025-11-04",
        "North Korea fired a ballistic missile yesterday, its third launch since September.",
        [D("yesterday", "2025-11-03"), IV("since September", "2025-09-01", "2025-11-04")],
    ),
    (
        "bt06",
        "2025-04-28",
        "EU foreign ministers will meet in Brussels next week to discuss a new sanctions package, "
        "diplomats said today.",
        [IV("next week", "2025-05-05", "2025-05-11"), D("today", "2025-04-28")],
    ),
    (
        "bt07",
        "2025-07-02",
        "Protests have continued every evening since the vote on 28 June, and organisers plan a "
        "larger march on 5 July.",
        [D("28 June", "2025-06-28"), D("5 July", "2025-07-05")],
    ),
    (
        "bt08",
        "2025-02-14",
        "Armenia and Azerbaijan held a round of border talks last month and agreed to meet again in March.",
        [IV("last month", "2025-01-01", "2025-01-31"), IV("March", "2025-03-01", "2025-03-31")],
    ),
    (
        "bt09",
        "2025-10-20",
        "A 52-year-old volunteer was killed by a drone near Kherson two days ago, the regional "
        "administration said.",
        [D("two days ago", "2025-10-18")],
    ),
    (
        "bt10",
        "2025-05-06",
        "The UN Security Council will vote on the resolution on Thursday, 8 May, a diplomat said, "
        "and consultations begin tomorrow.",
        [D("Thursday, 8 May", "2025-05-08"), D("tomorrow", "2025-05-07")],
    ),
    (
        "bt11",
        "2025-08-11",
        "Myanmar\u2019s junta has extended the state of emergency for another six months, until "
        "31 January 2026.",
        [DUR("six months"), D("31 January 2026", "2026-01-31")],
    ),
    (
        "bt12",
        "2025-12-29",
        "Ukraine\u2019s energy minister said power cuts would ease in mid-January as repaired "
        "units come back online.",
        [IV("mid-January", "2026-01-11", "2026-01-20")],
    ),
    (
        "bt13",
        "2025-01-03",
        "Fighting in the Kursk region intensified in December, according to Russian military bloggers.",
        [IV("December", "2024-12-01", "2024-12-31")],
    ),
    (
        "bt14",
        "2025-03-31",
        "Mali\u2019s junta dissolved all political parties on Wednesday and postponed elections until 2027.",
        [D("Wednesday", "2025-03-26"), IV("2027", "2027-01-01", "2027-12-31")],
    ),
    (
        "bt15",
        "2025-06-10",
        "Israel\u2019s cabinet approved the plan at a late-night meeting on Sunday, and troops are "
        "expected to move in within 48 hours.",
        [D("Sunday", "2025-06-08"), DUR("48 hours")],
    ),
    (
        "bt16",
        "2025-09-29",
        "The IAEA board meets this week in Vienna, and inspectors returned to the plant on 24 "
        "September after a three-week absence.",
        [IV("this week", "2025-09-29", "2025-10-05"), D("24 September", "2025-09-24"), DUR("three-week")],
    ),
    (
        "bt17",
        "2025-04-15",
        "At 6 a.m. on Sunday, air raid sirens sounded across Sumy, the second attack on the city this month.",
        [D("Sunday", "2025-04-13"), IV("this month", "2025-04-01", "2025-04-30")],
    ),
    (
        "bt18",
        "2025-11-17",
        "Serbia\u2019s parliament will debate the energy law on 2 December, the speaker said, after "
        "a delay of almost a year.",
        [D("2 December", "2025-12-02"), DUR("almost a year")],
    ),
    (
        "bt19",
        "2025-07-24",
        "Houthi forces attacked two ships in the Red Sea in early July, the first such attacks "
        "since the start of the ceasefire.",
        [IV("early July", "2025-07-01", "2025-07-10")],
    ),
    (
        "bt20",
        "2025-02-24",
        "Three years after the full-scale invasion began on 24 February 2022, Ukrainian officials "
        "met European leaders in Kyiv.",
        [DUR("Three years"), D("24 February 2022", "2022-02-24")],
    ),
    (
        "bt21",
        "2025-10-08",
        "The 31st Brigade said it had held the position for 40 days before withdrawing last Thursday.",
        [DUR("40 days"), D("last Thursday", "2025-10-02")],
    ),
    (
        "bt22",
        "2025-05-20",
        "Taiwan\u2019s coast guard said Chinese ships entered its waters four times in April and "
        "twice over the weekend.",
        [IV("April", "2025-04-01", "2025-04-30"), IV("the weekend", "2025-05-17", "2025-05-18")],
    ),
    (
        "bt23",
        "2025-03-03",
        "Aid agencies warned that food stocks in Gaza would run out within two weeks if crossings "
        "stayed closed beyond Friday.",
        [DUR("two weeks"), D("Friday", "2025-03-07")],
    ),
    (
        "bt24",
        "2025-08-28",
        "Georgia\u2019s ruling party said local elections would take place on October 4, 2025.",
        [D("October 4, 2025", "2025-10-04")],
    ),
    (
        "bt25",
        "2025-12-08",
        "Russia launched 653 drones and 51 missiles at Ukraine on the night of December 6, the air "
        "force said.",
        [D("December 6", "2025-12-06")],
    ),
    (
        "bt26",
        "2025-06-30",
        "The Sahel alliance\u2019s joint force will be operational in the third quarter of 2025, "
        "officials said at a summit in Niamey on Saturday.",
        [IV("the third quarter of 2025", "2025-07-01", "2025-09-30"), D("Saturday", "2025-06-28")],
    ),
    (
        "bt27",
        "2025-01-13",
        "Kosovo will hold parliamentary elections on 9 February, the first since 2021.",
        [D("9 February", "2025-02-09"), IV("2021", "2021-01-01", "2021-12-31")],
    ),
    (
        "bt28",
        "2025-04-06",
        "South Korea will elect a new president on June 3 after the Constitutional Court removed "
        "the previous one from office on Friday.",
        [D("June 3", "2025-06-03"), D("Friday", "2025-04-04")],
    ),
    (
        "bt29",
        "2025-09-12",
        "Poland closed its border with Belarus on Friday for the duration of joint "
        "Russian-Belarusian exercises, which run until next Tuesday.",
        [D("Friday", "2025-09-12"), D("next Tuesday", "2025-09-16")],
    ),
    (
        "bt30",
        "2025-11-28",
        "Lebanese lawmakers will try for the 13th time next month to elect a president, after a "
        "vacancy of more than two years.",
        [IV("next month", "2025-12-01", "2025-12-31"), DUR("more than two years")],
    ),
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def build():
    rows = []
    for tid, published, text, times in TEXTS:
        date.fromisoformat(published)
        out = []
        for spec, a, b, kind in times:
            span = locate(text, spec, tid)
            if kind == "duration":
                assert a is None and b is None
            else:
                da, db = date.fromisoformat(a), date.fromisoformat(b)
                assert da <= db, (tid, spec)
                m = re.search("|".join(WEEKDAYS), span["text"])
                if m:
                    assert a == b and WEEKDAYS[da.weekday()] == m.group(0), (tid, spec, a)
            out.append({**span, "from": a, "to": b, "kind": kind})
        out.sort(key=lambda t: t["start"])
        rows.append({"id": tid, "split": "blind", "published": published, "text": text, "times": out})
    assert len(rows) == 30 and len({r["id"] for r in rows}) == 30
    return rows


if __name__ == "__main__":
    rows = build()
    write_jsonl(OUT, rows)
    n = reread_check(OUT, lambda r: r["times"])
    nd = sum(1 for r in rows for t in r["times"] if t["kind"] == "duration")
    print(f"wrote {OUT}: {len(rows)} texts, {n} time expressions ({n - nd} dated, {nd} durations)")
