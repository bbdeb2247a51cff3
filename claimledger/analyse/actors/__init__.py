"""Actors: every mention of someone who acts in a report, coded CAMEO-style (country + sector).

A code is an ISO 3166-1 alpha-3 country and a CAMEO sector, written as the record contract
writes it: "UKR MIL", "RUS GOV"; either part may be missing ("MIL" for troops of no stated
country, "RUS" for Russia as a whole). International organisations keep their CAMEO code
("IGO WST NAT" for NATO, "NGO HRI AMN" for Amnesty International). The dictionary is data:
see claimledger/resources/actors.py and ACTORS_SOURCES.md.

What counts as a mention (the gold set follows the same guide, tests/gold/actors/README.md):
- a person named in the text, with the title words in front ("Ukraine's Defense Minister
  Rustem Umerov"); later surnames ("Umerov") and titles ("the minister") are coded as the
  person they refer to;
- a noun phrase headed by a sector noun ("North Korean troops", "DPRK soldiers",
  "Pyongyang's forces", "the Ukrainian Armed Forces", "a senior US official", "rebels");
- an organisation from the table ("NATO", "KBS"), or a proper name described by a sector noun
  ("South Korean TV channel KBS");
- a country, capital or seat of government where it acts (subject, passive agent, object,
  "according to ...", "talks with ..."): "Russia" -> RUS, "Kyiv" and "the Kremlin" -> the
  government they stand for (UKR GOV, RUS GOV);
- people named after a country or an ethnic group ("North Koreans", "Buryats").
Words inside a mention (the "Ukraine" of "Ukraine's Defense Minister") are not mentions.

A person's country comes from their role anywhere in the article, else from the known-person
table, else (for government titles such as "President" only) from the article's dominant
government: the country most often named with government actors in the article.

`extract(ctx)` fills ctx.record["actors"] and leaves the analysis on ctx.actors: `notes()` gives
the events extractor token ranges, country and sector apart; `code_for_speaker` codes a speaker.

The package: finders.py finds and codes each mention from its own words; article.py resolves
across mentions (owners, people behind surnames and titles, the dominant government) and gives
the outputs; lookup.py reads the dictionaries; mentions.py holds the data; words.py the word lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.actors.article import ArticleActors
from claimledger.analyse.actors.lookup import code_for_text
from claimledger.analyse.actors.mentions import ActorMention, ActorNote, compose
from claimledger.analyse.context import extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.analyse.context import Context

__all__ = [
    "ActorMention",
    "ActorNote",
    "ArticleActors",
    "actors_of",
    "code_for_mention",
    "code_for_text",
    "compose",
    "extract",
]


USER_DATA_KEY = "claimledger.actors"


def actors_of(doc: Doc) -> ArticleActors:
    """The article's actors, computed once per Doc and kept in doc.user_data."""
    found = doc.user_data.get(USER_DATA_KEY)
    if found is None:
        found = ArticleActors(doc)
        doc.user_data[USER_DATA_KEY] = found
    return found


@extractor("actors", gives=("actors",))
def extract(ctx: Context) -> None:
    article = actors_of(ctx.doc)
    ctx.record["actors"] = article.records()
    ctx.actors = article


def code_for_mention(
    doc: Doc, start: int, end: int, role: str | None = None
) -> tuple[str | None, str | None]:
    """CAMEO-style code and actor type for a mention at doc.text[start:end].

    The mention is looked up among the article's actor mentions (so "Umerov" and "the minister"
    get Rustem Umerov's code); a mention the actor pass did not find is coded from `role`
    ("Ukraine's Defense Minister" -> "UKR GOV"). Returns (None, None) when nothing is known.
    """
    return actors_of(doc).code_for(start, end, role)
