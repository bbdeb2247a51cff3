"""Build tests/gold/blind2/quantities.jsonl: a SECOND BLIND evaluation set for `claimledger eval quantities`.

usage: python3.11 tests/gold/blind2/build_quantities.py   (rewrites quantities.jsonl beside this file)

Seventy invented news sentences and short paragraphs (writer "gold-c", 2026-12-04), written
without sight of the extractor's rules, its resources or the team's gold texts. Subjects: business
and markets, sport, science and health, courts, weather, politics, and war and diplomacy. Four rows
hold only distractors (dates, years, clock times, ordinals, case numbers, names with digits such as
"G7", "F-16", "FTSE 100") and must yield no quantity; many others mix distractors with quantities.

Row format as in tests/gold/blind/quantities.jsonl, plus an extra `kind` on every quantity (the
record's kinds, and "age" for a person's age, "other" for a magnitude), which the scorer ignores.

Conventions used here (where the format left a choice):
- value is the stated number, scaled by its word or suffix ("1.2m" -> 1200000, "£5.2bn" ->
  5.2e9, "Rs 1,200 crore" -> 1.2e10, "3.2 x 10^5" -> 320000); a negative figure keeps its sign
  ("-1.3%" -> -1.3).
- unit: counts take the counted head noun as written, lower-cased ("troops", "jets"); money takes
  the ISO 4217 code (GBP, USD, EUR, MYR for "RM", INR for "Rs", JPY), pence are "GBX" with the
  number as written ("412p" -> 412 GBX); percentages "percent" (also "pc", "per cent"), percentage
  points "percentage points" ("four points" in a poll, "0.25-point"); measures by their usual
  symbol: "km", "m", "cm", "mm", "miles", "yards", "kg", "mg", "tonnes" (also for "tons"), "km2",
  "celsius" (also for a difference in degrees), "km/h", "km/s", "m/s", "bhp", "W"; durations and
  ages "seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years"; a factor
  ("40 times") "times"; a fraction or ratio ("a third", "one in five", "two-thirds") has unit
  null and value as a decimal (0.333333, 0.2, 0.666667).
- a compound duration is one quantity in its smallest stated unit ("2hr 17min 45sec" -> 8265
  seconds, "three hours and 41 minutes" -> 221 minutes, "11 years and six months" -> 138 months;
  a race time "2:05:12" -> 7512 seconds).
- a score ("3-1", "27-20", "49-12") gives one quantity per side, each span being its own number;
  cricket "412 for six" gives 412 runs and six wickets; golf "eight under par" is 8 strokes with
  counts "under par".
- ages are annotated ("a 31-year-old", "Smith, 29,", "aged 18 to 65", "women over 40"): unit
  "years", counts "age", kind "age" -- note that the first blind set treated ages as distractors;
  the `kind` field lets them be filtered out.
- counts is what is counted or measured, a noun phrase from the text, where the text names it
  (the subject of a rate or change: "inflation", "annual revenue"; the noun after "of": "rice",
  "cocaine"); money that is only the object of a verb ("costs RM18.50", "fined the bank $1.2bn")
  has counts null.
- "at least", "more than", "over", "above", "start at", "more than sixfold" -> bound "lower" (value
  and low); "up to", "within", "less than", "below" -> bound "upper" (value and high); "nearly"/"almost"
  are not used. "about", "some", "roughly", "an estimated", "estimated at" -> approximate.
  "between A and B", "A to B", "A-B" -> value null, low A, high B. "dozens" -> 24..99,
  "hundreds" -> 200..999 (value null, approximate).
- "five brigades of 3,000 troops each" -> value 3000, multiplier 5, total 15000, per "brigade".
- change {"direction", "part"} for a figure that is part of a change; the direction follows the
  verb ("the ringgit eased 0.4pc to 4.47" is down though the rate number rose); "doubled" /
  "sixfold" have value null and change {"direction": "up", "part": "factor", "factor": N}.
  A figure that only "held at" or is a difference from an average/record has change null.
- rate is what the figure is per ("$80 a barrel" -> "barrel", "a day", "a year", "per person");
  speeds keep "per" inside the unit ("km/h") and have no rate.
- role "dead"/"injured" only where the sentence makes it certain; a toll of "killed or wounded" or
  soldiers "lost" has no role.
- Not annotated: dates, years, clock times, ordinals ("third", "16th"), numbers inside names
  ("FTSE 100", "A321neo", "G7", "F-16", "Day 12" of a strike), case and rule numbers.
Spans are substrings located with str.find (see ../blind/_spans.py).
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, write_jsonl  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quantities.jsonl")
THIRD, TWO_THIRDS = round(1 / 3, 6), round(2 / 3, 6)


def Q(
    span,
    value,
    unit,
    counts=None,
    kind="count",
    *,
    low=None,
    high=None,
    approx=False,
    mult=None,
    total=None,
    per=None,
    rate=None,
    ch=None,
    factor=None,
    bound=None,
    role=None,
):
    d = {
        "span": span,
        "value": value,
        "low": low,
        "high": high,
        "unit": unit,
        "counts": counts,
        "approximate": approx,
        "multiplier": mult,
        "total": total,
        "change": None,
        "kind": kind,
    }
    if ch:
        direction, part = ch.split("/")
        d["change"] = {"direction": direction, "part": part}
        if factor is not None:
            d["change"]["factor"] = factor
    if bound:
        d["bound"] = bound
        if bound == "lower" and low is None:
            d["low"] = value
        if bound == "upper" and high is None:
            d["high"] = value
    if role:
        d["role"] = role
    if per:
        d["per"] = per
    if rate:
        d["rate"] = rate
    return d


def AGE(span, value, **kw):
    return Q(span, value, "years", "age", "age", **kw)


ROWS = [
    # ------------------------------------------------------------------ business and markets
    (
        "q2-01",
        "The new V12 coupe produces 640bhp and reaches 100km/h in 3.1 seconds, and will go on sale in Britain at £312,000 before taxes.",
        [
            Q("640bhp", 640, "bhp", None, "power"),
            Q("100km/h", 100, "km/h", None, "speed"),
            Q("3.1 seconds", 3.1, "seconds", None, "duration"),
            Q("£312,000", 312000, "GBP", None, "money"),
        ],
    ),
    (
        "q2-02",
        "Set menus at the new Bukit Bintang branch start at RM79 per person, while a bowl of its signature laksa costs RM18.50.",
        [
            Q("RM79", 79, "MYR", "Set menus", "money", rate="person", bound="lower"),
            Q("RM18.50", 18.5, "MYR", None, "money"),
        ],
    ),
    (
        "q2-03",
        "Bank Negara kept its overnight policy rate at 3.00pc on Thursday, while the ringgit eased 0.4pc to 4.47 against the US dollar.",
        [
            Q("3.00pc", 3.0, "percent", "overnight policy rate", "percent"),
            Q("0.4pc", 0.4, "percent", "ringgit", "percent", ch="down/by"),
            Q("4.47", 4.47, "MYR", "ringgit", "money", ch="down/to", rate="USD"),
        ],
    ),
    (
        "q2-04",
        "Brent crude settled at $80 a barrel, up 1.38pc on the day, after OPEC+ said it would hold output cuts of 2.2 million barrels per day until the end of March.",
        [
            Q("$80 a barrel", 80, "USD", "Brent crude", "money", rate="barrel"),
            Q("1.38pc", 1.38, "percent", "Brent crude", "percent", ch="up/by"),
            Q("2.2 million barrels per day", 2200000, "barrels", "output cuts", "volume", rate="day"),
        ],
    ),
    (
        "q2-05",
        "Vietnam shipped 1.2m tons of rice in the first quarter, customs data showed, while a new USD10m loan from a Japanese lender will fund three drying plants in the Mekong Delta.",
        [
            Q("1.2m tons", 1200000, "tonnes", "rice", "mass"),
            Q("USD10m", 10000000, "USD", "loan", "money"),
            Q("three drying plants", 3, "plants", "drying plants"),
        ],
    ),
    (
        "q2-06",
        "The economy shrank at an annualised rate of -1.3% in the third quarter, the statistics office said, the first contraction in eight quarters.",
        [
            Q("-1.3%", -1.3, "percent", "economy", "percent"),
            Q("eight quarters", 8, "quarters", None, "duration"),
        ],
    ),
    (
        "q2-07",
        "Shares in Halvern Foods rose 3% to 412p after the group said annual revenue rose 6.5% to £5.2bn and that it would return £250m to shareholders through a buyback.",
        [
            Q("3%", 3, "percent", "Shares in Halvern Foods", "percent", ch="up/by"),
            Q("412p", 412, "GBX", "Shares in Halvern Foods", "money", ch="up/to"),
            Q("6.5%", 6.5, "percent", "annual revenue", "percent", ch="up/by"),
            Q("£5.2bn", 5.2e9, "GBP", "annual revenue", "money", ch="up/to"),
            Q("£250m", 250e6, "GBP", None, "money"),
        ],
    ),
    (
        "q2-08",
        "Inflation eased from 4.1 per cent in October to 3.6 per cent in November, the lowest reading since early 2022.",
        [
            Q("4.1 per cent", 4.1, "percent", "Inflation", "percent", ch="down/from"),
            Q("3.6 per cent", 3.6, "percent", "Inflation", "percent", ch="down/to"),
        ],
    ),
    (
        "q2-09",
        "Copper Hits Record $11,200 a Tonne as Chile Mine Strike Enters Day 12",
        [
            Q("$11,200 a Tonne", 11200, "USD", "Copper", "money", rate="tonne"),
        ],
    ),
    (
        "q2-10",
        "The airline will lease 14 A321neo jets and cut its fleet's average age from 11.4 years to 7, chief executive Marta Illescas told analysts.",
        [
            Q("14 A321neo jets", 14, "jets", "A321neo jets"),
            Q("11.4 years", 11.4, "years", "fleet's average age", "duration", ch="down/from"),
            Q(("7", "to 7,"), 7, "years", "fleet's average age", "duration", ch="down/to"),
        ],
    ),
    (
        "q2-11",
        "Kurose Motors said quarterly operating profit fell 18% to ¥1.16 trillion, short of the ¥1.3 trillion analysts had expected.",
        [
            Q("18%", 18, "percent", "quarterly operating profit", "percent", ch="down/by"),
            Q("¥1.16 trillion", 1.16e12, "JPY", "quarterly operating profit", "money", ch="down/to"),
            Q("¥1.3 trillion", 1.3e12, "JPY", None, "money"),
        ],
    ),
    (
        "q2-12",
        "Housing starts jumped 14.2% in June to a seasonally adjusted annual rate of 1.47 million units.",
        [
            Q("14.2%", 14.2, "percent", "Housing starts", "percent", ch="up/by"),
            Q("1.47 million units", 1470000, "units", "Housing starts", ch="up/to", rate="year"),
        ],
    ),
    (
        "q2-13",
        "Mumbai-listed Sarathi Cement will invest Rs 1,200 crore in a 4-million-tonne plant in Odisha, its third in the state.",
        [
            Q("Rs 1,200 crore", 1.2e10, "INR", None, "money"),
            Q("4-million-tonne", 4e6, "tonnes", "plant", "mass"),
        ],
    ),
    (
        "q2-14",
        "The average price of unleaded petrol fell to €1.71 a litre, down from €1.79 a month earlier, the motorists' association said.",
        [
            Q("€1.71 a litre", 1.71, "EUR", "unleaded petrol", "money", rate="litre", ch="down/to"),
            Q("€1.79", 1.79, "EUR", "unleaded petrol", "money", rate="litre", ch="down/from"),
        ],
    ),
    (
        "q2-15",
        "Profit at the lender more than doubled to $3.4bn, and it set aside $870m for bad loans, up from $610m.",
        [
            Q("more than doubled", None, None, "Profit", "factor", ch="up/factor", factor=2, bound="lower"),
            Q("$3.4bn", 3.4e9, "USD", "Profit", "money", ch="up/to"),
            Q("$870m", 870e6, "USD", "bad loans", "money", ch="up/to"),
            Q("$610m", 610e6, "USD", "bad loans", "money", ch="up/from"),
        ],
    ),
    (
        "q2-16",
        "14:05 GMT – The FTSE 100 is down 62 points, or 0.8%, at 7,688, with miners the worst performers; Carrow Mining is off 3.9%.",
        [
            Q("62 points", 62, "points", "FTSE 100", ch="down/by"),
            Q("0.8%", 0.8, "percent", "FTSE 100", "percent", ch="down/by"),
            Q("7,688", 7688, "points", "FTSE 100", ch="down/to"),
            Q("3.9%", 3.9, "percent", "Carrow Mining", "percent", ch="down/by"),
        ],
    ),
    (
        "q2-17",
        "Unemployment held at 5.1%, while wage growth slowed to 3.8% from 4.4%; economists had expected a 0.25-point rate cut next month.",
        [
            Q("5.1%", 5.1, "percent", "Unemployment", "percent"),
            Q("3.8%", 3.8, "percent", "wage growth", "percent", ch="down/to"),
            Q("4.4%", 4.4, "percent", "wage growth", "percent", ch="down/from"),
            Q("0.25-point", 0.25, "percentage points", "rate cut", "percent"),
        ],
    ),
    (
        "q2-18",
        "The merger creates a group with annual sales of roughly €18bn and 42,000 employees in 31 countries, and 1,100 jobs will go over three years.",
        [
            Q("roughly €18bn", 18e9, "EUR", "annual sales", "money", approx=True),
            Q("42,000 employees", 42000, "employees", "employees"),
            Q("31 countries", 31, "countries", "countries"),
            Q("1,100 jobs", 1100, "jobs", "jobs"),
            Q("three years", 3, "years", None, "duration"),
        ],
    ),
    # ------------------------------------------------------------------ sport
    (
        "q2-19",
        "Arsenal beat Brighton 3-1 at the Emirates on Saturday, with a 19-year-old scoring twice in the final 20 minutes.",
        [
            Q(("3", "3-1"), 3, "goals", "goals"),
            Q(("1", "3-1"), 1, "goals", "goals"),
            AGE("19-year-old", 19),
            Q("twice", 2, "times", None, "frequency"),
            Q("20 minutes", 20, "minutes", None, "duration"),
        ],
    ),
    (
        "q2-20",
        "Kenya's Faith Kiprono won in 2hr 17min 45sec, shaving 38 seconds off the course record, while the men's race went to a 31-year-old Ethiopian in 2:05:12.",
        [
            Q("2hr 17min 45sec", 8265, "seconds", None, "duration"),
            Q("38 seconds", 38, "seconds", "course record", "duration", ch="down/by"),
            AGE("31-year-old", 31),
            Q("2:05:12", 7512, "seconds", None, "duration"),
        ],
    ),
    (
        "q2-21",
        "Smith, 29, made 143 off 167 balls, including 17 fours and three sixes, as England reached 412 for six at stumps.",
        [
            AGE("29", 29),
            Q("143", 143, "runs", "runs"),
            Q("167 balls", 167, "balls", "balls"),
            Q("17 fours", 17, "fours", "fours"),
            Q("three sixes", 3, "sixes", "sixes"),
            Q("412", 412, "runs", "runs"),
            Q(("six", "412 for six"), 6, "wickets", "wickets"),
        ],
    ),
    (
        "q2-22",
        "Quarterback Deshawn Pryor threw for 312 yards and three touchdowns as the Hawks won 27-20, their fifth straight victory, before a crowd of 68,500.",
        [
            Q("312 yards", 312, "yards", None, "length"),
            Q("three touchdowns", 3, "touchdowns", "touchdowns"),
            Q("27", 27, "points", "points"),
            Q(("20", "27-20"), 20, "points", "points"),
            Q("68,500", 68500, "people", "crowd"),
        ],
    ),
    (
        "q2-23",
        "The 24-year-old clocked 9.91 seconds into a headwind of 0.6 metres per second to win the 100m title.",
        [
            AGE("24-year-old", 24),
            Q("9.91 seconds", 9.91, "seconds", None, "duration"),
            Q("0.6 metres per second", 0.6, "m/s", "headwind", "speed"),
            Q("100m", 100, "m", None, "length"),
        ],
    ),
    (
        "q2-24",
        "Ana Korsak, 22, saved four match points and won in three sets after three hours and 41 minutes on court, taking home a winner's cheque of $1.2 million.",
        [
            AGE("22", 22),
            Q("four match points", 4, "points", "match points"),
            Q("three sets", 3, "sets", "sets"),
            Q("three hours and 41 minutes", 221, "minutes", None, "duration"),
            Q("$1.2 million", 1.2e6, "USD", "winner's cheque", "money"),
        ],
    ),
    (
        "q2-25",
        "The 2026 World Cup draw will be held on December 5 at 12:00 local time, and Group F includes the 1998 champions.",
        [],
    ),
    (
        "q2-26",
        "Leinster ran in seven tries in a 49-12 rout, and their fly-half kicked seven conversions from seven attempts.",
        [
            Q("seven tries", 7, "tries", "tries"),
            Q("49", 49, "points", "points"),
            Q("12", 12, "points", "points"),
            Q("seven conversions", 7, "conversions", "conversions"),
            Q("seven attempts", 7, "attempts", "attempts"),
        ],
    ),
    (
        "q2-27",
        "The stage covers 183km with 4,200 metres of climbing, and riders face gradients of up to 14% on the final ascent.",
        [
            Q("183km", 183, "km", "stage", "length"),
            Q("4,200 metres", 4200, "m", "climbing", "length"),
            Q("up to 14%", 14, "percent", "gradients", "percent", bound="upper"),
        ],
    ),
    (
        "q2-28",
        "GOLF: Lee, 41, carded a bogey-free 64, eight under par, to finish on 19 under and win by three shots.",
        [
            AGE("41", 41),
            Q("64", 64, "strokes", None),
            Q("eight under par", 8, "strokes", "under par"),
            Q("19 under", 19, "strokes", "under par"),
            Q("three shots", 3, "shots", "shots"),
        ],
    ),
    (
        "q2-29",
        "Bayern agreed a fee of €75m plus €10m in add-ons for the 21-year-old, who signs a five-year contract worth a reported €12m a season.",
        [
            Q("€75m", 75e6, "EUR", "fee", "money"),
            Q("€10m", 10e6, "EUR", "add-ons", "money"),
            AGE("21-year-old", 21),
            Q("five-year", 5, "years", "contract", "duration"),
            Q("€12m a season", 12e6, "EUR", "contract", "money", rate="season"),
        ],
    ),
    # ------------------------------------------------------------------ science and health
    (
        "q2-30",
        "Patients took 500mg of the drug twice a day for 12 weeks, and one in five reported nausea, the researchers wrote.",
        [
            Q("500mg", 500, "mg", "drug", "mass"),
            Q("twice a day", 2, "times", None, "frequency", rate="day"),
            Q("12 weeks", 12, "weeks", None, "duration"),
            Q("one in five", 0.2, None, "Patients", "fraction"),
        ],
    ),
    (
        "q2-31",
        "The trial enrolled 1,204 adults aged 18 to 65, of whom a third received the placebo.",
        [
            Q("1,204 adults", 1204, "adults", "adults"),
            AGE("18 to 65", None, low=18, high=65),
            Q("a third", THIRD, None, "adults", "fraction"),
        ],
    ),
    (
        "q2-32",
        "The bacterium's population reached 3.2 x 10^5 cells per millilitre within six hours, roughly 40 times the level in untreated samples.",
        [
            Q("3.2 x 10^5 cells per millilitre", 320000, "cells", "cells", rate="millilitre"),
            Q("six hours", 6, "hours", None, "duration"),
            Q("roughly 40 times", 40, "times", "level in untreated samples", "factor", approx=True),
        ],
    ),
    (
        "q2-33",
        "The asteroid, about 120 metres wide, will pass within 1.8 million km of Earth, or roughly 4.7 times the distance to the Moon.",
        [
            Q("about 120 metres", 120, "m", "asteroid", "length", approx=True),
            Q("1.8 million km", 1.8e6, "km", None, "length", bound="upper"),
            Q("roughly 4.7 times", 4.7, "times", "distance to the Moon", "factor", approx=True),
        ],
    ),
    (
        "q2-34",
        "Cases of measles in the region rose to 1,347 this year from 211 in 2023, a more than sixfold increase, health officials said.",
        [
            Q("1,347", 1347, "cases", "Cases of measles", ch="up/to"),
            Q("211", 211, "cases", "Cases of measles", ch="up/from"),
            Q(
                "more than sixfold",
                None,
                None,
                "Cases of measles",
                "factor",
                ch="up/factor",
                factor=6,
                bound="lower",
            ),
        ],
    ),
    (
        "q2-35",
        "A daily dose of 0.4 milligrams of folic acid cut the risk by 27%, though the effect vanished in women over 40.",
        [
            Q("0.4 milligrams", 0.4, "mg", "folic acid", "mass", rate="day"),
            Q("27%", 27, "percent", "risk", "percent", ch="down/by"),
            AGE(("40", "over 40"), 40, bound="lower"),
        ],
    ),
    (
        "q2-36",
        "Sea ice covered 14.1 million square kilometres in March, about 0.9 million below the 1981-2010 average.",
        [
            Q("14.1 million square kilometres", 14.1e6, "km2", "Sea ice", "area"),
            Q("about 0.9 million", 0.9e6, "km2", "Sea ice", "area", approx=True),
        ],
    ),
    (
        "q2-37",
        "The probe travels at 17 kilometres a second and its signal takes 22 hours to reach Earth; its 470-watt power supply loses about 4 watts a year.",
        [
            Q("17 kilometres a second", 17, "km/s", "probe", "speed"),
            Q("22 hours", 22, "hours", None, "duration"),
            Q("470-watt", 470, "W", "power supply", "power"),
            Q(
                "about 4 watts a year",
                4,
                "W",
                "power supply",
                "power",
                approx=True,
                rate="year",
                ch="down/by",
            ),
        ],
    ),
    (
        "q2-38",
        "Roughly two-thirds of the 3,400 respondents said they slept less than seven hours a night.",
        [
            Q("Roughly two-thirds", TWO_THIRDS, None, "respondents", "fraction", approx=True),
            Q("3,400 respondents", 3400, "respondents", "respondents"),
            Q("less than seven hours", 7, "hours", None, "duration", bound="upper", rate="night"),
        ],
    ),
    # ------------------------------------------------------------------ courts
    (
        "q2-39",
        "A jury in Manchester awarded £1.8m in damages to a former nurse, and the judge ordered the trust to pay a further £240,000 in costs within 28 days.",
        [
            Q("£1.8m", 1.8e6, "GBP", "damages", "money"),
            Q("£240,000", 240000, "GBP", "costs", "money"),
            Q("28 days", 28, "days", None, "duration", bound="upper"),
        ],
    ),
    (
        "q2-40",
        "Kowalczyk, 52, was jailed for 11 years and six months for a fraud that cost 3,000 pensioners a total of $46 million.",
        [
            AGE("52", 52),
            Q("11 years and six months", 138, "months", None, "duration"),
            Q("3,000 pensioners", 3000, "pensioners", "pensioners"),
            Q("$46 million", 46e6, "USD", None, "money"),
        ],
    ),
    (
        "q2-41",
        "The defendants, aged between 17 and 23, each received sentences of between four and seven years.",
        [
            AGE("between 17 and 23", None, low=17, high=23),
            Q("between four and seven years", None, "years", "sentences", "duration", low=4, high=7),
        ],
    ),
    (
        "q2-42",
        "The regulator fined the bank $1.2bn, the largest penalty in its 40-year history, and ordered it to compensate some 95,000 customers.",
        [
            Q("$1.2bn", 1.2e9, "USD", None, "money"),
            Q("40-year", 40, "years", "history", "duration"),
            Q("some 95,000 customers", 95000, "customers", "customers", approx=True),
        ],
    ),
    (
        "q2-43",
        "Prosecutors said the gang smuggled at least 2.3 tonnes of cocaine, worth an estimated €170m at street prices, through the port over 18 months.",
        [
            Q("at least 2.3 tonnes", 2.3, "tonnes", "cocaine", "mass", bound="lower"),
            Q("an estimated €170m", 170e6, "EUR", "cocaine", "money", approx=True),
            Q("18 months", 18, "months", None, "duration"),
        ],
    ),
    (
        "q2-44",
        "Case No. 4:23-cv-01187 was reassigned to Courtroom 7B under Rule 12(b)(6) on 14 March 2025.",
        [],
    ),
    (
        "q2-45",
        "Bail was set at $250,000, and the 34-year-old must wear an ankle monitor and stay within 50 miles of Houston.",
        [
            Q("$250,000", 250000, "USD", "Bail", "money"),
            AGE("34-year-old", 34),
            Q("50 miles", 50, "miles", None, "length", bound="upper"),
        ],
    ),
    # ------------------------------------------------------------------ weather
    (
        "q2-46",
        "Temperatures hit 46.2C in Seville on Monday, 1.4 degrees above the previous June record, and forecasters expect highs of 40C to 44C through Thursday.",
        [
            Q("46.2C", 46.2, "celsius", "Temperatures", "temperature"),
            Q("1.4 degrees", 1.4, "celsius", None, "temperature"),
            Q("40C to 44C", None, "celsius", "highs", "temperature", low=40, high=44),
        ],
    ),
    (
        "q2-47",
        "Storm Alba brought gusts of up to 130km/h and dumped 180mm of rain on parts of Galicia in 24 hours, leaving 220,000 homes without power.",
        [
            Q("up to 130km/h", 130, "km/h", "gusts", "speed", bound="upper"),
            Q("180mm", 180, "mm", "rain", "length"),
            Q("24 hours", 24, "hours", None, "duration"),
            Q("220,000 homes", 220000, "homes", "homes"),
        ],
    ),
    (
        "q2-48",
        "At least 37 people died and about 12,000 were displaced after the river rose 4.5 metres above its banks, officials said.",
        [
            Q("At least 37 people", 37, "people", "people", bound="lower", role="dead"),
            Q("about 12,000", 12000, "people", "people", approx=True),
            Q("4.5 metres", 4.5, "m", "river", "length", ch="up/by"),
        ],
    ),
    (
        "q2-49",
        "The magnitude-6.4 quake struck at a depth of 10km, 35 miles south of the city, and was followed by more than 50 aftershocks.",
        [
            Q("magnitude-6.4", 6.4, "magnitude", "quake", "other"),
            Q("10km", 10, "km", "depth", "length"),
            Q("35 miles", 35, "miles", None, "length"),
            Q("more than 50 aftershocks", 50, "aftershocks", "aftershocks", bound="lower"),
        ],
    ),
    (
        "q2-50",
        "Snow: 15-25cm expected above 800 metres overnight, with drifts of two metres possible on exposed roads.",
        [
            Q("15-25cm", None, "cm", "Snow", "length", low=15, high=25),
            Q("800 metres", 800, "m", None, "length", bound="lower"),
            Q("two metres", 2, "m", "drifts", "length"),
        ],
    ),
    # ------------------------------------------------------------------ politics
    (
        "q2-51",
        "The bill passed by 312 votes to 198, a majority of 114, with 27 Labour MPs rebelling.",
        [
            Q("312 votes", 312, "votes", "votes"),
            Q("198", 198, "votes", "votes"),
            Q("114", 114, "votes", "majority"),
            Q("27 Labour MPs", 27, "mps", "Labour MPs"),
        ],
    ),
    (
        "q2-52",
        "A new poll puts the Greens on 24%, up four points since March, with Labour on 31% and 12% of voters undecided; the margin of error is plus or minus 3.1 percentage points.",
        [
            Q("24%", 24, "percent", "Greens", "percent"),
            Q("four points", 4, "percentage points", "Greens", "percent", ch="up/by"),
            Q("31%", 31, "percent", "Labour", "percent"),
            Q("12% of voters", 12, "percent", "voters", "percent"),
            Q("3.1 percentage points", 3.1, "percentage points", "margin of error", "percent"),
        ],
    ),
    (
        "q2-53",
        "Turnout was 61.4%, the lowest since 1997, and the ruling party won 143 of the 290 seats.",
        [
            Q("61.4%", 61.4, "percent", "Turnout", "percent"),
            Q("143", 143, "seats", "seats"),
            Q("290 seats", 290, "seats", "seats"),
        ],
    ),
    (
        "q2-54",
        "The government will spend an extra £3bn a year on defence, taking it to 2.5% of GDP by 2030, the prime minister said.",
        [
            Q("£3bn a year", 3e9, "GBP", "defence", "money", rate="year", ch="up/by"),
            Q("2.5% of GDP", 2.5, "percent", "GDP", "percent", ch="up/to"),
        ],
    ),
    (
        "q2-55",
        "Article 50 was triggered in 2017, and the G7 summit in Hiroshima on 19 May discussed the F-16 coalition for the third time.",
        [],
    ),
    (
        "q2-56",
        "Senate Democrats need 60 votes to overcome a filibuster and hold 51 of the chamber's 100 seats.",
        [
            Q("60 votes", 60, "votes", "votes"),
            Q("51", 51, "seats", "seats"),
            Q("100 seats", 100, "seats", "seats"),
        ],
    ),
    # ------------------------------------------------------------------ war and diplomacy
    (
        "q2-57",
        "Russia has massed five brigades of 3,000 troops each near the border, roughly 15,000 men, a Ukrainian intelligence official said.",
        [
            Q(
                "five brigades of 3,000 troops each",
                3000,
                "troops",
                "troops",
                mult=5,
                total=15000,
                per="brigade",
            ),
            Q("roughly 15,000 men", 15000, "men", "men", approx=True),
        ],
    ),
    (
        "q2-58",
        "The UN says at least 1,240 civilians have been killed and 3,100 injured since the offensive began, including 212 children.",
        [
            Q("at least 1,240 civilians", 1240, "civilians", "civilians", bound="lower", role="dead"),
            Q("3,100", 3100, "civilians", "civilians", role="injured"),
            Q("212 children", 212, "children", "children"),
        ],
    ),
    (
        "q2-59",
        "Israel said its jets struck more than 40 targets overnight, and the Gaza health ministry said 63 people had been killed in the past 24 hours, bringing the death toll to 41,870.",
        [
            Q("more than 40 targets", 40, "targets", "targets", bound="lower"),
            Q("63 people", 63, "people", "people", role="dead"),
            Q("24 hours", 24, "hours", None, "duration"),
            Q("41,870", 41870, "people", "death toll", role="dead", ch="up/to"),
        ],
    ),
    (
        "q2-60",
        "The RSF's fighters, estimated at between 70,000 and 100,000, control four of the country's five Darfur states, the report said.",
        [
            Q(
                "between 70,000 and 100,000",
                None,
                "fighters",
                "fighters",
                low=70000,
                high=100000,
                approx=True,
            ),
            Q("four", 4, "states", "Darfur states"),
            Q("five Darfur states", 5, "states", "Darfur states"),
        ],
    ),
    (
        "q2-61",
        "The Pentagon said the package includes 36 HIMARS rockets, 1.5 million rounds of small-arms ammunition and 15 Bradley fighting vehicles, worth $425m in total.",
        [
            Q("36 HIMARS rockets", 36, "rockets", "HIMARS rockets"),
            Q("1.5 million rounds", 1.5e6, "rounds", "rounds of small-arms ammunition"),
            Q("15 Bradley fighting vehicles", 15, "vehicles", "Bradley fighting vehicles"),
            Q("$425m", 425e6, "USD", "package", "money"),
        ],
    ),
    (
        "q2-62",
        "North Korea has sent roughly 11,000 troops to Russia's Kursk region, and South Korean intelligence estimates that about 1,100 have been killed or wounded.",
        [
            Q("roughly 11,000 troops", 11000, "troops", "troops", approx=True),
            Q("about 1,100", 1100, "troops", "troops", approx=True),
        ],
    ),
    (
        "q2-63",
        "The ceasefire line runs for 1,200km; monitors counted 2,430 violations in the past week, including 96 involving heavy artillery above 100mm calibre.",
        [
            Q("1,200km", 1200, "km", "ceasefire line", "length"),
            Q("2,430 violations", 2430, "violations", "violations"),
            Q("96", 96, "violations", "violations"),
            Q("100mm", 100, "mm", "calibre", "length", bound="lower"),
        ],
    ),
    (
        "q2-64",
        "Ukraine says Russia fires up to 10,000 shells a day, against 2,000 to 3,000 for its own guns, and lost 1,380 soldiers on Tuesday alone.",
        [
            Q("up to 10,000 shells a day", 10000, "shells", "shells", bound="upper", rate="day"),
            Q("2,000 to 3,000", None, "shells", "shells", low=2000, high=3000, rate="day"),
            Q("1,380 soldiers", 1380, "soldiers", "soldiers"),
        ],
    ),
    (
        "q2-65",
        "Dozens of drones and hundreds of artillery rounds hit the city, wounding 14 people, three of them seriously; 2 power substations were knocked out.",
        [
            Q("Dozens of drones", None, "drones", "drones", low=24, high=99, approx=True),
            Q(
                "hundreds of artillery rounds",
                None,
                "rounds",
                "artillery rounds",
                low=200,
                high=999,
                approx=True,
            ),
            Q("14 people", 14, "people", "people", role="injured"),
            Q(("three", "three of them"), 3, "people", "people", role="injured"),
            Q("2 power substations", 2, "substations", "power substations"),
        ],
    ),
    (
        "q2-66",
        "The EU's 16th sanctions package freezes a further €2.1bn of assets and adds 48 individuals and 29 entities, bringing the number of listed individuals and entities to more than 2,300.",
        [
            Q("€2.1bn", 2.1e9, "EUR", "assets", "money"),
            Q("48 individuals", 48, "individuals", "individuals"),
            Q("29 entities", 29, "entities", "entities"),
            Q("more than 2,300", 2300, None, "listed individuals and entities", bound="lower", ch="up/to"),
        ],
    ),
    (
        "q2-67",
        "Houthi forces have attacked more than 100 merchant ships since November 2023, forcing about two-thirds of container traffic to divert around Africa, a trip that adds 10 to 14 days.",
        [
            Q("more than 100 merchant ships", 100, "ships", "merchant ships", bound="lower"),
            Q("about two-thirds", TWO_THIRDS, None, "container traffic", "fraction", approx=True),
            Q("10 to 14 days", None, "days", None, "duration", low=10, high=14),
        ],
    ),
    (
        "q2-68",
        "Resolution 2231 was discussed in Room S-3 at 09:30 on 2 October, the 12th such session since the P5+1 format was revived.",
        [],
    ),
    (
        "q2-69",
        "Kyiv, 6 March (wire) -- Ukrainian forces hold a salient about 8km deep and 15km wide; a battalion of roughly 400 men rotated out after 93 days on the line, and two of its four companies are below half strength.",
        [
            Q("about 8km", 8, "km", "salient", "length", approx=True),
            Q("15km", 15, "km", "salient", "length", approx=True),
            Q("roughly 400 men", 400, "men", "men", approx=True),
            Q("93 days", 93, "days", None, "duration"),
            Q(("two", "two of its"), 2, "companies", "companies"),
            Q("four companies", 4, "companies", "companies"),
            Q("half", 0.5, None, "strength", "fraction", bound="upper"),
        ],
    ),
    (
        "q2-70",
        "Q: How big is the aid convoy? A: Some 120 trucks carrying 2,600 tonnes of flour, enough for about 180,000 people for a month, officials say.",
        [
            Q("Some 120 trucks", 120, "trucks", "trucks", approx=True),
            Q("2,600 tonnes", 2600, "tonnes", "flour", "mass"),
            Q("about 180,000 people", 180000, "people", "people", approx=True),
            Q("a month", 1, "months", None, "duration"),
        ],
    ),
]


def build() -> list[dict]:
    rows, seen = [], set()
    for rid, text, quants in ROWS:
        assert rid not in seen, rid
        seen.add(rid)
        out = []
        for q in quants:
            q = dict(q)
            span = locate(text, q.pop("span"), rid)
            item = {**span, **q}
            if item["multiplier"] is not None:
                assert abs(item["multiplier"] * item["value"] - item["total"]) < 1e-6, rid
            if item.get("bound") == "lower":
                assert item["low"] == item["value"], rid
            if item.get("bound") == "upper":
                assert item["high"] == item["value"], rid
            out.append(item)
        starts = [o["start"] for o in out]
        assert starts == sorted(starts), (rid, "quantities not in text order")
        rows.append({"id": rid, "split": "blind2", "text": text, "quantities": out})
    return rows


def main() -> None:
    rows = build()
    write_jsonl(OUT, rows)
    n = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            assert row["split"] == "blind2"
            for q in row["quantities"]:
                assert row["text"][q["start"] : q["end"]] == q["text"], (row["id"], q)
                n += 1
    empty = sum(1 for r in rows if not r["quantities"])
    print(f"wrote {OUT}: {len(rows)} rows, {n} quantities, {empty} distractor-only rows")


if __name__ == "__main__":
    main()
