"""Times: every time expression in a report, with the dates it stands for.

Each Time is `span + {from, to}`: ISO dates of an inclusive interval, resolved against the
report's `published` date, plus
- `kind`: "date" (one day), "interval" (several days, or an open interval with a null end) or
  "duration" (a length of time, not a date: from and to are null, `duration` is ISO 8601, "P3D");
- `granularity`: day, week, weekend, month, month-part, season, quarter, year, year-part,
  rolling (a period counted back or forward from publication), range, duration;
- `relative`: true when the dates depend on the publication date;
- `mod`: "since", "until", "by" when the span starts with one; `tense`: "past", "perfect" or
  "future" when the governing verb decided an ambiguous reading.

How it works. Compiled regular expressions over the text find the expressions; each rule runs
only in windows around its trigger words (a month name, a unit word, "ago", ...), found by plain
substring search, so the cost stays near zero on text without times. Months and weekdays must be
capitalised; a bare month, season or year needs a preposition or modifier before it (or, for
months and years, a spaCy DATE entity around it), so "May" the verb, "Winter blackouts" and
"2000 troops" are left alone. The longest match wins. Neighbours are then joined: ranges ("from
X to Y", "between X and Y", "X-Y", "3-5 March"), "Tuesday, Nov. 5", "overnight into X", "the week
to Sunday"; then "since/until/by X". Finally each expression is resolved. spaCy is used only for
the tense of the governing verb and for DATE entities that license a bare year or month.
dateparser is not used: it returns nothing for "early August", "mid-September", "since
August" or "the next few weeks", one day for "last week", the Tuesday a week back for "on
Tuesday" in a report published on a Tuesday, and costs about 0.4 ms a call (measured), as much
as this whole extractor spends on a full article.

Conventions (also in TIMES.md):

- Weekdays ("on Tuesday", "Tuesday night", "early Tuesday"): the most recent such day on or
  before publication (the day itself included: news written on a Tuesday says "on Tuesday" for
  that day), unless the governing verb looks ahead ("will meet", "would", "could", "may", "is
  expected to", "is due to", "is scheduled for", "plans to", "is to"): then the first such day
  on or after publication. "last Tuesday" is the latest strictly before publication, "next
  Tuesday" the first strictly after.
- A month without a year ("in August") is the most recent such month that started on or before
  publication; with a verb that looks ahead, the first such month that ends on or after
  publication. Seasons likewise. A day and month without a year ("on Nov. 3"): the next
  occurrence with a verb that looks ahead; the previous one with a past verb, unless the next
  one is at most 14 days ahead (a past-tense report about a scheduled date: "declared a truce
  from May 8"); otherwise whichever is nearer the publication date. A present perfect ("has
  seen battles since ...") reads as past. A subordinate clause without a tense of its own
  takes the main clause's ("will train ... before they are sent to the front in the autumn").
- Parts of a month: early/beginning/start = 1st-10th, mid/middle = 11th-20th, late/end =
  21st-last; first half = 1st-15th, second half = 16th-last; "the first week of" = 1st-7th, ...,
  "the last week of" = the last seven days.
- Parts of a year: early = Jan-Apr, mid = May-Aug, late = Sep-Dec, beginning/start = January,
  end = December; halves and quarters as usual ("the third quarter" with no year: the
  publication year's). Parts of a week: early/start = Mon-Tue, mid = Wed-Thu, late/end = Fri-Sun.
  Parts of a season: its first, second, third month.
- Seasons are meteorological, northern hemisphere: spring Mar-May, summer Jun-Aug, autumn/fall
  Sep-Nov, winter Dec-Feb; "winter 2022" is the winter that starts in December 2022. "last
  spring" is the latest spring that ended before publication; "this spring" looking ahead is the
  current or next one, otherwise the latest one started on or before publication.
- Calendar units keep calendar bounds: "this week" is Monday-Sunday of the publication week,
  "last week" the Monday-Sunday before it, "next week" the one after; "this/last/next month"
  and "this/last/next year" likewise. "earlier this week/month/year" runs from the start of
  the unit to the day before publication (the publication day if it is the first); "later this
  ..." from the day after publication to the end of the unit. "the weekend", "over the weekend":
  the latest Saturday-Sunday whose Saturday is on or before publication (looking ahead: the first
  whose Sunday is on or after); "last weekend": the latest one that ended before publication.
  "the week to Sunday": the seven days ending that Sunday.
- Rolling periods: "the past/last N days/weeks/months/years" = publication minus N units to
  publication; "the past 24 hours" = the day before publication to publication (hours round
  up to whole days). "the next/coming N units" = the day after publication to publication plus
  N units ("the next 24 hours": publication to the day after). Without a number, a singular
  unit means one ("the past week") and a plural means a few ("the coming days"). few = 3,
  several = 5, a couple = 2: "in the next few weeks" = publication+1 to publication+21 days.
- "in recent days" = the past 7 days; "recent weeks" = the past 28 days; "recent months" = the
  past 3 months; "recent years" = the past 3 years.
- "N days ago" and "N weeks ago" are one day (publication minus N days / 7N days); "N months
  ago" is the calendar month N months back, "N years ago" the calendar year.
- today, tonight, this morning/afternoon/evening, earlier/later today = the publication day;
  yesterday = the day before; tomorrow = the day after; the day before yesterday, the day after
  tomorrow; "overnight" and "last night" = the day before publication to publication;
  "overnight into/on X" = the day before X to X.
- Fixed-date holidays: Christmas (Eve, Day), New Year (Eve, Day), Victory Day (9 May), with the
  year as for a day and month.
- "since X" = from the start of X to publication (X read as past; a future X gives nulls); "by
  X" and "until X" with X ending on or after publication = from publication to the end of X
  (so "by the end of the year" is publication to 31 December, "until autumn" with a verb that
  does not look back is publication to 30 November); "by X" with X in the past is X itself;
  "until X" with X in the past is an open interval (from null, to the end of X).
- Ranges: "from X to Y", "between X and Y", "X-Y", "3-5 March", "Dec. 7 and 8" = start of X to
  end of Y; a year written once ("3 March to 5 April 2024") serves both ends; an inferred year
  moves so that the range runs forward ("from December to February").
- Numeric dates: YYYY-MM-DD; D.M.YYYY (day first); M/D/YYYY (month first, unless the first
  number is over 12).
- Durations ("for three days", "a three-day ceasefire", "lasted two weeks", "three days of
  mourning", "meant to last 30 days") are kind "duration" with from and to null; the span is the
  number and unit only ("at least 48 hours" -> "48 hours"). "in three days" and "within a week"
  with a verb that looks ahead are dates (publication+3; publication to publication+7),
  otherwise durations.
- Not produced: times of day alone ("at 3 p.m."), ages ("45-year-old"), quantities ("2000
  troops"), sets ("every day", "daily"), vague words ("recently", "soon", "for weeks", "within
  days"), and anaphoric or world-knowledge expressions ("the next day", "two days later", "a
  year earlier", "the previous week", "the week before", "the summer of that year", "since the
  start of the war"). A time of day with a day keeps the day ("Saturday night" = Saturday).
- Unknown publication date: only absolute expressions are resolved ("3 November 2024", "August
  2024", "in 2023", and a range or "by 2022" as far as its written ends go); anything relative
  gets null dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from claimledger.analyse.context import extractor
from claimledger.analyse.parsed import MONTH_NAMES, MONTH_NUMBERS, NUMBER_WORDS, doc_text, entities, token_at
from claimledger.record import span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.analyse.context import Context

FEW, SEVERAL, COUPLE = 3, 5, 2
SCHEDULED_DAYS = 14
RECENT = {"day": ("day", 7), "week": ("day", 28), "month": ("month", 3), "year": ("year", 3)}

# ---------------------------------------------------------------------------------------------
# Vocabulary and regular expressions

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
WEEKDAY_NUM = {d.lower(): i for i, d in enumerate(calendar.day_name)}
YEAR = r"(?:19|20)\d{2}(?![\d])(?!,\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUM_WORD = "(?:" + "|".join(w for w in NUMBER_WORDS if w != "zero") + ")"
NUM = (
    rf"(?:\d{{1,3}}(?![\d,])|{NUM_WORD}(?:[-\s]{NUM_WORD})?|a\s+few|few|several|"
    rf"a\s+couple(?:\s+of)?|couple\s+of|an?)"
)
UNIT = r"(?:hours?|days?|nights?|weeks?|months?|years?|decades?)"
PART = (
    r"(?:early|mid|late|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|"
    r"(?:first|second|third|fourth|last)\s+(?:week|quarter))\s+of)"
)
PART_SEP = r"(?:\s*-\s*|\s+)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"

NUM_VALUES: dict = dict(NUMBER_WORDS)
NUM_VALUES.update(
    {
        "a": 1,
        "an": 1,
        "few": FEW,
        "a few": FEW,
        "several": SEVERAL,
        "a couple": COUPLE,
        "a couple of": COUPLE,
        "couple of": COUPLE,
    }
)

# Words before a bare month, season or year that make it a time expression.
LICENSE = re.compile(
    r"(?i:\b(?:in|since|by|until|till|through|throughout|during|from|of|before|after|"
    r"between|and|to|or|early|mid|late|last|next|this|for|around|as\s+of|starting|"
    r"ending|into|over|across|the)\s*-?\s*)$"
)
SENT_START = re.compile(r"(?:^|[.!?:;\"\u201c\u201d\u2018\u2019'(\u2014\u2013\n]\s*)$")

SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
TIME_NOUNS = {
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "season",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "election",
    "elections",
    "budget",
    "census",
    "invasion",
    "offensive",
    "counteroffensive",
}

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "\u2019ll"}
# Modals look ahead in news ("the town could fall within days", "talks may take place on Friday").
MODAL_AUX = {"could", "may", "might", "should", "must", "can", "ca"}
SCHEDULE_WORDS = {"upcoming", "due", "scheduled", "planned", "set", "slated", "expected"}
FUTURE_HEADS = {
    "plan",
    "expect",
    "intend",
    "schedule",
    "due",
    "set",
    "prepare",
    "aim",
    "hope",
    "promise",
    "vow",
    "threaten",
    "want",
    "seek",
    "forecast",
    "predict",
    "anticipate",
}


@dataclass
class Expr:
    """A recognised expression before resolution. `resolve(published, tense, year)` returns
    (from, to) dates (either may be None) or None when it cannot be resolved; `year` is a year
    written elsewhere in a range ("3 March to 5 April 2024")."""

    start: int
    end: int
    resolve: Callable
    granularity: str
    relative: bool
    tense_sensitive: bool = False
    explicit_year: bool = True  # the expression names its year (no inference needed)
    day_level: bool = False
    duration: str | None = None
    rule: str = ""
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def _mdays(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, _mdays(y, m))


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, _mdays(y, m + 1)))


def _week(d: date) -> tuple[date, date]:
    s = d - timedelta(days=d.weekday())
    return s, s + timedelta(days=6)


def _season(name: str, y: int) -> tuple[date, date]:
    m = SEASON_MONTHS[name]
    a = date(y, m, 1)
    b = _add_months(a, 2)
    return a, date(b.year, b.month, _mdays(b.year, b.month))


def _shift_units(d: date, unit: str, n: int) -> date:
    if unit in ("day", "night"):
        return d + timedelta(days=n)
    if unit == "hour":
        days = -(-abs(n) // 24)
        return d + timedelta(days=days if n > 0 else -days)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    return _add_months(d, 12 * n)


def _num(s: str) -> int | None:
    s = " ".join(s.lower().replace("-", " ").split())
    if s.isdigit():
        return int(s)
    if s in NUM_VALUES:
        return NUM_VALUES[s]
    parts = s.split()
    if len(parts) == 2 and parts[0] in NUM_VALUES and parts[1] in NUM_VALUES:
        return NUM_VALUES[parts[0]] + NUM_VALUES[parts[1]]
    return None


def _unit(s: str) -> str:
    s = s.lower()
    return s[:-1] if s.endswith("s") else s


def _part(s: str | None) -> str | None:
    """A normalised part name: early, mid, late, start, end, half1, half2, week1..4, weeklast, q1..q4."""
    if not s:
        return None
    s = " ".join(s.lower().replace("the ", "").replace("very ", "").split())
    s = s[:-3].strip() if s.endswith(" of") else s
    if s in ("early", "mid", "late"):
        return s
    if s in ("beginning", "start"):
        return "start"
    if s == "middle":
        return "mid"
    if s == "end":
        return "end"
    if s.endswith("half"):
        return "half1" if s.startswith("first") else "half2"
    ordinal = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    w, _, u = s.partition(" ")
    if u == "week":
        return "weeklast" if w == "last" else f"week{ordinal[w]}"
    if u == "quarter":
        return f"q{4 if w == 'last' else ordinal[w]}"
    return None


def _apply_part(part: str | None, unit: str, a: date, b: date) -> tuple[date, date]:
    if part is None:
        return a, b

    def d(n: int) -> date:
        return a + timedelta(days=n)

    if part.startswith("week") and unit in ("month", "year"):
        if part == "weeklast":
            return b - timedelta(days=6), b
        k = int(part[4:])
        return d(7 * (k - 1)), min(b, d(7 * k - 1))
    if unit == "month":
        return {
            "early": (a, d(9)),
            "start": (a, d(9)),
            "mid": (d(10), d(19)),
            "late": (d(20), b),
            "end": (d(20), b),
            "half1": (a, d(14)),
            "half2": (d(15), b),
        }.get(part, (a, b))
    if unit == "year":
        y = a.year
        months = {
            "early": (1, 4),
            "mid": (5, 8),
            "late": (9, 12),
            "start": (1, 1),
            "end": (12, 12),
            "half1": (1, 6),
            "half2": (7, 12),
            "q1": (1, 3),
            "q2": (4, 6),
            "q3": (7, 9),
            "q4": (10, 12),
        }.get(part)
        if months:
            return date(y, months[0], 1), date(y, months[1], _mdays(y, months[1]))
        return a, b
    if unit == "week":
        return {
            "early": (a, d(1)),
            "start": (a, d(1)),
            "mid": (d(2), d(3)),
            "late": (d(4), b),
            "end": (d(4), b),
        }.get(part, (a, b))
    if unit == "season":
        shift = {"early": 0, "start": 0, "mid": 1, "late": 2, "end": 2}.get(part)
        if shift is not None:
            m = _add_months(a, shift)
            return _month(m.year, m.month)
    return a, b


def _pick_year(
    pub: date,
    tense: str | None,
    span_of_year: Callable[[int], tuple[date, date] | None],
    nearest: bool = False,
) -> tuple[date, date] | None:
    """The occurrence of a yearly thing (a month, a day, a season) that the tense points to:
    past (and no tense) = the latest that started on or before publication; future = the first
    that ends on or after it; `nearest` (for days) lets an unknown tense take the nearer one."""
    spans = [s for s in (span_of_year(y) for y in range(pub.year - 4, pub.year + 5)) if s]
    past = next((s for s in reversed(spans) if s[0] <= pub), None)
    future = next((s for s in spans if s[1] >= pub), None)
    if tense == "future" or past is None:
        return future
    if not nearest or future is None:
        return past
    if tense == "past":
        # a dated day a year back would carry its year; a past verb next to a date a few days
        # ahead is about something scheduled ("declared a truce from May 8")
        return future if (future[0] - pub).days <= SCHEDULED_DAYS else past
    return past if (pub - past[1]) <= (future[0] - pub) else future


# ---------------------------------------------------------------------------------------------
# Rules: (regex, handler). A handler gets (match, text, hints) and returns an Expr or None.


def _is_licensed(text: str, start: int, hints) -> bool:
    return bool(LICENSE.search(text[max(0, start - 16) : start])) or hints.in_date_entity(start)


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _mdays(y if y else 2024, m)


def _day_expr(m, y, mon, d) -> Expr | None:
    if not _valid_day(y, mon, d):
        return None
    if y:
        return Expr(m.start(), m.end(), lambda p, t, yh: (date(y, mon, d),) * 2, "day", False, day_level=True)

    def res(p, t, yh):
        if yh:
            return (date(yh, mon, d),) * 2 if _valid_day(yh, mon, d) else None
        if p is None:
            return None
        return _pick_year(
            p, t, lambda yy: (date(yy, mon, d),) * 2 if _valid_day(yy, mon, d) else None, nearest=True
        )

    return Expr(
        m.start(), m.end(), res, "day", True, tense_sensitive=True, explicit_year=False, day_level=True
    )


def r_iso(m, text, hints):
    return _day_expr(m, int(m["y"]), int(m["m"]), int(m["d"]))


def r_numeric(m, text, hints):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == "/" and a <= 12:
        mon, d = a, b
    else:
        d, mon = a, b
    return _day_expr(m, y, mon, d)


def _month_num(s: str) -> int:
    return MONTH_NUMBERS[s[:3].lower()]


def _day_num(s: str) -> int:
    """The day a day group starts with ("5th" -> 5): the rules' patterns make it start with digits."""
    digits = re.match(r"\d+", s)
    assert digits is not None, s
    return int(digits.group())


