"""Language detection with lingua over the languages news is mostly published in."""

from __future__ import annotations

import pytest

from claimledger.ingest.language import detect_language, identify_language


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


# Short English texts that trigram detection alone reads as German, Dutch, French, Italian or
# Turkish: headlines, captions, one-line briefs (written by the team).
SHORT_ENGLISH = [
    "Rates held",
    "Die-hard fans queue overnight",
    "Bank rate unchanged at 5%",
    "Airline profits soar",
    "Ten killed in blast",
    "Hospital wait times rise",
    "Kane scores twice",
    "Bayern beat Dortmund 3-1",
    "Euro zone GDP stagnates",
    "Oil tops $90 a barrel",
    "Storm hits coast",
    "Police arrest man, 34",
    "Minister quits over leak",
    "Van Dijk header sinks Spurs",
    "Le Pen rally draws thousands",
    "Lira slumps as central bank cuts again",
    "Dortmund sign Bremen striker on loan",
    "Strikers walk out at Rotterdam port",
    "Inter Milan edge past Lazio",
    "Boeing deliveries halved",
    "Stocks flat ahead of Fed",
    "Parliament passes budget",
    "Verdict due in fraud trial",
    "Flood barrier fails",
    "Vaccine trial paused",
]


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_short_english_is_read_as_english(text):
    assert detect_language(text) == "en"


def test_an_overridden_guess_is_recorded_as_a_warning():
    guess = identify_language("Kane scores twice")
    assert guess.code == "en"
    assert guess.warning is not None and "analysed as English" in guess.warning
    # a clear English text carries no warning
    assert identify_language("The central bank left its main rate unchanged on Thursday.").warning is None


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Le conseil municipal a voté jeudi soir une hausse des tarifs des transports publics. "
            "Selon le maire, la mesure doit permettre de financer de nouvelles lignes de tramway "
            "d'ici à la fin de la décennie, mais l'opposition dénonce une décision prise sans débat.",
            "fr",
        ),
        (
            "La selección ganó el partido por dos goles a uno y se clasificó para la final del "
            "torneo. El entrenador dijo después del encuentro que sus jugadores habían mostrado "
            "mucho carácter en la segunda parte.",
            "es",
        ),
        (
            "Die Stadtwerke haben am Montag angekündigt, die Preise für Strom und Gas im kommenden "
            "Jahr deutlich zu erhöhen. Nach Angaben des Unternehmens sind vor allem die gestiegenen "
            "Kosten für die Beschaffung der Grund dafür.",
            "de",
        ),
        ("Le gouvernement a annoncé une baisse des impôts pour les ménages", "fr"),
        ("Der Bundestag hat das neue Gesetz mit großer Mehrheit verabschiedet", "de"),
        ("El banco central sube los tipos de interés por tercera vez", "es"),
        ("Il governo ha approvato la riforma delle pensioni", "it"),
        ("Het kabinet heeft de begroting voor volgend jaar gepresenteerd", "nl"),
        ("Прем'єр-міністр оголосив про відставку", "uk"),
    ],
)
def test_other_languages_are_still_detected(text, code):
    guess = identify_language(text)
    assert guess.code == code
    assert guess.warning is None


def test_a_short_english_report_is_analysed_with_the_uncertainty_noted():
    from claimledger.ingest.document import RawInput
    from claimledger.ingest.documents import to_document

    raw = RawInput(id="brief.txt", source="brief.txt", data=b"Airline profits soar", kind="text", meta={})
    doc = to_document(raw)
    assert doc.language == "en"
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("language uncertain")
