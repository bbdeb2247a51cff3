"""Which language a report is written in, as an ISO 639-1 code.

Trigram detection is reliable on a paragraph and unreliable on a headline: "Kane scores
twice" comes out Italian, "Bayern beat Dortmund 3-1" German, "Ten killed in blast" Dutch. A
report detected as another language is stored without analysis, so a wrong guess on a short
English text loses everything. Two rules guard against that (see `identify_language`):
- a short text in Latin script is taken as another language only when it also carries at least
  two of that language's own function words (words English does not have: "der", "les",
  "het", "los", "della" ...) or lower-case words with letters English lacks ("hätten");
  otherwise it is read as the default language, English;
- a text of any length whose best non-English guess is weak (confidence below
  `MIN_CONFIDENCE`) while English is a close second is read as English too.
Either way the uncertainty is written in the record's `warnings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

UNKNOWN = "und"
DEFAULT = "en"

# The languages most of the world's news is published in. Restricting the candidates makes
# detection faster and far more reliable than choosing among all 75 lingua languages.
_LANGUAGES = (
    Language.ENGLISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.SPANISH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.POLISH,
    Language.ARABIC,
    Language.CHINESE,
    Language.JAPANESE,
    Language.KOREAN,
    Language.TURKISH,
)
DETECTED_LANGUAGES = tuple(language.iso_code_639_1.name.lower() for language in _LANGUAGES)
# The opening of a report settles its language; reading more only costs time.
_SAMPLE_CHARS = 2000
# Below this many words a Latin-script text needs function words of its own to leave English.
SHORT_WORDS = 25
# A non-English guess weaker than this, with English the runner-up, is not trusted.
MIN_CONFIDENCE = 0.6
RUNNER_UP_CONFIDENCE = 0.15

# Function words of each Latin-script language that are not English words (nor common in English
# names), so that finding two of them in a short text is evidence a headline cannot fake.
FUNCTION_WORDS = {
    "fr": "le la les des du une est et dans pour qui que sur au aux avec ne pas sont il elle ont été "
    "par ce cette ses leur plus selon après entre sans",
    "de": "der das und ist nicht mit den dem ein eine einen sich auf für von zu im zum zur auch "
    "wird wurde sind hat haben nach bei über noch aus werden dass",
    "es": "el los las del que y una por con para es se su sus lo al más como pero fue han según "
    "entre sobre este esta muy ha",
    "it": "il di che della delle dei degli gli per una del con non sono nel nella alla anche "
    "più come dopo ha hanno stato è",
    "pt": "os da do das dos que em um uma não para com pelo pela foi são mais como ao seu sua "
    "também já entre sobre",
    "nl": "het een van en niet op voor met zijn dat ook bij naar uit wordt werd heeft hebben "
    "door nog maar deze als",
    "pl": "w z na się nie do że jest to po od za przez jak ale oraz który która było są",
    "tr": "bir ve bu için ile da de olarak olan gibi daha çok sonra kadar ama ancak değil",
}
_FUNCTION_WORDS = {code: set(words.split()) for code, words in FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """The language a text is read in, how sure lingua was, and why it was overridden if it was."""

    code: str
    confidence: float | None = None
    warning: str | None = None


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    # Low-accuracy mode uses trigram models only: it loads at once (the full models took 4 s
    # on the first reports of every run) and takes 0.15 ms a report instead of 0.5 ms. Lingua
    # documents it as reliable on texts longer than a sentence or two; shorter texts are
    # guarded by the rules above.
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).with_low_accuracy_mode().build()


def _latin(words: list[str]) -> bool:
    letters = [c for w in words for c in w]
    return sum(c < "\u0250" for c in letters) >= 0.8 * len(letters)


def identify_language(text: str) -> LanguageGuess:
    """The language to read a text in: lingua's guess, or English when the guess is unsafe."""
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if not words:
        return LanguageGuess(UNKNOWN)
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return LanguageGuess(UNKNOWN)
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    confidence = round(best.value, 3)
    if code == DEFAULT or not _latin(words):
        return LanguageGuess(code, confidence)
    english = next((v.value for v in values if v.language == Language.ENGLISH), 0.0)
    if len(words) < SHORT_WORDS:
        own = _FUNCTION_WORDS.get(code, set())
        # a lower-case word with letters English lacks ("hätten", "günü") is evidence too;
        # capitalised ones are mostly names ("Müller", "Köln") and prove nothing
        hits = sum(w.lower() in own or (w.islower() and not w.isascii()) for w in words)
        if hits < 2:
            return LanguageGuess(
                DEFAULT,
                round(english, 3),
                f"language uncertain: a short text ({len(words)} words) detected as {code} "
                f"(confidence {confidence}) without {code} function words; analysed as English",
            )
    if confidence < MIN_CONFIDENCE and english >= RUNNER_UP_CONFIDENCE:
        return LanguageGuess(
            DEFAULT,
            round(english, 3),
            f"language uncertain: detected as {code} with low confidence ({confidence}), "
            f"English {round(english, 3)}; analysed as English",
        )
    return LanguageGuess(code, confidence)


def detect_language(text: str) -> str:
    """ISO 639-1 code in lower case ("en", "uk", ...), or "und" when it cannot be told."""
    return identify_language(text).code
