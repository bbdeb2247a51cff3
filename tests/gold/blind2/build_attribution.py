"""Build tests/gold/blind2/attribution.jsonl: a second BLIND evaluation set for `claimledger eval attribution`.

usage: python3.11 tests/gold/blind2/build_attribution.py   (rewrites attribution.jsonl beside this file)

Every report below is invented newswire, written for this set on 2026-12-04 by an independent
writer (gold-a) who had not seen the extractor's rules, lexicons or the team's gold texts. All
officials, firms, units, figures and quotations are made up; no real person below head-of-state
level is named or quoted. Topics: domestic politics, business, courts, science/health, sport,
disasters, and about a third war/diplomacy; styles: wire, analysis, local paper, live blog.

Conventions: tests/gold/README.md ("Attribution"), with the deviations and the choices for
shapes it leaves open listed in tests/gold/blind2/README.md ("## Attribution"). In short:
"declined to comment" IS a statement (negated, stance assert); split quotations give one
statement per quoted piece with shared speaker/cue spans; a parenthetical attribution inside
indirect speech ("X, he noted, would ...") gives one statement whose content is the whole
clause; "is said by X to V" gives content "V ..."; support/back/welcome -> stance agree,
oppose/disagree -> oppose, criticise -> accuse, "called X Y"/"described X as Y" -> assert,
"argued"/"insisted" -> claim, "asked for"/"demanded" -> urge, "found"/"show" -> report,
"suggest" -> suggest, "be worried"/"fears" -> fear, "be confident" -> believe.

Spans are substrings located with str.find (see ../blind/_spans.py). Never tune on this set.
"""

from __future__ import annotations

import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from _spans import locate, reread_check, write_jsonl  # noqa: E402

STANCES = {
    "assert", "confirm", "admit", "claim", "deny", "expect", "estimate", "believe", "suspect", "warn",
    "threaten", "promise", "accuse", "announce", "report", "hope", "fear", "intend", "propose", "urge",
    "order", "agree", "oppose", "question", "suggest",
}
KINDS = {"direct", "indirect", "mixed", "according_to"}
TYPES = {"person", "organisation", "country", "group", "document", "unknown"}


def P(*paras: str) -> str:
    return "\n\n".join(paras)


def S(sp, name, role, typ, cue, content, kind="indirect", stance="assert", neg=False, cond=False,
      cs=None, venue=None, addr=None, key=None, parent=None):
    return dict(sp=sp, name=name, role=role, typ=typ, cue=cue, content=content, kind=kind, stance=stance,
                neg=neg, cond=cond, cs=cs, venue=venue, addr=addr, key=key, parent=parent)


REPORTS = []


def R(rid, published, text, statements):
    REPORTS.append(dict(id=rid, published=published, text=text, st=statements))


# ---------------------------------------------------------------------------------------------
# 01 war, wire
R("b2a-01", "2026-03-03", P(
    "Ukraine says drones hit Russian fuel depot in Bryansk region",
    "KYIV, March 3 — Ukrainian drones struck a fuel depot in Russia’s Bryansk region overnight, a source in Ukraine’s SBU security service told reporters on Monday, adding that the strike had started a fire visible from several kilometres away.",
    "Bryansk regional governor Viktor Salnikov said on Telegram that debris from a downed drone had fallen on an industrial site but that no one was hurt.",
    "Russia’s Defence Ministry said its air defences had destroyed 41 Ukrainian drones over five regions, 19 of them over Bryansk.",
    "“The target was chosen because it feeds the units attacking Sumy,” the SBU source said. “We will keep doing this.”",
    "The Kremlin declined to comment on the strike.",
), [
    S(("Ukraine", "Ukraine says"), "Government of Ukraine", None, "country", "says", "drones hit Russian fuel depot in Bryansk region"),
    S("a source in Ukraine’s SBU security service", None, "source in Ukraine’s SBU security service", "person", "told",
      "Ukrainian drones struck a fuel depot in Russia’s Bryansk region overnight", addr="reporters"),
    S("a source in Ukraine’s SBU security service", None, "source in Ukraine’s SBU security service", "person", "adding",
      "the strike had started a fire visible from several kilometres away"),
    S("Bryansk regional governor Viktor Salnikov", "Viktor Salnikov", "Bryansk regional governor", "person", ("said", "Salnikov said"),
      "debris from a downed drone had fallen on an industrial site but that no one was hurt", venue="on Telegram"),
    S("Russia’s Defence Ministry", "Defence Ministry", None, "organisation", ("said", "Ministry said"),
      "its air defences had destroyed 41 Ukrainian drones over five regions, 19 of them over Bryansk"),
    S("the SBU source", None, "SBU source", "person", ("said", "the SBU source said"),
      "The target was chosen because it feeds the units attacking Sumy", kind="direct"),
    S("the SBU source", None, "SBU source", "person", ("said", "the SBU source said"),
      "We will keep doing this.", kind="direct"),
    S("The Kremlin", "Kremlin", None, "organisation", "declined to comment", ("the strike", "comment on the strike"),
      neg=True),
])

# 02 domestic politics, broadsheet, Title Case headline
R("b2a-02", "2026-10-19", P(
    "Chancellor Faces Backbench Revolt Over Fuel Duty Plan",
    "Dozens of Labour MPs are prepared to vote against a rise in fuel duty, according to two people who have seen a list circulated by the party’s whips.",
    "The Treasury insists the increase, worth about 5p a litre, is needed to close a £9bn gap. Ministers describe the measure as “painful but temporary”.",
    "Not everyone is convinced. “If they push this through in January, they will lose the rural seats they won last time,” said Margaret Ellery, who chairs the party’s countryside group. She accused the Treasury of “treating drivers in the north as a cash machine.”",
    "Officials say Downing Street is worried that the row could overshadow next month’s budget. A spokesperson declined to comment.",
), [
    S("two people who have seen a list circulated by the party’s whips", None, None, "group", "according to",
      "Dozens of Labour MPs are prepared to vote against a rise in fuel duty", kind="according_to"),
    S("The Treasury", "Treasury", None, "organisation", "insists",
      "the increase, worth about 5p a litre, is needed to close a £9bn gap", stance="claim"),
    S("Ministers", None, None, "group", "describe", "the measure as “painful but temporary”"),
    S("Margaret Ellery", "Margaret Ellery", "who chairs the party’s countryside group", "person", ("said", "said Margaret"),
      "If they push this through in January, they will lose the rural seats they won last time", kind="direct",
      cond=True),
    S("She", "Margaret Ellery", None, "person", "accused",
      "the Treasury of “treating drivers in the north as a cash machine.”", kind="mixed", stance="accuse"),
    S("Officials", None, None, "group", "say",
      "Downing Street is worried that the row could overshadow next month’s budget", key="off"),
    S("Downing Street", "Government of the United Kingdom", None, "country", "is worried",
      "the row could overshadow next month’s budget", stance="fear", parent="off"),
    S("A spokesperson", None, "spokesperson", "person", "declined to comment", ("comment", "declined to comment"),
      neg=True),
])

# 03 business wire
R("b2a-03", "2026-07-09", P(
    "LONDON, July 9 (Northgate Wire) - Shares in Halden Foods fell 7% on Thursday after the grocer said annual profit would come in below forecasts, blaming higher wage costs and a wet spring that hit sales of barbecue goods.",
    "Chief executive Priya Ramsay told analysts on a call that the company expected margins to recover “by the second half, not before.” She said there were no plans to cut jobs.",
    "Analysts at Corbel Securities estimated the shortfall at about £40 million. “The guidance looks conservative, but the market will want proof,” wrote Corbel analyst Tom Ashworth in a note to clients.",
    "Westmark, the pension fund that is Halden’s largest shareholder, said it continued to support the board.",
), [
    S("the grocer", "Halden Foods", "grocer", "organisation", ("said", "the grocer said"),
      "annual profit would come in below forecasts"),
    S("the grocer", "Halden Foods", "grocer", "organisation", "blaming",
      "higher wage costs and a wet spring that hit sales of barbecue goods", stance="accuse"),
    S("Chief executive Priya Ramsay", "Priya Ramsay", "Chief executive", "person", "told",
      "the company expected margins to recover “by the second half, not before.”", kind="mixed",
      venue="on a call", addr="analysts", key="ram"),
    S("the company", "Halden Foods", "company", "organisation", "expected",
      "margins to recover “by the second half, not before.”", kind="mixed", stance="expect", parent="ram"),
    S("She", "Priya Ramsay", None, "person", ("said", "She said"), "there were no plans to cut jobs"),
    S("Analysts at Corbel Securities", None, None, "group", "estimated", "the shortfall at about £40 million",
      stance="estimate"),
    S("Corbel analyst Tom Ashworth", "Tom Ashworth", "Corbel analyst", "person", "wrote",
      "The guidance looks conservative, but the market will want proof", kind="direct", venue="in a note to clients"),
    S("Westmark", "Westmark", "the pension fund that is Halden’s largest shareholder", "organisation",
      ("said", "said it continued"), "it continued to support the board", key="wm"),
    S(("it", "it continued"), "Westmark", None, "organisation", "continued to support", "the board", stance="agree",
      parent="wm"),
])

