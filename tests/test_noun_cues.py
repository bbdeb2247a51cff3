"""Statements carried by speech and cognition nouns (analyse/noun_cues.py), on sentences written
by the team: politics, business, courts, science, sport, war."""

import pytest

from claimledger.analyse.noun_cues import noun_lexicon
from claimledger.analyse.pipeline import Analyser
from claimledger.ingest.document import Document
from claimledger.record import validate


@pytest.fixture(scope="module")
def analyser():
    return Analyser()


def run(analyser, text):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published="2025-06-02"))
    validate(rec)
    return rec["statements"]


def by_cue(statements, cue):
    found = [s for s in statements if s["cue"]["text"] == cue]
    assert found, f"no statement with cue {cue!r} in {[s['cue']['text'] for s in statements]}"
    return found[0]


@pytest.mark.parametrize(
    "text, speaker, cue, content, stance",
    [
        # possessive owner, that-clause
        (
            "The striker's admission that he had bet on league matches ended his career.",
            "The striker",
            "admission",
            "he had bet on league matches",
            "admit",
        ),
        # "by" owner, the parser hangs the clause on the owner
        (
            "Allegations by rights groups that detainees were beaten in custody have not been investigated.",
            "rights groups",
            "Allegations",
            "detainees were beaten in custody",
            "claim",
        ),
        # "by" owner, "that" read as a relative pronoun
        (
            "The assessment by Western intelligence that the offensive had stalled was shared by analysts.",
            "Western intelligence",
            "assessment",
            "the offensive had stalled",
            "believe",
        ),
        # of-complement: the cue takes its preposition
        (
            "The army's denial of any role in the shelling of the market was met with scepticism.",
            "The army",
            "denial of",
            "any role in the shelling of the market",
            "deny",
        ),
        # for-complement
        (
            "The dockers' union's demand for a 9 percent pay rise stalled the negotiations.",
            "The dockers' union",
            "demand for",
            "a 9 percent pay rise",
            "urge",
        ),
        # infinitive complement, without its "to"
        (
            "The finance minister's promise to publish the tender contracts did little to calm lawmakers.",
            "The finance minister",
            "promise",
            "publish the tender contracts",
            "promise",
        ),
        # the subject of a verb that issues the noun
        (
            "Opposition lawmakers raised questions about the cost of the new fighter jets.",
            "Opposition lawmakers",
            "questions about",
            "the cost of the new fighter jets",
            "question",
        ),
        (
            "The health agency issued a warning against travel to the flooded provinces.",
            "The health agency",
            "warning against",
            "travel to the flooded provinces",
            "warn",
        ),
        # a name in front of the noun
        (
            "U.S. criticism of the settlement plan has grown louder in recent weeks.",
            "U.S.",
            "criticism of",
            "the settlement plan",
            "accuse",
        ),
        # a figure claimed, and a plural demand with a pronoun owner bound to the subject
        (
            "Kyiv's claims of 1,200 Russian casualties could not be verified.",
            "Kyiv",
            "claims of",
            "1,200 Russian casualties",
            "claim",
        ),
        (
            "Protesters in the capital renewed their demands for the minister's resignation.",
            "their",
            "demands for",
            "the minister's resignation",
            "urge",
        ),
        # "saying" after the noun joins the cue
        (
            "The Red Cross issued an appeal saying civilians must be allowed to leave the city.",
            "The Red Cross",
            "appeal saying",
            "civilians must be allowed to leave the city",
            "urge",
        ),
        (
            "A warning from the weather service saying the river would burst its banks came too late.",
            "the weather service",
            "warning",
            "the river would burst its banks",
            "warn",
        ),
        # the noun as the subject of "be"
        (
            "The defence ministry's claim was that the drones had been shot down over the sea.",
            "The defence ministry",
            "claim",
            "the drones had been shot down over the sea",
            "claim",
        ),
    ],
)
def test_noun_statement(analyser, text, speaker, cue, content, stance):
    s = by_cue(run(analyser, text), cue)
    assert s["speaker"]["text"] == speaker
    assert s["content"]["text"] == content
    assert (s["kind"], s["stance"]) == ("indirect", stance)


