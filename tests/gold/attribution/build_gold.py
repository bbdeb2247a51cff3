"""Build tests/gold/attribution/gold.jsonl from the reports and annotations below.

usage: python tests/gold/attribution/build_gold.py        (rewrites gold.jsonl beside this file)

Every report is invented newswire written by the team for this gold set: the officials below
head-of-state or government-spokesman level, the units, the figures and every quotation were
made up. Real places and a few real public figures appear as in any news report, but none of
the words attributed to them here were ever said.

Each span is given by its substring and located here, never counted by hand:
    "substring"                   must occur exactly once in the report's text
    ("substring", 2)              the third occurrence (0-based index)
    ("substring", "anchor")       `anchor` occurs exactly once in the text and contains
                                  `substring` exactly once
and `text[start:end] == substring` is asserted for every span. The script also checks the
annotation conventions of tests/gold/README.md ("Attribution") that can be checked by machine
(quote marks and complementizers outside content, kinds, stances, parents, text order).
The output is deterministic: running it twice gives the same bytes.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gold.jsonl"

KINDS = {"direct", "indirect", "mixed", "according_to"}
STANCES = {
    "assert",
    "confirm",
    "admit",
    "claim",
    "deny",
    "expect",
    "believe",
    "suspect",
    "warn",
    "promise",
    "accuse",
    "question",
    "announce",
    "report",
    "estimate",
    "hope",
    "fear",
    "intend",
    "urge",
    "agree",
    "suggest",
    "decline",
}
TYPES = {"person", "organisation", "country", "group", "document", "unknown"}
OPEN_Q = '\u201c"'
CLOSE_Q = '\u201d"'
NOUN_CUES = {"claim", "claims", "assertion", "accusation", "warning", "denial", "promise"}
PRONOUNS = {"he", "she", "it", "they", "its report", "its daily bulletin"}


def S(
    sp,
    cue,
    co,
    kind="indirect",
    stance="assert",
    *,
    name,
    role=None,
    type="person",
    cond=False,
    neg=False,
    cite=None,
    venue=None,
    to=None,
    parent=None,
    broken=False,
    parts=None,
):
    """One statement. sp/cue/co/cite/venue/to are span specs (see module docstring). `sp` None:
    no one is named ("is said to", "reportedly"); the speaker is an empty span at the cue.
    `parts`: the pieces of a content split by its own attribution ('“A,” he said, “b.”')."""
    return {
        "sp": sp,
        "cue": cue,
        "co": co,
        "kind": kind,
        "stance": stance,
        "name": name,
        "role": role,
        "type": type,
        "cond": cond,
        "neg": neg,
        "cite": cite,
        "venue": venue,
        "to": to,
        "parent": parent,
        "broken": broken,
        "parts": parts,
    }


REPORTS: list[dict] = []


def R(rid, published, split, paras, *statements, headline=False):
    REPORTS.append(
        {
            "id": rid,
            "published": published,
            "split": split,
            "paras": paras,
            "statements": list(statements),
            "headline": headline,
        }
    )


# --------------------------------------------------------------------------------------------
# a001  headline resolved from the body; "has confirmed" + venue; quote-then-"X said"; title
R(
    "a001",
    "2025-01-13",
    "dev",
    [
        "Energy minister confirms second strike on Kharkiv heating plant",
        "A Russian missile hit the same heating plant in Kharkiv for the second time in a week, "
        "Ukraine’s Energy Minister Olena Dovzhenko has confirmed in a televised briefing.",
        "Repair crews had restored only part of the plant’s capacity after the first attack. About "
        "90,000 households in the north of the city were without heating on Saturday.",
        "“We will bring mobile boilers from Poltava, but the frost is faster than our trucks,” "
        "Dovzhenko said.",
        "The minister added that the operator had asked European partners for two spare transformers.",
    ],
    S(
        "Energy minister",
        "confirms",
        "second strike on Kharkiv heating plant",
        "indirect",
        "confirm",
        name="Olena Dovzhenko",
        role="Energy minister",
    ),
    S(
        "Ukraine’s Energy Minister Olena Dovzhenko",
        "has confirmed",
        "A Russian missile hit the same heating plant in Kharkiv for the second time in a week",
        "indirect",
        "confirm",
        name="Olena Dovzhenko",
        role="Ukraine’s Energy Minister",
        venue="in a televised briefing",
    ),
    S(
        ("Dovzhenko", "Dovzhenko said"),
        ("said", "Dovzhenko said"),
        "We will bring mobile boilers from Poltava, but the frost is faster than our trucks",
        "direct",
        name="Olena Dovzhenko",
    ),
    S(
        "The minister",
        "added",
        "the operator had asked European partners for two spare transformers",
        name="Olena Dovzhenko",
        role="minister",
    ),
    headline=True,
)

# a002  according to + organisation; told reporters; pronoun; unnamed spokesman + venue
R(
    "a002",
    "2025-01-17",
    "dev",
    [
        "U.S. warships shot down four drones over the Red Sea on Thursday, according to the Pentagon.",
        "The drones were launched from Houthi-controlled areas of Yemen, Pentagon spokeswoman Karen "
        "Whitley told reporters. No ship was damaged, she said.",
        "A Houthi military spokesman said in a televised statement that the group had targeted an "
        "American aircraft carrier and would continue its attacks.",
    ],
    S(
        ("Pentagon", "according to the Pentagon"),
        "according to",
        "U.S. warships shot down four drones over the Red Sea on Thursday",
        "according_to",
        name="Pentagon",
        type="organisation",
    ),
    S(
        "Pentagon spokeswoman Karen Whitley",
        "told",
        "The drones were launched from Houthi-controlled areas of Yemen",
        name="Karen Whitley",
        role="Pentagon spokeswoman",
        to="reporters",
    ),
    S(("she", "she said"), ("said", "she said"), "No ship was damaged", name="Karen Whitley"),
    S(
        "A Houthi military spokesman",
        ("said", "spokesman said"),
        "the group had targeted an American aircraft carrier and would continue its attacks",
        name=None,
        role="Houthi military spokesman",
        venue="in a televised statement",
    ),
)

# a003  organisation with country possessive; nested belief inside an anonymous source
R(
    "a003",
    "2025-01-22",
    "test",
    [
        "North Korea fired two short-range ballistic missiles into the sea off its east coast early on "
        "Wednesday, South Korea’s Joint Chiefs of Staff said.",
        "The missiles flew about 350 kilometres before falling outside Japan’s exclusive economic "
        "zone, the JCS said in a statement.",
        "Seoul believes the launch was timed to coincide with the start of joint drills with the "
        "United States, a senior South Korean military official told reporters on condition of "
        "anonymity.",
        "Japan’s Defence Ministry said it had not detected any damage to ships or aircraft.",
    ],
    S(
        "South Korea’s Joint Chiefs of Staff",
        ("said", "Staff said"),
        "North Korea fired two short-range ballistic missiles into the sea off its east coast early on "
        "Wednesday",
        name="Joint Chiefs of Staff",
        type="organisation",
    ),
    S(
        "JCS",
        ("said", "JCS said"),
        "The missiles flew about 350 kilometres before falling outside Japan’s exclusive economic zone",
        name="Joint Chiefs of Staff",
        type="organisation",
        venue="in a statement",
    ),
    S(
        "a senior South Korean military official",
        "told",
        "Seoul believes the launch was timed to coincide with the start of joint drills with the "
        "United States",
        name=None,
        role="senior South Korean military official",
        to="reporters",
    ),
    S(
        "Seoul",
        "believes",
        "the launch was timed to coincide with the start of joint drills with the United States",
        "indirect",
        "believe",
        name="Government of South Korea",
        type="country",
        parent=2,
    ),
    S(
        "Japan’s Defence Ministry",
        ("said", "Ministry said"),
        "it had not detected any damage to ships or aircraft",
        name="Defence Ministry",
        type="organisation",
    ),
)

# a004  metonym denial; organisation with apposition; accuse X of Y; shared subject
R(
    "a004",
    "2025-01-27",
    "dev",
    [
        "Bamako denied on Monday that its soldiers and their Russian allies had killed civilians during "
        "a search operation near the Mauritanian border.",
        "The Timbuktu Civil Rights Collective, a local group, said on Sunday that at least 23 men had "
        "been taken from their homes and shot after soldiers searched the village.",
        "The Malian army accused the collective of relaying propaganda from armed groups and said its "
        "units had killed “several terrorists” in the operation.",
        "Access to the area is restricted and the accounts could not be verified.",
    ],
    S(
        "Bamako",
        "denied",
        "its soldiers and their Russian allies had killed civilians during a search operation near "
        "the Mauritanian border",
        "indirect",
        "deny",
        name="Government of Mali",
        type="country",
    ),
    S(
        "Timbuktu Civil Rights Collective",
        ("said", "group, said"),
        "at least 23 men had been taken from their homes and shot after soldiers searched the village",
        name="Timbuktu Civil Rights Collective",
        role="a local group",
        type="organisation",
    ),
    S(
        "The Malian army",
        "accused",
        "the collective of relaying propaganda from armed groups",
        "indirect",
        "accuse",
        name="Malian army",
        type="organisation",
    ),
    S(
        "The Malian army",
        ("said", "and said"),
        "its units had killed “several terrorists” in the operation",
        name="Malian army",
        type="organisation",
    ),
)

# a005  mixed accusation; colon attribution with a metonym; dash attribution
R(
    "a005",
    "2025-02-02",
    "dev",
    [
        "Kosovo police closed two border crossings with Serbia on Friday after a grenade was thrown at "
        "a patrol near Zubin Potok, injuring one officer.",
        "Interior Minister Besnik Rama blamed “criminal structures directed from Belgrade” for the attack.",
        "And from Belgrade: “Serbia has nothing to do with this incident and will not accept being made "
        "a scapegoat.”",
        "“We ask both sides to lower the tone and let the police do their work.” — a spokesperson for "
        "the European Union’s foreign service.",
    ],
    S(
        "Interior Minister Besnik Rama",
        "blamed",
        "“criminal structures directed from Belgrade” for the attack",
        "mixed",
        "accuse",
        name="Besnik Rama",
        role="Interior Minister",
    ),
    S(
        ("Belgrade", "from Belgrade:"),
        (":", "Belgrade:"),
        "Serbia has nothing to do with this incident and will not accept being made a scapegoat.",
        "direct",
        name="Government of Serbia",
        type="country",
    ),
    S(
        "a spokesperson for the European Union’s foreign service",
        "—",
        "We ask both sides to lower the tone and let the police do their work.",
        "direct",
        name=None,
        role="spokesperson for the European Union’s foreign service",
    ),
)

# a006  "X began talking." + a quotation over two paragraphs (reopened quote mark)
R(
    "a006",
    "2025-02-05",
    "test",
    [
        "In a cellar on the edge of Pokrovsk, drone pilot Oksana Melnyk began talking only after the "
        "generator was switched off.",
        "“They come in pairs now, one to film and one to strike. We lose the signal twice an hour.",
        "“Last month we had four pilots. Now we have two, and the second one is me.”",
        "The press service of the 131st Mechanised Brigade said later that the unit had received twelve "
        "new drones from volunteers.",
    ],
    S(
        "drone pilot Oksana Melnyk",
        "began talking",
        "They come in pairs now, one to film and one to strike. We lose the signal twice an hour.\n\n"
        "“Last month we had four pilots. Now we have two, and the second one is me.",
        "direct",
        name="Oksana Melnyk",
        role="drone pilot",
    ),
    S(
        "The press service of the 131st Mechanised Brigade",
        ("said", "Brigade said"),
        "the unit had received twelve new drones from volunteers",
        name="press service of the 131st Mechanised Brigade",
        type="organisation",
    ),
)

# a007  headline organisation; negated cue split by "however"; noun cue nested in "X added"
R(
    "a007",
    "2025-02-08",
    "dev",
    [
        "Kremlin rejects report of new mobilisation wave",
        "Kremlin spokesman Dmitry Peskov said on Tuesday that there were no plans for another call-up "
        "of reservists.",
        "He did not deny, however, that the Defence Ministry had asked regional governors to update "
        "lists of men eligible for service.",
        "Claims by Ukraine’s Main Intelligence Directorate that 150,000 men would be summoned before "
        "April were “a provocation”, Peskov added.",
    ],
    S(
        ("Kremlin", "Kremlin rejects"),
        "rejects",
        "report of new mobilisation wave",
        "indirect",
        "deny",
        name="Kremlin",
        type="organisation",
    ),
    S(
        "Kremlin spokesman Dmitry Peskov",
        ("said", "Peskov said"),
        "there were no plans for another call-up of reservists",
        name="Dmitry Peskov",
        role="Kremlin spokesman",
    ),
    S(
        ("He", "He did not deny"),
        "did not deny",
        "the Defence Ministry had asked regional governors to update lists of men eligible for service",
        "indirect",
        "deny",
        name="Dmitry Peskov",
        neg=True,
    ),
    S(
        ("Peskov", "Peskov added"),
        "added",
        "Claims by Ukraine’s Main Intelligence Directorate that 150,000 men would be summoned before "
        "April were “a provocation”",
        name="Dmitry Peskov",
    ),
    S(
        "Ukraine’s Main Intelligence Directorate",
        "Claims",
        "150,000 men would be summoned before April",
        "indirect",
        "claim",
        name="Main Intelligence Directorate",
        type="organisation",
        parent=3,
    ),
    headline=True,
)

# a008  headline "..., analysts say"; forecast; document "Its report estimates"; venue
R(
    "a008",
    "2025-02-11",
    "dev",
    [
        "Gas storage to end winter half full, analysts say",
        "European gas storage will be about 55 per cent full when the heating season ends in March, the "
        "Brussels-based think tank Energy Security Watch forecast on Thursday.",
        "Its report estimates that the bloc will need to import about a tenth more liquefied natural "
        "gas this year than last, mostly from the United States and Qatar.",
        "The European Commission said in a statement that member states had met their storage targets "
        "and supplies were secure.",
    ],
    S("analysts", "say", "Gas storage to end winter half full", name=None, type="group"),
    S(
        "Brussels-based think tank Energy Security Watch",
        "forecast",
        "European gas storage will be about 55 per cent full when the heating season ends in March",
        "indirect",
        "expect",
        name="Energy Security Watch",
        role="Brussels-based think tank",
        type="organisation",
    ),
    S(
        "Its report",
        "estimates",
        "the bloc will need to import about a tenth more liquefied natural gas this year than last, "
        "mostly from the United States and Qatar",
        "indirect",
        "estimate",
        name="Energy Security Watch report",
        type="document",
    ),
    S(
        "European Commission",
        "said",
        "member states had met their storage targets and supplies were secure",
        name="European Commission",
        type="organisation",
        venue="in a statement",
    ),
    headline=True,
)

# a009  "According to X, Y has confirmed to Z that ..." (nested); conditional; surname
R(
    "a009",
    "2025-02-14",
    "test",
    [
        "According to Estonia’s Foreign Minister Kaarel Tamm, Budapest has confirmed to its EU partners "
        "that it will not block the next package of sanctions against Russia.",
        "Tamm told reporters that the package could be approved before the end of the month if Slovakia "
        "also dropped its objections.",
        "Hungary’s government did not respond to a request for comment. The package targets tankers of "
        "Russia’s shadow fleet and several trading firms in third countries.",
    ],
    S(
        "Estonia’s Foreign Minister Kaarel Tamm",
        "According to",
        "Budapest has confirmed to its EU partners that it will not block the next package of "
        "sanctions against Russia",
        "according_to",
        name="Kaarel Tamm",
        role="Estonia’s Foreign Minister",
    ),
    S(
        "Budapest",
        "has confirmed",
        "it will not block the next package of sanctions against Russia",
        "indirect",
        "confirm",
        name="Government of Hungary",
        type="country",
        to="its EU partners",
        parent=0,
    ),
    S(
        ("Tamm", "Tamm told"),
        "told",
        "the package could be approved before the end of the month if Slovakia also dropped its objections",
        name="Kaarel Tamm",
        to="reporters",
        cond=True,
    ),
)

# a010  anonymous group with a nested plan; "one of them"; anonymous official, then direct
R(
    "a010",
    "2025-02-18",
    "dev",
    [
        "Egyptian and Qatari mediators plan to present a revised proposal for a truce in Gaza next week, "
        "two people briefed on the plans said on Sunday.",
        "The proposal would include a 60-day pause in the fighting and the release of hostages in "
        "stages, one of them said.",
        "A Hamas official, speaking on condition of anonymity, said the group had not yet received any "
        "new text. Israel's government declined to comment.",
        '"We hear about proposals every week from the newspapers, not from the mediators," the '
        "official said.",
    ],
    S(
        "two people briefed on the plans",
        ("said", "plans said"),
        "Egyptian and Qatari mediators plan to present a revised proposal for a truce in Gaza next week",
        name=None,
        type="group",
    ),
    S(
        "Egyptian and Qatari mediators",
        ("plan", "mediators plan"),
        "present a revised proposal for a truce in Gaza next week",
        "indirect",
        "intend",
        name=None,
        type="group",
        parent=0,
    ),
    S(
        "one of them",
        ("said", "them said"),
        "The proposal would include a 60-day pause in the fighting and the release of hostages in stages",
        name=None,
    ),
    S(
        "A Hamas official",
        ("said", "anonymity, said"),
        "the group had not yet received any new text",
        name=None,
        role="Hamas official",
    ),
    # "declined to comment" is a statement: the infinitive is what was withheld
    S(
        "Israel's government",
        "declined",
        ("comment", "declined to comment"),
        "indirect",
        "decline",
        name="Government of Israel",
        type="country",
    ),
    S(
        ("the official", "the official said"),
        ("said", "official said"),
        "We hear about proposals every week from the newspapers, not from the mediators",
        "direct",
        name=None,
        role="official",
    ),
)

# a011  document according to / "The report says that"; question NP; shared subject "saying"
R(
    "a011",
    "2025-02-20",
    "dev",
    [
        "At least 1.2 million people have been displaced by fighting in Burkina Faso’s north and east, "
        "according to a new United Nations report.",
        "The report says that more than 400 schools remain closed because of attacks on teachers.",
        "Burkina Faso’s government questioned the figures, saying many families had already returned to "
        "their villages.",
        "The military authorities have restricted journalists’ access to much of the country since 2022.",
    ],
    S(
        "a new United Nations report",
        "according to",
        "At least 1.2 million people have been displaced by fighting in Burkina Faso’s north and east",
        "according_to",
        name="United Nations report",
        type="document",
    ),
    S(
        "The report",
        "says",
        "more than 400 schools remain closed because of attacks on teachers",
        name="United Nations report",
        type="document",
    ),
    S(
        "Burkina Faso’s government",
        "questioned",
        "the figures",
        "indirect",
        "question",
        name="Government of Burkina Faso",
        type="country",
    ),
    S(
        "Burkina Faso’s government",
        "saying",
        "many families had already returned to their villages",
        name="Government of Burkina Faso",
        type="country",
    ),
)

# a012  headline vow with a bare quoted term; "The ministry said: "..."" (two sentences); urge
R(
    "a012",
    "2025-02-24",
    "test",
    [
        "North Korea vows ‘overwhelming response’ to allied air drills",
        "North Korea’s Ministry of National Defence said in a statement carried by the state news agency "
        "KCNA that the joint exercises by South Korea and the United States were a rehearsal for an "
        "invasion.",
        "The ministry said: “Our army will answer every provocation with overwhelming force. The enemies "
        "should not test our patience.”",
        "South Korea’s Unification Ministry urged Pyongyang to stop “raising tensions with words and "
        "missiles.”",
    ],
    S(
        ("North Korea", "North Korea vows"),
        "vows",
        "‘overwhelming response’ to allied air drills",
        "indirect",
        "promise",
        name="Government of North Korea",
        type="country",
    ),
    S(
        "North Korea’s Ministry of National Defence",
        ("said", "Defence said"),
        "the joint exercises by South Korea and the United States were a rehearsal for an invasion",
        name="Ministry of National Defence",
        type="organisation",
        venue="in a statement carried by the state news agency KCNA",
    ),
    S(
        "The ministry",
        ("said", "ministry said"),
        "Our army will answer every provocation with overwhelming force. The enemies should not test "
        "our patience.",
        "direct",
        name="Ministry of National Defence",
        type="organisation",
    ),
    S(
        "South Korea’s Unification Ministry",
        "urged",
        "Pyongyang to stop “raising tensions with words and missiles.”",
        "mixed",
        "urge",
        name="Unification Ministry",
        type="organisation",
    ),
)

# a013  quote marks inside the speaker span; "...," said X, relative-clause apposition; warn if
R(
    "a013",
    "2025-02-27",
    "dev",
    [
        "The head of the so-called “Srpska Guard” veterans’ association said on Sunday that his members "
        "would march through Banja Luka despite a ban by the state court.",
        "“Nobody will tell veterans where they may walk,” said Goran Vukić, who has led the association "
        "since 2019.",
        "Bosnia’s State Prosecutor’s Office warned that the organisers could face charges if the march "
        "went ahead.",
        "The EU’s special representative in Sarajevo called for calm.",
    ],
    S(
        "The head of the so-called “Srpska Guard” veterans’ association",
        ("said", "association said"),
        "his members would march through Banja Luka despite a ban by the state court",
        name="Goran Vukić",
        role="head of the so-called “Srpska Guard” veterans’ association",
    ),
    S(
        "Goran Vukić",
        ("said", "said Goran"),
        "Nobody will tell veterans where they may walk",
        "direct",
        name="Goran Vukić",
        role="who has led the association since 2019",
    ),
    S(
        "Bosnia’s State Prosecutor’s Office",
        "warned",
        "the organisers could face charges if the march went ahead",
        "indirect",
        "warn",
        name="State Prosecutor’s Office",
        type="organisation",
        cond=True,
    ),
    S(
        "The EU’s special representative in Sarajevo",
        "called for",
        "calm",
        "indirect",
        "urge",
        name=None,
        role="EU’s special representative in Sarajevo",
    ),
)

# a014  report NP; "the General Staff said in ..."; "it said"; "has claimed"; negated confirm; admit
R(
    "a014",
    "2025-03-02",
    "dev",
    [
        "Ukraine’s General Staff reported 156 clashes along the front line over the past 24 hours.",
        "Nearly a third of them took place near Pokrovsk, the General Staff said in its morning update "
        "on Facebook. Russian forces also tried to advance near Kupiansk and Lyman but were pushed back, "
        "it said.",
        "Russia’s Defence Ministry has claimed that its troops captured two more villages in the Donetsk "
        "region. The General Staff did not confirm the loss of either village but admitted that the "
        "situation near Toretsk was “difficult”.",
    ],
    S(
        "Ukraine’s General Staff",
        "reported",
        "156 clashes along the front line over the past 24 hours",
        "indirect",
        "report",
        name="General Staff",
        type="organisation",
    ),
    S(
        ("General Staff", "the General Staff said"),
        ("said", "Staff said in"),
        "Nearly a third of them took place near Pokrovsk",
        name="General Staff",
        type="organisation",
        venue="in its morning update on Facebook",
    ),
    S(
        ("it", "it said"),
        ("said", "it said"),
        "Russian forces also tried to advance near Kupiansk and Lyman but were pushed back",
        name="General Staff",
        type="organisation",
    ),
    S(
        "Russia’s Defence Ministry",
        "has claimed",
        "its troops captured two more villages in the Donetsk region",
        "indirect",
        "claim",
        name="Defence Ministry",
        type="organisation",
    ),
    S(
        ("General Staff", "The General Staff did"),
        "did not confirm",
        "the loss of either village",
        "indirect",
        "confirm",
        name="General Staff",
        type="organisation",
        neg=True,
    ),
    S(
        ("General Staff", "The General Staff did"),
        "admitted",
        "the situation near Toretsk was “difficult”",
        "indirect",
        "admit",
        name="General Staff",
        type="organisation",
    ),
)

# a015  two nested statements (acknowledge to; suspect); metonym denial; quote + told
R(
    "a015",
    "2025-03-05",
    "test",
    [
        "Iran has acknowledged to inspectors that it moved part of its enriched uranium stock to a new "
        "site, a Western diplomat accredited to the IAEA said.",
        "The diplomat said the agency suspects that the material was moved before surveillance cameras "
        "at the site were switched back on.",
        "Tehran denied moving any material without notice. “All our activities are under full "
        "safeguards,” Iran’s ambassador Hamid Rostami told state television.",
    ],
    S(
        "a Western diplomat accredited to the IAEA",
        ("said", "IAEA said"),
        "Iran has acknowledged to inspectors that it moved part of its enriched uranium stock to a new site",
        name=None,
        role="Western diplomat accredited to the IAEA",
    ),
    S(
        ("Iran", "Iran has acknowledged"),
        "has acknowledged",
        "it moved part of its enriched uranium stock to a new site",
        "indirect",
        "confirm",
        name="Government of Iran",
        type="country",
        to="inspectors",
        parent=0,
    ),
    S(
        "The diplomat",
        ("said", "diplomat said"),
        "the agency suspects that the material was moved before surveillance cameras at the site were "
        "switched back on",
        name=None,
        role="diplomat",
    ),
    S(
        "the agency",
        "suspects",
        "the material was moved before surveillance cameras at the site were switched back on",
        "indirect",
        "suspect",
        name="IAEA",
        type="organisation",
        parent=2,
    ),
    S(
        "Tehran",
        "denied",
        "moving any material without notice",
        "indirect",
        "deny",
        name="Government of Iran",
        type="country",
    ),
    S(
        "Iran’s ambassador Hamid Rostami",
        "told",
        "All our activities are under full safeguards",
        "direct",
        name="Hamid Rostami",
        role="Iran’s ambassador",
        to="state television",
    ),
)

# a016  venue + cited source; conditional; "The president" resolution; "He said: "...""
R(
    "a016",
    "2025-03-08",
    "dev",
    [
        "President Volodymyr Zelensky said in his nightly video address that Russia had moved around "
        "20,000 more troops toward Zaporizhzhia, citing reports from military intelligence.",
        "If partners deliver the promised air-defence systems before the summer, Ukraine can hold the "
        "southern line, he said.",
        'The president also urged allies to speed up the training of F-16 pilots. He said: "Every month '
        'of delay is paid for in our cities."',
        "Russian forces have made small gains west of Zaporizhzhia in recent weeks but have not broken "
        "through.",
    ],
    S(
        "President Volodymyr Zelensky",
        ("said", "Zelensky said"),
        "Russia had moved around 20,000 more troops toward Zaporizhzhia",
        name="Volodymyr Zelensky",
        role="President",
        venue="in his nightly video address",
        cite="citing reports from military intelligence",
    ),
    S(
        ("he", "he said"),
        ("said", "he said"),
        "If partners deliver the promised air-defence systems before the summer, Ukraine can hold the "
        "southern line",
        name="Volodymyr Zelensky",
        cond=True,
    ),
    S(
        "The president",
        "also urged",
        "allies to speed up the training of F-16 pilots",
        "indirect",
        "urge",
        name="Volodymyr Zelensky",
        role="president",
    ),
    S(
        ("He", "He said:"),
        ("said", "He said:"),
        "Every month of delay is paid for in our cities.",
        "direct",
        name="Volodymyr Zelensky",
    ),
)

# a017  group fear; "They"; told lawmakers; nested hope under an unnamed official
R(
    "a017",
    "2025-03-11",
    "dev",
    [
        "U.S. officials fear that North Korea could receive Russian help with satellite technology in "
        "return for the shells and troops it has sent to Russia.",
        "They said military cooperation between the two countries had deepened since they signed a "
        "mutual defence treaty last year.",
        "South Korea’s National Intelligence Service told lawmakers that it had seen no sign of "
        "preparations for a seventh nuclear test.",
        "Seoul hopes to resume military talks with the North after the presidential election, the NIS "
        "director said.",
    ],
    S(
        "U.S. officials",
        "fear",
        "North Korea could receive Russian help with satellite technology in return for the shells and "
        "troops it has sent to Russia",
        "indirect",
        "fear",
        name=None,
        type="group",
    ),
    S(
        ("They", "They said"),
        ("said", "They said"),
        "military cooperation between the two countries had deepened since they signed a mutual "
        "defence treaty last year",
        name=None,
        type="group",
    ),
    S(
        "South Korea’s National Intelligence Service",
        "told",
        "it had seen no sign of preparations for a seventh nuclear test",
        name="National Intelligence Service",
        type="organisation",
        to="lawmakers",
    ),
    S(
        "the NIS director",
        ("said", "director said"),
        "Seoul hopes to resume military talks with the North after the presidential election",
        name=None,
        role="NIS director",
    ),
    S(
        "Seoul",
        "hopes",
        "resume military talks with the North after the presidential election",
        "indirect",
        "hope",
        name="Government of South Korea",
        type="country",
        parent=3,
    ),
)

# a018  headline accusation by a capital; mixed with venue; rejected NP; quote + told AFP
R(
    "a018",
    "2025-03-14",
    "test",
    [
        "Niamey accuses France of backing rebels in the north",
        "Government spokesman Issoufou Garba said on state television that French intelligence officers "
        "had been “meeting rebel commanders in the desert for months” and supplying them with satellite "
        "phones.",
        "The French Foreign Ministry rejected the accusation.",
        "“France has no military presence in Niger and no contact with armed groups there,” a ministry "
        "spokesman told AFP.",
    ],
    S(
        "Niamey",
        "accuses",
        "France of backing rebels in the north",
        "indirect",
        "accuse",
        name="Government of Niger",
        type="country",
    ),
    S(
        "Government spokesman Issoufou Garba",
        "said",
        "French intelligence officers had been “meeting rebel commanders in the desert for months” and "
        "supplying them with satellite phones",
        "mixed",
        name="Issoufou Garba",
        role="Government spokesman",
        venue="on state television",
    ),
    S(
        "French Foreign Ministry",
        "rejected",
        "the accusation",
        "indirect",
        "deny",
        name="French Foreign Ministry",
        type="organisation",
    ),
    S(
        "a ministry spokesman",
        "told",
        "France has no military presence in Niger and no contact with armed groups there",
        "direct",
        name=None,
        role="ministry spokesman",
        to="AFP",
    ),
    headline=True,
)

# a019  question; a document's call nested in "told the council"; mixed at the sentence end
R(
    "a019",
    "2025-03-17",
    "dev",
    [
        "Washington questioned whether a Russian-drafted resolution before the UN Security Council would "
        "do anything to protect civilian shipping in the Black Sea.",
        "The text calls for an immediate halt to attacks on ports “by all sides” but does not mention "
        "Russia’s strikes on Ukrainian grain terminals, a U.S. diplomat told the council.",
        "Russia’s deputy ambassador Pavel Gromov said the United States was “afraid of any initiative "
        "that does not come from Washington.”",
        "A vote is expected on Friday.",
    ],
    S(
        ("Washington", "Washington questioned"),
        "questioned",
        "whether a Russian-drafted resolution before the UN Security Council would do anything to "
        "protect civilian shipping in the Black Sea",
        "indirect",
        "question",
        name="Government of the United States",
        type="country",
    ),
    S(
        "a U.S. diplomat",
        "told",
        "The text calls for an immediate halt to attacks on ports “by all sides” but does not mention "
        "Russia’s strikes on Ukrainian grain terminals",
        name=None,
        role="U.S. diplomat",
        to="the council",
    ),
    S(
        "The text",
        "calls for",
        "an immediate halt to attacks on ports “by all sides”",
        "indirect",
        "urge",
        name="Russian-drafted resolution",
        type="document",
        parent=1,
    ),
    S(
        "Russia’s deputy ambassador Pavel Gromov",
        "said",
        "the United States was “afraid of any initiative that does not come from Washington.”",
        "mixed",
        name="Pavel Gromov",
        role="Russia’s deputy ambassador",
    ),
)

# a020  organisation; according to a group; accuse with apposition role; organisation with title
R(
    "a020",
    "2025-03-19",
    "dev",
    [
        "The Zaporizhzhia nuclear plant lost its last external power line for more than five hours on "
        "Sunday, the International Atomic Energy Agency said.",
        "Diesel generators kept the cooling pumps running and radiation levels stayed normal, according "
        "to the agency’s experts at the site.",
        "Rosatom, the Russian state nuclear company that controls the plant, blamed Ukrainian shelling "
        "for the outage. Ukraine’s grid operator Ukrenergo said a Russian drone had hit a substation on "
        "the line.",
    ],
    S(
        "International Atomic Energy Agency",
        ("said", "Agency said"),
        "The Zaporizhzhia nuclear plant lost its last external power line for more than five hours on Sunday",
        name="International Atomic Energy Agency",
        type="organisation",
    ),
    S(
        "the agency’s experts at the site",
        "according to",
        "Diesel generators kept the cooling pumps running and radiation levels stayed normal",
        "according_to",
        name=None,
        type="group",
    ),
    S(
        "Rosatom",
        "blamed",
        "Ukrainian shelling for the outage",
        "indirect",
        "accuse",
        name="Rosatom",
        role="the Russian state nuclear company that controls the plant",
        type="organisation",
    ),
    S(
        "Ukraine’s grid operator Ukrenergo",
        ("said", "Ukrenergo said"),
        "a Russian drone had hit a substation on the line",
        name="Ukrenergo",
        role="Ukraine’s grid operator",
        type="organisation",
    ),
)

# a021  "Kyiv expects X to Y"; nested plan; group with negated auxiliary cue
R(
    "a021",
    "2025-03-21",
    "test",
    [
        "Kyiv expects the first of the new Patriot interceptors to arrive before the end of May.",
        "Germany plans to send two more IRIS-T air-defence systems this year, a spokesperson for the "
        "German defence ministry said.",
        "Pentagon officials would not confirm whether a further U.S. shipment had been approved. Russia "
        "launched more than 2,000 drones at Ukrainian cities last month.",
    ],
    S(
        "Kyiv",
        "expects",
        "the first of the new Patriot interceptors to arrive before the end of May",
        "indirect",
        "expect",
        name="Government of Ukraine",
        type="country",
    ),
    S(
        "a spokesperson for the German defence ministry",
        ("said", "ministry said"),
        "Germany plans to send two more IRIS-T air-defence systems this year",
        name=None,
        role="spokesperson for the German defence ministry",
    ),
    S(
        "Germany",
        "plans",
        "send two more IRIS-T air-defence systems this year",
        "indirect",
        "intend",
        name="Government of Germany",
        type="country",
        parent=1,
    ),
    S(
        "Pentagon officials",
        "would not confirm",
        "whether a further U.S. shipment had been approved",
        "indirect",
        "confirm",
        name=None,
        type="group",
        neg=True,
    ),
)

# a022  organisation + venue; broken quotation (opening mark never closed); dash attribution
R(
    "a022",
    "2025-03-24",
    "dev",
    [
        "Israeli aircraft struck targets in southern Lebanon on Tuesday for the third day in a row.",
        "The Israeli military said in a statement that it had hit a Hezbollah weapons depot near "
        "Nabatieh and a launcher used to fire rockets at the Galilee.",
        "“The strike hit a house where a family of six was sleeping, a Nabatieh municipal official said.",
        "“We are not at war with Lebanon, we are at war with Hezbollah.” — an Israeli army spokesman.",
    ],
    S(
        "The Israeli military",
        ("said", "military said"),
        "it had hit a Hezbollah weapons depot near Nabatieh and a launcher used to fire rockets at the "
        "Galilee",
        name="Israeli military",
        type="organisation",
        venue="in a statement",
    ),
    S(
        "a Nabatieh municipal official",
        ("said", "official said"),
        "The strike hit a house where a family of six was sleeping",
        "direct",
        name=None,
        role="Nabatieh municipal official",
        broken=True,
    ),
    S(
        "an Israeli army spokesman",
        "—",
        "We are not at war with Lebanon, we are at war with Hezbollah.",
        "direct",
        name=None,
        role="Israeli army spokesman",
    ),
)

# a023  "..., X said"; mixed with a 4+ word quotation; "stated"
R(
    "a023",
    "2025-03-26",
    "dev",
    [
        "Skopje will not change its constitution under pressure from Sofia, North Macedonia’s Foreign "
        "Minister Petar Ristovski said on Monday.",
        "Ristovski said his government was ready to resume talks “on the basis of mutual respect, not "
        "dictation.”",
        "Bulgaria’s Foreign Ministry stated that its position had not changed. The dispute has held up "
        "North Macedonia’s accession talks with the European Union since 2022.",
    ],
    S(
        "North Macedonia’s Foreign Minister Petar Ristovski",
        ("said", "Ristovski said on"),
        "Skopje will not change its constitution under pressure from Sofia",
        name="Petar Ristovski",
        role="North Macedonia’s Foreign Minister",
    ),
    S(
        ("Ristovski", "Ristovski said his"),
        ("said", "Ristovski said his"),
        "his government was ready to resume talks “on the basis of mutual respect, not dictation.”",
        "mixed",
        name="Petar Ristovski",
    ),
    S(
        "Bulgaria’s Foreign Ministry",
        "stated",
        "its position had not changed",
        name="Foreign Ministry",
        type="organisation",
    ),
)

# a024  "...," said X; unattributed continuation paragraph; continuation inside one paragraph
R(
    "a024",
    "2025-03-28",
    "test",
    [
        '"The Russians start firing at dusk, and we answer until midnight," said Viktor Hnatiuk, a '
        "colonel who commands an artillery brigade near Chasiv Yar.",
        '"We have shells again. Not as many as they have, but enough to make them think twice."',
        '"Ask me again in a month," he added. "Then I will tell you whether it was enough."',
        "Russian forces have been trying to capture Chasiv Yar since the spring of 2024.",
    ],
    S(
        "Viktor Hnatiuk",
        ("said", "said Viktor"),
        "The Russians start firing at dusk, and we answer until midnight",
        "direct",
        name="Viktor Hnatiuk",
        role="a colonel who commands an artillery brigade near Chasiv Yar",
    ),
    S(
        "Viktor Hnatiuk",
        ("said", "said Viktor"),
        "We have shells again. Not as many as they have, but enough to make them think twice.",
        "direct",
        name="Viktor Hnatiuk",
        role="a colonel who commands an artillery brigade near Chasiv Yar",
    ),
    S(("he", "he added"), "added", "Ask me again in a month", "direct", name="Viktor Hnatiuk"),
    S(
        ("he", "he added"),
        "added",
        "Then I will tell you whether it was enough.",
        "direct",
        name="Viktor Hnatiuk",
    ),
)

# a025  announce NP; surname-less short form of an organisation; bare quoted term (not mixed)
R(
    "a025",
    "2025-04-01",
    "dev",
    [
        "The U.S. Treasury on Thursday announced sanctions against 12 companies in China and the United "
        "Arab Emirates.",
        "The companies shipped more than $50 million worth of engines and navigation modules to Russian "
        "drone makers over two years, the Treasury said.",
        "A spokesperson for China’s foreign ministry said Beijing firmly opposed “illegal unilateral "
        "sanctions” and would protect the rights of Chinese firms. The UAE embassy in Washington did not "
        "respond to a request for comment.",
    ],
    S(
        "U.S. Treasury",
        "announced",
        "sanctions against 12 companies in China and the United Arab Emirates",
        "indirect",
        "announce",
        name="U.S. Treasury",
        type="organisation",
    ),
    S(
        ("Treasury", "the Treasury said"),
        ("said", "Treasury said"),
        "The companies shipped more than $50 million worth of engines and navigation modules to Russian "
        "drone makers over two years",
        name="U.S. Treasury",
        type="organisation",
    ),
    S(
        "A spokesperson for China’s foreign ministry",
        ("said", "ministry said"),
        "Beijing firmly opposed “illegal unilateral sanctions” and would protect the rights of Chinese firms",
        name=None,
        role="spokesperson for China’s foreign ministry",
    ),
)

# a026  group of officials; "In the words of X, ..." (mixed); plain said
R(
    "a026",
    "2025-04-03",
    "dev",
    [
        "Japan and South Korea agreed on Saturday to restore a hotline between their coast guards, the "
        "two countries’ foreign ministers said after meeting in Tokyo.",
        "In the words of South Korea’s Foreign Minister Park Ji-hoon, the hotline is “a small step that "
        "can prevent a big mistake.”",
        "Japan’s Foreign Minister Ayaka Mori said the leaders of both countries could meet before the end "
        "of the year. The hotline was suspended in 2023 after a dispute over a radar incident.",
    ],
    S(
        "the two countries’ foreign ministers",
        ("said", "ministers said"),
        "Japan and South Korea agreed on Saturday to restore a hotline between their coast guards",
        name=None,
        type="group",
    ),
    S(
        "South Korea’s Foreign Minister Park Ji-hoon",
        "In the words of",
        "the hotline is “a small step that can prevent a big mistake.”",
        "mixed",
        name="Park Ji-hoon",
        role="South Korea’s Foreign Minister",
    ),
    S(
        "Japan’s Foreign Minister Ayaka Mori",
        ("said", "Mori said"),
        "the leaders of both countries could meet before the end of the year",
        name="Ayaka Mori",
        role="Japan’s Foreign Minister",
    ),
)

# a027  claim + venue + cited source between cue and clause; "also said"; document reports;
#       dismissed NP + shared subject "saying"
R(
    "a027",
    "2025-04-06",
    "test",
    [
        "Russia’s Defence Ministry claimed on Telegram, citing air-defence reports, that 37 Ukrainian "
        "drones had been shot down over the Bryansk and Kursk regions overnight.",
        "The ministry also said a Ukrainian uncrewed boat had been destroyed near Sevastopol. Its daily "
        "bulletin reports that Russian forces struck “military-industrial facilities” in Kharkiv.",
        "Navy spokesman Andriy Sokil dismissed the report about the boat, saying Ukraine had carried out "
        "no naval operation near Crimea that night.",
        "Neither claim could be independently verified.",
    ],
    S(
        "Russia’s Defence Ministry",
        "claimed",
        "37 Ukrainian drones had been shot down over the Bryansk and Kursk regions overnight",
        "indirect",
        "claim",
        name="Defence Ministry",
        type="organisation",
        venue="on Telegram",
        cite="citing air-defence reports",
    ),
    S(
        "The ministry",
        "also said",
        "a Ukrainian uncrewed boat had been destroyed near Sevastopol",
        name="Defence Ministry",
        type="organisation",
    ),
    S(
        "Its daily bulletin",
        ("reports", "bulletin reports"),
        "Russian forces struck “military-industrial facilities” in Kharkiv",
        "indirect",
        "report",
        name="Defence Ministry daily bulletin",
        type="document",
    ),
    S(
        "Navy spokesman Andriy Sokil",
        "dismissed",
        "the report about the boat",
        "indirect",
        "deny",
        name="Andriy Sokil",
        role="Navy spokesman",
    ),
    S(
        "Navy spokesman Andriy Sokil",
        "saying",
        "Ukraine had carried out no naval operation near Crimea that night",
        name="Andriy Sokil",
        role="Navy spokesman",
    ),
)

# a028  announce clause; nested intention of a committee; told a news agency
R(
    "a028",
    "2025-04-09",
    "dev",
    [
        "Syria’s interim authorities announced on Sunday that a national dialogue conference would open "
        "in Damascus later this month.",
        "The organising committee intends to invite about 600 delegates from all provinces, its "
        "spokesman Hassan al-Dibs told the state news agency SANA.",
        "The Autonomous Administration of North and East Syria said it had not yet received an invitation.",
    ],
    S(
        "Syria’s interim authorities",
        "announced",
        "a national dialogue conference would open in Damascus later this month",
        "indirect",
        "announce",
        name="Government of Syria",
        type="country",
    ),
    S(
        "spokesman Hassan al-Dibs",
        "told",
        "The organising committee intends to invite about 600 delegates from all provinces",
        name="Hassan al-Dibs",
        role="spokesman",
        to="the state news agency SANA",
    ),
    S(
        "The organising committee",
        "intends",
        "invite about 600 delegates from all provinces",
        "indirect",
        "intend",
        name="organising committee",
        type="organisation",
        parent=1,
    ),
    S(
        "Autonomous Administration of North and East Syria",
        "said",
        "it had not yet received an invitation",
        name="Autonomous Administration of North and East Syria",
        type="organisation",
    ),
)

# a029  headline document; according to a document; "A statement from X said"; "based on" inside
#       content is not a cited source
R(
    "a029",
    "2025-04-12",
    "dev",
    [
        "Report says drone strikes killed dozens of civilians in central Mali",
        "Drone strikes by the Malian army killed at least 48 civilians in central Mali between January "
        "and March, according to a new report by the Sahel Rights Monitor.",
        "The report says that most of the victims were herders on their way to weekly markets.",
        "A statement from Mali’s army said it had struck “terrorist positions” and that its operations "
        "respected international law.",
        "The group said it had based its findings on interviews with 70 witnesses and on satellite images.",
    ],
    S(
        "Report",
        ("says", "Report says"),
        "drone strikes killed dozens of civilians in central Mali",
        name="Sahel Rights Monitor report",
        type="document",
    ),
    S(
        "a new report by the Sahel Rights Monitor",
        "according to",
        "Drone strikes by the Malian army killed at least 48 civilians in central Mali between January "
        "and March",
        "according_to",
        name="Sahel Rights Monitor report",
        type="document",
    ),
    S(
        "The report",
        ("says", "report says"),
        "most of the victims were herders on their way to weekly markets",
        name="Sahel Rights Monitor report",
        type="document",
    ),
    S(
        "Mali’s army",
        ("said", "army said"),
        "it had struck “terrorist positions” and that its operations respected international law",
        name="Malian army",
        type="organisation",
    ),
    S(
        "The group",
        ("said", "group said"),
        "it had based its findings on interviews with 70 witnesses and on satellite images",
        name="Sahel Rights Monitor",
        type="organisation",
    ),
    headline=True,
)

# a030  noun cue nested in a rejection; told parliament; "X's assertion that"; organisation
R(
    "a030",
    "2025-04-15",
    "test",
    [
        "Serbia rejected Pristina’s claim that armed Serbs who attacked police in northern Kosovo had "
        "trained at a Serbian army base.",
        "Kosovo’s Interior Minister Driton Berisha told parliament that investigators had found "
        "army-issue equipment and a training manual among the seized weapons.",
        "Berisha’s assertion that the attack was planned in Serbia has not been backed by NATO "
        "peacekeepers. KFOR said the weapons were of military grade.",
    ],
    S(
        ("Serbia", "Serbia rejected"),
        "rejected",
        "Pristina’s claim that armed Serbs who attacked police in northern Kosovo had trained at a "
        "Serbian army base",
        "indirect",
        "deny",
        name="Government of Serbia",
        type="country",
    ),
    S(
        "Pristina",
        "claim",
        "armed Serbs who attacked police in northern Kosovo had trained at a Serbian army base",
        "indirect",
        "claim",
        name="Government of Kosovo",
        type="country",
        parent=0,
    ),
    S(
        "Kosovo’s Interior Minister Driton Berisha",
        "told",
        "investigators had found army-issue equipment and a training manual among the seized weapons",
        name="Driton Berisha",
        role="Kosovo’s Interior Minister",
        to="parliament",
    ),
    S(
        ("Berisha", "Berisha’s assertion"),
        "assertion",
        "the attack was planned in Serbia",
        name="Driton Berisha",
    ),
    S("KFOR", "said", "the weapons were of military grade", name="KFOR", type="organisation"),
)

# a031  warn; pronoun; multi-sentence quote + told; conditional unattributed continuation
R(
    "a031",
    "2025-04-18",
    "dev",
    [
        "Ukraine will need to import at least 4.6 billion cubic metres of gas before next winter, Naftogaz "
        "chief executive Roman Chumak said on Wednesday.",
        "Chumak warned that Russian strikes had destroyed about 40 per cent of the country's gas "
        "production capacity since October. He said the company was in talks with European banks about "
        "new loans.",
        '"We will get through this winter. The next one is what worries me," Chumak told an energy '
        "conference.",
        '"If the compressors do not arrive, we will be importing gas at any price."',
    ],
    S(
        "Naftogaz chief executive Roman Chumak",
        ("said", "Chumak said"),
        "Ukraine will need to import at least 4.6 billion cubic metres of gas before next winter",
        name="Roman Chumak",
        role="Naftogaz chief executive",
    ),
    S(
        ("Chumak", "Chumak warned"),
        "warned",
        "Russian strikes had destroyed about 40 per cent of the country's gas production capacity "
        "since October",
        "indirect",
        "warn",
        name="Roman Chumak",
    ),
    S(
        ("He", "He said"),
        ("said", "He said"),
        "the company was in talks with European banks about new loans",
        name="Roman Chumak",
    ),
    S(
        ("Chumak", "Chumak told"),
        "told",
        "We will get through this winter. The next one is what worries me",
        "direct",
        name="Roman Chumak",
        to="an energy conference",
    ),
    S(
        ("Chumak", "Chumak told"),
        "told",
        "If the compressors do not arrive, we will be importing gas at any price.",
        "direct",
        name="Roman Chumak",
        cond=True,
    ),
)

# a032  insist (mixed); told reporters; mixed + shared-subject "called on"; "X's claim that"
R(
    "a032",
    "2025-04-21",
    "dev",
    [
        "The Kremlin insisted on Friday that Russia remained open to talks on Ukraine, but only on terms "
        "that “reflect the realities on the ground.”",
        "Kremlin spokesman Dmitry Peskov told reporters that no date had been set for a new round of "
        "talks between the two countries’ negotiators.",
        "Ukraine’s Foreign Ministry said Moscow’s words were “not backed by a single action” and called "
        "on Russia to accept an unconditional 30-day ceasefire.",
        "Peskov’s claim that Kyiv had refused to send a delegation could not be verified.",
    ],
    S(
        ("Kremlin", "The Kremlin insisted"),
        "insisted",
        "Russia remained open to talks on Ukraine, but only on terms that “reflect the realities on the "
        "ground.”",
        "mixed",
        "claim",
        name="Kremlin",
        type="organisation",
    ),
    S(
        "Kremlin spokesman Dmitry Peskov",
        "told",
        "no date had been set for a new round of talks between the two countries’ negotiators",
        name="Dmitry Peskov",
        role="Kremlin spokesman",
        to="reporters",
    ),
    S(
        "Ukraine’s Foreign Ministry",
        "said",
        "Moscow’s words were “not backed by a single action”",
        "mixed",
        name="Foreign Ministry",
        type="organisation",
    ),
    S(
        "Ukraine’s Foreign Ministry",
        "called on",
        "Russia to accept an unconditional 30-day ceasefire",
        "indirect",
        "urge",
        name="Foreign Ministry",
        type="organisation",
    ),
    S(
        ("Peskov", "Peskov’s claim"),
        "claim",
        "Kyiv had refused to send a delegation",
        "indirect",
        "claim",
        name="Dmitry Peskov",
    ),
)

# a033  according to + organisation apposition; broken quotation (closing mark only); group;
#       group fear; direct + venue
R(
    "a033",
    "2025-04-24",
    "test",
    [
        "A merchant ship was hit by a projectile about 90 nautical miles west of Hodeidah, according to "
        "UKMTO, a maritime security agency run by the British military.",
        "The crew were unharmed and the vessel continued to its next port of call,” the agency said.",
        "The Houthis said they had targeted the ship because its owner also operated vessels calling at "
        "Israeli ports. Shipping companies fear that insurers will raise premiums for the whole Red Sea "
        "route.",
        "“Any company dealing with the enemy’s ports is a legitimate target,” the group’s military "
        "spokesman said in a televised speech.",
    ],
    S(
        "UKMTO",
        "according to",
        "A merchant ship was hit by a projectile about 90 nautical miles west of Hodeidah",
        "according_to",
        name="UKMTO",
        role="a maritime security agency run by the British military",
        type="organisation",
    ),
    S(
        ("the agency", "the agency said"),
        ("said", "agency said"),
        "The crew were unharmed and the vessel continued to its next port of call",
        "direct",
        name="UKMTO",
        type="organisation",
        broken=True,
    ),
    S(
        "Houthis",
        ("said", "Houthis said"),
        "they had targeted the ship because its owner also operated vessels calling at Israeli ports",
        name="Houthis",
        type="group",
    ),
    S(
        "Shipping companies",
        "fear",
        "insurers will raise premiums for the whole Red Sea route",
        "indirect",
        "fear",
        name=None,
        type="group",
    ),
    S(
        "the group’s military spokesman",
        ("said", "spokesman said"),
        "Any company dealing with the enemy’s ports is a legitimate target",
        "direct",
        name=None,
        role="group’s military spokesman",
        venue="in a televised speech",
    ),
)

# a034  anonymous source; "the official said, speaking on condition of anonymity"; "has said"
R(
    "a034",
    "2025-04-27",
    "dev",
    [
        "NATO allies are expected to agree on a new target of 3.5 per cent of GDP for core defence "
        "spending at their summit in The Hague, a senior NATO official familiar with the talks said.",
        "Spain still needs more time to reach the target, the official said, speaking on condition of "
        "anonymity.",
        "Madrid has said the goal is unrealistic for Spain’s economy. The summit opens on Tuesday.",
    ],
    S(
        "a senior NATO official familiar with the talks",
        ("said", "talks said"),
        "NATO allies are expected to agree on a new target of 3.5 per cent of GDP for core defence "
        "spending at their summit in The Hague",
        name=None,
        role="senior NATO official familiar with the talks",
    ),
    S(
        ("the official", "the official said"),
        ("said", "official said"),
        "Spain still needs more time to reach the target",
        name=None,
        role="official",
    ),
    S(
        "Madrid",
        "has said",
        "the goal is unrealistic for Spain’s economy",
        name="Government of Spain",
        type="country",
    ),
)

# a035  "According to X, ..."; venue on Telegram; "X began talking." + two-sentence quotation
R(
    "a035",
    "2025-04-30",
    "dev",
    [
        "According to regional governor Ihor Savchenko, three people were killed and 14 injured when "
        "guided bombs hit a residential district of Kharkiv on Saturday.",
        "Savchenko said on Telegram that rescuers were still searching the rubble of a five-storey building.",
        "Neighbour Halyna Moroz began talking while rescuers were still carrying furniture out of the "
        "stairwell.",
        '"The first bomb took the roof. The second took the stairs, and my neighbours with them."',
    ],
    S(
        "regional governor Ihor Savchenko",
        "According to",
        "three people were killed and 14 injured when guided bombs hit a residential district of "
        "Kharkiv on Saturday",
        "according_to",
        name="Ihor Savchenko",
        role="regional governor",
    ),
    S(
        ("Savchenko", "Savchenko said"),
        "said",
        "rescuers were still searching the rubble of a five-storey building",
        name="Ihor Savchenko",
        venue="on Telegram",
    ),
    S(
        "Neighbour Halyna Moroz",
        "began talking",
        "The first bomb took the roof. The second took the stairs, and my neighbours with them.",
        "direct",
        name="Halyna Moroz",
        role="Neighbour",
    ),
)

# a036  estimate + "based on"; nested belief under a group; according to + nested said;
#       negated admit with adverbs inside the cue
R(
    "a036",
    "2025-05-02",
    "test",
    [
        "South Korea’s spy agency estimates, based on intercepted radio traffic, that about 2,000 North "
        "Korean soldiers have been killed or wounded in Russia’s Kursk region.",
        "The National Intelligence Service also believes Pyongyang is preparing to send another "
        "contingent, lawmakers said after a closed-door briefing.",
        "The agency said the North Korean troops had adapted to drone warfare, according to lawmaker Yoo "
        "Sang-hun. Pyongyang has never publicly admitted its losses.",
    ],
    S(
        "South Korea’s spy agency",
        "estimates",
        "about 2,000 North Korean soldiers have been killed or wounded in Russia’s Kursk region",
        "indirect",
        "estimate",
        name="National Intelligence Service",
        type="organisation",
        cite="based on intercepted radio traffic",
    ),
    S(
        "lawmakers",
        ("said", "lawmakers said"),
        "The National Intelligence Service also believes Pyongyang is preparing to send another contingent",
        name=None,
        type="group",
    ),
    S(
        "National Intelligence Service",
        "also believes",
        "Pyongyang is preparing to send another contingent",
        "indirect",
        "believe",
        name="National Intelligence Service",
        type="organisation",
        parent=1,
    ),
    S(
        "lawmaker Yoo Sang-hun",
        "according to",
        "The agency said the North Korean troops had adapted to drone warfare",
        "according_to",
        name="Yoo Sang-hun",
        role="lawmaker",
    ),
    S(
        "The agency",
        ("said", "agency said"),
        "the North Korean troops had adapted to drone warfare",
        name="National Intelligence Service",
        type="organisation",
        parent=3,
    ),
    S(
        ("Pyongyang", "Pyongyang has"),
        "has never publicly admitted",
        "its losses",
        "indirect",
        "admit",
        name="Government of North Korea",
        type="country",
        neg=True,
    ),
)

# a037  organisation; group suspicion; document "states that"; metonym
R(
    "a037",
    "2025-05-05",
    "dev",
    [
        "Finland’s Border Guard said it had boarded a tanker suspected of damaging an undersea power "
        "cable in the Gulf of Finland.",
        "Investigators suspect the vessel, which is registered in the Cook Islands, dragged its anchor "
        "along the seabed for about 90 kilometres.",
        "An internal European Union document states that the ship belongs to Russia’s shadow fleet of "
        "ageing tankers. Moscow said it had no connection to the vessel.",
    ],
    S(
        "Finland’s Border Guard",
        ("said", "Guard said"),
        "it had boarded a tanker suspected of damaging an undersea power cable in the Gulf of Finland",
        name="Border Guard",
        type="organisation",
    ),
    S(
        "Investigators",
        ("suspect", "Investigators suspect"),
        "the vessel, which is registered in the Cook Islands, dragged its anchor along the seabed for "
        "about 90 kilometres",
        "indirect",
        "suspect",
        name=None,
        type="group",
    ),
    S(
        "An internal European Union document",
        "states",
        "the ship belongs to Russia’s shadow fleet of ageing tankers",
        name="internal European Union document",
        type="document",
    ),
    S(
        "Moscow",
        ("said", "Moscow said"),
        "it had no connection to the vessel",
        name="Government of Russia",
        type="country",
    ),
)

# a038  long pre-name title; "She said" + mixed with a first-person verb inside; organisation
R(
    "a038",
    "2025-05-08",
    "dev",
    [
        "Ukraine and Russia exchanged 150 prisoners of war each on Thursday in a deal mediated by the "
        "United Arab Emirates.",
        "Deputy Minister for Reintegration Oksana Kolomiets said most of the Ukrainians released had been "
        "held since 2022 and several needed urgent medical care.",
        "She said the next exchange was “already being prepared, but we will not name any dates.” The "
        "deputy minister thanked Abu Dhabi for its mediation.",
        "Russia’s Defence Ministry said the Russian soldiers would be flown to Moscow for treatment and "
        "rehabilitation.",
    ],
    S(
        "Deputy Minister for Reintegration Oksana Kolomiets",
        ("said", "Kolomiets said"),
        "most of the Ukrainians released had been held since 2022 and several needed urgent medical care",
        name="Oksana Kolomiets",
        role="Deputy Minister for Reintegration",
    ),
    S(
        ("She", "She said"),
        ("said", "She said"),
        "the next exchange was “already being prepared, but we will not name any dates.”",
        "mixed",
        name="Oksana Kolomiets",
    ),
    S(
        "Russia’s Defence Ministry",
        ("said", "Ministry said"),
        "the Russian soldiers would be flown to Moscow for treatment and rehabilitation",
        name="Defence Ministry",
        type="organisation",
    ),
)

# a039  headline group resolved to the alliance; announce NP; doubt; "They"; dash with apposition
R(
    "a039",
    "2025-05-11",
    "test",
    [
        "Sahel juntas announce joint force of 5,000 troops",
        "The Alliance of Sahel States announced on Monday the creation of a joint force of 5,000 troops to "
        "fight jihadist groups across Mali, Burkina Faso and Niger.",
        "Security analysts doubt that the three countries can equip and pay such a force without foreign "
        "help. They say the members spend most of their military budgets on protecting their own "
        "capitals.",
        "“Five thousand men for an area the size of Western Europe is a gesture, not a strategy.” — "
        "Idrissa Sawadogo, a researcher at a think tank in Dakar.",
        "The alliance said the force would have its headquarters in Niamey.",
    ],
    S(
        "Sahel juntas",
        ("announce", "juntas announce"),
        ("joint force of 5,000 troops", 0),
        "indirect",
        "announce",
        name="Alliance of Sahel States",
        type="organisation",
    ),
    S(
        "Alliance of Sahel States",
        "announced",
        "the creation of a joint force of 5,000 troops to fight jihadist groups across Mali, Burkina "
        "Faso and Niger",
        "indirect",
        "announce",
        name="Alliance of Sahel States",
        type="organisation",
    ),
    S(
        "Security analysts",
        "doubt",
        "the three countries can equip and pay such a force without foreign help",
        "indirect",
        "question",
        name=None,
        type="group",
    ),
    S(
        ("They", "They say"),
        "say",
        "the members spend most of their military budgets on protecting their own capitals",
        name=None,
        type="group",
    ),
    S(
        "Idrissa Sawadogo",
        "—",
        "Five thousand men for an area the size of Western Europe is a gesture, not a strategy.",
        "direct",
        name="Idrissa Sawadogo",
        role="a researcher at a think tank in Dakar",
    ),
    S(
        "The alliance",
        ("said", "alliance said"),
        "the force would have its headquarters in Niamey",
        name="Alliance of Sahel States",
        type="organisation",
    ),
    headline=True,
)

# a040  "it added"; organisation with apposition; "It admitted"; rejected NP + "saying"
R(
    "a040",
    "2025-05-14",
    "dev",
    [
        "Only 86 aid trucks entered Gaza on Wednesday, the UN humanitarian office said. At least 500 a "
        "day are needed to meet basic needs, it added.",
        "COGAT, the Israeli military body that coordinates aid deliveries, said hundreds of trucks were "
        "waiting on the Gaza side of the crossings to be collected by UN agencies. It admitted that two "
        "crossings had been closed for a day because of rocket fire.",
        "The UN rejected COGAT’s account, saying its convoys could not move safely because of fighting and "
        "looting.",
    ],
    S(
        "the UN humanitarian office",
        ("said", "office said"),
        "Only 86 aid trucks entered Gaza on Wednesday",
        name="UN humanitarian office",
        type="organisation",
    ),
    S(
        ("it", "it added"),
        "added",
        "At least 500 a day are needed to meet basic needs",
        name="UN humanitarian office",
        type="organisation",
    ),
    S(
        ("COGAT", "COGAT, the"),
        ("said", "deliveries, said"),
        "hundreds of trucks were waiting on the Gaza side of the crossings to be collected by UN agencies",
        name="COGAT",
        role="the Israeli military body that coordinates aid deliveries",
        type="organisation",
    ),
    S(
        ("It", "It admitted"),
        "admitted",
        "two crossings had been closed for a day because of rocket fire",
        "indirect",
        "admit",
        name="COGAT",
        type="organisation",
    ),
    S(
        ("UN", "The UN rejected"),
        "rejected",
        "COGAT’s account",
        "indirect",
        "deny",
        name="UN",
        type="organisation",
    ),
    S(
        ("UN", "The UN rejected"),
        "saying",
        "its convoys could not move safely because of fighting and looting",
        name="UN",
        type="organisation",
    ),
)

# a041  anonymous group; reveal; metonym denial; two-sentence quote + "said X"
R(
    "a041",
    "2025-05-17",
    "dev",
    [
        "Serbian ammunition is still reaching Ukraine through third countries despite Belgrade’s official "
        "neutrality, two people familiar with the deliveries said.",
        "The Balkan Investigative Desk revealed last month that shells made in Serbian factories had been "
        "shipped through traders in Czechia and Bulgaria.",
        "Belgrade denies selling weapons to either side in the war.",
        "“Serbia exports only to countries that sign end-user certificates. What happens after that is "
        "not our responsibility,” said Defence Minister Dragan Ilić.",
    ],
    S(
        "two people familiar with the deliveries",
        ("said", "deliveries said"),
        "Serbian ammunition is still reaching Ukraine through third countries despite Belgrade’s "
        "official neutrality",
        name=None,
        type="group",
    ),
    S(
        "Balkan Investigative Desk",
        "revealed",
        "shells made in Serbian factories had been shipped through traders in Czechia and Bulgaria",
        "indirect",
        "report",
        name="Balkan Investigative Desk",
        type="organisation",
    ),
    S(
        ("Belgrade", "Belgrade denies"),
        "denies",
        "selling weapons to either side in the war",
        "indirect",
        "deny",
        name="Government of Serbia",
        type="country",
    ),
    S(
        "Defence Minister Dragan Ilić",
        ("said", "said Defence"),
        "Serbia exports only to countries that sign end-user certificates. What happens after that is "
        "not our responsibility",
        "direct",
        name="Dragan Ilić",
        role="Defence Minister",
    ),
)

# a042  headline title resolved from the body; quote marks inside the apposition (role);
#       told + addressee; organisation + "It warned"
R(
    "a042",
    "2024-12-09",
    "test",
    [
        "Volunteer commander claims two villages retaken in Kursk region",
        "Artem Zhuravlev, commander of the so-called “Kursk Volunteer Battalion”, said on Sunday that his "
        "men had pushed Ukrainian troops out of two villages near Sudzha.",
        "“Our losses were small and theirs were large,” Zhuravlev told a pro-Kremlin blogger.",
        "Ukraine’s General Staff said the villages had changed hands several times and remained "
        "contested. It warned that Russian units were massing near Sudzha for a new push.",
    ],
    S(
        "Volunteer commander",
        "claims",
        "two villages retaken in Kursk region",
        "indirect",
        "claim",
        name="Artem Zhuravlev",
        role="Volunteer commander",
    ),
    S(
        "Artem Zhuravlev",
        ("said", "Battalion”, said"),
        "his men had pushed Ukrainian troops out of two villages near Sudzha",
        name="Artem Zhuravlev",
        role="commander of the so-called “Kursk Volunteer Battalion”",
    ),
    S(
        ("Zhuravlev", "Zhuravlev told"),
        "told",
        "Our losses were small and theirs were large",
        "direct",
        name="Artem Zhuravlev",
        to="a pro-Kremlin blogger",
    ),
    S(
        "Ukraine’s General Staff",
        ("said", "Staff said"),
        "the villages had changed hands several times and remained contested",
        name="General Staff",
        type="organisation",
    ),
    S(
        ("It", "It warned"),
        "warned",
        "Russian units were massing near Sudzha for a new push",
        "indirect",
        "warn",
        name="General Staff",
        type="organisation",
    ),
    headline=True,
)

# a043  promise (mixed) + shared subject "called for"; anonymous envoy (mixed); accuse; deny NP
R(
    "a043",
    "2025-05-23",
    "dev",
    [
        "Beijing pledged to keep “an objective and impartial position” on the war in Ukraine and called "
        "for talks involving both sides.",
        "A Chinese special envoy said on Friday that Kyiv and Moscow were “still far apart on the basic "
        "questions.”",
        "European officials have accused Beijing of supplying Russia with machine tools and drone "
        "components. China denies the accusation.",
    ],
    S(
        ("Beijing", "Beijing pledged"),
        "pledged",
        "keep “an objective and impartial position” on the war in Ukraine",
        "mixed",
        "promise",
        name="Government of China",
        type="country",
    ),
    S(
        ("Beijing", "Beijing pledged"),
        "called for",
        "talks involving both sides",
        "indirect",
        "urge",
        name="Government of China",
        type="country",
    ),
    S(
        "A Chinese special envoy",
        "said",
        "Kyiv and Moscow were “still far apart on the basic questions.”",
        "mixed",
        name=None,
        role="Chinese special envoy",
    ),
    S(
        "European officials",
        "have accused",
        "Beijing of supplying Russia with machine tools and drone components",
        "indirect",
        "accuse",
        name=None,
        type="group",
    ),
    S("China", "denies", "the accusation", "indirect", "deny", name="Government of China", type="country"),
)

# a044  according to a document; "The analysis says"; document pronoun "It warns" + conditional
R(
    "a044",
    "2025-05-26",
    "dev",
    [
        "Russian forces gained about 140 square kilometres of Ukrainian territory in April, the smallest "
        "monthly advance since last summer, according to an analysis by the Eastern Front Research "
        "Institute.",
        "The analysis says the slowdown was caused by muddy ground and by Ukraine’s growing use of drones "
        "against armoured columns.",
        "It warns that Russia could resume faster advances in the summer if Ukraine fails to fix its "
        "shortage of infantry.",
        "Institute director Helga Brandt told reporters the figures were based on geolocated combat footage.",
    ],
    S(
        "an analysis by the Eastern Front Research Institute",
        "according to",
        "Russian forces gained about 140 square kilometres of Ukrainian territory in April, the smallest "
        "monthly advance since last summer",
        "according_to",
        name="Eastern Front Research Institute analysis",
        type="document",
    ),
    S(
        "The analysis",
        "says",
        "the slowdown was caused by muddy ground and by Ukraine’s growing use of drones against "
        "armoured columns",
        name="Eastern Front Research Institute analysis",
        type="document",
    ),
    S(
        ("It", "It warns"),
        "warns",
        "Russia could resume faster advances in the summer if Ukraine fails to fix its shortage of infantry",
        "indirect",
        "warn",
        name="Eastern Front Research Institute analysis",
        type="document",
        cond=True,
    ),
    S(
        "Institute director Helga Brandt",
        "told",
        "the figures were based on geolocated combat footage",
        name="Helga Brandt",
        role="Institute director",
        to="reporters",
    ),
)

# a045  bare quoted term (not mixed); "The defence chief stated" + unless; venue; colon + metonym
R(
    "a045",
    "2025-05-29",
    "test",
    [
        "Ankara will not allow a “terror corridor” along its southern border, Turkey’s Defence Minister "
        "Kemal Aydın said on Thursday.",
        "The defence chief stated that Turkish troops would remain in northern Syria unless the "
        "Kurdish-led forces there laid down their arms.",
        "The Syrian Democratic Forces said in a statement that they were ready for talks with Ankara but "
        "would not disarm.",
        "And from Damascus: “The future of the north will be decided by Syrians alone.”",
    ],
    S(
        "Turkey’s Defence Minister Kemal Aydın",
        ("said", "Aydın said"),
        "Ankara will not allow a “terror corridor” along its southern border",
        name="Kemal Aydın",
        role="Turkey’s Defence Minister",
    ),
    S(
        "The defence chief",
        "stated",
        "Turkish troops would remain in northern Syria unless the Kurdish-led forces there laid down "
        "their arms",
        name="Kemal Aydın",
        role="defence chief",
        cond=True,
    ),
    S(
        "Syrian Democratic Forces",
        ("said", "Forces said"),
        "they were ready for talks with Ankara but would not disarm",
        name="Syrian Democratic Forces",
        type="organisation",
        venue="in a statement",
    ),
    S(
        ("Damascus", "from Damascus:"),
        (":", "Damascus:"),
        "The future of the north will be decided by Syrians alone.",
        "direct",
        name="Government of Syria",
        type="country",
    ),
)

# a046  "described how ..."; two-paragraph quotation containing a third-person nested statement
R(
    "a046",
    "2025-06-01",
    "dev",
    [
        "A North Korean soldier crossed the heavily fortified border into South Korea on Tuesday morning, "
        "the Joint Chiefs of Staff said.",
        "A military official described how the soldier had been spotted by thermal cameras and guided "
        "across a minefield.",
        "“He raised both hands as soon as he saw our troops. He was very thin and very calm.",
        "“He told us he had walked for two nights,” the official said.",
        "The soldier was being questioned by intelligence officers, the official added.",
    ],
    S(
        "Joint Chiefs of Staff",
        ("said", "Staff said"),
        "A North Korean soldier crossed the heavily fortified border into South Korea on Tuesday morning",
        name="Joint Chiefs of Staff",
        type="organisation",
    ),
    S(
        "A military official",
        "described",
        "how the soldier had been spotted by thermal cameras and guided across a minefield",
        name=None,
        role="military official",
    ),
    S(
        ("the official", "the official said"),
        ("said", "official said"),
        "He raised both hands as soon as he saw our troops. He was very thin and very calm.\n\n"
        "“He told us he had walked for two nights",
        "direct",
        name=None,
        role="official",
    ),
    S(
        ("He", "He told us"),
        "told",
        "he had walked for two nights",
        name=None,
        to=("us", "told us"),
        parent=2,
    ),
    S(
        ("the official", "the official added"),
        "added",
        "The soldier was being questioned by intelligence officers",
        name=None,
        role="official",
    ),
)

# a047  headline warning by a country; conditional "if"; bare quoted phrase; organisation
R(
    "a047",
    "2025-01-06",
    "dev",
    [
        "Slovakia warns it could cut power exports to Ukraine over gas transit halt",
        "Slovakia could stop emergency electricity supplies to Ukraine if Kyiv does not restore the "
        "transit of Russian gas, Slovak Economy Minister Jana Horváthová said on Monday.",
        "Ukraine’s Energy Ministry said the transit contract with Gazprom had expired and would not be "
        "renewed “under any circumstances”.",
        "The European Commission said it saw no risk to Slovakia’s gas supply this winter.",
    ],
    S(
        ("Slovakia", "Slovakia warns"),
        "warns",
        "it could cut power exports to Ukraine over gas transit halt",
        "indirect",
        "warn",
        name="Government of Slovakia",
        type="country",
    ),
    S(
        "Slovak Economy Minister Jana Horváthová",
        ("said", "Horváthová said"),
        "Slovakia could stop emergency electricity supplies to Ukraine if Kyiv does not restore the "
        "transit of Russian gas",
        name="Jana Horváthová",
        role="Slovak Economy Minister",
        cond=True,
    ),
    S(
        "Ukraine’s Energy Ministry",
        ("said", "Ministry said"),
        "the transit contract with Gazprom had expired and would not be renewed “under any circumstances”",
        name="Energy Ministry",
        type="organisation",
    ),
    S(
        "European Commission",
        ("said", "Commission said"),
        "it saw no risk to Slovakia’s gas supply this winter",
        name="European Commission",
        type="organisation",
    ),
    headline=True,
)

# a048  condemn NP; group; "A statement by the ministry said"; "In the words of"; mixed NP quote
R(
    "a048",
    "2025-06-07",
    "test",
    [
        "Ukraine’s Foreign Ministry condemned Russia’s missile strike on a railway station in Sumy.",
        "Four people were killed and 19 injured in the attack on Monday morning, regional officials said.",
        "A statement by the ministry said the station had been full of passengers waiting for an "
        "evacuation train. In the words of one station worker, the waiting hall was “full of children "
        "and old people with bags.”",
        "Russia’s Defence Ministry said it had struck “a gathering of Ukrainian servicemen” at the station.",
    ],
    S(
        "Ukraine’s Foreign Ministry",
        "condemned",
        "Russia’s missile strike on a railway station in Sumy",
        "indirect",
        "accuse",
        name="Foreign Ministry",
        type="organisation",
    ),
    S(
        "regional officials",
        ("said", "officials said"),
        "Four people were killed and 19 injured in the attack on Monday morning",
        name=None,
        type="group",
    ),
    S(
        ("the ministry", "by the ministry"),
        ("said", "ministry said"),
        "the station had been full of passengers waiting for an evacuation train",
        name="Foreign Ministry",
        type="organisation",
    ),
    S(
        "one station worker",
        "In the words of",
        "the waiting hall was “full of children and old people with bags.”",
        "mixed",
        name=None,
        role="station worker",
    ),
    S(
        "Russia’s Defence Ministry",
        ("said", "Defence Ministry said"),
        "it had struck “a gathering of Ukrainian servicemen” at the station",
        "mixed",
        name="Defence Ministry",
        type="organisation",
    ),
)

# a049  anonymous commander + told; mixed conditional ("as long as"); nested aim of a capital
R(
    "a049",
    "2025-06-10",
    "dev",
    [
        "Iraqi armed groups have halted drone attacks on U.S. forces, a commander of one of the groups "
        "told reporters.",
        'He said the pause would hold "as long as the Americans keep their promise to leave."',
        "The U.S. embassy said it did not negotiate with militias. Government spokesman Hisham Jabbar said "
        "Baghdad aimed to end the presence of the U.S.-led coalition by September 2026.",
    ],
    S(
        "a commander of one of the groups",
        "told",
        "Iraqi armed groups have halted drone attacks on U.S. forces",
        name=None,
        role="commander of one of the groups",
        to="reporters",
    ),
    S(
        ("He", "He said"),
        ("said", "He said"),
        'the pause would hold "as long as the Americans keep their promise to leave."',
        "mixed",
        name=None,
        role=None,
        cond=True,
    ),
    S(
        "The U.S. embassy",
        ("said", "embassy said"),
        "it did not negotiate with militias",
        name="U.S. embassy",
        type="organisation",
    ),
    S(
        "Government spokesman Hisham Jabbar",
        ("said", "Jabbar said"),
        "Baghdad aimed to end the presence of the U.S.-led coalition by September 2026",
        name="Hisham Jabbar",
        role="Government spokesman",
    ),
    S(
        "Baghdad",
        "aimed",
        "end the presence of the U.S.-led coalition by September 2026",
        "indirect",
        "intend",
        name="Government of Iraq",
        type="country",
        parent=3,
    ),
)

# a050  according to an organisation (content with apposition); cited source; belief; said X,
#       apposition role
R(
    "a050",
    "2025-06-13",
    "dev",
    [
        "Ukrainian ports handled 9.2 million tonnes of cargo in May, the highest monthly figure since the "
        "full-scale invasion began, according to the Ukrainian Sea Ports Authority.",
        "Russian drones damaged two grain silos in Izmail overnight, Ukraine’s Southern Defence Forces "
        "said, citing preliminary reports from the port.",
        "The Ukrainian navy believes Russia is trying to scare shipowners away from the Danube route.",
        "“Insurance costs went up by a third after the last attack,” said Anton Rybak, head of the port "
        "authority.",
    ],
    S(
        "Ukrainian Sea Ports Authority",
        "according to",
        "Ukrainian ports handled 9.2 million tonnes of cargo in May, the highest monthly figure since the "
        "full-scale invasion began",
        "according_to",
        name="Ukrainian Sea Ports Authority",
        type="organisation",
    ),
    S(
        "Ukraine’s Southern Defence Forces",
        ("said", "Forces said"),
        "Russian drones damaged two grain silos in Izmail overnight",
        name="Southern Defence Forces",
        type="organisation",
        cite="citing preliminary reports from the port",
    ),
    S(
        "The Ukrainian navy",
        "believes",
        "Russia is trying to scare shipowners away from the Danube route",
        "indirect",
        "believe",
        name="Ukrainian navy",
        type="organisation",
    ),
    S(
        "Anton Rybak",
        ("said", "said Anton"),
        "Insurance costs went up by a third after the last attack",
        "direct",
        name="Anton Rybak",
        role="head of the port authority",
    ),
)

# a051  organisation description; accuse; nested hope under a surname; "the minister said"
R(
    "a051",
    "2025-01-31",
    "test",
    [
        "The separatist authorities in Transnistria said on Wednesday that gas deliveries had resumed "
        "after a three-week halt, but only for households.",
        "Moldova’s Energy Minister Andrei Ciobanu accused Moscow of using gas to destabilise the country "
        "before parliamentary elections. Chisinau hopes to replace the missing supplies with electricity "
        "from Romania, Ciobanu said.",
        "“This is blackmail, pure and simple,” the minister said. Gazprom did not comment.",
    ],
    S(
        "The separatist authorities in Transnistria",
        ("said", "Transnistria said"),
        "gas deliveries had resumed after a three-week halt, but only for households",
        name="separatist authorities in Transnistria",
        type="organisation",
    ),
    S(
        "Moldova’s Energy Minister Andrei Ciobanu",
        "accused",
        "Moscow of using gas to destabilise the country before parliamentary elections",
        "indirect",
        "accuse",
        name="Andrei Ciobanu",
        role="Moldova’s Energy Minister",
    ),
    S(
        ("Ciobanu", "Ciobanu said"),
        ("said", "Ciobanu said"),
        "Chisinau hopes to replace the missing supplies with electricity from Romania",
        name="Andrei Ciobanu",
    ),
    S(
        "Chisinau",
        "hopes",
        "replace the missing supplies with electricity from Romania",
        "indirect",
        "hope",
        name="Government of Moldova",
        type="country",
        parent=2,
    ),
    S(
        "the minister",
        ("said", "minister said"),
        "This is blackmail, pure and simple",
        "direct",
        name="Andrei Ciobanu",
        role="minister",
    ),
)


# a052  fronted "According to" an unnamed institution; "X said: "..."" (two sentences);
#       "A statement from X said"; mixed with a verb inside the quoted fragment
R(
    "a052",
    "2025-02-16",
    "dev",
    [
        "According to the Odesa regional administration, a Russian drone struck a grain terminal in the "
        "port of Pivdennyi overnight, starting a fire that burned for six hours.",
        "Administration head Maksym Bondar said: “The terminal was empty. The target was the port, not "
        "the grain.”",
        "A statement from the port operator said loading would resume within two days.",
        "Russia’s Defence Ministry said it had hit “port infrastructure used by the Ukrainian armed "
        "forces” in the Odesa region.",
    ],
    S(
        "the Odesa regional administration",
        "According to",
        "a Russian drone struck a grain terminal in the port of Pivdennyi overnight, starting a fire that "
        "burned for six hours",
        "according_to",
        name="Odesa regional administration",
        type="organisation",
    ),
    S(
        "Administration head Maksym Bondar",
        ("said", "Bondar said"),
        "The terminal was empty. The target was the port, not the grain.",
        "direct",
        name="Maksym Bondar",
        role="Administration head",
    ),
    S(
        "the port operator",
        ("said", "operator said"),
        "loading would resume within two days",
        name="port operator",
        type="organisation",
    ),
    S(
        "Russia’s Defence Ministry",
        ("said", "Ministry said"),
        "it had hit “port infrastructure used by the Ukrainian armed forces” in the Odesa region",
        "mixed",
        name="Defence Ministry",
        type="organisation",
    ),
)

# a053  "X began talking." + a quotation over two paragraphs; "In the words of" (mixed);
#       a country name standing for its government
R(
    "a053",
    "2025-03-03",
    "dev",
    [
        "Former fisherman Kim Dong-su began talking about his brother only after the cameras were turned "
        "away.",
        "“He was taken by a North Korean patrol boat in 1987. We never received a single letter.",
        "“My mother waited for him until the day she died. I am still waiting.”",
        "In the words of a Unification Ministry official, such cases “have no diplomatic solution while "
        "Pyongyang refuses all contact.” South Korea says more than 500 of its citizens were abducted by "
        "the North after the Korean War.",
    ],
    S(
        "Former fisherman Kim Dong-su",
        "began talking",
        "He was taken by a North Korean patrol boat in 1987. We never received a single letter.\n\n"
        "“My mother waited for him until the day she died. I am still waiting.",
        "direct",
        name="Kim Dong-su",
        role="Former fisherman",
    ),
    S(
        "a Unification Ministry official",
        "In the words of",
        "such cases “have no diplomatic solution while Pyongyang refuses all contact.”",
        "mixed",
        name=None,
        role="Unification Ministry official",
    ),
    S(
        "South Korea",
        "says",
        "more than 500 of its citizens were abducted by the North after the Korean War",
        name="Government of South Korea",
        type="country",
    ),
)

# a054  fronted "According to"; document; "X said: "..."" (two sentences); group expectation
#       with "X to Y"; broken quotation (opening mark never closed)
R(
    "a054",
    "2025-03-30",
    "test",
    [
        "According to the UN refugee agency, more than 20,000 people fled from Sudan’s Darfur region into "
        "eastern Chad in the first week of the month.",
        "The agency’s latest situation report says most of the new arrivals are women and children from "
        "El Fasher.",
        "Chad’s government spokesman Moussa Hassan said: “We cannot close the border to people running "
        "from bullets. But we cannot feed them alone either.”",
        "Aid officials expect the numbers to rise further once the rainy season ends and the roads "
        "become passable.",
        "“There is not enough water in the camps for the people already there, a doctor working in Adré "
        "said.",
    ],
    S(
        "the UN refugee agency",
        "According to",
        "more than 20,000 people fled from Sudan’s Darfur region into eastern Chad in the first week of "
        "the month",
        "according_to",
        name="UN refugee agency",
        type="organisation",
    ),
    S(
        "The agency’s latest situation report",
        "says",
        "most of the new arrivals are women and children from El Fasher",
        name="UN refugee agency situation report",
        type="document",
    ),
    S(
        "Chad’s government spokesman Moussa Hassan",
        ("said", "Hassan said"),
        "We cannot close the border to people running from bullets. But we cannot feed them alone either.",
        "direct",
        name="Moussa Hassan",
        role="Chad’s government spokesman",
    ),
    S(
        "Aid officials",
        "expect",
        "the numbers to rise further once the rainy season ends and the roads become passable",
        "indirect",
        "expect",
        name=None,
        type="group",
    ),
    S(
        "a doctor working in Adré",
        ("said", "Adré said"),
        "There is not enough water in the camps for the people already there",
        "direct",
        name=None,
        role="doctor working in Adré",
        broken=True,
    ),
)

# a055  quote marks inside an unnamed speaker's description; nested belief of an army under an
#       anonymous source; document; vow with a 4+ word quoted fragment (mixed); colon attribution
R(
    "a055",
    "2025-04-04",
    "dev",
    [
        "A spokesman for the self-declared “Free Azawagh Front” said on Monday that its fighters had "
        "captured an army outpost in Niger’s Tahoua region.",
        "Niger’s army believes the group has fewer than 300 fighters, a security source said.",
        "The defence ministry’s weekly bulletin says the outpost was retaken on Tuesday. The government "
        "has vowed to retake “every metre of national territory” before the end of the year.",
        "And from the army: “The situation in Tahoua is fully under control.”",
    ],
    S(
        "A spokesman for the self-declared “Free Azawagh Front”",
        ("said", "Front” said"),
        "its fighters had captured an army outpost in Niger’s Tahoua region",
        name=None,
        role="spokesman for the self-declared “Free Azawagh Front”",
    ),
    S(
        "a security source",
        ("said", "source said"),
        "Niger’s army believes the group has fewer than 300 fighters",
        name=None,
        role="security source",
    ),
    S(
        "Niger’s army",
        "believes",
        "the group has fewer than 300 fighters",
        "indirect",
        "believe",
        name="Niger’s army",
        type="organisation",
        parent=1,
    ),
    S(
        "The defence ministry’s weekly bulletin",
        "says",
        "the outpost was retaken on Tuesday",
        name="defence ministry’s weekly bulletin",
        type="document",
    ),
    S(
        "The government",
        "has vowed",
        "retake “every metre of national territory” before the end of the year",
        "mixed",
        "promise",
        name="Government of Niger",
        type="country",
    ),
    S(
        ("the army", "from the army:"),
        (":", "army:"),
        "The situation in Tahoua is fully under control.",
        "direct",
        name="Niger’s army",
        type="organisation",
    ),
)

# a056  fronted "According to" an organisation with a title; "X said: "...""; "A statement by X
#       said" (mixed); organisation
R(
    "a056",
    "2025-04-19",
    "dev",
    [
        "According to Kosovo’s electricity operator KOSTT, power lines serving four Serb-majority "
        "municipalities in the north were cut after an explosion at a pylon near Leposavić.",
        "Economy Minister Arta Gashi said: “This was sabotage, and it was planned by people who know the "
        "grid very well.”",
        "A statement by Belgrade’s Office for Kosovo and Metohija said the accusation was “a pretext for "
        "new pressure on Serbs in the north.”",
        "KFOR said its troops were guarding the damaged pylon.",
    ],
    S(
        "Kosovo’s electricity operator KOSTT",
        "According to",
        "power lines serving four Serb-majority municipalities in the north were cut after an explosion "
        "at a pylon near Leposavić",
        "according_to",
        name="KOSTT",
        role="Kosovo’s electricity operator",
        type="organisation",
    ),
    S(
        "Economy Minister Arta Gashi",
        ("said", "Gashi said"),
        "This was sabotage, and it was planned by people who know the grid very well.",
        "direct",
        name="Arta Gashi",
        role="Economy Minister",
    ),
    S(
        "Belgrade’s Office for Kosovo and Metohija",
        ("said", "Metohija said"),
        "the accusation was “a pretext for new pressure on Serbs in the north.”",
        "mixed",
        name="Office for Kosovo and Metohija",
        type="organisation",
    ),
    S(
        "KFOR",
        ("said", "KFOR said"),
        "its troops were guarding the damaged pylon",
        name="KFOR",
        type="organisation",
    ),
)

# a057  quote marks inside the speaker span (unnamed official); "X began talking." + quotation
#       over two paragraphs with a third-person cue inside it (nested); "In the words of" (mixed)
R(
    "a057",
    "2025-05-16",
    "test",
    [
        "The Russian-installed head of the so-called “military-civilian administration” of Enerhodar "
        "said on Sunday that the town had enough water for the summer.",
        "Volunteer driver Iryna Bilyk began talking as her truck reached the last checkpoint before the "
        "front.",
        "“On the other side of the reservoir they say there is water. Here we bring it in plastic bottles.",
        "“Every week the road is a little shorter, because the front is a little closer.”",
        "In the words of a regional official, the water supply in the Ukrainian-held villages is “a daily "
        "improvisation with no reserve.”",
    ],
    S(
        "The Russian-installed head of the so-called “military-civilian administration” of Enerhodar",
        ("said", "Enerhodar said"),
        "the town had enough water for the summer",
        name=None,
        role="Russian-installed head of the so-called “military-civilian administration” of Enerhodar",
    ),
    S(
        "Volunteer driver Iryna Bilyk",
        "began talking",
        "On the other side of the reservoir they say there is water. Here we bring it in plastic "
        "bottles.\n\n“Every week the road is a little shorter, because the front is a little closer.",
        "direct",
        name="Iryna Bilyk",
        role="Volunteer driver",
    ),
    S(("they", "they say"), ("say", "they say"), "there is water", name=None, type="group", parent=1),
    S(
        "a regional official",
        "In the words of",
        "the water supply in the Ukrainian-held villages is “a daily improvisation with no reserve.”",
        "mixed",
        name=None,
        role="regional official",
    ),
)

# a058  courts: reject NP + "describing X as Y"; accused X of; "declined to comment"; a quotation
#       split by its attribution (content_parts); "records show"
R(
    "a058",
    "2025-04-08",
    "dev",
    [
        "A federal judge on Tuesday rejected a request by lawyers for the former bank chairman to delay "
        "his fraud trial, describing the motion as an attempt to run out the clock.",
        "Prosecutors accused the defence of hiding behind the volume of documents. The chairman’s "
        "lawyers declined to comment after the hearing.",
        "“This case has waited long enough,” the judge said, “and so have the investors who lost their "
        "savings.”",
        "The trial is now expected to open in March, court records show.",
    ],
    S(
        "A federal judge",
        "rejected",
        "a request by lawyers for the former bank chairman to delay his fraud trial",
        "indirect",
        "deny",
        name=None,
        role="federal judge",
    ),
    S(
        "A federal judge",
        "describing",
        "the motion as an attempt to run out the clock",
        name=None,
        role="federal judge",
    ),
    S(
        "Prosecutors",
        "accused",
        "the defence of hiding behind the volume of documents",
        "indirect",
        "accuse",
        name=None,
        type="group",
    ),
    S(
        "The chairman’s lawyers",
        "declined",
        ("comment", "declined to comment"),
        "indirect",
        "decline",
        name=None,
        type="group",
    ),
    S(
        ("the judge", "the judge said"),
        ("said", "judge said"),
        "This case has waited long enough,” the judge said, “and so have the investors who lost their "
        "savings.",
        "direct",
        name=None,
        role="judge",
        parts=[
            "This case has waited long enough",
            "and so have the investors who lost their savings.",
        ],
    ),
    S(
        "court records",
        "show",
        "The trial is now expected to open in March",
        "indirect",
        "report",
        name=None,
        type="document",
    ),
)

# a059  science: "a study ... found"; a parenthetical cue inside its clause; "be optimistic";
#       "warned of"; "is said to" with no one named
R(
    "a059",
    "2025-04-16",
    "dev",
    [
        "A new malaria vaccine cut severe cases among young children by almost half, a study published "
        "on Wednesday found.",
        "The researchers, the paper notes, followed about 4,000 children in three countries for two years.",
        "Health officials are optimistic the shot can be rolled out widely by next year, but they warned "
        "of shortages of cold storage in rural clinics.",
        "The manufacturer is said to be building a second plant in Kenya.",
    ],
    S(
        "a study published on Wednesday",
        "found",
        "A new malaria vaccine cut severe cases among young children by almost half",
        "indirect",
        "report",
        name=None,
        type="document",
    ),
    S(
        "the paper",
        "notes",
        "The researchers, the paper notes, followed about 4,000 children in three countries for two years",
        name=None,
        type="document",
        parts=["The researchers", "followed about 4,000 children in three countries for two years"],
    ),
    S(
        "Health officials",
        "are optimistic",
        "the shot can be rolled out widely by next year",
        "indirect",
        "hope",
        name=None,
        type="group",
    ),
    S(
        ("they", "they warned"),
        "warned of",
        "shortages of cold storage in rural clinics",
        "indirect",
        "warn",
        name=None,
        type="group",
    ),
    S(
        None,
        "is said",
        "The manufacturer is said to be building a second plant in Kenya",
        name=None,
        type="unknown",
        parts=["The manufacturer", "be building a second plant in Kenya"],
    ),
)

# a060  sport: criticism NP ("blasted"); "called X Y"; "Asked whether ..., he said"; "went on to say";
#       according to a website
R(
    "a060",
    "2025-04-21",
    "dev",
    [
        "The club’s manager blasted the referee’s decision to award a late penalty and called the result "
        "a robbery.",
        "Asked whether the club would appeal, he said the board would first study the footage.",
        "The captain went on to say that the dressing room was still united.",
        "Supporters’ groups are planning a protest outside the stadium, according to a fan website.",
    ],
    S(
        "The club’s manager",
        "blasted",
        "the referee’s decision to award a late penalty",
        "indirect",
        "accuse",
        name=None,
        role="club’s manager",
    ),
    S(
        "The club’s manager",
        "called",
        "the result a robbery",
        name=None,
        role="club’s manager",
    ),
    S(
        ("he", "he said"),
        ("said", "he said"),
        "the board would first study the footage",
        name=None,
    ),
    S(
        "The captain",
        ("say", "to say"),
        "the dressing room was still united",
        name=None,
        role="captain",
    ),
    S(
        "a fan website",
        "according to",
        "Supporters’ groups are planning a protest outside the stadium",
        "according_to",
        name=None,
        type="document",
    ),
)

# a061  business: "laid out" NP + "arguing that"; "described X as Y"; "market data showed";
#       "declined to say whether"
R(
    "a061",
    "2025-05-02",
    "test",
    [
        "The airline’s chief executive laid out a plan to cut 2,000 jobs on Thursday, arguing that the "
        "company could not survive another winter of losses.",
        "Unions described the cuts as a betrayal of staff who had accepted pay freezes during the pandemic.",
        "Shares in the company rose 4 per cent, market data showed.",
        "The transport minister declined to say whether the government would step in.",
    ],
    S(
        "The airline’s chief executive",
        "laid out",
        "a plan to cut 2,000 jobs",
        name=None,
        role="airline’s chief executive",
    ),
    S(
        "The airline’s chief executive",
        "arguing",
        "the company could not survive another winter of losses",
        name=None,
        role="airline’s chief executive",
    ),
    S(
        "Unions",
        "described",
        "the cuts as a betrayal of staff who had accepted pay freezes during the pandemic",
        name=None,
        type="group",
    ),
    S(
        "market data",
        "showed",
        "Shares in the company rose 4 per cent",
        "indirect",
        "report",
        name=None,
        type="document",
    ),
    S(
        "The transport minister",
        "declined",
        "say whether the government would step in",
        "indirect",
        "decline",
        name=None,
        role="transport minister",
    ),
)

# a062  elections: "accused X of" + "said" (shared subject); a parenthetical cue; "As X pointed out";
#       "a poll ... suggests" with "support" nested inside
R(
    "a062",
    "2025-05-06",
    "test",
    [
        "The opposition leader accused the government of rigging the electoral map and said her party "
        "would challenge it in court.",
        "The new boundaries, she noted, split three towns that have voted together for decades.",
        "As the electoral commission pointed out in its report, the changes follow a national census.",
        "Most voters support an independent review, a poll published on Monday suggests.",
    ],
    S(
        "The opposition leader",
        "accused",
        "the government of rigging the electoral map",
        "indirect",
        "accuse",
        name=None,
        role="opposition leader",
    ),
    S(
        "The opposition leader",
        "said",
        "her party would challenge it in court",
        name=None,
        role="opposition leader",
    ),
    S(
        ("she", "she noted"),
        "noted",
        "The new boundaries, she noted, split three towns that have voted together for decades",
        name=None,
        parts=["The new boundaries", "split three towns that have voted together for decades"],
    ),
    S(
        "the electoral commission",
        "pointed out",
        "the changes follow a national census",
        name=None,
        type="organisation",
        venue="in its report",
    ),
    S(
        "a poll published on Monday",
        "suggests",
        "Most voters support an independent review",
        "indirect",
        "suggest",
        name=None,
        type="document",
    ),
    S(
        "Most voters",
        "support",
        "an independent review",
        "indirect",
        "agree",
        name=None,
        type="group",
        parent=4,
    ),
)

# a063  war: "referred to X as Y"; "warned against"; "reportedly" with no one named; "dismissed X,
#       saying"
R(
    "a063",
    "2025-05-11",
    "dev",
    [
        "Ukraine’s foreign minister referred to the proposed truce as a trap and warned against any deal "
        "that froze the front line.",
        "Russian forces reportedly moved two more battalions toward the city overnight.",
        "The Kremlin dismissed the report, saying its troops were only rotating.",
    ],
    S(
        "Ukraine’s foreign minister",
        "referred to",
        "the proposed truce as a trap",
        name=None,
        role="Ukraine’s foreign minister",
    ),
    S(
        "Ukraine’s foreign minister",
        "warned against",
        "any deal that froze the front line",
        "indirect",
        "warn",
        name=None,
        role="Ukraine’s foreign minister",
    ),
    S(
        None,
        "reportedly",
        "Russian forces reportedly moved two more battalions toward the city overnight",
        "indirect",
        "report",
        name=None,
        type="unknown",
        parts=["Russian forces", "moved two more battalions toward the city overnight"],
    ),
    S(
        "The Kremlin",
        "dismissed",
        "the report",
        "indirect",
        "deny",
        name="Government of Russia",
        type="country",
    ),
    S(
        "The Kremlin",
        "saying",
        "its troops were only rotating",
        name="Government of Russia",
        type="country",
    ),
)

# a064  police: a trailing "adding that" after a reported clause; "put X at"; "is understood to"
R(
    "a064",
    "2025-05-19",
    "test",
    [
        "Police said the protest had ended peacefully, adding that two officers were treated for minor "
        "injuries.",
        "Organisers put the crowd at about 20,000.",
        "The interior ministry is understood to be reviewing the route of next week’s march.",
    ],
    S("Police", "said", "the protest had ended peacefully", name=None, type="group"),
    S(
        "Police",
        "adding",
        "two officers were treated for minor injuries",
        name=None,
        type="group",
    ),
    S(
        "Organisers",
        "put",
        "the crowd at about 20,000",
        "indirect",
        "estimate",
        name=None,
        type="group",
    ),
    S(
        None,
        "is understood",
        "The interior ministry is understood to be reviewing the route of next week’s march",
        name=None,
        type="unknown",
        parts=["The interior ministry", "be reviewing the route of next week’s march"],
    ),
)


# --------------------------------------------------------------------------------------------
# noun cues and headlines (attr-nouns)
# Speech nouns carrying a statement ("its demand for", "the company’s claim that", "questions
# about", "criticism of", "his promise to") and headlines in Title Case ("Kyiv Says Russian
# Drones Hit ..."), whose verbs a tagger reads as names.

# an01  Title Case headline; "stood by its demand for"; rejected + nested noun claim
R(
    "an01",
    "2025-06-04",
    "dev",
    [
        "Nordhafen Logistics Warns Strike Will Halt Grain Exports",
        "Nordhafen Logistics said on Wednesday that a strike by crane drivers at its Constanta terminal "
        "could stop all shipments within days.",
        "The drivers’ union stood by its demand for a 12 percent pay rise. It rejected the company’s "
        "claim that wages had already risen faster than inflation.",
    ],
    S(
        ("Nordhafen Logistics", 0),
        "Warns",
        "Strike Will Halt Grain Exports",
        "indirect",
        "warn",
        name="Nordhafen Logistics",
        type="organisation",
    ),
    S(
        ("Nordhafen Logistics", 1),
        "said",
        "a strike by crane drivers at its Constanta terminal could stop all shipments within days",
        name="Nordhafen Logistics",
        type="organisation",
    ),
    S(
        ("its", "its demand"),
        "demand for",
        "a 12 percent pay rise",
        "indirect",
        "urge",
        name="drivers’ union",
        type="organisation",
    ),
    S(
        ("It", "It rejected"),
        "rejected",
        "the company’s claim that wages had already risen faster than inflation",
        "indirect",
        "deny",
        name="drivers’ union",
        type="organisation",
    ),
    S(
        ("the company", "the company’s claim"),
        ("claim", "company’s claim"),
        "wages had already risen faster than inflation",
        "indirect",
        "claim",
        name="Nordhafen Logistics",
        type="organisation",
        parent=3,
    ),
    headline=True,
)

# an02  Title Case headline resolved to a named coach; possessive pronoun + "admission that";
#       criticism with no content (not a statement); "who called for"
R(
    "an02",
    "2025-02-10",
    "dev",
    [
        "Coach Admits Squad Lacked Fitness After Cup Exit",
        "Ajax coach Pieter van Dam said on Sunday that several players had returned from the winter "
        "break overweight.",
        "His admission that the club’s medical staff had raised the problem in January drew criticism "
        "from supporters’ groups, who called for an independent review of the fitness programme.",
    ],
    S(
        "Coach",
        "Admits",
        "Squad Lacked Fitness After Cup Exit",
        "indirect",
        "admit",
        name="Pieter van Dam",
        role="Coach",
    ),
    S(
        "Ajax coach Pieter van Dam",
        "said",
        "several players had returned from the winter break overweight",
        name="Pieter van Dam",
        role="Ajax coach",
    ),
    S(
        "His",
        "admission",
        "the club’s medical staff had raised the problem in January",
        "indirect",
        "admit",
        name="Pieter van Dam",
    ),
    S(
        "supporters’ groups",
        "called for",
        "an independent review of the fitness programme",
        "indirect",
        "urge",
        name=None,
        type="group",
    ),
    headline=True,
)

# an03  possessive organisation + "accusation that"; "dismissed X as" + coordinated "said"
R(
    "an03",
    "2025-04-22",
    "dev",
    [
        "Prosecutors in Milan filed new charges against the former mayor on Tuesday.",
        "The prosecution’s accusation that he had taken bribes from two developers rests on wiretaps "
        "recorded in 2022.",
        "His lawyers dismissed the wiretaps as fabricated and said their client would prove his "
        "innocence in court.",
    ],
    S(
        "The prosecution",
        "accusation",
        "he had taken bribes from two developers",
        "indirect",
        "accuse",
        name="prosecution",
        type="organisation",
    ),
    S(
        ("His lawyers", 0),
        "dismissed",
        "the wiretaps as fabricated",
        "indirect",
        "deny",
        name=None,
        type="group",
    ),
    S(
        ("His lawyers", 0),
        ("said", "and said"),
        "their client would prove his innocence in court",
        name=None,
        type="group",
    ),
)

# an04  "raised questions about"; "rejected their criticism, saying"; "U.S. criticism of" nested
#       under a fronted clause + "according to"
R(
    "an04",
    "2025-03-20",
    "dev",
    [
        "Opposition lawmakers raised questions about the cost of the new fighter jets during a budget "
        "hearing on Thursday.",
        "Defence Minister Lena Kraus rejected their criticism, saying the contract had been checked by "
        "the audit office.",
        "U.S. criticism of the deal has also grown, according to two diplomats in Berlin.",
    ],
    S(
        "Opposition lawmakers",
        "questions about",
        "the cost of the new fighter jets",
        "indirect",
        "question",
        name=None,
        type="group",
    ),
    S(
        "Defence Minister Lena Kraus",
        "rejected",
        "their criticism",
        "indirect",
        "deny",
        name="Lena Kraus",
        role="Defence Minister",
    ),
    S(
        "Defence Minister Lena Kraus",
        "saying",
        "the contract had been checked by the audit office",
        name="Lena Kraus",
        role="Defence Minister",
    ),
    S(
        "two diplomats in Berlin",
        "according to",
        "U.S. criticism of the deal has also grown",
        "according_to",
        name=None,
        type="group",
    ),
    S(
        "U.S.",
        "criticism of",
        ("the deal", "criticism of the deal"),
        "indirect",
        "accuse",
        name="Government of the United States",
        type="country",
        parent=3,
    ),
)

# an05  Title Case headline with a capital as speaker; "The ministry’s warning that";
#       "repeated its claim that"
R(
    "an05",
    "2025-01-25",
    "dev",
    [
        "Kyiv Says Russian Drones Hit Power Plant In Sumy Region",
        "Ukraine’s Energy Ministry said on Saturday that a drone strike overnight had damaged two "
        "turbines at a power plant near Sumy.",
        "The ministry’s warning that repairs would take weeks came as Moscow repeated its claim that "
        "the plant supplied arms factories.",
    ],
    S(
        "Kyiv",
        "Says",
        "Russian Drones Hit Power Plant In Sumy Region",
        name="Government of Ukraine",
        type="country",
    ),
    S(
        "Ukraine’s Energy Ministry",
        "said",
        "a drone strike overnight had damaged two turbines at a power plant near Sumy",
        name="Energy Ministry",
        type="organisation",
    ),
    S(
        "The ministry",
        "warning",
        "repairs would take weeks",
        "indirect",
        "warn",
        name="Energy Ministry",
        type="organisation",
    ),
    S(
        ("its", "its claim"),
        ("claim", "its claim"),
        "the plant supplied arms factories",
        "indirect",
        "claim",
        name="Government of Russia",
        type="country",
    ),
    headline=True,
)

# an06  Title Case headline; "questioned their finding that" + nested noun statement
R(
    "an06",
    "2025-09-08",
    "test",
    [
        "Researchers Warn Glacier Loss In Alps Is Accelerating",
        "Glaciologists at ETH Zurich said on Monday that Swiss glaciers had lost four percent of their "
        "volume in a single year.",
        "A hydropower lobby group questioned their finding that melt now starts three weeks earlier "
        "than in the 1990s.",
    ],
    S(
        "Researchers",
        "Warn",
        "Glacier Loss In Alps Is Accelerating",
        "indirect",
        "warn",
        name=None,
        type="group",
    ),
    S(
        "Glaciologists at ETH Zurich",
        "said",
        "Swiss glaciers had lost four percent of their volume in a single year",
        name=None,
        type="group",
    ),
    S(
        "A hydropower lobby group",
        "questioned",
        "their finding that melt now starts three weeks earlier than in the 1990s",
        "indirect",
        "question",
        name="hydropower lobby group",
        type="organisation",
    ),
    S(
        ("their", "their finding"),
        "finding",
        "melt now starts three weeks earlier than in the 1990s",
        "indirect",
        "report",
        name=None,
        type="group",
        parent=2,
    ),
    headline=True,
)

# an07  "Allegations by X that ..." nested in a fronted clause + "X said"; "his promise to"
R(
    "an07",
    "2025-10-17",
    "test",
    [
        "Allegations by election observers that ballots had been stuffed in three districts have not "
        "been investigated, the electoral commission said on Friday.",
        "The commission’s chairman, Tomas Varga, repeated his promise to publish the full results by Monday.",
    ],
    S(
        "the electoral commission",
        "said",
        "Allegations by election observers that ballots had been stuffed in three districts have not "
        "been investigated",
        name="electoral commission",
        type="organisation",
    ),
    S(
        "election observers",
        "Allegations",
        "ballots had been stuffed in three districts",
        "indirect",
        "claim",
        name=None,
        type="group",
        parent=0,
    ),
    S(
        ("his", "his promise"),
        "promise",
        "publish the full results by Monday",
        "indirect",
        "promise",
        name="Tomas Varga",
    ),
)

# an08  Title Case headline resolved to a named bank; "told" + apposition; "Lohse’s view that"
R(
    "an08",
    "2025-07-03",
    "test",
    [
        "Central Bank Says Rates Will Stay High Into Autumn",
        "Karin Lohse, the Bundesbank’s chief economist, told a conference in Frankfurt that inflation "
        "was falling more slowly than expected.",
        "Lohse’s view that wage deals could push prices up again puts her at odds with the finance ministry.",
    ],
    S(
        "Central Bank",
        "Says",
        "Rates Will Stay High Into Autumn",
        name="Bundesbank",
        type="organisation",
    ),
    S(
        ("Karin Lohse", 0),
        "told",
        "inflation was falling more slowly than expected",
        name="Karin Lohse",
        role="the Bundesbank’s chief economist",
        to="a conference in Frankfurt",
    ),
    S(
        ("Lohse", "Lohse’s view"),
        "view",
        "wage deals could push prices up again",
        "indirect",
        "believe",
        name="Karin Lohse",
    ),
    headline=True,
)


# --------------------------------------------------------------------------------------------
def locate(text: str, spec, what: str) -> dict:
    if isinstance(spec, str):
        sub = spec
        n = text.count(sub)
        if n != 1:
            raise AssertionError(f"{what}: {sub!r} occurs {n} times; give an occurrence or an anchor")
        start = text.find(sub)
    elif isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[1], int):
        sub, nth = spec
        start = -1
        for _ in range(nth + 1):
            start = text.find(sub, start + 1)
            if start < 0:
                raise AssertionError(f"{what}: occurrence {nth} of {sub!r} not found")
    elif isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[1], str):
        sub, anchor = spec
        if text.count(anchor) != 1:
            raise AssertionError(f"{what}: anchor {anchor!r} occurs {text.count(anchor)} times")
        if anchor.count(sub) != 1:
            raise AssertionError(f"{what}: {sub!r} occurs {anchor.count(sub)} times in anchor {anchor!r}")
        start = text.find(anchor) + anchor.find(sub)
    else:
        raise AssertionError(f"{what}: bad span spec {spec!r}")
    end = start + len(sub)
    assert text[start:end] == sub, (what, sub)
    assert sub and sub == sub.strip(), f"{what}: empty span or outer whitespace in {sub!r}"
    return {"text": sub, "start": start, "end": end}


def quoted_fragments(s: str) -> list[str]:
    return re.findall(r"\u201c([^\u201d]*)\u201d", s) + re.findall(r'"([^"]*)"', s)


def check_statement(rid: str, text: str, i: int, st: dict, out: dict, statements: list[dict]) -> None:
    where = f"{rid} statement {i}"
    kind, stance, sp = out["kind"], out["stance"], out["speaker"]
    assert kind in KINDS, (where, kind)
    assert stance in STANCES, (where, stance)
    assert sp["type"] in TYPES, (where, sp["type"])
    co = out["content"]
    c, a, b = co["text"], co["start"], co["end"]
    assert not c.lower().startswith("that "), (where, "complementizer in content")
    assert not c.endswith(","), (where, "trailing comma in content")
    # speaker and cue never overlap the content, except a copied speaker span of a
    # continuation is of course elsewhere; all spans lie in the text
    for part in ("speaker", "cue"):
        p = out[part]
        if "content_parts" in out:
            # a content split by its own attribution: the cue and speaker lie between the pieces
            assert all(p["end"] <= q["start"] or p["start"] >= q["end"] for q in out["content_parts"]), (
                where,
                part,
                "overlaps a piece of the content",
            )
            continue
        assert p["end"] <= a or p["start"] >= b, (where, part, "overlaps content")
    if "content_parts" in out:
        ps = out["content_parts"]
        assert len(ps) >= 2 and ps[0]["start"] == a and ps[-1]["end"] == b, (where, "parts span the content")
        assert all(x["end"] < y["start"] for x, y in pairwise(ps)), (where, "parts in order")
    if kind == "direct":
        before = text[a - 1] if a > 0 else "\n"
        after = text[b : b + 2]
        opened = before in OPEN_Q
        closed = after[:1] in CLOSE_Q or (after[:1] == "," and after[1:2] in CLOSE_Q)
        if "content_parts" in out:
            assert all(text[q["start"] - 1] in OPEN_Q for q in out["content_parts"]), (
                where,
                "each piece quoted",
            )
        if st["broken"]:
            assert opened != closed, (where, "a broken quotation has exactly one of its marks")
        else:
            assert opened and closed, (where, "direct content must sit between quote marks", before, after)
        if c[-1] in ".?!":
            assert after[:1] in CLOSE_Q, (where, "final period kept only inside the quote marks")
        for k in [m.start() for m in re.finditer("\n\n", c)]:
            assert c[k + 2] in OPEN_Q, (where, "a quotation reopened at each new paragraph")
    else:
        assert c[0] not in OPEN_Q or kind == "mixed", (where, "content opens with a quote mark")
        if c.endswith("."):
            assert c[-2:] in ('."',) or kind == "mixed", (where, "sentence-final period in content")
        frags = quoted_fragments(c)
        if kind == "mixed":
            assert frags, (where, "mixed without an embedded quotation")
            assert c.count("\u201c") == c.count("\u201d") and c.count('"') % 2 == 0, (where, "unbalanced")
        elif "content_parts" not in out:
            for f in frags:
                assert len(f.split()) < 4, (where, f"quoted fragment of 4+ words should make it mixed: {f!r}")
    if out["parent"] is not None:
        p = out["parent"]
        assert 0 <= p < i, (where, "parent must come earlier")
        pc = statements[p]["content"]
        for part in ("speaker", "cue", "content"):
            assert pc["start"] <= out[part]["start"] and out[part]["end"] <= pc["end"], (
                where,
                part,
                "nested statement lies outside its parent's content",
            )
    if sp["type"] != "person":
        assert sp["role"] is None or sp["type"] == "organisation", (
            where,
            "role only for persons/organisations",
        )
    if sp["type"] == "country":
        assert sp["name"] and sp["name"].startswith("Government of "), (where, sp["name"])


def with_article(text: str, span: dict, type_: str) -> dict:
    """An organisation's name is taken with the article it stands with ("the Pentagon"): the
    mention as it stands, as CONTRACT.md says. Persons' spans still start at their title."""
    if type_ in ("organisation", "country", "document", "group") and span["text"][:1].isupper():
        for article in ("the ", "The "):
            s = span["start"] - len(article)
            if s >= 0 and text[s : span["start"]] == article:
                return {"text": text[s : span["end"]], "start": s, "end": span["end"]}
    return span


