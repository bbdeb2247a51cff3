"""The clean document that ingest hands to analyse: text plus metadata, no language knowledge."""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """A report that cannot be ingested; `source` names the input, the message gives the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class RawInput:
    """One report as it arrived, before cleaning.

    `kind` is "html" or "text"; `meta` carries whatever the source already knew
    (title, url, published, outlet from a JSON Lines row or a feed entry).
    """

    id: str
    source: str
    data: bytes
    kind: str
    meta: dict = field(default_factory=dict)


@dataclass
class Document:
    """A cleaned report, ready for analysis.

    `text` has the title as its first paragraph when there is one; `text_offset` is where
    `text` starts in the input text (plain-text inputs only, else 0).
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    text_offset: int = 0
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    raw: bytes = b""
    raw_kind: str = "text"
    source: str = ""
    # The RawInput's meta (title, url, published, outlet, charset): with `raw` and
    # `raw_kind` it is everything needed to rebuild this document later.
    raw_meta: dict = field(default_factory=dict)

    def raw_input(self) -> RawInput:
        """The input this document was cleaned from, as the store keeps it for reanalysis."""
        return RawInput(
            id=self.id, source=self.source, data=self.raw, kind=self.raw_kind, meta=dict(self.raw_meta)
        )