# 04 courts, US court reporting
R("b2a-04", "2026-05-12", P(
    "A federal judge in Chicago on Tuesday sentenced former alderman Raymond Kozlowski to six years in prison for taking bribes from developers, calling his conduct “a betrayal of every family in the ward.”",
    "Prosecutors had asked for nine years. They argued in a filing last month that Kozlowski, 61, had shown “no genuine remorse” and had tried to hide payments through his brother-in-law’s landscaping firm.",
    "Defense lawyer Anita Brandt said her client would appeal. “The jury heard one side of this story,” she told reporters outside the courthouse. “The appellate court will hear both.”",
    "Judge Helen Moraga said she had received more than 200 letters supporting Kozlowski, many from elderly residents. “Those letters are sincere,” she said, “and they make this harder, not easier.”",
), [
    S("A federal judge in Chicago", "Helen Moraga", "federal judge in Chicago", "person", "calling",
      "his conduct “a betrayal of every family in the ward.”", kind="mixed"),
    S("Prosecutors", None, None, "group", "had asked for", "nine years", stance="urge"),
    S("They", None, None, "group", "argued",
      "Kozlowski, 61, had shown “no genuine remorse” and had tried to hide payments through his brother-in-law’s landscaping firm",
      stance="claim", venue="in a filing"),
    S("Defense lawyer Anita Brandt", "Anita Brandt", "Defense lawyer", "person", ("said", "Brandt said"),
      "her client would appeal"),
    S(("she", "she told"), "Anita Brandt", None, "person", "told", "The jury heard one side of this story",
      kind="direct", addr="reporters"),
    S(("she", "she told"), "Anita Brandt", None, "person", "told", "The appellate court will hear both.",
      kind="direct", addr="reporters"),
    S("Judge Helen Moraga", "Helen Moraga", "Judge", "person", ("said", "Moraga said"),
      "she had received more than 200 letters supporting Kozlowski, many from elderly residents"),
    S(("she", "she said,"), "Helen Moraga", None, "person", ("said", "she said,"), "Those letters are sincere",
      kind="direct"),
    S(("she", "she said,"), "Helen Moraga", None, "person", ("said", "she said,"),
      "and they make this harder, not easier.", kind="direct"),
])

# 05 science desk
R("b2a-05", "2026-02-17", P(
    "Study links night-shift work to higher risk of type 2 diabetes",
    "People who work night shifts for more than ten years are about 30 percent more likely to develop type 2 diabetes than day workers, a study of 48,000 Danish nurses has found.",
    "The researchers, from Aarhus University, said the link held even after they accounted for diet, weight and smoking. But they cautioned that the study could not prove that shift work itself causes the disease.",
    "“What we can say is that the body clock matters more than we assumed,” said Dr. Mette Lindqvist, who led the work. She hopes to run a trial next year in which nurses’ shift patterns are changed.",
    "Independent experts were more cautious. Professor Alan Greaves of the University of Leeds described the findings as “interesting but far from settled” and warned against drawing conclusions for individual workers.",
), [
    S("Study", "Aarhus University study of Danish nurses", None, "document", "links",
      "night-shift work to higher risk of type 2 diabetes", stance="report"),
    S("a study of 48,000 Danish nurses", "Aarhus University study of Danish nurses", None, "document", "has found",
      "People who work night shifts for more than ten years are about 30 percent more likely to develop type 2 diabetes than day workers",
      stance="report"),
    S("The researchers", None, None, "group", ("said", "said the link"),
      "the link held even after they accounted for diet, weight and smoking"),
    S(("they", "they cautioned"), None, None, "group", "cautioned",
      "the study could not prove that shift work itself causes the disease", stance="warn"),
    S("Dr. Mette Lindqvist", "Mette Lindqvist", "who led the work", "person", ("said", "said Dr."),
      "What we can say is that the body clock matters more than we assumed", kind="direct"),
    S("She", "Mette Lindqvist", None, "person", "hopes",
      "run a trial next year in which nurses’ shift patterns are changed", stance="hope"),
    S("Professor Alan Greaves", "Alan Greaves", "Professor", "person", "described",
      "the findings as “interesting but far from settled”", kind="mixed"),
    S("Professor Alan Greaves", "Alan Greaves", "Professor", "person", "warned against",
      "drawing conclusions for individual workers", stance="warn"),
])

# 06 sport, Title Case headline
R("b2a-06", "2026-04-19", P(
    "Ferreira Says Rovers Have ‘Nothing to Fear’ in Cup Semi-Final",
    "Blackmoor Rovers manager Luis Ferreira insisted his side had “nothing to fear” from Premier League opposition after they came from two goals down to beat Stockbridge 3-2 on Saturday.",
    "“People wrote us off at half-time. I understand why,” Ferreira said. “But this group does not know when it is beaten.”",
    "Stockbridge boss Gary Nolan blamed the referee for the equaliser, saying the ball had gone out of play before Jamal Oduya crossed for Rovers’ second goal. Asked whether he would complain to the league, Nolan said he would “look at the footage first.”",
    "The club said in a statement that midfielder Kieran Walsh had suffered a hamstring injury and would miss at least three weeks.",
), [
    S(("Ferreira", "Ferreira Says"), "Luis Ferreira", None, "person", "Says",
      "Rovers Have ‘Nothing to Fear’ in Cup Semi-Final"),
    S("Blackmoor Rovers manager Luis Ferreira", "Luis Ferreira", "Blackmoor Rovers manager", "person", "insisted",
      "his side had “nothing to fear” from Premier League opposition", stance="claim"),
    S(("Ferreira", "Ferreira said"), "Luis Ferreira", None, "person", ("said", "Ferreira said"),
      "People wrote us off at half-time. I understand why", kind="direct"),
    S(("Ferreira", "Ferreira said"), "Luis Ferreira", None, "person", ("said", "Ferreira said"),
      "But this group does not know when it is beaten.", kind="direct"),
    S("Stockbridge boss Gary Nolan", "Gary Nolan", "Stockbridge boss", "person", "blamed",
      "the referee for the equaliser", stance="accuse"),
    S("Stockbridge boss Gary Nolan", "Gary Nolan", "Stockbridge boss", "person", "saying",
      "the ball had gone out of play before Jamal Oduya crossed for Rovers’ second goal"),
    S(("Nolan", "Nolan said"), "Gary Nolan", None, "person", ("said", "Nolan said"),
      "he would “look at the footage first.”", kind="mixed"),
    S("The club", "Blackmoor Rovers", "club", "organisation", ("said", "club said"),
      "midfielder Kieran Walsh had suffered a hamstring injury and would miss at least three weeks",
      venue="in a statement"),
])

# 07 disaster, local paper
R("b2a-07", "2026-01-28", P(
    "Residents of Millbrook were told to boil their drinking water on Wednesday after floodwater from the River Teme entered the town’s treatment works, the water company said.",
    "Severn Valley Water said engineers were working “around the clock” and that it hoped to lift the notice by the weekend. It did not say how many households were affected.",
    "Councillor Judith Marsh, who represents the riverside ward, said she had received dozens of calls from elderly residents who could not carry bottled water home. “Nobody has knocked on their doors. Nobody,” she said.",
    "The Environment Agency warned that river levels could rise again on Friday if forecast rain arrives. Records show the Teme has burst its banks at Millbrook four times since 2019.",
), [
    S("the water company", "Severn Valley Water", "water company", "organisation", ("said", "the water company said"),
      "Residents of Millbrook were told to boil their drinking water on Wednesday after floodwater from the River Teme entered the town’s treatment works"),
    S("Severn Valley Water", "Severn Valley Water", None, "organisation", ("said", "Water said"),
      "engineers were working “around the clock” and that it hoped to lift the notice by the weekend", key="svw"),
    S(("it", "it hoped"), "Severn Valley Water", None, "organisation", "hoped", "lift the notice by the weekend",
      stance="hope", parent="svw"),
    S("It", "Severn Valley Water", None, "organisation", "did not say", "how many households were affected", neg=True),
    S("Councillor Judith Marsh", "Judith Marsh", "who represents the riverside ward", "person", ("said", "ward, said"),
      "she had received dozens of calls from elderly residents who could not carry bottled water home"),
    S(("she", "she said."), "Judith Marsh", None, "person", ("said", "she said."),
      "Nobody has knocked on their doors. Nobody", kind="direct"),
    S("The Environment Agency", "Environment Agency", None, "organisation", "warned",
      "river levels could rise again on Friday if forecast rain arrives", stance="warn", cond=True),
    S("Records", "Millbrook flood records", None, "document", "show",
      "the Teme has burst its banks at Millbrook four times since 2019", stance="report"),
])

# 08 diplomacy, wire
R("b2a-08", "2026-06-14", P(
    "Ceasefire talks in Cairo stall over prisoner lists",
    "Negotiators in Cairo made little progress on Sunday, according to an Egyptian official briefed on the talks, who said the two sides were still arguing over the names of prisoners to be released in a first phase.",
    "Israel’s delegation, the official said, had struck 40 names off Hamas’s list. Hamas spokesman Khaled Nasser accused Israel of “inventing new conditions every time we come close” and said the group would not accept a deal that left its fighters in jail.",
    "Qatar’s foreign ministry spokesman said mediators remained “cautiously optimistic.” Washington, for its part, believes an agreement is possible within two weeks, a U.S. official told reporters travelling with the secretary of state.",
), [
    S("an Egyptian official briefed on the talks", None, "Egyptian official briefed on the talks", "person",
      "according to", "Negotiators in Cairo made little progress on Sunday", kind="according_to"),
    S(("who", "who said the two"), None, None, "person", ("said", "who said the two"),
      "the two sides were still arguing over the names of prisoners to be released in a first phase"),
    S("the official", None, "official", "person", ("said", "the official said"),
      "Israel’s delegation, the official said, had struck 40 names off Hamas’s list"),
    S("Hamas spokesman Khaled Nasser", "Khaled Nasser", "Hamas spokesman", "person", "accused",
      "Israel of “inventing new conditions every time we come close”", kind="mixed", stance="accuse"),
    S("Hamas spokesman Khaled Nasser", "Khaled Nasser", "Hamas spokesman", "person", ("said", "and said the group"),
      "the group would not accept a deal that left its fighters in jail"),
    S("Qatar’s foreign ministry spokesman", None, "Qatar’s foreign ministry spokesman", "person",
      ("said", "spokesman said"), "mediators remained “cautiously optimistic.”"),
    S("a U.S. official", None, "U.S. official", "person", "told",
      "Washington, for its part, believes an agreement is possible within two weeks",
      addr="reporters travelling with the secretary of state", key="us"),
    S("Washington", "Government of the United States", None, "country", "believes",
      "an agreement is possible within two weeks", stance="believe", parent="us"),
])

