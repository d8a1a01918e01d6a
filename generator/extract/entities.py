"""People, organisations and places a source names, and the direct quotes its people speak.

People are names the article itself marks as people: speakers of quotes ("…," said Irina;
Sapyan said), names after a title (Governor, Mayor, Judge, Mr), names with an age
("David Hart, 61"; "44-year-old Alexander"). A surname alone ("Hart") is the same person
as the full name it ends; a first name alone is its own entity, so two Alexanders stay two.
Organisations are names holding an organisation word (Office, Police, Court…); places come
from the gazetteer (context.py). Spellings that differ only by transliteration share an
alias key: Sergei / Sergej / Sergey, Zelensky / Zelenskyi / Zelenskyy.
"""

import re
import unicodedata

from typing import NamedTuple

from ..lang import DEFAULT, alternatives, per_language
from .context import grammar as context_grammar
from .context import places_in
from .numbers import DIGIT

QUOTE = re.compile(r"“(?P<text>[^“”]{3,}?)(?P<end>[,.!?…]?)”|\"(?P<plain>[^\"]{3,}?)(?P<plain_end>[,.!?]?)\"")


class EntityGrammar(NamedTuple):
    name: str  # a person's name, a pattern
    titled: re.Pattern  # "Mayor Ana Diaz"
    aged: re.Pattern  # "Irina, 44, said": an age; "In Kyiv, 13,679 people": a grouped number, no age
    speaker_after: re.Pattern  # "…," said Irina; "…," Irina said
    speaker_before: re.Pattern  # Irina said: "…"
    attribution_end: str  # where the words after a speech verb stop naming the speaker, a pattern
    pronouns: frozenset
    plural_pronoun: str  # "they": a speaker, but no one person
    not_names: frozenset  # capitalised words that are no name: "The", "Monday", "Russian"
    title_words: frozenset
    organisation_word: re.Pattern
    organisation: re.Pattern


# Longer names and name words are implausible; bounding them keeps every pattern below linear
# in the text, where open repetitions of words backtrack without end on runs of capitals.
MAX_NAME_WORDS = 9
MAX_WORD_LETTERS = 60


@per_language
def grammar(language):
    """How a language marks people, organisations and speakers."""
    # A capital, then the rest of its token holding a lower-case letter ("McDonald", "O'Brien").
    # The word takes its whole token and never gives letters back: were it free to end anywhere
    # in the token, each word of a run could match in several ways and a failing match would
    # try every combination of them.
    letters = rf"[\w’'-]{{0,{MAX_WORD_LETTERS}}}"
    word = rf"[A-Z](?={letters}?[a-z]){letters}(?![\w’'-])"
    name = rf"{word}(?: (?:{word}|{alternatives(language.name_particles)})){{0,{MAX_NAME_WORDS - 1}}}"
    titles, speech = alternatives(language.titles), alternatives(language.speech_verbs)
    organisation_word = re.compile(rf"\b(?:{alternatives(sorted(context_grammar(language.code).organisation_words))})\b")
    the, of = language.the, language.of
    return EntityGrammar(
        name,
        re.compile(rf"\b(?:{titles})\.? (?P<name>{name})"),
        re.compile(rf"(?P<name>{name}), (?:\d{{1,3}})\b(?=,(?!\d)|\))|\b\d{{1,3}}{language.age_suffix} (?P<after>{name})"),
        re.compile(rf"^[,.!?…]?\s*(?:(?P<verb>{speech}) (?P<after>.{{0,80}})|(?P<before>.{{0,80}}?)\s(?:{speech})\b)"),
        re.compile(rf"(?P<name>{name})(?:, [^,“]{{1,60}},)? (?:{speech})(?: \w+)?:?\s*$"),
        alternatives([","] + [f" {w} " for w in language.attribution_ends]),
        language.pronouns, language.plural_pronoun, language.not_names,
        frozenset(" ".join(language.titles).split()),
        organisation_word,
        re.compile(rf"(?:{the} )?(?P<name>(?:[A-Z][\w’'-]{{1,{MAX_WORD_LETTERS}}} ){{0,{MAX_NAME_WORDS}}}"
                   rf"{organisation_word.pattern}"
                   rf"(?: {of} (?:{the} )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)?)"),
    )


def alias_key(name):
    """One key for the spellings of a name that differ by transliteration."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("j", "y").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", text)


def clean_name(name, people):
    """The name without a possessive, a title in front or a capitalised non-name ("Russian");
    people: the language's EntityGrammar."""
    words = [w for w in re.sub(r"[’']s$", "", name.strip()).split() if w not in people.not_names]
    while words and words[0].rstrip(".") in people.title_words:
        words = words[1:]
    return " ".join(words)


def names_in(text, people):
    """Names in a phrase, possessives ("Irina's boyfriend") left out."""
    names = [clean_name(m[0], people) for m in re.finditer(people.name, text) if not re.search(r"[’']s$", m[0])]
    return [n for n in names if n]


def speaker_of(attribution, before_quote, people):
    """Who speaks a quote: from the words after it ("…," said Irina; "…," Irina said), or
    before it (Irina said: "…"); "he" or "she" as written, for the caller to resolve."""
    after = people.speaker_after.match(attribution)
    if after and after["verb"]:
        first_words = " ".join(after["after"].split()[:4])
        if first_words.split() and first_words.split()[0].lower().strip(",.") in people.pronouns:
            return first_words.split()[0].lower().strip(",.")
        names = names_in(re.split(people.attribution_end, after["after"])[0], people) or names_in(first_words, people)
        return names[0] if names else None
    if after and after["before"] is not None:
        phrase = after["before"].strip(" ,")
        if phrase.lower() in people.pronouns:
            return phrase.lower()
        subject = phrase.split(",")[0]
        names = names_in(subject, people) if len(subject.split()) <= 6 else []
        return names[-1] if names else None
    before = people.speaker_before.search(before_quote)
    return clean_name(before["name"], people) or None if before else None


