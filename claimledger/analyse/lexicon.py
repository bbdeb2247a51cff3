"""The cue lexicon: reporting verbs, phrases and nouns, each with the stance it signals."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str          # verb | noun | phrase
    stance: str
    np_content: bool  # a bare noun phrase may be what is attributed ("confirmed the clashes")


@dataclass
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[tuple[str, ...], Cue]   # lower-cased word tuples ("according", "to")

    def __len__(self):
        return len(self.verbs) + len(self.nouns) + len(self.phrases)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs, nouns, phrases = {}, {}, {}
    text = resources.files("claimledger.resources").joinpath("cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, stance, np = line.split("\t")[:4]
        cue = Cue(lemma, pos, stance, np == "yes")
        if pos == "verb":
            verbs.setdefault(lemma, cue)
        elif pos == "noun":
            nouns.setdefault(lemma, cue)
        else:
            phrases.setdefault(tuple(lemma.lower().split()), cue)
    return Lexicon(verbs, nouns, phrases)