# 09 domestic politics, US wire
R("b2a-09", "2026-09-24", P(
    "WASHINGTON (Capitol Wire) — Senate Republicans will oppose the administration’s proposed cuts to rural hospital funding, Senator Dale Whitcombe of Kansas said Thursday, calling the plan “dead on arrival.”",
    "Whitcombe, who chairs the appropriations subcommittee on health, said at least a dozen colleagues had told him privately they would vote against it.",
    "The White House budget office said the proposal had been misread. Budget director Sandra Okafor said in a letter to lawmakers that the savings would be “redirected, not removed,” and that no hospital would close as a result.",
    "Hospital groups are not convinced. The National Rural Health Alliance said its own analysis found that as many as 140 facilities could lose more than a fifth of their federal income.",
), [
    S("Senator Dale Whitcombe", "Dale Whitcombe", "Senator", "person", ("said", "Kansas said"),
      "Senate Republicans will oppose the administration’s proposed cuts to rural hospital funding", key="dw"),
    S("Senate Republicans", None, None, "group", "will oppose",
      "the administration’s proposed cuts to rural hospital funding", stance="oppose", parent="dw"),
    S("Senator Dale Whitcombe", "Dale Whitcombe", "Senator", "person", "calling", "the plan “dead on arrival.”"),
    S(("Whitcombe", "Whitcombe, who"), "Dale Whitcombe", "who chairs the appropriations subcommittee on health",
      "person", ("said", "health, said"),
      "at least a dozen colleagues had told him privately they would vote against it", key="dw2"),
    S("at least a dozen colleagues", None, None, "group", "had told", "they would vote against it", addr="him",
      parent="dw2"),
    S("The White House budget office", "White House budget office", None, "organisation", ("said", "office said"),
      "the proposal had been misread"),
    S("Budget director Sandra Okafor", "Sandra Okafor", "Budget director", "person", ("said", "Okafor said"),
      "the savings would be “redirected, not removed,” and that no hospital would close as a result",
      venue="in a letter to lawmakers", addr=("lawmakers", "letter to lawmakers")),
    S("The National Rural Health Alliance", "National Rural Health Alliance", None, "organisation",
      ("said", "Alliance said"),
      "its own analysis found that as many as 140 facilities could lose more than a fifth of their federal income",
      key="nrha"),
    S("its own analysis", "National Rural Health Alliance analysis", None, "document", "found",
      "as many as 140 facilities could lose more than a fifth of their federal income", stance="report",
      parent="nrha"),
])

# 10 war, live blog
R("b2a-10", "2026-12-15", P(
    "Live: Russia-Ukraine war, day 1,024",
    "09:12 — Ukraine’s Air Force said Russia launched 87 drones and three Iskander missiles overnight. It said 71 drones were shot down or jammed.",
    "09:40 — Two people were injured in Kharkiv when a drone hit a residential block, deputy mayor Serhiy Rudenko wrote on Telegram.",
    "10:05 — Russia’s Defence Ministry claims its forces have captured the village of Novooleksandrivka in Donetsk region. Ukraine’s General Staff has not confirmed the loss. Our correspondent could not verify either side’s account.",
    "10:31 — Hungary will block the next EU sanctions package unless gas transit guarantees are included, a Hungarian diplomat told us, speaking on condition of anonymity.",
    "10:58 — The Kremlin said a phone call between the two presidents was “not on the agenda”.",
), [
    S("Ukraine’s Air Force", "Air Force", None, "organisation", ("said", "Force said"),
      "Russia launched 87 drones and three Iskander missiles overnight"),
    S("It", "Air Force", None, "organisation", ("said", "It said"), "71 drones were shot down or jammed"),
    S("deputy mayor Serhiy Rudenko", "Serhiy Rudenko", "deputy mayor", "person", "wrote",
      "Two people were injured in Kharkiv when a drone hit a residential block", venue="on Telegram"),
    S("Russia’s Defence Ministry", "Defence Ministry", None, "organisation", "claims",
      "its forces have captured the village of Novooleksandrivka in Donetsk region", stance="claim"),
    S("Ukraine’s General Staff", "General Staff", None, "organisation", "has not confirmed", "the loss",
      stance="confirm", neg=True),
    S("a Hungarian diplomat", None, "Hungarian diplomat", "person", "told",
      "Hungary will block the next EU sanctions package unless gas transit guarantees are included", cond=True,
      addr=("us", "told us")),
    S("The Kremlin", "Kremlin", None, "organisation", ("said", "Kremlin said"),
      "a phone call between the two presidents was “not on the agenda”", kind="mixed"),
])

# 11 business press, analysis, Title Case headline
R("b2a-11", "2026-08-03", P(
    "Why Investors Are Souring on Europe’s Wind Giants",
    "For most of the past decade, fund managers treated Europe’s turbine makers as a safe bet on the energy transition. That view is fading fast.",
    "Nordvind, the Danish turbine maker, warned last week that it expected to book a further €1.2 billion in charges on faulty blades, its third profit warning in a year. Chief financial officer Lars Bech told investors the problems were “contained to one model”, a claim some analysts doubt.",
    "“We have heard ‘contained’ before,” said Ines Carvalho, a portfolio manager at Lisbon-based Atlântico Capital. She expects the company to need fresh equity before the end of next year.",
    "Meanwhile rival Aerolux says demand for offshore projects remains strong, and its order book, according to its latest quarterly report, stood at a record €38 billion in September.",
), [
    S("Nordvind", "Nordvind", "the Danish turbine maker", "organisation", ("warned", "warned last week"),
      "it expected to book a further €1.2 billion in charges on faulty blades", stance="warn", key="nv"),
    S(("it", "it expected"), "Nordvind", None, "organisation", "expected",
      "book a further €1.2 billion in charges on faulty blades", stance="expect", parent="nv"),
    S("Chief financial officer Lars Bech", "Lars Bech", "Chief financial officer", "person", "told",
      "the problems were “contained to one model”", kind="mixed", addr="investors"),
    S("some analysts", None, None, "group", "doubt", "a claim", stance="question"),
    S("Ines Carvalho", "Ines Carvalho", "a portfolio manager at Lisbon-based Atlântico Capital", "person",
      ("said", "said Ines"), "We have heard ‘contained’ before", kind="direct"),
    S("She", "Ines Carvalho", None, "person", "expects",
      "the company to need fresh equity before the end of next year", stance="expect"),
    S("rival Aerolux", "Aerolux", "rival", "organisation", "says", "demand for offshore projects remains strong"),
    S("its latest quarterly report", "Aerolux quarterly report", None, "document", "according to",
      "its order book, according to its latest quarterly report, stood at a record €38 billion in September",
      kind="according_to"),
])

# 12 courts, UK local paper
R("b2a-12", "2026-03-27", P(
    "A Bristol man who ran a fake roofing business that targeted pensioners has been jailed for four years and eight months.",
    "Bristol Crown Court heard that Darren Pike, 44, took more than £86,000 from 23 victims between 2021 and 2023, often demanding cash up front for work that was never done.",
    "Prosecutor Emma Hale told the court one victim, a 91-year-old widow, had handed over her savings after Pike claimed her chimney was “about to come through the ceiling.”",
    "Defence barrister Owen Fry said his client had a gambling addiction and was “deeply ashamed”. Sentencing, Judge Martin Cole said Pike had shown “a callous indifference to the suffering he caused.”",
    "Avon and Somerset Police said they believed there might be further victims and urged anyone affected to come forward.",
), [
    S("Bristol Crown Court", "Bristol Crown Court", None, "organisation", "heard",
      "Darren Pike, 44, took more than £86,000 from 23 victims between 2021 and 2023, often demanding cash up front for work that was never done"),
    S("Prosecutor Emma Hale", "Emma Hale", "Prosecutor", "person", "told",
      "one victim, a 91-year-old widow, had handed over her savings after Pike claimed her chimney was “about to come through the ceiling.”",
      kind="mixed", addr=("the court", "told the court"), key="eh"),
    S(("Pike", "Pike claimed"), "Darren Pike", None, "person", "claimed",
      "her chimney was “about to come through the ceiling.”", kind="mixed", stance="claim", parent="eh"),
    S("Defence barrister Owen Fry", "Owen Fry", "Defence barrister", "person", ("said", "Fry said"),
      "his client had a gambling addiction and was “deeply ashamed”"),
    S("Judge Martin Cole", "Martin Cole", "Judge", "person", ("said", "Cole said"),
      "Pike had shown “a callous indifference to the suffering he caused.”", kind="mixed"),
    S("Avon and Somerset Police", "Avon and Somerset Police", None, "organisation", ("said", "Police said"),
      "they believed there might be further victims", key="asp"),
    S(("they", "they believed"), "Avon and Somerset Police", None, "organisation", "believed",
      "there might be further victims", stance="believe", parent="asp"),
    S("Avon and Somerset Police", "Avon and Somerset Police", None, "organisation", "urged",
      "anyone affected to come forward", stance="urge"),
])