def r_dmy(m, text, hints):
    """A day and a month, in either order ("5 March", "March 5"), with an optional year."""
    y = int(m["y"]) if m["y"] else None
    return _day_expr(m, y, _month_num(m["mon"]), _day_num(m["d"]))


def _month_expr(m, start, end, mon: int, y: int | None, part: str | None) -> Expr:
    gran = "month-part" if part else "month"
    if y:
        return Expr(start, end, lambda p, t, yh: _apply_part(part, "month", *_month(y, mon)), gran, False)

    def res(p, t, yh):
        if yh:
            return _apply_part(part, "month", *_month(yh, mon))
        if p is None:
            return None
        got = _pick_year(p, t, lambda yy: _month(yy, mon))
        assert got is not None, "every year has the month"
        return _apply_part(part, "month", *got)

    return Expr(start, end, res, gran, True, tense_sensitive=True, explicit_year=False)


def r_month(m, text, hints):
    part = _part(m["part"])
    y = int(m["y"]) if m["y"] else None
    name = m["mon"]
    if not y:
        if name.rstrip(".") not in MONTH_NAMES:
            return None  # "Jan" alone is too unsure
        if part is None and not _is_licensed(text, m.start(), hints):
            return None
        if (
            name == "May"
            and part is None
            and not re.search(
                r"(?i:\b(?:in|since|by|until|of|early|late|mid|"
                r"from|through|during|last|next|this|to|and|or)\s*-?\s*)$",
                text[max(0, m.start() - 10) : m.start()],
            )
        ):
            return None
    return _month_expr(m, m.start(), m.end(), _month_num(name), y, part)


