"""Exact hashes and MinHash near-duplicates of reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.ingest.dedup import (
    NearDuplicateIndex,
    content_hash,
    from_signature_bytes,
    minhash,
    signature_bytes,
)

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
WIRE = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
SAME_TOPIC = (FIXTURES / "same_topic_story.txt").read_text(encoding="utf-8")


def republished(story: str) -> str:
    """The wire story as another outlet runs it: own intro line and credit, own footer."""
    return (
        "DRAVENA (Northern Gazette) - Flood defences are under strain across the province.\n\n"
        + story.replace("\n\n", "\n")
        + "\n\nAdditional reporting by the Northern Gazette newsroom. Follow our live coverage of the storms on our website."
    )


def test_content_hash_ignores_case_and_whitespace():
    assert content_hash("Troops  crossed\nthe border.") == content_hash("troops crossed the BORDER.")
    assert content_hash("Troops crossed the border.") != content_hash("Troops crossed the river.")
    assert len(content_hash("x")) == 64


def test_republished_wire_story_is_a_near_duplicate():
    index = NearDuplicateIndex(threshold=0.8)
    index.add("wire", minhash(WIRE))
    index.add("same-topic", minhash(SAME_TOPIC))
    matches = index.find(minhash(republished(WIRE)))
    assert [key for key, _ in matches] == ["wire"]
    assert matches[0][1] >= 0.8


def test_story_on_the_same_topic_is_not_a_duplicate():
    index = NearDuplicateIndex(threshold=0.8)
    index.add("wire", minhash(WIRE))
    assert index.find(minhash(SAME_TOPIC)) == []
    assert minhash(WIRE).jaccard(minhash(SAME_TOPIC)) < 0.2


def test_matches_are_sorted_best_first():
    index = NearDuplicateIndex(threshold=0.5)
    index.add("exact", minhash(WIRE))
    index.add("republished", minhash(republished(WIRE)))
    matches = index.find(minhash(WIRE))
    assert [key for key, _ in matches] == ["exact", "republished"]
    assert matches[0][1] == 1.0 > matches[1][1]


def test_signature_round_trip():
    m = minhash(WIRE)
    stored = signature_bytes(m)
    assert len(stored) == 128 * 8
    restored = from_signature_bytes(stored)
    assert restored.jaccard(m) == 1.0
    assert restored.jaccard(minhash(republished(WIRE))) == m.jaccard(minhash(republished(WIRE)))
    # A restored signature is found in an index like a fresh one.
    index = NearDuplicateIndex()
    index.add("wire", restored)
    assert [key for key, _ in index.find(m)] == ["wire"]


def test_minhash_is_stable_across_calls():
    assert signature_bytes(minhash(WIRE)) == signature_bytes(minhash(WIRE))


def test_adding_a_key_again_replaces_it():
    index = NearDuplicateIndex()
    index.add("doc", minhash(SAME_TOPIC))
    index.add("doc", minhash(WIRE))
    assert len(index) == 1 and "doc" in index
    assert [key for key, _ in index.find(minhash(WIRE))] == ["doc"]
    assert index.find(minhash(SAME_TOPIC)) == []


@pytest.mark.parametrize(
    ("text", "copy", "other"),
    [
        ("Too short", "too   SHORT.", "Much too long"),
        ("one two three four five", "One two three, four five!", "one two three four six"),
    ],
)
def test_short_texts_get_a_signature_that_tells_them_apart(text, copy, other):
    """A text shorter than one shingle is one shingle: its copies (other case, spacing,
    punctuation) match it fully, a different short text not at all."""
    assert minhash(text).jaccard(minhash(copy)) == 1.0
    assert minhash(text).jaccard(minhash(other)) < 0.1
    assert minhash("").jaccard(minhash(text)) == 0.0