def build() -> list[dict]:
    rows = []
    ids = [r["id"] for r in REPORTS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "ids out of order"
    for r in REPORTS:
        rid = r["id"]
        assert r["split"] in ("dev", "test"), rid
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]), rid
        paras = r["paras"]
        for p in paras:
            assert p == p.strip() and "\n" not in p, (rid, "paragraphs have no inner newlines", p[:40])
        if r["headline"]:
            assert not paras[0].endswith((".", "”", '"')), (rid, "a headline has no final period")
        text = "\n\n".join(paras)
        statements = []
        for i, st in enumerate(r["statements"]):
            w = f"{rid} statement {i}"
            cue = locate(text, st["cue"], w + " cue")
            if st["sp"] is None:
                # no one is named: an empty span where the cue starts
                assert st["type"] == "unknown" and st["name"] is None, (w, "a nameless speaker is unknown")
                sp = {"text": "", "start": cue["start"], "end": cue["start"]}
            else:
                sp = with_article(text, locate(text, st["sp"], w + " speaker"), st["type"])
            sp.update({"name": st["name"], "role": st["role"], "type": st["type"]})
            out = {
                "speaker": sp,
                "cue": cue,
                "content": locate(text, st["co"], w + " content"),
                "kind": st["kind"],
                "stance": st["stance"],
                "conditional": st["cond"],
                "negated": st["neg"],
                "cited_source": locate(text, st["cite"], w + " cited_source") if st["cite"] else None,
                "venue": locate(text, st["venue"], w + " venue") if st["venue"] else None,
                "addressee": locate(text, st["to"], w + " addressee") if st["to"] else None,
                "parent": st["parent"],
            }
            if st["parts"]:
                out["content_parts"] = [locate(text, q, w + " content part") for q in st["parts"]]
            check_statement(rid, text, i, st, out, statements)
            statements.append(out)
        starts = [s["content"]["start"] for s in statements]
        assert starts == sorted(starts), (rid, "statements not in text order (by content start)")
        rows.append(
            {
                "id": rid,
                "text": text,
                "published": r["published"],
                "split": r["split"],
                "statements": statements,
            }
        )
    return rows


