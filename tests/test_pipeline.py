"""The analyser: one failing report costs that report only; long texts are refused clearly."""

import pytest

from claimledger.analyse.pipeline import Analyser, AnalysisError, load_model
from claimledger.ingest.document import Document


@pytest.fixture(scope="module")
def analyser_nlp():
    return load_model()


def _fails_on_marker(ctx):
    if "MARKER" in ctx.document.text:
        raise RuntimeError("rule fell over")


def test_a_failing_extractor_fails_one_report_not_the_batch():
    a = Analyser(extractors=[_fails_on_marker])
    docs = [
        Document(id=str(i), text=t, language="en")
        for i, t in enumerate(["The army said it held.", "MARKER here.", "The navy said it sailed."])
    ]
    results = list(a.analyse_each(docs))
    assert [r["id"] for r, _ in results] == ["0", "1", "2"]
    assert results[0][1] is None and results[2][1] is None
    err = results[1][1]
    assert isinstance(err, AnalysisError) and "rule fell over" in err.reason and err.source == "1"


def _marks_analysed(ctx):
    ctx.record["warnings"].append("analysed")


def test_text_over_the_parser_limit_is_an_error_not_a_crash():
    a = Analyser(extractors=[_marks_analysed])
    a.nlp.max_length = 50
    docs = [
        Document(id="long", text="word " * 40, language="en"),
        Document(id="short", text="A short one.", language="en"),
    ]
    (r1, e1), (r2, e2) = list(a.analyse_each(docs))
    assert e1 is not None and "limit" in e1.reason and "analysed" not in r1["warnings"]
    assert e2 is None and r2["id"] == "short" and r2["warnings"] == ["analysed"]


def test_extractors_refuse_to_run_without_what_they_need():
    from claimledger.analyse import actors, attribution, events, places, quantities, times

    with pytest.raises(ValueError, match="events needs 'places' from places; add places before events"):
        Analyser(extractors=[events.extract])
    with pytest.raises(
        ValueError, match="attribution needs 'actors' from actors; put actors before attribution"
    ):
        Analyser(extractors=[attribution.extract, actors.extract])
    with pytest.raises(ValueError, match="events needs 'statements' from attribution; add attribution"):
        Analyser(
            extractors=[places.extract, actors.extract, times.extract, quantities.extract, events.extract]
        )
    with pytest.raises(ValueError, match="twice"):
        Analyser(extractors=[places.extract, places.extract])


def test_each_default_extractor_declares_what_it_needs_and_gives():
    from claimledger.analyse.pipeline import default_extractors

    found = {x.extractor_name: (x.requires, x.gives) for x in default_extractors()}
    assert found["events"][0] == ("places", "actors", "times", "quantities", "statements")
    assert found["attribution"] == (("actors",), ("statements",))
    assert all(gives for _, gives in found.values())


def test_a_hand_run_extractor_without_its_inputs_fails_loudly(analyser_nlp):
    from claimledger.analyse import events
    from claimledger.analyse.pipeline import Context
    from claimledger.record import new_record

    d = Document(id="t", text="Russia denied shelling Kharkiv.", language="en")
    with pytest.raises(ValueError, match="no 'actors' on this context"):
        events.extract(Context(d, analyser_nlp(d.text), new_record(d)))


def test_non_english_is_stored_without_analysis():
    a = Analyser()
    ((rec, err),) = list(
        a.analyse_each(
            [
                Document(
                    id="fr",
                    text="Le ministre a dit que les troupes sont parties.",
                    language="fr",
                    warnings=["language fr is not supported"],
                )
            ]
        )
    )
    assert err is None and rec["statements"] == [] and rec["language"] == "fr"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "OSLO, March 3 (Nordwire) - The health ministry said on Monday that 40 clinics would close.",
            "The health ministry",
        ),
        ("LAGOS (Westafrica Post) — Union leaders said the strike would go ahead.", "Union leaders"),
        (
            "PORTO ALEGRE, Brazil, Jan. 9 - Club officials said the stadium had been flooded.",
            "Club officials",
        ),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(analyser_nlp, text, speaker):
    a = Analyser(nlp=analyser_nlp)
    doc = analyser_nlp(text)
    first = next(iter(doc.sents))
    assert first.text.rstrip(" -—").endswith(("Nordwire)", "Post)", "9"))
    rec = a.analyse(Document(id="d", text=text, language="en"))
    (st,) = rec["statements"]
    assert st["speaker"]["text"] == speaker
    assert not st["content"]["text"].startswith(text.split()[0])


def test_capitals_that_are_not_a_dateline_stay_in_the_sentence(analyser_nlp):
    doc = analyser_nlp("NATO said on Monday - after a long meeting - that patrols would expand.")
    assert len(list(doc.sents)) == 1


def test_a_label_opening_a_paragraph_is_not_the_speaker(analyser_nlp):
    a = Analyser(nlp=analyser_nlp)
    text = "The turnout: Election officials said 61% of voters cast a ballot.\n\nHow many: About 4,000 jobs will go, the union said."
    rec = a.analyse(Document(id="d", text=text, language="en"))
    speakers = [s["speaker"]["text"] for s in rec["statements"]]
    assert speakers == ["Election officials", "the union"]
    assert all(":" not in s["content"]["text"] for s in rec["statements"])
    # a quotation after a colon is someone's words, not a label
    doc = analyser_nlp("The minister: \u201cWe will stay.\u201d")
    assert len(list(doc.sents)) == 1
