"""Language detection with lingua over the languages news is mostly published in."""

from __future__ import annotations

import pytest

from claimledger.ingest.language import detect_language


@pytest.mark.parametrize(
    "text, code",
    [
        ("The defence minister said on Tuesday that the first clashes had already taken place.", "en"),
        ("Le ministre de la Défense a déclaré mardi que les premiers affrontements avaient eu lieu.", "fr"),
        (
            "Der Verteidigungsminister sagte am Dienstag, die ersten Gefechte hätten bereits stattgefunden.",
            "de",
        ),
        (
            "El ministro de Defensa dijo el martes que ya se habían producido los primeros enfrentamientos.",
            "es",
        ),
        ("Міністр оборони заявив у вівторок, що перші зіткнення вже відбулися.", "uk"),
        ("Министр обороны заявил во вторник, что первые столкновения уже произошли.", "ru"),
        ("Minister obrony powiedział we wtorek, że doszło już do pierwszych starć.", "pl"),
        ("Savunma bakanı salı günü ilk çatışmaların yaşandığını söyledi.", "tr"),
        ("وقال وزير الدفاع يوم الثلاثاء إن الاشتباكات الأولى قد وقعت بالفعل.", "ar"),
    ],
)
def test_detects_common_news_languages(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12,000 / 3,000 = 4", "—"])
def test_no_letters_is_undetermined(text):
    assert detect_language(text) == "und"


def test_only_the_opening_is_read():
    # An English opening decides, whatever follows after the first ~2000 characters.
    text = (
        "The minister confirmed the report on Tuesday. " * 50 + "Der Minister bestätigte den Bericht. " * 500
    )
    assert detect_language(text) == "en"
