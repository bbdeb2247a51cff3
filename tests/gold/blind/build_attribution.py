"""Build tests/gold/blind/attribution.jsonl: a BLIND evaluation set for `claimledger eval attribution`.

usage: .venv/bin/python tests/gold/blind/build_attribution.py   (rewrites attribution.jsonl beside this file)

Every report below is invented newswire, written for this blind set by an annotator who had not
seen the extractor's rules or the team's gold texts. All officials, units, figures and quotations
are made up; no real person below head-of-state level is quoted. Conventions: tests/gold/README.md
("Attribution"). Spans are substrings located with str.find (see _spans.py). Never tune on this set.
"""

from __future__ import annotations

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _spans import locate, reread_check, write_jsonl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "attribution.jsonl")

OPEN, CLOSE = "\u201c", "\u201d"


def S(
    speaker,
    name,
    role,
    typ,
    cue,
    content,
    kind,
    stance,
    *,
    cond=False,
    neg=False,
    cited=None,
    venue=None,
    addressee=None,
    parent=None,
    broken=False,
):
    return {
        "speaker": speaker,
        "name": name,
        "role": role,
        "type": typ,
        "cue": cue,
        "content": content,
        "kind": kind,
        "stance": stance,
        "cond": cond,
        "neg": neg,
        "cited": cited,
        "venue": venue,
        "addressee": addressee,
        "parent": parent,
        "broken": broken,
    }


REPORTS = []


def R(rid, published, text, statements):
    REPORTS.append((rid, published, text, statements))


