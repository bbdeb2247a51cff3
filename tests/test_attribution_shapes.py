"""Attribution shapes of real reporting: sentences written by the team (politics, business,
courts, science, sport, war), one shape each. Each row gives every statement the sentence holds as
(speaker, cue, content); an empty list means the sentence attributes nothing. An empty speaker is
a statement with no one named ("is said to", "reportedly")."""

import pytest

from claimledger.analyse.pipeline import Analyser
from claimledger.ingest.document import Document
from claimledger.record import validate


@pytest.fixture(scope="module")
def analyser():
    return Analyser()


def statements(analyser, text):
    rec = analyser.analyse(Document(id="t", text=text, language="en", published="2025-03-14"))
    validate(rec)
    return rec["statements"]


SHAPES = [
    (
        "The opposition leader described the budget plan as reckless.",
        [("The opposition leader", "described", "the budget plan as reckless")],
    ),
    (
        "Prosecutors accused the former mayor of lying to investigators.",
        [("Prosecutors", "accused", "the former mayor of lying to investigators")],
    ),
    ("The union called the ballot a sham.", [("The union", "called", "the ballot a sham")]),
    (
        "The coach talked about the new contract after training.",
        [("The coach", "talked about", "the new contract")],
    ),
    (
        "The health minister branded the strike illegal.",
        [("The health minister", "branded", "the strike illegal")],
    ),
    (
        "Critics have labelled the reform a giveaway to landlords.",
        [("Critics", "have labelled", "the reform a giveaway to landlords")],
    ),
    (
        "The chief executive referred to the layoffs as a painful necessity.",
        [("The chief executive", "referred to", "the layoffs as a painful necessity")],
    ),
    (
        "Asked whether the plant would close, the company's chairman said no decision had been made.",
        [("the company's chairman", "said", "no decision had been made")],
    ),
    (
        "The senator criticised the bill, adding that it would raise costs for farmers.",
        [
            ("The senator", "criticised", "the bill"),
            ("The senator", "adding", "it would raise costs for farmers"),
        ],
    ),
    (
        "The judge adjourned the hearing before noting that the defence had filed its papers late.",
        [("The judge", "noting", "the defence had filed its papers late")],
    ),
    (
        "The minister went on to say that the reform would be delayed until spring.",
        [("The minister", "say", "the reform would be delayed until spring")],
    ),
    (
        "One reporter managed to ask whether the ceasefire would hold.",
        [("One reporter", "ask", "whether the ceasefire would hold")],
    ),
    (
        "The new tariffs, the economist noted, would hit small exporters hardest.",
        [
            (
                "the economist",
                "noted",
                "The new tariffs, the economist noted, would hit small exporters hardest",
            )
        ],
    ),
    (
        "As the coach noted after the match, the team has not won away from home since March.",
        [("the coach", "noted", "the team has not won away from home since March")],
    ),
    (
        "Unemployment rose for a third straight month, official records show.",
        [("official records", "show", "Unemployment rose for a third straight month")],
    ),
    (
        "Voter turnout fell sharply in the northern districts, the data indicate.",
        [("the data", "indicate", "Voter turnout fell sharply in the northern districts")],
    ),
    (
        "The study found that the vaccine cut hospital admissions by half.",
        [("The study", "found", "the vaccine cut hospital admissions by half")],
    ),
    (
        "Recent polls suggest the governor is losing support among young voters.",
        [("Recent polls", "suggest", "the governor is losing support among young voters")],
    ),
    (
        "The finance minister is optimistic the deficit will shrink next year.",
        [("The finance minister", "is optimistic", "the deficit will shrink next year")],
    ),
    (
        "Investigators are unclear whether the fire was set deliberately.",
        [("Investigators", "are unclear", "whether the fire was set deliberately")],
    ),
    ("Most farmers support the new water rules.", [("Most farmers", "support", "the new water rules")]),
    (
        "The league opposes any expansion of the playoff format.",
        [("The league", "opposes", "any expansion of the playoff format")],
    ),
    (
        "The president appeared to acknowledge that the talks had stalled.",
        [("The president", "appeared to acknowledge", "the talks had stalled")],
    ),
    (
        "The striker expressed frustration with the referee's decisions.",
        [("The striker", "expressed", "frustration with the referee's decisions")],
    ),
    ("The bank declined to comment.", [("The bank", "declined", "comment")]),
    (
        "The airline offered no explanation for the delays.",
        [("The airline", "offered", "no explanation for the delays")],
    ),
    (
        "The regulator cited safety concerns in halting the launch.",
        [("The regulator", "cited", "safety concerns")],
    ),
    (
        "The coach blasted the referee's decision after the game.",
        [("The coach", "blasted", "the referee's decision")],
    ),
    (
        "Farmers lobbied the government to scrap the fuel tax.",
        [("Farmers", "lobbied", "the government to scrap the fuel tax")],
    ),
    (
        "The chancellor laid out her plan to cut the deficit.",
        [("The chancellor", "laid out", "her plan to cut the deficit")],
    ),
    (
        "The researchers presented evidence that the drug slows memory loss.",
        [("The researchers", "presented", "evidence that the drug slows memory loss")],
    ),
    (
        "The opposition hammered the government over rising rents.",
        [("The opposition", "hammered", "the government over rising rents")],
    ),
    (
        "The agency listed flooding and drought as the main risks.",
        [("The agency", "listed", "flooding and drought as the main risks")],
    ),
    (
        "Fans dubbed the match the final of the decade.",
        [("Fans", "dubbed", "the match the final of the decade")],
    ),
    (
        "The two ministers discussed a plan to reopen the border crossing.",
        [("The two ministers", "discussed", "a plan to reopen the border crossing")],
    ),
    ("The mayor made the case for a new tram line.", [("The mayor", "made the case", "for a new tram line")]),
    (
        "“You think you have seen everything, and then this happens,” the firefighter said.",
        [("the firefighter", "said", "You think you have seen everything, and then this happens")],
    ),
    ("A late goal denied the visitors a first win of the season.", []),
    ("The funds are shared according to a formula set by parliament.", []),
    ("The rain continued through the night.", []),
    (
        "The police said the crowd had dispersed peacefully, adding that no arrests were made.",
        [
            ("The police", "said", "the crowd had dispersed peacefully"),
            ("The police", "adding", "no arrests were made"),
        ],
    ),
    (
        "“We are not leaving,” the mayor said, “and we will rebuild every house.”",
        [("the mayor", "said", "We are not leaving,” the mayor said, “and we will rebuild every house.")],
    ),
    (
        "The ambassador said of the treaty that it had kept the peace for a decade.",
        [("The ambassador", "said of", "it had kept the peace for a decade")],
    ),
    (
        "The auditor pointed out that two contracts had never been signed.",
        [("The auditor", "pointed out", "two contracts had never been signed")],
    ),
    (
        "The treasurer said the fund was empty and that pensions would be paid late.",
        [("The treasurer", "said", "the fund was empty and that pensions would be paid late")],
    ),
    (
        "Officials said Monday the bridge would reopen within a week.",
        [("Officials", "said", "the bridge would reopen within a week")],
    ),
    ("The striker said after the game his knee was fine.", [("The striker", "said", "his knee was fine")]),
    (
        "The lawyer said his client believed the contract was legal.",
        [
            ("The lawyer", "said", "his client believed the contract was legal"),
            ("his client", "believed", "the contract was legal"),
        ],
    ),
    (
        "The farmer said he felt the subsidy was unfair.",
        [("The farmer", "said", "he felt the subsidy was unfair")],
    ),
    (
        "The residents said they wanted the factory closed.",
        [("The residents", "said", "they wanted the factory closed")],
    ),
    (
        "“I feel we have been ignored for years,” said a nurse at the clinic.",
        [("a nurse at the clinic", "said", "I feel we have been ignored for years")],
    ),
    (
        "The central bank expects inflation to ease, while economists warn of a slowdown.",
        [("The central bank", "expects", "inflation to ease"), ("economists", "warn of", "a slowdown")],
    ),
    (
        "Inflation will ease next year, said the central bank governor.",
        [("the central bank governor", "said", "Inflation will ease next year")],
    ),
    (
        "The tribunal ruled that the strike had been lawful.",
        [("The tribunal", "ruled", "the strike had been lawful")],
    ),
    (
        "Scientists have long argued that the reef cannot recover without cooler water.",
        [("Scientists", "have long argued", "the reef cannot recover without cooler water")],
    ),
    (
        "The prime minister's office declined to say whether the visit would go ahead.",
        [("The prime minister's office", "declined", "say whether the visit would go ahead")],
    ),
    ("The company refused to move its headquarters.", []),
    (
        "“The season is over for him,” the manager told reporters, “but he will be back stronger.”",
        [
            (
                "the manager",
                "told",
                "The season is over for him,” the manager told reporters, “but he will be back stronger.",
            )
        ],
    ),
    (
        "“The season is over for him,” the manager said. “He will be back next year.”",
        [
            ("the manager", "said", "The season is over for him"),
            ("the manager", "said", "He will be back next year."),
        ],
    ),
    (
        "The minister warned against cutting the research budget.",
        [("The minister", "warned against", "cutting the research budget")],
    ),
    (
        "Several senators complained about the cost of the program.",
        [("Several senators", "complained about", "the cost of the program")],
    ),
    (
        "Two witnesses testified that the defendant had left the bar before midnight.",
        [("Two witnesses", "testified", "the defendant had left the bar before midnight")],
    ),
    (
        "The findings, the authors wrote, point to a link between air pollution and dementia.",
        [
            (
                "the authors",
                "wrote",
                "The findings, the authors wrote, point to a link between air pollution and dementia",
            )
        ],
    ),
    (
        "Exports fell by a fifth in the first quarter, customs figures showed.",
        [("customs figures", "showed", "Exports fell by a fifth in the first quarter")],
    ),
    (
        "The club's owner is understood to be considering a sale.",
        [("", "is understood", "The club's owner is understood to be considering a sale")],
    ),
    ("The council is working according to a plan agreed last year.", []),
    (
        "The general criticised the army for failing to protect civilians.",
        [("The general", "criticised", "the army for failing to protect civilians")],
    ),
    (
        "The company's chief executive spelled out the risks to shareholders.",
        [("The company's chief executive", "spelled out", "the risks")],
    ),
    (
        "The senator has made clear that she will not support the nominee.",
        [("The senator", "has made clear", "she will not support the nominee")],
    ),
    (
        "The governor made it clear that he would veto the bill.",
        [("The governor", "made it clear", "he would veto the bill")],
    ),
    ("The rain made the road clear of dust.", []),
    (
        "Trump, who has repeatedly claimed that the election was rigged, told supporters he would accept the result.",
        [
            ("Trump", "has repeatedly claimed", "the election was rigged"),
            ("Trump", "told", "he would accept the result"),
        ],
    ),
    ("The union pressed for higher wages.", [("The union", "pressed for", "higher wages")]),
    ("Fighting intensified, with troops pressing on the two towns.", []),
    ("Hamas refused to release any more hostages.", []),
    ("Leaders will discuss the new air-defence batteries at the summit.", []),
    (
        "The premier has called the agreement the worst deal ever made.",
        [("The premier", "has called", "the agreement the worst deal ever made")],
    ),
    (
        "The president described the meeting as productive and said talks would continue.",
        [
            ("The president", "described", "the meeting as productive"),
            ("The president", "said", "talks would continue"),
        ],
    ),
    (
        "The ministry was quoted by state media as saying the border would stay closed.",
        [("The ministry", "as saying", "the border would stay closed")],
    ),
    (
        "Democrats accused Republicans of blocking the bill, a charge Republicans denied.",
        [
            ("Democrats", "accused", "Republicans of blocking the bill"),
            ("Republicans", "denied", "a charge"),
        ],
    ),
    (
        "The plan, critics argue, would add billions to the debt.",
        [("critics", "argue", "The plan, critics argue, would add billions to the debt")],
    ),
    (
        "The minister put it simply: there is no more money.",
        [("The minister", "put it", "there is no more money")],
    ),
    ("As the senator put it, the bill is dead.", [("the senator", "put it", "the bill is dead")]),
    ("She put it on the table.", []),
    ("The mayor apologized for the delays.", [("The mayor", "apologized for", "the delays")]),
    (
        "Several lawmakers pushed back against the proposal.",
        [("Several lawmakers", "pushed back against", "the proposal")],
    ),
    ("The union pushed for a shorter week.", [("The union", "pushed for", "a shorter week")]),
    ("The crowd pushed against the barriers.", []),
    ("Troops pushed back the enemy.", []),
    ("The candidate promised voters a tax cut.", [("The candidate", "promised", "a tax cut")]),
    (
        "The president mocked the reporter's question.",
        [("The president", "mocked", "the reporter's question")],
    ),
    ("The fire claimed three lives.", []),
    ("The new bridge supports heavy trucks.", []),
    ("The navy hammered enemy positions overnight.", []),
    (
        "The chairman lashed out at the judge overseeing the case.",
        [("The chairman", "lashed out at", "the judge overseeing the case")],
    ),
]


