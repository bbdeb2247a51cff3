"""Which language a report is written in, as an ISO 639-1 code."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

UNKNOWN = "und"

# The languages most of the world's news is published in. Restricting the candidates makes
# detection faster and far more reliable than choosing among all 75 lingua languages.
_LANGUAGES = (
    Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
    Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
    Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.TURKISH,
)
DETECTED_LANGUAGES = tuple(language.iso_code_639_1.name.lower() for language in _LANGUAGES)
# The opening of a report settles its language; reading more only costs time.
_SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code in lower case ("en", "uk", ...), or "und" when it cannot be told."""
    sample = text[:_SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return UNKNOWN
    language = _detector().detect_language_of(sample)
    if language is None:
        return UNKNOWN
    return language.iso_code_639_1.name.lower()
