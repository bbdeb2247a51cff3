"""What extractors share for one document, and what each of them needs and gives.

Like spaCy components with `requires`/`assigns`, every extractor declares the findings it reads
and the ones it adds (`@extractor(...)`); `check_order` refuses a list of extractors in which one
would run without what it needs, instead of letting it quietly produce less (events without the
statements would call every denied attack "reported").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.analyse.actors import ArticleActors
    from claimledger.analyse.attribution import Draft
    from claimledger.analyse.places import PlaceNote
    from claimledger.analyse.quantities import QuantityNote
    from claimledger.ingest.document import Document


@dataclass
class Context:
    """One document in analysis: its parse, its record so far, and the findings extractors pass
    to later ones that the record does not hold (token ranges, the actor analysis itself)."""

    document: Document
    doc: Doc  # over document.text
    record: dict
    places: list[PlaceNote] | None = None  # per record place, same order
    actors: ArticleActors | None = None
    quantities: list[QuantityNote] | None = None  # per record quantity, same order
    statements: list[Draft] | None = None  # per record statement, same order

    def finding(self, name: str):
        """A finding an earlier extractor left on the context; an error, not an empty list, when
        it never ran (an extractor called by hand, outside an Analyser that checks the order)."""
        value = getattr(self, name)
        if value is None:
            raise ValueError(f"no {name!r} on this context: run the extractor that gives it first")
        return value


Extractor = Callable[[Context], None]


def extractor(name: str, requires: Iterable[str] = (), gives: Iterable[str] = ()):
    """Declare an extractor's name, the findings it reads and the ones it adds. A finding is
    named after its record field ("places", "times") or Context field ("statements")."""

    def declare(fn):
        fn.extractor_name = name
        fn.requires = tuple(requires)
        fn.gives = tuple(gives)
        return fn

    return declare


def name_of(fn: Extractor) -> str:
    return getattr(fn, "extractor_name", None) or getattr(fn, "__module__", repr(fn)).rsplit(".", 1)[-1]


def check_order(extractors: list[Extractor], known: list[Extractor]) -> None:
    """Raise ValueError unless each extractor comes after the producers of all it requires and
    none runs twice. `known` (the default extractors) names the producer of each finding."""
    producer = {g: name_of(x) for x in known for g in getattr(x, "gives", ())}
    given: set[str] = set()
    seen: set[str] = set()
    names = [name_of(x) for x in extractors]
    for fn, name in zip(extractors, names, strict=True):
        gives = getattr(fn, "gives", ())
        if name in seen and gives:
            raise ValueError(f"{name} is in the list of extractors twice")
        seen.add(name)
        for need in getattr(fn, "requires", ()):
            if need in given:
                continue
            source = producer.get(need, "an extractor that gives it")
            where = f"put {source} before {name}" if source in names else f"add {source} before {name}"
            raise ValueError(f"{name} needs {need!r} from {source}; {where}")
        given.update(getattr(fn, "gives", ()))
