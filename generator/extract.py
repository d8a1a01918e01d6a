"""Extract stage: find the quantities in each sentence of a Source and turn them into Facts."""

import hashlib
import re
from dataclasses import dataclass
from typing import NamedTuple

from .read import Source

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "half a dozen": 6, "a hundred": 100,
    "a thousand": 1000,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "bn": 1_000_000_000, "m": 1_000_000}
QUALIFIERS = [
    "just over", "just under", "more than", "less than", "fewer than", "at least", "at most",
    "up to", "as many as", "as much as", "as few as", "close to", "an estimated", "nearly",
    "almost", "about", "around", "approximately", "roughly", "some", "over", "under", "only",
    "exceeding", "in excess of", "upwards of", "above", "below",
]
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "hryvnias": "UAH",
    "hryvnia": "UAH",
}
# Written unit -> (normalised unit, kind). Longest spellings first so they win.
UNITS = [
    (r"square (?:kilomet(?:er|re)s?|km)|sq\.? ?km|km²|km2", "km²", "area"),
    (r"square miles?|sq\.? ?mi(?:les?)?|mi²", "mi²", "area"),
    (r"hectares?", "ha", "area"),
    (r"cubic (?:met(?:er|re)s?|m)|m³|m3", "m³", "volume"),
    (r"(?:metric )?tonnes?|tons?|t", "t", "weight"),
    (r"kilograms?|kg", "kg", "weight"),
    (r"kilomet(?:er|re)s?|km", "km", "distance"),
    (r"miles?", "mi", "distance"),
    (r"met(?:er|re)s?", "m", "distance"),
    (r"per ?cent|%", "%", "percentage"),
    # A bare C or F only straight after digits ("45C"); the "^" lets normalise_unit match it alone.
    (r"°\s?C|degrees? (?:Celsius|centigrade)|(?:(?<=\d)|^)C", "°C", "temperature"),
    (r"°\s?F|degrees? Fahrenheit|(?:(?<=\d)|^)F", "°F", "temperature"),
    (r"years?", "years", "duration"),
    (r"months?", "months", "duration"),
    (r"weeks?", "weeks", "duration"),
    (r"days?", "days", "duration"),
    (r"hours?", "hours", "duration"),
    (r"minutes?", "minutes", "duration"),
]
PENALTY_WORDS = re.compile(r"\b(prison\w*|jail\w*|imprison\w*|sentenc\w*|custody|penal\w*|behind bars)\b", re.I)
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle"}
PLACE_PREPOSITIONS = {"in", "from", "to", "into", "near", "at", "across", "of", "around", "outside",
                      "bordering", "toward", "towards", "onto", "via", "through"}
NOT_PLACES = {
    "The", "A", "An", "This", "That", "These", "Those", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "I", "We", "He", "She", "They",
}

# Vague amounts are kept as the words written; their value is the least the words allow
# ("hundreds" is at least 200), so they sort and merge but are never shown as a number.
VAGUE_AMOUNTS = {
    "dozens of": 24, "scores of": 40, "hundreds of": 200, "thousands of": 2000,
    "tens of thousands of": 20_000, "hundreds of thousands of": 200_000, "millions of": 2_000_000,
}
VAGUE = re.compile(
    r"\b(?P<phrase>(?i:" + "|".join(sorted(map(re.escape, VAGUE_AMOUNTS), key=len, reverse=True)) + r"))\s"
)

# Thousands grouped by commas, by (thin, no-break or plain) spaces or by two or more dots
# ("1.400.000"); a decimal point; or a decimal comma when fewer than three digits follow it ("589,2").
NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d{1,2}(?!\d)|\.\d+)?"
NUMBER_WORD = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
QUALIFIER = "|".join(re.escape(q) for q in QUALIFIERS)
UNIT = "|".join(pattern for pattern, _, _ in UNITS)
CURRENCY_CODES = ("USD", "EUR", "GBP", "UAH", "RUB", "CHF", "JPY", "CNY", "PLN")
CURRENCY = "|".join([re.escape(c) for c in CURRENCY_SYMBOLS] + [rf"{code}\s" for code in CURRENCY_CODES])
NUMBER = rf"(?:{NUMERAL}|(?i:{NUMBER_WORD})(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?\b)(?![\w,.]?\d)"
SCALE = r"thousand|million|billion|trillion|bn|m"
# Ranges keep both ends ("between 10 and 20", "2–3 million", "2012–13"), never their mean.
QUANTITY = re.compile(
    rf"(?:\b(?P<qualifier>(?i:{QUALIFIER}))\s+)?"
    rf"(?:\b(?P<between>(?i:between))\s+)?"
    rf"(?P<currency>{CURRENCY})?"
    rf"(?<![\w.,-])(?P<number>{NUMBER})"
    rf"(?:(?(between)\s+and\s+|\s?[–—-]\s?)(?P<number_max>{NUMBER}))?"
    rf"(?:\s?(?P<scale>{SCALE})\b)?"
    rf"(?:\s(?P<post_qualifier>or (?:more|over|above|less|fewer)))?"
    rf"(?P<age>-year-old)?"
    rf"(?:\s?(?P<unit>{UNIT})(?![\w-]))?",
)
PARENTHETICAL = re.compile(r"\s*\((?P<also>[^()]{1,40}?\d[^()]{0,40})\)")
NAME_BEFORE_AGE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*|(?:[Tt]he|[Aa]n?) [a-z]+), $")
WORD = re.compile(r"[\w’'-]+|[^\w\s]")
CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:“”\"()]|\s[–—]\s")
REGION = re.compile(r"\bthe ((?:[A-Z][\w’'-]+ )+)(?:region|area|oblast|province|district|county)\b")
LEADING_FILLER = re.compile(r"^(?:and|but|or|said|says|that|who|which|while)\s+", re.I)