def r_year(m, text, hints):
    part = _part(m["part"])
    y = int(m["y"])
    if part is None:
        if not _is_licensed(text, m.start(), hints):
            return None
        if hints.is_counted_number(m.start("y"), m.end("y")):
            return None
    gran = "year-part" if part else "year"
    return Expr(
        m.start(),
        m.end(),
        lambda p, t, yh: _apply_part(part, "year", date(y, 1, 1), date(y, 12, 31)),
        gran,
        False,
    )


def r_quarter(m, text, hints):
    q, y = int(m["q"]), int(m["y"])
    return Expr(
        m.start(),
        m.end(),
        lambda p, t, yh: _apply_part(f"q{q}", "year", date(y, 1, 1), date(y, 12, 31)),
        "quarter",
        False,
    )


def r_year_range(m, text, hints):
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not (y1 < y2 <= y1 + 30):
        return None
    if len(y2s) == 2 and not (_is_licensed(text, m.start(), hints) or hints.in_date_entity(m.start())):
        return None
    return Expr(m.start(), m.end(), lambda p, t, yh: (date(y1, 1, 1), date(y2, 12, 31)), "year", False)


def r_season(m, text, hints):
    part = _part(m["part"])
    ref = (m["ref"] or "").lower()
    name = m["s"].lower()
    y = int(m["y"]) if m["y"] else None
    if m["s"][0].isupper() and not _sentence_start(text, m.start("s")) and not (ref or part):
        return None
    if not (ref or y or part) and not LICENSE.search(text[max(0, m.start() - 16) : m.start()]):
        return None  # "Winter blackouts": a bare season needs a preposition
    if name == "fall" and not (ref or y or part):
        return None
    if not y and ANAPHORIC_OF.match(text, m.end()):
        return None  # "the summer of that year"
    gran = "season"
    if y:
        return Expr(
            m.start(), m.end(), lambda p, t, yh: _apply_part(part, "season", *_season(name, y)), gran, False
        )

    def res(p, t, yh):
        if yh:
            return _apply_part(part, "season", *_season(name, yh))
        if p is None:
            return None

        def occ(yy):
            return _season(name, yy)

        if ref in ("last", "past"):
            a = next(occ(yy) for yy in (p.year, p.year - 1, p.year - 2) if occ(yy)[1] < p)
        elif ref in ("next", "coming"):
            a = next(occ(yy) for yy in (p.year - 1, p.year, p.year + 1) if occ(yy)[0] > p)
        elif ref == "this":
            a = (
                next(occ(yy) for yy in (p.year - 1, p.year, p.year + 1) if occ(yy)[1] >= p)
                if t == "future"
                else _pick_year(p, "past", occ)
            )
        else:
            a = _pick_year(p, t, occ)
        return _apply_part(part, "season", *a)

    return Expr(m.start(), m.end(), res, gran, True, tense_sensitive=True, explicit_year=False)


