"""Units and currencies: the words and symbols that name them, and one canonical form for each.

Each measure has a normalised name (British spelling, singular: "kilometre"), the kind of
quantity it measures, the words and abbreviations written for it, and a canonical symbol (SI
where there is one: "km", "kg", "h"; else the usual abbreviation: "mi", "hp", "GB"). Money is
named by its ISO 4217 code, which is its own canonical form. The quantities extractor reads the
words; the record's `unit_canonical` and the quantities eval read the canonical forms, so that
"km", "kilometres" and "kilometre" compare equal. See claimledger/analyse/QUANTITIES.md.
"""

from __future__ import annotations

import re

# kind -> normalised name -> (canonical symbol, surface words written after a number, lower case)
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "length": {
        "kilometre": ("km", "km kms kilometre kilometres kilometer kilometers klick klicks"),
        "metre": ("m", "metre metres meter meters"),
        "centimetre": ("cm", "cm centimetre centimetres centimeter centimeters"),
        "millimetre": ("mm", "mm millimetre millimetres millimeter millimeters"),
        "nanometre": ("nm", "nanometre nanometres nanometer nanometers"),
        "mile": ("mi", "mile miles mi"),
        "nautical mile": ("nmi", "nmi"),
        "foot": ("ft", "ft foot feet"),
        "yard": ("yd", "yard yards yd yds"),
        "inch": ("in", "inch inches"),
        "light year": ("ly", "light-year light-years"),
    },
    "area": {
        "square kilometre": ("km2", "km2 km²"),
        "square mile": ("mi2", ""),
        "square metre": ("m2", "m2 m²"),
        "square foot": ("ft2", ""),
        "hectare": ("ha", "hectare hectares ha"),
        "acre": ("ac", "acre acres"),
    },
    "mass": {
        "tonne": ("t", "tonne tonnes"),
        "ton": ("ton", "ton tons"),
        "kilogram": ("kg", "kg kgs kilogram kilograms kilo kilos"),
        "gram": ("g", "gram grams g"),
        "milligram": ("mg", "mg milligram milligrams"),
        "microgram": ("µg", "mcg µg microgram micrograms"),
        "pound": ("lb", "lb lbs pound pounds"),
        "ounce": ("oz", "oz ounce ounces"),
        "carat": ("ct", "carat carats"),
    },
    "volume": {
        "litre": ("L", "litre litres liter liters"),
        "millilitre": ("mL", "ml millilitre millilitres milliliter milliliters"),
        "barrel": ("bbl", "barrel barrels bbl"),
        "gallon": ("gal", "gallon gallons"),
        "cubic metre": ("m3", "m3 m³"),
        "cubic kilometre": ("km3", "km3 km³"),
        "cubic foot": ("ft3", ""),
    },
    "duration": {
        "second": ("s", "seconds secs"),
        "minute": ("min", "minute minutes min mins"),
        "hour": ("h", "hour hours hr hrs"),
        "day": ("d", "day days"),
        "week": ("week", "week weeks"),
        "month": ("month", "month months"),
        "year": ("year", "year years yr yrs"),
        "decade": ("decade", "decade decades"),
        "century": ("century", "century centuries"),
    },
    "speed": {
        "kilometre per hour": ("km/h", "km/h kph kmh"),
        "mile per hour": ("mph", "mph"),
        "knot": ("kn", "knot knots"),
        "metre per second": ("m/s", "m/s"),
    },
    "power": {
        "watt": ("W", "watt watts"),
        "kilowatt": ("kW", "kw kilowatt kilowatts"),
        "megawatt": ("MW", "mw megawatt megawatts"),
        "gigawatt": ("GW", "gw gigawatt gigawatts"),
        "horsepower": ("hp", "hp bhp horsepower"),
    },
    "energy": {
        "kilowatt hour": ("kWh", "kwh"),
        "megawatt hour": ("MWh", "mwh"),
        "gigawatt hour": ("GWh", "gwh"),
        "terawatt hour": ("TWh", "twh"),
        "calorie": ("kcal", "calorie calories kcal"),
    },
    "temperature": {
        "degree": ("°", "degree degrees"),
        "degree Celsius": ("°C", "°c"),
        "degree Fahrenheit": ("°F", "°f"),
    },
    "percent": {"percent": ("%", "% percent pct pc")},
    "frequency": {
        "revolution per minute": ("rpm", "rpm"),
        "hertz": ("Hz", "hz hertz"),
        "megahertz": ("MHz", "mhz megahertz"),
        "gigahertz": ("GHz", "ghz gigahertz"),
    },
    "data": {
        "kilobyte": ("kB", "kb kilobyte kilobytes"),
        "megabyte": ("MB", "mb megabyte megabytes"),
        "gigabyte": ("GB", "gb gigabyte gigabytes"),
        "terabyte": ("TB", "tb terabyte terabytes"),
        "petabyte": ("PB", "pb petabyte petabytes"),
    },
    "data rate": {
        "megabit per second": ("Mbit/s", "mbps mbit/s mb/s"),
        "gigabit per second": ("Gbit/s", "gbps gbit/s gb/s"),
    },
    "money": {
        "USD": ("USD", "dollar dollars usd"),
        "EUR": ("EUR", "euro euros eur"),
        "GBP": ("GBP", "gbp sterling"),
        "UAH": ("UAH", "hryvnia hryvnias hryvnya hryvnyas uah"),
        "RUB": ("RUB", "rouble roubles ruble rubles rub"),
        "CNY": ("CNY", "yuan renminbi cny rmb"),
        "JPY": ("JPY", "yen jpy"),
        "INR": ("INR", "rupee rupees inr"),
        "MYR": ("MYR", "ringgit myr"),
        "ZAR": ("ZAR", "rand zar"),
        "NGN": ("NGN", "naira ngn"),
        "KES": ("KES", "kes"),
        "TRY": ("TRY", "lira liras"),
        "PLN": ("PLN", "zloty zlotys pln"),
        "CHF": ("CHF", "franc francs chf"),
        "KRW": ("KRW", "krw"),
        "BRL": ("BRL", "reais brl"),
        "SEK": ("SEK", "krona kronor sek"),
        "NOK": ("NOK", "krone kroner nok"),
        "ILS": ("ILS", "shekel shekels ils"),
        "AMD": ("AMD", "dram drams amd"),
        "THB": ("THB", "baht thb"),
        "AED": ("AED", "dirham dirhams aed"),
        "SAR": ("SAR", "riyal riyals sar"),
        "cent": ("cent", "cent cents"),
        "pence": ("pence", "pence"),
    },
}
# several words after a number: (words) -> (normalised name, kind)
MULTI_WORD_UNITS: dict[tuple[str, ...], tuple[str, str]] = {
    ("square", "kilometres"): ("square kilometre", "area"),
    ("square", "kilometers"): ("square kilometre", "area"),
    ("square", "kilometre"): ("square kilometre", "area"),
    ("square", "kilometer"): ("square kilometre", "area"),
    ("square", "km"): ("square kilometre", "area"),
    ("sq", "km"): ("square kilometre", "area"),
    ("sq.", "km"): ("square kilometre", "area"),
    ("sq", "kms"): ("square kilometre", "area"),
    ("square", "miles"): ("square mile", "area"),
    ("square", "mile"): ("square mile", "area"),
    ("sq", "miles"): ("square mile", "area"),
    ("square", "metres"): ("square metre", "area"),
    ("square", "meters"): ("square metre", "area"),
    ("sq", "m"): ("square metre", "area"),
    ("square", "feet"): ("square foot", "area"),
    ("square", "foot"): ("square foot", "area"),
    ("sq", "ft"): ("square foot", "area"),
    ("cubic", "metres"): ("cubic metre", "volume"),
    ("cubic", "meters"): ("cubic metre", "volume"),
    ("cubic", "kilometres"): ("cubic kilometre", "volume"),
    ("cubic", "kilometers"): ("cubic kilometre", "volume"),
    ("cubic", "km"): ("cubic kilometre", "volume"),
    ("cubic", "feet"): ("cubic foot", "volume"),
    ("per", "cent"): ("percent", "percent"),
    ("percentage", "points"): ("percentage point", "percent"),
    ("percentage", "point"): ("percentage point", "percent"),
    ("basis", "points"): ("basis point", "percent"),
    ("basis", "point"): ("basis point", "percent"),
    ("nautical", "miles"): ("nautical mile", "length"),
    ("light", "years"): ("light year", "length"),
    ("metric", "tons"): ("tonne", "mass"),
    ("metric", "tonnes"): ("tonne", "mass"),
    ("us", "dollars"): ("USD", "money"),
    ("u.s.", "dollars"): ("USD", "money"),
    ("hong", "kong", "dollars"): ("HKD", "money"),
    ("singapore", "dollars"): ("SGD", "money"),
    ("australian", "dollars"): ("AUD", "money"),
    ("canadian", "dollars"): ("CAD", "money"),
    ("swiss", "francs"): ("CHF", "money"),
    ("pounds", "sterling"): ("GBP", "money"),
    ("degrees", "celsius"): ("degree Celsius", "temperature"),
    ("degrees", "fahrenheit"): ("degree Fahrenheit", "temperature"),
    ("km", "/", "h"): ("kilometre per hour", "speed"),
    ("miles", "per", "hour"): ("mile per hour", "speed"),
    ("kilometres", "per", "hour"): ("kilometre per hour", "speed"),
    ("kilometers", "per", "hour"): ("kilometre per hour", "speed"),
}
# canonical symbols of the names that only multi-word forms reach
_EXTRA_CANONICAL = {
    "square mile": "mi2",
    "square foot": "ft2",
    "percentage point": "pp",
    "basis point": "bp",
    "times": "×",
    "fraction": "fraction",
}

