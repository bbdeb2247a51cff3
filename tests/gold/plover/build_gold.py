"""Build tests/gold/plover/gold.jsonl: example sentences, their PLOVER type and source actor.

usage: python tests/gold/plover/build_gold.py          (rewrites gold.jsonl beside this file)

Every sentence is invented by the team in its own words, in the style of the example sentences
of an event-coding manual: one reported act, real countries, made-up officials and figures.
Each row is `{"id", "text", "published", "split", "plover_type", "source"}`; `source` is the
CAMEO-style code of who acts ("HUN GOV", "RUS MIL", a bare sector "CVL" or "REB"), several
sources joined by "; " ("HUN GOV; ROU GOV" for "Hungarian and Romanian officials"), or None
when the text names no codable actor. `claimledger eval plover` counts a row typed when ANY
event of the record has the type, and its source found when an event of that type has actors
matching every code. About a third of the rows are `test`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gold.jsonl"

# (id, split, plover_type, source, text)
ROWS = [
    # ---------------------------------------------------------------- AGREE
    (
        "pl001",
        "dev",
        "AGREE",
        "COL GOV",
        "The Colombian government agreed on Tuesday to resume peace talks with the ELN guerrillas.",
    ),
    (
        "pl002",
        "dev",
        "AGREE",
        "ETH GOV",
        "Ethiopia signed a memorandum of understanding with Somaliland on access to the sea.",
    ),
    (
        "pl003",
        "test",
        "AGREE",
        "SRB GOV",
        "Serbian officials promised to cooperate fully with the inquiry into the border incident.",
    ),
    # ---------------------------------------------------------------- CONSULT
    (
        "pl004",
        "dev",
        "CONSULT",
        "IND GOV",
        "India's foreign minister met his Chinese counterpart in Beijing to discuss the disputed border.",
    ),
    (
        "pl005",
        "dev",
        "CONSULT",
        "TUR GOV",
        "Turkish President Recep Tayyip Erdogan held a phone call with the Iraqi prime minister on Sunday.",
    ),
    (
        "pl006",
        "test",
        "CONSULT",
        "QAT GOV",
        "Qatari mediators hosted a new round of talks between the two Sudanese factions in Doha.",
    ),
    # ---------------------------------------------------------------- SUPPORT
    (
        "pl007",
        "dev",
        "SUPPORT",
        "DEU GOV",
        "Germany voiced support for the Moldovan government's bid to join the European Union.",
    ),
    (
        "pl008",
        "dev",
        "SUPPORT",
        "KEN GOV",
        "The Kenyan president praised the peacekeepers for their work in Haiti.",
    ),
    (
        "pl009",
        "dev",
        "SUPPORT",
        "HUN GOV; ROU GOV",
        "Senior Hungarian and Romanian officials endorsed the regional plan for a new gas pipeline.",
    ),
    (
        "pl010",
        "test",
        "SUPPORT",
        "BRA GOV",
        "Brazil's foreign ministry welcomed the decision of the two sides to extend the truce.",
    ),
    # ---------------------------------------------------------------- CONCEDE
    (
        "pl011",
        "dev",
        "CONCEDE",
        "JPN GOV",
        "The Japanese prime minister apologised to the families of the victims of the ferry disaster.",
    ),
    (
        "pl012",
        "dev",
        "CONCEDE",
        "BLR GOV",
        "Belarusian authorities pardoned 18 political prisoners on Wednesday, state media said.",
    ),
    (
        "pl013",
        "dev",
        "CONCEDE",
        "GEO OPP",
        "The Georgian opposition leader conceded defeat in the presidential election.",
    ),
    (
        "pl014",
        "test",
        "CONCEDE",
        "PAK GOV",
        "Pakistan's government eased restrictions on cross-border trade with Afghanistan.",
    ),
    # ---------------------------------------------------------------- COOPERATE
    (
        "pl015",
        "dev",
        "COOPERATE",
        "FRA GOV",
        "France extradited a suspected arms trafficker to Belgium on Monday.",
    ),
    (
        "pl016",
        "test",
        "COOPERATE",
        "USA",
        "American and Philippine forces began joint naval patrols in the South China Sea.",
    ),
    # ---------------------------------------------------------------- AID
    (
        "pl017",
        "dev",
        "AGREE",
        "GBR GOV",
        "Britain will send 50 million pounds of humanitarian aid to Sudan, the foreign secretary said.",
    ),
    ("pl018", "dev", "AID", "JPN", "Japan provided emergency relief supplies to flood victims in Pakistan."),
    (
        "pl019",
        "dev",
        "AID",
        "NLD GOV",
        "The Dutch government delivered 12 air defence systems to Ukraine on Thursday.",
    ),
    (
        "pl020",
        "test",
        "AID",
        "CAN GOV",
        "Canada granted asylum to a dissident journalist who had fled Nicaragua.",
    ),
    # ---------------------------------------------------------------- RETREAT
    (
        "pl021",
        "dev",
        "RETREAT",
        "RUS MIL",
        "Russian troops withdrew from positions on the west bank of the river.",
    ),
    ("pl022", "dev", "RETREAT", "REB", "The rebels released 12 soldiers they had held for six months."),
    ("pl023", "dev", "RETREAT", "FRA MIL", "French forces completed their pullout from Niger on Friday."),
    (
        "pl024",
        "test",
        "RETREAT",
        "SOM GOV",
        "Somalia's interior minister resigned on Sunday after a row over the election timetable.",
    ),
    (
        "pl025",
        "test",
        "RETREAT",
        "ISR MIL",
        "The Israeli army pulled back from two towns in southern Lebanon.",
    ),
    # ---------------------------------------------------------------- REQUEST
    (
        "pl026",
        "dev",
        "REQUEST",
        "UNO",
        "The UN secretary-general called for an immediate humanitarian pause in the fighting.",
    ),
    (
        "pl027",
        "dev",
        "REQUEST",
        "POL GOV",
        "Poland asked NATO for more air defence systems on its eastern flank.",
    ),
    (
        "pl028",
        "dev",
        "REQUEST",
        "EGY GOV",
        "Egyptian officials urged both sides to return to the negotiating table.",
    ),
    (
        "pl029",
        "dev",
        "REQUEST",
        "ZAF GOV",
        "South Africa has requested an emergency session of the African Union to discuss the crisis.",
    ),
    ("pl030", "test", "REQUEST", "UKR GOV", "Ukraine appealed to its allies for long-range missiles."),
    (
        "pl031",
        "test",
        "REQUEST",
        "MEX GOV",
        "The Mexican government demanded that Washington return the seized cargo.",
    ),
    # ---------------------------------------------------------------- ACCUSE
    (
        "pl032",
        "dev",
        "ACCUSE",
        "AZE GOV",
        "Azerbaijan accused Armenian forces of violating the ceasefire near the border.",
    ),
    (
        "pl033",
        "dev",
        "ACCUSE",
        "ICC",
        "The International Criminal Court opened an investigation into alleged war crimes in Darfur.",
    ),
    (
        "pl034",
        "dev",
        "ACCUSE",
        "ZAF JUD",
        "South African prosecutors launched a probe into the missing state funds.",
    ),
    ("pl035", "dev", "ACCUSE", "CHN GOV", "China condemned the sale of American weapons to Taiwan."),
    (
        "pl036",
        "test",
        "ACCUSE",
        "NGA GOV",
        "Nigerian authorities are investigating the deaths of 11 detainees in police custody.",
    ),
    (
        "pl037",
        "test",
        "ACCUSE",
        "IRN GOV",
        "Iran summoned the British ambassador over remarks by a minister.",
    ),
    # ---------------------------------------------------------------- REJECT
    (
        "pl038",
        "dev",
        "REJECT",
        "VEN GOV",
        "Venezuela rejected the proposal for an international election observer mission.",
    ),
    (
        "pl039",
        "dev",
        "REJECT",
        "ISR GOV",
        "Israeli officials refused to allow UN investigators into the area.",
    ),
    (
        "pl040",
        "test",
        "REJECT",
        "RUS GOV",
        "The Kremlin ruled out any talks with Kyiv before its conditions are met.",
    ),
    # ---------------------------------------------------------------- THREATEN
    (
        "pl041",
        "dev",
        "THREATEN",
        "PRK GOV",
        "North Korea threatened to launch more missiles if the joint drills went ahead.",
    ),
    (
        "pl042",
        "dev",
        "THREATEN",
        "USA GOV",
        "Washington warned it would impose new tariffs on Chinese steel.",
    ),
    (
        "pl043",
        "test",
        "THREATEN",
        "IRN MIL",
        "An Iranian military commander vowed to retaliate against any attack on its nuclear sites.",
    ),
    # ---------------------------------------------------------------- PROTEST
    (
        "pl044",
        "dev",
        "PROTEST",
        "CVL",
        "Thousands of residents marched through the centre of Tbilisi against the new law.",
    ),
    ("pl045", "dev", "PROTEST", "KEN", "Kenyan doctors went on strike over unpaid wages."),
    ("pl046", "test", "PROTEST", None, "Protesters blocked the main highway into Lima for a third day."),
    # ---------------------------------------------------------------- SANCTION
    (
        "pl047",
        "dev",
        "SANCTION",
        "USA GOV",
        "The United States imposed sanctions on three Iranian oil firms.",
    ),
    (
        "pl048",
        "dev",
        "SANCTION",
        "MLI GOV",
        "Mali expelled the French ambassador and gave him 72 hours to leave.",
    ),
    ("pl049", "dev", "SANCTION", "NIC GOV", "Nicaragua broke off diplomatic relations with the Netherlands."),
    ("pl050", "dev", "SANCTION", "EUR", "The European Union froze the assets of 20 Russian officials."),
    ("pl051", "test", "SANCTION", "CHN GOV", "Beijing suspended imports of seafood from Japan."),
    (
        "pl052",
        "test",
        "SANCTION",
        "AUS GOV",
        "Australia recalled its ambassador from Moscow for consultations.",
    ),
    # ---------------------------------------------------------------- MOBILIZE
    (
        "pl053",
        "dev",
        "MOBILIZE",
        "IND MIL",
        "The Indian army moved additional troops to the Line of Actual Control.",
    ),
    (
        "pl054",
        "dev",
        "MOBILIZE",
        "VEN GOV",
        "Venezuela placed its armed forces on high alert along the border with Guyana.",
    ),
    ("pl055", "dev", "MOBILIZE", "ARM GOV", "The Armenian government called up 5,000 reservists."),
    (
        "pl056",
        "test",
        "MOBILIZE",
        "TWN MIL",
        "Taiwan's military mobilised its reserve units after Chinese warships were spotted.",
    ),
    # ---------------------------------------------------------------- COERCE
    ("pl057", "dev", "COERCE", "TUR COP", "Turkish police detained 14 journalists in dawn raids."),
    ("pl058", "dev", "COERCE", "RUS GOV", "Russian authorities blocked access to a popular messaging app."),
    ("pl059", "test", "COERCE", "UGA GOV", "Uganda imposed a night curfew in the capital after the riots."),
    # ---------------------------------------------------------------- ASSAULT
    (
        "pl060",
        "dev",
        "ASSAULT",
        "RUS MIL",
        "Russian forces launched a drone attack on the city of Sumy overnight.",
    ),
    ("pl061", "dev", "ASSAULT", "REB", "Rebels ambushed an army patrol near the border."),
    ("pl062", "test", "ASSAULT", "SDN MIL", "Sudanese army aircraft bombed a market in North Darfur."),
    # ---------------------------------------------------------------- harder shapes (nominal,
    # passive, coordinated sources, less common verbs)
    (
        "pl063",
        "dev",
        "REQUEST",
        "KEN GOV",
        "Kenya's interior ministry on Monday asked the courts to suspend the strike by lecturers.",
    ),
    ("pl064", "dev", "REQUEST", "LBN GOV", "Lebanese leaders sought international help to rebuild the port."),
    (
        "pl065",
        "test",
        "REQUEST",
        "PHL GOV",
        "Manila pressed Beijing to stop harassing Filipino fishermen near the shoal.",
    ),
    (
        "pl066",
        "dev",
        "ACCUSE",
        "UKR GOV",
        "Ukrainian officials blamed Moscow for the power cuts across the region.",
    ),
    (
        "pl067",
        "dev",
        "ACCUSE",
        "UNO",
        "A UN panel of experts will investigate reports of mass graves near the town.",
    ),
    (
        "pl068",
        "test",
        "ACCUSE",
        "USA GOV",
        "The US State Department criticised the closure of independent newspapers in Nicaragua.",
    ),
    (
        "pl069",
        "dev",
        "SANCTION",
        "GBR GOV; CAN GOV",
        "British and Canadian officials announced travel bans on 15 members of the junta.",
    ),
    ("pl070", "dev", "SANCTION", "EUR", "The EU slapped an arms embargo on Belarus."),
    ("pl071", "test", "SANCTION", "IGO", "ECOWAS suspended Guinea from the bloc after the coup."),
    (
        "pl072",
        "dev",
        "SUPPORT",
        "FRA GOV; DEU GOV",
        "The French and German leaders backed a special tribunal for the crime of aggression.",
    ),
    ("pl073", "dev", "SUPPORT", "IDN GOV", "Indonesia expressed solidarity with the people of Gaza."),
    ("pl074", "test", "SUPPORT", "NOR GOV", "Norway recognised the State of Palestine on Tuesday."),
    (
        "pl075",
        "dev",
        "CONCEDE",
        "THA GOV",
        "The Thai government lifted the state of emergency in the southern provinces.",
    ),
    ("pl076", "dev", "CONCEDE", "ZWE GOV", "Zimbabwe's president granted amnesty to 4,000 prisoners."),
    (
        "pl077",
        "test",
        "CONCEDE",
        "MMR",
        "The Myanmar junta admitted that its troops had killed civilians in the village.",
    ),
    ("pl078", "dev", "RETREAT", "MLI GOV", "Malian authorities freed three foreign hostages on Saturday."),
    (
        "pl079",
        "dev",
        "RETREAT",
        "RUS GOV",
        "Russia returned 20 Ukrainian children to their families, the Qatari mediators said.",
    ),
    (
        "pl080",
        "test",
        "RETREAT",
        "ARM MIL",
        "Armenian forces handed over four border villages to Azerbaijan.",
    ),
    ("pl081", "dev", "AID", "IGO", "The World Bank approved a $500 million loan to Ghana."),
    (
        "pl082",
        "dev",
        "AGREE",
        "DNK GOV; SWE GOV",
        "Danish and Swedish officials pledged 300 million euros for Ukraine's energy grid.",
    ),
    ("pl083", "test", "AID", "USA GOV", "Washington shipped another batch of artillery shells to Kyiv."),
    (
        "pl084",
        "dev",
        "MOBILIZE",
        "RUS",
        "Russia massed tanks and artillery near the Ukrainian border, satellite images showed.",
    ),
    ("pl085", "dev", "MOBILIZE", "POL GOV", "Poland deployed 10,000 soldiers to its border with Belarus."),
    (
        "pl086",
        "test",
        "MOBILIZE",
        "CHN MIL",
        "The Chinese military sent warships and fighter jets around Taiwan on Monday.",
    ),
    # ---------------------------------------------------------------- held out: written after the
    # rules were tuned, scored once as they stood (EVENTS.md gives that first run)
    (
        "ph01",
        "test",
        "REQUEST",
        "KOR GOV",
        "South Korea's unification ministry proposed military talks with the North to ease tension "
        "along the border.",
    ),
    (
        "ph02",
        "test",
        "REQUEST",
        "IRQ GOV",
        "The Iraqi government has asked the US-led coalition to draw up a timetable for leaving the country.",
    ),
    (
        "ph03",
        "test",
        "ACCUSE",
        "USA GOV",
        "The U.S. Justice Department charged two Chinese nationals with hacking defence contractors.",
    ),
    (
        "ph04",
        "test",
        "ACCUSE",
        "IGO",
        "The UN Human Rights Council set up a commission of inquiry into abuses in Sudan.",
    ),
    (
        "ph05",
        "test",
        "ACCUSE",
        "PAK GOV",
        "Pakistan lodged a formal protest with Kabul over cross-border attacks.",
    ),
    (
        "ph06",
        "test",
        "SANCTION",
        "JPN GOV",
        "Japan tightened export controls on semiconductor materials to South Korea.",
    ),
    (
        "ph07",
        "test",
        "SANCTION",
        "GBR GOV",
        "The British government added 30 Russian entities to its sanctions list on Wednesday.",
    ),
    (
        "ph08",
        "test",
        "SANCTION",
        "NER GOV",
        "Niger's military rulers revoked the licences of two foreign broadcasters and ordered "
        "French diplomats to leave.",
    ),
    (
        "ph09",
        "test",
        "SUPPORT",
        "ITA GOV; ESP GOV",
        "Italian and Spanish ministers threw their weight behind the commission's migration pact.",
    ),
    (
        "ph10",
        "test",
        "SUPPORT",
        "ARG GOV",
        "Argentina's president congratulated the winner of the Uruguayan election.",
    ),
    (
        "ph11",
        "test",
        "CONCEDE",
        "KAZ GOV",
        "Kazakhstan's government reversed the fuel price increase after days of protests.",
    ),
    (
        "ph12",
        "test",
        "CONCEDE",
        "EGY GOV",
        "Egyptian authorities released the activist on presidential pardon after two years in detention.",
    ),
    (
        "ph13",
        "test",
        "RETREAT",
        "AZE MIL",
        "Azerbaijani troops withdrew from the heights they had occupied last week.",
    ),
    ("ph14", "test", "RETREAT", "REB", "The rebels freed 17 hostages, including two aid workers, on Monday."),
    ("ph15", "test", "RETREAT", "SRB GOV", "Serbia lifted its import ban on Kosovo goods."),
    (
        "ph16",
        "test",
        "AID",
        "EUR",
        "The European Union disbursed 1.5 billion euros in budget support to Ukraine.",
    ),
    (
        "ph17",
        "test",
        "AID",
        "TUR GOV",
        "Turkey sent search-and-rescue teams and field hospitals to Morocco after the earthquake.",
    ),
    (
        "ph18",
        "test",
        "AID",
        "IGO",
        "The World Food Programme delivered food to 300,000 people in besieged areas of Darfur.",
    ),
    (
        "ph19",
        "test",
        "MOBILIZE",
        "ISR MIL",
        "The Israeli army called up two reserve brigades for duty on the northern front.",
    ),
    (
        "ph20",
        "test",
        "MOBILIZE",
        "BLR GOV",
        "Belarus moved troops and air-defence units toward its border with Ukraine.",
    ),
    (
        "ph21",
        "test",
        "MOBILIZE",
        "RUS GOV",
        "Russia raised the combat readiness of its nuclear forces on Sunday.",
    ),
    (
        "ph22",
        "test",
        "AGREE",
        "IND GOV; JPN GOV",
        "Indian and Japanese officials agreed to share satellite data on maritime traffic.",
    ),
    (
        "ph23",
        "test",
        "THREATEN",
        "CHN GOV",
        "China warned that it would take countermeasures if the Philippines continued its patrols.",
    ),
    (
        "ph24",
        "test",
        "REJECT",
        "HUN GOV",
        "Hungary blocked the adoption of the EU's new aid package for Ukraine.",
    ),
    # ---------------------------------------------------------------- held out, second batch:
    # scored once as it stood
    (
        "pi01",
        "test",
        "REQUEST",
        "PSE",
        "Palestinian leaders appealed to the international community to protect civilians in the West Bank.",
    ),
    (
        "pi02",
        "test",
        "REQUEST",
        "SYR GOV",
        "Syria's interim government invited foreign investors to take part in rebuilding the power grid.",
    ),
    ("pi03", "test", "REQUEST", "KEN GOV", "Kenya called on Ethiopia and Eritrea to exercise restraint."),
    ("pi04", "test", "ACCUSE", "RUS GOV", "Moscow denounced the seizure of its tanker as piracy."),
    (
        "pi05",
        "test",
        "ACCUSE",
        "GHA GOV",
        "Ghana's government ordered an investigation into the collapse of the stadium roof.",
    ),
    (
        "pi06",
        "test",
        "ACCUSE",
        "TUR JUD",
        "Turkish prosecutors filed a lawsuit against the journalist over his reporting.",
    ),
    (
        "pi07",
        "test",
        "SANCTION",
        "USA GOV",
        "The Treasury Department designated four Hezbollah financiers on Thursday, freezing any "
        "assets they hold in the United States.",
    ),
    (
        "pi08",
        "test",
        "SANCTION",
        "RUS GOV",
        "Russia banned entry to 500 Americans in response to US sanctions.",
    ),
    ("pi09", "test", "SANCTION", "BFA GOV", "Burkina Faso's junta cut diplomatic ties with Ukraine."),
    (
        "pi10",
        "test",
        "SUPPORT",
        "GBR GOV",
        "The British foreign secretary reaffirmed his country's commitment to Ukraine's sovereignty.",
    ),
    (
        "pi11",
        "test",
        "SUPPORT",
        "SAU GOV",
        "Saudi Arabia applauded the ceasefire between India and Pakistan.",
    ),
    (
        "pi12",
        "test",
        "CONCEDE",
        "LKA GOV",
        "Sri Lanka's president acknowledged mistakes in the handling of the economic crisis.",
    ),
    (
        "pi13",
        "test",
        "CONCEDE",
        "BGD GOV",
        "Bangladesh's government withdrew the controversial quota system after weeks of unrest.",
    ),
    (
        "pi14",
        "test",
        "RETREAT",
        "UKR MIL",
        "Ukrainian forces pulled back from the village of Vodiane to avoid encirclement.",
    ),
    ("pi15", "test", "RETREAT", "VEN GOV", "Venezuela freed six American detainees on Saturday."),
    ("pi16", "test", "RETREAT", "USA GOV", "The United States eased sanctions on Syria's central bank."),
    (
        "pi17",
        "test",
        "AID",
        "SAU GOV",
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.",
    ),
    (
        "pi18",
        "test",
        "AID",
        "IGO",
        "The IMF approved a $1.1 billion disbursement to Egypt under its loan programme.",
    ),
    ("pi19", "test", "AID", "DEU GOV", "Germany handed over another IRIS-T air defence system to Ukraine."),
    (
        "pi20",
        "test",
        "MOBILIZE",
        "PRK GOV",
        "North Korea has sent thousands of additional soldiers to Russia, South Korea's spy agency said.",
    ),
    ("pi21", "test", "MOBILIZE", "EGY GOV", "Egypt reinforced its troops along the border with Gaza."),
    ("pi22", "test", "MOBILIZE", "SRB GOV", "Serbia put its army on the highest state of combat readiness."),
    (
        "pi23",
        "test",
        "COOPERATE",
        "IRQ GOV",
        "Iraq handed over 20 suspected Islamic State members to Syria's authorities.",
    ),
    (
        "pi24",
        "test",
        "CONSULT",
        "FRA GOV",
        "The French president received the Lebanese prime minister at the Elysée Palace.",
    ),
    (
        "pi25",
        "test",
        "THREATEN",
        "IRN GOV",
        "Iran threatened to close the Strait of Hormuz if it is attacked.",
    ),
    (
        "pi26",
        "test",
        "REJECT",
        "ISR GOV",
        "Israel dismissed the ruling of the International Court of Justice.",
    ),
    (
        "pi27",
        "test",
        "COERCE",
        "CHN GOV",
        "Chinese authorities sentenced a human rights lawyer to 10 years in prison.",
    ),
    (
        "pi28",
        "test",
        "PROTEST",
        None,
        "Dock workers in Antwerp walked off the job for 24 hours over pension reforms.",
    ),
    (
        "pi29",
        "test",
        "AGREE",
        "KHM GOV; THA GOV",
        "Cambodian and Thai officials agreed to withdraw troops from the disputed temple area.",
    ),
    (
        "pi30",
        "test",
        "ASSAULT",
        "IND MIL",
        "Indian troops fired across the Line of Control, Pakistan's military said.",
    ),
]


def rows() -> list[dict]:
    out, seen = [], set()
    for rid, split, ptype, source, text in ROWS:
        assert rid not in seen, rid
        seen.add(rid)
        assert split in ("dev", "test"), rid
        out.append(
            {
                "id": rid,
                "text": text,
                "published": "2025-03-01",
                "split": split,
                "plover_type": ptype,
                "source": source,
            }
        )
    return out


def main(argv) -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"{len(data)} sentences -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
