"""Times: one convention per test, with fixed publication dates (conventions in analyse/TIMES.md).

Weekdays used below: 2024-11-05 is a Tuesday, 2025-03-12 a Wednesday, 2025-03-17 a Monday,
2025-02-20 a Thursday, 2024-12-30 a Monday.
"""

import json
from pathlib import Path

import pytest

from claimledger.analyse import times
from claimledger.analyse.pipeline import Analyser
from claimledger.analyse.times import find_times
from claimledger.evaluate.scoring import load_gold
from claimledger.evaluate.times import evaluate, format_report
from claimledger.ingest.document import Document
from claimledger.record import validate

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_8bc150cff370669c.txt"
GOLD_DIR = Path(__file__).parent / "gold" / "times"


@pytest.fixture(scope="module")
def analyser():
    return Analyser(extractors=[times.extract])


def run(analyser, text, published):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published=published))
    validate(rec)
    return rec["times"]


def one(found, text):
    hits = [t for t in found if t["text"] == text]
    assert hits, f"no time {text!r} in {[t['text'] for t in found]}"
    return hits[0]


def dates(found, text):
    t = one(found, text)
    return t["from"], t["to"]


# --- the seed ---------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not beside this checkout")
def test_seed_early_august_and_next_few_weeks(analyser):
    text = SEED.read_text(encoding="utf-8")
    found = run(analyser, text, "2024-11-05")
    assert dates(found, "early August") == ("2024-08-01", "2024-08-10")
    assert dates(found, "the next few weeks") == ("2024-11-06", "2024-11-26")
    assert one(found, "early August")["granularity"] == "month-part"
    assert one(found, "the next few weeks")["relative"] is True


# --- days ---------------------------------------------------------------------------------------


def test_day_words(analyser):
    found = run(
        analyser,
        "Two people died yesterday. Power returns tomorrow, and sirens sounded this morning "
        "and again tonight. Drones attacked overnight; blasts were heard last night and the "
        "day before yesterday. Officials met today.",
        "2025-03-17",
    )
    assert dates(found, "yesterday") == ("2025-03-16", "2025-03-16")
    assert dates(found, "tomorrow") == ("2025-03-18", "2025-03-18")
    assert dates(found, "this morning") == ("2025-03-17", "2025-03-17")
    assert dates(found, "tonight") == ("2025-03-17", "2025-03-17")
    assert dates(found, "overnight") == ("2025-03-16", "2025-03-17")
    assert dates(found, "last night") == ("2025-03-16", "2025-03-17")
    assert dates(found, "the day before yesterday") == ("2025-03-15", "2025-03-15")
    assert one(found, "yesterday")["kind"] == "date"
    assert one(found, "overnight")["kind"] == "interval"


def test_weekday_past_by_default(analyser):
    found = run(analyser, "Russian drones struck Kharkiv on Tuesday, the governor said.", "2025-03-12")
    assert dates(found, "Tuesday") == ("2025-03-11", "2025-03-11")


def test_weekday_on_publication_day_is_that_day(analyser):
    found = run(analyser, "Zelensky said on Tuesday that the talks had failed.", "2024-11-05")
    assert dates(found, "Tuesday") == ("2024-11-05", "2024-11-05")


def test_weekday_future_verb(analyser):
    found = run(analyser, "The minister will meet his Polish counterpart on Friday.", "2025-03-12")
    assert dates(found, "Friday") == ("2025-03-14", "2025-03-14")
    found = run(
        analyser,
        "Lithuania's parliament is due to debate on Monday whether to close the border.",
        "2025-03-06",
    )
    assert dates(found, "Monday") == ("2025-03-10", "2025-03-10")


def test_last_and_next_weekday(analyser):
    found = run(analyser, "The port was hit last Tuesday. Talks begin next Tuesday.", "2025-02-20")
    assert dates(found, "last Tuesday") == ("2025-02-18", "2025-02-18")
    assert dates(found, "next Tuesday") == ("2025-02-25", "2025-02-25")