@dataclass(frozen=True)
class Fact:
    id: str
    source: str
    kind: str
    value: float
    value_max: float | None  # set only for ranges; value is then the lower end
    unit: str | None
    qualifier: str | None
    text: str
    label: str
    anchor: str
    quote: str
    places: tuple = ()
    subject: str | None = None
    also: str | None = None  # the same quantity restated in brackets: "(3,100 square miles)"


class Reading(NamedTuple):
    """How one matched number reads in its sentence; end is where its phrase stops."""
    value: float
    unit: str | None
    kind: str
    end: int


def is_vague(fact):
    """True for 'hundreds of people': the words are the fact, the value only a lower bound."""
    return fact.qualifier in VAGUE_AMOUNTS


def parse_number(number, scale=None):
    """'1,400' -> 1400, 'twenty-five' -> 25, ('3.5', 'million') -> 3500000."""
    word = number.lower()
    if word in WORD_NUMBERS:
        value = WORD_NUMBERS[word]
    elif "-" in word and word.split("-")[0] in WORD_NUMBERS:
        tens, ones = word.split("-")
        value = WORD_NUMBERS[tens] + WORD_NUMBERS[ones]
    else:
        digits = re.sub(r"[ \u00a0\u202f\u2009]", "", number)
        decimal_comma = re.fullmatch(r"\d+,\d{1,2}", digits)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", digits):
            digits = digits.replace(".", "")
        value = float(digits.replace(",", ".") if decimal_comma else digits.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
    return int(value) if float(value).is_integer() else value


def normalise_unit(written):
    for pattern, unit, kind in UNITS:
        if re.fullmatch(pattern, written, re.I):
            return unit, kind
    raise ValueError(written)  # unreachable: QUANTITY only captures known units


def counted_noun(after):
    """The thing counted and where it ends: a plural noun in the next few words ('1,400 displaced people')."""
    for token in WORD.finditer(after[:60]):
        word = token[0]
        if not re.match(r"\w", word) or word.lower() in PLACE_PREPOSITIONS | {"and", "or", "who", "were", "was"}:
            return None, 0
        lower = word.lower()
        if lower in IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith("ss")):
            return (word if word[0].isupper() else lower), token.end()
        if token.start() > 40:
            break
    return None, 0


def classify(match, sentence):
    """How a QUANTITY match reads (a Reading), or None when it is not a fact."""
    value = parse_number(match["number"], match["scale"])
    after = sentence[match.end():]
    if match["currency"]:
        currency = match["currency"].strip()
        return Reading(value, CURRENCY_SYMBOLS.get(currency, currency), "money", match.end())
    if match["age"]:
        return Reading(value, "years", "age", match.end())
    if match["unit"]:
        unit, kind = normalise_unit(match["unit"])
        if kind == "duration" and PENALTY_WORDS.search(sentence):
            kind = "penalty"
        if kind == "temperature" and re.search(r"(?:\bminus\s+|[−-])$", sentence[: match.start()], re.I):
            value = -value
        return Reading(value, unit, kind, match.end())
    currency = re.match(r"\s(\w+)", after)
    if currency and currency[1].lower() in CURRENCY_WORDS:
        return Reading(value, CURRENCY_WORDS[currency[1].lower()], "money", match.end() + currency.end())
    before = sentence[: match.start()]
    if NAME_BEFORE_AGE.search(before) and re.match(r"[,)]", after) and 0 < value < 125:
        return Reading(value, "years", "age", match.end())
    if re.search(r"\baged\s*$", before):
        return Reading(value, "years", "age", match.end())
    noun, length = counted_noun(after)
    if noun is not None:
        if re.fullmatch(r"\d{1,3}\.\d{3}", match["number"]) and not match["scale"]:
            value = int(match["number"].replace(".", ""))  # nobody counts 51.000 people: a dot for thousands
        return Reading(value, noun, "count", match.end() + length)
    if re.fullmatch(r"1[89]\d\d|20\d\d", match["number"]) and not match["qualifier"]:
        return Reading(value, None, "year", match.end())
    return None  # a bare number such as "one of them" is not a fact