# currency signs before a number (also glued to it: "HK$5", "RM79", "Rs500")
CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₴": "UAH",
    "₽": "RUB",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "฿": "THB",
    "₪": "ILS",
    "c$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "rs": "INR",
    "rs.": "INR",
    "rm": "MYR",
}
# ISO 4217 codes written before a number ("EUR 3 billion", "USD10m")
CURRENCY_CODES = {
    code.lower(): code
    for code in (
        "USD EUR GBP UAH RUB CNY JPY CHF PLN INR MYR HKD SGD AUD CAD NZD ZAR NGN KES TRY BRL MXN SEK "
        "NOK DKK CZK HUF RON KRW THB IDR PHP VND PKR BDT ILS AED SAR QAR EGP ARS AMD KZT"
    ).split()
}
CURRENCY_CODES["rmb"] = "CNY"
# the same sign glued to the digits; the longest prefixes first
GLUED_CURRENCY_RE = re.compile(
    r"^(?P<cur>US\$|HK\$|NZ\$|AU\$|[ACSR]\$|Rs\.?|RM|"
    + "|".join(sorted((c for c in CURRENCY_CODES.values()), key=len, reverse=True))
    + r"|[$€£¥₹₩₺₦₱฿₪₴₽])"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suf>[a-zA-Z]{0,3})$"
)

