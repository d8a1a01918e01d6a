"""What surrounds a figure in its sentence: the noun counted, whose age, the places, a label.

Entity finding (people, organisations, quotes and their speakers) belongs here too.
"""

import re

IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle"}
PLACE_PREPOSITIONS = {"in", "from", "to", "into", "near", "at", "across", "of", "around", "outside",
                      "bordering", "toward", "towards", "onto", "via", "through"}
NOT_PLACES = {
    "The", "A", "An", "This", "That", "These", "Those", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "I", "We", "He", "She", "They",
}
NAME_BEFORE_AGE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*|(?:[Tt]he|[Aa]n?) [a-z]+), $")
WORD = re.compile(r"[\w’'-]+|[^\w\s]")
CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:“”\"()]|\s[–—]\s")
REGION = re.compile(r"\bthe ((?:[A-Z][\w’'-]+ )+)(?:region|area|oblast|province|district|county)\b")
LEADING_FILLER = re.compile(r"^(?:and|but|or|said|says|that|who|which|while)\s+", re.I)


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


def name_before_age(before):
    """'Ibrahim, ' before '35': the person whose age follows, or None."""
    name = NAME_BEFORE_AGE.search(before)
    return name["name"] if name else None


def name_after_age(after):
    """'44-year-old Alexander', or the noun in 'a 15-year-old girl'."""
    name = re.match(r"\s+((?:[A-Z][\w’'-]+ ?)+|[a-z]+)", after)
    return name[1].strip() if name else None


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
