"""Build tests/gold/blind2/acled.jsonl: a BLIND set for ACLED event type and sub-type coding.

usage: python3.11 tests/gold/blind2/build_acled.py   (rewrites acled.jsonl beside this file)

About a hundred invented news snippets (1-4 sentences) on conflict, protest and unrest in Africa,
Latin America, South and South-East Asia, the Middle East and Europe, written on 2026-12-04 by an
independent writer (gold-b) who had not read the extractor's rules, lexicons or the team's gold
texts. Nothing is copied from a real article; places and armed groups are real, every incident,
figure and person is invented.

Row: {"id", "text", "published", "split": "blind2", "acled_type", "acled_subtype", "trigger"}
where acled_type/acled_subtype code the snippet's MAIN event (the one the lead sentence reports;
other happenings mentioned in passing are ignored) by the ACLED codebook's definitions, and
`trigger` (an extra field) is a span of the word or phrase that names that main event, given as a
substring and located with str.find (see ../blind/_spans.py).

Coding conventions (the codebook's, as this writer applies them; see README.md "## ACLED snippets"):
- an ambush or assault by one armed group on another in which both sides fight is an Armed clash;
  the same ambush carried out with a roadside bomb is Remote explosive/landmine/IED;
- a capture or recapture of a place is a territory sub-type only when the text says control
  changed after fighting; unopposed handovers are Non-violent transfer of territory;
- munitions dropped from drones and loitering munitions are Air/drone strike; rockets, mortars,
  artillery and ballistic or cruise missiles are Shelling/artillery/missile attack;
- violence by an armed group on unarmed people is Violence against civilians whatever the victims'
  number; killings by crowds that are not organised armed groups are Mob violence;
- a demonstration is Peaceful protest unless it is dispersed or its participants are arrested
  (Protest with intervention), met with lethal or seriously injuring force (Excessive force against
  protesters), or the demonstrators themselves use violence or destroy property, including burning
  tyre barricades (Violent demonstration);
- arrests by state forces outside a demonstration are Strategic developments/Arrests; seizures by
  non-state groups of civilians are Abduction/forced disappearance;
- a defused or intercepted explosive and a seized weapons cache are Disrupted weapons use.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, reread_check, write_jsonl

SUB = {
    "clash": ("Battles", "Armed clash"),
    "govregain": ("Battles", "Government regains territory"),
    "nsaover": ("Battles", "Non-state actor overtakes territory"),
    "chem": ("Explosions/Remote violence", "Chemical weapon"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "attack": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "violentdemo": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "agreement": ("Strategic developments", "Agreement"),
    "arrests": ("Strategic developments", "Arrests"),
    "change": ("Strategic developments", "Change to group/activity"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "hq": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
}

# (published, sub-type key, trigger spec, text)
SNIPPETS = [
    # ---------------------------------------------------------------- Battles: Armed clash
    (
        "2025-03-12",
        "clash",
        "fought off",
        "MAIDUGURI, March 12 (wire) - Nigerian troops fought off ISWAP fighters who stormed a military base "
        "near Marte in Borno State late on Tuesday, an army spokesman said. Eleven insurgents and two "
        "soldiers were killed in the exchange of fire, which lasted about three hours.",
    ),
    (
        "2025-09-08",
        "clash",
        "Clashes",
        "Clashes between ELN guerrillas and FARC dissidents in rural Arauca left at least nine fighters dead "
        "over the weekend, the departmental government said on Monday. Families in two hamlets fled toward "
        "Saravena as the fighting moved closer.",
    ),
    (
        "2025-05-19",
        "clash",
        "gun battles",
        "Sudan's army and the Rapid Support Forces fought gun battles in the streets of Omdurman's Ombada "
        "district on Sunday, residents said, with rifle fire audible until dusk. There was no word on "
        "casualties.",
    ),
    (
        "2026-02-06",
        "clash",
        "fought",
        "M23 rebels and Wazalendo militiamen fought for several hours around the village of Kibirizi in "
        "Rutshuru territory on Thursday. Local sources reported at least six combatants killed; it was "
        "unclear who held the village at nightfall.",
    ),
    (
        "2025-11-14",
        "clash",
        "shootout",
        "Gunmen from two rival factions of the Sinaloa Cartel fought a prolonged shootout on the highway "
        "outside Culiacán early Friday, leaving burned-out pickups across all four lanes. State prosecutors "
        "said 14 armed men were killed.",
    ),
    (
        "2026-01-22",
        "clash",
        "firefight",
        "Arakan Army fighters attacked a junta outpost in Ann township, Rakhine State, on Wednesday night, "
        "sparking a firefight that villagers said went on until the early hours. The outpost remained in "
        "military hands, according to a local journalist.",
    ),
    (
        "2025-08-27",
        "clash",
        "fought at close quarters",
        "Ukrainian and Russian infantry fought at close quarters on the eastern outskirts of Pokrovsk on "
        "Wednesday, Ukraine's General Staff said in its evening update, which listed 43 combat engagements "
        "along that sector of the front.",
    ),
    (
        "2025-06-30",
        "clash",
        "gun battle",
        "Al-Shabaab militants ambushed a Somali National Army convoy near Bulo Burde in Hiiraan region on "
        "Sunday, setting off a gun battle in which four soldiers and an unknown number of attackers died, "
        "a local commander said by phone.",
    ),
    (
        "2025-10-03",
        "clash",
        "repelled",
        "Volunteers for the Defence of the Homeland repelled an assault by JNIM fighters on the outskirts "
        "of Djibo on Thursday, a security source said. The source put the attackers' losses at \"around "
        'twenty" and said three VDP members were wounded.',
    ),
    (
        "2026-04-11",
        "clash",
        "gunfight",
        "Two militants were killed in a gunfight with security forces in Kulgam district of Jammu and "
        "Kashmir on Friday after troops cordoned off an orchard on a tip-off, police said. A soldier was "
        "injured.",
    ),
    (
        "2025-12-21",
        "clash",
        "clashed",
        "Fighters of the Syrian Democratic Forces clashed with Turkish-backed factions near the Tishrin Dam "
        "on Saturday, a Britain-based war monitor said, reporting five dead on each side.",
    ),
    (
        "2026-03-04",
        "clash",
        "exchanged gunfire",
        "Police and members of the Viv Ansanm gang coalition exchanged gunfire for most of Tuesday in "
        "Port-au-Prince's Delmas 24 area. Schools in the neighbourhood closed early and at least one "
        "officer was hurt, the police union said.",
    ),
    (
        "2025-07-15",
        "clash",
        "clashed",
        "Fano militiamen and Ethiopian federal forces clashed around Debre Markos on Monday, residents told "
        "reporters by phone, cutting the main road to Bahir Dar for a second day.",
    ),
    # ---------------------------------------------------------------- Battles: territory
    (
        "2025-08-10",
        "govregain",
        "retook",
        "Somali government troops backed by clan militias retook the town of Adan Yabaal from al-Shabaab on "
        "Saturday after a day of fighting, the defence ministry said. Officials said the militants had held "
        "the town for four months.",
    ),
    (
        "2026-05-02",
        "govregain",
        "retaken",
        "Rwandan and Mozambican forces said on Friday they had retaken Mbau, a former insurgent stronghold in "
        "Cabo Delgado's Mocímboa da Praia district, following two days of fighting with Islamic "
        "State-linked militants.",
    ),
    (
        "2025-10-28",
        "govregain",
        "recaptured",
        "Myanmar's military recaptured the hill town of Nawnghkio in northern Shan State from the Ta'ang "
        "National Liberation Army after weeks of fighting, state television reported on Tuesday, showing "
        "soldiers raising the national flag over the township office.",
    ),
    (
        "2025-09-23",
        "nsaover",
        "took control",
        "JNIM fighters overran a Malian army camp and took control of the town of Dioura in central Mali on "
        "Monday after heavy fighting, local officials said. Soldiers who survived withdrew toward Diabaly.",
    ),
    (
        "2026-01-31",
        "nsaover",
        "captured",
        "Rebels take mining hub\n\nM23 rebels captured the mining town of Nyabibwe on Friday after a "
        "day of heavy fighting with Congolese troops and allied militias, residents and a rebel spokesman "
        "said.",
    ),
    (
        "2025-11-06",
        "nsaover",
        "seized",
        "The Rapid Support Forces said on Wednesday they had seized the town of al-Nahud in West Kordofan "
        "after fierce fighting with the army. A military source confirmed the loss of the town's garrison.",
    ),
    # ---------------------------------------------------------------- Explosions/Remote violence
    (
        "2025-06-18",
        "chem",
        "dropped munitions",
        "Ukraine's military said Russian drones dropped munitions filled with the choking agent chloropicrin "
        "on Ukrainian trenches near Kupiansk on Tuesday, and that 12 soldiers were treated for respiratory "
        "symptoms.",
    ),
    (
        "2025-04-07",
        "air",
        "air strike",
        "GAZA, April 7 - An Israeli air strike flattened a three-storey house in the Nuseirat camp before "
        "dawn on Monday, killing at least 11 members of one family, medics at al-Awda hospital said.",
    ),
    (
        "2026-02-14",
        "air",
        "Shahed drone",
        "A Shahed drone slammed into the upper floors of an apartment block in Kharkiv's Saltivskyi district "
        "shortly after midnight, the regional governor's office said, injuring seven residents including a "
        "child.",
    ),
    (
        "2025-08-19",
        "air",
        "drone strike",
        "A Turkish drone strike hit a vehicle carrying suspected PKK members near Sidakan in Iraq's Kurdistan "
        "Region on Monday, killing three people, local officials said.",
    ),
    (
        "2025-12-02",
        "air",
        "air raid",
        "Sudanese army warplanes carried out an air raid on a crowded livestock market in Nyala, South "
        "Darfur, on Monday, killing dozens, according to a local emergency response room.",
    ),
    (
        "2026-03-27",
        "air",
        "bombed",
        "Junta aircraft bombed a village school in Sagaing Region's Depayin township on Thursday morning, "
        "killing at least 18 people, most of them pupils, a teacher and a local resistance group said.",
    ),
    (
        "2025-05-28",
        "air",
        "dropped an explosive",
        "Kherson live, 10:42: A Russian drone dropped an explosive on a car in the Dniprovskyi district, "
        "killing a 61-year-old man, the regional military administration says.",
    ),
    (
        "2025-11-24",
        "suicide",
        "suicide bomber",
        "A suicide bomber rammed an explosives-laden car into the gate of a police compound in Bannu, Khyber "
        "Pakhtunkhwa, on Sunday, killing five policemen, officials said. The Pakistani Taliban did not "
        "immediately comment.",
    ),
    (
        "2026-04-19",
        "suicide",
        "blew himself up",
        "A man wearing an explosive vest blew himself up outside a busy beach restaurant in Mogadishu on "
        "Saturday evening, killing at least nine people. Al-Shabaab claimed responsibility on a radio station "
        "it runs.",
    ),
    (
        "2025-07-02",
        "shell",
        "shelled",
        "Russian forces shelled Kherson's riverside neighbourhoods throughout Tuesday, killing two "
        "civilians and damaging a power substation, the city administration said.",
    ),
    (
        "2025-09-14",
        "shell",
        "artillery fire",
        "Ukrainian artillery fire hit the border village of Tetkino in Russia's Kursk region overnight, "
        "wounding a woman and setting several houses ablaze, the regional governor said on Telegram.",
    ),
    (
        "2026-02-25",
        "shell",
        "rockets",
        "Hezbollah fired a salvo of rockets at Kiryat Shmona on Tuesday afternoon, the Israeli military said, "
        "adding that most were intercepted and one struck an empty warehouse.",
    ),
    (
        "2025-10-17",
        "shell",
        "shelling",
        "Israeli artillery shelling struck the outskirts of Khiam and Kfar Kila in southern Lebanon on "
        "Thursday, Lebanon's state news agency reported, without giving a casualty toll.",
    ),
    (
        "2026-01-09",
        "shell",
        "shelled",
        "The RSF shelled the Abu Shouk displacement camp on the edge of El Fasher for a third straight day, "
        "killing six people, an aid coordinator said.",
    ),
    (
        "2025-06-06",
        "shell",
        "ballistic missile",
        "A Russian ballistic missile hit a university building in central Kyiv before dawn on Friday, "
        "killing four people, the city's mayor said. Air defence units were unable to intercept it.",
    ),
    (
        "2026-05-21",
        "shell",
        "mortar rounds",
        "Mortars hit near Mogadishu palace\n\nThree mortar rounds landed near the presidential palace in "
        "Mogadishu on Wednesday evening, wounding two guards, police said.",
    ),
    (
        "2025-08-04",
        "ied",
        "roadside bomb",
        "Roadside bomb kills four soldiers in central Mali\n\nA roadside bomb struck a Malian army vehicle "
        "between Boni and Hombori on Sunday, killing four soldiers, a local official said.",
    ),
    (
        "2025-12-12",
        "ied",
        "landmine",
        "A shepherd and his 14-year-old son were killed when their donkey stepped on a landmine in the "
        "mountains west of Taiz on Thursday, a Yemeni demining official said.",
    ),
    (
        "2026-03-16",
        "ied",
        "explosive device",
        "An explosive device planted on the railway track damaged a passenger train near Mach in Balochistan "
        "on Sunday, injuring 12 people, railway officials said. No group claimed it.",
    ),
    (
        "2025-10-10",
        "ied",
        "car bomb",
        "A car bomb parked outside a police station in Jamundí, Valle del Cauca, exploded on Thursday night, "
        "wounding three officers and a passer-by, police said, blaming FARC dissidents.",
    ),
    (
        "2026-04-02",
        "grenade",
        "grenade",
        "Unknown attackers lobbed a grenade into a crowded market in Srinagar's Lal Chowk area on Wednesday, "
        "injuring nine shoppers, police said.",
    ),
    (
        "2025-07-25",
        "grenade",
        "grenade",
        "A grenade was hurled into a bar in Bujumbura's Kamenge neighbourhood on Thursday night, wounding "
        "five customers, a police spokesman said.",
    ),
    # ---------------------------------------------------------------- Violence against civilians
    (
        "2025-05-12",
        "sexual",
        "raped",
        "RSF fighters raped at least 14 women and girls during a raid on a village near Tawila in North "
        "Darfur last week, a women's rights group said on Monday, citing survivors treated at a clinic.",
    ),
    (
        "2026-02-19",
        "sexual",
        "sexually assaulted",
        "Armed men sexually assaulted four women who had gone to collect firewood outside a displacement "
        "site near Goma on Tuesday, a medical charity said.",
    ),
    (
        "2025-04-15",
        "attack",
        "killed",
        "Gunmen Kill 27 in Overnight Raids on Plateau Villages\n\nGunmen killed 27 villagers in raids on three "
        "communities in Bokkos, Plateau State, setting homes on fire, local leaders said on Monday.",
    ),
    (
        "2025-09-30",
        "attack",
        "hacked to death",
        "Suspected ADF rebels hacked to death at least 16 people with machetes in a night attack on a "
        "village near Beni, North Kivu, civil society leaders said on Tuesday.",
    ),
    (
        "2026-05-08",
        "attack",
        "attacked",
        "Dozens of Israeli settlers attacked the Palestinian village of Sinjil in the occupied West Bank on "
        "Thursday, beating residents and torching three cars, the Palestinian health ministry said.",
    ),
    (
        "2025-11-19",
        "attack",
        "killed",
        "Gang members killed at least 30 residents in the town of Liancourt in Haiti's Artibonite "
        "department on Tuesday, going from house to house, a local human rights group said.",
    ),
    (
        "2026-01-15",
        "attack",
        "executed",
        "Burkinabe soldiers and allied militiamen executed about 40 civilians in the village of Toéni "
        "last week, survivors told a human rights group, which published its findings on Thursday.",
    ),
    (
        "2025-06-11",
        "attack",
        "shot dead",
        "A mayoral candidate was shot dead at a campaign event in Michoacán on Tuesday by men on a "
        "motorcycle, the state prosecutor's office said.",
    ),
    (
        "2026-03-11",
        "attack",
        "opened fire",
        "Armed miscreants opened fire on villagers working in paddy fields in Manipur's Bishnupur district "
        "on Tuesday, killing two farmers, police said.",
    ),
    (
        "2025-10-24",
        "attack",
        "killed",
        "Separatist fighters killed a secondary school teacher in Bamenda, North-West Cameroon, on Thursday, "
        "apparently for defying their ban on classes, local officials said.",
    ),
    (
        "2026-04-25",
        "attack",
        "beat",
        "Police officers beat a street vendor to death in a holding cell in Kampala on Friday, his family "
        "and a rights lawyer said; the force said an inquiry had begun.",
    ),
    (
        "2025-08-22",
        "attack",
        "fired on",
        "Militiamen fired on a bus carrying traders on the road between Bunia and Mahagi on Thursday, "
        "killing five passengers, local authorities said.",
    ),
    (
        "2025-07-08",
        "abduct",
        "kidnapped",
        "Bandits kidnapped 23 students from a secondary school in Kaduna State's Kauru area in the early "
        "hours of Monday, the state government said.",
    ),
    (
        "2026-02-10",
        "abduct",
        "abducted",
        "Al-Shabaab militants abducted two local aid workers from a health post in Gedo region on Sunday, "
        "their organisation said in a statement.",
    ),
    (
        "2025-12-05",
        "abduct",
        "kidnapped",
        "ELN guerrillas kidnapped a municipal councillor from his farm near Tame, Arauca, on Thursday, "
        "the mayor's office said.",
    ),
    (
        "2026-05-14",
        "abduct",
        "detained",
        "Russian forces detained a school principal in occupied Enerhodar last week and have not disclosed "
        "where he is being held, his relatives and Ukraine's ombudsman said.",
    ),
    # ---------------------------------------------------------------- Protests
    (
        "2025-04-23",
        "peaceful",
        "marched",
        "Thousands of teachers marched through central Buenos Aires on Wednesday to demand higher wages, "
        "carrying banners and chanting outside the Education Ministry. The march ended without incident.",
    ),
    (
        "2026-01-27",
        "peaceful",
        "drove",
        "It was, by the standards of recent farm protests, a good-humoured affair. Farmers drove around 500 "
        "tractors into Brussels on Monday to protest against the EU-Mercosur trade deal, blocking boulevards "
        "near the European Parliament for several hours, then handed out apples to commuters.",
    ),
    (
        "2025-12-16",
        "peaceful",
        "rally",
        "Tens of thousands of people joined a student-led rally in Novi Sad on Sunday demanding "
        "accountability for the collapse of a railway station canopy. Organisers held 16 minutes of "
        "silence.",
    ),
    (
        "2026-03-02",
        "peaceful",
        "gathered",
        "Pro-EU protesters gathered outside parliament in Tbilisi for the 90th consecutive evening on "
        "Sunday, waving Georgian and European flags.",
    ),
    (
        "2025-09-02",
        "peaceful",
        "demonstrated",
        "Garment workers demonstrated outside a factory in Ashulia, near Dhaka, on Monday over three months "
        "of unpaid wages, according to a labour federation.",
    ),
    (
        "2025-11-27",
        "peaceful",
        "sit-in",
        "Farmers' unions began an indefinite sit-in at the Shambhu border crossing between Punjab and "
        "Haryana on Wednesday, pressing for a legal guarantee of crop prices.",
    ),
    (
        "2026-02-03",
        "peaceful",
        "rallied",
        "Supporters of the Pakistan Tehreek-e-Insaf rallied in Peshawar on Sunday to demand the release of "
        "party founder Imran Khan. Police watched from a distance.",
    ),
    (
        "2025-06-22",
        "peaceful",
        "rally",
        "Families of hostages held in Gaza led a rally of thousands in Tel Aviv on Saturday night, calling "
        "on the government to agree a deal.",
    ),
    (
        "2025-10-12",
        "peaceful",
        "march",
        "A pro-Palestinian march drew an estimated 60,000 people through central London on Saturday, the "
        "Metropolitan Police said, with no arrests reported.",
    ),
    (
        "2026-04-08",
        "peaceful",
        "protested",
        "Pensioners protested in front of La Moneda in Santiago on Tuesday against a proposed change to the "
        "private pension system.",
    ),
    (
        "2025-07-29",
        "peaceful",
        "picketed",
        "Members of the Nigeria Labour Congress picketed the offices of the electricity regulator in Abuja "
        "on Monday over a tariff increase, holding placards and singing.",
    ),
    (
        "2026-05-17",
        "peaceful",
        "demonstrations",
        "Student demonstrations took place in Jakarta, Yogyakarta and Makassar on Friday against cuts to the "
        "education budget. Organisers said the protests were peaceful.",
    ),
    (
        "2025-08-13",
        "peaceful",
        "protested",
        "Residents of Basra protested outside the provincial council building on Tuesday over power cuts "
        "during a heatwave, chanting slogans against the electricity ministry.",
    ),
    (
        "2025-11-02",
        "peaceful",
        "demonstrated",
        "Hundreds of doctors in white coats demonstrated in Seoul on Sunday against a government plan to "
        "expand medical school admissions.",
    ),
    (
        "2025-05-06",
        "intervention",
        "fired tear gas",
        "Kenyan police fired tear gas to disperse several hundred protesters who gathered near parliament in "
        "Nairobi on Tuesday against a new finance bill. Several demonstrators were briefly detained.",
    ),
    (
        "2026-03-20",
        "intervention",
        "detained",
        "Istanbul police detained 37 people at a march on Thursday evening in support of the city's jailed "
        "mayor, pushing demonstrators away from Taksim Square with riot shields.",
    ),
    (
        "2025-12-09",
        "intervention",
        "water cannon",
        "Riot police used water cannon and pepper spray against pro-EU demonstrators on Rustaveli Avenue "
        "in Tbilisi early on Monday, clearing the street within an hour, witnesses said.",
    ),
    (
        "2026-02-28",
        "intervention",
        "broke up",
        "Togolese security forces broke up a sit-in by opposition supporters in Lomé on Friday, arresting "
        "about a dozen people, an opposition spokesman said.",
    ),
    (
        "2025-09-19",
        "intervention",
        "arrested",
        "Police arrested more than 200 PTI workers as they tried to march toward Islamabad on Thursday, "
        "blocking the motorway with shipping containers.",
    ),
    (
        "2025-11-09",
        "excessive",
        "opened fire",
        "Security forces opened fire on post-election protesters in Maputo on Thursday, killing at least "
        "four people, a civil society platform said. The protest had been peaceful until police arrived, "
        "witnesses said.",
    ),
    (
        "2026-01-12",
        "excessive",
        "live ammunition",
        "Police used live ammunition against demonstrators in the Kurdish-majority city of Mahabad on "
        "Saturday, killing two and wounding dozens, according to a Norway-based rights group.",
    ),
    (
        "2025-07-20",
        "excessive",
        "shot",
        "Soldiers shot dead three young men during a peaceful protest against a mining project in "
        "southern Peru on Saturday, the ombudsman's office said, calling for an investigation.",
    ),
    # ---------------------------------------------------------------- Riots
    (
        "2025-06-03",
        "violentdemo",
        "burned tyres",
        "Opposition supporters burned tyres and threw stones at riot police in Dakar's Colobane district "
        "on Monday after their leader was summoned by a judge. Police responded with tear gas.",
    ),
    (
        "2025-07-01",
        "violentdemo",
        "set more than 80 cars alight",
        "Youths set more than 80 cars alight and attacked a town hall in the suburbs of Lyon overnight, in "
        "a second night of unrest after a teenager was shot by police, the interior ministry said.",
    ),
    (
        "2026-03-23",
        "violentdemo",
        "clashed",
        "Road-blockaders armed with slingshots and sticks of dynamite clashed with police trying to clear a "
        "highway near Parotani, Bolivia, on Sunday, leaving 19 officers injured.",
    ),
    (
        "2025-06-26",
        "violentdemo",
        "torched",
        "Protesters torched a police post in Ol Kalou and looted shops in Nyeri on Wednesday as "
        "demonstrations against police killings turned violent, Kenyan media reported.",
    ),
    (
        "2025-09-09",
        "violentdemo",
        "stormed",
        "Young demonstrators stormed the municipal offices in Birgunj on Monday and set parts of the "
        "building on fire, as anger over a fuel price rise boiled over.",
    ),
    (
        "2025-10-05",
        "mob",
        "lynched",
        "A mob lynched a man accused of blasphemy in a village in Punjab province on Saturday, dragging him "
        "from a police station before officers could move him, police said.",
    ),
    (
        "2026-04-14",
        "mob",
        "beat",
        "KISUMU - Residents of Nyalenda beat two suspected motorcycle thieves to death on Monday and set the "
        'bodies alight before officers arrived, the county police commander told this paper. "By the time '
        'we got there it was over," he said.',
    ),
    (
        "2025-12-27",
        "mob",
        "fought",
        "Villagers from two neighbouring communities fought with sticks and machetes over a disputed pond "
        "in Bihar's Purnia district on Friday, leaving one man dead and 11 injured, police said.",
    ),
    # ---------------------------------------------------------------- Strategic developments
    (
        "2025-07-11",
        "agreement",
        "signed",
        "The Colombian government and the Comuneros del Sur armed group signed an agreement in Pasto on "
        "Thursday under which fighters will begin handing in weapons in stages.",
    ),
    (
        "2025-10-19",
        "agreement",
        "exchanged",
        "Russia and Ukraine exchanged 84 prisoners of war each on Sunday in a swap brokered by the United "
        "Arab Emirates, both sides said.",
    ),
    (
        "2026-01-20",
        "agreement",
        "agreed",
        "Fulani herders and Berom farming communities in Riyom agreed a local peace accord on Monday at a "
        "meeting chaired by the state governor, pledging to report cattle movements to a joint committee.",
    ),
    (
        "2025-10-31",
        "arrests",
        "arrested",
        "Tanzanian police arrested the opposition leader Joseph Mwakasege at his hotel in Mbinga on Thursday "
        "and charged him with treason, his party said.",
    ),
    (
        "2026-03-07",
        "arrests",
        "arrested",
        "Nigerian troops arrested 42 suspected members of the Lakurawa armed group in raids across Sokoto "
        "State this week, the defence headquarters said on Friday.",
    ),
    (
        "2025-05-30",
        "arrests",
        "detained",
        "Turkish authorities detained the mayor of Kartal and 11 municipal officials in dawn raids on "
        "Thursday as part of a corruption investigation, state media reported.",
    ),
    (
        "2025-09-26",
        "change",
        "merge",
        "Two Sahelian jihadist factions announced in an audio message on Wednesday that they would merge "
        "under a new name and a single commander, according to a group that monitors jihadist media.",
    ),
    (
        "2026-02-22",
        "change",
        "recruitment drive",
        "The Rapid Support Forces launched a recruitment drive in towns across South Darfur this week, "
        "offering cash payments to young men who sign up, local sources said.",
    ),
    (
        "2025-06-14",
        "disrupted",
        "defused",
        "Army bomb-disposal experts defused an improvised explosive device found under a culvert on the "
        "Maiduguri-Damboa road on Friday, the military said.",
    ),
    (
        "2026-04-29",
        "disrupted",
        "shot down",
        "Overnight in Ukraine, in brief:\n- air defences shot down 87 of the 104 attack drones Russia launched, "
        "the air force said;\n- it did not say where the rest fell;\n- no casualties were reported by morning.",
    ),
    (
        "2025-11-30",
        "disrupted",
        "seized",
        "Iraqi security forces seized a cache of 60 rockets and several launchers in a palm grove north of "
        "Baghdad on Saturday, the Joint Operations Command said.",
    ),
    (
        "2025-08-16",
        "hq",
        "set up a base",
        "Al-Shabaab fighters have set up a base in a village about 30 km north of Beledweyne, moving in "
        "vehicles and weapons and collecting taxes from herders, elders said on Friday.",
    ),
    (
        "2025-09-05",
        "looting",
        "looted",
        "Militiamen looted the market in the town of Kalehe on Thursday, carrying off goods and livestock, "
        "traders said. No one was hurt.",
    ),
    (
        "2026-05-11",
        "looting",
        "burned",
        "Unidentified armed men burned dozens of empty houses in a village in Ouham-Pendé prefecture "
        "abandoned by residents a week earlier, a local official said.",
    ),
    (
        "2025-12-18",
        "transfer",
        "moved into",
        "Burkinabe troops withdrew from the town of Diapaga on Wednesday, and JNIM fighters moved into it on "
        "Thursday without a shot being fired, residents said.",
    ),
    (
        "2026-03-29",
        "other",
        "mass grave",
        "What was found in Tarhuna? Investigators uncovered a mass grave containing at least 32 bodies near "
        "an abandoned police post outside the Libyan town, the authority searching for missing persons said "
        "on Saturday. Identification could take months, it said.",
    ),
]


def build() -> list[dict]:
    rows = []
    for n, (published, key, trig, text) in enumerate(SNIPPETS, 1):
        rid = f"b2acl-{n:03d}"
        etype, sub = SUB[key]
        rows.append(
            {
                "id": rid,
                "text": text,
                "published": published,
                "split": "blind2",
                "acled_type": etype,
                "acled_subtype": sub,
                "trigger": locate(text, trig, rid),
            }
        )
    return rows


def main() -> None:
    rows = build()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    subs = Counter(r["acled_subtype"] for r in rows)
    missing = {s for _, s in SUB.values()} - set(subs)
    assert not missing, missing
    for r in rows:
        assert (r["acled_type"], r["acled_subtype"]) in SUB.values()
        n_sent = r["text"].count(". ") + 1
        assert 1 <= n_sent <= 5, r["id"]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "acled.jsonl")
    write_jsonl(path, rows)
    n = reread_check(path, lambda row: [row["trigger"]], split="blind2")
    with open(path, encoding="utf-8") as f:
        again = [json.loads(line) for line in f]
    assert again == rows
    print(f"{len(rows)} snippets, {n} triggers checked")
    if "-v" in sys.argv:
        for t, s in sorted(SUB.values()):
            print(f"  {t:28} {s:38} {subs[s]}")


if __name__ == "__main__":
    main()