def test_weekday_with_time_of_day_and_with_date(analyser):
    found = run(
        analyser,
        "Russia struck Odesa on Saturday night. Prisoners will be exchanged on Saturday, Feb. 22.",
        "2025-02-20",
    )
    assert dates(found, "Saturday night") == ("2025-02-15", "2025-02-15")
    assert dates(found, "Saturday, Feb. 22") == ("2025-02-22", "2025-02-22")


def test_ago(analyser):
    found = run(
        analyser,
        "The exchange took place two days ago; images taken a week ago show trenches; three "
        "months ago the station worked; a year ago the town was quiet.",
        "2024-12-30",
    )
    assert dates(found, "two days ago") == ("2024-12-28", "2024-12-28")
    assert dates(found, "a week ago") == ("2024-12-23", "2024-12-23")
    assert dates(found, "three months ago") == ("2024-09-01", "2024-09-30")
    assert dates(found, "a year ago") == ("2023-01-01", "2023-12-31")


# --- absolute dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,want",
    [
        ("The offensive began on Nov. 3.", "Nov. 3"),
        ("The offensive began on 3 November 2024.", "3 November 2024"),
        ("The offensive began on November 3rd.", "November 3rd"),
        ("The report is dated 2024-11-03.", "2024-11-03"),
        ("The mayor spoke on 03.11.2024.", "03.11.2024"),
        ("The mayor spoke on 11/03/2024.", "11/03/2024"),
        ("The offensive began on November 3, 2024, near Kupiansk.", "November 3, 2024"),
    ],
)
def test_absolute_day_formats(analyser, text, want):
    found = run(analyser, text, "2024-11-05")
    assert dates(found, want) == ("2024-11-03", "2024-11-03")
    assert one(found, want)["kind"] == "date"


def test_day_month_without_year_takes_the_tense(analyser):
    found = run(analyser, "The decree was signed on December 28.", "2025-01-09")
    assert dates(found, "December 28") == ("2024-12-28", "2024-12-28")
    found = run(analyser, "The next round of talks is to be held in Jeddah on March 20.", "2025-03-12")
    assert dates(found, "March 20") == ("2025-03-20", "2025-03-20")
    # a past verb next to a date a few days ahead is about something scheduled
    found = run(analyser, "Putin declared a truce from May 8 to May 10.", "2025-05-05")
    assert dates(found, "from May 8 to May 10") == ("2025-05-08", "2025-05-10")


def test_holiday(analyser):
    found = run(analyser, "The town may fall before Christmas.", "2024-12-09")
    assert dates(found, "Christmas") == ("2024-12-25", "2024-12-25")


# --- weeks, months, years, seasons --------------------------------------------------------------


def test_calendar_units(analyser):
    found = run(
        analyser,
        "Troops arrived last month and more came this week; the brigade repelled 14 assaults "
        "last week. Spending rose this month, fell last year, and will rise next year. "
        "Talks resume next week.",
        "2024-11-05",
    )
    assert dates(found, "last month") == ("2024-10-01", "2024-10-31")
    assert dates(found, "this week") == ("2024-11-04", "2024-11-10")
    assert dates(found, "last week") == ("2024-10-28", "2024-11-03")
    assert dates(found, "this month") == ("2024-11-01", "2024-11-30")
    assert dates(found, "last year") == ("2023-01-01", "2023-12-31")
    assert dates(found, "next year") == ("2025-01-01", "2025-12-31")
    assert dates(found, "next week") == ("2024-11-11", "2024-11-17")


def test_earlier_and_later_this(analyser):
    found = run(
        analyser, "Officials said earlier this month that talks could resume later this week.", "2025-10-15"
    )
    assert dates(found, "earlier this month") == ("2025-10-01", "2025-10-14")
    assert dates(found, "later this week") == ("2025-10-16", "2025-10-19")


