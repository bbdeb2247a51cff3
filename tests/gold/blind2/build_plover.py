"""Build tests/gold/blind2/plover.jsonl: a BLIND set for PLOVER event typing and source-actor coding.

usage: python3.11 tests/gold/blind2/build_plover.py [-v]   (rewrites plover.jsonl beside this file)

Eighty invented single news sentences (five per PLOVER type), written on 2026-12-04 by an
independent writer (gold-b) who had not read the extractor's rules, lexicons or the team's gold
texts: domestic and international politics, economy and labour, courts and policing, conflict.
Heads of state and government appear under their real names doing invented things; every other
person is unnamed or invented, and so is every event.

Row: {"id", "text", "published", "split": "blind2", "plover_type", "source",
      "sources", "source_span", "trigger"}
- plover_type: the PLOVER type of the sentence's main event (the event of its main verb).
- source: the CAMEO-style code of the actor who performs that event (ISO 3166-1 alpha-3 + sector,
  space-separated, or an international body's code), or null when the doer is not a coded actor
  ("unknown assailants", an agentless passive).
- sources (extra): every source code in text order when the event has several coordinated sources
  ("Senior Hungarian and Romanian officials met ..." -> ["HUN GOV", "ROU GOV"]); `source` is
  always the first of them. A one-source sentence has a one-element list; a null source [].
- source_span (extra): the mention of the (first) source as it stands, without a leading
  determiner; null when source is null. trigger (extra): the word or phrase naming the event.
Spans are substrings located with str.find (see ../blind/_spans.py).

Typing and coding conventions are listed in README.md ("## PLOVER sentences").
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, reread_check, write_jsonl

TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# (published, type, [source codes], source span spec or None, trigger spec, text)
SENTENCES = [
    # ------------------------------------------------------------------------------ AGREE
    (
        "2025-03-11",
        "AGREE",
        ["HUN GOV", "ROU GOV"],
        "Senior Hungarian",
        "agreed",
        "Senior Hungarian and Romanian officials agreed on Tuesday to open two new road crossings on their "
        "shared border before the end of the year.",
    ),
    (
        "2025-09-16",
        "AGREE",
        ["DEU GOV"],
        "Germany",
        "pledged",
        "Germany pledged an additional 500 million euros in military aid to Ukraine at a donors' meeting "
        "in Ramstein on Monday.",
    ),
    (
        "2026-02-04",
        "AGREE",
        ["CHL LAB"],
        "Chile's largest copper miners' union",
        "agreed",
        "Chile's largest copper miners' union agreed a three-year wage deal with state producer Codelco "
        "late on Tuesday, averting a strike at the El Teniente mine.",
    ),
    (
        "2025-06-24",
        "AGREE",
        ["TUR GOV"],
        "Ankara",
        "offered",
        "Ankara offered to host a fresh round of prisoner-exchange talks between Ukraine and Russia in "
        "Istanbul next month.",
    ),
    (
        "2026-05-05",
        "AGREE",
        ["CHN GOV", "AUS GOV"],
        "Beijing",
        "signed",
        "Beijing and Canberra signed a memorandum on resuming barley and timber trade during talks in the "
        "Chinese capital on Monday.",
    ),
    # ------------------------------------------------------------------------------ CONSULT
    (
        "2025-10-09",
        "CONSULT",
        ["HUN GOV", "ROU GOV"],
        "Senior Hungarian",
        "met",
        "Senior Hungarian and Romanian officials met in Oradea on Thursday to discuss schooling for ethnic "
        "minorities on both sides of the border.",
    ),
    (
        "2025-08-05",
        "CONSULT",
        ["BRA GOV"],
        "President Luiz Inácio Lula da Silva",
        "spoke by telephone",
        "President Luiz Inácio Lula da Silva spoke by telephone with French President Emmanuel Macron on "
        "Monday about preparations for the climate summit in Belém.",
    ),
    (
        "2026-01-18",
        "CONSULT",
        ["JPN GOV"],
        "Japan's foreign minister",
        "arrived",
        "Japan's foreign minister arrived in Seoul on Sunday for a two-day visit expected to focus on "
        "North Korea and semiconductor supply chains.",
    ),
    (
        "2025-11-12",
        "CONSULT",
        ["SDN MIL", "SDN REB"],
        "Negotiators for the Sudanese army",
        "held indirect talks",
        "Negotiators for the Sudanese army and the Rapid Support Forces held indirect talks in Jeddah for a "
        "third day on Tuesday, mediators said.",
    ),
    (
        "2026-03-30",
        "CONSULT",
        ["DEU GOV"],
        "German chancellor",
        "hosted",
        "The German chancellor hosted the leaders of France and Poland in Berlin on Sunday for a working "
        "dinner on European defence spending.",
    ),
    # ------------------------------------------------------------------------------ SUPPORT
    (
        "2025-04-03",
        "SUPPORT",
        ["IGO EUR EEC"],
        "European Union",
        "welcomed",
        "The European Union welcomed Senegal's decision to hold local elections on schedule, calling it "
        '"a strong signal of democratic maturity".',
    ),
    (
        "2025-12-03",
        "SUPPORT",
        ["IND GOV"],
        "Indian Prime Minister Narendra Modi",
        "congratulated",
        "Indian Prime Minister Narendra Modi congratulated Sri Lanka's new government on its election "
        "victory in a phone call on Tuesday.",
    ),
    (
        "2026-04-16",
        "SUPPORT",
        ["USA LEG"],
        "Democratic senators",
        "endorsed",
        "More than 40 Democratic senators endorsed a bipartisan bill to extend health insurance subsidies "
        "on Wednesday.",
    ),
    (
        "2025-07-23",
        "SUPPORT",
        ["RUS GOV"],
        "Russia's foreign ministry",
        "defended",
        "Russia's foreign ministry defended Belarus's decision to host new Russian missiles, saying Minsk "
        "had every right to protect itself.",
    ),
    (
        "2026-02-17",
        "SUPPORT",
        ["MEX GOV"],
        "Mexico's president",
        "voiced support",
        "Mexico's president voiced support for Cuba's government at her morning news conference on "
        'Monday, describing the island as a "sister nation".',
    ),
    # ------------------------------------------------------------------------------ CONCEDE
    (
        "2025-05-18",
        "CONCEDE",
        ["VEN GOV"],
        "Venezuelan authorities",
        "released",
        "Venezuelan authorities released 12 detained opposition activists on Saturday, a rights group "
        "said, days after talks with a US envoy.",
    ),
    (
        "2025-08-12",
        "CONCEDE",
        ["ISR GOV"],
        "Israel",
        "allowed",
        "Israel allowed 40 fuel trucks into Gaza through the Kerem Shalom crossing on Monday after weeks of "
        "restrictions.",
    ),
    (
        "2025-08-21",
        "CONCEDE",
        ["BGD GOV"],
        "Bangladesh's interim government",
        "lifted",
        "Bangladesh's interim government lifted the curfew in Dhaka and reopened schools on Wednesday.",
    ),
    (
        "2026-06-02",
        "CONCEDE",
        ["USA GOV"],
        "US Treasury",
        "eased",
        "The US Treasury eased sanctions on Syria's central bank on Monday, allowing transactions for "
        "reconstruction and food imports.",
    ),
    (
        "2025-10-21",
        "CONCEDE",
        ["NGA GOV"],
        "Nigeria's government",
        "reversed",
        "Nigeria's government reversed a 40 percent electricity tariff rise on Monday after the main labour "
        "unions threatened a general strike.",
    ),
    # ------------------------------------------------------------------------------ COOPERATE
    (
        "2025-06-06",
        "COOPERATE",
        ["ESP GOV"],
        "Spanish authorities",
        "extradited",
        "Spanish authorities extradited a Colombian businessman wanted for money laundering to the United "
        "States on Thursday.",
    ),
    (
        "2026-01-07",
        "COOPERATE",
        ["JOR SPY"],
        "Jordanian intelligence",
        "shared",
        "Jordanian intelligence shared information with its Iraqi counterparts that led to the capture of a "
        "smuggling network, a security source said.",
    ),
    (
        "2025-09-03",
        "COOPERATE",
        ["KAZ GOV", "CHN GOV"],
        "Kazakhstan",
        "opened",
        "Kazakhstan and China opened a second rail freight corridor at Khorgos on Tuesday to expand trade "
        "in grain and machinery.",
    ),
    (
        "2026-03-13",
        "COOPERATE",
        ["COL COP", "ECU COP"],
        "Colombian",
        "carried out joint raids",
        "Colombian and Ecuadorian police carried out joint raids on cocaine laboratories along the border on "
        "Thursday.",
    ),
    (
        "2025-11-25",
        "COOPERATE",
        ["PHL GOV", "JPN GOV"],
        "Manila",
        "began",
        "Manila and Tokyo began implementing a reciprocal access agreement on Monday, allowing their troops "
        "to train on each other's territory.",
    ),
    # ------------------------------------------------------------------------------ AID
    (
        "2025-07-14",
        "AID",
        ["IGO UNO WFP"],
        "World Food Programme",
        "delivered",
        "The World Food Programme delivered 2,000 tonnes of sorghum to displaced families in North Darfur "
        "last week, its first convoy there since March.",
    ),
    (
        "2025-04-02",
        "AID",
        ["JPN GOV"],
        "Japan's government",
        "sent",
        "Japan's government sent two transport planes loaded with tents and water purifiers to "
        "earthquake-hit Mandalay on Tuesday.",
    ),
    (
        "2026-02-26",
        "AID",
        ["URY GOV"],
        "Uruguay",
        "granted asylum",
        "Uruguay granted asylum to a former Bolivian interior minister who had taken refuge in its embassy "
        "in La Paz.",
    ),
    (
        "2025-10-15",
        "AID",
        ["NGO HLH MSF"],
        "Médecins Sans Frontières",
        "opened",
        "Médecins Sans Frontières opened a 60-bed cholera treatment centre in Port-au-Prince on Tuesday.",
    ),
    (
        "2026-05-27",
        "AID",
        ["SAU GOV"],
        "Saudi Arabia",
        "deposited",
        "Saudi Arabia deposited $2 billion with Pakistan's central bank on Tuesday to shore up the "
        "country's foreign reserves.",
    ),
    # ------------------------------------------------------------------------------ RETREAT
    (
        "2025-10-30",
        "RETREAT",
        ["RUS MIL"],
        "Russian troops",
        "pulled back",
        "Russian troops pulled back from positions on the west bank of the Oskil river after weeks of "
        "Ukrainian counterattacks, a Ukrainian brigade said.",
    ),
    (
        "2025-07-18",
        "RETREAT",
        ["ITA MIL"],
        "Italian forces",
        "completed their withdrawal",
        "Italian forces completed their withdrawal from Niger on Thursday, handing their last base in "
        "Niamey to the Nigerien army.",
    ),
    (
        "2026-03-06",
        "RETREAT",
        ["COD REB"],
        "M23 fighters",
        "withdrew",
        "Several hundred M23 fighters withdrew from the town of Nyabiondo on Wednesday under a local truce "
        "brokered by church leaders.",
    ),
    (
        "2025-12-10",
        "RETREAT",
        ["COL REB"],
        "FARC dissident fighters",
        "laid down",
        "About 120 FARC dissident fighters laid down their weapons at a UN-monitored camp in Nariño on "
        "Tuesday.",
    ),
    (
        "2026-04-22",
        "RETREAT",
        ["ISR MIL"],
        "Israeli army",
        "withdrew",
        "The Israeli army withdrew from the Jenin refugee camp on Tuesday after a ten-day raid, residents "
        "said.",
    ),
    # ------------------------------------------------------------------------------ REQUEST
    (
        "2025-05-22",
        "REQUEST",
        ["IGO UNO"],
        "UN Secretary-General António Guterres",
        "called on",
        "UN Secretary-General António Guterres called on both sides to let aid convoys into El Fasher "
        "without delay.",
    ),
    (
        "2025-08-29",
        "REQUEST",
        ["KEN OPP"],
        "Kenya's opposition",
        "demanded",
        "Kenya's opposition demanded the resignation of the electoral commission chairman on Thursday over "
        "irregularities in a by-election.",
    ),
    (
        "2025-10-06",
        "REQUEST",
        ["LBN GOV"],
        "Lebanon",
        "asked",
        "Lebanon asked the United Nations for emergency funding to shelter families displaced from the "
        "south, the social affairs minister said.",
    ),
    (
        "2026-01-29",
        "REQUEST",
        ["NGA HLH"],
        "Nigerian Association of Resident Doctors",
        "urged",
        "The Nigerian Association of Resident Doctors urged the federal government to pay five months of "
        "salary arrears before the end of January.",
    ),
    (
        "2026-04-03",
        "REQUEST",
        ["MDA GOV"],
        "Moldova's president",
        "appealed",
        "Moldova's president appealed to Brussels for help with gas supplies ahead of the winter.",
    ),
    # ------------------------------------------------------------------------------ ACCUSE
    (
        "2025-06-17",
        "ACCUSE",
        ["UKR GOV"],
        "Kyiv",
        "accused",
        "Kyiv accused Moscow of deliberately targeting a passenger train in the Sumy region, calling the "
        "strike a war crime.",
    ),
    (
        "2025-09-25",
        "ACCUSE",
        ["NGO HRI AMN"],
        "Amnesty International",
        "accused",
        "Amnesty International accused Ecuadorian soldiers of torturing detainees during a state of "
        "emergency in Guayaquil.",
    ),
    (
        "2026-03-18",
        "ACCUSE",
        ["CHN GOV"],
        "China's foreign ministry",
        "condemned",
        "China's foreign ministry condemned Washington's latest arms sale to Taiwan as \"a grave "
        'violation" of its sovereignty.',
    ),
    (
        "2025-11-04",
        "ACCUSE",
        ["PER OPP"],
        "Peru's largest opposition party",
        "accused",
        "Peru's largest opposition party accused the economy minister of hiding the true size of the "
        "budget deficit.",
    ),
    (
        "2026-05-13",
        "ACCUSE",
        ["USA GOV"],
        "governor of Texas",
        "blamed",
        "The governor of Texas blamed federal authorities for the slow response to flooding along the "
        "Guadalupe River.",
    ),
    # ------------------------------------------------------------------------------ REJECT
    (
        "2025-07-09",
        "REJECT",
        ["PSE REB"],
        "Hamas",
        "rejected",
        "Hamas rejected the latest ceasefire proposal put forward by Egyptian and Qatari mediators, saying "
        "it did not guarantee an end to the war.",
    ),
    (
        "2025-12-17",
        "REJECT",
        ["RUS GOV"],
        "Russia",
        "vetoed",
        "Russia vetoed a Security Council resolution on Tuesday that would have extended the panel of "
        "experts monitoring sanctions on Libya.",
    ),
    (
        "2026-02-11",
        "REJECT",
        ["IRN GOV"],
        "Iran",
        "refused",
        "Iran refused to let IAEA inspectors visit the Fordow enrichment site this month, diplomats said.",
    ),
    (
        "2025-05-27",
        "REJECT",
        ["HUN GOV"],
        "Hungarian Prime Minister Viktor Orbán",
        "refusing",
        '"We will not sign this," Hungarian Prime Minister Viktor Orbán told reporters on Monday, refusing '
        "to back a new EU sanctions package against Russia.",
    ),
    (
        "2026-06-10",
        "REJECT",
        ["BEL LAB"],
        "Dockworkers in Antwerp",
        "rejected",
        "Dockworkers in Antwerp rejected the employers' final pay offer in a ballot on Tuesday.",
    ),
    # ------------------------------------------------------------------------------ THREATEN
    (
        "2025-08-18",
        "THREATEN",
        ["PRK GOV"],
        "North Korea",
        "threatened",
        'North Korea threatened "overwhelming" retaliation if US and South Korean forces go ahead with '
        "their annual summer drills.",
    ),
    (
        "2025-04-10",
        "THREATEN",
        ["IGO EUR EEC"],
        "European Commission",
        "warned",
        "The European Commission warned it would impose counter-tariffs on US farm goods if Washington "
        "raised duties on European steel.",
    ),
    (
        "2026-01-23",
        "THREATEN",
        ["USA GOV"],
        "President Donald Trump",
        "threatened",
        "President Donald Trump threatened on Thursday to pull US troops out of a NATO exercise in Norway "
        "unless European allies paid a larger share of its cost.",
    ),
    (
        "2025-09-12",
        "THREATEN",
        ["YEM REB"],
        "Houthi leaders",
        "vowed",
        "Houthi leaders vowed to target any tanker bound for Israeli ports, in a televised address.",
    ),
    (
        "2026-03-25",
        "THREATEN",
        ["CHL LAB"],
        "Chile's teachers' union",
        "threatened",
        "Chile's teachers' union threatened an indefinite strike if the education ministry cuts rural "
        "school funding.",
    ),
    # ------------------------------------------------------------------------------ PROTEST
    (
        "2026-01-26",
        "PROTEST",
        ["FRA AGR"],
        "French farmers",
        "blocked",
        "Thousands of French farmers blocked motorways around Paris with tractors on Monday over cheap "
        "imports.",
    ),
    (
        "2025-12-02",
        "PROTEST",
        ["SRB EDU"],
        "Students in Belgrade",
        "staged a sit-in",
        "Students in Belgrade staged a sit-in at the Faculty of Law for a second week, demanding the "
        "resignation of the university's rector.",
    ),
    (
        "2025-10-17",
        "PROTEST",
        ["ITA LAB"],
        "Italian air traffic controllers",
        "strike",
        "Italian air traffic controllers strike for 24 hours, grounding hundreds of flights",
    ),
    (
        "2026-04-28",
        "PROTEST",
        ["EGY OPP"],
        "jailed Egyptian activist",
        "began a hunger strike",
        "A jailed Egyptian activist began a hunger strike on Sunday in protest at being denied family "
        "visits, his sister said.",
    ),
    (
        "2025-11-20",
        "PROTEST",
        ["PER OPP"],
        "Anti-government protesters",
        "marched",
        "Anti-government protesters marched through central Lima on Wednesday to demand early elections.",
    ),
    # ------------------------------------------------------------------------------ SANCTION
    (
        "2025-06-27",
        "SANCTION",
        ["USA GOV"],
        "Washington",
        "imposed sanctions",
        "Washington imposed sanctions on three Chinese refineries on Thursday for buying Iranian crude.",
    ),
    (
        "2025-11-28",
        "SANCTION",
        ["LTU GOV"],
        "Lithuania",
        "Expels",
        'Lithuania Expels Two Russian Diplomats Over "Activities Incompatible With Their Status"',
    ),
    (
        "2026-02-24",
        "SANCTION",
        ["CAN GOV"],
        "Canada",
        "frozen",
        "The assets of four Haitian gang leaders have been frozen by Canada under its special economic "
        "measures law.",
    ),
    (
        "2025-07-30",
        "SANCTION",
        ["MAR GOV"],
        "Morocco",
        "recalled",
        "Morocco recalled its ambassador from Pretoria on Tuesday in protest at South African remarks on "
        "Western Sahara.",
    ),
    (
        "2025-09-01",
        "SANCTION",
        ["CHN GOV"],
        "China",
        "banned",
        "China banned imports of Japanese seafood again on Monday, citing renewed concerns over "
        "wastewater releases.",
    ),
    # ------------------------------------------------------------------------------ MOBILIZE
    (
        "2025-09-18",
        "MOBILIZE",
        ["ECU MIL"],
        "Ecuador's armed forces",
        "deployed",
        "Ecuador's armed forces deployed 6,000 troops to the northern border province of Sucumbíos on "
        "Wednesday, the defence minister said.",
    ),
    (
        "2026-04-13",
        "MOBILIZE",
        ["CHN MIL"],
        "People's Liberation Army",
        "launched",
        "The People's Liberation Army launched large-scale air and naval drills around Taiwan on Monday.",
    ),
    (
        "2025-10-08",
        "MOBILIZE",
        ["ISR MIL"],
        "Israel's military",
        "called up",
        "Israel's military called up 40,000 reservists on Tuesday ahead of an expanded operation.",
    ),
    (
        "2026-06-24",
        "MOBILIZE",
        ["KEN COP"],
        "Kenyan police",
        "went on high alert",
        "Kenyan police went on high alert in Nairobi on Tuesday ahead of the anniversary of last year's "
        "protests.",
    ),
    (
        "2025-08-07",
        "MOBILIZE",
        ["POL MIL"],
        "Polish army",
        "moved",
        "The Polish army moved additional troops and armour to the border with Belarus on Wednesday.",
    ),
    # ------------------------------------------------------------------------------ COERCE
    (
        "2025-12-05",
        "COERCE",
        ["GEO COP"],
        "Georgian police",
        "arrested",
        "Georgian police arrested an opposition party leader at his home in Tbilisi on Thursday.",
    ),
    (
        "2026-05-30",
        "COERCE",
        ["RUS GOV"],
        "Russia's media regulator",
        "blocked",
        "Russia's media regulator blocked access to a popular messaging app on Friday, citing a failure "
        "to store user data in Russia.",
    ),
    (
        "2025-06-09",
        "COERCE",
        ["IRN JUD"],
        "Iranian court",
        "sentenced",
        'An Iranian court sentenced a newspaper editor to four years in prison for "propaganda against the '
        'state", his lawyer said.',
    ),
    (
        "2025-05-02",
        "COERCE",
        ["NIC GOV"],
        "Nicaragua",
        "stripped",
        "Nicaragua stripped 27 exiled critics of their citizenship and seized their property on Wednesday.",
    ),
    (
        "2025-08-26",
        "COERCE",
        [],
        None,
        "curfew was imposed",
        "An indefinite curfew was imposed in Jos on Monday evening after a day of unrest.",
    ),
    # ------------------------------------------------------------------------------ ASSAULT
    (
        "2025-07-04",
        "ASSAULT",
        [],
        None,
        "shot dead",
        "Unknown assailants shot dead a radio journalist outside his home in San Pedro Sula on Thursday.",
    ),
    (
        "2025-11-17",
        "ASSAULT",
        ["RUS MIL"],
        "Russian missiles",
        "struck",
        "Russian missiles struck grain terminals in Odesa's port overnight, killing two workers.",
    ),
    (
        "2026-02-08",
        "ASSAULT",
        ["NGA REB"],
        "Boko Haram fighters",
        "abducted",
        "Boko Haram fighters abducted about 40 women from a camp near Gwoza on Saturday.",
    ),
    (
        "2025-10-02",
        "ASSAULT",
        ["ISR MIL"],
        "Israeli warplanes",
        "bombed",
        "Israeli warplanes bombed a building in the southern Lebanese town of Nabatieh on Wednesday, "
        "killing three people.",
    ),
    (
        "2026-01-05",
        "ASSAULT",
        ["SDN REB"],
        "Sudanese paramilitaries",
        "killed",
        "Sudanese paramilitaries killed at least 25 villagers in an attack near El Obeid on Sunday, "
        "medics said.",
    ),
]


def build() -> list[dict]:
    rows = []
    for n, (published, ptype, codes, src, trig, text) in enumerate(SENTENCES, 1):
        rid = f"b2plv-{n:03d}"
        assert ptype in TYPES, rid
        assert (src is None) == (not codes), rid
        rows.append(
            {
                "id": rid,
                "text": text,
                "published": published,
                "split": "blind2",
                "plover_type": ptype,
                "source": codes[0] if codes else None,
                "sources": list(codes),
                "source_span": locate(text, src, rid) if src else None,
                "trigger": locate(text, trig, rid),
            }
        )
    return rows


def main() -> None:
    rows = build()
    assert len({r["id"] for r in rows}) == len(rows)
    counts = Counter(r["plover_type"] for r in rows)
    assert set(counts) == set(TYPES), set(TYPES) - set(counts)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plover.jsonl")
    write_jsonl(path, rows)
    n = reread_check(path, lambda row: [s for s in (row["source_span"], row["trigger"]) if s], split="blind2")
    with open(path, encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == rows
    print(
        f"{len(rows)} sentences, {n} spans checked, {sum(1 for r in rows if r['source'] is None)} null sources"
    )
    if "-v" in sys.argv:
        for t in TYPES:
            print(f"  {t:10} {counts[t]}")


if __name__ == "__main__":
    main()