def _sentence_start(text: str, i: int) -> bool:
    return bool(SENT_START.search(text[max(0, i - 4) : i]))


def _lowercase_or_initial(m, text) -> bool:
    """Vocabulary words ("today", "last week") are rejected when capitalised mid-sentence:
    "Zaporizhzhia Today" is an outlet, not a date."""
    s = m.group(0)
    return not s[:1].isupper() or _sentence_start(text, m.start())


def r_relunit(m, text, hints):
    if not _lowercase_or_initial(m, text):
        return None
    part = _part(m["part"])
    ref = m["ref"].lower()
    u = m["u"].lower()
    if ref == "the" and part is None and u != "weekend":
        return None
    if ref == "past" and u != "weekend":
        return None  # "past week" is rolling (r_rolling)
    if u == "weekend":
        if part:
            return None

        def weekend(p, t, yh):
            if p is None:
                return None

            def sat(d):  # the Saturday on or before d
                return d - timedelta(days=(d.weekday() - 5) % 7)

            if ref in ("last", "past"):
                s = sat(p)
                if s + timedelta(days=1) >= p:
                    s -= timedelta(days=7)
            elif ref == "next":
                s = sat(p) + timedelta(days=7)
            elif t == "future":
                s = sat(p)
                if s + timedelta(days=1) < p:
                    s += timedelta(days=7)
            else:
                s = sat(p)
            return s, s + timedelta(days=1)

        return Expr(m.start(), m.end(), weekend, "weekend", True, tense_sensitive=ref in ("this", "the"))
    step = {"this": 0, "the": 0, "current": 0, "last": -1, "next": 1}[ref]

    def res(p, t, yh):
        if p is None:
            return None
        if u == "week":
            a, b = _week(p + timedelta(days=7 * step))
        elif u == "month":
            d = _add_months(date(p.year, p.month, 1), step)
            a, b = _month(d.year, d.month)
        else:
            a, b = date(p.year + step, 1, 1), date(p.year + step, 12, 31)
        return _apply_part(part, u, a, b)

    return Expr(m.start(), m.end(), res, f"{u}-part" if part else u, True)


def r_earlier(m, text, hints):
    if not _lowercase_or_initial(m, text):
        return None
    later = m["el"].lower() == "later"
    u = m["u"].lower()

    def res(p, t, yh):
        if p is None:
            return None
        if u == "week":
            a, b = _week(p)
        elif u == "month":
            a, b = _month(p.year, p.month)
        else:
            a, b = date(p.year, 1, 1), date(p.year, 12, 31)
        if later:
            return min(b, p + timedelta(days=1)), b
        return a, max(a, p - timedelta(days=1))

    return Expr(m.start(), m.end(), res, f"{u}-part", True)


def r_weekday(m, text, hints):
    ref = (m["ref"] or "").lower().split()[0] if m["ref"] else ""
    wd = WEEKDAY_NUM[m["wd"].lower()]

    def res(p, t, yh):
        if p is None:
            return None
        back = (p.weekday() - wd) % 7
        fwd = (wd - p.weekday()) % 7
        if ref == "last":
            d = p - timedelta(days=back or 7)
        elif ref == "next":
            d = p + timedelta(days=fwd or 7)
        elif t == "future":
            d = p + timedelta(days=fwd)
        else:
            d = p - timedelta(days=back)
        return d, d

    return Expr(
        m.start(), m.end(), res, "day", True, tense_sensitive=ref not in ("last", "next"), day_level=True
    )


def r_dayword(m, text, hints):
    if not _lowercase_or_initial(m, text):
        return None
    w = " ".join(m["w"].lower().split())
    offsets = {
        "today": (0, 0),
        "tonight": (0, 0),
        "this morning": (0, 0),
        "this afternoon": (0, 0),
        "this evening": (0, 0),
        "earlier today": (0, 0),
        "later today": (0, 0),
        "yesterday": (-1, -1),
        "tomorrow": (1, 1),
        "overnight": (-1, 0),
        "last night": (-1, 0),
        "the day before yesterday": (-2, -2),
        "the day after tomorrow": (2, 2),
    }
    a, b = offsets[w]

    def res(p, t, yh):
        if p is None:
            return None
        return p + timedelta(days=a), p + timedelta(days=b)

    e = Expr(m.start(), m.end(), res, "day", True, day_level=(a == b))
    e.extra["word"] = w
    return e


