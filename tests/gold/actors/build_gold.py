"""Build gold.jsonl for `claimledger eval actors` from the annotated texts below.

The texts were written by the claimledger team for this gold set, in newswire style. Heads of
state and government, government spokespeople and heads of international organisations appear
under their real names; every other official is invented, and so are the events and every word
attributed to anyone (see README.md). Each annotation gives the mention as a substring of the text ("Umerov#2" for its
second occurrence), its code and its type; offsets are computed here so that nobody types
them by hand. Run `python tests/gold/actors/build_gold.py` after editing; it rewrites
gold.jsonl beside it and fails on a mention that is not found. Guide: README.md.

Every third item goes to the "test" split, the rest to "dev".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

P, ORG, C, G, E, R = "person", "organisation", "country", "group", "ethnic group", "region"

ITEMS = [
    (
        "Russian forces shelled the village of Bilozerka overnight, killing two civilians, the regional governor said.",
        [("Russian forces", "RUS MIL", G), ("civilians", "UKR CVL", G), ("regional governor", "UKR GOV", P)],
    ),
    (
        "Ukraine's General Staff said its air defences shot down 41 of 55 drones launched by Russia overnight.",
        [("Ukraine's General Staff", "UKR MIL", ORG), ("Russia", "RUS", C)],
    ),
    (
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to talks with Washington.",
        [
            ("Kremlin spokesman Dmitry Peskov", "RUS GOV", P),
            ("reporters", "MED", G),
            ("Moscow", "RUS GOV", C),
            ("Washington", "USA GOV", C),
        ],
    ),
    (
        "North Korean leader Kim Jong Un inspected a new missile launcher, state news agency KCNA reported.",
        [("North Korean leader Kim Jong Un", "PRK GOV", P), ("state news agency KCNA", "PRK MED", ORG)],
    ),
    (
        "The IAEA said its inspectors had regained access to the Zaporizhzhia nuclear plant on Thursday.",
        [("IAEA", "IGO UNO IAE", ORG)],
    ),
    (
        "NATO Secretary General Mark Rutte urged allies to send more air defence systems to Kyiv.",
        [("NATO Secretary General Mark Rutte", "IGO WST NAT", P)],
    ),
    (
        "Israeli troops raided the Jenin refugee camp, and Palestinian health officials said three people were killed.",
        [("Israeli troops", "ISR MIL", G), ("Palestinian health officials", "PSE GOV", G)],
    ),
    (
        "Hamas said it had accepted the proposal, while Israel's war cabinet met late into the night.",
        [("Hamas", "PSE REB", ORG), ("Israel's war cabinet", "ISR GOV", ORG)],
    ),
    (
        "Sudan's army accused the Rapid Support Forces of shelling a market in Omdurman.",
        [("Sudan's army", "SDN MIL", ORG), ("Rapid Support Forces", "SDN REB", ORG)],
    ),
    (
        "Myanmar's military junta has lost control of several border towns to ethnic armed groups, analysts say.",
        [("Myanmar's military junta", "MMR GOV", ORG), ("ethnic armed groups", "MMR REB", G)],
    ),
    (
        "Houthi rebels fired two anti-ship missiles at a commercial vessel in the Red Sea, the US military said.",
        [("Houthi rebels", "YEM REB", G), ("US military", "USA MIL", ORG)],
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels on Sunday.",
        [
            ("Armenian Prime Minister Nikol Pashinyan", "ARM GOV", P),
            ("Azerbaijani President Ilham Aliyev", "AZE GOV", P),
        ],
    ),
    (
        "Amnesty International accused both sides of indiscriminate attacks on civilians.",
        [("Amnesty International", "NGO HRI AMN", ORG), ("civilians", "CVL", G)],
    ),
    (
        "A senior Ukrainian military official, speaking on condition of anonymity, said the brigade was running short "
        "of artillery shells.",
        [("senior Ukrainian military official", "UKR MIL", P), ("brigade", "UKR MIL", ORG)],
    ),
    (
        "Polish Foreign Minister Tomasz Wrona summoned the Russian ambassador after a drone crashed in eastern Poland.",
        [("Polish Foreign Minister Tomasz Wrona", "POL GOV", P), ("Russian ambassador", "RUS GOV", P)],
    ),
    (
        "The Chinese coast guard fired water cannon at a Philippine supply boat near the Second Thomas Shoal, Manila said.",
        [("Chinese coast guard", "CHN COP", ORG), ("Manila", "PHL GOV", C)],
    ),
    (
        "The UN Security Council will meet on Friday at the request of France and the United Kingdom.",
        [("UN Security Council", "IGO UNO", ORG)],
    ),
    (
        "Ukrainian drone operators destroyed a Russian tank near Pokrovsk, the 59th Brigade said in a video posted "
        "on Telegram.",
        [("Ukrainian drone operators", "UKR MIL", G), ("59th Brigade", "UKR MIL", ORG)],
    ),
    (
        "Residents of Kharkiv spent another night in metro stations as air raid sirens sounded across the city.",
        [("Residents", "UKR CVL", G)],
    ),
    (
        "Belarusian President Alexander Lukashenko said Minsk would not send troops to Ukraine.",
        [
            ("Belarusian President Alexander Lukashenko", "BLR GOV", P),
            ("Minsk", "BLR GOV", C),
            ("troops", "BLR MIL", G),
        ],
    ),
    (
        "The Pentagon announced a new $400 million military aid package for Ukraine.",
        [("Pentagon", "USA MIL", ORG)],
    ),
    (
        "Iran's Revolutionary Guards seized an oil tanker in the Gulf of Oman, Iranian state media reported.",
        [("Iran's Revolutionary Guards", "IRN MIL", ORG), ("Iranian state media", "IRN MED", ORG)],
    ),
    (
        "Syrian rebels led by Hayat Tahrir al-Sham entered Aleppo on Friday.",
        [("Syrian rebels", "SYR REB", G), ("Hayat Tahrir al-Sham", "SYR REB", ORG)],
    ),
    (
        "Russian Deputy Foreign Minister Pavel Sorokin accused the West of waging a hybrid war against Russia.",
        [
            ("Russian Deputy Foreign Minister Pavel Sorokin", "RUS GOV", P),
            ("West", "WST", R),
            ("Russia", "RUS", C),
        ],
    ),
    (
        "South Korea's National Intelligence Service said about 3,000 more North Korean soldiers had been sent to Russia.",
        [
            ("South Korea's National Intelligence Service", "KOR SPY", ORG),
            ("North Korean soldiers", "PRK MIL", G),
        ],
    ),
    (
        "Doctors Without Borders said its medics had treated dozens of wounded people in Khan Younis.",
        [("Doctors Without Borders", "NGO HLH MSF", ORG), ("medics", "NGO HLH MSF", G)],
    ),
    (
        "Lithuania's State Security Department estimated that between 3,000 and 5,000 Belarusian troops could be involved.",
        [("Lithuania's State Security Department", "LTU SPY", ORG), ("Belarusian troops", "BLR MIL", G)],
    ),
    (
        "Ukraine's military intelligence agency said Belarus had begun moving engineer units south. Colonel Mykola "
        "Dovhan, deputy head of the agency, said the battalions had crossed the border last week.",
        [
            ("Ukraine's military intelligence agency", "UKR SPY", ORG),
            ("Belarus", "BLR", C),
            ("Colonel Mykola Dovhan", "UKR SPY", P),
            ("battalions", "BLR MIL", G),
        ],
    ),
    (
        "Japanese Prime Minister Shigeru Ishiba pledged to deepen security cooperation with Seoul.",
        [("Japanese Prime Minister Shigeru Ishiba", "JPN GOV", P), ("Seoul", "KOR GOV", C)],
    ),
    (
        "Taliban authorities detained two foreign journalists in Kabul, a press freedom group said.",
        [
            ("Taliban authorities", "AFG GOV", G),
            ("foreign journalists", "MED", G),
            ("press freedom group", "NGO", ORG),
        ],
    ),
    (
        "Pro-Russian separatists in Transnistria have asked Moscow for help, the Moldovan government said.",
        [
            ("Pro-Russian separatists", "MDA REB", G),
            ("Moscow", "RUS GOV", C),
            ("Moldovan government", "MDA GOV", ORG),
        ],
    ),
    (
        "The European Commission proposed a new package of sanctions against Russia on Wednesday.",
        [("European Commission", "IGO EUR EEC", ORG), ("Russia", "RUS", C)],
    ),
    (
        "Chechen commander Ruslan Bakayev said his fighters had captured a village near Kursk.",
        [("Chechen commander Ruslan Bakayev", "RUS MIL", P), ("fighters", "RUS MIL", G)],
    ),
    (
        "The Ukrainian parliament voted to extend martial law for another 90 days.",
        [("Ukrainian parliament", "UKR LEG", ORG)],
    ),
    (
        "Hezbollah fired dozens of rockets into northern Israel, and the Israeli army responded with air strikes on "
        "southern Lebanon.",
        [("Hezbollah", "LBN REB", ORG), ("Israeli army", "ISR MIL", ORG)],
    ),
    (
        "Russian military bloggers reported heavy losses near Vuhledar.",
        [("Russian military bloggers", "RUS MED", G)],
    ),
    (
        "Ukraine's SBU security service said it had detained a man suspected of spying for Russia.",
        [("Ukraine's SBU security service", "UKR SPY", ORG)],
    ),
    (
        "Gunmen killed at least 12 villagers in an attack in northern Burkina Faso, local sources said.",
        [("Gunmen", "BFA REB", G), ("villagers", "BFA CVL", G)],
    ),
    (
        "The Russian Defence Ministry said its troops had repelled five Ukrainian counterattacks.",
        [("Russian Defence Ministry", "RUS GOV", ORG), ("troops", "RUS MIL", G)],
    ),
    (
        "Ukraine's State Emergency Service said 14 survivors had been pulled from the rubble in Dnipro.",
        [("Ukraine's State Emergency Service", "UKR GOV", ORG)],
    ),
    (
        "Turkish President Recep Tayyip Erdoğan offered to host new talks between Russia and Ukraine.",
        [
            ("Turkish President Recep Tayyip Erdoğan", "TUR GOV", P),
            ("Russia", "RUS", C),
            ("Ukraine", "UKR", C),
        ],
    ),
    (
        "The Wagner Group's field commander, Arkady Volkov, accused the Russian defence minister of starving his men of "
        "ammunition.",
        [("Arkady Volkov", "RUS UAF", P), ("Russian defence minister", "RUS GOV", P)],
    ),
    (
        "Ethiopian federal forces and Tigrayan fighters signed a ceasefire in Pretoria in 2022.",
        [("Ethiopian federal forces", "ETH MIL", G), ("Tigrayan fighters", "ETH REB", G)],
    ),
    (
        "French President Emmanuel Macron said European troops could one day be deployed to Ukraine.",
        [("French President Emmanuel Macron", "FRA GOV", P), ("European troops", "EUR MIL", G)],
    ),
    (
        "The UN refugee agency said more than six million Ukrainians had registered for protection across Europe.",
        [("UN refugee agency", "IGO UNO REF HCR", ORG), ("Ukrainians", "UKR", G)],
    ),
    (
        "M23 rebels, who Kinshasa says are backed by Rwanda, captured the city of Goma.",
        [("M23 rebels", "COD REB", G), ("Kinshasa", "COD GOV", C), ("Rwanda", "RWA", C)],
    ),
    (
        "A spokesman for the Israel Defense Forces said the strike targeted a Hamas commander.",
        [
            ("spokesman", "ISR MIL", P),
            ("Israel Defense Forces", "ISR MIL", ORG),
            ("Hamas commander", "PSE REB", P),
        ],
    ),
    (
        "Kyiv has accused Moscow of using chemical weapons near Bakhmut.",
        [("Kyiv", "UKR GOV", C), ("Moscow", "RUS GOV", C)],
    ),
    (
        "Russian President Vladimir Putin signed a decree on Monday. The Kremlin said the measure would take effect "
        "immediately. Putin also met Belarusian Defence Minister Ihar Savich.",
        [
            ("Russian President Vladimir Putin", "RUS GOV", P),
            ("Kremlin", "RUS GOV", C),
            ("Putin#2", "RUS GOV", P),
            ("Belarusian Defence Minister Ihar Savich", "BLR GOV", P),
        ],
    ),
    (
        "President Volodymyr Zelensky visited troops near Kupiansk on Saturday. Zelensky awarded medals to soldiers "
        "of the 92nd Brigade.",
        [
            ("President Volodymyr Zelensky", "UKR GOV", P),
            ("troops", "UKR MIL", G),
            ("Zelensky#2", "UKR GOV", P),
            ("soldiers", "UKR MIL", G),
            ("92nd Brigade", "UKR MIL", ORG),
        ],
    ),
    (
        "Netanyahu said the operation in Rafah would continue until Hamas was defeated.",
        [("Netanyahu", "ISR GOV", P), ("Hamas", "PSE REB", ORG)],
    ),
    (
        "Ukraine's Foreign Ministry condemned the strike on Odesa. Deputy Prime Minister Oksana Hrytsenko called it "
        "an attack on European values.",
        [
            ("Ukraine's Foreign Ministry", "UKR GOV", ORG),
            ("Deputy Prime Minister Oksana Hrytsenko", "UKR GOV", P),
        ],
    ),
    (
        "Two Russian fighter jets intercepted a US surveillance drone over the Black Sea, the US European Command said.",
        [("US European Command", "USA MIL", ORG)],
    ),
    (
        "Venezuelan President Nicolás Maduro ordered troops to the border with Guyana.",
        [("Venezuelan President Nicolás Maduro", "VEN GOV", P), ("troops", "VEN MIL", G)],
    ),
    (
        "The Philippine coast guard accused China of ramming one of its ships.",
        [("Philippine coast guard", "PHL COP", ORG), ("China", "CHN", C)],
    ),
    (
        "Opposition leader Alena Karpovich called on Belarusians to boycott the vote.",
        [("Opposition leader Alena Karpovich", "BLR OPP", P), ("Belarusians", "BLR", G)],
    ),
    (
        "A Reuters reporter saw at least 30 bodies in the streets of the town.",
        [("Reuters reporter", "GBR MED", P)],
    ),
    (
        "Yemen's Houthis claimed responsibility for the attack on the tanker.",
        [("Yemen's Houthis", "YEM REB", ORG)],
    ),
    (
        "Local residents told the BBC that Russian soldiers had taken over their school.",
        [("residents", "CVL", G), ("BBC", "GBR MED", ORG), ("Russian soldiers", "RUS MIL", G)],
    ),
    (
        "Germany's Chancellor Olaf Scholz refused to send Taurus cruise missiles, saying Berlin did not want to be "
        "drawn into the war.",
        [("Germany's Chancellor Olaf Scholz", "DEU GOV", P), ("Berlin", "DEU GOV", C)],
    ),
    (
        "Russian-installed officials in the occupied Kherson region ordered civilians to leave.",
        [("Russian-installed officials", "RUS GOV", G), ("civilians", "UKR CVL", G)],
    ),
    (
        "The International Criminal Court issued an arrest warrant for Putin over the deportation of Ukrainian children.",
        [
            ("International Criminal Court", "IGO JUD ICC", ORG),
            ("Putin", "RUS GOV", P),
            ("Ukrainian children", "UKR CVL", G),
        ],
    ),
    (
        "Al-Shabaab militants attacked a military base in southern Somalia, the Somali army said.",
        [("Al-Shabaab militants", "SOM REB", G), ("Somali army", "SOM MIL", ORG)],
    ),
    (
        "Colombia's government and the ELN guerrillas resumed peace talks in Caracas.",
        [("Colombia's government", "COL GOV", ORG), ("ELN guerrillas", "COL REB", G)],
    ),
    (
        "Zelenskyy's chief of staff, Bohdan Marchuk, met US envoy Richard Dale in Kyiv.",
        [("Bohdan Marchuk", "UKR GOV", P), ("US envoy Richard Dale", "USA GOV", P)],
    ),
    (
        "Greek police arrested three people suspected of smuggling migrants, the coast guard said.",
        [("Greek police", "GRC COP", ORG), ("migrants", "CVL", G), ("coast guard", "GRC COP", ORG)],
    ),
    (
        "Japan's defence ministry said Chinese and Russian air forces flew joint patrols near its airspace.",
        [
            ("Japan's defence ministry", "JPN GOV", ORG),
            ("Chinese", "CHN MIL", G),
            ("Russian air forces", "RUS MIL", G),
        ],
    ),
    (
        "The White House said President Joe Biden had spoken with Israeli Prime Minister Benjamin Netanyahu.",
        [
            ("White House", "USA GOV", C),
            ("President Joe Biden", "USA GOV", P),
            ("Israeli Prime Minister Benjamin Netanyahu", "ISR GOV", P),
        ],
    ),
    (
        "Ukrainian prosecutors charged a Russian commander in absentia with ordering the execution of Ukrainian "
        "soldiers who had surrendered.",
        [
            ("Ukrainian prosecutors", "UKR JUD", G),
            ("Russian commander", "RUS MIL", P),
            ("Ukrainian soldiers", "UKR MIL", G),
        ],
    ),
    (
        "Both sides traded accusations after shelling near the Zaporizhzhia nuclear plant, IAEA chief Rafael Grossi said.",
        [("IAEA chief Rafael Grossi", "IGO UNO IAE", P)],
    ),
    (
        "The Kyiv Independent reported that Ukrainian forces had withdrawn from the village.",
        [("Kyiv Independent", "UKR MED", ORG), ("Ukrainian forces", "UKR MIL", G)],
    ),
    (
        "Estonia's intelligence service warned that Russia was rebuilding its forces along NATO's eastern flank.",
        [("Estonia's intelligence service", "EST SPY", ORG), ("Russia", "RUS", C), ("forces", "RUS MIL", G)],
    ),
    (
        "Sudanese army chief Abdel Fattah al-Burhan vowed to fight on.",
        [("Sudanese army chief Abdel Fattah al-Burhan", "SDN MIL", P)],
    ),
    (
        "UN peacekeepers in southern Lebanon said Israeli troops had fired on their positions.",
        [("UN peacekeepers", "IGO UNO", G), ("Israeli troops", "ISR MIL", G)],
    ),
    (
        "Kazakhstan's President Kassym-Jomart Tokayev said his country would not recognise the referendums.",
        [("Kazakhstan's President Kassym-Jomart Tokayev", "KAZ GOV", P)],
    ),
    (
        "A Russian missile struck a hospital in Kryvyi Rih, killing four medics, the city's mayor said.",
        [("medics", "UKR HLH", G), ("mayor", "UKR GOV", P)],
    ),
    (
        "Azov fighters who defended Mariupol were freed in a prisoner exchange mediated by the United Arab Emirates.",
        [("Azov fighters", "UKR MIL", G), ("United Arab Emirates", "ARE", C)],
    ),
    (
        "Hungarian Prime Minister Viktor Orbán has blocked the EU's aid package for Ukraine.",
        [("Hungarian Prime Minister Viktor Orbán", "HUN GOV", P)],
    ),
    (
        "The Indian army and Chinese troops disengaged from two friction points in eastern Ladakh.",
        [("Indian army", "IND MIL", ORG), ("Chinese troops", "CHN MIL", G)],
    ),
    (
        "Lithuanian intelligence chief Remigijus Valys said Belarus was preparing more units. The intelligence chief "
        "added that Minsk had denied the reports.",
        [
            ("Lithuanian intelligence chief Remigijus Valys", "LTU SPY", P),
            ("Belarus", "BLR", C),
            ("intelligence chief#2", "LTU SPY", P),
            ("Minsk", "BLR GOV", C),
        ],
    ),
    (
        "Russian troops and Wagner mercenaries have been accused by Human Rights Watch of abuses in Mali.",
        [
            ("Russian troops", "RUS MIL", G),
            ("Wagner mercenaries", "RUS UAF", G),
            ("Human Rights Watch", "NGO HRI HRW", ORG),
        ],
    ),
    (
        "Malian soldiers and Russian instructors patrolled the streets of Bamako.",
        [("Malian soldiers", "MLI MIL", G), ("Russian instructors", "RUS MIL", G)],
    ),
    (
        "Taiwan's defence ministry said 24 Chinese military aircraft had crossed the median line.",
        [("Taiwan's defence ministry", "TWN GOV", ORG)],
    ),
    (
        "The Organization for Security and Co-operation in Europe said its observers had recorded more than 1,000 "
        "ceasefire violations.",
        [
            ("Organization for Security and Co-operation in Europe", "IGO EUR SCE", ORG),
            ("observers", "IGO EUR SCE", G),
        ],
    ),
    (
        "Ukraine's ambassador to the UN accused Russia of blackmail.",
        [("Ukraine's ambassador", "UKR GOV", P), ("UN", "IGO UNO", ORG), ("Russia", "RUS", C)],
    ),
    (
        "South African President Cyril Ramaphosa led an African peace mission to Kyiv and St Petersburg.",
        [("South African President Cyril Ramaphosa", "ZAF GOV", P), ("African peace mission", "AFR", ORG)],
    ),
    (
        "Polish farmers blocked border crossings with Ukraine in protest against grain imports.",
        [("Polish farmers", "POL AGR", G)],
    ),
    (
        "Georgian police used water cannon against protesters outside the parliament in Tbilisi.",
        [("Georgian police", "GEO COP", ORG), ("protesters", "GEO CVL", G)],
    ),
    (
        "Ukrainska Pravda, citing sources in the presidential office, reported that General Viktor Hnatiuk, Ukraine's army chief, would be dismissed.",
        [
            ("Ukrainska Pravda", "UKR MED", ORG),
            ("presidential office", "UKR GOV", ORG),
            ("General Viktor Hnatiuk", "UKR MIL", P),
        ],
    ),
    (
        "Beijing has called for restraint, while Tehran warned it would respond to any attack.",
        [("Beijing", "CHN GOV", C), ("Tehran", "IRN GOV", C)],
    ),
    (
        "Downing Street said the prime minister would chair an emergency meeting of the Cobra committee.",
        [
            ("Downing Street", "GBR GOV", C),
            ("prime minister", "GBR GOV", P),
            ("Cobra committee", "GBR GOV", ORG),
        ],
    ),
    (
        "The Houthi-run Saba news agency said US and British forces struck Hodeidah.",
        [
            ("Houthi-run Saba news agency", "YEM MED", ORG),
            ("US", "USA MIL", G),
            ("British forces", "GBR MIL", G),
        ],
    ),
    (
        "Ukrainian and Polish officials met in Lublin to discuss the exhumation of victims.",
        [("Ukrainian", "UKR GOV", G), ("Polish officials", "POL GOV", G)],
    ),
    (
        "Defence chief says first clashes with Belarusian sappers confirmed\n\nFighting between the Ukrainian "
        "Armed Forces and Belarusian engineer units broke out near Vasylivka, Ukraine's Defence Minister Oleh Kravets "
        "told Polish broadcaster TVP. The minister said the Belarusian sappers were disguised as Chechens.",
        [
            ("Defence chief", "UKR GOV", P),
            ("Belarusian sappers", "BLR MIL", G),
            ("Ukrainian Armed Forces", "UKR MIL", ORG),
            ("Ukraine's Defence Minister Oleh Kravets", "UKR GOV", P),
            ("Polish broadcaster TVP", "POL MED", ORG),
            ("minister", "UKR GOV", P),
            ("Belarusian sappers#2", "BLR MIL", G),
            ("Chechens", "RUS", E),
        ],
    ),
    (
        "Russia's Defence Ministry said air defences downed 30 Ukrainian drones. Ukraine's military said Russian "
        "troops had advanced near Toretsk, and Kyiv asked Western partners for more artillery.",
        [
            ("Russia's Defence Ministry", "RUS GOV", ORG),
            ("Ukraine's military", "UKR MIL", ORG),
            ("Russian troops", "RUS MIL", G),
            ("Kyiv", "UKR GOV", C),
            ("Western partners", "WST", G),
        ],
    ),
    (
        "Polish Deputy Defence Minister Piotr Zalewski warned that Warsaw would respond if Belarusian helicopters "
        "violated its airspace again. Zalewski said Polish troops had been put on alert.",
        [
            ("Polish Deputy Defence Minister Piotr Zalewski", "POL GOV", P),
            ("Warsaw", "POL GOV", C),
            ("Zalewski#2", "POL GOV", P),
            ("Polish troops", "POL MIL", G),
        ],
    ),
    (
        "A NATO official, who asked not to be named, said the alliance estimated the Belarusian contingent at several "
        "thousand soldiers.",
        [
            ("NATO official", "IGO WST NAT", P),
            ("Belarusian contingent", "BLR MIL", G),
            ("soldiers", "BLR MIL", G),
        ],
    ),
    (
        "Russian state news agency TASS quoted Foreign Ministry spokeswoman Maria Zakharova as calling the claims absurd.",
        [
            ("Russian state news agency TASS", "RUS MED", ORG),
            ("Foreign Ministry spokeswoman Maria Zakharova", "RUS GOV", P),
        ],
    ),
]


def locate(text: str, mention: str) -> tuple[int, int]:
    m = re.fullmatch(r"(.*?)#(\d+)", mention)
    needle, nth = (m.group(1), int(m.group(2))) if m else (mention, 1)
    # whole words only: "Russia" is not the start of "Russian"
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]
    if len(hits) < nth:
        raise ValueError(f"{mention!r} not found in {text!r}")
    at = hits[nth - 1]
    return at, at + len(needle)


def build() -> list[dict]:
    rows = []
    for n, (text, actors) in enumerate(ITEMS, 1):
        spans = []
        for mention, code, typ in actors:
            start, end = locate(text, mention)
            spans.append({"text": text[start:end], "start": start, "end": end, "code": code, "type": typ})
        spans.sort(key=lambda s: s["start"])
        rows.append(
            {
                "id": f"actors-{n:03d}",
                "split": "test" if n % 3 == 0 else "dev",
                "published": "2025-03-14",
                "text": text,
                "actors": spans,
            }
        )
    return rows


if __name__ == "__main__":
    out = Path(__file__).with_name("gold.jsonl")
    rows = build()
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["actors"]) for r in rows)
    print(f"{len(rows)} texts, {n} actor mentions -> {out}")
