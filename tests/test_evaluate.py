"""The evals' own parts: ledger speaker matching and figures (and one real run on a dev story),
attribution statements in pieces."""

from pathlib import Path

import pytest

from claimledger.analyse.pipeline import Analyser
from claimledger.evaluate.ledger import evaluate, format_report, load_gold, numbers, same_speaker

GOLD = Path(__file__).parent / "gold" / "ledger" / "dev"


def test_numbers_ignore_thousands_separators():
    assert numbers("between 11,000 and 12,000 troops, 4.5 million") == {"11000", "12000", "4.5"}
    assert numbers("no figure") == set()


@pytest.mark.parametrize(
    "gold, names, kind",
    [
        ("Ministry of Defence of Russia", {"Russia's Defence Ministry"}, "organisation"),
        ("Ministry of Foreign Affairs of Poland", {"Poland's Foreign Ministry"}, "organisation"),
        ("Lessarian Border Police", {"Lessaria's Border Police"}, "organisation"),
        ("Maria Lopez", {"Lopez"}, "person"),
        ("UN Refugee Agency", {"the UN Refugee Agency"}, "organisation"),
    ],
)
def test_same_speaker(gold, names, kind):
    assert same_speaker(gold, names, kind)


@pytest.mark.parametrize(
    "gold, names, kind",
    [
        ("Ministry of Defence of Russia", {"Ukraine's Defence Ministry"}, "organisation"),
        ("Maria Lopez", {"Lopez Foundation"}, "organisation"),
        ("Anna Berg", {"Tom Berger"}, "person"),
    ],
)
def test_not_the_same_speaker(gold, names, kind):
    assert not same_speaker(gold, names, kind)


def test_one_story_scores_within_bounds():
    stories = load_gold(str(GOLD / "prisoners"))
    r = evaluate(stories, Analyser())
    for key in ("statements_found", "found_with_speaker", "found_with_speaker_and_figure"):
        assert 0.0 < r[key] <= 1.0
    assert r["found_with_speaker_and_figure"] <= r["found_with_speaker"] <= r["statements_found"]
    assert "with the right speaker" in format_report(r)


def test_a_content_in_pieces_is_scored_piece_by_piece():
    from claimledger.evaluate.attribution import expand_parts

    one = {"speaker": {"text": "she"}, "cue": {"text": "said"}, "content": {"text": "We will, win"}}
    split = {
        **one,
        "content_parts": [{"text": "We will", "start": 1, "end": 8}, {"text": "win", "start": 20, "end": 23}],
    }
    assert expand_parts([one]) == [one]
    pieces = expand_parts([split])
    assert [p["content"]["text"] for p in pieces] == ["We will", "win"]
    assert all(p["cue"] == one["cue"] for p in pieces)