@pytest.mark.parametrize("text, want", SHAPES)
def test_shape(analyser, text, want):
    got = [(s["speaker"]["text"], s["cue"]["text"], s["content"]["text"]) for s in statements(analyser, text)]
    assert sorted(got) == sorted(want)


def test_a_quotation_split_by_its_attribution_has_two_parts(analyser):
    text = (
        "\u201cThe season is over for him,\u201d the manager told reporters, \u201cbut he will be back.\u201d"
    )
    (s,) = statements(analyser, text)
    assert s["kind"] == "direct" and s["addressee"]["text"] == "reporters"
    assert [p["text"] for p in s["content_parts"]] == ["The season is over for him", "but he will be back."]
    assert s["content"]["start"] == s["content_parts"][0]["start"]
    assert s["content"]["end"] == s["content_parts"][-1]["end"]


def test_a_statement_with_no_one_named(analyser):
    (s,) = statements(analyser, "It is believed that the ship sank within minutes.")
    assert s["speaker"]["text"] == "" and s["speaker"]["type"] == "unknown"
    assert s["speaker"]["start"] == s["cue"]["start"] and s["speaker"]["name"] is None
    assert (s["cue"]["text"], s["content"]["text"], s["stance"]) == (
        "is believed",
        "the ship sank within minutes",
        "believe",
    )


@pytest.mark.parametrize(
    "text, stance, negated",
    [
        ("The club declined to comment.", "decline", False),
        ("The ministry refused to confirm the casualty figures.", "decline", False),
        ("The minister ruled out a rise in fuel duty.", "deny", False),
        ("The union called the offer an insult.", "assert", False),
        ("The union called for a national strike.", "urge", False),
        ("Prosecutors allegedly hid the evidence for months.", "claim", False),
    ],
)
def test_stances_of_the_new_cues(analyser, text, stance, negated):
    sts = statements(analyser, text)
    assert sts and sts[0]["stance"] == stance and sts[0]["negated"] is negated


def test_a_third_partys_belief_nests_but_the_speakers_own_does_not(analyser):
    third = statements(analyser, "The lawyer said his client believed the contract was legal.")
    inner = next(s for s in third if s["cue"]["text"] == "believed")
    assert inner["parent"] == next(s["id"] for s in third if s["cue"]["text"] == "said")
    own = statements(analyser, "The farmer said he felt the subsidy was unfair.")
    assert [s["cue"]["text"] for s in own] == ["said"]