def r_ago(m, text, hints):
    if not _lowercase_or_initial(m, text):
        return None
    n = _num(m["n"])
    u = _unit(m["u"])
    if n is None:
        return None

    def res(p, t, yh):
        if p is None:
            return None
        if u == "month":
            d = _add_months(p, -n)
            return _month(d.year, d.month)
        if u in ("year", "decade"):
            y = p.year - n * (10 if u == "decade" else 1)
            return date(y, 1, 1), date(y, 12, 31)
        if u == "hour":
            d = p - timedelta(days=n // 24)
        else:
            d = _shift_units(p, u, -n)
        return d, d

    gran = {"month": "month", "year": "year", "decade": "year"}.get(u, "day")
    return Expr(m.start(), m.end(), res, gran, True, day_level=gran == "day")


def r_rolling(m, text, hints):
    if not _lowercase_or_initial(m, text):
        return None
    has_the = bool(m["the"])
    this = bool(m["this"])
    d = m["dir"].lower()
    u = _unit(m["u"])
    plural = m["u"].lower().endswith("s")
    n = _num(m["n"]) if m["n"] else None
    if d in ("following", "previous"):
        return None  # anaphoric: "the following day", "the previous three months"
    if (
        n is None
        and not has_the
        and not this
        and d in ("last", "next", "previous")
        and u in ("week", "month", "year")
    ):
        return None  # calendar units: r_relunit
    if d == "last" and u == "night" and not has_the and n is None:
        return None  # "last night": r_dayword
    if d in ("last", "next") and n is None and u in ("day", "night", "hour"):
        return None  # "the next day", "the last day of the talks": anaphoric
    if n is None:
        n = FEW if plural else 1
    past = d in ("past", "last")

    def res(p, t, yh):
        if p is None:
            return None
        if past:
            return _shift_units(p, u, -n), p
        if u == "hour":
            return p, _shift_units(p, u, n)
        return p + timedelta(days=1), _shift_units(p, u, n)

    return Expr(m.start(), m.end(), res, "rolling", True)


def r_recent(m, text, hints):
    if not _lowercase_or_initial(m, text):
        return None
    u = _unit(m["u"])
    unit, n = RECENT[u]

    def res(p, t, yh):
        if p is None:
            return None
        return _shift_units(p, unit, -n), p

    return Expr(m.start(), m.end(), res, "rolling", True)


def r_duration(m, text, hints):
    n = _num(m["n"])
    u = _unit(m["u"])
    if n is None or (m.group(0)[:1].isupper() and not _sentence_start(text, m.start())):
        return None
    pre = m["pre"].lower()
    iso = _iso_duration(n, u, bool(m["half"]))
    if pre in ("in", "within") and not m["half"]:

        def res(p, t, yh):
            if t != "future":
                return "duration"
            if p is None:
                return None
            end = _shift_units(p, u, n)
            if pre == "within":
                return p, end
            return end, end

        e = Expr(
            m.start(),
            m.end(),
            res,
            "day" if pre == "in" else "rolling",
            True,
            tense_sensitive=True,
            duration=iso,
        )
        e.extra["core"] = (m.start("core"), m.end("core"))  # the span when it turns out a duration
        return e
    return Expr(
        m.start("core"), m.end("core"), lambda p, t, yh: (None, None), "duration", False, duration=iso
    )


def r_duration_of(m, text, hints):
    """ "three days of mourning", "two weeks of talks"."""
    n = _num(m["n"])
    if n is None:
        return None
    iso = _iso_duration(n, _unit(m["u"]))
    return Expr(
        m.start("core"), m.end("core"), lambda p, t, yh: (None, None), "duration", False, duration=iso
    )


def r_duration_adj(m, text, hints):
    n = _num(m["n"])
    if n is None:
        return None
    iso = _iso_duration(n, _unit(m["u"]))
    return Expr(m.start(), m.end(), lambda p, t, yh: (None, None), "duration", False, duration=iso)


def _iso_duration(n: int, u: str, half: bool = False) -> str:
    num = f"{n}.5" if half else str(n)
    if u == "hour":
        return f"PT{num}H"
    if u == "decade":
        return f"P{n * 10}Y" if not half else f"P{n * 10 + 5}Y"
    return f"P{num}{ {'day': 'D', 'night': 'D', 'week': 'W', 'month': 'M', 'year': 'Y'}[u] }"


def r_quarter_this(m, text, hints):
    """ "the third quarter" with no year: the publication year's."""
    if not _lowercase_or_initial(m, text):
        return None
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[m["q"].lower()]

    def res(p, t, yh):
        y = yh or (p.year if p else None)
        return None if y is None else _apply_part(f"q{q}", "year", date(y, 1, 1), date(y, 12, 31))

    return Expr(m.start(), m.end(), res, "quarter", True, explicit_year=False)


HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year": (1, 1),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "victory day": (5, 9),
}


def r_holiday(m, text, hints):
    """Fixed-date holidays; the year as for a day and month without a year."""
    name = " ".join(m.group(0).lower().replace("\u2019", "'").split())
    mon, d = HOLIDAYS[name]
    e = _day_expr(m, None, mon, d)
    if e is not None:
        e.granularity = "day"
    return e


def r_dayrange(m, text, hints):
    mon = _month_num(m["mon"])
    d1, d2 = (_day_num(m[g]) for g in ("d1", "d2"))
    y = int(m["y"]) if m["y"] else None
    if not d1 < d2 or not _valid_day(y or 2024, mon, d2):
        return None
    if y:
        return Expr(m.start(), m.end(), lambda p, t, yh: (date(y, mon, d1), date(y, mon, d2)), "day", False)

    def res(p, t, yh):
        yy = yh
        if yy is None:
            if p is None:
                return None
            picked = _pick_year(
                p,
                t,
                lambda z: (date(z, mon, d1), date(z, mon, d2)) if _valid_day(z, mon, d2) else None,
                nearest=True,
            )
            if picked is None:
                return None
            yy = picked[0].year
        if not _valid_day(yy, mon, d2):
            return None
        return date(yy, mon, d1), date(yy, mon, d2)

    return Expr(m.start(), m.end(), res, "day", True, tense_sensitive=True, explicit_year=False)