# 13 diplomacy, wire, Title Case headline
R("b2a-13", "2026-08-19", P(
    "Manila Says Chinese Ship Fired Water Cannon at Supply Boat",
    "MANILA, Aug 19 — A Chinese coast guard vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, injuring two crew members, the Philippine coast guard said.",
    "Spokesman Commodore Rafael Tinio told a news conference that the Chinese ship had come within 20 metres of the boat and that its crew had filmed the encounter “for the record.”",
    "China’s coast guard gave a different account. In a statement posted online, it said the Philippine boat had “illegally intruded” into Chinese waters and that its officers had taken “necessary measures” in line with the law.",
    "The U.S. State Department condemned what it called “dangerous and destabilising” conduct and reaffirmed that a 1951 defence treaty covers attacks on Philippine vessels.",
), [
    S("Manila", "Government of the Philippines", None, "country", "Says",
      "Chinese Ship Fired Water Cannon at Supply Boat"),
    S("the Philippine coast guard", "Philippine coast guard", None, "organisation", ("said", "coast guard said"),
      "A Chinese coast guard vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, injuring two crew members"),
    S("Spokesman Commodore Rafael Tinio", "Rafael Tinio", "Spokesman Commodore", "person", "told",
      "the Chinese ship had come within 20 metres of the boat and that its crew had filmed the encounter “for the record.”",
      addr="a news conference"),
    S(("it", "it said the Philippine"), "China Coast Guard", None, "organisation", ("said", "it said the Philippine"),
      "the Philippine boat had “illegally intruded” into Chinese waters and that its officers had taken “necessary measures” in line with the law",
      kind="mixed", venue="In a statement posted online"),
    S("The U.S. State Department", "State Department", None, "organisation", "condemned",
      "what it called “dangerous and destabilising” conduct", stance="accuse"),
    S("The U.S. State Department", "State Department", None, "organisation", "reaffirmed",
      "a 1951 defence treaty covers attacks on Philippine vessels", stance="confirm"),
])

# 14 health, local, Title Case headline
R("b2a-14", "2026-12-02", P(
    "Hospital Trust Admits A&E Waits ‘Unacceptable’ After Winter Surge",
    "Patients at Royal Wexcombe Hospital waited an average of 11 hours for a bed in November, figures from the Wexcombe Hospitals Trust show.",
    "Chief executive Dr. Naomi Achebe acknowledged the waits were “unacceptable” and apologised to patients. She blamed a shortage of care home places, which she said left about 90 medically fit patients stuck on wards each day.",
    "The Royal College of Emergency Medicine said the figures were “sadly typical” of what its members were seeing across England. A union representing nurses, meanwhile, voiced fears that exhausted staff would leave.",
    "The Department of Health did not respond to a request for comment.",
), [
    S("Hospital Trust", "Wexcombe Hospitals Trust", None, "organisation", "Admits", "A&E Waits ‘Unacceptable’",
      stance="admit"),
    S("figures from the Wexcombe Hospitals Trust", "Wexcombe Hospitals Trust figures", None, "document", "show",
      "Patients at Royal Wexcombe Hospital waited an average of 11 hours for a bed in November", stance="report"),
    S("Chief executive Dr. Naomi Achebe", "Naomi Achebe", "Chief executive", "person", "acknowledged",
      "the waits were “unacceptable”", stance="confirm"),
    S("She", "Naomi Achebe", None, "person", "blamed", "a shortage of care home places", stance="accuse"),
    S(("she", "she said left"), "Naomi Achebe", None, "person", ("said", "she said left"),
      "left about 90 medically fit patients stuck on wards each day"),
    S("The Royal College of Emergency Medicine", "Royal College of Emergency Medicine", None, "organisation",
      ("said", "Medicine said"),
      "the figures were “sadly typical” of what its members were seeing across England"),
    S("A union representing nurses", "union representing nurses", None, "organisation", "voiced fears",
      "exhausted staff would leave", stance="fear"),
])

# 15 war, broadsheet analysis (Sudan)
R("b2a-15", "2026-09-08", P(
    "In El Fasher, the arithmetic of hunger",
    "Aid agencies have struggled for months to say how many people remain in El Fasher, the last army-held city in Darfur. The UN’s migration agency estimates that about 260,000 are still inside; local volunteers put the figure closer to 400,000.",
    "What no one disputes is that food is running out. “Families are boiling animal feed,” said a doctor at the city’s Saudi Hospital, who asked not to be named for fear of reprisals. “We see children who have not eaten for three days.”",
    "The Rapid Support Forces, which have besieged the city since May, deny blocking convoys. A commander, speaking to a regional broadcaster, claimed his men had “opened the road twice” and that the army had looted the aid. The army calls such claims propaganda.",
), [
    S("The UN’s migration agency", "UN migration agency", None, "organisation", "estimates",
      "about 260,000 are still inside", stance="estimate"),
    S("local volunteers", None, None, "group", ("put", "put the figure"), "the figure closer to 400,000", stance="estimate"),
    S("a doctor at the city’s Saudi Hospital", None, "doctor at the city’s Saudi Hospital", "person",
      ("said", "said a doctor"), "Families are boiling animal feed", kind="direct"),
    S("a doctor at the city’s Saudi Hospital", None, "doctor at the city’s Saudi Hospital", "person",
      ("said", "said a doctor"), "We see children who have not eaten for three days.", kind="direct"),
    S("The Rapid Support Forces", "Rapid Support Forces", None, "organisation", "deny", "blocking convoys",
      stance="deny"),
    S("A commander", None, "commander", "person", "claimed",
      "his men had “opened the road twice” and that the army had looted the aid", kind="mixed", stance="claim",
      addr="a regional broadcaster"),
    S("The army", "Sudanese army", None, "organisation", "calls", "such claims propaganda"),
])

# 16 politics, wire, Title Case headline
R("b2a-16", "2026-10-05", P(
    "Opposition Calls Tbilisi Mayoral Vote a Sham, Demands Rerun",
    "TBILISI — Georgia’s main opposition alliance on Sunday called the capital’s mayoral election “a sham” and demanded a rerun, after official results gave the incumbent 58 percent of the vote.",
    "Alliance leader Nino Abashidze said observers had recorded ballot stuffing at 40 polling stations. “We have video. We have names,” she told supporters outside the city hall.",
    "The Central Election Commission rejected the allegations, saying turnout and results were in line with the commission’s own count. An international observer mission is due to publish its preliminary findings on Monday; one observer, who asked not to be named, said the mission had seen “serious irregularities in some districts but not a pattern.”",
), [
    S("Opposition", "main opposition alliance", None, "organisation", "Calls", "Tbilisi Mayoral Vote a Sham"),
    S("Opposition", "main opposition alliance", None, "organisation", "Demands", "Rerun", stance="urge"),
    S("Georgia’s main opposition alliance", "main opposition alliance", None, "organisation", "called",
      "the capital’s mayoral election “a sham”"),
    S("Georgia’s main opposition alliance", "main opposition alliance", None, "organisation", "demanded",
      "a rerun", stance="urge"),
    S("Alliance leader Nino Abashidze", "Nino Abashidze", "Alliance leader", "person", ("said", "Abashidze said"),
      "observers had recorded ballot stuffing at 40 polling stations"),
    S("she", "Nino Abashidze", None, "person", "told", "We have video. We have names", kind="direct",
      addr="supporters"),
    S("The Central Election Commission", "Central Election Commission", None, "organisation", "rejected",
      "the allegations", stance="deny"),
    S("The Central Election Commission", "Central Election Commission", None, "organisation", "saying",
      "turnout and results were in line with the commission’s own count"),
    S("one observer", None, "observer", "person", ("said", "named, said"),
      "the mission had seen “serious irregularities in some districts but not a pattern.”", kind="mixed"),
])

# 17 science desk (climate)
R("b2a-17", "2026-03-24", P(
    "Arctic sea ice hit its second-lowest winter maximum on record this year, the U.S. National Snow and Ice Data Center reported on Tuesday.",
    "The centre’s scientists said the ice covered 14.3 million square kilometres at its peak on March 14. They attributed the low extent to unusually warm air over the Barents Sea.",
    "Some researchers caution against reading too much into a single year. “The trend is unambiguous, but the year-to-year wiggles are mostly weather,” said Dr. Sofia Lindahl, a sea-ice physicist at the University of Tromsø. Others, including Professor Mark Everly of the University of Exeter, believe the Arctic may already have crossed a threshold. Climate models suggest ice-free summers could come as early as the 2040s.",
), [
    S("the U.S. National Snow and Ice Data Center", "National Snow and Ice Data Center", None, "organisation",
      "reported", "Arctic sea ice hit its second-lowest winter maximum on record this year", stance="report"),
    S("The centre’s scientists", None, None, "group", ("said", "scientists said"),
      "the ice covered 14.3 million square kilometres at its peak on March 14"),
    S("They", None, None, "group", "attributed", "the low extent to unusually warm air over the Barents Sea"),
    S("Some researchers", None, None, "group", "caution against", "reading too much into a single year",
      stance="warn"),
    S("Dr. Sofia Lindahl", "Sofia Lindahl", "a sea-ice physicist at the University of Tromsø", "person",
      ("said", "said Dr."), "The trend is unambiguous, but the year-to-year wiggles are mostly weather",
      kind="direct"),
    S("Others", None, None, "group", "believe", "the Arctic may already have crossed a threshold",
      stance="believe"),
    S("Climate models", "climate models", None, "document", "suggest",
      "ice-free summers could come as early as the 2040s", stance="suggest"),
])

# 18 war, wire (Lebanon)
R("b2a-18", "2026-10-02", P(
    "BEIRUT, Oct 2 — An Israeli air strike on a building in the southern Lebanese town of Nabatieh killed at least seven people, including two children, Lebanon’s Health Ministry said on Wednesday.",
    "The Israeli military said it had targeted a Hezbollah weapons depot and that it had warned residents to leave before the strike. A statement from the military accused the group of “using civilians as shields.”",
    "Hezbollah denied storing weapons in the building. In a brief statement, the group said the dead were “all civilians from one family” and vowed to respond.",
    "France’s Foreign Ministry called for “immediate restraint” from both sides.",
), [
    S("Lebanon’s Health Ministry", "Health Ministry", None, "organisation", ("said", "Health Ministry said"),
      "An Israeli air strike on a building in the southern Lebanese town of Nabatieh killed at least seven people, including two children"),
    S("The Israeli military", "Israeli military", None, "organisation", ("said", "military said"),
      "it had targeted a Hezbollah weapons depot and that it had warned residents to leave before the strike"),
    S("A statement from the military", "Israeli military statement", None, "document", "accused",
      "the group of “using civilians as shields.”", kind="mixed", stance="accuse"),
    S(("Hezbollah", "Hezbollah denied"), "Hezbollah", None, "organisation", "denied", "storing weapons in the building", stance="deny"),
    S(("the group", "the group said"), "Hezbollah", None, "organisation", ("said", "the group said"),
      "the dead were “all civilians from one family”", kind="mixed", venue="In a brief statement"),
    S(("the group", "the group said"), "Hezbollah", None, "organisation", "vowed", "respond", stance="promise",
      venue="In a brief statement"),
    S("France’s Foreign Ministry", "Foreign Ministry", None, "organisation", "called for",
      "“immediate restraint” from both sides", stance="urge"),
])