def age_subject(match, sentence):
    if match["age"]:
        # "44-year-old Alexander", or the noun in "a 15-year-old girl"
        name = re.match(r"\s+((?:[A-Z][\w’'-]+ ?)+|[a-z]+)", sentence[match.end():])
        return name[1].strip() if name else None
    name = NAME_BEFORE_AGE.search(sentence[: match.start()])
    return name["name"] if name else None


def places_in(sentence):
    """Capitalised names after a locative preposition: 'in Belgorod', 'the Kharkiv region'."""
    places = []
    tokens = WORD.findall(sentence)
    for i, token in enumerate(tokens[:-1]):
        if token.lower() not in PLACE_PREPOSITIONS:
            continue
        j = i + 1
        if tokens[j].lower() == "the":
            j += 1
        name = []
        while j < len(tokens) and tokens[j][0].isupper() and tokens[j] not in NOT_PLACES:
            name.append(re.sub(r"[’']s$", "", tokens[j]))
            j += 1
        if name and " ".join(name) not in places:
            places.append(" ".join(name))
    for region in REGION.finditer(sentence):
        if region[1].strip() not in places:
            places.append(region[1].strip())
    return tuple(places)


def label_for(sentence, start, end):
    """A one-line label: a few words of the clause before the quantity and more after it."""
    left = CLAUSE_BREAK.split(sentence[:start])[-1].split()[-5:]
    right = CLAUSE_BREAK.split(sentence[end:])[0].split()[:10]
    label = " ".join(left + [sentence[start:end]] + right)
    return LEADING_FILLER.sub("", label).rstrip(".!?… ").strip()


def upper_end(match, kind):
    """The top of a range, scaled like the bottom; '2012–13' means 2013."""
    if not match["number_max"]:
        return None
    top = parse_number(match["number_max"], match["scale"])
    if kind == "year" and top < 100:
        top += parse_number(match["number"]) // 100 * 100
    return top


def fact_id(source_id, anchor, text, occurrence):
    digest = hashlib.sha1(f"{source_id}|{anchor}|{text}|{occurrence}".encode("utf-8")).hexdigest()
    return "f-" + digest[:10]


def phrase_start(match, reading, subject, text):
    """Where the phrase as written begins: 'Alexander, 44' starts at the name."""
    if reading.kind == "age" and not match["age"] and subject:
        return text.rindex(subject, 0, match.start())
    return match.start()


def facts_in_sentence(source_id, sentence):
    facts, seen = [], {}
    text = sentence.text
    places = places_in(text)
    for match in QUANTITY.finditer(text):
        if facts and facts[-1].also and text[match.start() - 1] == "(":
            continue  # the bracketed conversion already belongs to the fact before it
        reading = classify(match, text)
        if reading is None:
            continue
        subject = age_subject(match, text) if reading.kind == "age" else None
        start = phrase_start(match, reading, subject, text)
        written = text[start:reading.end].strip()
        also = PARENTHETICAL.match(text, reading.end)
        occurrence = seen[written] = seen.get(written, 0) + 1
        facts.append(Fact(
            id=fact_id(source_id, sentence.anchor, written, occurrence),
            source=source_id,
            kind=reading.kind,
            value=reading.value,
            value_max=upper_end(match, reading.kind),
            unit=reading.unit,
            qualifier=(match["qualifier"] or match["post_qualifier"] or "").lower() or None,
            text=written,
            label=f"{subject}, aged {reading.value}" if subject else label_for(text, start, reading.end),
            anchor=sentence.anchor,
            quote=text,
            places=places,
            subject=subject,
            also=also["also"] if also else None,
        ))
    return facts + vague_facts(source_id, sentence, places, seen)


def vague_facts(source_id, sentence, places, seen):
    """'hundreds of people', 'tens of thousands of homes': amounts without a figure."""
    facts = []
    text = sentence.text
    for match in VAGUE.finditer(text):
        noun, length = counted_noun(text[match.end() - 1:])
        if noun is None:
            continue
        phrase = match["phrase"].lower()
        end = match.end() - 1 + length
        written = text[match.start():end]
        occurrence = seen[written] = seen.get(written, 0) + 1
        facts.append(Fact(
            id=fact_id(source_id, sentence.anchor, written, occurrence),
            source=source_id, kind="count", value=VAGUE_AMOUNTS[phrase], value_max=None, unit=noun,
            qualifier=phrase, text=written, label=label_for(text, match.start(), end),
            anchor=sentence.anchor, quote=text, places=places,
        ))
    return facts


def extract_facts(source: Source):
    """Every quantity fact in a source, in reading order."""
    return [fact for sentence in source.sentences for fact in facts_in_sentence(source.id, sentence)]