RULE_PATTERNS: list[tuple[str, Callable]] = [
    (r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", r_iso),
    (r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})\b", r_numeric),
    (
        rf"\b(?:(?P<pre>(?i:from|between))\s+)?(?<![\d./-])(?P<d1>{DAY})\s*(?P<conn>-|\u2013|(?i:to|and|until|through))\s*"
        rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        r_dayrange,
    ),
    (
        rf"\b(?:(?P<pre>(?i:from|between))\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?P<conn>-|\u2013|(?i:to|and|until|through))\s*"
        rf"(?P<d2>{DAY})(?![\d,.]?\d)(?:,?\s+(?P<y>{YEAR}))?",
        r_dayrange,
    ),
    (rf"\b(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?", r_dmy),
    (rf"\b(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})(?![\d]|[,.]\d)(?:,?\s+(?P<y>{YEAR}))?", r_dmy),
    (rf"(?:\b(?P<part>(?i:{PART})){PART_SEP})?\b(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?", r_month),
    (rf"\bQ(?P<q>[1-4])\s+(?P<y>{YEAR})", r_quarter),
    (r"\b(?i:the\s+(?P<q>first|second|third|fourth|last)\s+quarter)\b(?!\s+of\b)", r_quarter_this),
    (
        r"\b(?:Christmas(?:\s+(?:Eve|Day))?|New\s+Year(?:['\u2019]s\s+(?:Eve|Day))?|Victory\s+Day)(?![\w-])",
        r_holiday,
    ),
    (r"\b(?P<y1>(?:19|20)\d{2})\s*[-\u2013/]\s*(?P<y2>(?:19|20)\d{2}|\d{2})(?![\d-])", r_year_range),
    (rf"(?:\b(?P<part>(?i:{PART})){PART_SEP})?\b(?P<y>{YEAR})(?!s\b|-\d|\s*-\s*year)", r_year),
    (
        rf"(?:\b(?P<part>(?i:{PART})){PART_SEP})?\b(?:(?P<ref>(?i:this|last|next|the|past|coming))\s+)?"
        rf"(?P<s>(?i:{SEASON}))(?![\w-])(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        r_season,
    ),
    (
        rf"(?:\b(?P<part>(?i:{PART})){PART_SEP})?\b(?P<ref>(?i:this|last|next|the|current|past))\s+"
        rf"(?P<u>(?i:week|weekend|month|year))(?![\w-])",
        r_relunit,
    ),
    (r"\b(?i:(?P<el>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>week|month|year))\b", r_earlier),
    (
        rf"\b(?:(?P<ref>(?i:last|next|this|early|late|(?:early|late)\s+on))\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?(?![\w-])",
        r_weekday,
    ),
    (
        r"\b(?P<w>(?i:(?:earlier|later)\s+today|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        r"today|tonight|yesterday|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening)))"
        r"(?:\s+(?i:morning|afternoon|evening|night))?(?![\w-])",
        r_dayword,
    ),
    (rf"\b(?P<n>(?i:{NUM}))\s+(?P<u>(?i:{UNIT}))\s+(?i:ago)\b", r_ago),
    (
        rf"\b(?:(?P<the>(?i:the))\s+)?(?:(?P<this>(?i:this))\s+)?(?P<dir>(?i:past|last|previous|next|coming|following))\s+"
        rf"(?:(?P<n>(?i:{NUM}))\s+)?(?P<u>(?i:{UNIT}))(?![\w-])",
        r_rolling,
    ),
    (r"\b(?i:recent\s+(?P<u>days|weeks|months|years))\b", r_recent),
    (
        rf"\b(?P<pre>(?i:for|lasting|lasted|lasts|(?:to|will|would|could|may|might|can|should)\s+last|within|in|over))\s+(?:(?i:nearly|almost|about|around|"
        rf"more\s+than|at\s+least|some|roughly|another|up\s+to|just|only)\s+)?(?P<core>(?P<n>(?i:{NUM}))\s+"
        rf"(?P<u>(?i:{UNIT}))(?P<half>\s+(?i:and\s+a\s+half))?)"
        rf"(?![\w-])(?!\s+(?i:ago|later|earlier|of\s+the))",
        r_duration,
    ),
    (
        rf"\b(?P<core>(?P<n>(?i:\d{{1,3}}|{NUM_WORD}(?:[-\s]{NUM_WORD})?|a\s+few|several|a\s+couple\s+of))\s+"
        rf"(?P<u>(?i:{UNIT})))\s+of\s+(?!(?i:the|that|this|these|those|its|their|his|her)\b)(?=[a-z])",
        r_duration_of,
    ),
    (
        rf"\b(?P<n>(?i:\d{{1,3}}|{NUM_WORD}(?:-{NUM_WORD})?))-(?P<u>(?i:hour|day|night|week|month|year))"
        rf"(?:-long)?(?![\w]|-old|-olds)",
        r_duration_adj,
    ),
]

ANAPHORIC_OF = re.compile(r"\s+of\s+(?:that|the\s+same|the\s+following|the\s+previous)\b", re.I)

# Joining neighbours.
# Each rule runs only near its trigger words (a regex over the whole text costs as much as a
# spaCy component; a substring search costs nothing). A trigger in lower case is looked up in the
# lower-cased text, one with a capital in the text as it is; None means the whole text.
MONTH_TRIGGERS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
UNIT_TRIGGERS = ("hour", "day", "night", "week", "month", "year", "decade")
TRIGGERS = {
    "r_iso": None,
    "r_numeric": None,
    "r_year_range": None,
    "r_dayrange": MONTH_TRIGGERS,
    "r_dmy": MONTH_TRIGGERS,
    "r_month": MONTH_TRIGGERS,
    "r_quarter": ("Q",),
    "r_quarter_this": ("quarter",),
    "r_holiday": ("Christmas", "New Year", "Victory Day"),
    "r_year": ("19", "20"),
    "r_season": ("spring", "summer", "autumn", "fall", "winter"),
    "r_relunit": ("week", "month", "year"),
    "r_earlier": ("earlier", "later"),
    "r_weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "r_dayword": (
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "overnight",
        "night",
        "morning",
        "afternoon",
        "evening",
    ),
    "r_ago": ("ago",),
    "r_rolling": ("past", "last", "previous", "next", "coming", "following"),
    "r_recent": ("recent",),
    "r_duration": UNIT_TRIGGERS,
    "r_duration_of": UNIT_TRIGGERS,
    "r_duration_adj": ("-hour", "-day", "-night", "-week", "-month", "-year"),
}
WINDOW = 48  # characters around a trigger: longer than any prefix or suffix a rule can match
RULES: list[tuple[re.Pattern, Callable, tuple | None, bool]] = [
    (re.compile(p), h, TRIGGERS[h.__name__], any(c.isupper() for t in TRIGGERS[h.__name__] or () for c in t))
    for p, h in RULE_PATTERNS
]

