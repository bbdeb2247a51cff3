"""Build tests/gold/blind/actors.jsonl: a BLIND evaluation set for `claimledger eval actors`.

usage: .venv/bin/python tests/gold/blind/build_actors.py   (rewrites actors.jsonl beside this file)

Thirty invented newswire texts (one or two sentences), written for this blind set by an annotator who
had not seen the extractor's rules, its sector lists or the team's gold texts. Heads of state and
government and heads of international organisations appear under their real names but only as doing
invented things, never as quoted; every other official is invented or unnamed.

Guide: tests/gold/actors/README.md. Codes are ISO 3166-1 alpha-3 + CAMEO sector, as a careful
human coder would give them from the whole text (Kosovo: XKX). Judgement calls made without the
team's ACTORS_SOURCES.md (not read, to stay blind): defence ministries and defence officials MIL;
border guards and border police COP; juntas and military rulers GOV; protesters OPP; insurgents,
militants, guerrillas, Hamas, Hezbollah, Houthis, RSF REB; refugees REF; the EU "IGO EUR EEC"; the
UN and its Security Council "IGO UNO". Spans are given as substrings (with occurrence index when
repeated) and located with str.find.
"""

from __future__ import annotations

import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _spans import locate, reread_check, write_jsonl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "actors.jsonl")

