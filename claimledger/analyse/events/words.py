"""Word lists and tables the event stages share: types, statuses, prepositions, sectors."""

from __future__ import annotations

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


VERBAL = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE", "SUPPORT", "CONCEDE", "CONSULT"}


# Both sides of a fight, a meeting or an agreement are actors (PLOVER's compound sources).
TWO_SIDED_TYPES = {"CONSULT", "COOPERATE", "AGREE"}


TWO_SIDED_LEMMAS = {
    "clash",
    "fight",
    "fighting",
    "battle",
    "skirmish",
    "firefight",
    "gunfight",
    "gunbattle",
    "hostility",
    "hostilities",
    "combat",
    "engage",
    "exchange",
    "swap",
}


# Types whose object is what is moved or given, not the one it is done to.
THEME_TYPES = {"MOBILIZE", "AID"}


STATUS_RANK = {"confirmed": 5, "reported": 4, "claimed": 3, "expected": 2, "conditional": 1, "denied": 0}


STANCE_STATUS = {
    "confirm": "confirmed",
    "admit": "confirmed",
    "verify": "confirmed",
    "deny": "denied",
    "expect": "expected",
    "intend": "expected",
    "promise": "expected",
    "hope": "expected",
    "fear": "expected",
    "plan": "expected",
    "threaten": "expected",
    "urge": "expected",
    "agree": "reported",
}


# Frames whose noun object is taken for granted: "condemned the strike" does not make the strike
# a claim, "accused Moscow of shelling" does.
PRESUPPOSING = {
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "decry",
    "slam",
    "praise",
    "welcome",
    "hail",
    "commend",
    "applaud",
    "mourn",
    "investigate",
    "probe",
    "protest",
    "regret",
    "deplore",
}


# Verbs that perform the act their object names, even when they are also cues: "expressed
# solidarity", "voiced support", "offered condolences", "lodged a protest".
PERFORMING_VERBS = {"express", "voice", "offer", "extend", "lodge", "file", "issue", "make", "send"}

# Cues whose speaker tells of an event without taking part ("confirms battles"), unlike those
# whose speaker does what is announced ("announced new tariffs", "ordered strikes").
WITNESS_STANCES = {
    "confirm",
    "claim",
    "report",
    "assert",
    "deny",
    "believe",
    "suspect",
    "question",
    "estimate",
    "expect",
    "admit",
    "suggest",
    "fear",
    "hope",
}


OBJECT_CONTROL = {
    "urge",
    "ask",
    "order",
    "force",
    "call",
    "allow",
    "help",
    "press",
    "tell",
    "instruct",
    "authorize",
    "authorise",
    "permit",
    "encourage",
    "invite",
    "push",
    "pressure",
    "compel",
    "accuse",
    "blame",
    "charge",
    "convict",
    "warn",
    "prompt",
    "lead",
    "cause",
    "spur",
    "drive",
    "expect",
    "want",
    "need",
    "persuade",
    "convince",
    "oblige",
    "require",
}


FRAME_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl"}


LOC_PREPS = {
    "in",
    "near",
    "at",
    "outside",
    "inside",
    "around",
    "along",
    "across",
    "into",
    "onto",
    "on",
    "over",
    "towards",
    "toward",
    "within",
    "throughout",
    "from",
    "to",
    "off",
    "behind",
    "beyond",
    "past",
    "through",
    "upon",
    "nearby",
    "north",
    "south",
    "east",
    "west",
}


NON_LOCATIONS = {"demonym", "metonym"}


KIND_RANK = {"city": 5, "feature": 4, "admin2": 4, "admin1": 3, "region": 2, "country": 1}


RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


PRONOUNS = {
    "it": ("country", "organisation"),
    "they": ("group", "country", "organisation"),
    "we": ("group", "country", "organisation", "person"),
    "he": ("person",),
    "she": ("person",),
    "i": ("person",),
    "us": ("group", "country", "organisation"),
    "them": ("group", "country", "organisation"),
    "its": ("country", "organisation"),
    "their": ("group", "country", "organisation"),
    "his": ("person",),
    "her": ("person",),
}


ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "PKO"}


STATE_SECTORS = {"GOV", "MIL", "LEG", "SPY", "COP", "JUD"}


PARTICLES = {"back", "out", "down", "off", "up", "over"}


SKIP_ENTS = {
    "ORG",
    "PERSON",
    "WORK_OF_ART",
    "LAW",
    "EVENT",
    "GPE",
    "FAC",
    "PRODUCT",
    "DATE",
    "TIME",
    "NORP",
    "LANGUAGE",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "QUANTITY",
    "PERCENT",
}


TEMPORAL = {"after", "before", "since", "when", "while", "as", "until", "once", "whenever"}


# prepositions that attach a circumstance, not what a verbal act is about ("agreed ... after talks")
ADJUNCT_PREPS = {"after", "before", "since", "during", "amid", "following", "despite", "until", "ahead"}


STOPPERS = {
    "halt",
    "stop",
    "end",
    "prevent",
    "avoid",
    "ban",
    "cease",
    "suspend",
    "prohibit",
    "pause",
    "refrain",
    "deter",
    "curb",
    "limit",
    "reduce",
}


IMPACT_VERBS = {
    "hit",
    "kill",
    "wound",
    "injure",
    "damage",
    "destroy",
    "target",
    "strike",
    "claim",
    "leave",
    "force",
    "flatten",
    "level",
    "raze",
    "ignite",
    "set",
}


HOST_PREPS = {"in", "during", "by", "from", "after", "amid", "as"}


# Battle words a weapon turns into remote violence: "a drone attack", "an ambush with a mine".
SOFT_BATTLE = {"attack", "assault", "raid", "ambush", "target", "retaliate", "retaliation"}