ABSOLUTE_DAY_RULES = {"r_iso", "r_numeric", "r_dmy"}
# what can stand at either end of a range (not "overnight", "two days ago", "the past week")
RANGE_RULES = {
    "r_iso",
    "r_numeric",
    "r_dmy",
    "r_month",
    "r_year",
    "r_season",
    "r_weekday",
    "r_holiday",
    "r_relunit",
    "r_quarter",
    "r_quarter_this",
}
RANGE_CONN = re.compile(r"^\s*(?:-|\u2013|\u2014|(?i:to|until|till|through|and))\s*$")
RANGE_PRE = re.compile(r"(?i:\b(from|between)\s+)$")
MODIFIER = re.compile(r"(?i:\b(since|until|till|by|through|ever\s+since)\s+)$")
WEEK_TO = re.compile(r"(?i:\bthe\s+(?:week|seven\s+days)\s+(?:to|ending(?:\s+on)?|through)\s+)$")
OVERNIGHT_CONN = re.compile(r"^\s*(?i:on|into|to)\s+$")


# ---------------------------------------------------------------------------------------------
# Hints from spaCy


class Hints:
    """What the parse tells the rules: DATE entities and the tense of the governing verb."""

    def __init__(self, doc: Doc | None = None):
        self.doc = doc
        self._ents: list[tuple[int, int]] | None = None

    def _date_ents(self):
        if self._ents is None:
            ents = (
                []
                if self.doc is None
                else [(e.start_char, e.end_char) for e in entities(self.doc) if e.label_ in ("DATE", "TIME")]
            )
            self._ents = ents
        return self._ents

    def in_date_entity(self, i: int) -> bool:
        return any(a <= i < b for a, b in self._date_ents())

    def _token_at(self, i: int):
        return token_at(self.doc, i) if self.doc is not None else None

    def is_counted_number(self, start: int, end: int) -> bool:
        """A four-digit number that counts a plural noun ("2000 troops"), not a year that
        modifies a singular one ("a 2019 contract", "the 2022 invasion")."""
        tok = self._token_at(start)
        if tok is None:
            return False
        return (
            tok.dep_ == "nummod"
            and tok.head.i > tok.i
            and tok.head.tag_ in ("NNS", "NNPS")
            and tok.head.lower_ not in TIME_NOUNS
        )

    def tense(self, start: int, end: int) -> str | None:
        tok = self._token_at(start)
        if tok is None:
            return None
        # the root of the expression: climb while the head stays inside it
        while tok.head.i != tok.i and start <= tok.head.idx < end:
            tok = tok.head
        v = tok
        for _ in range(8):
            if v.lower_ in SCHEDULE_WORDS:
                return "future"  # "is due to debate on Monday" (debate parsed as a noun)
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        for _ in range(4):
            auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
            for a in auxes:
                if a.lower_ in FUTURE_AUX or a.lower_ in MODAL_AUX:
                    nxt = a.nbor(1) if a.i + 1 < len(a.doc) else None
                    if nxt is not None and nxt.lower_ in ("have", "'ve", "\u2019ve"):
                        return "past"  # "would have", "could have"
                    return "future"
                if a.lower_ == "going" or (a.lower_ == "to" and v.dep_ == "xcomp" and v.head.lemma_ == "be"):
                    return "future"  # "are going to", "troops are to withdraw by Friday"
            if v.lemma_ in FUTURE_HEADS or v.lower_ in SCHEDULE_WORDS:
                return "future"
            if v.tag_ == "VBD" or any(a.lower_ in ("had", "was", "were") for a in auxes):
                return "past"
            if v.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'ve", "\u2019ve") for a in auxes):
                return "perfect"  # "has seen battles since ...", "has been delayed until ..."
            # no tense of its own (infinitive, present): a complement or subordinate clause takes
            # the main clause's ("will train ... before they are sent to the front in the autumn");
            # a reported clause (ccomp) does not ("said on Monday that talks begin on Friday")
            if v.dep_ in ("xcomp", "advcl", "conj") and v.head.i != v.i:
                v = v.head
                continue
            break
        if v.tag_ == "MD" and v.lower_ in FUTURE_AUX:
            return "future"
        return None


# ---------------------------------------------------------------------------------------------
# Recognition, joining, resolution


def _windows(hay: str, triggers: tuple, n: int) -> list[tuple[int, int]]:
    """Merged stretches of WINDOW characters either side of each trigger occurrence."""
    spans = []
    for trig in triggers:
        i = hay.find(trig)
        while i >= 0:
            spans.append((max(0, i - WINDOW), min(n, i + len(trig) + WINDOW)))
            i = hay.find(trig, i + len(trig))
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _candidates(text: str, hints: Hints) -> list[Expr]:
    found = []  # (match start, match end, expr): a duration's span may be shorter than its match
    lower = text.lower()
    n = len(text)
    cache: dict[tuple, list[tuple[int, int]]] = {}
    for rx, handler, triggers, cased in RULES:
        windows: Sequence[tuple[int, int]] | None
        if triggers is None:
            windows = ((0, n),)
        else:
            windows = cache.get(triggers)
            if windows is None:
                windows = cache[triggers] = _windows(text if cased else lower, triggers, n)
        for a, b in windows:
            for m in rx.finditer(text, a, b):
                e = handler(m, text, hints)
                if e is not None:
                    e.rule = handler.__name__
                    found.append((min(m.start(), e.start), max(m.end(), e.end), e))
    # the longest match wins; among equals, the earlier rule
    order = sorted(range(len(found)), key=lambda i: (found[i][0] - found[i][1], i))
    taken: list[tuple[int, int, Expr]] = []
    for i in order:
        a, b, e = found[i]
        if all(b <= oa or a >= ob for oa, ob, _ in taken):
            taken.append(found[i])
    exprs = [e for _, _, e in taken]
    exprs.sort(key=lambda e: e.start)
    return exprs