UNIT_WORDS: dict[str, tuple[str, str]] = {}
CANONICAL: dict[str, str] = dict(_EXTRA_CANONICAL)
for _kind, _units in UNITS.items():
    for _norm, (_symbol, _words) in _units.items():
        CANONICAL[_norm] = _symbol
        for _w in _words.split():
            UNIT_WORDS.setdefault(_w, (_norm, _kind))
for _code in CURRENCY_CODES.values():
    CANONICAL.setdefault(_code, _code)
# every surface form and symbol, lower case -> canonical symbol (for comparing units)
_ANY_FORM: dict[str, str] = {}
for _w, (_norm, _kind) in UNIT_WORDS.items():
    _ANY_FORM[_w] = CANONICAL[_norm]
for _phrase, (_norm, _kind) in MULTI_WORD_UNITS.items():
    _ANY_FORM[" ".join(_phrase)] = CANONICAL.get(_norm, _norm)
for _norm, _symbol in CANONICAL.items():
    _ANY_FORM[_norm.lower()] = _symbol
    _ANY_FORM[_symbol.lower()] = _symbol
for _sign, _code in CURRENCY_SYMBOLS.items():
    _ANY_FORM[_sign] = _code
_ANY_FORM.update(
    {
        "percentage": "%",
        "per cent": "%",
        "percentage points": "pp",
        "dollar": "USD",
        "pound sterling": "GBP",
        "degree celsius": "°C",
        "celsius": "°C",
        "fahrenheit": "°F",
        "metric ton": "t",
        "times": "×",
    }
)


def singular(word: str) -> str:
    """A plain English singular for a counted noun ('troops' -> 'troop', 'casualties' -> 'casualty')."""
    w = word.lower().strip()
    if w in ("people", "police", "series", "species", "news", "data", "media"):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")) and len(w) > 4:
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    if w == "men":
        return "man"
    if w == "women":
        return "woman"
    if w == "children":
        return "child"
    return w


def canonical_unit(unit: str | None) -> str | None:
    """The canonical form of any way of writing a unit: 'kilometres', 'km' and 'kilometre' give
    'km'; '$', 'dollars' and 'USD' give 'USD'; a counted noun its singular ('troops' -> 'troop')."""
    if unit is None:
        return None
    u = unit.strip()
    low = u.lower()
    if low in _ANY_FORM:
        return _ANY_FORM[low]
    if u in CANONICAL.values():
        return u
    words = low.split()
    if not words:
        return None
    return " ".join([*words[:-1], singular(words[-1])])
