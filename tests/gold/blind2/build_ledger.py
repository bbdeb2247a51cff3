"""Build tests/gold/ledger/blind2/{verdict,layoffs,souk}/{reports.jsonl,gold.json}: a second BLIND
set of multi-report stories for `claimledger eval ledger`.

usage: python3.11 tests/gold/blind2/build_ledger.py   (rewrites the three story folders)

Every report is invented newswire written on 2026-12-04 by an independent writer (gold-a) who had
not seen the extractor's rules or the team's gold texts. Firms, people, outlets, figures and
quotations are made up; outlets live on invented `.test` domains (one domain per outlet). Real
places appear as in any news report. Format: tests/gold/ledger/README.md. Conventions chosen where
the format leaves room: tests/gold/blind2/README.md ("## Ledger").

The script checks: every `content_has` occurs exactly once in its report (title + text); every
report and outlet named exists; `first_reported` is the report of the claim's origin statement;
`origins` (distinct speakers of `origin`/`corroborates` statements) and `outlets` (distinct outlets
of all the claim's statements) are COMPUTED here, not typed; each timeline point's figure string
occurs in every report listed for it, and its `date` is the earliest publication date among them.
Never tune on this set.
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "ledger", "blind2")

OUTLETS = {
    "Northgate Wire": "https://northgatewire.test",
    "Houston Courier": "https://houstoncourier.test",
    "Gulf Coast Times": "https://gulfcoasttimes.test",
    "Capital Ledger": "https://capitalledger.test",
    "Bayou Gazette": "https://bayougazette.test",
    "Docket Review": "https://docketreview.test",
    "Harbor Financial News": "https://harborfn.test",
    "Rhein Post": "https://rheinpost.test",
    "Portugal Business Post": "https://ptbusinesspost.test",
    "Telecom Notes": "https://telecomnotes.test",
    "Nile Dispatch": "https://niledispatch.test",
    "Horn Observer": "https://hornobserver.test",
    "Sahel & Savanna Review": "https://sahelreview.test",
    "Geneva Briefing": "https://genevabriefing.test",
}


def P(*paras: str) -> str:
    return "\n\n".join(paras)


def rep(rid, outlet, published, slug, title, text):
    return {"id": rid, "url": f"{OUTLETS[outlet]}/{slug}", "outlet": outlet, "published": published,
            "title": title, "text": text}


def st(report, speaker, content_has, relation):
    return {"report": report, "speaker": speaker, "content_has": content_has, "relation": relation}


def claim(cid, label, kind, status, statements):
    return {"id": cid, "label": label, "kind": kind, "status": status, "statements": statements}


def point(value=None, low=None, high=None, bound=None, speaker=None, status=None, reports=(), fig=None):
    d = {"date": None}
    if value is not None:
        d["value"] = value
    else:
        d["low"], d["high"] = low, high
    d.update(bound=bound, speaker=speaker, status=status, reports=list(reports))
    d["_fig"] = fig  # figure strings that must occur in every listed report (checked, not written)
    return d


STORIES = []

# =============================================================================================
# 1. verdict: a jury award against a chemical company, copied by several outlets, misattributed
#    once, then cut by the judge; the company's litigation reserve is revised.
V = [
    rep("verdict-01", "Northgate Wire", "2026-03-10", "2026/03/10/gulfmark-jury-verdict",
        "Texas jury orders Gulfmark to pay $412 million over plant blast",
        P("HOUSTON, March 10 (Northgate Wire) - Gulfmark Chemical must pay $412 million to the families of four workers killed in a 2024 explosion at its Pasadena plant, a Harris County jury found on Tuesday, one of the largest verdicts of its kind in Texas.",
          "Jurors found that Gulfmark had been negligent in ignoring repeated warnings about a corroded pipe. They awarded $52 million in compensatory damages and $360 million in punitive damages, according to the verdict form.",
          "“This verdict tells every plant manager on the Ship Channel that a worker’s life is not a line in a budget,” said Dana Whitfield, a lawyer for the families.",
          "Gulfmark spokesman Rick Alvarez said the company strongly disagreed with the verdict and would appeal. “Gulfmark has never put profit before safety,” he said.",
          "Texas law generally caps punitive damages, and legal experts said the award was likely to be reduced.")),
    rep("verdict-02", "Houston Courier", "2026-03-10", "business/2026/03/10/jury-gulfmark-412-million",
        "Jury: Gulfmark owes blast victims’ families $412 million",
        P("HOUSTON (Northgate Wire) - Gulfmark Chemical must pay $412 million to the families of four workers killed in a 2024 explosion at its Pasadena plant, a Harris County jury found on Tuesday, one of the largest verdicts of its kind in Texas.",
          "Jurors found that Gulfmark had been negligent in ignoring repeated warnings about a corroded pipe. They awarded $52 million in compensatory damages and $360 million in punitive damages, according to the verdict form.",
          "“This verdict tells every plant manager on the Ship Channel that a worker’s life is not a line in a budget,” said Dana Whitfield, a lawyer for the families.",
          "Gulfmark spokesman Rick Alvarez said the company strongly disagreed with the verdict and would appeal.")),
    rep("verdict-03", "Gulf Coast Times", "2026-03-11", "news/gulfmark-verdict-pasadena-blast",
        "Gulfmark hit with $412 million verdict over deadly Pasadena explosion",
        P("Gulfmark Chemical must pay $412 million to the families of four workers killed in a 2024 explosion at its Pasadena plant, a jury in Harris County found on Tuesday.",
          "Jurors found that Gulfmark had been negligent in ignoring repeated warnings about a corroded pipe. They awarded $52 million in compensatory damages and $360 million in punitive damages, according to the verdict form.",
          "Gulfmark spokesman Rick Alvarez said the company strongly disagreed with the verdict and would appeal.",
          "(Reporting by Northgate Wire)")),
    rep("verdict-04", "Capital Ledger", "2026-03-11", "markets/2026/03/11/gulfmark-shares-verdict",
        "Gulfmark shares slide after jury verdict",
        P("Shares of Gulfmark Chemical fell 6 percent on Wednesday, a day after a Texas jury found that the company must pay $412 million over a fatal 2024 plant explosion.",
          "In a filing with securities regulators, Gulfmark said it had set aside $90 million for litigation related to the blast and that its insurance would cover “a substantial portion” of any final judgment.",
          "Analysts at Brenford Securities estimated that the award would be cut to between $100 million and $150 million once Texas caps on punitive damages were applied.",
          "The company has denied that it was negligent.")),
    rep("verdict-05", "Bayou Gazette", None, "local/widow-gulfmark-verdict",
        "Widow of blast victim: ‘Now they have to listen’",
        P("Marisol Ortega keeps her husband’s hard hat on a shelf by the front door.",
          "State District Judge Carla Ruiz said last week that Gulfmark Chemical must pay $412 million to Ortega’s family and the families of three other workers killed in the 2024 explosion.",
          "“Tomás went to work and did not come home. Now they have to listen,” Ortega said at her home in Pasadena.",
          "Dana Whitfield, the families’ lawyer, said none of them had received any money yet and that she expected Gulfmark to fight the verdict “for years.”",
          "Gulfmark did not respond to a request for comment.")),
    rep("verdict-06", "Northgate Wire", "2026-05-20", "2026/05/20/judge-cuts-gulfmark-verdict",
        "Judge cuts Gulfmark blast verdict to $137 million",
        P("HOUSTON, May 20 (Northgate Wire) - Gulfmark Chemical must pay $137 million, not the $412 million a jury awarded in March, a Texas judge ruled on Wednesday, finding that the punitive damages exceeded limits set by state law.",
          "In a written order, State District Judge Carla Ruiz said the punitive award must fall from $360 million to $85 million, while the $52 million in compensatory damages stands.",
          "The punitive award returned by the jury was “grossly excessive” under Texas law, Ruiz wrote, though she said the evidence of Gulfmark’s negligence had been “substantial.”",
          "Dana Whitfield, a lawyer for the families, said they would ask an appeals court to restore the full verdict. Gulfmark said in a statement that it would still appeal, arguing that the jury had been “inflamed by emotion rather than evidence.”")),
    rep("verdict-07", "Houston Courier", "2026-05-20", "business/2026/05/20/gulfmark-award-reduced",
        "Gulfmark award slashed to $137 million",
        P("HOUSTON (Northgate Wire) - Gulfmark Chemical must pay $137 million, not the $412 million a jury awarded in March, a Texas judge ruled on Wednesday, finding that the punitive damages exceeded limits set by state law.",
          "In a written order, State District Judge Carla Ruiz said the punitive award must fall from $360 million to $85 million, while the $52 million in compensatory damages stands.",
          "Gulfmark said in a statement that it would still appeal.")),
    rep("verdict-08", "Docket Review", "2026-05-22", "analysis/how-caps-shrank-the-gulfmark-verdict",
        "How Texas caps shrank the Gulfmark verdict",
        P("When a Harris County jury found in March that Gulfmark Chemical owed $412 million to the families of four dead workers, few lawyers expected the number to survive.",
          "It did not. Judge Carla Ruiz ruled this week that the company must pay $137 million, most of the reduction coming from the $360 million punitive award.",
          "Gulfmark’s lawyers had argued in a post-trial motion that the total should be no more than $40 million. The families’ lawyers had asked Ruiz to leave the verdict untouched.",
          "Professor Leah Marchetti of the University of Houston said caps of this kind cut most large punitive awards in the state by two-thirds or more.")),
    rep("verdict-09", "Capital Ledger", "2026-05-21", "markets/2026/05/21/gulfmark-reserve",
        "Gulfmark raises litigation reserve after ruling",
        P("Gulfmark Chemical shares rose 4 percent on Thursday after a judge cut the damages the company owes over a 2024 plant explosion to $137 million.",
          "The company said it had raised its litigation reserve to $140 million from $90 million to cover the judgment and interest while it appeals.",
          "Brenford Securities, which had estimated in March that the award would be cut to between $100 million and $150 million, said the ruling was “in line with our expectations.”")),
]

V_GOLD = {
    "story": "verdict",
    "about": "A Texas jury awards $412 million against (invented) Gulfmark Chemical over a 2024 blast; wire copies, a local misattribution to the judge, the judge's cut to $137 million, and the company's reserve revised from $90 million to $140 million.",
    "claims": [
        claim("C1", "Gulfmark must pay $412 million to the victims' families (jury verdict)", "quantity", "confirmed", [
            st("verdict-01", "Harris County jury", "Gulfmark Chemical must pay $412 million", "origin"),
            st("verdict-02", "Harris County jury", "Gulfmark Chemical must pay $412 million", "repeats"),
            st("verdict-03", "Harris County jury", "Gulfmark Chemical must pay $412 million", "repeats"),
            st("verdict-04", "Harris County jury", "the company must pay $412 million", "repeats"),
            st("verdict-05", "Carla Ruiz", "Gulfmark Chemical must pay $412 million", "misattributes"),
            st("verdict-08", "Harris County jury", "Gulfmark Chemical owed $412 million", "repeats"),
        ]),
        claim("C2", "Gulfmark was negligent in ignoring warnings about a corroded pipe", "statement", "contested", [
            st("verdict-01", "Harris County jury", "Gulfmark had been negligent in ignoring repeated warnings", "origin"),
            st("verdict-02", "Harris County jury", "Gulfmark had been negligent in ignoring repeated warnings", "repeats"),
            st("verdict-03", "Harris County jury", "Gulfmark had been negligent in ignoring repeated warnings", "repeats"),
            st("verdict-04", "Gulfmark Chemical", "it was negligent", "contradicts"),
            st("verdict-06", "Carla Ruiz", "the evidence of Gulfmark’s negligence had been", "corroborates"),
        ]),
        claim("C3", "The jury awarded $360 million in punitive damages", "quantity", "confirmed", [
            st("verdict-01", "Gulfmark verdict form", "$360 million in punitive damages", "origin"),
            st("verdict-02", "Gulfmark verdict form", "$360 million in punitive damages", "repeats"),
            st("verdict-03", "Gulfmark verdict form", "$360 million in punitive damages", "repeats"),
        ]),
        claim("C4", "The verdict tells plant managers a worker's life is not a line in a budget", "statement", "claimed", [
            st("verdict-01", "Dana Whitfield", "a worker’s life is not a line in a budget", "origin"),
            st("verdict-02", "Dana Whitfield", "a worker’s life is not a line in a budget", "repeats"),
        ]),
        claim("C5", "Gulfmark disagrees with the verdict and will appeal it", "statement", "claimed", [
            st("verdict-01", "Rick Alvarez", "the company strongly disagreed with the verdict and would appeal", "origin"),
            st("verdict-02", "Rick Alvarez", "the company strongly disagreed with the verdict and would appeal", "repeats"),
            st("verdict-03", "Rick Alvarez", "the company strongly disagreed with the verdict and would appeal", "repeats"),
        ]),
        claim("C6", "Gulfmark set aside $90 million for blast litigation", "quantity", "confirmed", [
            st("verdict-04", "Gulfmark Chemical", "it had set aside $90 million for litigation", "origin"),
        ]),
        claim("C7", "The award will be cut to $100-150 million under Texas caps", "quantity", "claimed", [
            st("verdict-04", "Brenford Securities", "between $100 million and $150 million", "origin"),
            st("verdict-09", "Brenford Securities", "between $100 million and $150 million", "repeats"),
        ]),
        claim("C8", "Gulfmark will fight the verdict for years", "statement", "claimed", [
            st("verdict-05", "Dana Whitfield", "she expected Gulfmark to fight the verdict", "origin"),
        ]),
        claim("C9", "The judge reduced the total Gulfmark must pay to $137 million", "quantity", "confirmed", [
            st("verdict-06", "Carla Ruiz", "Gulfmark Chemical must pay $137 million", "origin"),
            st("verdict-07", "Carla Ruiz", "Gulfmark Chemical must pay $137 million", "repeats"),
            st("verdict-08", "Carla Ruiz", "the company must pay $137 million", "repeats"),
        ]),
        claim("C10", "The judge cut the punitive award from $360 million to $85 million", "quantity", "confirmed", [
            st("verdict-06", "Carla Ruiz", "the punitive award must fall from $360 million to $85 million", "origin"),
            st("verdict-07", "Carla Ruiz", "the punitive award must fall from $360 million to $85 million", "repeats"),
        ]),
        claim("C11", "The jury's punitive award was grossly excessive under Texas law", "statement", "claimed", [
            st("verdict-06", "Carla Ruiz", "The punitive award returned by the jury was “grossly excessive” under Texas law", "origin"),
        ]),
        claim("C12", "The families will ask an appeals court to restore the full verdict", "statement", "claimed", [
            st("verdict-06", "Dana Whitfield", "they would ask an appeals court to restore the full verdict", "origin"),
        ]),
        claim("C13", "Gulfmark will still appeal the reduced judgment", "statement", "claimed", [
            st("verdict-06", "Gulfmark Chemical", "it would still appeal", "origin"),
            st("verdict-07", "Gulfmark Chemical", "it would still appeal", "repeats"),
        ]),
        claim("C14", "The total should be no more than $40 million (Gulfmark's lawyers)", "quantity", "claimed", [
            st("verdict-08", "Gulfmark Chemical lawyers", "the total should be no more than $40 million", "origin"),
        ]),
        claim("C15", "Gulfmark raised its litigation reserve to $140 million", "quantity", "confirmed", [
            st("verdict-09", "Gulfmark Chemical", "it had raised its litigation reserve to $140 million", "origin"),
        ]),
    ],
    "claim_relations": [
        {"type": "revises", "from": "C9", "to": "C1"},
        {"type": "revises", "from": "C10", "to": "C3"},
        {"type": "revises", "from": "C15", "to": "C6"},
        {"type": "contradicts", "from": "C14", "to": "C1"},
    ],
    "timelines": [
        {"query": "Gulfmark damages", "counted": "total damages Gulfmark Chemical must pay the families",
         "points": [
             point(412_000_000, speaker="Harris County jury", status="confirmed", fig=["$412 million"],
                   reports=["verdict-01", "verdict-02", "verdict-03", "verdict-04", "verdict-05", "verdict-06",
                            "verdict-07", "verdict-08"]),
             point(low=100_000_000, high=150_000_000, speaker="Brenford Securities", status="estimated",
                   fig=["between $100 million and $150 million"], reports=["verdict-04", "verdict-09"]),
             point(137_000_000, speaker="Carla Ruiz", status="confirmed", fig=["$137 million"],
                   reports=["verdict-06", "verdict-07", "verdict-08", "verdict-09"]),
             point(40_000_000, bound="up to", speaker="Gulfmark Chemical lawyers", status="claimed",
                   fig=["no more than $40 million"], reports=["verdict-08"]),
         ]},
        {"query": "Gulfmark punitive damages", "counted": "punitive damages in the Gulfmark verdict",
         "points": [
             point(360_000_000, speaker="Harris County jury", status="confirmed", fig=["$360 million"],
                   reports=["verdict-01", "verdict-02", "verdict-03", "verdict-06", "verdict-07", "verdict-08"]),
             point(85_000_000, speaker="Carla Ruiz", status="confirmed", fig=["$85 million"],
                   reports=["verdict-06", "verdict-07"]),
         ]},
        {"query": "Gulfmark litigation reserve", "counted": "money Gulfmark Chemical set aside for blast litigation",
         "points": [
             point(90_000_000, speaker="Gulfmark Chemical", status="confirmed", fig=["$90 million"],
                   reports=["verdict-04", "verdict-09"]),
             point(140_000_000, speaker="Gulfmark Chemical", status="confirmed", fig=["$140 million"],
                   reports=["verdict-09"]),
         ]},
    ],
}
STORIES.append((V, V_GOLD))

# =============================================================================================
# 2. layoffs: a reported job-cut figure, denied, then an official lower figure, then raised;
#    wire copies; a site-level figure contradicted by a union.
L = [
    rep("layoffs-01", "Harbor Financial News", "2026-02-02", "2026/02/02/veltra-weighs-job-cuts",
        "Veltra weighs cutting about 4,000 jobs in cost drive",
        P("Veltra Telecom is planning to cut about 4,000 jobs, or roughly 9 percent of its workforce, as part of a cost-cutting drive to be unveiled with its annual results, according to three people familiar with the plans.",
          "The cuts would fall mostly on call centres and network maintenance, two of the people said, and could be announced as early as this month.",
          "Veltra declined to comment. The company employs about 44,000 people, mainly in Germany, Poland and Portugal.",
          "Chief executive Anke Vogel has promised investors savings of €600 million a year by 2028.")),
    rep("layoffs-02", "Northgate Wire", "2026-02-02", "2026/02/02/veltra-job-cuts-report",
        "Veltra plans about 4,000 job cuts - report",
        P("FRANKFURT, Feb 2 (Northgate Wire) - Veltra Telecom plans to cut about 4,000 jobs, Harbor Financial News reported on Monday, citing people familiar with the matter.",
          "Northgate Wire could not immediately confirm the report. Veltra declined to comment.",
          "The KomTel union, which represents most of Veltra’s German staff, said it had not been informed of any plans. “If this is true, we will resist every single job cut,” union official Markus Brandl said.")),
    rep("layoffs-03", "Rhein Post", "2026-02-03", "wirtschaft/veltra-4000-stellen",
        "Report: Veltra to cut 4,000 jobs",
        P("FRANKFURT (Northgate Wire) - Veltra Telecom plans to cut about 4,000 jobs, Harbor Financial News reported on Monday, citing people familiar with the matter.",
          "Veltra declined to comment.",
          "The KomTel union, which represents most of Veltra’s German staff, said it had not been informed of any plans. “If this is true, we will resist every single job cut,” union official Markus Brandl said.")),
    rep("layoffs-04", "Northgate Wire", "2026-02-05", "2026/02/05/veltra-ceo-speculation",
        "Veltra CEO calls job-cut report ‘speculation’",
        P("BERLIN, Feb 5 (Northgate Wire) - Veltra Telecom chief executive Anke Vogel on Thursday dismissed a report that the company planned to cut 4,000 jobs, saying no decision on numbers had been taken.",
          "“The figure of 4,000 is speculation. We will present our plan on February 19, and not before,” Vogel told reporters at an industry conference in Berlin.",
          "She repeated the company’s target of €600 million in annual savings by 2028.")),
    rep("layoffs-05", "Northgate Wire", "2026-02-19", "2026/02/19/veltra-2800-job-cuts",
        "Veltra to cut 2,800 jobs, fewer than reported",
        P("FRANKFURT, Feb 19 (Northgate Wire) - Veltra Telecom said on Thursday it would cut 2,800 jobs by the end of 2027. Harbor Financial News had reported this month that Veltra planned about 4,000 cuts.",
          "Most of the cuts will come from closing four call centres, the company said in a statement. Chief executive Anke Vogel said Veltra would try to avoid compulsory redundancies.",
          "The KomTel union called the plan “a betrayal of the people who kept the network running through the pandemic.”")),
    rep("layoffs-06", "Rhein Post", "2026-02-19", "wirtschaft/veltra-2800-stellen",
        "Veltra confirms 2,800 job cuts",
        P("FRANKFURT (Northgate Wire) - Veltra Telecom said on Thursday it would cut 2,800 jobs by the end of 2027. Harbor Financial News had reported this month that Veltra planned about 4,000 cuts.",
          "Most of the cuts will come from closing four call centres, the company said in a statement.",
          "The KomTel union called the plan “a betrayal of the people who kept the network running through the pandemic.”")),
    rep("layoffs-07", "Portugal Business Post", "2026-02-20", "2026/02/20/veltra-porto-call-centre",
        "Veltra cuts to hit Porto call centre",
        P("Veltra Telecom’s restructuring will cost about 600 jobs at its call centre in Porto, the company’s Portuguese unit confirmed on Friday.",
          "Inês Costa, a workers’ representative at the centre, said about 700 people work there and that all of them would lose their jobs, including staff hired through agencies. She said workers learned of the closure “from the news, not from management.”",
          "The unit said the closure would happen in stages through 2027. Veltra announced on Thursday that it would cut 2,800 jobs across Europe.")),
    rep("layoffs-08", "Harbor Financial News", "2026-03-12", "2026/03/12/veltra-raises-job-cuts",
        "Veltra raises job cuts to 3,500 as sales slide",
        P("Veltra Telecom will cut 3,500 jobs, the company said on Thursday as it reported a 12 percent drop in fourth-quarter sales. Last month it had announced 2,800 cuts.",
          "Chief financial officer Jan Pawlak said the extra cuts would come mainly from network maintenance in Poland.",
          "Harbor Financial News first reported in February that Veltra was planning about 4,000 job cuts. The company at the time called the figure speculation.")),
    rep("layoffs-09", "Northgate Wire", "2026-03-12", "2026/03/12/veltra-results-jobs",
        "Veltra deepens job cuts after sales fall",
        P("FRANKFURT, March 12 (Northgate Wire) - Veltra Telecom said on Thursday it would cut 3,500 jobs rather than the 2,800 it had announced in February, after fourth-quarter sales fell 12 percent.",
          "The KomTel union said it would ballot members in Germany on strike action.")),
    rep("layoffs-10", "Telecom Notes", None, "posts/veltra-moving-target",
        "Veltra’s moving target",
        P("First there was the leak: about 4,000 jobs, Harbor Financial News reported in early February. Then Anke Vogel called that figure speculation. Two weeks later Veltra said it would cut 2,800. Now the company says 3,500.",
          "Petra Lind, an analyst at Nordhaven Research, expects Veltra’s job cuts to reach about 4,000 by 2028. “Every telecom restructuring I have covered has grown in the second year,” she said.")),
]

L_GOLD = {
    "story": "layoffs",
    "about": "(Invented) Veltra Telecom's job cuts: a leaked 4,000 denied by the CEO, an official 2,800, raised to 3,500; wire copies; a Porto site figure contradicted by a workers' representative.",
    "claims": [
        claim("C1", "Veltra plans to cut about 4,000 jobs", "quantity", "contested", [
            st("layoffs-01", "people familiar with Veltra’s plans", "Veltra Telecom is planning to cut about 4,000 jobs", "origin"),
            st("layoffs-02", "Harbor Financial News", "Veltra Telecom plans to cut about 4,000 jobs", "repeats"),
            st("layoffs-03", "Harbor Financial News", "Veltra Telecom plans to cut about 4,000 jobs", "repeats"),
            st("layoffs-04", "Anke Vogel", "The figure of 4,000 is speculation", "contradicts"),
            st("layoffs-05", "Harbor Financial News", "Veltra planned about 4,000 cuts", "repeats"),
            st("layoffs-06", "Harbor Financial News", "Veltra planned about 4,000 cuts", "repeats"),
            st("layoffs-08", "Harbor Financial News", "Veltra was planning about 4,000 job cuts", "repeats"),
            st("layoffs-08", "Veltra Telecom", "the figure speculation", "contradicts"),
            st("layoffs-10", "Harbor Financial News", "about 4,000 jobs", "repeats"),
            st("layoffs-10", "Anke Vogel", "that figure speculation", "contradicts"),
            st("layoffs-10", "Petra Lind", "Veltra’s job cuts to reach about 4,000 by 2028", "corroborates"),
        ]),
        claim("C2", "The cuts will fall mostly on call centres and network maintenance", "statement", "claimed", [
            st("layoffs-01", "people familiar with Veltra’s plans", "The cuts would fall mostly on call centres and network maintenance", "origin"),
        ]),
        claim("C3", "Veltra targets savings of €600 million a year by 2028", "quantity", "claimed", [
            st("layoffs-01", "Anke Vogel", "savings of €600 million a year by 2028", "origin"),
            st("layoffs-04", "Anke Vogel", "target of €600 million in annual savings by 2028", "repeats"),
        ]),
        claim("C4", "The KomTel union was not informed of any job-cut plans", "statement", "claimed", [
            st("layoffs-02", "KomTel union", "it had not been informed of any plans", "origin"),
            st("layoffs-03", "KomTel union", "it had not been informed of any plans", "repeats"),
        ]),
        claim("C5", "The union will resist every job cut", "statement", "claimed", [
            st("layoffs-02", "Markus Brandl", "we will resist every single job cut", "origin"),
            st("layoffs-03", "Markus Brandl", "we will resist every single job cut", "repeats"),
        ]),
        claim("C6", "No decision on job numbers has been taken", "statement", "claimed", [
            st("layoffs-04", "Anke Vogel", "no decision on numbers had been taken", "origin"),
        ]),
        claim("C7", "Veltra will cut 2,800 jobs by the end of 2027", "quantity", "confirmed", [
            st("layoffs-05", "Veltra Telecom", "it would cut 2,800 jobs by the end of 2027", "origin"),
            st("layoffs-06", "Veltra Telecom", "it would cut 2,800 jobs by the end of 2027", "repeats"),
            st("layoffs-07", "Veltra Telecom", "it would cut 2,800 jobs across Europe", "repeats"),
            st("layoffs-08", "Veltra Telecom", "2,800 cuts", "repeats"),
            st("layoffs-10", "Veltra Telecom", "it would cut 2,800", "repeats"),
        ]),
        claim("C8", "Most cuts will come from closing four call centres", "statement", "confirmed", [
            st("layoffs-05", "Veltra Telecom", "Most of the cuts will come from closing four call centres", "origin"),
            st("layoffs-06", "Veltra Telecom", "Most of the cuts will come from closing four call centres", "repeats"),
        ]),
        claim("C9", "Veltra will try to avoid compulsory redundancies", "statement", "claimed", [
            st("layoffs-05", "Anke Vogel", "Veltra would try to avoid compulsory redundancies", "origin"),
        ]),
        claim("C10", "The plan is a betrayal of the workers", "statement", "claimed", [
            st("layoffs-05", "KomTel union", "a betrayal of the people who kept the network running", "origin"),
            st("layoffs-06", "KomTel union", "a betrayal of the people who kept the network running", "repeats"),
        ]),
        claim("C11", "About 600 jobs will go at the Porto call centre", "quantity", "contested", [
            st("layoffs-07", "Portuguese unit of Veltra Telecom", "will cost about 600 jobs at its call centre in Porto", "origin"),
            st("layoffs-07", "Inês Costa", "about 700 people work there and that all of them would lose their jobs", "contradicts"),
        ]),
        claim("C12", "Workers learned of the closure from the news, not management", "statement", "claimed", [
            st("layoffs-07", "Inês Costa", "from the news, not from management", "origin"),
        ]),
        claim("C13", "Veltra will cut 3,500 jobs", "quantity", "confirmed", [
            st("layoffs-08", "Veltra Telecom", "Veltra Telecom will cut 3,500 jobs", "origin"),
            st("layoffs-09", "Veltra Telecom", "it would cut 3,500 jobs", "repeats"),
            st("layoffs-10", "Veltra Telecom", "3,500", "repeats"),
        ]),
        claim("C14", "The extra cuts will come mainly from network maintenance in Poland", "statement", "claimed", [
            st("layoffs-08", "Jan Pawlak", "the extra cuts would come mainly from network maintenance in Poland", "origin"),
        ]),
        claim("C15", "The KomTel union will ballot German members on strike action", "statement", "claimed", [
            st("layoffs-09", "KomTel union", "it would ballot members in Germany on strike action", "origin"),
        ]),
    ],
    "claim_relations": [
        {"type": "contradicts", "from": "C7", "to": "C1"},
        {"type": "revises", "from": "C13", "to": "C7"},
        {"type": "contradicts", "from": "C6", "to": "C1"},
    ],
    "timelines": [
        {"query": "Veltra job cuts", "counted": "jobs Veltra Telecom will cut",
         "points": [
             point(4000, bound="about", speaker="people familiar with Veltra’s plans", status="claimed", fig=["4,000"],
                   reports=["layoffs-01", "layoffs-02", "layoffs-03", "layoffs-04", "layoffs-05", "layoffs-06",
                            "layoffs-08", "layoffs-10"]),
             point(2800, speaker="Veltra Telecom", status="confirmed", fig=["2,800"],
                   reports=["layoffs-05", "layoffs-06", "layoffs-07", "layoffs-08", "layoffs-09", "layoffs-10"]),
             point(3500, speaker="Veltra Telecom", status="confirmed", fig=["3,500"],
                   reports=["layoffs-08", "layoffs-09", "layoffs-10"]),
         ]},
        {"query": "Veltra Porto jobs", "counted": "jobs lost at Veltra's Porto call centre",
         "points": [
             point(600, bound="about", speaker="Portuguese unit of Veltra Telecom", status="confirmed", fig=["600"],
                   reports=["layoffs-07"]),
             point(700, bound="about", speaker="Inês Costa", status="claimed", fig=["700"], reports=["layoffs-07"]),
         ]},
    ],
}
STORIES.append((L, L_GOLD))

# =============================================================================================
# 3. souk: a war death toll from a market strike, raised by the health ministry, contradicted by a
#    medical group, the perpetrator's denial, a UN relay, satellite corroboration, wire copies.
M = [
    rep("souk-01", "Northgate Wire", "2026-08-11", "2026/08/11/sudan-el-obeid-market-strike",
        "Drone strike on Sudan market kills at least 43, health ministry says",
        P("PORT SUDAN, Aug 11 (Northgate Wire) - A drone strike on a crowded livestock market in the city of El Obeid killed at least 43 people and wounded more than 70 on Sunday, Sudan’s health ministry said.",
          "The ministry blamed the paramilitary Rapid Support Forces for the attack. The RSF did not immediately respond to a request for comment.",
          "“The market was full because it was the day before the holiday,” said Adam Yahia, a trader who said he had lost two cousins in the strike.",
          "Northgate Wire could not independently verify the toll.")),
    rep("souk-02", "Nile Dispatch", "2026-08-11", "africa/2026/08/11/el-obeid-market-drone",
        "At least 43 killed in drone strike on El Obeid market",
        P("PORT SUDAN (Northgate Wire) - A drone strike on a crowded livestock market in the city of El Obeid killed at least 43 people and wounded more than 70 on Sunday, Sudan’s health ministry said.",
          "The ministry blamed the paramilitary Rapid Support Forces for the attack.",
          "“The market was full because it was the day before the holiday,” said Adam Yahia, a trader who said he had lost two cousins in the strike.")),
    rep("souk-03", "Horn Observer", "2026-08-11", "sudan/drone-strike-market-43-dead",
        "Sudan: 43 dead as drone hits El Obeid livestock market",
        P("A drone strike on a crowded livestock market in El Obeid killed at least 43 people and wounded more than 70 on Sunday, Sudan’s health ministry said.",
          "The ministry blamed the paramilitary Rapid Support Forces for the attack. The RSF did not immediately respond to a request for comment.",
          "(Northgate Wire)")),
    rep("souk-04", "Northgate Wire", "2026-08-12", "2026/08/12/sudan-market-toll-rises",
        "Sudan market strike toll rises to 61; RSF denies role",
        P("PORT SUDAN, Aug 12 (Northgate Wire) - The death toll from a drone strike on a market in El Obeid has risen to 61, Sudan’s health ministry said on Monday, as several of the wounded died in hospital.",
          "The Rapid Support Forces denied carrying out the attack. In a statement on Telegram, the RSF said it had no drones operating in North Kordofan on Sunday and accused the army of bombing the market itself to “manufacture a massacre.”",
          "The army, which controls El Obeid, rejected the accusation as “absurd.”",
          "The ministry had said on Sunday that at least 43 people were killed.")),
    rep("souk-05", "Horn Observer", "2026-08-12", "sudan/el-obeid-toll-61-rsf-denies",
        "El Obeid toll climbs to 61 as RSF denies strike",
        P("The death toll from a drone strike on a market in El Obeid has risen to 61, Sudan’s health ministry said on Monday, as several of the wounded died in hospital.",
          "The Rapid Support Forces denied carrying out the attack. In a statement on Telegram, the RSF said it had no drones operating in North Kordofan on Sunday and accused the army of bombing the market itself to “manufacture a massacre.”",
          "The army rejected the accusation as “absurd.”",
          "(Northgate Wire)")),
    rep("souk-06", "Sahel & Savanna Review", "2026-08-13", "2026/08/13/el-obeid-medics-count-85",
        "Medics say El Obeid market strike killed at least 85",
        P("A local medical group, the Kordofan Medics Union, said on Tuesday that at least 85 people had been killed in Sunday’s drone strike on the El Obeid livestock market, including 19 children.",
          "The group said it had compiled the names of the victims from three hospitals and from families, and accused the authorities of leaving out displaced people who were buried the same day.",
          "The health ministry, which puts the toll at 61, said its figure was “accurate and verified.”",
          "“We are not in the business of counting the dead for either side,” said Dr. Salma Osman, a spokeswoman for the union.")),
    rep("souk-07", "Geneva Briefing", "2026-08-14", "2026/08/14/ocha-sudan-market-strike",
        "UN: at least 61 killed in El Obeid strike, calls for inquiry",
        P("GENEVA - The UN humanitarian office (OCHA) said on Wednesday that at least 61 people had been killed in the strike on the El Obeid market, citing local health authorities, and called for an independent investigation.",
          "A spokeswoman for the UN human rights office, Liv Hansen, told reporters the attack on a crowded market “may amount to a war crime” and that the office was gathering information on who was responsible.")),
    rep("souk-08", "Northgate Wire", "2026-08-20", "2026/08/20/el-obeid-satellite-graves",
        "Satellite images show dozens of new graves after Sudan market strike",
        P("PORT SUDAN, Aug 20 (Northgate Wire) - Satellite images analysed by the Horn Imagery Lab show about 40 fresh graves in a cemetery near the El Obeid livestock market, the research group said on Thursday.",
          "The lab said fragments photographed at the market matched a type of long-range drone that the Rapid Support Forces have used in previous attacks.",
          "RSF adviser Ibrahim Mukhtar again denied that the group had carried out the strike. “These fragments could belong to anyone,” he said.",
          "Sudan’s health ministry said on Wednesday the final toll was 64, after three more of the wounded died. A local medical group has put the number of dead at 85 or more.")),
    rep("souk-09", "Nile Dispatch", "2026-08-20", "africa/2026/08/20/el-obeid-graves-satellite",
        "Satellite images show new graves near El Obeid market",
        P("PORT SUDAN (Northgate Wire) - Satellite images analysed by the Horn Imagery Lab show about 40 fresh graves in a cemetery near the El Obeid livestock market, the research group said on Thursday.",
          "The lab said fragments photographed at the market matched a type of long-range drone that the Rapid Support Forces have used in previous attacks.",
          "RSF adviser Ibrahim Mukhtar again denied that the group had carried out the strike.",
          "Sudan’s health ministry said on Wednesday the final toll was 64.")),
]

M_GOLD = {
    "story": "souk",
    "about": "A drone strike on the El Obeid livestock market (Sudan): the health ministry's toll rises from 43 to 61 to 64, a medical group says 85, the RSF denies responsibility, a UN office relays the ministry figure, satellite analysis corroborates; wire copies.",
    "claims": [
        claim("C1", "The strike killed at least 43 people", "quantity", "claimed", [
            st("souk-01", "Ministry of Health of Sudan", "killed at least 43 people", "origin"),
            st("souk-02", "Ministry of Health of Sudan", "killed at least 43 people", "repeats"),
            st("souk-03", "Ministry of Health of Sudan", "killed at least 43 people", "repeats"),
            st("souk-04", "Ministry of Health of Sudan", "at least 43 people were killed", "repeats"),
        ]),
        claim("C2", "The Rapid Support Forces carried out the strike", "event", "contested", [
            st("souk-01", "Ministry of Health of Sudan", "the paramilitary Rapid Support Forces for the attack", "origin"),
            st("souk-02", "Ministry of Health of Sudan", "the paramilitary Rapid Support Forces for the attack", "repeats"),
            st("souk-03", "Ministry of Health of Sudan", "the paramilitary Rapid Support Forces for the attack", "repeats"),
            st("souk-04", "Rapid Support Forces", "carrying out the attack", "contradicts"),
            st("souk-04", "Rapid Support Forces", "it had no drones operating in North Kordofan on Sunday", "contradicts"),
            st("souk-05", "Rapid Support Forces", "carrying out the attack", "contradicts"),
            st("souk-05", "Rapid Support Forces", "it had no drones operating in North Kordofan on Sunday", "contradicts"),
            st("souk-08", "Horn Imagery Lab", "matched a type of long-range drone that the Rapid Support Forces have used", "corroborates"),
            st("souk-08", "Ibrahim Mukhtar", "the group had carried out the strike", "contradicts"),
            st("souk-09", "Horn Imagery Lab", "matched a type of long-range drone that the Rapid Support Forces have used", "corroborates"),
            st("souk-09", "Ibrahim Mukhtar", "the group had carried out the strike", "contradicts"),
        ]),
        claim("C3", "The market was full because it was the day before the holiday", "statement", "claimed", [
            st("souk-01", "Adam Yahia", "The market was full because it was the day before the holiday", "origin"),
            st("souk-02", "Adam Yahia", "The market was full because it was the day before the holiday", "repeats"),
        ]),
        claim("C4", "The death toll rose to 61", "quantity", "claimed", [
            st("souk-04", "Ministry of Health of Sudan", "has risen to 61", "origin"),
            st("souk-05", "Ministry of Health of Sudan", "has risen to 61", "repeats"),
            st("souk-06", "Ministry of Health of Sudan", "its figure was “accurate and verified.”", "repeats"),
            st("souk-07", "UN Office for the Coordination of Humanitarian Affairs", "at least 61 people had been killed", "repeats"),
        ]),
        claim("C5", "The army bombed the market itself", "statement", "contested", [
            st("souk-04", "Rapid Support Forces", "the army of bombing the market itself", "origin"),
            st("souk-04", "Sudanese army", "the accusation", "contradicts"),
            st("souk-05", "Rapid Support Forces", "the army of bombing the market itself", "repeats"),
            st("souk-05", "Sudanese army", "the accusation", "contradicts"),
        ]),
        claim("C6", "At least 85 people were killed, including 19 children", "quantity", "claimed", [
            st("souk-06", "Kordofan Medics Union", "at least 85 people had been killed", "origin"),
            st("souk-08", "Kordofan Medics Union", "the number of dead at 85 or more", "repeats"),
        ]),
        claim("C7", "The authorities left displaced people buried the same day out of the count", "statement", "claimed", [
            st("souk-06", "Kordofan Medics Union", "the authorities of leaving out displaced people", "origin"),
        ]),
        claim("C8", "An independent investigation is needed", "statement", "claimed", [
            st("souk-07", "UN Office for the Coordination of Humanitarian Affairs", "an independent investigation", "origin"),
        ]),
        claim("C9", "The attack may amount to a war crime", "statement", "claimed", [
            st("souk-07", "Liv Hansen", "may amount to a war crime", "origin"),
        ]),
        claim("C10", "About 40 fresh graves near the market", "quantity", "claimed", [
            st("souk-08", "Horn Imagery Lab", "about 40 fresh graves", "origin"),
            st("souk-09", "Horn Imagery Lab", "about 40 fresh graves", "repeats"),
        ]),
        claim("C11", "The final death toll is 64", "quantity", "claimed", [
            st("souk-08", "Ministry of Health of Sudan", "the final toll was 64", "origin"),
            st("souk-09", "Ministry of Health of Sudan", "the final toll was 64", "repeats"),
        ]),
    ],
    "claim_relations": [
        {"type": "revises", "from": "C4", "to": "C1"},
        {"type": "revises", "from": "C11", "to": "C4"},
        {"type": "contradicts", "from": "C6", "to": "C4"},
        {"type": "contradicts", "from": "C6", "to": "C11"},
    ],
    "timelines": [
        {"query": "El Obeid market strike dead", "counted": "people killed in the drone strike on the El Obeid market",
         "points": [
             point(43, bound="at least", speaker="Ministry of Health of Sudan", status="claimed", fig=["43"],
                   reports=["souk-01", "souk-02", "souk-03", "souk-04"]),
             point(61, speaker="Ministry of Health of Sudan", status="claimed", fig=["61"],
                   reports=["souk-04", "souk-05", "souk-06", "souk-07"]),
             point(85, bound="at least", speaker="Kordofan Medics Union", status="claimed", fig=["85"],
                   reports=["souk-06", "souk-08"]),
             point(64, speaker="Ministry of Health of Sudan", status="claimed", fig=["64"],
                   reports=["souk-08", "souk-09"]),
         ]},
    ],
}
STORIES.append((M, M_GOLD))


# =============================================================================================
def check_and_write(reports, gold) -> tuple[int, int]:
    by_id = {r["id"]: r for r in reports}
    assert len(by_id) == len(reports), "duplicate report id"
    story = gold["story"]
    for r in reports:
        assert r["id"].startswith(story + "-"), r["id"]
        assert r["outlet"] in OUTLETS and r["url"].startswith(OUTLETS[r["outlet"]] + "/"), r["id"]
        assert "\n\n\n" not in r["text"] and r["text"] == r["text"].strip(), r["id"]
    n_st = 0
    claim_ids = set()
    for c in gold["claims"]:
        claim_ids.add(c["id"])
        assert c["kind"] in ("quantity", "event", "statement"), c["id"]
        assert c["status"] in ("claimed", "confirmed", "denied", "contested"), c["id"]
        rels = [s["relation"] for s in c["statements"]]
        assert rels[0] == "origin" and rels.count("origin") == 1, (story, c["id"], "one origin, listed first")
        for s in c["statements"]:
            n_st += 1
            assert s["relation"] in ("origin", "repeats", "corroborates", "contradicts", "misattributes"), s
            r = by_id[s["report"]]
            hay = r["title"] + "\n" + r["text"]
            n = hay.count(s["content_has"])
            assert n == 1, (story, c["id"], s["report"], s["content_has"], f"occurs {n} times")
        if "contradicts" in rels:
            assert c["status"] in ("contested", "denied"), (story, c["id"], "contradicted claim must be contested/denied")
        c["first_reported"] = c["statements"][0]["report"]
        c["origins"] = len({s["speaker"] for s in c["statements"] if s["relation"] in ("origin", "corroborates")})
        c["outlets"] = len({by_id[s["report"]]["outlet"] for s in c["statements"]})
    for rel in gold["claim_relations"]:
        assert rel["type"] in ("revises", "contradicts") and rel["from"] in claim_ids and rel["to"] in claim_ids, rel
    for t in gold["timelines"]:
        for p in t["points"]:
            assert p["bound"] in (None, "about", "at least", "up to", "more than"), p
            assert p["status"] in ("claimed", "estimated", "expected", "confirmed", "denied"), p
            for rid in p["reports"]:
                r = by_id[rid]
                for f in p["_fig"]:
                    assert f in r["title"] + "\n" + r["text"], (story, t["query"], rid, f)
            dates = [by_id[rid]["published"] for rid in p["reports"] if by_id[rid]["published"]]
            p["date"] = min(dates) if dates else None
            del p["_fig"]
        t["points"].sort(key=lambda p: (p["date"] or "9999", p["reports"][0]))
    # key order as in tests/gold/ledger/README.md
    claims = [{k: c[k] for k in ("id", "label", "kind", "status", "origins", "outlets", "first_reported", "statements")}
              for c in gold["claims"]]
    out = {"story": story, "about": gold["about"], "claims": claims, "claim_relations": gold["claim_relations"],
           "timelines": gold["timelines"]}
    folder = os.path.join(OUT, story)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "reports.jsonl"), "w", encoding="utf-8") as f:
        for r in reports:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # re-read and re-check
    rr = [json.loads(x) for x in open(os.path.join(folder, "reports.jsonl"), encoding="utf-8") if x.strip()]
    gg = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    rb = {r["id"]: r for r in rr}
    for c in gg["claims"]:
        for s in c["statements"]:
            assert (rb[s["report"]]["title"] + "\n" + rb[s["report"]]["text"]).count(s["content_has"]) == 1
    return len(gold["claims"]), n_st


def main() -> None:
    all_ids = [r["id"] for reports, _ in STORIES for r in reports]
    assert len(all_ids) == len(set(all_ids))
    assert any(r["published"] is None for reports, _ in STORIES for r in reports), "need a report without a date"
    for reports, gold in STORIES:
        n_claims, n_st = check_and_write(reports, gold)
        n_pts = sum(len(t["points"]) for t in gold["timelines"])
        print(f"{gold['story']}: {len(reports)} reports, {len(set(r['outlet'] for r in reports))} outlets, "
              f"{n_claims} claims, {n_st} statements, {len(gold['claim_relations'])} claim relations, "
              f"{n_pts} timeline points")


if __name__ == "__main__":
    main()