# 19 local politics, US city, Title Case headline
R("b2a-19", "2026-06-25", P(
    "Council Backs Plan to Turn Old Rail Yard Into Housing",
    "The Dayton City Council voted 6-3 on Wednesday night to rezone the former Keowee rail yard for up to 900 homes, ending a two-year fight over the site.",
    "Councilmember Rosa Delgado, who sponsored the measure, said the city could not afford to leave 40 acres empty “while families sleep in their cars.” Opponents, most of them residents of the neighbouring Old North district, say the plan will flood their streets with traffic.",
    "“Nobody asked us,” said Walter Briggs, 72, who has lived on Keowee Street since 1979. He said he planned to join a lawsuit.",
    "Mayor Carla Henning said she supported the plan but worried about parking.",
), [
    S(("Council", "Council Backs"), "Dayton City Council", None, "organisation", "Backs",
      "Plan to Turn Old Rail Yard Into Housing", stance="agree"),
    S("Councilmember Rosa Delgado", "Rosa Delgado", "who sponsored the measure", "person", ("said", "measure, said"),
      "the city could not afford to leave 40 acres empty “while families sleep in their cars.”", kind="mixed"),
    S("Opponents", None, None, "group", "say", "the plan will flood their streets with traffic"),
    S("Walter Briggs", "Walter Briggs", "who has lived on Keowee Street since 1979", "person", ("said", "said Walter"),
      "Nobody asked us", kind="direct"),
    S(("He", "He said"), "Walter Briggs", None, "person", ("said", "He said"), "he planned to join a lawsuit", key="wb"),
    S(("he", "he planned"), "Walter Briggs", None, "person", "planned", "join a lawsuit", stance="intend",
      parent="wb"),
    S("Mayor Carla Henning", "Carla Henning", "Mayor", "person", ("said", "Henning said"),
      "she supported the plan but worried about parking", key="ch"),
    S(("she", "she supported"), "Carla Henning", None, "person", "supported", ("the plan", "supported the plan"),
      stance="agree", parent="ch"),
    S(("she", "she supported"), "Carla Henning", None, "person", "worried about", "parking", stance="fear",
      parent="ch"),
])

# 20 diplomacy, broadsheet (Iran)
R("b2a-20", "2026-11-20", P(
    "VIENNA — Iran now holds enough uranium enriched to 60 percent purity to make roughly four weapons with further refining, the International Atomic Energy Agency said in a confidential report seen by this newspaper.",
    "The report, circulated to member states on Wednesday, says inspectors were denied access to two sites in October. It does not say whether Iran has resumed work on weapon design, which Tehran has always denied pursuing.",
    "Western diplomats in Vienna said Britain, France and Germany were preparing a resolution censuring Iran at next week’s board meeting. Iranian envoy Mohsen Qaderi warned that Tehran would “respond proportionately” if the resolution passed.",
    "“Censure has never made inspections easier,” he said.",
), [
    S("the International Atomic Energy Agency", "International Atomic Energy Agency", None, "organisation",
      ("said", "Agency said"),
      "Iran now holds enough uranium enriched to 60 percent purity to make roughly four weapons with further refining",
      venue="in a confidential report seen by this newspaper"),
    S("The report", "IAEA confidential report", None, "document", "says",
      "inspectors were denied access to two sites in October"),
    S("It", "IAEA confidential report", None, "document", "does not say",
      "whether Iran has resumed work on weapon design", neg=True),
    S(("Tehran", "Tehran has"), "Government of Iran", None, "country", "has always denied", "pursuing", stance="deny"),
    S("Western diplomats in Vienna", None, None, "group", ("said", "Vienna said"),
      "Britain, France and Germany were preparing a resolution censuring Iran at next week’s board meeting"),
    S("Iranian envoy Mohsen Qaderi", "Mohsen Qaderi", "Iranian envoy", "person", "warned",
      "Tehran would “respond proportionately” if the resolution passed", kind="mixed", stance="warn", cond=True),
    S(("he", "he said"), "Mohsen Qaderi", None, "person", ("said", "he said"), "Censure has never made inspections easier",
      kind="direct"),
])

# 21 business wire (job cuts)
R("b2a-21", "2026-01-14", P(
    "DETROIT (Motorline) — Carrow Motors plans to cut about 1,800 salaried jobs in North America by the end of March, two people familiar with the matter said, as the automaker tries to save $2 billion a year.",
    "The company declined to comment on the number but said in an emailed statement that it was “always looking for ways to operate more efficiently.”",
    "The United Auto Workers union said it was not aware of any cuts affecting hourly workers. A union spokeswoman said members were “angry, not surprised.” Analysts at Dunmore Research said the cuts could be the first of several, citing weak demand for electric pickups.",
), [
    S("two people familiar with the matter", None, None, "group", ("said", "matter said"),
      "Carrow Motors plans to cut about 1,800 salaried jobs in North America by the end of March", key="tp"),
    S("Carrow Motors", "Carrow Motors", None, "organisation", "plans",
      "cut about 1,800 salaried jobs in North America by the end of March", stance="intend", parent="tp"),
    S("The company", "Carrow Motors", "company", "organisation", "declined to comment", "the number", neg=True),
    S("The company", "Carrow Motors", "company", "organisation", ("said", "but said"),
      "it was “always looking for ways to operate more efficiently.”", kind="mixed",
      venue="in an emailed statement"),
    S("The United Auto Workers union", "United Auto Workers", None, "organisation", ("said", "union said"),
      "it was not aware of any cuts affecting hourly workers"),
    S("A union spokeswoman", None, "union spokeswoman", "person", ("said", "spokeswoman said"),
      "members were “angry, not surprised.”"),
    S("Analysts at Dunmore Research", None, None, "group", ("said", "Research said"),
      "the cuts could be the first of several", cs="citing weak demand for electric pickups"),
])

# 22 sport, tennis
R("b2a-22", "2026-08-01", P(
    "Kowalczyk Withdraws From Montreal With Wrist Injury",
    "World No. 6 Agata Kowalczyk has pulled out of next week’s Canadian Open, her management team announced on Friday, saying she needed time to recover from a wrist problem that flared up in Cincinnati.",
    "Asked on Thursday whether the injury might threaten her US Open campaign, Kowalczyk said: “I don’t think so. But I am not a doctor.”",
    "Her coach, Tomas Berger, is said by people close to the team to favour a complete rest of two weeks. The tournament director said he was “disappointed but understanding.”",
), [
    S("her management team", "management team of Agata Kowalczyk", None, "organisation", "announced",
      "World No. 6 Agata Kowalczyk has pulled out of next week’s Canadian Open", stance="announce"),
    S("her management team", "management team of Agata Kowalczyk", None, "organisation", "saying",
      "she needed time to recover from a wrist problem that flared up in Cincinnati"),
    S(("Kowalczyk", "Kowalczyk said"), "Agata Kowalczyk", None, "person", ("said", "Kowalczyk said"),
      "I don’t think so. But I am not a doctor.", kind="direct"),
    S("people close to the team", None, None, "group", "is said", "favour a complete rest of two weeks"),
    S("The tournament director", None, "tournament director", "person", ("said", "director said"),
      "he was “disappointed but understanding.”"),
])

# 23 war/diplomacy, wire (Korea)
R("b2a-23", "2026-04-07", P(
    "SEOUL — North Korea fired what appeared to be two short-range ballistic missiles into the sea off its east coast on Tuesday, South Korea’s Joint Chiefs of Staff said.",
    "The missiles flew about 350 km, the JCS said in a text message to reporters, adding that South Korean and U.S. intelligence were analysing the launch.",
    "Japan’s Defence Ministry said the missiles landed outside its exclusive economic zone and caused no damage. Tokyo lodged a protest through diplomatic channels in Beijing, calling the launch “a clear violation of UN Security Council resolutions.”",
    "Analysts said the timing, a day before joint drills were to begin, suggested the test was meant as a warning. Pyongyang’s state media made no immediate mention of the launch.",
), [
    S("South Korea’s Joint Chiefs of Staff", "Joint Chiefs of Staff", None, "organisation", ("said", "Staff said"),
      "North Korea fired what appeared to be two short-range ballistic missiles into the sea off its east coast on Tuesday"),
    S("the JCS", "Joint Chiefs of Staff", None, "organisation", ("said", "JCS said"), "The missiles flew about 350 km",
      venue="in a text message to reporters", addr=("reporters", "message to reporters")),
    S("the JCS", "Joint Chiefs of Staff", None, "organisation", "adding",
      "South Korean and U.S. intelligence were analysing the launch"),
    S("Japan’s Defence Ministry", "Defence Ministry", None, "organisation", ("said", "Ministry said"),
      "the missiles landed outside its exclusive economic zone and caused no damage"),
    S("Tokyo", "Government of Japan", None, "country", "calling",
      "the launch “a clear violation of UN Security Council resolutions.”", kind="mixed"),
    S("Analysts", None, None, "group", ("said", "Analysts said"),
      "the timing, a day before joint drills were to begin, suggested the test was meant as a warning"),
])