def test_clause_parsed_above_the_noun(analyser):
    # the parser may make the claim the subject of the clause that says what was claimed
    text = (
        "Prosecutors opened the trial on Monday.\n\n"
        "Claims by the defence team that the wiretaps had been obtained illegally were “a distraction”, "
        "the chief prosecutor added."
    )
    s = by_cue(run(analyser, text), "Claims")
    assert s["speaker"]["text"] == "the defence team"
    assert s["content"]["text"] == "the wiretaps had been obtained illegally"


def test_possessive_pronoun_is_the_subject_of_an_issuing_verb(analyser):
    # "its" is Moscow's, not the ministry's that spoke last
    sts = run(
        analyser,
        "Ukraine's Energy Ministry said repairs would take weeks. "
        "Moscow repeated its claim that the plant supplied arms factories.",
    )
    s = by_cue(sts, "claim")
    assert s["speaker"]["text"] == "its"
    assert s["speaker"]["name"] == "Government of Russia"


def test_possessive_pronoun_owner_is_resolved(analyser):
    sts = run(
        analyser,
        "The club chairman Marco Albani spoke to fans on Sunday. "
        "The club later renewed its calls for a full inquiry into the stand collapse.",
    )
    s = by_cue(sts, "calls for")
    assert s["speaker"]["text"] == "its"
    assert s["content"]["text"] == "a full inquiry into the stand collapse"


def test_addressee_of_a_warning(analyser):
    s = by_cue(
        run(analyser, "Beijing's warning to Manila over the disputed shoal was the sharpest in months."),
        "warning",
    )
    assert s["speaker"]["text"] == "Beijing"
    assert s["addressee"]["text"] == "Manila"
    assert s["content"]["text"] == "the disputed shoal"


@pytest.mark.parametrize(
    "text",
    [
        "Neither claim could be verified.",  # no content
        "Fears that the strike would spread to other ports pushed freight rates higher.",  # no speaker
        "Criticism of the central bank's rate decision grew on Tuesday.",  # no speaker
        "There was no confirmation that the tanker had sunk.",  # nobody confirmed
        "The claim that the minister made in parliament turned out to be false.",  # relative clause
        "Claims that surfaced online about a coup in the capital were false.",  # relative clause
        "The senator raised concerns about the budget.",  # a topic, not what is feared
        "China's demand for liquefied gas rose by a fifth last year.",  # a market's demand
        "Russia's declaration of war shocked the region.",  # an act, not a statement
    ],
)
def test_no_statement(analyser, text):
    assert run(analyser, text) == []


def test_no_duplicate_of_a_cue_statement(analyser):
    # the cue pass already reads "expressed fears that" and "a statement saying"
    for text, n in (
        ("Doctors expressed fears that the outbreak would reach the capital within weeks.", 1),
        ("The ministry issued a statement saying the border crossing would reopen on Friday.", 1),
    ):
        assert len(run(analyser, text)) == n


def test_nested_under_a_rejection_and_ordered(analyser):
    sts = run(
        analyser,
        "The company rejected the regulator's accusation that it had hidden losses from investors.",
    )
    assert [s["id"] for s in sts] == ["s1", "s2"]
    outer, inner = sts
    assert outer["cue"]["text"] == "rejected"
    assert inner["cue"]["text"] == "accusation" and inner["speaker"]["text"] == "the regulator"
    assert inner["content"]["text"] == "it had hidden losses from investors"
    assert inner["parent"] == "s1"


def test_noun_inside_a_quotation_keeps_its_clause(analyser):
    sts = run(
        analyser,
        "“We will stay as long as the Americans keep their promise to leave,” a militia commander said.",
    )
    s = by_cue(sts, "promise")
    assert s["content"]["text"] == "leave"
    assert s["kind"] == "indirect"


def test_lexicon_is_data():
    lex = noun_lexicon()
    assert lex.nouns["criticism"].stance == "accuse"
    assert "of" in lex.nouns["denial"].complements
    assert "issue" in lex.issuing_verbs and "reject" not in lex.issuing_verbs
