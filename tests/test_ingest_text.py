"""Plain-text cleaning: debris is cut from the ends only, offsets map back to the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.ingest.text import clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_8bc150cff370669c.txt"
GOLDEN = SHARED / "golden" / "seed.json"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def assert_maps_back(text: str, result) -> None:
    assert result.body == text[result.offset : result.offset + len(result.body)]


@pytest.mark.shared
def test_seed_title_and_debris():
    text = SEED.read_text(encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.title == golden["title"]
    assert result.body.startswith(golden["title"] + "\n\n")
    for expected in golden["boilerplate_removed"]:
        assert any(expected in block for block in result.boilerplate), expected
        assert expected not in result.body
    # each golden block is one removed block, in order, and nothing else was removed
    assert len(result.boilerplate) == len(golden["boilerplate_removed"])
    for block, expected in zip(result.boilerplate, golden["boilerplate_removed"], strict=True):
        assert block.startswith(expected)
    last_paragraph = SEED.read_text(encoding="utf-8").split("\n\n")[len(result.body.split("\n\n")) - 1]
    assert result.body.endswith(last_paragraph.strip())


def test_cookie_banner_newsletter_and_footer():
    text = fixture_text("text_cookie_banner.txt")
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.offset > 0
    assert result.title == "Harbour authority says storm damaged two cargo cranes"
    assert result.body.startswith(result.title)
    assert result.boilerplate[:3] == [
        'We use cookies to personalise content and to analyse our traffic. By clicking "Accept all" you agree to our use of cookies.',
        "Accept all",
        "Manage preferences",
    ]
    assert result.boilerplate[3:] == [
        "Share on Facebook | Twitter | Email",
        "Sign up for our newsletter",
        "Get the day's top stories delivered to you every morning.",
        "© 2024 Coastal Herald Media. All rights reserved.",
    ]
    # Interior debris stays: cutting it would break the one-slice mapping to the input.
    assert "\n\nAdvertisement\n\n" in result.body
    assert result.body.endswith('"We expect the terminal to reopen within a week," Okafor said.')


def test_menu_and_related_stories_list():
    text = fixture_text("text_related_stories.txt")
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.title == "Volunteers reopen flooded library after three months of repairs"
    assert result.boilerplate == [
        "Skip to main content",
        "Menu",
        "Search",
        "ADVERTISEMENT",
        "Related stories",
        "› Council votes to extend flood relief payments",
        "› River district residents count the cost of the flood",
        "› New pumping station to be built upstream",
        "Follow us on Instagram and X",
    ]
    assert result.body.endswith("above the level reached by the flood.")
    assert '"Without them we would still be closed."' in result.body


def test_share_bar_and_tags_after_credit_line():
    text = fixture_text("text_share_bar_footer.txt")
    result = clean_text(text)
    assert_maps_back(text, result)
    # A title-case headline followed by a byline is still the title.
    assert result.title == "Mayor Denies Approving Contract For Bridge Repairs"
    assert result.boilerplate == [
        "Share this article",
        "Facebook | Twitter | Email | Print",
        "Tags: Brenvik, bridges, local politics",
    ]
    # The usual closing line of a news report has "comment" in it and is not debris.
    assert "The firm did not respond to a request for comment." in result.body
    assert result.body.endswith("Reporting by Ana Ruiz; editing by Piet Janssen")


def test_ui_words_inside_news_sentences_are_kept():
    text = fixture_text("text_ui_words_in_prose.txt")
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.offset == 0
    assert result.title is None
    assert result.body.startswith("Facebook said on Monday it would share data")
    assert result.body.endswith(
        '"If you want to know who is behind it, follow the money," one of the researchers said.'
    )
    assert result.boilerplate == ["Subscribe to our daily briefing", "Your email address", "Sign up"]


def test_single_newlines_and_hard_wrapped_lines():
    text = fixture_text("text_no_blank_lines.txt")
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.title == "Ferry service suspended after engine fire"
    assert result.boilerplate == [
        "Log in | Register",
        "Read more: Ferry operator fined over safety checks last year",
        "Comments (4)",
    ]
    # The wrapped sentence is kept whole, line breaks and all.
    assert "All 212 passengers were\nbrought ashore without injuries." in result.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices fell sharply after the announcement, the exchange said.",
        "“Please leave your homes now,” the governor told residents on Sunday.",
        "The ministry did not reply to a request for comment.",
        "Follow-up inspections found no damage, officials said!",
    ],
)
def test_news_sentences_at_either_end_are_never_removed(sentence):
    prose = (
        "The regional council approved the budget for the new hospital wing on Tuesday after a long debate."
    )
    for text in (f"{sentence}\n\n{prose}", f"{prose}\n\n{sentence}"):
        result = clean_text(text)
        assert result.body == text
        assert result.boilerplate == []


def test_headline_is_kept_after_leading_debris_and_is_the_title():
    text = "Menu\nSearch\n\nRescuers continue search for missing climbers\n\nTwo climbers have been missing since Friday on the northern face, the mountain rescue service said."
    result = clean_text(text)
    assert result.title == "Rescuers continue search for missing climbers"
    assert result.boilerplate == ["Menu", "Search"]
    assert_maps_back(text, result)


def test_offsets_with_windows_line_endings_and_byte_order_mark():
    text = "\ufeffSubscribe now\r\n\r\nTrain services resume after strike\r\n\r\nTrains ran on all lines on Monday morning, the rail operator said.\r\n\r\n© 2024 Example Rail News\r\n"
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.body.startswith("Train services resume after strike")
    assert result.body.endswith("the rail operator said.")
    assert result.title == "Train services resume after strike"
    assert result.boilerplate == ["Subscribe now", "© 2024 Example Rail News"]


def test_text_that_is_all_debris_leaves_an_empty_body():
    result = clean_text("Subscribe\nLog in\n© 2024 All rights reserved")
    assert result.body == ""
    assert len(result.boilerplate) == 3


def test_empty_and_blank_text():
    assert clean_text("").body == ""
    assert clean_text("  \n\n ").body == ""


def test_first_sentence_paragraph_is_not_a_title():
    text = "The city council met on Monday.\n\nIt approved the budget for the new school building after a long debate."
    assert clean_text(text).title is None


def test_all_capitals_headline_is_a_title_not_debris():
    text = "SUBSCRIBE\n\nUKRAINE CONFIRMS FIRST CLASHES WITH NORTH KOREAN TROOPS\n\nThe defence minister confirmed the clashes in an interview on Monday."
    result = clean_text(text)
    assert result.boilerplate == ["SUBSCRIBE"]
    assert result.title == "UKRAINE CONFIRMS FIRST CLASHES WITH NORTH KOREAN TROOPS"


PROSE_PARAGRAPHS = [
    "The evacuation of the border villages began on Sunday morning, the regional governor said.",
    "“We will not leave until the last family is out,” a volunteer told reporters at the station.",
    "Shelling damaged a water pipeline overnight, leaving about 4,000 homes without supply.",
    "According to the ministry, repairs could take at least a week.",
    "Residents who chose to stay were asked to register with the local council.",
    "The company did not respond to a request for comment.",
    "Share prices of the operator fell by 3% after the announcement.",
]
DEBRIS_LINES = [
    "Subscribe",
    "› Subscribe",
    "LEAVE A REPLY",
    "Please enter your comment!",
    "Sign up for our newsletter",
    "Share on Facebook | Twitter | Email",
    "Advertisement",
    "Related stories",
    "More Articles",
    "Menu",
    "We use cookies to improve your experience. Accept all",
    "© 2024 Example News. All rights reserved.",
    "Follow us on Telegram",
    "Read more",
    "Log in | Register",
    "Comments (12)",
]


def test_random_layouts_never_cut_prose():
    import random

    rng = random.Random(20241105)
    for _ in range(300):
        head = rng.sample(DEBRIS_LINES, rng.randint(0, 4))
        tail = rng.sample(DEBRIS_LINES, rng.randint(0, 4))
        prose = rng.sample(PROSE_PARAGRAPHS, rng.randint(1, 5))
        middle = list(prose)
        if len(middle) > 2 and rng.random() < 0.5:
            middle.insert(1, rng.choice([line for line in DEBRIS_LINES if line not in head + tail]))
        separator = rng.choice(["\n", "\n\n", "\r\n\r\n", "\n \n"])
        text = (
            rng.choice(["", "  ", "\n"])
            + separator.join(head + middle + tail)
            + rng.choice(["", "\n", "\n\n"])
        )
        result = clean_text(text)
        assert result.body == text[result.offset : result.offset + len(result.body)]
        start, end = text.index(prose[0]), text.index(prose[-1]) + len(prose[-1])
        assert result.offset <= start and result.offset + len(result.body) >= end, text
        # Only edge debris is ever removed: nothing from the interior, no prose.
        assert set(result.boilerplate) <= set(head + tail)


def test_breadcrumb_trail_before_the_headline():
    text = "Home\nWorld\nEurope\n\nFerry service suspended after engine fire\n\nA passenger ferry was towed back to port on Thursday, the coastguard said."
    result = clean_text(text)
    assert result.boilerplate == ["Home", "World", "Europe"]
    assert result.title == "Ferry service suspended after engine fire"


# ---- one-paragraph reports: debris is cut by the sentence, prose is never dropped whole ----

WIRE_ROUNDUP = (
    "Kyiv and Moscow traded accusations on Thursday over a drone strike on a power substation in "
    "the Sumy region, which left about 12,000 households without electricity, the regional "
    "governor said, while the Russian defence ministry said 31 drones had been shot down "
    "overnight over four border regions. © 2025 Eastern Wire Service. All rights reserved. This "
    "material may not be published, broadcast, rewritten or redistributed."
)
LOCAL_REPORT = (
    "The district council voted on Tuesday to reopen the bridge over the Ros river to light "
    "traffic after engineers found that the damage from last month's shelling was limited to the "
    "pavement, the council's chairwoman said. Read more at Rosava Daily. Did you like this "
    "article? Get all the news delivered to your inbox."
)
CEASEFIRE_COMMENT = (
    "If you believe the ceasefire announced on Sunday will hold, look at what both armies are "
    "doing rather than what they say; the front line needs more from the two capitals than "
    "promises. Until monitors can reach every village, you should read each declaration of calm "
    "as a pause for regrouping."
)


def test_wire_roundup_in_one_paragraph_loses_only_its_rights_notice():
    result = clean_text(WIRE_ROUNDUP)
    assert_maps_back(WIRE_ROUNDUP, result)
    assert result.body.endswith("over four border regions.")
    assert result.boilerplate == [
        "© 2025 Eastern Wire Service. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed."
    ]
    assert result.warnings == []


def test_local_report_in_one_paragraph_loses_only_its_read_more_tail():
    result = clean_text(LOCAL_REPORT)
    assert_maps_back(LOCAL_REPORT, result)
    assert result.body.endswith("the council's chairwoman said.")
    assert result.boilerplate == [
        "Read more at Rosava Daily. Did you like this article? Get all the news delivered to your inbox."
    ]


def test_comment_without_debris_is_kept_whole():
    # It speaks to the reader and says "more from": once enough to lose the whole report.
    result = clean_text(CEASEFIRE_COMMENT)
    assert result.body == CEASEFIRE_COMMENT and result.offset == 0
    assert result.boilerplate == [] and result.warnings == []


def test_prose_that_looks_like_debris_throughout_is_kept_with_a_warning():
    text = (
        "Subscribe\n\nIf you want to understand this war, you need to hear more from the people who "
        "live beside the front line.\n\n© 2025 Example News"
    )
    result = clean_text(text)
    assert_maps_back(text, result)
    assert result.body.startswith("If you want") and result.body.endswith("front line.")
    assert result.boilerplate == ["Subscribe", "© 2025 Example News"]
    assert len(result.warnings) == 1 and "looked like page debris" in result.warnings[0]


def test_debris_between_the_sentences_of_a_paragraph_stays():
    text = "The mayor said the road would reopen. Read more. The works took a month, officials said."
    result = clean_text(text)
    assert result.body == text and result.boilerplate == []


# Debris written as sentences, as scrapers leave it inside the last or first paragraph.
DEBRIS_SENTENCES = [
    "© 2024 Example News.",
    "All rights reserved.",
    "Copyright 2024 Example Wire.",
    "This article may not be republished without permission.",
    "Read more at Example Daily.",
    "Sign up for our newsletter.",
    "Follow us on Telegram.",
    "Subscribe to our channel!",
    "Click here to subscribe.",
]
# Reader-facing lines that go with debris beside them, but are not debris alone.
READER_SENTENCES = ["Did you like this article?", "Get the news delivered to your inbox."]


def test_random_debris_around_one_paragraph_goes_to_boilerplate_and_prose_stays():
    import random

    rng = random.Random(20250301)
    prose_sentences = [p for p in PROSE_PARAGRAPHS if p.endswith(".")]
    for _ in range(400):
        prose = " ".join(rng.sample(prose_sentences, rng.randint(1, 4)))
        tail = rng.sample(DEBRIS_SENTENCES, rng.randint(0, 3))
        if tail:
            tail += rng.sample(READER_SENTENCES, rng.randint(0, 2))
        head = rng.sample(DEBRIS_SENTENCES, rng.randint(0, 2))
        # The paragraph alone, or first or last of two: debris between paragraphs stays (the
        # body is one slice of the input), so the other paragraph's side gets none.
        where = rng.choice(["alone", "first", "last"])
        other = "The talks resumed on Friday, the envoy said."
        if where == "first":
            tail = []
        elif where == "last":
            head = []
        text = " ".join([*head, prose, *tail])
        text = {"alone": text, "first": f"{text}\n\n{other}", "last": f"{other}\n\n{text}"}[where]
        result = clean_text(text)
        assert_maps_back(text, result)
        assert prose in result.body, text
        removed = " ".join(result.boilerplate)
        for sentence in head + tail:
            assert sentence in removed and sentence not in result.body, (sentence, text)