# 24 courts, state supreme court, Title Case headline
R("b2a-24", "2026-02-10", P(
    "Ohio Justices Question Limits on Police Drone Surveillance",
    "COLUMBUS — Several justices of the Ohio Supreme Court on Tuesday questioned whether police in Akron needed a warrant to fly drones over private backyards, in a case civil liberties groups say could set a national precedent.",
    "“Is a backyard less private because the camera is 200 feet up instead of at the fence?” Justice Karen Whitlow asked the city’s lawyer.",
    "City attorney Dennis Oyelaran argued that drones captured nothing a neighbour on a second floor could not see. Justice Paul Brennan appeared sympathetic, noting that the court had upheld helicopter flyovers in 1998.",
    "The American Civil Liberties Union of Ohio, which brought the case, said a ruling for the city would “put every fenced garden under a flying lens.” A decision is expected by summer.",
), [
    S("Ohio Justices", None, None, "group", "Question", "Limits on Police Drone Surveillance", stance="question"),
    S("Several justices of the Ohio Supreme Court", None, None, "group", "questioned",
      "whether police in Akron needed a warrant to fly drones over private backyards", stance="question"),
    S("civil liberties groups", None, None, "group", "say", "could set a national precedent"),
    S("Justice Karen Whitlow", "Karen Whitlow", "Justice", "person", "asked",
      "Is a backyard less private because the camera is 200 feet up instead of at the fence?", kind="direct",
      stance="question", addr="the city’s lawyer"),
    S("City attorney Dennis Oyelaran", "Dennis Oyelaran", "City attorney", "person", "argued",
      "drones captured nothing a neighbour on a second floor could not see", stance="claim"),
    S("Justice Paul Brennan", "Paul Brennan", "Justice", "person", "noting",
      "the court had upheld helicopter flyovers in 1998"),
    S("The American Civil Liberties Union of Ohio", "American Civil Liberties Union of Ohio", None, "organisation",
      ("said", "case, said"), "a ruling for the city would “put every fenced garden under a flying lens.”",
      kind="mixed"),
])

# 25 disaster, wire (earthquake)
R("b2a-25", "2026-02-06", P(
    "Strong quake hits eastern Turkey; at least 14 dead",
    "ANKARA, Feb 6 — A magnitude 6.1 earthquake struck Malatya province early on Friday, killing at least 14 people and injuring more than 200, Turkey’s disaster agency AFAD said.",
    "The agency said 37 buildings had collapsed and that search teams were working through the rubble of a five-storey apartment block in the town of Yeşilyurt, where residents believe as many as 30 people may be trapped.",
    "“We heard voices until about 6 a.m.,” said Hasan Demir, whose brother lives on the third floor. “Then nothing.”",
    "The U.S. Geological Survey put the magnitude at 5.9 and said the quake struck at a depth of 10 km. Seismologists warned of strong aftershocks in the coming days.",
), [
    S("Turkey’s disaster agency AFAD", "AFAD", "Turkey’s disaster agency", "organisation", ("said", "AFAD said"),
      "A magnitude 6.1 earthquake struck Malatya province early on Friday, killing at least 14 people and injuring more than 200"),
    S("The agency", "AFAD", "agency", "organisation", ("said", "agency said"),
      "37 buildings had collapsed and that search teams were working through the rubble of a five-storey apartment block in the town of Yeşilyurt, where residents believe as many as 30 people may be trapped",
      key="afad"),
    S("residents", None, None, "group", "believe", "as many as 30 people may be trapped", stance="believe",
      parent="afad"),
    S("Hasan Demir", "Hasan Demir", "whose brother lives on the third floor", "person", ("said", "said Hasan"),
      "We heard voices until about 6 a.m.", kind="direct"),
    S("Hasan Demir", "Hasan Demir", "whose brother lives on the third floor", "person", ("said", "said Hasan"),
      "Then nothing.", kind="direct"),
    S("The U.S. Geological Survey", "U.S. Geological Survey", None, "organisation", "put", "the magnitude at 5.9",
      stance="estimate"),
    S("The U.S. Geological Survey", "U.S. Geological Survey", None, "organisation", ("said", "and said the quake"),
      "the quake struck at a depth of 10 km"),
    S("Seismologists", None, None, "group", "warned of", "strong aftershocks in the coming days", stance="warn"),
])

# 26 war, broadsheet (Myanmar)
R("b2a-26", "2026-05-31", P(
    "Myanmar’s military government says it has retaken a key border town from an alliance of ethnic armed groups, a claim the rebels swiftly dismissed.",
    "In a broadcast on Saturday evening, state television said troops had “fully restored stability” in Myawaddy and that 120 rebel fighters had surrendered.",
    "Karen National Union spokesman Saw Htoo Lay said the claim was “fantasy” and that its fighters still controlled the approaches to the Friendship Bridge. He accused the junta of staging the surrender for the cameras.",
    "Thai officials across the border said the town had been quiet for two days. The International Committee of the Red Cross is believed by aid workers in Mae Sot to be negotiating access for medical teams.",
), [
    S("Myanmar’s military government", "Government of Myanmar", None, "country", "says",
      "it has retaken a key border town from an alliance of ethnic armed groups"),
    S("the rebels", None, None, "group", "swiftly dismissed", ("a claim", "a claim the rebels"), stance="deny"),
    S("state television", "Myanmar state television", None, "organisation", ("said", "television said"),
      "troops had “fully restored stability” in Myawaddy and that 120 rebel fighters had surrendered",
      kind="mixed", venue="In a broadcast"),
    S("Karen National Union spokesman Saw Htoo Lay", "Saw Htoo Lay", "Karen National Union spokesman", "person",
      ("said", "Lay said"),
      "the claim was “fantasy” and that its fighters still controlled the approaches to the Friendship Bridge"),
    S("He", "Saw Htoo Lay", None, "person", "accused", "the junta of staging the surrender for the cameras",
      stance="accuse"),
    S("Thai officials across the border", None, None, "group", ("said", "border said"),
      "the town had been quiet for two days"),
    S("aid workers in Mae Sot", None, None, "group", "is believed", "be negotiating access for medical teams",
      stance="believe"),
])

# 27 business/markets, Title Case headline
R("b2a-27", "2026-11-04", P(
    "Bank of England Seen Holding Rates as Inflation Sticks",
    "The Bank of England is widely expected to keep interest rates at 4.75 percent on Thursday, and all 42 economists polled by Northgate Wire said a cut would not come before February.",
    "Two of the nine members of the Monetary Policy Committee have argued in recent speeches that rates are too high. Markets price a roughly one-in-five chance that a third will join them.",
    "“The services data has not moved the way they need it to,” said Hannah Pryce, chief UK economist at Larkfield Bank. “I would be surprised to see more than two votes for a cut.”",
    "Business groups are urging the Bank to act. The British Chambers of Commerce said its members were “crying out” for relief on borrowing costs.",
), [
    S("all 42 economists polled by Northgate Wire", None, None, "group", ("said", "Wire said"),
      "a cut would not come before February"),
    S("Two of the nine members of the Monetary Policy Committee", None, None, "group", "have argued",
      "rates are too high", stance="claim", venue="in recent speeches"),
    S("Hannah Pryce", "Hannah Pryce", "chief UK economist at Larkfield Bank", "person", ("said", "said Hannah"),
      "The services data has not moved the way they need it to", kind="direct"),
    S("Hannah Pryce", "Hannah Pryce", "chief UK economist at Larkfield Bank", "person", ("said", "said Hannah"),
      "I would be surprised to see more than two votes for a cut.", kind="direct"),
    S("Business groups", None, None, "group", "are urging", "the Bank to act", stance="urge"),
    S("The British Chambers of Commerce", "British Chambers of Commerce", None, "organisation",
      ("said", "Commerce said"), "its members were “crying out” for relief on borrowing costs", kind="mixed"),
])

# 28 diplomacy, wire (Sahel)
R("b2a-28", "2026-07-17", P(
    "Niger gives EU envoy 72 hours to leave",
    "NIAMEY — Niger’s ruling military council has given the European Union’s ambassador 72 hours to leave the country, state broadcaster Télé Sahel reported on Thursday. The council accused the envoy of “repeated interference in internal affairs” but did not say what it consisted of.",
    "A government source told Northgate Wire the decision followed the envoy’s meeting last week with opposition figures.",
    "The EU’s foreign affairs spokesperson said the bloc “regrets” the decision and was assessing its options. Brussels has previously criticised the junta’s detention of the ousted president, calling it arbitrary. Regional analysts expect relations to deteriorate further.",
), [
    S("state broadcaster Télé Sahel", "Télé Sahel", "state broadcaster", "organisation", "reported",
      "Niger’s ruling military council has given the European Union’s ambassador 72 hours to leave the country",
      stance="report"),
    S("The council", "ruling military council", None, "organisation", "accused",
      "the envoy of “repeated interference in internal affairs”", kind="mixed", stance="accuse"),
    S("The council", "ruling military council", None, "organisation", "did not say", "what it consisted of",
      neg=True),
    S("A government source", None, "government source", "person", "told",
      "the decision followed the envoy’s meeting last week with opposition figures", addr="Northgate Wire"),
    S("The EU’s foreign affairs spokesperson", None, "EU’s foreign affairs spokesperson", "person",
      ("said", "spokesperson said"), "the bloc “regrets” the decision and was assessing its options", kind="mixed"),
    S("Brussels", "European Union", None, "organisation", "has previously criticised",
      "the junta’s detention of the ousted president", stance="accuse"),
    S("Brussels", "European Union", None, "organisation", "calling", "it arbitrary"),
    S("Regional analysts", None, None, "group", "expect", "relations to deteriorate further", stance="expect"),
])