def test_month_parts(analyser):
    found = run(
        analyser,
        "Evacuations began in mid-September, peaked in late October and started in early August.",
        "2024-11-05",
    )
    assert dates(found, "mid-September") == ("2024-09-11", "2024-09-20")
    assert dates(found, "late October") == ("2024-10-21", "2024-10-31")
    assert dates(found, "early August") == ("2024-08-01", "2024-08-10")


def test_month_year_inference(analyser):
    found = run(analyser, "Ukraine struck the bridge in December.", "2025-01-09")
    assert dates(found, "December") == ("2024-12-01", "2024-12-31")
    found = run(analyser, "The parliament will vote on the bill in September.", "2025-07-28")
    assert dates(found, "September") == ("2025-09-01", "2025-09-30")
    found = run(analyser, "The age was lowered in April 2024.", "2025-10-13")
    assert dates(found, "April 2024") == ("2024-04-01", "2024-04-30")


def test_years_seasons_quarters(analyser):
    found = run(
        analyser,
        "In 2023 the figure was lower. The 2022 invasion displaced millions. The winter of 2022 "
        "was hard. Deliveries came in the first half of 2024 and in Q3 2023.",
        "2025-01-09",
    )
    assert dates(found, "2023") == ("2023-01-01", "2023-12-31")
    assert dates(found, "2022") == ("2022-01-01", "2022-12-31")
    assert dates(found, "The winter of 2022") == ("2022-12-01", "2023-02-28")
    assert dates(found, "the first half of 2024") == ("2024-01-01", "2024-06-30")
    assert dates(found, "Q3 2023") == ("2023-07-01", "2023-09-30")


def test_seasons_relative(analyser):
    found = run(
        analyser, "Last spring, the front barely moved; fighting intensified in the spring.", "2025-05-05"
    )
    assert dates(found, "Last spring") == ("2024-03-01", "2024-05-31")
    assert dates(found, "the spring") == ("2025-03-01", "2025-05-31")
    found = run(analyser, "Recruits will be sent to the front in the autumn.", "2025-06-23")
    assert dates(found, "the autumn") == ("2025-09-01", "2025-11-30")


# --- open intervals and rolling periods ---------------------------------------------------------


def test_since(analyser):
    found = run(
        analyser,
        "Since August, the army has lost a dozen villages. The city has lost half its people "
        "since 24 February 2022. Shelling has intensified since last Thursday.",
        "2024-10-18",
    )
    assert dates(found, "Since August") == ("2024-08-01", "2024-10-18")
    assert dates(found, "since 24 February 2022") == ("2022-02-24", "2024-10-18")
    assert dates(found, "since last Thursday") == ("2024-10-17", "2024-10-18")  # published on a Friday
    assert one(found, "Since August")["mod"] == "since"


def test_by_and_until(analyser):
    found = run(analyser, "Kyiv expects the systems to arrive by the end of the year.", "2025-01-09")
    assert dates(found, "by the end of the year") == ("2025-01-09", "2025-12-31")
    found = run(analyser, "By early April, the contingent could reach 6,000.", "2025-03-17")
    assert dates(found, "By early April") == ("2025-03-17", "2025-04-10")
    found = run(analyser, "The exhibition will stay open until 15 August.", "2025-07-28")
    assert dates(found, "until 15 August") == ("2025-07-28", "2025-08-15")
    # a past X: "by X" is X itself
    found = run(analyser, "By mid-2023 some 6 million Ukrainians lived abroad.", "2025-05-14")
    assert dates(found, "By mid-2023") == ("2023-05-01", "2023-08-31")


def test_next_and_coming(analyser):
    found = run(
        analyser,
        "More fighting is expected in the next few weeks and in the coming days; the grid could "
        "fail in the next 24 hours.",
        "2024-11-05",
    )
    assert dates(found, "the next few weeks") == ("2024-11-06", "2024-11-26")
    assert dates(found, "the coming days") == ("2024-11-06", "2024-11-08")
    assert dates(found, "the next 24 hours") == ("2024-11-05", "2024-11-06")