def features(row: dict, i: int, report: dict) -> set[str]:
    """Pattern labels for the coverage summary (derived from the annotation itself)."""
    text, sts = row["text"], row["statements"]
    s = sts[i]
    sp, cue, co = s["speaker"], s["cue"], s["content"]
    f = {f"kind:{s['kind']}", f"stance:{s['stance']}", f"speaker:{sp['type']}"}
    cl = cue["text"].lower()
    if s["negated"]:
        f.add("negated")
    if s["conditional"]:
        f.add("conditional")
    for k in ("cited_source", "venue", "addressee"):
        if s[k]:
            f.add(k)
    if s["parent"] is not None:
        f.add("nested")
    if report["headline"] and co["end"] <= len(text.split("\n\n")[0]):
        f.add("headline statement")
    if cl == ":":
        f.add("colon attribution")
    elif cl == "\u2014":
        f.add("dash attribution")
    elif cl == "according to":
        f.add("according to, fronted" if cue["start"] < co["start"] else "according to, after")
    elif cl == "in the words of":
        f.add("in the words of")
    elif cl in NOUN_CUES and (
        text[sp["end"] : cue["start"]] in ("’s ", "'s ") or text[cue["end"] : cue["end"] + 4] == " by "
    ):
        f.add("noun cue")
    elif cl == "began talking":
        f.add("X began talking + quotation")
    if " " in cue["text"] and cl not in (
        "according to",
        "in the words of",
        "began talking",
        "called for",
        "called on",
    ):
        f.add("auxiliary/adverb/negation in cue")
    if s["kind"] == "direct":
        if cue["start"] < co["start"]:
            if text[cue["end"] : cue["end"] + 1] == ":":
                f.add('X said: "..."')
        elif sp["start"] > cue["start"]:
            f.add('"...," said X')
        else:
            f.add('"...," X said')
        if "\n\n" in co["text"]:
            f.add("multi-paragraph quotation")
        if re.search(r"[.?!] ", co["text"]):
            f.add("multi-sentence quotation")
    elif s["kind"] in ("indirect", "mixed"):
        if sp["start"] < cue["start"] < co["start"]:
            f.add("X <cue> (that) ... (speaker, cue, content in this order)")
        elif co["end"] < sp["start"]:
            f.add("..., X said")
    if any(c in sp["text"] + (sp["role"] or "") for c in '\u201c\u201d"'):
        f.add("quote marks in speaker description")
    for j in range(i):
        o = sts[j]
        if o["speaker"]["start"] == sp["start"] and o["cue"]["start"] == cue["start"]:
            f.add("unattributed continuation (copied spans)")
        elif o["speaker"]["start"] == sp["start"]:
            f.add("shared subject (coordinated cue)")
    low = sp["text"].lower()
    if low in PRONOUNS:
        f.add("pronoun speaker")
    if sp["type"] == "person":
        if sp["name"] is None:
            f.add("anonymous/unnamed person")
        elif sp["name"] not in sp["text"]:
            if sp["text"] in sp["name"].split():
                f.add("resolved from surname")
            elif low not in PRONOUNS:
                f.add("resolved from title")
    if sp["type"] == "country" and " " not in sp["text"] and sp["text"] not in sp["name"]:
        f.add("capital as metonym")
    if re.search(r"statement (by|from) $", text[max(0, sp["start"] - 15) : sp["start"]]):
        f.add("a statement by X said")
    return f


def main() -> int:
    rows = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(data, encoding="utf-8")
    # re-read and re-verify every span from the written file
    for line in OUT.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for s in r["statements"]:
            for k in ("speaker", "cue", "content", "cited_source", "venue", "addressee"):
                if s[k]:
                    assert r["text"][s[k]["start"] : s[k]["end"]] == s[k]["text"], (r["id"], k)
            for q in s.get("content_parts", []):
                assert r["text"][q["start"] : q["end"]] == q["text"], (r["id"], "content_parts")
    per = Counter(r["split"] for r in rows)
    nst = Counter()
    cov = defaultdict(Counter)
    for r, rep in zip(rows, REPORTS, strict=True):
        nst[r["split"]] += len(r["statements"])
        for i in range(len(r["statements"])):
            for f in features(r, i, rep):
                cov[f][r["split"]] += 1
    print(
        f"wrote {OUT}: {len(rows)} reports (dev {per['dev']}, test {per['test']}), "
        f"{sum(nst.values())} statements (dev {nst['dev']}, test {nst['test']})"
    )
    if "-v" in sys.argv:
        for f in sorted(cov):
            print(f"  {f:45} dev {cov[f]['dev']:3}  test {cov[f]['test']:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