def quotes_in(paragraph, people):
    """(quote text, speaker name or pronoun, anchor, text before it) for each direct quote in a
    paragraph of Sentences."""
    text, starts = "", []
    for sentence in paragraph:
        starts.append((len(text), sentence.anchor))
        text += sentence.text + " "
    found = []
    for match in QUOTE.finditer(text):
        quote = (match["text"] or match["plain"]).strip()
        if len(quote.split()) < 3:
            continue  # a quoted phrase ("the remnants of occupiers") is no one's statement
        # A quote closed by a full stop ends its sentence: what follows is no attribution.
        closed = (match["end"] or match["plain_end"]) == "."
        after = "" if closed else text[match.end():match.end() + 120]
        speaker = speaker_of(after, text[max(0, match.start() - 120):match.start()], people)
        anchor = [a for start, a in starts if start <= match.start()][-1]
        found.append((quote, speaker, anchor, text[:match.start()]))
    return found


def people_in(sentence, language=DEFAULT):
    """The people a sentence marks by a title or an age."""
    people = grammar(language)
    names = [m["name"] for m in people.titled.finditer(sentence)]
    if DIGIT.search(sentence):  # an age is written in digits: skip the slow pattern without one
        names += [m["name"] or m["after"] for m in people.aged.finditer(sentence)]
    return [n for n in (clean_name(n, people) for n in names) if n]


def organisations_in(sentence, people):
    found = []
    if not people.organisation_word.search(sentence):  # most sentences name none: skip the slow pattern
        return found
    for match in people.organisation.finditer(sentence):
        name = match["name"].strip()
        if len(name.split()) > 1 and name.split()[0] not in people.not_names:
            found.append(name)
    return found


def mentions(sentences, names):
    """{name: anchors of the sentences naming it}; a longer name hides the shorter one inside it."""
    found = {name: [] for name in names}
    ordered = sorted(names, key=lambda n: (-len(n), n))
    for sentence in sentences:
        text = sentence.text
        for name in ordered:
            if name not in text:  # the cheap test first: most names are not in most sentences
                continue
            pattern = rf"\b{re.escape(name)}\b"
            if re.search(pattern, text):
                found[name].append(sentence.anchor)
                text = re.sub(pattern, " ", text)
    return found


def surname_owner(name, full_names):
    """'Turchak' names 'Andrey Turchak' when that is the one full name ending so."""
    owners = [full for full in full_names if full.split()[-1] == name]
    return owners[0] if len(owners) == 1 else None


def last_named(text, names):
    """The person named last in text: whom a following "he" or "she" most likely is."""
    best, at = None, -1
    for name in sorted(names, key=lambda n: (-len(n), n)):  # at one place, the longer name wins
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            if match.start() > at:
                best, at = name, match.start()
    return best


def source_entities(source, declared=frozenset(), language=DEFAULT):
    """(entities, quotes) of one Source: entities as (kind, name, anchors), quotes as
    (text, speaker or None, anchor); "he" or "she" is the person named last before the quote."""
    marks = grammar(language)
    people, found_quotes = set(), []
    for paragraph in source.paragraphs:
        for quote in quotes_in(paragraph, marks):
            found_quotes.append(quote)
            if quote[1] and quote[1] not in marks.pronouns:
                people.add(quote[1])
        for sentence in paragraph:
            people.update(people_in(sentence.text, language))
    quotes, earlier = [], ""
    paragraph_of = {s.anchor: n for n, paragraph in enumerate(source.paragraphs) for s in paragraph}
    texts = [" ".join(s.text for s in paragraph) for paragraph in source.paragraphs]
    for text, speaker, anchor, before in found_quotes:
        if speaker in marks.pronouns:
            earlier = " ".join(texts[:paragraph_of[anchor]]) + " " + before
            speaker = last_named(earlier, people) if speaker != marks.plural_pronoun else None
        quotes.append((text, speaker, anchor))
    full_names = [n for n in people if len(n.split()) > 1]
    owner = {n: surname_owner(n, full_names) for n in people if len(n.split()) == 1}
    people = {n for n in people if not owner.get(n)}
    quotes = [(text, owner.get(speaker) or speaker, anchor) for text, speaker, anchor in quotes]
    sentences = source.sentences
    surnames = {n.split()[-1]: n for n in full_names if n in people and surname_owner(n.split()[-1], full_names)}
    found = mentions(sentences, people | set(surnames))
    entities, order = [], {s.anchor: n for n, s in enumerate(sentences)}
    for name in sorted(people):
        anchors = found[name] + [a for s, full in surnames.items() if full == name for a in found[s]]
        entities.append(("person", name, tuple(sorted(set(anchors), key=order.__getitem__))))
    organisations, places = {}, {}
    for sentence in sentences:
        for name in organisations_in(sentence.text, marks):
            organisations.setdefault(name, []).append(sentence.anchor)
        for name in places_in(sentence.text, declared, language):
            places.setdefault(name, []).append(sentence.anchor)
    entities += [("organisation", n, tuple(dict.fromkeys(a))) for n, a in sorted(organisations.items())]
    entities += [("place", n, tuple(dict.fromkeys(a))) for n, a in sorted(places.items()) if n not in people]
    return entities, quotes
