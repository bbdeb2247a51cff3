"""The cue lexicon: reporting verbs, phrases and nouns, each with the stance it signals."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str  # verb | noun | phrase
    stance: str
    np_content: bool  # a bare noun phrase may be what is attributed ("confirmed the clashes")


@dataclass
class CueLexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[tuple[str, ...], Cue]  # lower-cased word tuples ("according", "to")

    def __len__(self):
        return len(self.verbs) + len(self.nouns) + len(self.phrases)

    def verb(self, token) -> Cue | None:
        """The cue a verb token is, by its lemma, or by its own form when the lemmatizer
        slipped ("hopes" lemmatized as "hop")."""
        cue = self.verbs.get(token.lemma_.lower())
        if cue is None:
            forms = self.__dict__.get("_forms")
            if forms is None:
                forms = self.__dict__["_forms"] = _inflections(self.verbs)
            cue = self.verbs.get(forms.get(token.lower_, ""))
        return cue

    def phrases_from(self, word: str) -> list[tuple[tuple[str, ...], Cue]]:
        """Phrases that begin with `word`, looked up rather than scanned for every token."""
        index = self.__dict__.get("_by_first")
        if index is None:
            index = {}
            for words, cue in self.phrases.items():
                index.setdefault(words[0], []).append((words, cue))
            self.__dict__["_by_first"] = index
        return index.get(word, [])


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    verbs: dict[str, Cue] = {}
    nouns: dict[str, Cue] = {}
    phrases: dict[tuple[str, ...], Cue] = {}
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
    return CueLexicon(verbs, nouns, phrases)


def _inflections(verbs: dict[str, Cue]) -> dict[str, str]:
    """Regular English forms of each verb lemma: -s/-es, -ed/-d, -ing, y -> ies/ied, a doubled
    final consonant. Irregular forms (said, told, thought) the lemmatizer knows well."""
    forms: dict[str, str] = {}
    for lemma in verbs:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        candidates = [lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing", lemma + "ing"]
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            candidates += [lemma[:-1] + "ies", lemma[:-1] + "ied"]
        if (
            len(lemma) > 2
            and lemma[-1] not in "aeiouwxy"
            and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"
        ):
            candidates += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
        for form in candidates:
            forms.setdefault(form, lemma)
    return forms