def test_past_periods_and_recent(analyser):
    found = run(
        analyser,
        "It shot down 48 drones over the past 24 hours, 300 over the past week and 5,000 in the "
        "past three months. In recent days attacks intensified.",
        "2025-09-04",
    )
    assert dates(found, "the past 24 hours") == ("2025-09-03", "2025-09-04")
    assert dates(found, "the past week") == ("2025-08-28", "2025-09-04")
    assert dates(found, "the past three months") == ("2025-06-04", "2025-09-04")
    assert dates(found, "recent days") == ("2025-08-28", "2025-09-04")


def test_ranges(analyser):
    found = run(
        analyser,
        "Between 1 and 3 September, Russia made gains. Leaders meet on July 9-11. From March to "
        "May shelling doubled. Between August 2023 and February 2024, Avdiivka was under assault.",
        "2025-09-04",
    )
    assert dates(found, "Between 1 and 3 September") == ("2025-09-01", "2025-09-03")
    assert dates(found, "From March to May") == ("2025-03-01", "2025-05-31")
    assert dates(found, "Between August 2023 and February 2024") == ("2023-08-01", "2024-02-29")
    found = run(analyser, "The winter campaign ran from December to February.", "2025-03-12")
    assert dates(found, "from December to February") == ("2024-12-01", "2025-02-28")
    found = run(analyser, "The drills ran from 3 March to 5 April 2024.", "2025-03-12")
    assert dates(found, "from 3 March to 5 April 2024") == ("2024-03-03", "2024-04-05")


# --- durations and things that are not dates ----------------------------------------------------


def test_durations(analyser):
    found = run(
        analyser,
        "The talks lasted for three days under a three-day ceasefire, and power was cut for at "
        "least 48 hours.",
        "2025-02-20",
    )
    for text, iso in (("three days", "P3D"), ("three-day", "P3D"), ("48 hours", "PT48H")):
        t = one(found, text)
        assert (t["kind"], t["from"], t["to"], t["duration"]) == ("duration", None, None, iso)


def test_in_two_weeks_future_date_past_duration(analyser):
    found = run(analyser, "Officials hope the road will reopen in two weeks.", "2025-02-20")
    assert dates(found, "in two weeks") == ("2025-03-06", "2025-03-06")
    found = run(analyser, "Russian troops advanced 2 kilometres in two weeks near Toretsk.", "2025-02-20")
    assert one(found, "two weeks")["kind"] == "duration"


@pytest.mark.parametrize(
    "text",
    [
        "A 45-year-old man and his 12-year-old daughter were wounded at about 6 a.m.",
        "Zaporizhzhia Today reported that the troops may withdraw.",
        "The army sent 2000 troops and 2,000 shells to the 1,500-kilometre front.",
        "Fighting has continued since the start of the war.",
        "The first convoy arrived the next day, two days later, and again the previous week.",
        "Winter blackouts are a worry, said the mayor.",
    ],
)
def test_not_times(analyser, text):
    assert run(analyser, text, "2025-03-12") == []


# --- unknown publication date -------------------------------------------------------------------


def test_unknown_published_resolves_only_absolute(analyser):
    found = run(
        analyser,
        "Troops crossed on 3 November 2024 and again on Tuesday; talks were held on Nov. 3, in "
        "August 2024 and last week.",
        None,
    )
    assert dates(found, "3 November 2024") == ("2024-11-03", "2024-11-03")
    assert dates(found, "August 2024") == ("2024-08-01", "2024-08-31")
    for rel in ("Tuesday", "Nov. 3", "last week"):
        assert dates(found, rel) == (None, None)
    assert one(found, "Tuesday")["relative"] is True


