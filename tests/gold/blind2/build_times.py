"""Build tests/gold/blind2/times.jsonl: a SECOND BLIND evaluation set for `claimledger eval times`.

usage: python3.11 tests/gold/blind2/build_times.py   (rewrites times.jsonl beside this file)

Thirty-two invented news texts, each with a publication date (writer "gold-c", 2026-12-04), written
without sight of the extractor's rules, claimledger/analyse/TIMES.md or the team's gold texts.
Subjects: war and diplomacy, business, courts, science and health, sport, weather and politics.
Dates were worked out by hand; this script checks that every weekday name in a span agrees with
its date, that from <= to, and the spans.

Row format as in tests/gold/blind/times.jsonl; `kind` is "date" (from == to), "interval" or
"duration"; an extra `mod` ("since", "until", "by") is given where the span starts with one.

Conventions (the first blind set's, plus the choices below where it was silent):
- a weekday is the nearest such day in the direction of the verb's tense; the publication day
  itself when the text says so ("said on Friday" in a Friday paper). "last <weekday>" is that day
  in the previous Monday-to-Sunday week (on Wednesday 18 March, "last Tuesday" is 10 March, not
  17 March). A part of day ("Sunday night", "yesterday evening", "this morning") is that day.
- "last/next/this week" are Monday-to-Sunday weeks; "this month", "last month", "next year" are
  calendar months and years; "later this month/year" runs from the day after publication to the
  month's/year's end.
- "early/mid/late <month>" are days 1-10 / 11-20 / 21-end; "the middle of the month" is mid-month.
- a bare month or day-and-month takes the year that fits the tense; a quarter is a calendar
  quarter ("the second quarter" = 1 April-30 June of the year that fits the tense); "the first
  half of the year" is January-June; "the three months to December" is October-December.
- seasons are the northern meteorological ones (spring March-May, summer June-August, autumn
  September-November, winter December-February); "last <season>" is the latest one that has ended
  before publication; "this spring" the next or current one.
- "N weeks ago" is the Monday-to-Sunday week holding the day N*7 days before publication; "a decade
  ago", "two decades ago" are the calendar year 10 / 20 years before the publication year; "the
  1990s" is 1990-1999; "the new year" (said in December) is the next calendar year.
- rolling windows: "the next few weeks", "the coming weeks" run from the day after publication for
  21 days; "the next six weeks", "the next 18 months" from the day after publication to the same
  day N units later; "the past month" from the same day a month earlier to publication.
- "since X" runs from the first day of X to publication; "until X" and "by X" from publication to
  the last day of X ("by the end of the year" -> 31 December). The span includes since/until/by.
- spans include a leading "the" ("the weekend", "the second quarter") but not "on", "in", "at";
  a clock time next to a day is left out ("9am on Monday" -> "Monday", "noon today" -> "today").
- durations ("27 months", "48 hours", "a decade", "two-month", "nearly two years", "within 72
  hours" -> "72 hours") have kind "duration" and null dates.
- Not annotated: ages, ordinals, clock times alone, named seasons of sport or events ("the summer
  recess"), and event-relative phrases ("the first days of the war").
Spans are substrings located with str.find (see ../blind/_spans.py).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, write_jsonl  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "times.jsonl")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def T(span, frm, to=None, mod=None):
    to = to or frm
    d = {"span": span, "from": frm, "to": to, "kind": "date" if frm == to else "interval"}
    if mod:
        d["mod"] = mod
    return d


def DUR(span):
    return {"span": span, "from": None, "to": None, "kind": "duration"}


ROWS = [
    (
        "tc-01",
        "2026-03-18",
        "Russian missiles hit Odesa's port last Tuesday and again on Sunday night, and Ukraine's air force said it expected more strikes in the next few weeks.",
        [
            T("last Tuesday", "2026-03-10"),
            T("Sunday night", "2026-03-15"),
            T("the next few weeks", "2026-03-19", "2026-04-08"),
        ],
    ),
    (
        "tc-02",
        "2025-07-22",
        "Economists expect the central bank to cut rates in early August, after inflation slowed in the second quarter for the first time in two years.",
        [
            T("early August", "2025-08-01", "2025-08-10"),
            T("the second quarter", "2025-04-01", "2025-06-30"),
            DUR("two years"),
        ],
    ),
    (
        "tc-03",
        "2026-01-09",
        "A decade ago the lake covered 1,200 square kilometres. Satellite images taken on Wednesday show it has shrunk by a third, researchers said in a paper published in December.",
        [
            T("A decade ago", "2016-01-01", "2016-12-31"),
            T("Wednesday", "2026-01-07"),
            T("December", "2025-12-01", "2025-12-31"),
        ],
    ),
    (
        "tc-04",
        "2025-11-03",
        "The 34-year-old will miss the next six weeks with a hamstring injury, ruling him out of Saturday's derby and the trip to Turin on November 19.",
        [
            T("the next six weeks", "2025-11-04", "2025-12-15"),
            T("Saturday", "2025-11-08"),
            T("November 19", "2025-11-19"),
        ],
    ),
    (
        "tc-05",
        "2026-05-12",
        "The trial, which opened in February 2024, has now run for 27 months; the verdict is due on Thursday, with sentencing later this month.",
        [
            T("February 2024", "2024-02-01", "2024-02-29"),
            DUR("27 months"),
            T("Thursday", "2026-05-14"),
            T("later this month", "2026-05-13", "2026-05-31"),
        ],
    ),
    (
        "tc-06",
        "2025-09-15",
        "Forecasters said the heatwave that began last week would last until at least Thursday, after temperatures hit 41C in Córdoba over the weekend.",
        [
            T("last week", "2025-09-08", "2025-09-14"),
            T("Thursday", "2025-09-18"),
            T("the weekend", "2025-09-13", "2025-09-14"),
        ],
    ),
    (
        "tc-07",
        "2026-02-27",
        "The prime minister said on Friday that a general election would be held in the autumn, most likely on October 8, and ruled out a vote before the summer recess in late July.",
        [
            T("Friday", "2026-02-27"),
            T("the autumn", "2026-09-01", "2026-11-30"),
            T("October 8", "2026-10-08"),
            T("late July", "2026-07-21", "2026-07-31"),
        ],
    ),
    (
        "tc-08",
        "2025-12-02",
        "Ukrainian officials said Russia had launched more than 5,000 drones in November, the most in any month since the full-scale invasion began in February 2022, and warned of attacks on the power grid throughout the winter.",
        [
            T("November", "2025-11-01", "2025-11-30"),
            T("February 2022", "2022-02-01", "2022-02-28"),
            T("the winter", "2025-12-01", "2026-02-28"),
        ],
    ),
    (
        "tc-09",
        "2026-06-30",
        "Sales rose 8% in the first half of the year and the company expects a stronger third quarter. Its chief executive, appointed in 2019, will step down next year.",
        [
            T("the first half of the year", "2026-01-01", "2026-06-30"),
            T("third quarter", "2026-07-01", "2026-09-30"),
            T("2019", "2019-01-01", "2019-12-31"),
            T("next year", "2027-01-01", "2027-12-31"),
        ],
    ),
    (
        "tc-10",
        "2025-04-18",
        "Since January, 312 cases of measles have been reported in the province, compared with 41 in the whole of 2024; officials fear the outbreak will peak in the coming weeks.",
        [
            T("Since January", "2025-01-01", "2025-04-18", "since"),
            T("2024", "2024-01-01", "2024-12-31"),
            T("the coming weeks", "2025-04-19", "2025-05-09"),
        ],
    ),
    (
        "tc-11",
        "2026-09-07",
        "Talks in Geneva ended on Saturday without agreement after five days. Negotiators plan to meet again later this month, but a senior diplomat said a deal before the General Assembly opens in mid-September was unlikely.",
        [
            T("Saturday", "2026-09-05"),
            DUR("five days"),
            T("later this month", "2026-09-08", "2026-09-30"),
            T("mid-September", "2026-09-11", "2026-09-20"),
        ],
    ),
    (
        "tc-12",
        "2025-10-21",
        "10:42 — Police say the suspect, 27, was arrested yesterday evening and will appear in court tomorrow. He had been on bail since last spring.",
        [
            T("yesterday evening", "2025-10-20"),
            T("tomorrow", "2025-10-22"),
            T("since last spring", "2025-03-01", "2025-10-21", "since"),
        ],
    ),
    (
        "tc-13",
        "2026-04-03",
        "The final will be played on Sunday 12 April, and tickets go on sale at 9am on Monday for 48 hours only.",
        [
            T("Sunday 12 April", "2026-04-12"),
            T("Monday", "2026-04-06"),
            DUR("48 hours"),
        ],
    ),
    (
        "tc-14",
        "2025-06-09",
        "The former mayor was jailed for six years on Friday for bribery offences committed between 2016 and 2021. He will be eligible for parole after three years.",
        [
            DUR("six years"),
            T("Friday", "2025-06-06"),
            T("between 2016 and 2021", "2016-01-01", "2021-12-31"),
            DUR("three years"),
        ],
    ),
    (
        "tc-15",
        "2026-11-24",
        "Storm Imogen is expected to reach the coast on Thursday night and bring up to 150mm of rain over 36 hours; schools in the county will stay closed until Monday.",
        [
            T("Thursday night", "2026-11-26"),
            DUR("36 hours"),
            T("until Monday", "2026-11-24", "2026-11-30", "until"),
        ],
    ),
    (
        "tc-16",
        "2025-02-14",
        "Parliament voted on Wednesday to extend martial law for another 90 days, the 14th extension since it was first imposed in 2022.",
        [
            T("Wednesday", "2025-02-12"),
            DUR("90 days"),
            T("2022", "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "tc-17",
        "2026-07-01",
        "The merger, announced three weeks ago, is expected to close in the fourth quarter of 2026, pending approval from competition regulators, who have until 15 October to object.",
        [
            T("three weeks ago", "2026-06-08", "2026-06-14"),
            T("the fourth quarter of 2026", "2026-10-01", "2026-12-31"),
            T("until 15 October", "2026-07-01", "2026-10-15", "until"),
        ],
    ),
    (
        "tc-18",
        "2025-03-31",
        "Sudan's army said on Sunday it had retaken the presidential palace in Khartoum, nearly two years after losing it in the first days of the war.",
        [
            T("Sunday", "2025-03-30"),
            DUR("nearly two years"),
        ],
    ),
    (
        "tc-19",
        "2026-12-04",
        "The telescope, launched in 2021, will spend the next 18 months surveying the southern sky. Its first full data release is planned for the spring of 2028.",
        [
            T("2021", "2021-01-01", "2021-12-31"),
            T("the next 18 months", "2026-12-05", "2028-06-04"),
            T("the spring of 2028", "2028-03-01", "2028-05-31"),
        ],
    ),
    (
        "tc-20",
        "2025-07-28",
        "The season ends in mid-November, and the club, which last won the title in the 1990s, has not reached a final for a decade.",
        [
            T("mid-November", "2025-11-11", "2025-11-20"),
            T("the 1990s", "1990-01-01", "1999-12-31"),
            DUR("a decade"),
        ],
    ),
    (
        "tc-21",
        "2026-08-14",
        "Jurors retired on Wednesday afternoon and deliberated for nine hours before returning their verdicts this morning.",
        [
            T("Wednesday afternoon", "2026-08-12"),
            DUR("nine hours"),
            T("this morning", "2026-08-14"),
        ],
    ),
    (
        "tc-22",
        "2025-05-06",
        "The foreign ministers will meet in Istanbul next week, the first such meeting since March 2023, and aim to sign a framework agreement by the end of the year.",
        [
            T("next week", "2025-05-12", "2025-05-18"),
            T("March 2023", "2023-03-01", "2023-03-31"),
            T("by the end of the year", "2025-05-06", "2025-12-31", "by"),
        ],
    ),
    (
        "tc-23",
        "2026-01-26",
        "Retail Sales Fell 1.2% in December, Third Monthly Drop in a Row\n\nFigures for January are due on February 20, the statistics office said.",
        [
            T("December", "2025-12-01", "2025-12-31"),
            T("January", "2026-01-01", "2026-01-31"),
            T("February 20", "2026-02-20"),
        ],
    ),
    (
        "tc-24",
        "2025-10-10",
        "The ceasefire took effect at noon today, after two years of war, and the first hostages are expected to be released within 72 hours.",
        [
            T("today", "2025-10-10"),
            DUR("two years"),
            DUR("72 hours"),
        ],
    ),
    (
        "tc-25",
        "2026-03-02",
        "February was the wettest on record in parts of Wales, and forecasters said March would start dry before rain returns in the middle of the month.",
        [
            T("February", "2026-02-01", "2026-02-28"),
            T("March", "2026-03-01", "2026-03-31"),
            T("the middle of the month", "2026-03-11", "2026-03-20"),
        ],
    ),
    (
        "tc-26",
        "2025-01-20",
        "Governor-elect Ana Ruiz will be sworn in today after a two-month transition, and aides said over the weekend that her first 100 days would focus on housing.",
        [
            T("today", "2025-01-20"),
            DUR("two-month"),
            T("the weekend", "2025-01-18", "2025-01-19"),
            DUR("100 days"),
        ],
    ),
    (
        "tc-27",
        "2026-10-16",
        "Q: When does the transfer window reopen?\nA: On 1 January, and it stays open for a month. Clubs spent a record £1.9bn last summer.",
        [
            T("1 January", "2027-01-01"),
            DUR("a month"),
            T("last summer", "2026-06-01", "2026-08-31"),
        ],
    ),
    (
        "tc-28",
        "2025-08-29",
        "Russia's summer offensive, launched in early June, has gained about 500 square kilometres in the past month, analysts said on Thursday, and is likely to continue until the autumn rains arrive in October.",
        [
            T("early June", "2025-06-01", "2025-06-10"),
            T("the past month", "2025-07-29", "2025-08-29"),
            T("Thursday", "2025-08-28"),
            T("October", "2025-10-01", "2025-10-31"),
        ],
    ),
    (
        "tc-29",
        "2026-02-10",
        "Hospital waiting lists grew by 40,000 in the three months to December, and the health secretary said they would start to fall this spring.",
        [
            T("the three months to December", "2025-10-01", "2025-12-31"),
            T("this spring", "2026-03-01", "2026-05-31"),
        ],
    ),
    (
        "tc-30",
        "2025-12-19",
        "The regulator gave the bank until 31 March to repay customers overcharged between 2018 and 2023, and will publish its full findings in the new year.",
        [
            T("until 31 March", "2025-12-19", "2026-03-31", "until"),
            T("between 2018 and 2023", "2018-01-01", "2023-12-31"),
            T("the new year", "2026-01-01", "2026-12-31"),
        ],
    ),
    (
        "tc-31",
        "2026-06-15",
        "North Korea fired a cruise missile on Saturday morning, its fourth launch this month and the first since joint drills ended last Friday, Seoul said.",
        [
            T("Saturday morning", "2026-06-13"),
            T("this month", "2026-06-01", "2026-06-30"),
            T("last Friday", "2026-06-12"),
        ],
    ),
    (
        "tc-32",
        "2025-09-30",
        "Two decades ago the party held 40 seats; today it has three, and polls suggest it could be wiped out at the election in May 2026.",
        [
            T("Two decades ago", "2005-01-01", "2005-12-31"),
            T("today", "2025-09-30"),
            T("May 2026", "2026-05-01", "2026-05-31"),
        ],
    ),
]


def build() -> list[dict]:
    rows, seen = [], set()
    for rid, published, text, times in ROWS:
        assert rid not in seen, rid
        seen.add(rid)
        date.fromisoformat(published)
        out = []
        for t in times:
            t = dict(t)
            span = locate(text, t.pop("span"), rid)
            if t["kind"] != "duration":
                a, b = date.fromisoformat(t["from"]), date.fromisoformat(t["to"])
                assert a <= b, (rid, span)
                for i, wd in enumerate(WEEKDAYS):
                    if wd in span["text"]:
                        day = {"until": b, "by": b, "since": a}.get(t.get("mod"), a)
                        assert (a == b or t.get("mod")) and day.weekday() == i, (
                            rid,
                            span,
                            "weekday mismatch",
                        )
            out.append({**span, **t})
        starts = [o["start"] for o in out]
        assert starts == sorted(starts), (rid, "times not in text order")
        rows.append({"id": rid, "split": "blind2", "published": published, "text": text, "times": out})
    return rows


def main() -> None:
    rows = build()
    write_jsonl(OUT, rows)
    n = dur = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            assert row["split"] == "blind2"
            for t in row["times"]:
                assert row["text"][t["start"] : t["end"]] == t["text"], (row["id"], t)
                n += 1
                dur += t["kind"] == "duration"
    print(f"wrote {OUT}: {len(rows)} texts, {n} time expressions ({n - dur} dated, {dur} durations)")


if __name__ == "__main__":
    main()