# ---------------------------------------------------------------------------------------------- 01
R(
    "ba01",
    "2025-08-14",
    "Governor says drone debris sparked fire at Odesa grain terminal\n\n"
    "Debris from a downed Russian drone set fire to a grain terminal in the Odesa port area overnight, "
    "regional governor Mykola Hrytsenko said on Telegram.\n\n"
    "Firefighters put out the blaze by dawn. No one was hurt, he added. About 2,000 tonnes of maize were "
    "damaged, according to the port operator.\n\n"
    "\u201cThe port is working. Ships are loading as we speak,\u201d the governor told local television.\n\n"
    "Russia\u2019s Defence Ministry said its forces had struck \u201cmilitary infrastructure\u201d in the region.",
    [
        S(
            "Governor",
            "Mykola Hrytsenko",
            "Governor",
            "person",
            "says",
            "drone debris sparked fire at Odesa grain terminal",
            "indirect",
            "assert",
        ),
        S(
            "regional governor Mykola Hrytsenko",
            "Mykola Hrytsenko",
            "regional governor",
            "person",
            ("said", 0),
            "Debris from a downed Russian drone set fire to a grain terminal in the Odesa port area overnight",
            "indirect",
            "assert",
            venue="on Telegram",
        ),
        S(
            ("he", "hurt, he added"),
            "Mykola Hrytsenko",
            None,
            "person",
            "added",
            "No one was hurt",
            "indirect",
            "assert",
        ),
        S(
            "the port operator",
            "port operator",
            None,
            "organisation",
            "according to",
            "About 2,000 tonnes of maize were damaged",
            "according_to",
            "assert",
        ),
        S(
            "the governor",
            "Mykola Hrytsenko",
            "governor",
            "person",
            "told",
            "The port is working. Ships are loading as we speak",
            "direct",
            "assert",
            addressee="local television",
        ),
        S(
            "Russia\u2019s Defence Ministry",
            "Defence Ministry",
            None,
            "organisation",
            ("said", 1),
            "its forces had struck \u201cmilitary infrastructure\u201d in the region",
            "indirect",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 02
R(
    "ba02",
    "2025-06-01",
    "An Israeli airstrike on a school sheltering displaced families in Gaza City killed at least 11 people, "
    "the territory\u2019s civil defence agency said on Sunday.\n\n"
    "The Israeli military said it had targeted a Hamas command post operating inside the compound and that it "
    "had taken steps to limit harm to civilians.\n\n"
    "\u201cWe pulled children out from under the concrete with our hands. There was no command post there, only "
    "mattresses and cooking pots,\u201d said Yousef Abu Shanab, a civil defence officer at the scene.\n\n"
    "\u201cWe have no fuel left for the generators, so at night we work in the dark.\u201d\n\n"
    "An Israeli security official, speaking on condition of anonymity, denied that the strike had hit the school "
    "building itself and said the target was an adjacent structure.",
    [
        S(
            "the territory\u2019s civil defence agency",
            "civil defence agency",
            None,
            "organisation",
            ("said", 0),
            "An Israeli airstrike on a school sheltering displaced families in Gaza City killed at least 11 people",
            "indirect",
            "assert",
        ),
        S(
            "The Israeli military",
            "Israeli military",
            None,
            "organisation",
            ("said", 1),
            "it had targeted a Hamas command post operating inside the compound and that it had taken steps to "
            "limit harm to civilians",
            "indirect",
            "assert",
        ),
        S(
            "Yousef Abu Shanab",
            "Yousef Abu Shanab",
            "a civil defence officer at the scene",
            "person",
            ("said", 2),
            "We pulled children out from under the concrete with our hands. There was no command post there, only "
            "mattresses and cooking pots",
            "direct",
            "assert",
        ),
        S(
            "Yousef Abu Shanab",
            "Yousef Abu Shanab",
            "a civil defence officer at the scene",
            "person",
            ("said", 2),
            "We have no fuel left for the generators, so at night we work in the dark.",
            "direct",
            "assert",
        ),
        S(
            "An Israeli security official",
            None,
            "Israeli security official",
            "person",
            "denied",
            "the strike had hit the school building itself",
            "indirect",
            "deny",
        ),
        S(
            "An Israeli security official",
            None,
            "Israeli security official",
            "person",
            ("said", 3),
            "the target was an adjacent structure",
            "indirect",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 03
R(
    "ba03",
    "2025-05-19",
    "Rapid Support Forces fighters have entered the outskirts of El Fasher from the east, according to two "
    "residents and a local monitoring group.\n\n"
    "The Sudanese army said in a statement that its troops had repelled the attack and killed dozens of "
    "fighters, citing field reports from the 6th Infantry Division.\n\n"
    "Aid workers fear that the renewed fighting will cut the last road used to bring food into the city. "
    "\u201cIf the road closes, we have maybe ten days of stock,\u201d said Amira Osman, who coordinates a "
    "community kitchen network in the city.\n\n"
    "Neither side\u2019s casualty figures could be independently verified.",
    [
        S(
            "two residents and a local monitoring group",
            None,
            None,
            "group",
            "according to",
            "Rapid Support Forces fighters have entered the outskirts of El Fasher from the east",
            "according_to",
            "assert",
        ),
        S(
            "The Sudanese army",
            "Sudanese army",
            None,
            "organisation",
            ("said", 0),
            "its troops had repelled the attack and killed dozens of fighters",
            "indirect",
            "assert",
            venue="in a statement",
            cited="citing field reports from the 6th Infantry Division",
        ),
        S(
            "Aid workers",
            None,
            None,
            "group",
            "fear",
            "the renewed fighting will cut the last road used to bring food into the city",
            "indirect",
            "fear",
        ),
        S(
            "Amira Osman",
            "Amira Osman",
            "who coordinates a community kitchen network in the city",
            "person",
            ("said", 1),
            "If the road closes, we have maybe ten days of stock",
            "direct",
            "assert",
            cond=True,
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 04
R(
    "ba04",
    "2025-04-08",
    "North Korea has shipped at least two more batches of artillery shells to Russia since March, South "
    "Korea\u2019s spy agency told lawmakers on Tuesday.\n\n"
    "The National Intelligence Service believes the shipments were paid for partly with food and oil, "
    "according to Lee Jae-sung, a member of parliament\u2019s intelligence committee who attended the "
    "closed-door briefing.\n\n"
    "Pyongyang has repeatedly denied supplying weapons to Moscow. Its foreign ministry said last month that "
    "such reports were \u201ca fabrication cooked up by the puppet regime.\u201d",
    [
        S(
            "South Korea\u2019s spy agency",
            "National Intelligence Service",
            None,
            "organisation",
            "told",
            "North Korea has shipped at least two more batches of artillery shells to Russia since March",
            "indirect",
            "assert",
            addressee="lawmakers",
        ),
        S(
            "Lee Jae-sung",
            "Lee Jae-sung",
            "a member of parliament\u2019s intelligence committee who attended the closed-door briefing",
            "person",
            "according to",
            "The National Intelligence Service believes the shipments were paid for partly with food and oil",
            "according_to",
            "assert",
        ),
        S(
            "The National Intelligence Service",
            "National Intelligence Service",
            None,
            "organisation",
            "believes",
            "the shipments were paid for partly with food and oil",
            "indirect",
            "believe",
            parent=1,
        ),
        S(
            "Pyongyang",
            "Government of North Korea",
            None,
            "country",
            "has repeatedly denied",
            "supplying weapons to Moscow",
            "indirect",
            "deny",
        ),
        S(
            "Its foreign ministry",
            "foreign ministry",
            None,
            "organisation",
            "said",
            "such reports were \u201ca fabrication cooked up by the puppet regime.\u201d",
            "mixed",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 05
R(
    "ba05",
    "2025-03-27",
    "Mali\u2019s military government has ordered a French-language broadcaster off the air for three months, "
    "accusing it of spreading \u201cfalse information that demoralises the troops.\u201d\n\n"
    "The decision followed a report by the broadcaster on a convoy ambush near L\u00e9r\u00e9 in which, it said, "
    "at least 30 soldiers were killed.\n\n"
    "Bamako did not deny the ambush took place but rejected the toll. In a statement read on state television, "
    "government spokesman Col. Ibrahim Sangar\u00e9 said the army would \u201crespond with force\u201d if foreign "
    "media kept \u201crelaying terrorist propaganda\u201d.\n\n"
    "Reporters Without Borders called on the authorities to lift the ban.",
    [
        S(
            "Mali\u2019s military government",
            "Government of Mali",
            None,
            "country",
            "accusing",
            "it of spreading \u201cfalse information that demoralises the troops.\u201d",
            "mixed",
            "accuse",
        ),
        S(
            ("it", "in which, it said,"),
            "French-language broadcaster",
            None,
            "organisation",
            ("said", "in which, it said,"),
            "at least 30 soldiers were killed",
            "indirect",
            "assert",
        ),
        S(
            "Bamako",
            "Government of Mali",
            None,
            "country",
            "did not deny",
            "the ambush took place",
            "indirect",
            "deny",
            neg=True,
        ),
        S("Bamako", "Government of Mali", None, "country", "rejected", "the toll", "indirect", "deny"),
        S(
            "government spokesman Col. Ibrahim Sangar\u00e9",
            "Ibrahim Sangar\u00e9",
            "government spokesman Col.",
            "person",
            ("said", "Sangar\u00e9 said the"),
            "the army would \u201crespond with force\u201d if foreign media kept \u201crelaying terrorist "
            "propaganda\u201d",
            "mixed",
            "assert",
            cond=True,
            venue="In a statement read on state television",
        ),
        S(
            "Reporters Without Borders",
            "Reporters Without Borders",
            None,
            "organisation",
            "called on",
            "the authorities to lift the ban",
            "indirect",
            "urge",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 06
R(
    "ba06",
    "2025-10-14",
    "The Chinese military said it had begun two days of exercises around Taiwan to test its forces\u2019 ability "
    "to \u201cseize control of key areas\u201d, a day after the island\u2019s new defence chief visited troops "
    "on Kinmen.\n\n"
    "Taiwan\u2019s Defence Ministry said it had tracked 41 aircraft and 14 navy vessels near the island by 6 a.m. "
    "and had sent its own ships to monitor them.\n\n"
    "\u201cThis is intimidation, plain and simple.\n\n"
    "\u201cWe will not be provoked, and we will not back down,\u201d the ministry said.\n\n"
    "Analysts expect Beijing to announce further drills before the end of the year. Some question whether the "
    "exercises are meant to pressure Washington as much as Taipei.",
    [
        S(
            "The Chinese military",
            "Chinese military",
            None,
            "organisation",
            ("said", 0),
            "it had begun two days of exercises around Taiwan to test its forces\u2019 ability to \u201cseize "
            "control of key areas\u201d",
            "mixed",
            "assert",
        ),
        S(
            "Taiwan\u2019s Defence Ministry",
            "Defence Ministry",
            None,
            "organisation",
            ("said", 1),
            "it had tracked 41 aircraft and 14 navy vessels near the island by 6 a.m. and had sent its own ships "
            "to monitor them",
            "indirect",
            "assert",
        ),
        S(
            "the ministry",
            "Defence Ministry",
            None,
            "organisation",
            ("said", 2),
            "This is intimidation, plain and simple.\n\n\u201cWe will not be provoked, and we will not back down",
            "direct",
            "assert",
        ),
        S(
            "Analysts",
            None,
            None,
            "group",
            "expect",
            "Beijing to announce further drills before the end of the year",
            "indirect",
            "expect",
        ),
        S(
            "Some",
            None,
            None,
            "group",
            "question",
            "whether the exercises are meant to pressure Washington as much as Taipei",
            "indirect",
            "question",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 07
R(
    "ba07",
    "2025-07-03",
    "The Kremlin on Thursday dismissed as \u201cpure fantasy\u201d media reports of a new mobilisation wave "
    "planned for the autumn.\n\n"
    "The report that started the speculation, published by the independent outlet Severny Veter, said the "
    "Defence Ministry had sent regional governors quotas for reservists to be called up by September, citing "
    "two officials in regional administrations.\n\n"
    "Asked about it, a Kremlin spokesman told reporters there were \u201cno such plans and no such "
    "discussions\u201d. He said the army was meeting its needs with volunteers.\n\n"
    "Severny Veter said it stood by its reporting.",
    [
        S(
            "The Kremlin",
            "Kremlin",
            None,
            "organisation",
            "dismissed",
            "media reports of a new mobilisation wave planned for the autumn",
            "indirect",
            "deny",
        ),
        S(
            "The report that started the speculation",
            "Severny Veter report",
            None,
            "document",
            ("said", 0),
            "the Defence Ministry had sent regional governors quotas for reservists to be called up by September",
            "indirect",
            "assert",
            cited="citing two officials in regional administrations",
        ),
        S(
            "a Kremlin spokesman",
            None,
            "Kremlin spokesman",
            "person",
            "told",
            "there were \u201cno such plans and no such discussions\u201d",
            "mixed",
            "assert",
            addressee="reporters",
        ),
        S(
            ("He", "He said"),
            None,
            None,
            "person",
            ("said", 1),
            "the army was meeting its needs with volunteers",
            "indirect",
            "assert",
        ),
        S(
            ("Severny Veter", 1),
            "Severny Veter",
            None,
            "organisation",
            ("said", 2),
            "it stood by its reporting",
            "indirect",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 08
R(
    "ba08",
    "2025-02-10",
    "Israeli strikes on two villages in southern Lebanon killed three people on Monday, including a paramedic, "
    "Lebanon\u2019s health ministry said.\n\n"
    "\u201cThe ambulance was clearly marked and its lights were on, the head of the civil defence centre in "
    "Nabatieh said by phone.\n\n"
    "The Israeli army said it had struck Hezbollah \u201cterror infrastructure\u201d in the area and was looking "
    "into reports of civilian casualties.\n\n"
    "\u201cWe are not at war, but we are not at peace either. People sleep in their clothes.\u201d \u2014 a "
    "municipal official in Khiam, who asked not to be named.",
    [
        S(
            "Lebanon\u2019s health ministry",
            "health ministry",
            None,
            "organisation",
            ("said", 0),
            "Israeli strikes on two villages in southern Lebanon killed three people on Monday, including a "
            "paramedic",
            "indirect",
            "assert",
        ),
        S(
            "the head of the civil defence centre in Nabatieh",
            None,
            "head of the civil defence centre in Nabatieh",
            "person",
            ("said", 1),
            "The ambulance was clearly marked and its lights were on",
            "direct",
            "assert",
            venue="by phone",
            broken=True,
        ),
        S(
            "The Israeli army",
            "Israeli army",
            None,
            "organisation",
            ("said", 2),
            "it had struck Hezbollah \u201cterror infrastructure\u201d in the area and was looking into reports of "
            "civilian casualties",
            "indirect",
            "assert",
        ),
        S(
            "a municipal official in Khiam",
            None,
            "municipal official in Khiam",
            "person",
            "\u2014",
            "We are not at war, but we are not at peace either. People sleep in their clothes.",
            "direct",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 09
R(
    "ba09",
    "2025-09-22",
    "Kosovo police said they had seized a cache of weapons, including anti-tank mines, in a village near the "
    "northern town of Zubin Potok.\n\n"
    "Interior Minister Arben Krasniqi told a news conference the weapons belonged to \u201ca group that was "
    "planning attacks on our institutions.\u201d Serbia rejected Pristina\u2019s claim that the cache was linked "
    "to Belgrade as \u201ca cheap invention\u201d.\n\n"
    "And from Belgrade: \u201cThere is no Serbian hand in this. Pristina needs enemies to distract from its own "
    "failures.\u201d",
    [
        S(
            "Kosovo police",
            "Kosovo police",
            None,
            "organisation",
            "said",
            "they had seized a cache of weapons, including anti-tank mines, in a village near the northern town of "
            "Zubin Potok",
            "indirect",
            "assert",
        ),
        S(
            "Interior Minister Arben Krasniqi",
            "Arben Krasniqi",
            "Interior Minister",
            "person",
            "told",
            "the weapons belonged to \u201ca group that was planning attacks on our institutions.\u201d",
            "mixed",
            "assert",
            addressee="a news conference",
        ),
        S(
            ("Serbia", "Serbia rejected"),
            "Government of Serbia",
            None,
            "country",
            "rejected",
            "Pristina\u2019s claim that the cache was linked to Belgrade",
            "indirect",
            "deny",
        ),
        S(
            ("Pristina", 0),
            "Government of Kosovo",
            None,
            "country",
            "claim",
            "the cache was linked to Belgrade",
            "indirect",
            "claim",
            parent=2,
        ),
        S(
            ("Belgrade", "from Belgrade:"),
            "Government of Serbia",
            None,
            "country",
            ":",
            "There is no Serbian hand in this. Pristina needs enemies to distract from its own failures.",
            "direct",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 10
R(
    "ba10",
    "2025-01-29",
    "Houthi rebels on Wednesday claimed responsibility for an attack on a Liberian-flagged bulk carrier in the "
    "Red Sea, saying they had hit it with two anti-ship missiles.\n\n"
    "The British maritime agency UKMTO said the master of the vessel had reported an explosion off its port "
    "side about 60 nautical miles west of Hodeidah. The crew were safe and the ship was proceeding to its next "
    "port of call, the agency added.\n\n"
    "A tanker that was damaged in a similar attack last month is still being towed to Djibouti.\n\n"
    "The group\u2019s military spokesman warned that shipping companies dealing with Israeli ports would remain "
    "\u201clegitimate targets wherever they are.\u201d",
    [
        S(
            "Houthi rebels",
            "Houthi rebels",
            None,
            "group",
            "claimed",
            "responsibility for an attack on a Liberian-flagged bulk carrier in the Red Sea",
            "indirect",
            "claim",
        ),
        S(
            "Houthi rebels",
            "Houthi rebels",
            None,
            "group",
            "saying",
            "they had hit it with two anti-ship missiles",
            "indirect",
            "assert",
        ),
        S(
            "British maritime agency UKMTO",
            "UKMTO",
            "British maritime agency",
            "organisation",
            "said",
            "the master of the vessel had reported an explosion off its port side about 60 nautical miles west of "
            "Hodeidah",
            "indirect",
            "assert",
        ),
        S(
            "the master of the vessel",
            None,
            "master of the vessel",
            "person",
            "had reported",
            "an explosion off its port side about 60 nautical miles west of Hodeidah",
            "indirect",
            "report",
            parent=2,
        ),
        S(
            "the agency",
            "UKMTO",
            None,
            "organisation",
            "added",
            "The crew were safe and the ship was proceeding to its next port of call",
            "indirect",
            "assert",
        ),
        S(
            "The group\u2019s military spokesman",
            None,
            "group\u2019s military spokesman",
            "person",
            "warned",
            "shipping companies dealing with Israeli ports would remain \u201clegitimate targets wherever they "
            "are.\u201d",
            "mixed",
            "warn",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 11
R(
    "ba11",
    "2025-11-08",
    "Myanmar\u2019s military is preparing a counter-offensive to retake the northern town of Lashio, two people "
    "familiar with the army\u2019s plans said, as rebel groups consolidate their hold on the area.\n\n"
    "The Myanmar National Democratic Alliance Army, which seized the town last year, said it had no intention "
    "of withdrawing and accused the junta of bombing a market in Hsenwi on Friday, killing at least nine "
    "people.\n\n"
    "A junta spokesman said the air force had targeted \u201cterrorist gatherings\u201d only.\n\n"
    "China, which borders the region, hopes to broker a new ceasefire before the monsoon, a Chinese diplomat in "
    "Yangon said on condition of anonymity.",
    [
        S(
            "two people familiar with the army\u2019s plans",
            None,
            None,
            "group",
            ("said", 0),
            "Myanmar\u2019s military is preparing a counter-offensive to retake the northern town of Lashio",
            "indirect",
            "assert",
        ),
        S(
            "The Myanmar National Democratic Alliance Army",
            "Myanmar National Democratic Alliance Army",
            "which seized the town last year",
            "organisation",
            ("said", 1),
            "it had no intention of withdrawing",
            "indirect",
            "assert",
        ),
        S(
            "The Myanmar National Democratic Alliance Army",
            "Myanmar National Democratic Alliance Army",
            "which seized the town last year",
            "organisation",
            "accused",
            "the junta of bombing a market in Hsenwi on Friday, killing at least nine people",
            "indirect",
            "accuse",
        ),
        S(
            "A junta spokesman",
            None,
            "junta spokesman",
            "person",
            ("said", 2),
            "the air force had targeted \u201cterrorist gatherings\u201d only",
            "indirect",
            "assert",
        ),
        S(
            "a Chinese diplomat in Yangon",
            None,
            "Chinese diplomat in Yangon",
            "person",
            ("said", 3),
            "China, which borders the region, hopes to broker a new ceasefire before the monsoon",
            "indirect",
            "assert",
        ),
        S(
            "China",
            "Government of China",
            None,
            "country",
            "hopes",
            "broker a new ceasefire before the monsoon",
            "indirect",
            "hope",
            parent=4,
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 12
R(
    "ba12",
    "2025-06-20",
    "Armenia and Azerbaijan have agreed on the text of a peace treaty but not on when to sign it, "
    "Armenia\u2019s Foreign Ministry said on Friday.\n\n"
    "According to a copy seen by this agency, the draft commits both sides to withdraw third-party forces from "
    "their common border. The text also calls for the two countries to open embassies within a year of "
    "ratification.\n\n"
    "Azerbaijan\u2019s presidential adviser Farid Hasanov said Baku would sign only once Armenia amended its "
    "constitution, which refers to Nagorno-Karabakh. \u201cWe are not asking for anything unusual,\u201d he "
    "said in an interview with a Turkish channel.",
    [
        S(
            "Armenia\u2019s Foreign Ministry",
            "Foreign Ministry",
            None,
            "organisation",
            ("said", 0),
            "Armenia and Azerbaijan have agreed on the text of a peace treaty but not on when to sign it",
            "indirect",
            "assert",
        ),
        S(
            "a copy seen by this agency",
            "draft peace treaty",
            None,
            "document",
            "According to",
            "the draft commits both sides to withdraw third-party forces from their common border",
            "according_to",
            "assert",
        ),
        S(
            "The text",
            "draft peace treaty",
            None,
            "document",
            "also calls for",
            "the two countries to open embassies within a year of ratification",
            "indirect",
            "urge",
        ),
        S(
            "Azerbaijan\u2019s presidential adviser Farid Hasanov",
            "Farid Hasanov",
            "Azerbaijan\u2019s presidential adviser",
            "person",
            ("said", 1),
            "Baku would sign only once Armenia amended its constitution, which refers to Nagorno-Karabakh",
            "indirect",
            "assert",
        ),
        S(
            ("he", "he said in an"),
            "Farid Hasanov",
            None,
            "person",
            ("said", 2),
            "We are not asking for anything unusual",
            "direct",
            "assert",
            venue="in an interview with a Turkish channel",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 13
R(
    "ba13",
    "2025-09-06",
    "A Ukrainian brigade commander said on Saturday that Russian assault groups were now attacking on "
    "motorcycles and quad bikes in an attempt to cross open ground faster than drones could react.\n\n"
    "\u201cThey come in groups of ten, twenty bikes. Most of them do not reach our positions,\u201d said Lt. Col. "
    "Serhiy Dudnyk, who commands a mechanised brigade near Kostiantynivka.\n\n"
    "\u201cOne prisoner told us he had been promised a bonus of 200,000 roubles for every kilometre. He had been "
    "at the front for eleven days.\n\n"
    "\u201cThe drones decide everything now. Whoever has more of them wins the day.\u201d\n\n"
    "Russia\u2019s Defence Ministry said its troops had \u201cliberated\u201d another village in the area but did "
    "not name it.",
    [
        S(
            "A Ukrainian brigade commander",
            "Serhiy Dudnyk",
            "Ukrainian brigade commander",
            "person",
            ("said", 0),
            "Russian assault groups were now attacking on motorcycles and quad bikes in an attempt to cross open "
            "ground faster than drones could react",
            "indirect",
            "assert",
        ),
        S(
            "Lt. Col. Serhiy Dudnyk",
            "Serhiy Dudnyk",
            "Lt. Col.",
            "person",
            ("said", 1),
            "They come in groups of ten, twenty bikes. Most of them do not reach our positions",
            "direct",
            "assert",
        ),
        S(
            "Lt. Col. Serhiy Dudnyk",
            "Serhiy Dudnyk",
            "Lt. Col.",
            "person",
            ("said", 1),
            "One prisoner told us he had been promised a bonus of 200,000 roubles for every kilometre. He had been "
            "at the front for eleven days.\n\n\u201cThe drones decide everything now. Whoever has more of them wins "
            "the day.",
            "direct",
            "assert",
        ),
        S(
            "One prisoner",
            None,
            "prisoner",
            "person",
            "told",
            "he had been promised a bonus of 200,000 roubles for every kilometre",
            "indirect",
            "assert",
            addressee=("us", "told us he"),
            parent=2,
        ),
        S(
            "Russia\u2019s Defence Ministry",
            "Defence Ministry",
            None,
            "organisation",
            ("said", 2),
            "its troops had \u201cliberated\u201d another village in the area",
            "mixed",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 14
R(
    "ba14",
    "2025-12-15",
    "The European Union on Monday announced sanctions against 19 vessels of Russia\u2019s so-called shadow fleet "
    "and two Emirati firms accused of helping Moscow evade an oil price cap.\n\n"
    "The bloc\u2019s foreign ministers also pledged to keep military aid to Ukraine at current levels through "
    "next year, a statement said.\n\n"
    "Hungary, which has delayed several earlier packages, did not block the measures, two diplomats said. One "
    "of them said Budapest had been promised that a pipeline exemption would stay in place.\n\n"
    "The UAE foreign ministry said it was \u201cnot aware of any violations\u201d by companies registered in the "
    "country.",
    [
        S(
            "The European Union",
            "European Union",
            None,
            "organisation",
            "announced",
            "sanctions against 19 vessels of Russia\u2019s so-called shadow fleet and two Emirati firms accused of "
            "helping Moscow evade an oil price cap",
            "indirect",
            "announce",
        ),
        S(
            "a statement",
            "EU foreign ministers\u2019 statement",
            None,
            "document",
            ("said", 0),
            "The bloc\u2019s foreign ministers also pledged to keep military aid to Ukraine at current levels "
            "through next year",
            "indirect",
            "assert",
        ),
        S(
            "The bloc\u2019s foreign ministers",
            None,
            None,
            "group",
            "also pledged",
            "keep military aid to Ukraine at current levels through next year",
            "indirect",
            "promise",
            parent=1,
        ),
        S(
            "two diplomats",
            None,
            None,
            "group",
            ("said", 1),
            "Hungary, which has delayed several earlier packages, did not block the measures",
            "indirect",
            "assert",
        ),
        S(
            "One of them",
            None,
            None,
            "person",
            ("said", 2),
            "Budapest had been promised that a pipeline exemption would stay in place",
            "indirect",
            "assert",
        ),
        S(
            "The UAE foreign ministry",
            "foreign ministry",
            None,
            "organisation",
            ("said", 3),
            "it was \u201cnot aware of any violations\u201d by companies registered in the country",
            "mixed",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 15
R(
    "ba15",
    "2025-10-28",
    "Famine conditions have spread to five more localities in Sudan\u2019s Darfur and Kordofan regions, "
    "according to a UN-backed food security monitor.\n\n"
    "Its report, released on Tuesday, estimates more than 700,000 people are facing catastrophic hunger and "
    "warns that the figure could double if the lean season brings new fighting.\n\n"
    "The World Food Programme said its convoys had reached Kadugli for the first time in eight months. "
    "\u201cWe got in, but one convoy every eight months is not a lifeline,\u201d a WFP spokeswoman in Port Sudan "
    "said.",
    [
        S(
            "a UN-backed food security monitor",
            "UN-backed food security monitor",
            None,
            "organisation",
            "according to",
            "Famine conditions have spread to five more localities in Sudan\u2019s Darfur and "
            "Kordofan regions",
            "according_to",
            "assert",
        ),
        S(
            "Its report",
            "food security monitor report",
            None,
            "document",
            "estimates",
            "more than 700,000 people are facing catastrophic hunger",
            "indirect",
            "estimate",
        ),
        S(
            "Its report",
            "food security monitor report",
            None,
            "document",
            "warns",
            "the figure could double if the lean season brings new fighting",
            "indirect",
            "warn",
            cond=True,
        ),
        S(
            "The World Food Programme",
            "World Food Programme",
            None,
            "organisation",
            ("said", 0),
            "its convoys had reached Kadugli for the first time in eight months",
            "indirect",
            "assert",
        ),
        S(
            "a WFP spokeswoman in Port Sudan",
            None,
            "WFP spokeswoman in Port Sudan",
            "person",
            ("said", 1),
            "We got in, but one convoy every eight months is not a lifeline",
            "direct",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 16
R(
    "ba16",
    "2025-04-14",
    "IAEA says drone hit training centre at Zaporizhzhia nuclear plant\n\n"
    "A drone struck a training centre at the Zaporizhzhia nuclear power plant on Sunday, the International "
    "Atomic Energy Agency said, adding that there had been no damage to the reactors.\n\n"
    "The Russian-installed management of the plant blamed Ukrainian forces for the attack. Kyiv did not "
    "confirm any involvement.\n\n"
    "An IAEA official, who spoke on condition of anonymity, told reporters in Vienna that the plant would not "
    "restart any reactor unless a second external power line was restored.",
    [
        S(
            ("IAEA", 0),
            "International Atomic Energy Agency",
            None,
            "organisation",
            "says",
            "drone hit training centre at Zaporizhzhia nuclear plant",
            "indirect",
            "assert",
        ),
        S(
            "the International Atomic Energy Agency",
            "International Atomic Energy Agency",
            None,
            "organisation",
            "said",
            "A drone struck a training centre at the Zaporizhzhia nuclear power plant on Sunday",
            "indirect",
            "assert",
        ),
        S(
            "the International Atomic Energy Agency",
            "International Atomic Energy Agency",
            None,
            "organisation",
            "adding",
            "there had been no damage to the reactors",
            "indirect",
            "assert",
        ),
        S(
            "The Russian-installed management of the plant",
            "Russian-installed management of the plant",
            None,
            "organisation",
            "blamed",
            "Ukrainian forces for the attack",
            "indirect",
            "accuse",
        ),
        S(
            ("Kyiv", "Kyiv did not"),
            "Government of Ukraine",
            None,
            "country",
            "did not confirm",
            "any involvement",
            "indirect",
            "confirm",
            neg=True,
        ),
        S(
            "An IAEA official",
            None,
            "IAEA official",
            "person",
            "told",
            "the plant would not restart any reactor unless a second external power line was restored",
            "indirect",
            "assert",
            cond=True,
            addressee="reporters",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 17
R(
    "ba17",
    "2025-03-09",
    "Mediators expect a new round of ceasefire talks to start in Cairo next week, an Egyptian official said, "
    "after Hamas said it had responded \u201cpositively\u201d to the latest proposal.\n\n"
    "Israel\u2019s Prime Minister\u2019s Office said the group\u2019s reply contained \u201cunacceptable "
    "demands\u201d and that a negotiating team would travel only if those were dropped.\n\n"
    "A senior Hamas official, Khalil Dawoud, told Al Jazeera the movement was ready for \u201ca comprehensive "
    "deal that ends the war, not a pause.\u201d",
    [
        S(
            "an Egyptian official",
            None,
            "Egyptian official",
            "person",
            ("said", 0),
            "Mediators expect a new round of ceasefire talks to start in Cairo next week",
            "indirect",
            "assert",
        ),
        S(
            "Mediators",
            None,
            None,
            "group",
            "expect",
            "a new round of ceasefire talks to start in Cairo next week",
            "indirect",
            "expect",
            parent=0,
        ),
        S(
            ("Hamas", "after Hamas said"),
            "Hamas",
            None,
            "organisation",
            ("said", 1),
            "it had responded \u201cpositively\u201d to the latest proposal",
            "indirect",
            "assert",
        ),
        S(
            "Israel\u2019s Prime Minister\u2019s Office",
            "Prime Minister\u2019s Office",
            None,
            "organisation",
            ("said", 2),
            "the group\u2019s reply contained \u201cunacceptable demands\u201d and that a negotiating "
            "team would travel only if those were dropped",
            "indirect",
            "assert",
            cond=True,
        ),
        S(
            "A senior Hamas official",
            "Khalil Dawoud",
            "senior Hamas official",
            "person",
            "told",
            "the movement was ready for \u201ca comprehensive deal that ends the war, not a pause.\u201d",
            "mixed",
            "assert",
            addressee="Al Jazeera",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 18
R(
    "ba18",
    "2025-05-30",
    "North Korea\u2019s state news agency KCNA said on Friday the country had tested a new \u201cstrategic "
    "cruise missile\u201d over the Yellow Sea.\n\n"
    "In a separate commentary, the agency warned the United States and its allies against what it called "
    "\u201creckless military adventures on our doorstep.\u201d\n\n"
    "South Korea\u2019s Joint Chiefs of Staff said it had detected the launch and was analysing the data with "
    "U.S. officials. A military official in Seoul questioned whether the missile had flown as far as Pyongyang "
    "claimed.\n\n"
    "Japan urged North Korea to abide by U.N. Security Council resolutions.",
    [
        S(
            "North Korea\u2019s state news agency KCNA",
            "KCNA",
            "North Korea\u2019s state news agency",
            "organisation",
            ("said", 0),
            "the country had tested a new \u201cstrategic cruise missile\u201d over the Yellow Sea",
            "indirect",
            "assert",
        ),
        S(
            "the agency",
            "KCNA",
            None,
            "organisation",
            "warned",
            "the United States and its allies against what it called \u201creckless military adventures on our "
            "doorstep.\u201d",
            "mixed",
            "warn",
            venue="In a separate commentary",
        ),
        S(
            "South Korea\u2019s Joint Chiefs of Staff",
            "Joint Chiefs of Staff",
            None,
            "organisation",
            ("said", 1),
            "it had detected the launch and was analysing the data with U.S. officials",
            "indirect",
            "assert",
        ),
        S(
            "A military official in Seoul",
            None,
            "military official in Seoul",
            "person",
            "questioned",
            "whether the missile had flown as far as Pyongyang claimed",
            "indirect",
            "question",
        ),
        S(
            ("Japan", "Japan urged"),
            "Government of Japan",
            None,
            "country",
            "urged",
            "North Korea to abide by U.N. Security Council resolutions",
            "indirect",
            "urge",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 19
R(
    "ba19",
    "2025-02-27",
    "Bosnia\u2019s Serb-run entity passed a law on Thursday barring state police and courts from operating on "
    "its territory.\n\n"
    "The international community\u2019s top envoy in Bosnia said the law was \u201ca direct attack on the peace "
    "agreement\u201d. In the words of one Western diplomat in Sarajevo, \u201cthis is the most serious test for "
    "the Dayton framework in years.\u201d\n\n"
    "The entity\u2019s leadership insists the law merely restores powers taken away unlawfully over two decades. "
    "Its justice minister, Dragana Peri\u0107, said the state court \u201chas never once ruled in favour of a "
    "Serb\u201d.\n\n"
    "The state prosecutor\u2019s office said it had opened an investigation.",
    [
        S(
            "The international community\u2019s top envoy in Bosnia",
            None,
            "international community\u2019s top envoy in Bosnia",
            "person",
            ("said", 0),
            "the law was \u201ca direct attack on the peace agreement\u201d",
            "mixed",
            "assert",
        ),
        S(
            "one Western diplomat in Sarajevo",
            None,
            "Western diplomat in Sarajevo",
            "person",
            "In the words of",
            "this is the most serious test for the Dayton framework in years.",
            "direct",
            "assert",
        ),
        S(
            "The entity\u2019s leadership",
            None,
            None,
            "group",
            "insists",
            "the law merely restores powers taken away unlawfully over two decades",
            "indirect",
            "claim",
        ),
        S(
            "Its justice minister",
            "Dragana Peri\u0107",
            "justice minister",
            "person",
            ("said", 1),
            "the state court \u201chas never once ruled in favour of a Serb\u201d",
            "mixed",
            "assert",
        ),
        S(
            "The state prosecutor\u2019s office",
            "state prosecutor\u2019s office",
            None,
            "organisation",
            ("said", 2),
            "it had opened an investigation",
            "indirect",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 20
R(
    "ba20",
    "2025-08-25",
    "Suspected jihadists killed at least 40 civilians in an attack on a village in northern Burkina Faso, "
    "according to local sources and a security official.\n\n"
    "The gunmen arrived on motorbikes at dawn and opened fire at the weekly market, a resident who fled to the "
    "nearby town of Djibo told this agency by phone.\n\n"
    "\u201cThey separated the men from the women. Then they shot the men,\u201d he said.\n\n"
    "The junta\u2019s communication ministry refuted what it called \u201calarmist figures\u201d circulating on "
    "social media but gave no toll of its own. Security analysts suspect the attack was carried out by an "
    "al-Qaeda-linked group that has been active in the area since 2019.",
    [
        S(
            "local sources and a security official",
            None,
            None,
            "group",
            "according to",
            "Suspected jihadists killed at least 40 civilians in an attack on a village in northern Burkina Faso",
            "according_to",
            "assert",
        ),
        S(
            "a resident who fled to the nearby town of Djibo",
            None,
            "resident who fled to the nearby town of Djibo",
            "person",
            "told",
            "The gunmen arrived on motorbikes at dawn and opened fire at the weekly market",
            "indirect",
            "assert",
            addressee="this agency",
            venue="by phone",
        ),
        S(
            ("he", "he said."),
            None,
            None,
            "person",
            ("said", "he said."),
            "They separated the men from the women. Then they shot the men",
            "direct",
            "assert",
        ),
        S(
            "The junta\u2019s communication ministry",
            "communication ministry",
            None,
            "organisation",
            "refuted",
            "what it called \u201calarmist figures\u201d circulating on social media",
            "indirect",
            "deny",
        ),
        S(
            "Security analysts",
            None,
            None,
            "group",
            "suspect",
            "the attack was carried out by an al-Qaeda-linked group that has been active in the area since 2019",
            "indirect",
            "suspect",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 21
R(
    "ba21",
    "2025-11-19",
    "Russia claims capture of Novoselivka; Kyiv says fighting continues\n\n"
    "Ukraine\u2019s General Staff said its forces had repelled 34 Russian assaults along the Pokrovsk front over "
    "the past day.\n\n"
    "Russia\u2019s Defence Ministry, in its daily bulletin, claimed its troops had taken the village of "
    "Novoselivka and inflicted losses of up to 400 servicemen on Ukrainian units.\n\n"
    "The General Staff did not comment on the village. A spokesman for Ukraine\u2019s southern forces, Maj. "
    "Andriy Lysak, told national television that fighting for the settlement was continuing and that Russian "
    "claims were \u201cpremature at best.\u201d",
    [
        S(
            ("Russia", 0),
            "Government of Russia",
            None,
            "country",
            ("claims", 0),
            "capture of Novoselivka",
            "indirect",
            "claim",
        ),
        S(
            "Kyiv",
            "Government of Ukraine",
            None,
            "country",
            "says",
            "fighting continues",
            "indirect",
            "assert",
        ),
        S(
            "Ukraine\u2019s General Staff",
            "General Staff",
            None,
            "organisation",
            "said",
            "its forces had repelled 34 Russian assaults along the Pokrovsk front over the past day",
            "indirect",
            "assert",
        ),
        S(
            "Russia\u2019s Defence Ministry",
            "Defence Ministry",
            None,
            "organisation",
            "claimed",
            "its troops had taken the village of Novoselivka and inflicted losses of up to 400 servicemen on "
            "Ukrainian units",
            "indirect",
            "claim",
            venue="in its daily bulletin",
        ),
        S(
            "A spokesman for Ukraine\u2019s southern forces",
            "Andriy Lysak",
            "spokesman for Ukraine\u2019s southern forces",
            "person",
            "told",
            "fighting for the settlement was continuing and that Russian claims were \u201cpremature at "
            "best.\u201d",
            "indirect",
            "assert",
            addressee="national television",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 22
R(
    "ba22",
    "2025-07-17",
    "Saudi Arabia and the Houthis have resumed indirect contacts through Omani mediators, three people briefed "
    "on the discussions said, but they doubt a formal agreement will be reached before the end of the year.\n\n"
    "Oman\u2019s foreign ministry said only that it \u201ccontinues its efforts to bring the brothers in Yemen "
    "closer together.\u201d\n\n"
    "Officials of Yemen\u2019s internationally recognised government, based in Aden, fear that any deal struck "
    "over their heads would leave the Houthis in control of the north. \u201cWe will not be a spectator at our "
    "own funeral,\u201d one minister said.",
    [
        S(
            "three people briefed on the discussions",
            None,
            None,
            "group",
            ("said", 0),
            "Saudi Arabia and the Houthis have resumed indirect contacts through Omani mediators",
            "indirect",
            "assert",
        ),
        S(
            ("they", "they doubt"),
            None,
            None,
            "group",
            "doubt",
            "a formal agreement will be reached before the end of the year",
            "indirect",
            "question",
        ),
        S(
            "Oman\u2019s foreign ministry",
            "foreign ministry",
            None,
            "organisation",
            ("said", 1),
            "it \u201ccontinues its efforts to bring the brothers in Yemen closer together.\u201d",
            "mixed",
            "assert",
        ),
        S(
            "Officials of Yemen\u2019s internationally recognised government",
            None,
            None,
            "group",
            "fear",
            "any deal struck over their heads would leave the Houthis in control of the north",
            "indirect",
            "fear",
        ),
        S(
            "one minister",
            None,
            "minister",
            "person",
            ("said", 2),
            "We will not be a spectator at our own funeral",
            "direct",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 23
R(
    "ba23",
    "2025-12-03",
    "Georgian police used water cannon to disperse several thousand protesters outside parliament in Tbilisi "
    "overnight, and at least 30 people were detained.\n\n"
    "The Interior Ministry said officers had acted \u201cin strict accordance with the law\u201d after "
    "demonstrators threw fireworks and stones. It admitted that two journalists had been injured but said they "
    "had not been targeted deliberately.\n\n"
    "Opposition leader Nino Kapanadze vowed to keep protesting until new elections were called. \u201cThey can "
    "arrest us one by one. There are more of us than there are cells,\u201d she told the crowd before dawn.\n\n"
    "Protesters have gathered every night since the government suspended talks on joining the European Union.",
    [
        S(
            "The Interior Ministry",
            "Interior Ministry",
            None,
            "organisation",
            ("said", 0),
            "officers had acted \u201cin strict accordance with the law\u201d after demonstrators threw fireworks "
            "and stones",
            "mixed",
            "assert",
        ),
        S(
            ("It", "It admitted"),
            "Interior Ministry",
            None,
            "organisation",
            "admitted",
            "two journalists had been injured",
            "indirect",
            "admit",
        ),
        S(
            ("It", "It admitted"),
            "Interior Ministry",
            None,
            "organisation",
            ("said", 1),
            "they had not been targeted deliberately",
            "indirect",
            "assert",
        ),
        S(
            "Opposition leader Nino Kapanadze",
            "Nino Kapanadze",
            "Opposition leader",
            "person",
            "vowed",
            "keep protesting until new elections were called",
            "indirect",
            "promise",
        ),
        S(
            ("she", "she told"),
            "Nino Kapanadze",
            None,
            "person",
            "told",
            "They can arrest us one by one. There are more of us than there are cells",
            "direct",
            "assert",
            addressee="the crowd",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 24
R(
    "ba24",
    "2025-09-10",
    "The U.S. Treasury imposed sanctions on Tuesday on a network of companies in Hong Kong and T\u00fcrkiye that "
    "it said had shipped machine tools and microelectronics to Russian arms makers.\n\n"
    "According to a European diplomat, Ankara has assured its NATO allies that it will close the firms "
    "registered on its territory within a month.\n\n"
    "A Turkish foreign ministry official said T\u00fcrkiye did not recognise unilateral sanctions but would "
    "\u201cnot allow its territory to be used to circumvent them.\u201d\n\n"
    "The Treasury notice says the network moved goods worth more than $120 million since 2023.",
    [
        S(
            ("it", "that it said had"),
            "U.S. Treasury",
            None,
            "organisation",
            ("said", 0),
            "had shipped machine tools and microelectronics to Russian arms makers",
            "indirect",
            "assert",
        ),
        S(
            "a European diplomat",
            None,
            "European diplomat",
            "person",
            "According to",
            "Ankara has assured its NATO allies that it will close the firms registered on its territory within a "
            "month",
            "according_to",
            "assert",
        ),
        S(
            "Ankara",
            "Government of T\u00fcrkiye",
            None,
            "country",
            "has assured",
            "it will close the firms registered on its territory within a month",
            "indirect",
            "promise",
            addressee="its NATO allies",
            parent=1,
        ),
        S(
            "A Turkish foreign ministry official",
            None,
            "Turkish foreign ministry official",
            "person",
            ("said", 1),
            "T\u00fcrkiye did not recognise unilateral sanctions but would \u201cnot allow its territory to be used to "
            "circumvent them.\u201d",
            "mixed",
            "assert",
        ),
        S(
            "The Treasury notice",
            "Treasury notice",
            None,
            "document",
            "says",
            "the network moved goods worth more than $120 million since 2023",
            "indirect",
            "assert",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------- 25
R(
    "ba25",
    "2025-06-11",
    "Iran has told the International Atomic Energy Agency it will install more advanced centrifuges at its "
    "Fordow site, two diplomats familiar with a confidential report said on Wednesday.\n\n"
    "The report, seen by this agency, says inspectors verified on Monday that two new cascades were being "
    "connected. Iran\u2019s envoy to the agency said in a post on X that the move was a \u201clawful and "
    "proportionate response\u201d to a Western-backed resolution.\n\n"
    "\u201cIf they want to de-escalate, they know the way,\u201d the envoy added. \u201cThe door to talks is not "
    "closed.\u201d\n\n"
    "A Western diplomat said Washington and its European partners could move to refer Iran to the U.N. "
    "Security Council if inspectors were denied access.",
    [
        S(
            "two diplomats familiar with a confidential report",
            None,
            None,
            "group",
            ("said", 0),
            "Iran has told the International Atomic Energy Agency it will install more advanced centrifuges at its "
            "Fordow site",
            "indirect",
            "assert",
        ),
        S(
            ("Iran", 0),
            "Government of Iran",
            None,
            "country",
            "has told",
            "it will install more advanced centrifuges at its Fordow site",
            "indirect",
            "assert",
            addressee="the International Atomic Energy Agency",
            parent=0,
        ),
        S(
            "The report",
            "IAEA confidential report",
            None,
            "document",
            "says",
            "inspectors verified on Monday that two new cascades were being connected",
            "indirect",
            "assert",
        ),
        S(
            ("inspectors", 0),
            None,
            None,
            "group",
            "verified",
            "two new cascades were being connected",
            "indirect",
            "confirm",
            parent=2,
        ),
        S(
            "Iran\u2019s envoy to the agency",
            None,
            "Iran\u2019s envoy to the agency",
            "person",
            ("said", 1),
            "the move was a \u201clawful and proportionate response\u201d to a Western-backed resolution",
            "mixed",
            "assert",
            venue="in a post on X",
        ),
        S(
            ("the envoy", 0),
            None,
            "envoy",
            "person",
            "added",
            "If they want to de-escalate, they know the way",
            "direct",
            "assert",
            cond=True,
        ),
        S(
            ("the envoy", 0),
            None,
            "envoy",
            "person",
            "added",
            "The door to talks is not closed.",
            "direct",
            "assert",
        ),
        S(
            "A Western diplomat",
            None,
            "Western diplomat",
            "person",
            ("said", 2),
            "Washington and its European partners could move to refer Iran to the U.N. Security Council if "
            "inspectors were denied access",
            "indirect",
            "assert",
            cond=True,
        ),
    ],
)

# =========================================================================================== build
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
}
TYPES = {"person", "organisation", "country", "group", "document", "unknown"}
QUOTE_RE = re.compile("\u201c([^\u201c\u201d]*)\u201d")


def inside(a, b):
    return b["start"] <= a["start"] and a["end"] <= b["end"]


def check(rid, text, st, prev, built):
    w = f"{rid}"
    c = st["content"]
    ct = c["text"]
    assert not re.match(r"that\b", ct), (w, "content starts with 'that'", ct)
    assert not ct.endswith(","), (w, "trailing comma", ct)
    assert ct == ct.strip(), (w, "whitespace", ct)
    assert st["kind"] in {"direct", "indirect", "mixed", "according_to"}, (w, st["kind"])
    assert st["stance"] in STANCES, (w, st["stance"])
    assert st["speaker"]["type"] in TYPES, (w, st["speaker"]["type"])
    before = text[c["start"] - 1] if c["start"] > 0 else ""
    after = text[c["end"]] if c["end"] < len(text) else ""
    if after == "," and text[c["end"] + 1 : c["end"] + 2] == CLOSE:
        after = CLOSE
    if st["kind"] == "direct":
        if not st.get("broken"):
            assert before == OPEN and after == CLOSE, (w, "direct content not between quote marks", ct)
        if "\n\n" in ct:
            for m in re.finditer("\n\n", ct):
                assert ct[m.end() : m.end() + 1] == OPEN, (w, "multi-paragraph quote must reopen", ct)
    else:
        assert before != OPEN or after != CLOSE, (w, "non-direct content between quote marks", ct)
        for q in QUOTE_RE.findall(ct):
            if len(q.split()) >= 4:
                assert st["kind"] == "mixed", (w, "embedded quotation of 4+ words must be mixed", ct)
        if st["kind"] == "mixed":
            assert QUOTE_RE.search(ct), (w, "mixed without quotation", ct)
    if ct.endswith("."):
        assert after == CLOSE or ct.endswith(".\u201d") or (ct.endswith(".") and after == CLOSE), (
            w,
            "final period outside quote marks",
            ct,
        )
    if ct.endswith(".") and st["kind"] != "direct":
        raise AssertionError((w, "period at end of non-direct content", ct))
    if st["parent"] is not None:
        par = built[st["parent"]]
        for part in ("speaker", "cue", "content"):
            assert inside(st[part], par["content"]), (w, "nested statement not inside parent", part, ct)
        assert st["parent"] < len(built), w
    if prev is not None:
        assert c["start"] >= prev["content"]["start"], (w, "not in text order", ct)


def build():
    rows = []
    for rid, published, text, statements in REPORTS:
        built = []
        for i, s in enumerate(statements):
            where = f"{rid}#{i}"
            sp = locate(text, s["speaker"], where)
            sp.update(name=s["name"], role=s["role"], type=s["type"])
            st = {
                "speaker": sp,
                "cue": locate(text, s["cue"], where),
                "content": locate(text, s["content"], where),
                "kind": s["kind"],
                "stance": s["stance"],
                "conditional": s["cond"],
                "negated": s["neg"],
                "cited_source": locate(text, s["cited"], where) if s["cited"] else None,
                "venue": locate(text, s["venue"], where) if s["venue"] else None,
                "addressee": locate(text, s["addressee"], where) if s["addressee"] else None,
                "parent": s["parent"],
            }
            check(where, text, dict(st, broken=s["broken"]), built[-1] if built else None, built)
            built.append(st)
        rows.append({"id": rid, "text": text, "published": published, "split": "blind", "statements": built})
    assert len({r["id"] for r in rows}) == len(rows)
    return rows


def spans(row):
    for s in row["statements"]:
        for k in ("speaker", "cue", "content", "cited_source", "venue", "addressee"):
            if s[k]:
                yield s[k]


if __name__ == "__main__":
    rows = build()
    write_jsonl(OUT, rows)
    n = reread_check(OUT, spans)
    print(
        f"wrote {OUT}: {len(rows)} reports, {sum(len(r['statements']) for r in rows)} statements, "
        f"{n} spans re-checked"
    )