# 29 health, wire (outbreak)
R("b2a-29", "2026-09-29", P(
    "Health officials in Uganda have confirmed 11 cases of Sudan ebolavirus in Mubende district, including three deaths, the World Health Organization said on Monday.",
    "The WHO said it was sending 20 epidemiologists to the area and that vaccine candidates could be shipped within a fortnight if the government requests them.",
    "Health ministry spokeswoman Grace Nakato urged residents to avoid unnecessary travel and said schools in the district would stay open for now.",
    "Local leaders fear the true number of cases is higher. “People are hiding their sick relatives because they are afraid of the isolation centres,” said Mubende district councillor Peter Ssali.",
), [
    S("the World Health Organization", "World Health Organization", None, "organisation", ("said", "Organization said"),
      "Health officials in Uganda have confirmed 11 cases of Sudan ebolavirus in Mubende district, including three deaths",
      key="who"),
    S("Health officials in Uganda", None, None, "group", "have confirmed",
      "11 cases of Sudan ebolavirus in Mubende district, including three deaths", stance="confirm", parent="who"),
    S("The WHO", "World Health Organization", None, "organisation", ("said", "WHO said"),
      "it was sending 20 epidemiologists to the area and that vaccine candidates could be shipped within a fortnight if the government requests them",
      cond=True),
    S("Health ministry spokeswoman Grace Nakato", "Grace Nakato", "Health ministry spokeswoman", "person", "urged",
      "residents to avoid unnecessary travel", stance="urge"),
    S("Health ministry spokeswoman Grace Nakato", "Grace Nakato", "Health ministry spokeswoman", "person",
      ("said", "and said schools"), "schools in the district would stay open for now"),
    S("Local leaders", None, None, "group", "fear", "the true number of cases is higher", stance="fear"),
    S("Mubende district councillor Peter Ssali", "Peter Ssali", "Mubende district councillor", "person",
      ("said", "said Mubende"),
      "People are hiding their sick relatives because they are afraid of the isolation centres", kind="direct"),
])

# 30 war, analysis, Title Case headline
R("b2a-30", "2026-01-21", P(
    "Europe’s Shell Shortfall Is Not Closing Fast Enough, Officials Warn",
    "The European Union will deliver only about half of the two million artillery shells it promised Ukraine by March, according to internal estimates seen by this newspaper.",
    "EU defence officials describe the gap as “embarrassing but fixable”. Production, one of them noted, would double next year as new lines in Germany and Spain come online.",
    "As the Estonian defence official Kaarel Tamm noted in a speech last week, Russia is firing roughly three times as many shells as Ukraine.",
    "Ukrainian commanders have long complained of rationing. “We count every round,” an artillery officer near Pokrovsk told us by phone. “Every single one.”",
), [
    S("Officials", None, None, "group", "Warn", "Europe’s Shell Shortfall Is Not Closing Fast Enough", stance="warn"),
    S("internal estimates seen by this newspaper", "EU internal estimates", None, "document", "according to",
      "The European Union will deliver only about half of the two million artillery shells it promised Ukraine by March",
      kind="according_to", key="est"),
    S(("it", "it promised"), "European Union", None, "organisation", "promised",
      "the two million artillery shells", stance="promise", addr=("Ukraine", "promised Ukraine"), parent="est"),
    S("EU defence officials", None, None, "group", "describe", "the gap as “embarrassing but fixable”"),
    S("one of them", None, None, "person", ("noted", "one of them noted"),
      "Production, one of them noted, would double next year as new lines in Germany and Spain come online"),
    S("Estonian defence official Kaarel Tamm", "Kaarel Tamm", "Estonian defence official", "person",
      ("noted", "Tamm noted"), "Russia is firing roughly three times as many shells as Ukraine",
      venue="in a speech"),
    S("Ukrainian commanders", None, None, "group", "have long complained of", "rationing"),
    S("an artillery officer near Pokrovsk", None, "artillery officer near Pokrovsk", "person", "told",
      "We count every round", kind="direct", venue="by phone", addr=("us", "told us")),
    S("an artillery officer near Pokrovsk", None, "artillery officer near Pokrovsk", "person", "told",
      "Every single one.", kind="direct", venue="by phone", addr=("us", "told us")),
])

# 31 politics, Q&A style (Australia)
R("b2a-31", "2026-06-08", P(
    "CANBERRA — Independent MP Sophie Carrick says she will not support the government’s nuclear waste bill unless traditional owners in South Australia are given a veto over the site.",
    "In an interview with ABC Radio on Monday, Carrick said the bill in its current form was “a consultation in name only.”",
    "Asked whether she had discussed her concerns with the resources minister, she said: “Twice. I got a polite letter back.”",
    "The minister’s office said the government was confident the bill would pass and had “always listened to affected communities.”",
), [
    S("Independent MP Sophie Carrick", "Sophie Carrick", "Independent MP", "person", "says",
      "she will not support the government’s nuclear waste bill unless traditional owners in South Australia are given a veto over the site",
      cond=True, key="sc"),
    S(("she", "she will not"), "Sophie Carrick", None, "person", "will not support",
      "the government’s nuclear waste bill", stance="agree", neg=True, cond=True, parent="sc"),
    S(("Carrick", "Carrick said"), "Sophie Carrick", None, "person", ("said", "Carrick said"),
      "the bill in its current form was “a consultation in name only.”", kind="mixed",
      venue="In an interview with ABC Radio"),
    S(("she", "she said"), "Sophie Carrick", None, "person", ("said", "she said"),
      "Twice. I got a polite letter back.", kind="direct"),
    S("The minister’s office", "office of the resources minister", None, "organisation", ("said", "office said"),
      "the government was confident the bill would pass and had “always listened to affected communities.”",
      kind="mixed", key="mo"),
    S(("the government", "the government was"), "Government of Australia", None, "country", "was confident",
      "the bill would pass", stance="believe", parent="mo"),
])

# 32 disaster, live blog
R("b2a-32", "2026-10-11", P(
    "Live updates: Wildfire near Boulder forces 12,000 to evacuate",
    "6:45 p.m. — Boulder County Sheriff Dana Keller said at an evening briefing that the Marshall Ridge fire had burned about 3,400 acres and destroyed at least 60 homes. “That number will go up,” she said. “I want to be honest with you about that.”",
    "7:20 p.m. — The utility Front Range Power said it had cut electricity to 9,000 customers as a precaution. It denied that its equipment started the fire.",
    "7:52 p.m. — A spokesman for the governor said a state emergency declaration was “likely tonight.”",
    "8:10 p.m. — Forecasters expect wind gusts to ease after midnight.",
), [
    S("Boulder County Sheriff Dana Keller", "Dana Keller", "Boulder County Sheriff", "person", ("said", "Keller said"),
      "the Marshall Ridge fire had burned about 3,400 acres and destroyed at least 60 homes",
      venue="at an evening briefing"),
    S(("she", "she said"), "Dana Keller", None, "person", ("said", "she said"), "That number will go up",
      kind="direct"),
    S(("she", "she said"), "Dana Keller", None, "person", ("said", "she said"),
      "I want to be honest with you about that.", kind="direct"),
    S("utility Front Range Power", "Front Range Power", "utility", "organisation", ("said", "Power said"),
      "it had cut electricity to 9,000 customers as a precaution"),
    S("It", "Front Range Power", None, "organisation", "denied", "its equipment started the fire", stance="deny"),
    S("A spokesman for the governor", None, "spokesman for the governor", "person", ("said", "governor said"),
      "a state emergency declaration was “likely tonight.”"),
    S("Forecasters", None, None, "group", "expect", "wind gusts to ease after midnight", stance="expect"),
])

# 33 war/diplomacy, wire (Gaza aid)
R("b2a-33", "2026-09-05", P(
    "UN says aid trucks entering Gaza fell to lowest level in months",
    "GENEVA — The number of aid trucks entering Gaza fell to an average of 54 a day in August, the lowest since March, the UN’s humanitarian office said on Friday.",
    "COGAT, the Israeli military body that oversees crossings, disputed the figure. It said 220 trucks a day had been “made available” for collection at the Kerem Shalom crossing and that UN agencies had failed to pick them up.",
    "UN spokesperson Carla Moretti called that claim “misleading”, saying drivers could not reach the crossing safely because of looting and Israeli strikes near the route.",
    "Israel’s Foreign Ministry has accused UN agencies of bias, a charge they reject.",
), [
    S(("UN", "UN says"), "United Nations", None, "organisation", "says",
      "aid trucks entering Gaza fell to lowest level in months"),
    S("the UN’s humanitarian office", "UN humanitarian office", None, "organisation", ("said", "office said"),
      "The number of aid trucks entering Gaza fell to an average of 54 a day in August, the lowest since March"),
    S("COGAT", "COGAT", "the Israeli military body that oversees crossings", "organisation", "disputed",
      "the figure", stance="deny"),
    S("It", "COGAT", None, "organisation", ("said", "It said"),
      "220 trucks a day had been “made available” for collection at the Kerem Shalom crossing and that UN agencies had failed to pick them up",
      kind="mixed"),
    S("UN spokesperson Carla Moretti", "Carla Moretti", "UN spokesperson", "person", "called",
      "that claim “misleading”"),
    S("UN spokesperson Carla Moretti", "Carla Moretti", "UN spokesperson", "person", "saying",
      "drivers could not reach the crossing safely because of looting and Israeli strikes near the route"),
    S("Israel’s Foreign Ministry", "Foreign Ministry", None, "organisation", "has accused", "UN agencies of bias",
      stance="accuse"),
    S("they", "UN agencies", None, "group", "reject", "a charge", stance="deny"),
])

