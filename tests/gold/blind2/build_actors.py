"""Build tests/gold/blind2/actors.jsonl: a BLIND set for `claimledger eval actors`.

usage: python3.11 tests/gold/blind2/build_actors.py   (rewrites actors.jsonl beside this file)

Thirty-one invented news texts (one to three sentences) written on 2026-12-04 by an independent
writer (gold-b) who had not read the extractor's rules, its sector lists, ACTORS_SOURCES.md or the
team's gold texts. About a third are war and diplomacy; the rest are business and markets, courts,
sport, science and health, disasters and domestic politics. Heads of state and government and
heads of international bodies appear under their real names doing invented things; every other
person is invented or unnamed; companies, clubs and their people are invented.

Row (as tests/gold/blind/actors.jsonl): {"id", "split": "blind2", "published", "text",
"actors": [{"text", "start", "end", "code", "type"}]}. Guide: tests/gold/actors/README.md.
Spans are substrings (with an occurrence index where repeated) located with str.find.
Coding choices made without the team's sector list are listed in README.md ("## Actors").
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from itertools import pairwise

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, reread_check, write_jsonl

P, ORG, G, C, E = "person", "organisation", "group", "country", "ethnic group"

# (published, text, [(span spec, code, type), ...])
TEXTS = [
    (
        "2025-10-21",
        "German chemicals group Halvorsen Chemie cut its full-year profit forecast on Tuesday, sending its "
        "shares down 9 percent. Chief Executive Jutta Brandstätter told shareholders on a call that weak "
        "demand from Chinese carmakers would weigh on sales until the spring, and several large investors "
        "called for a strategy review.",
        [
            ("German chemicals group Halvorsen Chemie", "DEU BUS", ORG),
            ("Chief Executive Jutta Brandstätter", "DEU BUS", P),
            ("shareholders", "DEU BUS", G),
            ("Chinese carmakers", "CHN BUS", G),
            ("large investors", "BUS", G),
        ],
    ),
    (
        "2026-02-13",
        "NAIROBI — Kenya's High Court on Thursday suspended a plan to privatise the national power "
        "distributor, ruling that parliament had not been consulted. Justice Miriam Wekesa gave the energy "
        "ministry 30 days to respond. The Consumers Federation of Kenya, which brought the case, called the "
        'ruling "a win for every household".',
        [
            ("Kenya's High Court", "KEN JUD", ORG),
            ("parliament", "KEN LEG", ORG),
            ("Justice Miriam Wekesa", "KEN JUD", P),
            ("energy ministry", "KEN GOV", ORG),
            ("Consumers Federation of Kenya", "KEN NGO", ORG),
        ],
    ),
    (
        "2025-11-18",
        "Seleção coach sacked after Maracanã rout\n\nBrazil's football confederation sacked head coach "
        "Rogério Lacerda on Monday, two days after a 3-0 home defeat in a World Cup qualifier. Captain "
        'Thiago Mendes said the players had "let Lacerda down".',
        [
            ("Seleção coach", "BRA", P),
            ("Brazil's football confederation", "BRA", ORG),
            ("head coach Rogério Lacerda", "BRA", P),
            ("Captain Thiago Mendes", "BRA", P),
            ("players", "BRA", G),
            (("Lacerda", 1), "BRA", P),
        ],
    ),
    (
        "2026-03-05",
        "Researchers at the University of Cape Town have sequenced the genome of a drought-tolerant sorghum "
        "variety, a step they say could help smallholder farmers across southern Africa. The work was "
        "funded by South Africa's Department of Science and Innovation and published on Wednesday in "
        "Nature Genetics.",
        [
            ("Researchers", "ZAF EDU", G),
            ("University of Cape Town", "ZAF EDU", ORG),
            ("smallholder farmers", "AGR", G),
            ("South Africa's Department of Science and Innovation", "ZAF GOV", ORG),
        ],
    ),
    (
        "2026-01-10",
        "Poland's ruling coalition lost a confidence vote in the Sejm on Friday after two junior partners "
        "defected, and President Karol Nawrocki said he would begin consultations with party leaders on "
        "Monday.",
        [
            ("Poland's ruling coalition", "POL GOV", ORG),
            ("Sejm", "POL LEG", ORG),
            ("junior partners", "POL GOV", G),
            ("President Karol Nawrocki", "POL GOV", P),
            ("party leaders", "POL", G),
        ],
    ),
    (
        "2025-06-16",
        "RSF fighters looted the Saudi Maternity Hospital in El Fasher on Saturday and detained two doctors, "
        "according to the Sudan Doctors Network. The army's spokesman said its troops still held the city's "
        "eastern districts.",
        [
            ("RSF fighters", "SDN REB", G),
            ("doctors", "SDN HLH", G),
            ("Sudan Doctors Network", "SDN HLH", ORG),
            ("army's spokesman", "SDN MIL", P),
            ("troops", "SDN MIL", G),
        ],
    ),
    (
        "2026-07-31",
        "The Bank of Japan raised its policy rate to 1 percent on Thursday, and the governor said further "
        "increases were likely if wages kept rising. Toyota and other exporters warned that a stronger yen "
        "would eat into profits.",
        [
            ("Bank of Japan", "JPN GOV", ORG),
            ("governor", "JPN GOV", P),
            ("Toyota", "JPN BUS", ORG),
            ("exporters", "JPN BUS", G),
        ],
    ),
    (
        "2026-04-30",
        "A federal jury in Manhattan on Wednesday convicted Daniel Okafor, a former executive at the New York "
        "crypto lender Coinvale, of wire fraud. Prosecutors said he had diverted $40 million of customer "
        "deposits; his lawyer said Okafor would appeal.",
        [
            ("federal jury", "USA JUD", ORG),
            ("Daniel Okafor", "USA BUS", P),
            ("Prosecutors", "USA JUD", G),
            ("lawyer", "USA JUD", P),
            (("Okafor", 1), "USA BUS", P),
        ],
    ),
    (
        "2025-08-06",
        "Opposition MPs walked out of the Lok Sabha on Tuesday after the Speaker refused to allow a debate on "
        "the border clash, and Congress leader Meenakshi Rao accused the government of hiding casualty "
        "figures.",
        [
            ("Opposition MPs", "IND OPP", G),
            ("Lok Sabha", "IND LEG", ORG),
            ("Speaker", "IND LEG", P),
            ("Congress leader Meenakshi Rao", "IND OPP", P),
            ("government", "IND GOV", ORG),
        ],
    ),
    (
        "2025-09-28",
        "Ukraine's military intelligence said on Sunday that its drones had hit an oil depot in Russia's "
        "Bryansk region overnight. Governor Pavel Sokolov said Ukrainian forces had launched 30 drones at "
        "the region but that air defences had destroyed all of them.",
        [
            ("Ukraine's military intelligence", "UKR SPY", ORG),
            ("Governor Pavel Sokolov", "RUS GOV", P),
            ("Ukrainian forces", "UKR MIL", G),
            ("air defences", "RUS MIL", G),
        ],
    ),
    (
        "2025-08-15",
        "The World Health Organization declared a Marburg virus outbreak in western Uganda a global health "
        "emergency on Friday. Its director-general urged the European Union to pay for more vaccine trials, "
        "and Ugandan officials said 31 deaths had been recorded since June.",
        [
            ("World Health Organization", "IGO UNO WHO", ORG),
            ("director-general", "IGO UNO WHO", P),
            ("European Union", "IGO EUR EEC", ORG),
            ("Ugandan officials", "UGA GOV", G),
        ],
    ),
    (
        "2026-02-20",
        "Unite said 1,200 workers at the Grangemouth refinery would strike for a week from Monday after talks "
        "with owner Firthline Energy broke down. The company said contingency plans were in place to keep "
        "fuel flowing to Scotland.",
        [
            ("Unite", "GBR LAB", ORG),
            ("workers", "GBR LAB", G),
            ("owner Firthline Energy", "GBR BUS", ORG),
            ("company", "GBR BUS", ORG),
        ],
    ),
    (
        "2026-05-19",
        "The Court of Arbitration for Sport banned Kenyan marathon runner Grace Chebet for four years on "
        "Tuesday over an anti-doping violation. Athletics Kenya said it respected the decision, while "
        "Chebet's coach said she would consider an appeal to Swiss federal judges.",
        [
            ("Court of Arbitration for Sport", "JUD", ORG),
            ("Kenyan marathon runner Grace Chebet", "KEN", P),
            ("Athletics Kenya", "KEN", ORG),
            ("Chebet's coach", "KEN", P),
            ("Swiss federal judges", "CHE JUD", G),
        ],
    ),
    (
        "2025-07-22",
        "Israeli troops arrested 14 Palestinians in overnight raids across the West Bank, the Palestinian "
        "Prisoners' Society said. The Israeli military said its soldiers had detained suspects wanted for "
        "shooting attacks.",
        [
            ("Israeli troops", "ISR MIL", G),
            ("Palestinians", "PSE CVL", E),
            ("Palestinian Prisoners' Society", "PSE NGO", ORG),
            ("Israeli military", "ISR MIL", ORG),
            ("soldiers", "ISR MIL", G),
            ("suspects", "PSE CRM", G),
        ],
    ),
    (
        "2025-10-11",
        "California's governor signed a bill on Friday capping the price of insulin at $35 a month. "
        "Legislators had passed it with a two-thirds majority, and a drugmakers' trade group said it would "
        "challenge the law in court.",
        [
            ("California's governor", "USA GOV", P),
            ("Legislators", "USA LEG", G),
            ("drugmakers' trade group", "USA BUS", ORG),
        ],
    ),
    (
        "2026-03-24",
        "Indian conglomerate Varadhan Group agreed to buy a 51 percent stake in Indonesian nickel miner PT "
        "Sulawesi Raya for $2.3 billion, the companies said on Monday. The deal still needs approval from "
        "Indonesia's investment ministry.",
        [
            ("Indian conglomerate Varadhan Group", "IND BUS", ORG),
            ("Indonesian nickel miner PT Sulawesi Raya", "IDN BUS", ORG),
            ("companies", "BUS", G),
            ("Indonesia's investment ministry", "IDN GOV", ORG),
        ],
    ),
    (
        "2025-09-15",
        "Gunmen believed to belong to JNIM killed 12 soldiers in an ambush near Tessit, Mali's army said, and "
        "the junta announced three days of national mourning.",
        [
            ("Gunmen", "MLI REB", G),
            ("JNIM", "MLI REB", ORG),
            ("soldiers", "MLI MIL", G),
            ("Mali's army", "MLI MIL", ORG),
            ("junta", "MLI GOV", ORG),
        ],
    ),
    (
        "2026-06-03",
        "Brazil's Supreme Federal Court ordered US-based social network Vozz to suspend 14 accounts linked to "
        "illegal betting sites. Justice Paulo Meireles gave the platform 48 hours to comply or face daily "
        "fines of 100,000 reais.",
        [
            ("Brazil's Supreme Federal Court", "BRA JUD", ORG),
            ("US-based social network Vozz", "USA BUS", ORG),
            ("Justice Paulo Meireles", "BRA JUD", P),
            ("platform", "USA BUS", ORG),
        ],
    ),
    (
        "2025-08-31",
        "Pakistan's army evacuated about 40,000 residents from flooded villages in Sindh on Sunday, and the "
        "National Disaster Management Authority said more rain was expected this week. Aid agencies warned of "
        "cholera in the relief camps.",
        [
            ("Pakistan's army", "PAK MIL", ORG),
            ("residents", "PAK CVL", G),
            ("National Disaster Management Authority", "PAK GOV", ORG),
            ("Aid agencies", "NGO", G),
        ],
    ),
    (
        "2026-05-20",
        "South Korea and Japan agreed to set up a joint hydrogen research fund, officials in Seoul said on "
        "Wednesday, after President Lee Jae-myung met Prime Minister Sanae Takaichi in Osaka.",
        [
            ("South Korea", "KOR GOV", C),
            ("Japan", "JPN GOV", C),
            ("officials", "KOR GOV", G),
            ("President Lee Jae-myung", "KOR GOV", P),
            ("Prime Minister Sanae Takaichi", "JPN GOV", P),
        ],
    ),
    (
        "2026-01-14",
        "NASA has postponed the launch of its next Artemis crew flight by a month after engineers found a "
        "leaking valve, the agency said on Tuesday. The European Space Agency, which built the service "
        "module, said it was helping with the repair.",
        [
            ("NASA", "USA GOV", ORG),
            ("engineers", "USA GOV", G),
            ("agency", "USA GOV", ORG),
            ("European Space Agency", "IGO", ORG),
        ],
    ),
    (
        "2025-12-08",
        "The Arakan Army said its fighters had captured a naval base near Kyaukphyu, a claim the junta's "
        "spokesman denied. Rohingya villagers near the base fled toward the coast, aid workers said.",
        [
            ("Arakan Army", "MMR REB", ORG),
            ("fighters", "MMR REB", G),
            ("junta's spokesman", "MMR GOV", P),
            ("Rohingya villagers", "MMR CVL", G),
            ("aid workers", "NGO", G),
        ],
    ),
    (
        "2026-04-10",
        "French club Racing Vallon fined two of its players for breaching team rules, the club said on "
        "Thursday, without naming them. Coach Étienne Marchal declined to comment.",
        [
            ("French club Racing Vallon", "FRA", ORG),
            ("players", "FRA", G),
            (("club", 1), "FRA", ORG),
            ("Coach Étienne Marchal", "FRA", P),
        ],
    ),
    (
        "2025-09-24",
        "Nigeria's central bank held its benchmark rate at 27 percent on Tuesday, and Governor Musa Danladi "
        "said inflation was finally easing. The International Monetary Fund had urged Abuja to keep policy "
        "tight until price growth slowed.",
        [
            ("Nigeria's central bank", "NGA GOV", ORG),
            ("Governor Musa Danladi", "NGA GOV", P),
            ("International Monetary Fund", "IGO IMF", ORG),
            ("Abuja", "NGA GOV", C),
        ],
    ),
    (
        "2026-02-02",
        "Mexican police arrested the mayor of a town in Guerrero on Saturday on suspicion of working with a "
        "drug cartel, the state attorney general's office said.",
        [
            ("Mexican police", "MEX COP", G),
            ("mayor", "MEX GOV", P),
            ("drug cartel", "MEX CRM", ORG),
            ("state attorney general's office", "MEX JUD", ORG),
        ],
    ),
    (
        "2025-07-03",
        "ELN commanders told a local radio station that the group would hand over three kidnapped soldiers to "
        "a humanitarian commission made up of the Catholic Church and the Ombudsman's Office.",
        [
            ("ELN commanders", "COL REB", G),
            ("local radio station", "COL MED", ORG),
            ("group", "COL REB", ORG),
            ("kidnapped soldiers", "COL MIL", G),
            ("humanitarian commission", "COL", ORG),
            ("Catholic Church", "COL REL", ORG),
            ("Ombudsman's Office", "COL GOV", ORG),
        ],
    ),
    (
        "2025-10-14",
        "France's prime minister survived a no-confidence motion tabled by the Socialists and the far-right "
        "National Rally on Monday, with 271 deputies voting in favour, 18 short of the majority needed.",
        [
            ("France's prime minister", "FRA GOV", P),
            ("Socialists", "FRA OPP", G),
            ("far-right National Rally", "FRA OPP", ORG),
            ("deputies", "FRA LEG", G),
        ],
    ),
    (
        "2026-03-10",
        "Junior doctors in England will stage a five-day walkout from Friday, the British Medical Association "
        "said, after the health secretary refused to reopen pay talks.",
        [
            ("Junior doctors", "GBR HLH", G),
            ("British Medical Association", "GBR HLH", ORG),
            ("health secretary", "GBR GOV", P),
        ],
    ),
    (
        "2025-05-15",
        "Houthi forces said they had fired a missile at a Greek-owned bulk carrier in the Red Sea, but the "
        "vessel reported no damage, according to the UK Maritime Trade Operations agency. The US Navy said its "
        "destroyers had shot down two drones in the same area.",
        [
            ("Houthi forces", "YEM REB", G),
            ("UK Maritime Trade Operations agency", "GBR MIL", ORG),
            ("US Navy", "USA MIL", ORG),
        ],
    ),
    (
        "2025-09-12",
        "Argentina's Congress overturned President Javier Milei's veto of a law funding provincial road "
        "repairs on Thursday as thousands of municipal workers and their unions rallied outside the "
        "building. Milei's office said the government would take the matter to the Supreme Court.",
        [
            ("Argentina's Congress", "ARG LEG", ORG),
            ("President Javier Milei", "ARG GOV", P),
            ("municipal workers", "ARG LAB", G),
            ("unions", "ARG LAB", G),
            ("Milei's office", "ARG GOV", ORG),
            ("government", "ARG GOV", ORG),
            ("Supreme Court", "ARG JUD", ORG),
        ],
    ),
    (
        "2026-05-25",
        "Ethiopia accused Eritrea of massing troops along their shared border on Sunday. Asmara dismissed the "
        'charge as "lies", Eritrea\'s information minister wrote on X.',
        [
            ("Ethiopia", "ETH GOV", C),
            (("Eritrea", 0), "ERI GOV", C),
            ("troops", "ERI MIL", G),
            ("Asmara", "ERI GOV", C),
            ("Eritrea's information minister", "ERI GOV", P),
        ],
    ),
]


def build() -> list[dict]:
    rows = []
    for n, (published, text, anns) in enumerate(TEXTS, 1):
        rid = f"b2act-{n:02d}"
        actors = []
        for spec, code, typ in anns:
            span = locate(text, spec, rid)
            actors.append({**span, "code": code, "type": typ})
        actors.sort(key=lambda a: a["start"])
        for a, b in pairwise(actors):
            assert a["end"] <= b["start"], (rid, a["text"], b["text"])
        rows.append({"id": rid, "split": "blind2", "published": published, "text": text, "actors": actors})
    return rows


def main() -> None:
    rows = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "actors.jsonl")
    write_jsonl(path, rows)
    n = reread_check(path, lambda row: row["actors"], split="blind2")
    with open(path, encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == rows
    types = Counter(a["type"] for r in rows for a in r["actors"])
    print(f"{len(rows)} texts, {n} actor mentions; {dict(types)}")


if __name__ == "__main__":
    main()
