"""Build tests/gold/quantities/gold.jsonl from the sentences below (written by the team).

usage: python tests/gold/quantities/build_gold.py      (rewrites gold.jsonl beside this file)

Every sentence is invented newswire, in the style of war reporting and, at the end, of business,
sport, science and court reporting; offsets are computed here
from the quoted substring so that nobody counts characters by hand. Each quantity carries the
contract fields (value, low, high, unit, approximate, counts, multiplier, total) and `change`
({direction, part} or null); `bound`, `per` and `role` are given only where the annotator was
sure, and are then scored as agreement on matched pairs. Conventions: see
claimledger/analyse/QUANTITIES.md. Since December 2026 ages ("a 45-year-old", "Putin, 72,")
and durations used as time references ("two years ago") are quantities, and a unit written once
serves the figures of a list or a from-to pair ("from 4,200 to roughly 2,600 soldiers"). Every third sentence is in the "test" split.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gold.jsonl"
THIRD = 1 / 3


def Q(
    sub,
    value=None,
    *,
    nth=1,
    low=None,
    high=None,
    unit=None,
    counts=None,
    approximate=False,
    multiplier=None,
    total=None,
    change=None,
    **extra,
):
    q = {
        "sub": sub,
        "nth": nth,
        "value": value,
        "low": low,
        "high": high,
        "unit": unit,
        "counts": counts,
        "approximate": approximate,
        "multiplier": multiplier,
        "total": total,
        "change": None,
    }
    if change:
        direction, part = change
        q["change"] = {"direction": direction, "part": part}
    q.update(extra)
    return q


S = []  # (text, [Q...])


def add(text, *qs):
    S.append((text, list(qs)))


# --- troop numbers, counted nouns, written numbers
add(
    "Russia has moved 8,000 paratroopers to the southern front, the ministry said.",
    Q("8,000 paratroopers", 8000, unit="paratroopers", counts="paratroopers"),
)
add(
    "At least 14 civilians were killed when a missile struck an apartment block in Dnipro.",
    Q("At least 14 civilians", 14, low=14, unit="civilians", counts="civilians", bound="lower", role="dead"),
)
add(
    "The strike wounded 37 people, including six children.",
    Q("37 people", 37, unit="people", counts="people", role="injured"),
    Q("six children", 6, unit="children", counts="children"),
)
add(
    "Washington approved a $61 billion aid package for Kyiv in April.",
    Q("$61 billion", 61e9, unit="USD", counts="aid package"),
)
add(
    "The European Union pledged €50 billion in budget support over four years.",
    Q("€50 billion", 50e9, unit="EUR", counts="budget support"),
    Q("four years", 4, unit="year"),
)
add(
    "Ukrainian forces have recaptured roughly 54 percent of the territory seized since February 2022.",
    Q("roughly 54 percent", 54, unit="percent", counts="territory", approximate=True),
)
add(
    "The front line now stretches for more than 1,000 kilometres.",
    Q("more than 1,000 kilometres", 1000, low=1000, unit="kilometre", bound="lower"),
)
add(
    "Kyiv says it needs between 10,000 and 12,000 artillery shells a day.",
    Q(
        "between 10,000 and 12,000 artillery shells",
        None,
        low=10000,
        high=12000,
        unit="shells",
        counts="artillery shells",
    ),
)
add(
    "An estimated 3,500 North Korean soldiers have been killed or wounded, according to the intelligence agency.",
    Q(
        "An estimated 3,500 North Korean soldiers",
        3500,
        unit="soldiers",
        counts="North Korean soldiers",
        approximate=True,
    ),
)
add(
    "Dozens of drones were shot down over the capital overnight.",
    Q("Dozens", None, low=24, high=99, unit="drones", counts="drones", approximate=True),
)
add(
    "Hundreds of residents fled the town as shelling intensified.",
    Q("Hundreds", None, low=200, high=999, unit="residents", counts="residents", approximate=True),
)
add(
    "Tens of thousands of people remain without power in the Kharkiv region.",
    Q("Tens of thousands", None, low=20000, high=99999, unit="people", counts="people", approximate=True),
)
add(
    "Officials said up to 15,000 troops could be sent before the end of the year.",
    Q("up to 15,000 troops", 15000, high=15000, unit="troops", counts="troops", bound="upper"),
)
add(
    "The convoy consisted of 40 trucks, each carrying about 20 soldiers.",
    Q(
        "40 trucks, each carrying about 20 soldiers",
        20,
        unit="soldiers",
        counts="soldiers",
        approximate=True,
        multiplier=40,
        total=800,
        per="truck",
    ),
)
add(
    "Three battalions of 800 men each crossed the border on Tuesday.",
    Q(
        "Three battalions of 800 men each",
        800,
        unit="men",
        counts="men",
        multiplier=3,
        total=2400,
        per="battalion",
    ),
)
add(
    "The defence ministry said the number of Russian troops in the region had doubled.",
    Q("doubled", None, change=("up", "factor"), factor=2),
)
add(
    "The toll from Saturday's attack rose to 23 on Monday.",
    Q("23", 23, unit="people", counts="toll", change=("up", "to"), role="dead"),
)
add(
    "Casualties rose by 3,000 to 15,000 in a single month.",
    Q("3,000", 3000, unit="casualties", counts="Casualties", change=("up", "by")),
    Q("15,000", 15000, unit="casualties", counts="Casualties", change=("up", "to")),
)
add(
    "Prices for bread in occupied Mariupol jumped 40 percent last month.",
    Q("40 percent", 40, unit="percent", counts="Prices", change=("up", "by")),
)
add(
    "Exports of grain fell by a third after the port was blockaded.",
    Q("a third", THIRD, unit="fraction", counts="Exports", change=("down", "by")),
)
# --- distractors: ordinals, dates, ages, times, identifiers
add("The 47th Mechanized Brigade was pulled back from the town.")
add(
    "The first convoy arrived on March 3, two days after the talks.",
    Q("two days", 2, unit="day", time_reference=True),
)
add(
    "A 45-year-old man was detained in Odesa on suspicion of spying.",
    Q("45-year-old", 45, unit="year", kind="age"),
)
add("The governor, 58, said the shelling began at 5:40 a.m.", Q("58", 58, unit="year", kind="age"))
add("Zelensky met the leaders on 24 February 2025, the third anniversary of the invasion.")
add(
    "The Patriot battery and two F-16 jets were deployed near Lviv.",
    Q("two F-16 jets", 2, unit="jets", counts="F-16 jets"),
)
add("Resolution 2231 and Article 5 were both cited by diplomats.")
add(
    "Some 4,500 Belarusian specialists are now in Russia, up from 4,000 a week earlier.",
    Q(
        "Some 4,500 Belarusian specialists",
        4500,
        unit="specialists",
        counts="Belarusian specialists",
        approximate=True,
    ),
    Q("4,000", 4000, change=("up", "from")),
)
add(
    "Ukraine's air force said it downed 12 of the 15 drones launched overnight.",
    Q("12", 12, unit="drones", counts="drones"),
    Q("15 drones", 15, unit="drones", counts="drones"),
)
add(
    "Moscow claims its forces took control of 190 square kilometres last week.",
    Q("190 square kilometres", 190, unit="square kilometre"),
)
add(
    "The reservoir held about 18 cubic kilometres of water before the dam was destroyed.",
    Q("about 18 cubic kilometres", 18, unit="cubic kilometre", counts="water", approximate=True),
)
add(
    "Nearly two thousand people have been evacuated from the border villages.",
    Q("Nearly two thousand people", 2000, unit="people", counts="people", approximate=True),
)
add(
    "The aid includes a dozen armoured vehicles and 300 tonnes of ammunition.",
    Q("a dozen armoured vehicles", 12, unit="vehicles", counts="armoured vehicles"),
    Q("300 tonnes", 300, unit="tonne", counts="ammunition"),
)
add(
    "Roughly a quarter of the country's power generation has been knocked out.",
    Q("Roughly a quarter", 0.25, unit="fraction", counts="power generation", approximate=True),
)
add(
    "The ceasefire was meant to last 30 days but collapsed after 72 hours.",
    Q("30 days", 30, unit="day"),
    Q("72 hours", 72, unit="hour"),
)
add(
    "The unit lost 60% of its equipment in the first two weeks of fighting.",
    Q("60%", 60, unit="percent", counts="equipment"),
    Q("two weeks", 2, unit="week"),
)
add(
    "Ukraine expects to receive 18 more Leopard tanks by the summer.",
    Q("18 more Leopard tanks", 18, unit="tanks", counts="Leopard tanks"),
)
add(
    "In 2023 the army recruited 20,000 volunteers.",
    Q("20,000 volunteers", 20000, unit="volunteers", counts="volunteers"),
)
add(
    "Russia fired 43 missiles and 100-plus drones at energy facilities.",
    Q("43 missiles", 43, unit="missiles", counts="missiles"),
    Q("100-plus drones", 100, low=100, unit="drones", counts="drones", bound="lower"),
)
add(
    "Satellite images show 1,200 new graves at the cemetery, an increase of 30% since spring.",
    Q("1,200 new graves", 1200, unit="graves", counts="new graves"),
    Q("30%", 30, unit="percent", change=("up", "by")),
)
add("The offensive stalled after troops advanced just 7 km.", Q("7 km", 7, unit="kilometre"))
add(
    "Kyiv expects four groups of 2,500 people each to arrive before the winter.",
    Q(
        "four groups of 2,500 people each",
        2500,
        unit="people",
        counts="people",
        multiplier=4,
        total=10000,
        per="unit",
    ),
)
add(
    "The brigade's strength fell from 4,200 to roughly 2,600 soldiers.",
    Q("4,200", 4200, unit="soldiers", counts="soldiers", change=("down", "from")),
    Q(
        "roughly 2,600 soldiers",
        2600,
        unit="soldiers",
        counts="soldiers",
        approximate=True,
        change=("down", "to"),
    ),
)
add(
    "Officials counted 2,400 damaged buildings, 380 of them completely destroyed.",
    Q("2,400 damaged buildings", 2400, unit="buildings", counts="damaged buildings"),
    Q("380", 380),
)
add(
    "The grain corridor handled 33 million tonnes of cargo in its first year.",
    Q("33 million tonnes", 33e6, unit="tonne", counts="cargo"),
)
add(
    "A 10-day truce around the plant was proposed by the agency.", Q("10-day", 10, unit="day", counts="truce")
)
add(
    "Two soldiers were killed and four were wounded in the attack on the checkpoint.",
    Q("Two soldiers", 2, unit="soldiers", counts="soldiers", role="dead"),
    Q("four", 4, role="injured"),
)
add(
    "Poland will spend 4.7 percent of its GDP on defence next year.",
    Q("4.7 percent", 4.7, unit="percent", counts="GDP"),
)
add(
    "The bill allocates 1.2 trillion roubles for the military.",
    Q("1.2 trillion roubles", 1.2e12, unit="RUB", counts="military"),
)
add(
    "The average monthly salary for a contract soldier is 210,000 rubles, or about $2,300.",
    Q("210,000 rubles", 210000, unit="RUB"),
    Q("about $2,300", 2300, unit="USD", approximate=True),
)
add(
    "Ukraine's prosecutor's office has registered more than 140,000 alleged war crimes.",
    Q(
        "more than 140,000 alleged war crimes",
        140000,
        low=140000,
        unit="crimes",
        counts="alleged war crimes",
        bound="lower",
    ),
)
add(
    "The bridge, which is 19 kilometres long, was hit again on Sunday.",
    Q("19 kilometres", 19, unit="kilometre"),
)
add(
    "Several thousand Wagner fighters crossed into Belarus.",
    Q(
        "Several thousand Wagner fighters",
        None,
        low=3000,
        high=9000,
        unit="fighters",
        counts="Wagner fighters",
        approximate=True,
    ),
)
add(
    "A few hundred metres separated the two positions.",
    Q("A few hundred metres", None, low=200, high=500, unit="metre", approximate=True),
    Q("two positions", 2, unit="positions", counts="positions"),
)
add(
    "The UN says 6.7 million refugees from Ukraine are recorded across Europe.",
    Q("6.7 million refugees", 6.7e6, unit="refugees", counts="refugees"),
)
add(
    "Half of the town's 12,000 residents have left.",
    Q("Half", 0.5, unit="fraction", counts="residents"),
    Q("12,000 residents", 12000, unit="residents", counts="residents"),
)
add(
    "The interceptor costs roughly $4 million per missile.",
    Q("roughly $4 million", 4e6, unit="USD", approximate=True),
)
add(
    "Russian losses have exceeded 600,000 since the start of the full-scale invasion, Kyiv claims.",
    Q("600,000", 600000, unit="losses", counts="Russian losses"),
)
add(
    "The drone has a range of 2,500 km and carries a 50-kilogram warhead.",
    Q("2,500 km", 2500, unit="kilometre", counts="range"),
    Q("50-kilogram", 50, unit="kilogram", counts="warhead"),
)
add(
    "Over the past 24 hours, Russian troops attacked 128 times along the front.",
    Q("24 hours", 24, unit="hour"),
    Q("128 times", 128, unit="times", counts="times"),
)
add(
    "The minister said Ukraine would need another 200,000 shells before winter.",
    Q("200,000 shells", 200000, unit="shells", counts="shells"),
)
add(
    "Enemy losses stood at 1,240 personnel for the day, the General Staff reported.",
    Q("1,240 personnel", 1240, unit="personnel", counts="personnel"),
)
add(
    "Germany's new package is worth 1.4 billion euros and contains four IRIS-T systems.",
    Q("1.4 billion euros", 1.4e9, unit="EUR"),
    Q("four IRIS-T systems", 4, unit="systems", counts="IRIS-T systems"),
)
add(
    "Officials estimate that 80% to 90% of the city's housing has been damaged.",
    Q("80% to 90%", None, low=80, high=90, unit="percent", counts="housing"),
)
add(
    "Between 5,500 and 6,000 Belarusian troops are believed to be deployed.",
    Q(
        "Between 5,500 and 6,000 Belarusian troops",
        None,
        low=5500,
        high=6000,
        unit="troops",
        counts="Belarusian troops",
    ),
)
add(
    "Pyongyang has supplied as many as 5 million artillery rounds, Seoul believes.",
    Q(
        "as many as 5 million artillery rounds",
        5e6,
        high=5e6,
        unit="rounds",
        counts="artillery rounds",
        bound="upper",
    ),
)
add(
    "The evacuation covered a zone of 30 kilometres around the plant.",
    Q("30 kilometres", 30, unit="kilometre", counts="zone"),
)
add(
    "More than a dozen houses were damaged in the village of Kozacha Lopan.",
    Q("More than a dozen houses", 12, low=12, unit="houses", counts="houses", bound="lower"),
)
add(
    "The ministry put the number of displaced people at 3.7 million.",
    Q("3.7 million", 3.7e6, unit="people", counts="displaced people"),
)
add(
    "Three people died and 11 were injured when the bus hit a mine.",
    Q("Three people", 3, unit="people", counts="people", role="dead"),
    Q("11", 11, role="injured"),
)
add(
    "Spending on drones tripled this year, the minister said.",
    Q("tripled", None, change=("up", "factor"), factor=3),
)
add(
    "Military aid from the US shrank by 40% compared with a year earlier.",
    Q("40%", 40, unit="percent", counts="Military aid", change=("down", "by")),
)
add("Ukraine received its first batch of F-16s in the summer.")
add(
    "The 155mm shells cost around $3,000 each.",
    Q("155mm", 155, unit="millimetre", counts="shells"),
    Q("around $3,000", 3000, unit="USD", approximate=True),
)
add(
    "The exchange involved 95 prisoners on each side.",
    Q("95 prisoners", 95, unit="prisoners", counts="prisoners"),
)
add("He was sentenced to 15 years in prison for treason.", Q("15 years", 15, unit="year"))
add(
    "Around 1,000 people attended the funeral on Saturday in Lviv.",
    Q("Around 1,000 people", 1000, unit="people", counts="people", approximate=True),
)
add(
    "The regiment, once 2,000-strong, now counts fewer than 500 fighters.",
    Q("2,000-strong", 2000),
    Q("fewer than 500 fighters", 500, high=500, unit="fighters", counts="fighters", bound="upper"),
)
add(
    "The Red Cross delivered 70 tonnes of medical supplies to Kherson.",
    Q("70 tonnes", 70, unit="tonne", counts="medical supplies"),
)
add(
    "The attack on the power station involved 7 cruise missiles and 27 Shahed drones.",
    Q("7 cruise missiles", 7, unit="missiles", counts="cruise missiles"),
    Q("27 Shahed drones", 27, unit="drones", counts="Shahed drones"),
)
add(
    "Inflation in Russia reached 9.5 percent in December.",
    Q("9.5 percent", 9.5, unit="percent", counts="Inflation"),
)
add(
    "The government raised the number of conscripts to 160,000.",
    Q("160,000", 160000, unit="conscripts", counts="conscripts", change=("up", "to")),
)
add(
    "Turnout was just under 60 percent, officials said.",
    Q(
        "just under 60 percent",
        60,
        unit="percent",
        counts="Turnout",
        approximate=True,
        high=60,
        bound="upper",
    ),
)
add(
    "Russian forces advanced by up to 2 kilometres near Pokrovsk.",
    Q("up to 2 kilometres", 2, high=2, unit="kilometre", bound="upper"),
)
add(
    "Kyiv has asked for at least 25 more air-defence systems.",
    Q(
        "at least 25 more air-defence systems",
        25,
        low=25,
        unit="systems",
        counts="air-defence systems",
        bound="lower",
    ),
)
add(
    "Two-thirds of the population has been displaced.",
    Q("Two-thirds", 2 * THIRD, unit="fraction", counts="population"),
)
add(
    "The strikes came a day after 42 soldiers were reported missing.",
    Q("42 soldiers", 42, unit="soldiers", counts="soldiers"),
)
add(
    "Officials said 12 missiles were intercepted out of 15 launched.",
    Q("12 missiles", 12, unit="missiles", counts="missiles"),
    Q("15", 15),
)
add("A 500-pound bomb hit the school shortly after 9 p.m.", Q("500-pound", 500, unit="pound", counts="bomb"))
add("Turkey brokered talks that lasted two days in Istanbul.", Q("two days", 2, unit="day"))
add(
    "The 2014 agreement set a line of contact some 420 kilometres long.",
    Q("some 420 kilometres", 420, unit="kilometre", approximate=True),
)
add(
    "Thousands of Russian troops are massing near Kupiansk.",
    Q("Thousands", None, low=2000, high=9999, unit="troops", counts="Russian troops", approximate=True),
)
add(
    "The cost of rebuilding Ukraine is now estimated at $524 billion over the next decade.",
    Q("$524 billion", 524e9, unit="USD", counts="cost"),
)
add(
    "Interceptors destroyed 96% of incoming targets last month.",
    Q("96%", 96, unit="percent", counts="incoming targets"),
)
add(
    "A couple of hundred protesters gathered outside the embassy.",
    Q(
        "A couple of hundred protesters",
        None,
        low=200,
        high=300,
        unit="protesters",
        counts="protesters",
        approximate=True,
    ),
)
add(
    "Ukraine will produce one million drones this year, the minister promised.",
    Q("one million drones", 1e6, unit="drones", counts="drones"),
)
add(
    "Only one of the three bridges is still standing.",
    Q("one", 1, unit="bridges", counts="bridges"),
    Q("three bridges", 3, unit="bridges", counts="bridges"),
)
add(
    "Russian troops are attacking in groups of 10 to 15 men.",
    Q("10 to 15 men", None, low=10, high=15, unit="men", counts="men"),
)
add(
    "Kyiv's troops have been holding the 3-km salient since the autumn.",
    Q("3-km", 3, unit="kilometre", counts="salient"),
)
# --- more distractors
add("The first clashes happened in early August near the border.")
add("On February 24, 2022, Russian tanks rolled across the frontier.")
add("A 19-year-old conscript was among those captured.", Q("19-year-old", 19, unit="year", kind="age"))
add("The Su-34 bomber crashed during a training flight, the ministry said.")
add("Forces of the 3rd Assault Brigade repelled the second attack of the day.")
add("The meeting began at 10:30 local time and ended before 2 p.m.")
add("Kyiv marked the 1,000th day of the war on Tuesday.")
add("COVID-19 and the 2008 crisis were mentioned in the address.")
add("The summit of the Group of Seven will open in June.")
add(
    "The soldier, aged 23, told reporters he had surrendered voluntarily.",
    Q("23", 23, unit="year", kind="age"),
)
add("The village was liberated two years ago.", Q("two years", 2, unit="year", time_reference=True))
add("Flight 752 was shot down in January 2020.")
add("One day the front will move again, the commander said.")
add("No one in the village expected the attack.")
add("Putin, 72, has ruled Russia since 2000.", Q("72", 72, unit="year", kind="age"))
# --- more patterns
add(
    "Ukraine's economy shrank 29 percent in 2022.",
    Q("29 percent", 29, unit="percent", counts="economy", change=("down", "by")),
)
add(
    "The number of North Korean troops in Kursk could reach 15,000 by spring.",
    Q("15,000", 15000, unit="troops", counts="North Korean troops"),
)
add("Kyiv expects 6,000 by early April.", Q("6,000", 6000))
add(
    "Estonia will send 4,000 rounds and 12 howitzers.",
    Q("4,000 rounds", 4000, unit="rounds", counts="rounds"),
    Q("12 howitzers", 12, unit="howitzers", counts="howitzers"),
)
add(
    "The army plans to form 10 new brigades of roughly 5,000 troops each.",
    Q(
        "10 new brigades of roughly 5,000 troops each",
        5000,
        unit="troops",
        counts="troops",
        approximate=True,
        multiplier=10,
        total=50000,
        per="brigade",
    ),
)
add(
    "Rations for twenty-five soldiers were dropped by parachute.",
    Q("twenty-five soldiers", 25, unit="soldiers", counts="soldiers"),
)
add(
    "One hundred and fifty prisoners were exchanged on Friday.",
    Q("One hundred and fifty prisoners", 150, unit="prisoners", counts="prisoners"),
)
add(
    "A hundred drones, a further 2,000 mines and half a million rounds were promised.",
    Q("A hundred drones", 100, unit="drones", counts="drones"),
    Q("2,000 mines", 2000, unit="mines", counts="mines"),
    Q("half a million rounds", 5e5, unit="rounds", counts="rounds"),
)
add(
    "The occupied area amounts to about 18% of Ukraine's territory.",
    Q("about 18%", 18, unit="percent", counts="territory", approximate=True),
)
add(
    "Unemployment in Kharkiv fell to 12 percent from 19 percent.",
    Q("12 percent", 12, unit="percent", counts="Unemployment", change=("down", "to")),
    Q("19 percent", 19, unit="percent", counts="Unemployment", change=("down", "from")),
)
add(
    "Fighting has displaced 1.3 million people in the east.",
    Q("1.3 million people", 1.3e6, unit="people", counts="people"),
)
add(
    "The EU's 14th sanctions package targets 116 individuals and entities.",
    Q("116 individuals", 116, unit="individuals", counts="individuals"),
)
add(
    "Officials said the drone carried 18 kg of explosives.",
    Q("18 kg", 18, unit="kilogram", counts="explosives"),
)
add("The corridor is 5 miles wide.", Q("5 miles", 5, unit="mile"))
add("Rescue teams worked for 36 hours to clear the rubble.", Q("36 hours", 36, unit="hour"))
add(
    "The price of diesel has risen 15% since the refinery strikes began.",
    Q("15%", 15, unit="percent", counts="price", change=("up", "by")),
)
add(
    "Russia's defence budget grew by 68% to 10.8 trillion roubles.",
    Q("68%", 68, unit="percent", counts="defence budget", change=("up", "by")),
    Q("10.8 trillion roubles", 10.8e12, unit="RUB", counts="defence budget", change=("up", "to")),
)
add(
    "Mines cover roughly 174,000 square kilometres of Ukrainian land.",
    Q(
        "roughly 174,000 square kilometres",
        174000,
        unit="square kilometre",
        counts="Ukrainian land",
        approximate=True,
    ),
)
add(
    "The shelling killed a 62-year-old woman and injured her two grandchildren.",
    Q("62-year-old", 62, unit="year", kind="age"),
    Q("two grandchildren", 2, unit="grandchildren", counts="grandchildren", role="injured"),
)
add(
    "Drone production rose fivefold over the past year.",
    Q("fivefold", 5, unit="times", change=("up", "factor"), factor=5),
)
add(
    "The vessel was carrying 30,000 tonnes of grain when it was struck.",
    Q("30,000 tonnes", 30000, unit="tonne", counts="grain"),
)
add(
    "Up to 40 people may still be trapped under the rubble.",
    Q("Up to 40 people", 40, high=40, unit="people", counts="people", bound="upper"),
)
add(
    "Kyiv said it shot down 31 of 35 drones.",
    Q("31", 31, unit="drones", counts="drones"),
    Q("35 drones", 35, unit="drones", counts="drones"),
)
add(
    "Ukraine's share of the global wheat market slipped to 10 percent.",
    Q("10 percent", 10, unit="percent", counts="share", change=("down", "to")),
)
add(
    "About a third of the brigade's vehicles were lost in the assault.",
    Q("About a third", THIRD, unit="fraction", counts="vehicles", approximate=True),
)
add(
    "Some 2,000 civilians remain in Bakhmut, down from 70,000 before the war.",
    Q("Some 2,000 civilians", 2000, unit="civilians", counts="civilians", approximate=True),
    Q("70,000", 70000, change=("down", "from")),
)
add(
    "The group said it documented 11,743 civilian deaths.",
    Q("11,743 civilian deaths", 11743, unit="deaths", counts="civilian deaths", role="dead"),
)
add(
    "Hospitals in the city treated 154 wounded on Sunday.",
    Q("154 wounded", 154, counts="wounded", role="injured"),
)
add(
    "Overnight, 4 Iskander missiles and 58 attack drones targeted the region.",
    Q("4 Iskander missiles", 4, unit="missiles", counts="Iskander missiles"),
    Q("58 attack drones", 58, unit="drones", counts="attack drones"),
)
add(
    "The treaty limits each side to 700 deployed launchers.",
    Q("700 deployed launchers", 700, unit="launchers", counts="deployed launchers"),
)
add(
    "A delegation of nine officials flew to Riyadh.",
    Q("nine officials", 9, unit="officials", counts="officials"),
)
add(
    "The counteroffensive cost the brigade about 30 percent of its men.",
    Q("about 30 percent", 30, unit="percent", counts="men", approximate=True),
)
add(
    "The seized ammunition depot held 2,000 tonnes of shells, roughly 40% of the army's stock.",
    Q("2,000 tonnes", 2000, unit="tonne", counts="shells"),
    Q("roughly 40%", 40, unit="percent", counts="stock", approximate=True),
)
add(
    "Engineers built 90 kilometres of trenches in three weeks.",
    Q("90 kilometres", 90, unit="kilometre", counts="trenches"),
    Q("three weeks", 3, unit="week"),
)
add(
    "The death toll in Kramatorsk climbed to 17, including two children.",
    Q("17", 17, unit="people", counts="death toll", change=("up", "to"), role="dead"),
    Q("two children", 2, unit="children", counts="children"),
)
add(
    "The training mission will prepare 15,000 recruits over 18 months.",
    Q("15,000 recruits", 15000, unit="recruits", counts="recruits"),
    Q("18 months", 18, unit="month"),
)
add(
    "A Russian strike on a hotel in Kharkiv left 1 person dead and 30 injured.",
    Q("1 person", 1, unit="person", counts="person", role="dead"),
    Q("30 injured", 30, counts="injured", role="injured"),
)
add(
    "Ukraine lost an estimated 20% of its wheat harvest to the fighting, or about 6 million tonnes.",
    Q("an estimated 20%", 20, unit="percent", counts="wheat harvest", approximate=True),
    Q("about 6 million tonnes", 6e6, unit="tonne", approximate=True),
)
add(
    "Each of the four vessels carried 40,000 tonnes of corn.",
    Q("four vessels", 4, unit="vessels", counts="vessels"),
    Q("40,000 tonnes", 40000, unit="tonne", counts="corn"),
)

# --- second batch, written after the extractor and scored blind once before any change
add(
    "Moscow sent roughly 1,200 reservists to the Kursk border last month.",
    Q("roughly 1,200 reservists", 1200, unit="reservists", counts="reservists", approximate=True),
)
add(
    "A missile strike on the railway station killed 52 people, among them five children.",
    Q("52 people", 52, unit="people", counts="people", role="dead"),
    Q("five children", 5, unit="children", counts="children"),
)
add(
    "Ukraine's parliament approved a budget that devotes 26 percent of GDP to defence.",
    Q("26 percent", 26, unit="percent", counts="GDP"),
)
add(
    "The IMF board released a $2.2 billion tranche on Friday.",
    Q("$2.2 billion", 2.2e9, unit="USD", counts="tranche"),
)
add(
    "Border guards said the queue of lorries was 30 kilometres long.",
    Q("30 kilometres", 30, unit="kilometre"),
)
add(
    "Roughly 250,000 hectares of farmland remain contaminated by mines.",
    Q("Roughly 250,000 hectares", 250000, unit="hectare", counts="farmland", approximate=True),
)
add(
    "Scores of soldiers deserted in the first weeks of the mobilisation.",
    Q("Scores", None, low=40, high=99, unit="soldiers", counts="soldiers", approximate=True),
)
add(
    "The navy has lost about a third of its Black Sea fleet.",
    Q("about a third", THIRD, unit="fraction", counts="Black Sea fleet", approximate=True),
)
add(
    "The number of air-raid alerts in Kyiv rose to 41 in March from 27 in February.",
    Q("41", 41, unit="alerts", counts="air-raid alerts", change=("up", "to")),
    Q("27", 27, unit="alerts", counts="air-raid alerts", change=("up", "from")),
)
add(
    "No fewer than 70 drones and 9 missiles were launched at the city.",
    Q("No fewer than 70 drones", 70, low=70, unit="drones", counts="drones", bound="lower"),
    Q("9 missiles", 9, unit="missiles", counts="missiles"),
)
add(
    "The 2019 census counted 41.7 million residents.",
    Q("41.7 million residents", 41.7e6, unit="residents", counts="residents"),
)
add(
    "Four brigades of about 3,500 soldiers each have been moved north.",
    Q(
        "Four brigades of about 3,500 soldiers each",
        3500,
        unit="soldiers",
        counts="soldiers",
        approximate=True,
        multiplier=4,
        total=14000,
        per="brigade",
    ),
)
add(
    "A 72-hour truce was announced for the Orthodox Easter holiday.",
    Q("72-hour", 72, unit="hour", counts="truce"),
)
add(
    "The defence minister, 49, replaced his predecessor in September 2023.",
    Q("49", 49, unit="year", kind="age"),
)
add("The shelling started at around 4 a.m. on the 14th of July.")
add(
    "Officials put damage to the dam at $1.5 billion to $2 billion.",
    Q("$1.5 billion to $2 billion", None, low=1.5e9, high=2e9, unit="USD", counts="damage"),
)
add(
    "Germany doubled its military aid to Ukraine to 8 billion euros for next year.",
    Q("8 billion euros", 8e9, unit="EUR", counts="military aid", change=("up", "to")),
)
add(
    "Production of shells in Europe has grown by 50 percent in a year.",
    Q("50 percent", 50, unit="percent", counts="Production", change=("up", "by")),
)
add(
    "Twelve of the injured were taken to hospital in Sumy.",
    Q("Twelve", 12, unit="injured", counts="injured", role="injured"),
)
add(
    "Only seven of the 31 Abrams tanks supplied remain in service.",
    Q("seven", 7, unit="tanks", counts="Abrams tanks"),
    Q("31 Abrams tanks", 31, unit="tanks", counts="Abrams tanks"),
)
add(
    "Grain shipments reached 4.5 million tonnes in June, down 8% on May.",
    Q("4.5 million tonnes", 4.5e6, unit="tonne", counts="Grain shipments"),
    Q("8%", 8, unit="percent", change=("down", "by")),
)
add(
    "The ministry said it had spent 1.1 trillion hryvnias on the army this year.",
    Q("1.1 trillion hryvnias", 1.1e12, unit="UAH", counts="army"),
)
add(
    "Hundreds of thousands of residents left Kharkiv in the first days of the invasion.",
    Q(
        "Hundreds of thousands",
        None,
        low=200000,
        high=999999,
        unit="residents",
        counts="residents",
        approximate=True,
    ),
)
add(
    "The minefield is about 2 km wide and 15 km deep.",
    Q("about 2 km", 2, unit="kilometre", approximate=True),
    Q("15 km", 15, unit="kilometre"),
)
add("Kyiv wants a 25% cut in Russian oil revenues.", Q("25%", 25, unit="percent", change=("down", "by")))
add(
    "The operation involved special forces, two helicopters and a drone.",
    Q("two helicopters", 2, unit="helicopters", counts="helicopters"),
)
add(
    "Nearly 40% of those polled said they trusted the army.",
    Q("Nearly 40%", 40, high=40, unit="percent", counts="those polled", approximate=True, bound="upper"),
)
add(
    "The convoy was made up of 25 vehicles carrying some 300 troops.",
    Q("25 vehicles", 25, unit="vehicles", counts="vehicles"),
    Q("some 300 troops", 300, unit="troops", counts="troops", approximate=True),
)
add(
    "Russia holds around 6,500 Ukrainian prisoners of war, the ombudsman said.",
    Q(
        "around 6,500 Ukrainian prisoners",
        6500,
        unit="prisoners",
        counts="Ukrainian prisoners",
        approximate=True,
    ),
)
add(
    "Missile attacks on the port have fallen from 12 a week to two.",
    Q("12", 12, unit="attacks", counts="Missile attacks", change=("down", "from")),
    Q("two", 2, unit="attacks", counts="Missile attacks", change=("down", "to")),
)
add(
    "Interceptor stocks could run out within three to four weeks, officials warned.",
    Q("three to four weeks", None, low=3, high=4, unit="week"),
)
add(
    "Over 2,000 people have been evacuated since Monday.",
    Q("Over 2,000 people", 2000, low=2000, unit="people", counts="people", bound="lower"),
)
add(
    "The strike destroyed a warehouse holding 1,000 tonnes of humanitarian aid.",
    Q("1,000 tonnes", 1000, unit="tonne", counts="humanitarian aid"),
)
add(
    "At least a dozen civilians were wounded by cluster munitions in Kherson.",
    Q(
        "At least a dozen civilians",
        12,
        low=12,
        unit="civilians",
        counts="civilians",
        bound="lower",
        role="injured",
    ),
)
add(
    "Part of the bridge, a 60-metre section, collapsed into the river.",
    Q("60-metre", 60, unit="metre", counts="section"),
)
add(
    "The country has received some 1,500 armoured vehicles from its allies since 2022.",
    Q("some 1,500 armoured vehicles", 1500, unit="vehicles", counts="armoured vehicles", approximate=True),
)
add("He said the 2nd Battalion had held the village for 11 days.", Q("11 days", 11, unit="day"))
add(
    "Ukraine's wheat harvest is forecast at 22 million tonnes, up from 20 million.",
    Q("22 million tonnes", 22e6, unit="tonne", counts="wheat harvest"),
    Q("20 million", 20e6, change=("up", "from")),
)
add(
    "A third of the soldiers in the unit are over 45.",
    Q("A third", THIRD, unit="fraction", counts="soldiers"),
)
add(
    "Zelensky said 31,000 Ukrainian soldiers had been killed since the invasion.",
    Q("31,000 Ukrainian soldiers", 31000, unit="soldiers", counts="Ukrainian soldiers", role="dead"),
)

# --- beyond war reporting: business, sport, science, courts, politics (added with the
# glued units, rates, shared units, ages and time references; written after those rules)
add(
    "The new coupe produces 640bhp and reaches 100km/h in 3.2 seconds.",
    Q("640bhp", 640, unit="horsepower"),
    Q("100km/h", 100, unit="kilometre per hour"),
    Q("3.2 seconds", 3.2, unit="second"),
)
add(
    "Shares in the plantation group closed at RM7.90 on Friday.",
    Q("RM7.90", 7.9, unit="MYR", counts="Shares"),
)
add(
    "Britain's economy grew 0.6pc in the second quarter, the statistics office said.",
    Q("0.6pc", 0.6, unit="percent", counts="Britain's economy", change=("up", "by")),
)
add(
    "The start-up raised USD25m in a funding round led by a Singapore investor.",
    Q("USD25m", 25e6, unit="USD", counts="funding round"),
)
add(
    "Patients in the trial took 400mg of the compound twice a day for 12 weeks.",
    Q("400mg", 400, unit="milligram", counts="compound"),
    Q("12 weeks", 12, unit="week"),
)
add("A single ride on the new ferry costs HK$12.", Q("HK$12", 12, unit="HKD"))
add(
    "The smelter shipped 1.8m tonnes of aluminium last year.",
    Q("1.8m tonnes", 1.8e6, unit="tonne", counts="aluminium"),
)
add(
    "Overnight temperatures dropped to minus 12 in the mountain villages.",
    Q("minus 12", -12, unit="degree", counts="Overnight temperatures", change=("down", "to")),
)
add(
    "Retail sales fell -0.4% in March after two months of growth.",
    Q("-0.4%", -0.4, unit="percent", counts="Retail sales", change=("down", "by")),
    Q("two months", 2, unit="month", counts="growth"),
)
add(
    "Season tickets will cost from £350 to £720, the club said.",
    Q("from £350 to £720", None, low=350, high=720, unit="GBP"),
)
add(
    "Each household may receive 3 or 4 vouchers under the scheme.",
    Q("3", 3, unit="vouchers", counts="vouchers"),
    Q("4 vouchers", 4, unit="vouchers", counts="vouchers"),
)
add(
    "The jobless rate rose 0.3% to 4.6% in the latest quarter.",
    Q("0.3%", 0.3, unit="percent", counts="jobless rate", change=("up", "by")),
    Q("4.6%", 4.6, unit="percent", counts="jobless rate", change=("up", "to")),
)
add(
    "A 58-year-old teacher was cleared of all charges by the jury.",
    Q("58-year-old", 58, unit="year", kind="age"),
)
add(
    "Maria Lopez, 34, won the women's race in a course record.",
    Q("34", 34, unit="year", kind="age"),
)
add(
    "Nine days later the airline filed for bankruptcy protection.",
    Q("Nine days", 9, unit="day", time_reference=True),
)
add(
    "Two-thirds of shareholders voted against the pay package.",
    Q("Two-thirds", 2 / 3, unit="fraction", counts="shareholders"),
)
add(
    "The probe is now 2.4 x 10^10 kilometres from Earth.",
    Q("2.4 x 10^10 kilometres", 2.4e10, unit="kilometre"),
)
add(
    "Brent crude climbed to $88 a barrel, its highest level since January.",
    Q("$88", 88, unit="USD", counts="Brent crude", change=("up", "to"), rate="barrel"),
)
add(
    "Care workers will be paid at least £12 an hour from April.",
    Q("at least £12", 12, low=12, unit="GBP", bound="lower", rate="hour"),
)
add(
    "The streaming service offers plans at $7, $12 and $18 a month.",
    Q("$7", 7, unit="USD", rate="month"),
    Q("$12", 12, unit="USD", rate="month"),
    Q("$18", 18, unit="USD", rate="month"),
)
add(
    "Customers on the basic plan face a 60GB data cap.",
    Q("60GB", 60, unit="gigabyte", counts="data cap"),
)
add(
    "The midfielder signed a five-year contract worth £300,000 a week.",
    Q("five-year", 5, unit="year", counts="contract"),
    Q("£300,000", 300000, unit="GBP", rate="week"),
)
add(
    "The home side won 28 of their 34 league matches.",
    Q("28", 28, unit="matches", counts="league matches"),
    Q("34 league matches", 34, unit="matches", counts="league matches"),
)
add(
    "The motion was carried by 320 votes to 197.",
    Q("320 votes", 320, unit="votes", counts="votes"),
    Q("197", 197, unit="votes", counts="votes"),
)
add(
    "Researchers followed 4,800 adults for a decade.",
    Q("4,800 adults", 4800, unit="adults", counts="adults"),
)
add(
    "The vaccine cut hospital admissions by 71% among over-65s.",
    Q("71%", 71, unit="percent", counts="hospital admissions", change=("down", "by")),
)
add(
    "The judge fined the company $2.3m and ordered it to pay costs.",
    Q("$2.3m", 2.3e6, unit="USD"),
)
add(
    "He was sentenced to eight years in prison and banned from driving for 10 years.",
    Q("eight years", 8, unit="year"),
    Q("10 years", 10, unit="year"),
)
add(
    "Temperatures hit 43C in the south of the country on Sunday.",
    Q("43C", 43, unit="degree Celsius", counts="Temperatures"),
)
add(
    "Gusts of up to 90mph were recorded on the coast.",
    Q("up to 90mph", 90, high=90, unit="mile per hour", counts="Gusts", bound="upper"),
)
add(
    "The insurer reported a pre-tax profit of €1.9bn, ahead of forecasts of €1.7bn.",
    Q("€1.9bn", 1.9e9, unit="EUR", counts="pre-tax profit"),
    Q("€1.7bn", 1.7e9, unit="EUR", counts="forecasts"),
)
add(
    "Pre-tax profit rose 11pc to £480m.",
    Q("11pc", 11, unit="percent", counts="Pre-tax profit", change=("up", "by")),
    Q("£480m", 480e6, unit="GBP", counts="Pre-tax profit", change=("up", "to")),
)
add(
    "The index closed down 212 points at 7,430.",
    Q("212 points", 212, unit="points", counts="points", change=("down", "by")),
    Q("7,430", 7430, unit="index", counts="index"),
)
add(
    "The arena can seat 21,000 spectators.",
    Q("21,000 spectators", 21000, unit="spectators", counts="spectators"),
)
add(
    "The rover has driven 31 kilometres since it landed.",
    Q("31 kilometres", 31, unit="kilometre"),
)
add(
    "Deliveries of electric vans doubled to 86,000 units.",
    Q("86,000 units", 86000, unit="units", counts="units", change=("up", "to")),
)
add(
    "The chipmaker will cut about 1,200 jobs over the next 18 months.",
    Q("about 1,200 jobs", 1200, unit="jobs", counts="jobs", approximate=True),
    Q("18 months", 18, unit="month"),
)
add(
    "The tablet has an 11-inch display and weighs 460 grams.",
    Q("11-inch", 11, unit="inch", counts="display"),
    Q("460 grams", 460, unit="gram"),
)
add(
    "The offer values the brewer at $41 billion, or $56 per share.",
    Q("$41 billion", 41e9, unit="USD", counts="offer"),
    Q("$56", 56, unit="USD", rate="share"),
)
add(
    "The hurricane left 2.1m homes and businesses without power.",
    Q("2.1m homes", 2.1e6, unit="homes", counts="homes"),
)
add(
    "Public debt reached 98 percent of output at the end of the year.",
    Q("98 percent", 98, unit="percent", counts="output"),
)
add(
    "The court heard that the defendant, 41, had moved GBP 3.4 million through shell companies.",
    Q("41", 41, unit="year", kind="age"),
    Q("GBP 3.4 million", 3.4e6, unit="GBP"),
)
add(
    "Average rents in the city climbed 7.5% to 2,150 dollars a month.",
    Q("7.5%", 7.5, unit="percent", counts="Average rents", change=("up", "by")),
    Q("2,150 dollars", 2150, unit="USD", counts="Average rents", change=("up", "to"), rate="month"),
)
add(
    "The mission will carry 1.6 tonnes of instruments to an orbit 700km above the Earth.",
    Q("1.6 tonnes", 1.6, unit="tonne", counts="instruments"),
    Q("700km", 700, unit="kilometre"),
)


def build() -> list[dict]:
    rows = []
    for n, (text, qs) in enumerate(S, 1):
        out = []
        for q in qs:
            q = dict(q)
            sub, nth = q.pop("sub"), q.pop("nth")
            start = -1
            for _ in range(nth):
                start = text.index(sub, start + 1)
            q = {"text": sub, "start": start, "end": start + len(sub), **q}
            for key in ("value", "low", "high", "total"):
                if isinstance(q.get(key), float):
                    q[key] = round(q[key], 4) if not q[key].is_integer() else int(q[key])
            out.append(q)
        rows.append(
            {"id": f"q{n:03d}", "split": "test" if n % 3 == 0 else "dev", "text": text, "quantities": out}
        )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nq = sum(len(r["quantities"]) for r in rows)
    print(f"{len(rows)} sentences, {nq} quantities -> {OUT}")


if __name__ == "__main__":
    main()