def _join(text: str, exprs: list[Expr]) -> list[Expr]:
    for k, e in enumerate(exprs):
        m = WEEK_TO.search(text[max(0, e.start - 30) : e.start])
        if m and e.day_level:
            exprs[k] = _week_to(e, e.start - len(m.group(0)))
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        e = exprs[i]
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if nxt is not None and e.duration is None and nxt.duration is None:
            between = text[e.end : nxt.start]
            # "Tuesday, Nov. 5": the date decides
            if e.rule == "r_weekday" and nxt.rule in ABSOLUTE_DAY_RULES and re.fullmatch(r",?\s*", between):
                nxt.start = e.start
                out.append(nxt)
                i += 2
                continue
            # "overnight into Wednesday"
            if e.extra.get("word") == "overnight" and nxt.day_level and OVERNIGHT_CONN.match(between):
                out.append(_overnight(e, nxt))
                i += 2
                continue
            # ranges: "from X to Y", "between X and Y", "X-Y"
            pre = RANGE_PRE.search(text[max(0, e.start - 9) : e.start])
            conn = between.strip().lower()
            if (
                RANGE_CONN.match(between)
                and e.rule in RANGE_RULES
                and nxt.rule in RANGE_RULES
                and (conn != "and" or (pre and pre.group(1).lower() == "between"))
            ):
                out.append(_range(e, nxt, e.start - (len(pre.group(0)) if pre else 0)))
                i += 2
                continue
        out.append(e)
        i += 1
    return out


def _week_to(x: Expr, start: int) -> Expr:
    """ "the week to Sunday": the seven days ending with that day."""

    def res(p, t, yh):
        r = x.resolve(p, t, yh)
        if not r or r == "duration" or r[1] is None:
            return None
        return r[1] - timedelta(days=6), r[1]

    return Expr(
        start,
        x.end,
        res,
        "week",
        x.relative,
        tense_sensitive=x.tense_sensitive,
        explicit_year=x.explicit_year,
        rule="week_to",
    )


def _overnight(e: Expr, x: Expr) -> Expr:
    def res(p, t, yh):
        r = x.resolve(p, t, yh)
        if not r or r[0] is None:
            return None
        return r[0] - timedelta(days=1), r[0]

    return Expr(
        e.start,
        x.end,
        res,
        "day",
        x.relative,
        tense_sensitive=x.tense_sensitive,
        explicit_year=x.explicit_year,
        rule="overnight",
    )


def _range(a: Expr, b: Expr, start: int) -> Expr:
    def res(p, t, yh):
        ya = None
        rb = b.resolve(p, t, None)
        if rb and rb != "duration" and not a.explicit_year and b.explicit_year and rb[1] is not None:
            ya = rb[1].year
        ra = a.resolve(p, t, ya)
        if ra and ra != "duration" and rb and rb != "duration" and ra[0] and rb[1] and ra[0] > rb[1]:
            if not a.explicit_year:
                ra = a.resolve(p, t, ra[0].year - 1) or ra
            elif not b.explicit_year:
                rb = b.resolve(p, t, rb[1].year + 1) or rb
        if not ra or not rb or ra == "duration" or rb == "duration" or ra[0] is None or rb[1] is None:
            return None
        if ra[0] > rb[1] and a.rule == b.rule == "r_weekday":  # "from Friday to Monday"
            if t == "future":
                rb = (rb[0] + timedelta(days=7), rb[1] + timedelta(days=7))
            else:
                ra = (ra[0] - timedelta(days=7), ra[1] - timedelta(days=7))
        if ra[0] > rb[1]:
            return None
        return ra[0], rb[1]

    return Expr(
        start,
        b.end,
        res,
        "range",
        a.relative or b.relative,
        tense_sensitive=a.tense_sensitive or b.tense_sensitive,
        explicit_year=a.explicit_year and b.explicit_year,
        rule="range",
    )


def _modify(text: str, exprs: list[Expr]) -> list[Expr]:
    for idx, e in enumerate(exprs):
        if e.duration is not None or e.granularity == "rolling":
            continue
        m = MODIFIER.search(text[max(0, e.start - 12) : e.start])
        if not m or text[e.end : e.end + 2] in ("'s", "\u2019s"):
            continue
        word = m.group(1).lower().split()[-1]
        if word == "through" and e.granularity not in ("month", "day", "year", "season", "range"):
            continue
        inner = e

        def res(p, t, yh, inner=inner, word=word):
            if word == "since":
                r = inner.resolve(p, "past", yh)
                if not r or r == "duration" or (p is not None and r[0] is not None and r[0] > p):
                    return None
                return r[0], p
            r = inner.resolve(p, "past" if t == "past" else "future", yh)
            if not r or r == "duration":
                return None
            a, b = r
            if b is None:
                return None
            if p is None:
                return None, b
            if b >= p:
                return p, b
            return (a, b) if word == "by" else (None, b)

        exprs[idx] = Expr(
            e.start - len(m.group(0)),
            e.end,
            res,
            e.granularity,
            True,
            tense_sensitive=word != "since",
            explicit_year=e.explicit_year,
            rule=e.rule,
            extra={"mod": word},
        )
    return exprs


def parse_published(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def find_times(text: str, published=None, doc: Doc | None = None) -> list[dict]:
    """Every time expression in `text` as Time dicts. `doc` (a spaCy Doc over `text`) is
    optional: without it, tense is unknown (past readings) and bare years/months need a
    preposition."""
    pub = published if isinstance(published, date) or published is None else parse_published(published)
    hints = Hints(doc)
    exprs = _modify(text, _join(text, _candidates(text, hints)))
    times = []
    for e in exprs:
        tense = hints.tense(e.start, e.end) if e.tense_sensitive else None
        # a present perfect reads as past, except under until/by ("has been delayed until autumn")
        r = e.resolve(pub, tense if e.extra.get("mod") or tense != "perfect" else "past", None)
        extra = {}
        if r == "duration" or e.granularity == "duration":
            extra = {
                "from": None,
                "to": None,
                "kind": "duration",
                "granularity": "duration",
                "relative": False,
                "duration": e.duration,
            }
            start, end = e.extra.get("core", (e.start, e.end))  # "in three days" in the past: the length only
            times.append(span(text, start, end, **extra))
            continue
        a, b = r if r else (None, None)
        kind = "date" if a is not None and a == b else "interval"
        if r is None and e.day_level:
            kind = "date"
        extra = {
            "from": a.isoformat() if a else None,
            "to": b.isoformat() if b else None,
            "kind": kind,
            "granularity": e.granularity,
            "relative": e.relative,
        }
        if e.extra.get("mod"):
            extra["mod"] = e.extra["mod"]
        if tense:
            extra["tense"] = tense
        times.append(span(text, e.start, e.end, **extra))
    return times


@extractor("times", gives=("times",))
def extract(ctx: Context) -> None:
    published = getattr(ctx.document, "published", None) or ctx.record.get("published")
    ctx.record["times"] = find_times(doc_text(ctx.doc), parse_published(published), ctx.doc)
