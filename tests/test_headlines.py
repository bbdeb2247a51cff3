"""Title Case headlines are parsed in sentence case and carried back onto the original words
(analyse/parsed.py headline_case, restore_case); texts written by the team."""

import pytest

from claimledger.analyse.parsed import headline_case, restore_case
from claimledger.analyse.pipeline import Analyser
from claimledger.ingest.document import Document
from claimledger.record import validate


@pytest.fixture(scope="module")
def analyser():
    return Analyser()


def run(analyser, text):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published="2025-06-02"))
    validate(rec)
    return rec


def first_line(text):
    return headline_case(text).split("\n")[0]


def test_title_case_line_in_sentence_case_same_offsets():
    text = (
        "Pentagon Warns Of Longer Deployment As Houthi Attacks Resume\n\n"
        "The Pentagon said on Friday that two destroyers could stay until summer. Houthi forces "
        "fired three missiles overnight."
    )
    out = headline_case(text)
    assert len(out) == len(text)
    assert out[out.index("\n") :] == text[text.index("\n") :]  # the body is untouched
    # the first word, and names the body writes with a capital inside a sentence, keep it
    assert first_line(text) == "Pentagon warns of longer deployment as Houthi attacks resume"


def test_acronyms_countries_and_inner_capitals_keep_their_case():
    text = "Kremlin Says NATO Drills Near Estonia Threaten McKinsey Staff\n\nThe drills began on Monday."
    assert first_line(text) == "Kremlin says NATO drills near Estonia threaten McKinsey staff"


@pytest.mark.parametrize(
    "line",
    [
        "Energy minister confirms second strike on Kharkiv heating plant",  # already sentence case
        "RUSSIA SAYS TALKS WILL RESUME",  # all caps: left as it is
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels.",
        "Live Updates",  # too short to be sure
    ],
)
def test_other_lines_are_left_alone(line):
    text = line + "\n\nThe talks ended without a statement."
    assert headline_case(text) == text


def test_restore_case_keeps_the_text_and_the_parse(analyser):
    text = "Central Bank Says Inflation Has Peaked\n\nThe central bank said price growth had slowed."
    doc = restore_case(analyser.nlp(headline_case(text)), text)
    assert doc.text == text
    says = doc[2]
    assert says.text == "Says" and says.pos_ == "VERB" and says.dep_ == "ROOT"
    assert [t.text for t in doc[:2]] == ["Central", "Bank"]


@pytest.mark.parametrize(
    "headline, speaker, cue, content",
    [
        ("Central Bank Says Inflation Has Peaked", "Central Bank", "Says", "Inflation Has Peaked"),
        ("Kremlin Denies Troops Crossed Border", "Kremlin", "Denies", "Troops Crossed Border"),
        (
            "Scientists Warn Glacier Loss Is Accelerating",
            "Scientists",
            "Warn",
            "Glacier Loss Is Accelerating",
        ),
        (
            "Coach Admits Team Lacked Fitness After Cup Exit",
            "Coach",
            "Admits",
            "Team Lacked Fitness After Cup Exit",
        ),
    ],
)
def test_headline_statement_on_the_original_words(analyser, headline, speaker, cue, content):
    text = headline + "\n\nThe announcement came on Thursday after a week of speculation."
    rec = run(analyser, text)
    (s,) = [s for s in rec["statements"] if s["cue"]["start"] < len(headline)]
    assert (s["speaker"]["text"], s["cue"]["text"], s["content"]["text"]) == (speaker, cue, content)
    assert rec["text"][s["content"]["start"] : s["content"]["end"]] == content


def test_names_in_a_headline_stay_entities(analyser):
    text = (
        "Kremlin Denies Claims Of Troop Build-Up Near Narva\n\n"
        "Estonian officials said on Monday that Russian units had moved closer to Narva."
    )
    rec = run(analyser, text)
    places = {p["text"] for p in rec["places"]}
    assert "Narva" in places