# 34 business/tech regulator, Title Case headline
R("b2a-34", "2026-04-22", P(
    "Regulator Fines Video App Loopa £12m Over Children’s Data",
    "Britain’s data watchdog has fined the video-sharing app Loopa £12 million for processing the personal data of about 1.4 million children under 13 without parental consent.",
    "The Information Commissioner’s Office said Loopa had “done very little, if anything” to check who was using its platform. Internal emails obtained by the regulator show staff raised concerns about underage users as early as 2020, it said.",
    "Loopa said it disagreed with the decision and was considering an appeal. “We have invested heavily in age assurance since these events,” a company spokesperson said.",
    "Child safety campaigners welcomed the fine but said it was small compared with the firm’s revenue.",
), [
    S("The Information Commissioner’s Office", "Information Commissioner’s Office", None, "organisation",
      ("said", "Office said"), "Loopa had “done very little, if anything” to check who was using its platform",
      kind="mixed"),
    S(("it", "it said."), "Information Commissioner’s Office", None, "organisation", ("said", "it said."),
      "Internal emails obtained by the regulator show staff raised concerns about underage users as early as 2020",
      key="ico"),
    S("Internal emails obtained by the regulator", "Loopa internal emails", None, "document", "show",
      "staff raised concerns about underage users as early as 2020", stance="report", parent="ico", key="em"),
    S("staff", "Loopa staff", None, "group", "raised concerns about", "underage users", stance="fear", parent="em"),
    S(("Loopa", "Loopa said"), "Loopa", None, "organisation", ("said", "Loopa said"),
      "it disagreed with the decision and was considering an appeal", key="lp"),
    S(("it", "it disagreed"), "Loopa", None, "organisation", "disagreed with", "the decision", stance="oppose",
      parent="lp"),
    S("a company spokesperson", None, "company spokesperson", "person", ("said", "spokesperson said"),
      "We have invested heavily in age assurance since these events", kind="direct"),
    S("Child safety campaigners", None, None, "group", "welcomed", "the fine", stance="agree"),
    S("Child safety campaigners", None, None, "group", ("said", "but said"),
      "it was small compared with the firm’s revenue"),
])

# 35 sport, doping
R("b2a-35", "2026-07-28", P(
    "Cyclist Banned for Four Years After Positive Test",
    "Belgian rider Jonas Verlinden has been banned for four years after testing positive for EPO, the International Cycling Union said on Tuesday.",
    "The UCI said a sample taken at the Tour of Flanders in April contained the banned blood booster and that Verlinden had waived his right to have a second sample tested.",
    "Verlinden, 27, has denied knowingly taking any prohibited substance. Lawyer Sarah Maes said her client would take the case to the Court of Arbitration for Sport “to clear his name.” Ardennes-Pro, his team, declined to comment.",
    "Teammates are said by the team’s former doctor to have been warned repeatedly about supplements bought online.",
), [
    S("the International Cycling Union", "International Cycling Union", None, "organisation", ("said", "Union said"),
      "Belgian rider Jonas Verlinden has been banned for four years after testing positive for EPO"),
    S("The UCI", "International Cycling Union", None, "organisation", ("said", "UCI said"),
      "a sample taken at the Tour of Flanders in April contained the banned blood booster and that Verlinden had waived his right to have a second sample tested"),
    S(("Verlinden", "Verlinden, 27"), "Jonas Verlinden", None, "person", "has denied",
      "knowingly taking any prohibited substance", stance="deny"),
    S("Lawyer Sarah Maes", "Sarah Maes", "Lawyer", "person", ("said", "Maes said"),
      "her client would take the case to the Court of Arbitration for Sport “to clear his name.”", kind="mixed"),
    S("Ardennes-Pro", "Ardennes-Pro", "his team", "organisation", "declined to comment",
      ("comment", "declined to comment"), neg=True),
    S("the team’s former doctor", None, "team’s former doctor", "person", "are said",
      "have been warned repeatedly about supplements bought online"),
])

# 36 war/shipping, wire (Red Sea)
R("b2a-36", "2026-05-18", P(
    "LONDON — Shipping insurers have raised war-risk premiums for Red Sea voyages for the third time this year, brokers said, amid fears among shipowners that Houthi attacks on merchant vessels will resume.",
    "The Houthis’ claims that they had struck two Greek-owned tankers last week were rejected by the ships’ managers, who said neither vessel had been hit. The British maritime agency UKMTO reported an explosion “in the vicinity” of one of the ships but no damage.",
    "“Underwriters are pricing in the worst case,” said Marcus Hale of the broker Cleeve & Dunn. He estimated premiums at 0.7 percent of a ship’s value, up from 0.5 percent in June.",
), [
    S("brokers", None, None, "group", ("said", "brokers said"),
      "Shipping insurers have raised war-risk premiums for Red Sea voyages for the third time this year"),
    S("shipowners", None, None, "group", "fears", "Houthi attacks on merchant vessels will resume", stance="fear"),
    S("the ships’ managers", None, None, "group", "were rejected",
      "The Houthis’ claims that they had struck two Greek-owned tankers last week", stance="deny", key="mgr"),
    S("The Houthis", "Houthis", None, "group", "claims", "they had struck two Greek-owned tankers last week",
      stance="claim", parent="mgr"),
    S("who", None, None, "group", ("said", "who said"), "neither vessel had been hit"),
    S("British maritime agency UKMTO", "UKMTO", "British maritime agency", "organisation", "reported",
      "an explosion “in the vicinity” of one of the ships but no damage", stance="report"),
    S("Marcus Hale", "Marcus Hale", "of the broker Cleeve & Dunn", "person", ("said", "said Marcus"),
      "Underwriters are pricing in the worst case", kind="direct"),
    S("He", "Marcus Hale", None, "person", "estimated", "premiums at 0.7 percent of a ship’s value, up from 0.5 percent in June",
      stance="estimate"),
])


# ---------------------------------------------------------------------------------------------
DEMONSTRATIVE_THAT = ("that claim",)  # "called that claim “misleading”": a determiner, not a complementizer
OPEN_Q = "“‘\""
CLOSE_Q = "”’\""


def _quote_words(content: str):
    for m in re.finditer(r"“([^”]*)”", content):
        yield len(m.group(1).split())


def build_row(rep: dict) -> dict:
    text, rid = rep["text"], rep["id"]
    items = []
    for i, s in enumerate(rep["st"]):
        where = f"{rid}#{i}"
        sp = locate(text, s["sp"], where + " speaker")
        sp.update(name=s["name"], role=s["role"], type=s["typ"])
        cue = locate(text, s["cue"], where + " cue")
        ct = locate(text, s["content"], where + " content")
        opt = {k: (locate(text, s[k], f"{where} {k}") if s[k] is not None else None) for k in ("cs", "venue", "addr")}
        assert s["kind"] in KINDS and s["stance"] in STANCES and s["typ"] in TYPES, where
        c = ct["text"]
        if s["kind"] != "direct" and not c.startswith(DEMONSTRATIVE_THAT):
            assert not re.match(r"(?i)that\b", c), (where, "content starts with the complementizer that")
        assert not c.endswith(","), (where, "trailing comma")
        if s["kind"] == "direct":
            assert text[ct["start"] - 1] in OPEN_Q or s.get("broken"), (where, "direct content not after a quote mark")
            assert text[ct["end"]] in CLOSE_Q + ",", (where, "direct content not before a quote mark")
        if c.endswith("."):
            # kept only inside quote marks (an abbreviation's point before ',”' is part of the word)
            assert text[ct["end"]] in CLOSE_Q or text[ct["end"]:ct["end"] + 2] in (",”", ",’"), (
                where, "final period outside quote marks")
        if s["kind"] == "indirect":
            assert all(n < 4 for n in _quote_words(c)), (where, "4+ word quotation: should be mixed")
        if s["kind"] == "according_to":
            assert cue["text"].lower() == "according to", where
        items.append(dict(key=s["key"], parent_key=s["parent"], st={
            "speaker": sp, "cue": cue, "content": ct, "kind": s["kind"], "stance": s["stance"],
            "conditional": s["cond"], "negated": s["neg"], "cited_source": opt["cs"], "venue": opt["venue"],
            "addressee": opt["addr"], "parent": None}))
    # text order by content start; a parent before its nested statements on ties
    order = sorted(range(len(items)), key=lambda j: (items[j]["st"]["content"]["start"], -items[j]["st"]["content"]["end"], j))
    assert order == list(range(len(items))), (rid, "statements not written in text order", order)
    keys = {it["key"]: j for j, it in enumerate(items) if it["key"]}
    for j, it in enumerate(items):
        if it["parent_key"] is not None:
            pj = keys[it["parent_key"]]
            assert pj < j, (rid, j, "nested before parent")
            pc, st = items[pj]["st"]["content"], it["st"]
            lo = min(st["speaker"]["start"], st["cue"]["start"], st["content"]["start"])
            hi = max(st["speaker"]["end"], st["cue"]["end"], st["content"]["end"])
            assert pc["start"] <= lo and hi <= pc["end"], (rid, j, "nested statement not inside parent content")
            it["st"]["parent"] = pj
    return {"id": rid, "text": text, "published": rep["published"], "split": "blind2",
            "statements": [it["st"] for it in items]}


def main() -> None:
    ids = [r["id"] for r in REPORTS]
    assert len(ids) == len(set(ids))
    rows, errors = [], []
    for r in REPORTS:
        try:
            rows.append(build_row(r))
        except AssertionError as e:
            errors.append(str(e))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attribution.jsonl")
    write_jsonl(out, rows)

    def span_keys(row):
        for s in row["statements"]:
            for k in ("speaker", "cue", "content", "cited_source", "venue", "addressee"):
                if s[k] is not None:
                    yield s[k]

    n = reread_check(out, span_keys, split="blind2")
    n_st = sum(len(r["statements"]) for r in rows)
    print(f"wrote {out}: {len(rows)} reports, {n_st} statements, {n} spans re-checked")
    if "-v" in sys.argv:
        from collections import Counter
        print("kinds", Counter(s["kind"] for r in rows for s in r["statements"]))
        print("stances", Counter(s["stance"] for r in rows for s in r["statements"]))
        print("negated", sum(s["negated"] for r in rows for s in r["statements"]),
              "conditional", sum(s["conditional"] for r in rows for s in r["statements"]),
              "nested", sum(s["parent"] is not None for r in rows for s in r["statements"]))


if __name__ == "__main__":
    main()