TEXTS = [
    (
        "bac-01",
        "2025-06-02",
        "Ukrainian border guards said Russian troops had attacked a checkpoint in the Sumy region overnight, "
        "wounding three servicemen.",
        [
            ("Ukrainian border guards", "UKR COP", "group"),
            ("Russian troops", "RUS MIL", "group"),
            ("servicemen", "UKR MIL", "group"),
        ],
    ),
    (
        "bac-02",
        "2025-03-17",
        "President Volodymyr Zelenskyy met Polish Prime Minister Donald Tusk in Warsaw on Monday, and Tusk promised "
        "to speed up deliveries of air-defence missiles.",
        [
            ("President Volodymyr Zelenskyy", "UKR GOV", "person"),
            ("Polish Prime Minister Donald Tusk", "POL GOV", "person"),
            (("Tusk", 1), "POL GOV", "person"),
        ],
    ),
    (
        "bac-03",
        "2025-07-21",
        "Russia\u2019s Defence Ministry said its forces had captured the village of Andriivka, a claim Ukrainian "
        "military officials denied.",
        [
            ("Russia\u2019s Defence Ministry", "RUS MIL", "organisation"),
            ("forces", "RUS MIL", "group"),
            ("Ukrainian military officials", "UKR MIL", "group"),
        ],
    ),
    (
        "bac-04",
        "2025-05-12",
        "A Kremlin spokesman said Moscow was ready for talks but accused Kyiv of sabotaging a prisoner exchange "
        "brokered by the United Arab Emirates.",
        [
            ("Kremlin spokesman", "RUS GOV", "person"),
            ("Moscow", "RUS GOV", "country"),
            ("Kyiv", "UKR GOV", "country"),
            ("United Arab Emirates", "ARE", "country"),
        ],
    ),
    (
        "bac-05",
        "2025-09-03",
        "Israeli soldiers shot dead two Palestinian gunmen during a raid on Jenin, the Palestinian health ministry "
        "said.",
        [
            ("Israeli soldiers", "ISR MIL", "group"),
            ("Palestinian gunmen", "PSE REB", "group"),
            ("Palestinian health ministry", "PSE GOV", "organisation"),
        ],
    ),
    (
        "bac-06",
        "2025-04-22",
        "Hamas said its fighters had ambushed Israeli troops in Beit Hanoun, and Israel\u2019s military said two "
        "soldiers were killed.",
        [
            ("Hamas", "PSE REB", "organisation"),
            ("fighters", "PSE REB", "group"),
            ("Israeli troops", "ISR MIL", "group"),
            ("Israel\u2019s military", "ISR MIL", "organisation"),
            ("soldiers", "ISR MIL", "group"),
        ],
    ),
    (
        "bac-07",
        "2025-01-15",
        "Hezbollah denied firing at northern Israel, while the Lebanese army said it had arrested several men "
        "suspected of launching rockets from near Tyre.",
        [("Hezbollah", "LBN REB", "organisation"), ("Lebanese army", "LBN MIL", "organisation")],
    ),
    (
        "bac-08",
        "2025-02-06",
        "The UN Security Council met in emergency session after Houthi rebels seized a cargo ship and its crew of "
        "25 in the Red Sea.",
        [("UN Security Council", "IGO UNO", "organisation"), ("Houthi rebels", "YEM REB", "group")],
    ),
    (
        "bac-09",
        "2025-10-09",
        "Sudan\u2019s deputy army chief, Lt. Gen. Osman Babiker, accused the United Arab Emirates of arming the Rapid "
        "Support Forces, a charge Abu Dhabi has repeatedly rejected.",
        [
            ("Sudan\u2019s deputy army chief", "SDN MIL", "person"),
            ("United Arab Emirates", "ARE", "country"),
            ("Rapid Support Forces", "SDN REB", "organisation"),
            ("Abu Dhabi", "ARE GOV", "country"),
        ],
    ),
    (
        "bac-10",
        "2025-11-02",
        "RSF fighters killed at least 30 civilians in a village near El Obeid, local medics said.",
        [
            ("RSF fighters", "SDN REB", "group"),
            ("civilians", "SDN CVL", "group"),
            ("local medics", "SDN HLH", "group"),
        ],
    ),
    (
        "bac-11",
        "2025-08-18",
        "Burkina Faso\u2019s junta expelled three French diplomats, accusing them of meeting opposition figures in "
        "Ouagadougou.",
        [
            ("Burkina Faso\u2019s junta", "BFA GOV", "organisation"),
            ("French diplomats", "FRA GOV", "group"),
            ("opposition figures", "BFA OPP", "group"),
        ],
    ),
    (
        "bac-12",
        "2025-04-01",
        "Niger\u2019s military rulers suspended two French broadcasters and ordered foreign journalists to renew their "
        "accreditation.",
        [
            ("Niger\u2019s military rulers", "NER GOV", "group"),
            ("French broadcasters", "FRA MED", "organisation"),
            ("foreign journalists", "MED", "group"),
        ],
    ),
    (
        "bac-13",
        "2025-08-30",
        "Myanmar\u2019s junta chief met a Chinese special envoy in Naypyidaw, and Beijing urged the military to hold "
        "talks with ethnic armed groups.",
        [
            ("Myanmar\u2019s junta chief", "MMR GOV", "person"),
            ("Chinese special envoy", "CHN GOV", "person"),
            ("Beijing", "CHN GOV", "country"),
            ("military", "MMR MIL", "organisation"),
            ("ethnic armed groups", "MMR REB", "group"),
        ],
    ),
    (
        "bac-14",
        "2025-12-11",
        "The Arakan Army said its fighters had captured a border guard post near Maungdaw, sending dozens of Myanmar "
        "border police fleeing into Bangladesh, where Rohingya refugees fear a new influx.",
        [
            ("Arakan Army", "MMR REB", "organisation"),
            ("fighters", "MMR REB", "group"),
            ("Myanmar border police", "MMR COP", "group"),
            ("Rohingya refugees", "MMR REF", "group"),
        ],
    ),
    (
        "bac-15",
        "2025-05-09",
        "North Korean leader Kim Jong Un oversaw a test of a new multiple rocket launcher, state news agency KCNA "
        "reported. Kim called the weapon a decisive deterrent.",
        [
            ("North Korean leader Kim Jong Un", "PRK GOV", "person"),
            ("state news agency KCNA", "PRK MED", "organisation"),
            (("Kim", 1), "PRK GOV", "person"),
        ],
    ),
    (
        "bac-16",
        "2025-06-26",
        "South Korea\u2019s military said it had fired warning shots after North Korean soldiers briefly crossed the "
        "demarcation line.",
        [
            ("South Korea\u2019s military", "KOR MIL", "organisation"),
            ("North Korean soldiers", "PRK MIL", "group"),
        ],
    ),
    (
        "bac-17",
        "2025-03-05",
        "Philippine officials accused China of ramming a supply boat near the Second Thomas Shoal, and Manila "
        "summoned Beijing\u2019s ambassador.",
        [
            ("Philippine officials", "PHL GOV", "group"),
            ("China", "CHN", "country"),
            ("Manila", "PHL GOV", "country"),
            ("Beijing\u2019s ambassador", "CHN GOV", "person"),
        ],
    ),
    (
        "bac-18",
        "2025-10-16",
        "Taiwan\u2019s President Lai Ching-te said the island\u2019s armed forces would hold live-fire drills next "
        "month, a day after Chinese forces began exercises around the island.",
        [
            ("Taiwan\u2019s President Lai Ching-te", "TWN GOV", "person"),
            ("island\u2019s armed forces", "TWN MIL", "group"),
            ("Chinese forces", "CHN MIL", "group"),
        ],
    ),
    (
        "bac-19",
        "2025-09-24",
        "Kosovo police arrested a Serbian army reservist near Zubin Potok, prompting Belgrade to accuse Pristina of "
        "staging a provocation.",
        [
            ("Kosovo police", "XKX COP", "organisation"),
            ("Serbian army reservist", "SRB MIL", "person"),
            ("Belgrade", "SRB GOV", "country"),
            ("Pristina", "XKX GOV", "country"),
        ],
    ),
    (
        "bac-20",
        "2025-02-19",
        "Bosnia\u2019s state court sentenced a former Republika Srpska police commander to 12 years for war crimes, "
        "and the entity\u2019s government called the verdict political.",
        [
            ("Bosnia\u2019s state court", "BIH JUD", "organisation"),
            ("former Republika Srpska police commander", "BIH COP", "person"),
            ("entity\u2019s government", "BIH GOV", "organisation"),
        ],
    ),
    (
        "bac-21",
        "2025-08-09",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a peace agreement "
        "in Washington, where U.S. officials hosted the talks.",
        [
            ("Armenian Prime Minister Nikol Pashinyan", "ARM GOV", "person"),
            ("Azerbaijani President Ilham Aliyev", "AZE GOV", "person"),
            ("U.S. officials", "USA GOV", "group"),
        ],
    ),
    (
        "bac-22",
        "2025-12-02",
        "Georgian riot police detained dozens of protesters in Tbilisi, and the opposition said several of its "
        "leaders had been beaten in custody.",
        [
            ("Georgian riot police", "GEO COP", "group"),
            ("protesters", "GEO OPP", "group"),
            ("opposition", "GEO OPP", "organisation"),
            ("leaders", "GEO OPP", "group"),
        ],
    ),
    (
        "bac-23",
        "2025-07-08",
        "Houthi forces fired a ballistic missile towards Tel Aviv, and the Israeli military said it was intercepted "
        "before it reached the city.",
        [("Houthi forces", "YEM REB", "group"), ("Israeli military", "ISR MIL", "organisation")],
    ),
    (
        "bac-24",
        "2025-04-30",
        "Saudi Arabia and Iran agreed to reopen consulates in each other\u2019s cities after talks between Riyadh and "
        "Tehran hosted by Beijing.",
        [
            ("Saudi Arabia", "SAU", "country"),
            ("Iran", "IRN", "country"),
            ("Riyadh", "SAU GOV", "country"),
            ("Tehran", "IRN GOV", "country"),
            ("Beijing", "CHN GOV", "country"),
        ],
    ),
    (
        "bac-25",
        "2025-06-24",
        "The European Union adopted a new sanctions package against Russia, but Hungary\u2019s government said it would "
        "seek exemptions for Russian oil imports, and Slovak lawmakers voted against the measure.",
        [
            ("European Union", "IGO EUR EEC", "organisation"),
            (("Russia", 0), "RUS", "country"),
            ("Hungary\u2019s government", "HUN GOV", "organisation"),
            ("Slovak lawmakers", "SVK LEG", "group"),
        ],
    ),
    (
        "bac-26",
        "2025-09-15",
        "NATO Secretary-General Mark Rutte visited an air base in eastern Poland, and NATO sent more fighter jets "
        "after Russian drones entered Polish airspace.",
        [
            ("NATO Secretary-General Mark Rutte", "IGO WST NAT", "person"),
            (("NATO", 1), "IGO WST NAT", "organisation"),
        ],
    ),
    (
        "bac-27",
        "2025-11-25",
        "Amnesty International accused Ethiopian troops of killing dozens of civilians in the Amhara region, and "
        "the government in Addis Ababa dismissed the report.",
        [
            ("Amnesty International", "NGO HRI AMN", "organisation"),
            ("Ethiopian troops", "ETH MIL", "group"),
            ("civilians", "ETH CVL", "group"),
            ("government", "ETH GOV", "organisation"),
        ],
    ),
    (
        "bac-28",
        "2025-01-27",
        "Colombian soldiers clashed with ELN guerrillas near the Venezuelan border, and the interior minister said "
        "Caracas was giving the rebels safe haven.",
        [
            ("Colombian soldiers", "COL MIL", "group"),
            ("ELN guerrillas", "COL REB", "group"),
            ("interior minister", "COL GOV", "person"),
            ("Caracas", "VEN GOV", "country"),
            ("rebels", "COL REB", "group"),
        ],
    ),
    (
        "bac-29",
        "2025-10-30",
        "Two foreign journalists were injured by shelling in Kherson, and Ukrainian prosecutors opened a war crimes "
        "investigation.",
        [("foreign journalists", "MED", "group"), ("Ukrainian prosecutors", "UKR JUD", "group")],
    ),
    (
        "bac-30",
        "2025-05-27",
        "Russia\u2019s FSB security service said it had detained a man in Belgorod suspected of spying for "
        "Ukraine\u2019s military intelligence agency.",
        [
            ("Russia\u2019s FSB security service", "RUS SPY", "organisation"),
            ("Ukraine\u2019s military intelligence agency", "UKR SPY", "organisation"),
        ],
    ),
]


def build():
    rows = []
    for aid, published, text, actors in TEXTS:
        out = []
        for spec, code, typ in actors:
            span = locate(text, spec, aid)
            out.append({**span, "code": code, "type": typ})
        out.sort(key=lambda a: a["start"])
        for a, b in itertools.pairwise(out):
            assert a["end"] <= b["start"], (aid, "overlapping mentions", a["text"], b["text"])
        rows.append({"id": aid, "split": "blind", "published": published, "text": text, "actors": out})
    assert len(rows) == 30 and len({r["id"] for r in rows}) == 30
    return rows


if __name__ == "__main__":
    rows = build()
    write_jsonl(OUT, rows)
    n = reread_check(OUT, lambda r: r["actors"])
    print(f"wrote {OUT}: {len(rows)} texts, {n} actor mentions")