def test_published_with_time_and_pure_function():
    found = find_times("Drones attacked yesterday.", "2024-11-05T10:30:00+00:00")
    assert (found[0]["from"], found[0]["to"]) == ("2024-11-04", "2024-11-04")
    assert find_times("Drones attacked yesterday.", "not a date")[0]["from"] is None


def test_spans_index_the_text(analyser):
    text = "KYIV, March 17 \u2014 Russia struck the port on Saturday night, after a three-day lull since 9 March."
    found = run(analyser, text, "2025-03-17")
    # Every expression is found, so that an empty result cannot pass for exact spans.
    assert [t["text"] for t in found] == ["March 17", "Saturday night", "three-day", "since 9 March"]
    for t in found:
        assert text[t["start"] : t["end"]] == t["text"]


# --- evaluation ---------------------------------------------------------------------------------


def test_eval_on_a_tiny_gold_file(analyser, tmp_path):
    rows = [
        {
            "id": "a",
            "split": "dev",
            "published": "2025-03-12",
            "text": "Drones struck Kharkiv on Tuesday.",
            "times": [
                {
                    "text": "Tuesday",
                    "start": 25,
                    "end": 32,
                    "from": "2025-03-11",
                    "to": "2025-03-11",
                    "kind": "date",
                }
            ],
        },
        # the gold says Monday: a wrong date on a found span
        {
            "id": "b",
            "split": "test",
            "published": "2025-03-12",
            "text": "Talks ended on Tuesday after two days.",
            "times": [
                {
                    "text": "Tuesday",
                    "start": 15,
                    "end": 22,
                    "from": "2025-03-10",
                    "to": "2025-03-10",
                    "kind": "date",
                }
            ],
        },
        # a time the extractor does not know, and a duration it finds but the gold lacks
        {
            "id": "c",
            "split": "test",
            "published": "2025-03-12",
            "text": "The truce held through Lent for three days.",
            "times": [
                {
                    "text": "Lent",
                    "start": 23,
                    "end": 27,
                    "from": "2025-03-05",
                    "to": "2025-04-17",
                    "kind": "interval",
                }
            ],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [i["id"] for i in load_gold(str(path), split="test")] == ["b", "c"]
    r = evaluate(load_gold(str(path)), analyser)
    assert r["reports"] == 3 and r["gold_dated"] == 3 and r["paired"] == 2
    assert r["exact"]["dated"]["tp"] == 2 and r["exact"]["dated"]["fn"] == 1
    assert r["dates_exact"] == 0.5
    assert r["dates_within_tolerance"] == 1.0  # one day off, tolerance 3
    assert r["accuracy"] == round(1 / 3, 4)
    assert r["overlap"]["duration"]["fp"] == 1
    assert any(e.get("missed") == "Lent" for e in r["errors"])
    report = format_report(r, show_errors=5)
    assert "accuracy" in report and "dated" in report and "Lent" in report


def test_gold_file_is_built_from_the_annotations():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gold", GOLD_DIR / "build_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build()
    stored = load_gold(str(GOLD_DIR / "gold.jsonl"))
    assert built == stored
    assert len(stored) >= 70
    test_share = sum(r["split"] == "test" for r in stored) / len(stored)
    assert 0.25 <= test_share <= 0.45
    for r in stored:
        assert r["published"]
        for t in r["times"]:
            assert r["text"][t["start"] : t["end"]] == t["text"]


def test_a_date_alone_on_its_line_does_not_hang():
    """A dateline paragraph makes the time expression its sentence's root (a parse loop once
    compared spaCy tokens with `is`, which never holds)."""
    from claimledger.analyse.pipeline import Analyser
    from claimledger.ingest.document import Document

    a = Analyser()
    for line in ("August 5", "Monday", "mid-September"):
        rec = a.analyse(
            Document(
                id="d",
                text=f"Troops cross the border\n\n{line}\n\nThe army said the crossing began at dawn.",
                language="en",
                published="2025-09-20",
            )
        )
        assert any(t["text"] == line for t in rec["times"]), (line, rec["times"])
