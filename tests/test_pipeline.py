"""The analyser: one failing report costs that report only; long texts are refused clearly."""

from claimledger.analyse.pipeline import Analyser, AnalysisError
from claimledger.ingest.document import Document


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


def test_text_over_the_parser_limit_is_an_error_not_a_crash():
    a = Analyser(extractors=[])
    a.nlp.max_length = 50
    docs = [
        Document(id="long", text="word " * 40, language="en"),
        Document(id="short", text="A short one.", language="en"),
    ]
    (r1, e1), (r2, e2) = list(a.analyse_each(docs))
    assert e1 is not None and "limit" in e1.reason
    assert e2 is None and r2["id"] == "short"


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
