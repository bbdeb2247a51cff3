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


def test_a_content_in_pieces_is_scored_as_the_gold_annotates_it():
    from claimledger.evaluate.attribution import expand_parts

    text = '"We will," she said, "win."'
    whole = {"start": 1, "end": 26, "text": text[1:26]}
    pieces = [{"start": 1, "end": 8, "text": "We will"}, {"start": 22, "end": 25, "text": "win"}]
    st = {"speaker": {"text": "she"}, "cue": {"text": "said"}, "content": whole, "content_parts": pieces}
    as_pieces = [{"content": pieces[0]}, {"content": pieces[1]}]
    as_one = [{"content": whole}]
    assert [p["content"]["text"] for p in expand_parts([st], text, as_pieces)] == ["We will", "win"]
    assert expand_parts([st], text, as_one) == [st]
    plain = {k: v for k, v in st.items() if k != "content_parts"}
    assert expand_parts([plain], text, as_pieces) == [plain]
