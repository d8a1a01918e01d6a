"""People, organisations and places a source names, and the direct quotes its people speak.

People are names the article itself marks as people: speakers of quotes ("…," said Irina;
Sapyan said), names after a title or a role (Governor, Mayor, Mr, "police chief", "shop owner"),
in apposition to a role ("the key suspect, Ana Diaz"; "Ana Diaz, a farmer,"), names with an age
("David Hart, 61"; "44-year-old Alexander"), and full names that say or tell ("Ana Diaz said").
A title or role stays out of the name ("German Chancellor Ana Diaz" is Ana Diaz); nationalities,
places, buildings and organisations are never people. A surname alone ("Hart") is the same person
as the one full name it ends; a first name alone is its own entity, so two Alexanders stay two.
Organisations are names holding an organisation word (Office, Police, Court…); places come
from the gazetteer (context.py). Spellings that differ only by transliteration share an
alias key: Sergei / Sergej / Sergey, Zelensky / Zelenskyi / Zelenskyy.

A quote's speaker is read, in this order: after it ("…," said Ana Diaz; "…," the ministry said;
"…," she said), as the last quote's speaker going on ("…," she said. "…" — or ", adding, "…"),
before it in its sentence (Ana Diaz said: "…"; Ana Diaz said the plan would "…"), or, for a
paragraph opening on a quote, the speaker that closed the paragraph before. "He" or "she" is the
person named or speaking last before it, unless someone unnamed spoke since ("…," an official
said): when unsure, a quote has no speaker rather than a wrong one.
"""

import bisect
import re
import unicodedata

from typing import NamedTuple

from ..lang import DEFAULT, alternatives, per_language
from .context import grammar as context_grammar
from .context import places_in
from .gazetteer import is_known_place
from .numbers import DIGIT

QUOTE = re.compile(r"“(?P<text>[^“”]{3,}?)(?P<end>[,.!?…]?)”|\"(?P<plain>[^\"]{3,}?)(?P<plain_end>[,.!?]?)\"")


class EntityGrammar(NamedTuple):
    name: str  # a person's name, a pattern
    name_pattern: re.Pattern
    title_ends: frozenset  # the last words of titles: "Mayor Ana Diaz", "Prime Minister Ana Diaz"
    role_ends: frozenset  # the last words of roles, lower case: "police chief Ana Diaz"
    appositive: re.Pattern  # "Ana Diaz, a farmer"; "the key suspect, Ana Diaz"
    aged: re.Pattern  # "Irina, 44, said": an age; "In Kyiv, 13,679 people": a grouped number, no age
    speech: re.Pattern  # a speech verb
    according: str  # "…," according to Ana Diaz: a pattern
    said_by: re.Pattern  # "Ana Diaz said", "Ana Diaz, the mayor, said": a name speaking
    subject_end: re.Pattern  # a name ending a phrase, maybe with an apposition after it: "Ana Diaz, the mayor,"
    document_end: re.Pattern  # "a White House statement", "a spokesman for the Interior Ministry" ending a phrase
    adverb_end: re.Pattern  # "later", "on Sunday": words ending a phrase before a speech verb
    continued: re.Pattern  # ", adding that": the last speaker goes on
    abbreviations: frozenset  # words whose full stop ends no sentence: "mr", "cmdr"
    attribution_end: str  # where the words after a speech verb stop naming the speaker, a pattern
    pronouns: frozenset
    plural_pronoun: str  # "they": a speaker, but no one person
    not_names: frozenset  # capitalised words that are no name: "The", "Monday", "Russian"
    demonyms: frozenset  # "French", "Frenchman": never a person
    not_person_words: frozenset  # a name holding one is no person: "Palace"
    title_words: frozenset  # the words of titles: a name starts after the last of them
    role_words: frozenset  # the words of roles, capitalised: "Deputy Spokesperson Ana Diaz"
    document_words: frozenset
    prepositions: frozenset  # "an official in Brussels said": no speaker named
    pronoun_of_title: dict  # "Mr" -> "he"
    organisation_word: re.Pattern
    organisation: re.Pattern


# Longer names and name words are implausible; bounding them keeps every pattern below linear
# in the text, where open repetitions of words backtrack without end on runs of capitals.
MAX_NAME_WORDS = 9
MAX_WORD_LETTERS = 60
PRONOUN_REACH = 8  # sentences: "he" or "she" stands for someone named this close, or no one
NOBODY = ""  # a speaker the words name no one by: "an official said", "the statement said"
# Short titles that are words too: their full stop may end a sentence ("…, said the King.").
WORDS_TOO = {"king", "lord", "lady", "dame", "pope", "vice", "miss", "emir", "sir"}


def either_case(phrase):
    """'police chief' as a pattern that also matches 'Police Chief'."""
    return " ".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in phrase.split())


@per_language
def grammar(language):
    """How a language marks people, organisations and speakers."""
    # A capital, then the rest of its token holding a lower-case letter ("McDonald", "O'Brien").
    # The word takes its whole token and never gives letters back: were it free to end anywhere
    # in the token, each word of a run could match in several ways and a failing match would
    # try every combination of them.
    letters = rf"[\w’'-]{{0,{MAX_WORD_LETTERS}}}"
    word = rf"[A-Z](?={letters}?[a-z]){letters}(?![\w’'-])"
    # A particle is a whole word inside a name, before the next name word ("Charles de Gaulle"),
    # or joined to it ("al-Baghdadi"): never the start of the next word ("Hollande deemed").
    particle = rf"(?:{alternatives(language.name_particles)})(?:(?= [A-Z])|-(?=[A-Z]){letters}(?![\w’'-]))"
    name = rf"(?<![\w’'-]){word}(?: (?:{word}|{particle})){{0,{MAX_NAME_WORDS - 1}}}"
    speech = alternatives(language.speech_verbs)
    roles = sorted({either_case(r) for r in language.roles}, key=len, reverse=True)
    role = alternatives(roles)
    organisation_word = re.compile(rf"\b(?:{alternatives(sorted(context_grammar(language.code).organisation_words))})\b")
    the, of = language.the, language.of
    determiner = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)"
    modifiers = r"(?:[\w’'-]{1,40} ){0,3}?"
    adverbs = alternatives([re.escape(w) for w in language.speech_adverbs])
    return EntityGrammar(
        name,
        re.compile(name),
        frozenset(t.split()[-1] for t in language.titles),
        frozenset(r.split()[-1].lower() for r in language.roles),
        re.compile(rf"(?P<name>{name}), (?:\d{{1,3}}, )?(?:{determiner} |[A-Z][\w’'-]{{0,40}}[’']s )?{modifiers}"
                   rf"(?:{role})\b(?! of (?:{the} )?[a-z])"
                   rf"|\b{determiner} {modifiers}(?:{role})"
                   rf"(?: (?:of|for|at) (?:{the} )?[A-Z][\w’'-]{{0,40}}(?: [A-Z][\w’'-]{{0,40}}){{0,3}})?, (?P<after>{name})"),
        re.compile(rf"(?P<name>{name}), (?:\d{{1,3}})\b(?=,(?!\d)|\))|\b\d{{1,3}}{language.age_suffix} (?P<after>{name})"),
        re.compile(rf"\b(?:{speech})\b"),
        rf"\b(?:{alternatives(language.attribution_phrases)})\b",
        re.compile(rf"(?P<name>{name})(?:(?:, [^,“”\n]{{1,80}}){{1,2}},)? (?:(?:{adverbs}) )?(?:{speech})\b"),
        re.compile(rf"(?P<name>{name})(?:[’']s)?(?P<apposition>(?:, [^,“”\n]{{1,80}}){{1,2}},)?$"),
        re.compile(rf"(?:(?P<owner>{name})(?:[’']s)? (?:[a-z]+ )?(?:{alternatives(language.document_words)})"
                   rf"|(?:{alternatives(language.document_words)}) (?:for|of|at) (?:{the} )?(?P<body>{name}))$"),
        re.compile(rf"(?:,? (?:{adverbs}|(?:(?:late|early) )?on [A-Z][a-z]+|last [a-z]+|this [a-z]+|in an? \w+ statement"
                   rf"|in an? \w+|in (?:a|an|the) \w+ (?:statement|interview|post)))+$"),
        re.compile(rf"(?:^|[,;]\s*(?:(?:he|she) (?:said|added),? )?)(?:{alternatives(language.speech_continued)})\b"
                   rf"[^.!?“”\"]{{0,100}}$"),
        language.abbreviations | {t.lower() for t in language.titles if re.fullmatch(r"[A-Z][a-z]{0,3}", t)
                                  and t.lower() not in WORDS_TOO},
        alternatives([","] + [f" {w} " for w in language.attribution_ends]),
        language.pronouns, language.plural_pronoun, language.not_names, language.demonyms,
        language.not_person_words,
        frozenset(" ".join(language.titles).split()),
        frozenset(w[0].upper() + w[1:] for w in " ".join(language.roles).split()),
        frozenset(language.document_words),
        frozenset(language.place_prepositions) | {"for", "with", "by", "about", "on", "after", "during"},
        {title: pronoun for pronoun, titles in language.pronoun_titles.items() for title in titles},
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


def is_demonym(word, people):
    return word in people.demonyms or (word.endswith("s") and word[:-1] in people.demonyms)


def clean_name(name, people):
    """The name without a possessive, what owns it ("Al Jazeera's Ana Diaz"), a nationality or a
    title in front ("German Chancellor Ana Diaz"), or a capitalised non-name ("The");
    people: the language's EntityGrammar."""
    words = name.strip().split()
    owned = [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s?$", w)]
    if owned:
        words = words[owned[-1] + 1:]
    words = [w for w in (re.sub(r"[’'](?:s)?$", "", w) for w in words) if w and w not in people.not_names]
    if words and people.organisation_word.fullmatch(words[-1]):
        return " ".join(words)  # an organisation keeps its whole name: "European Commission", "Justice Ministry"
    while words and is_demonym(words[0], people):
        words = words[1:]
    # The name starts after the last title before its last word ("Secretary of State Ana Diaz");
    # a role word capitalised ("Deputy Spokesperson") before two name words at least.
    cut = -1
    for i, w in enumerate(words[:-1]):
        bare = w.rstrip(".")
        if bare in people.title_words or (bare in people.role_words and len(words) - i > 2) \
                or (w.endswith(".") and len(bare) <= 4):
            cut = i
    words = words[cut + 1:]
    while words and words[0].rstrip(".") in people.title_words and len(words) == 1:
        words = words[1:]
    return " ".join(words)


def is_person(name, people, strong=False):
    """Could a cleaned name be a person's: no place, organisation, nationality or building;
    strong: a title says so ("President Obama", though Obama is also a town)."""
    words = name.split()
    if not words or any(w in people.not_person_words for w in words) or people.organisation_word.search(name):
        return False
    if all(w in people.not_names or is_demonym(w, people) for w in words):
        return False
    if len(words) == 1 and (strong or len(name) < 2):
        return len(name) > 1
    return not is_known_place(name)


SENTENCE_END = re.compile(r"[.!?…][”\"’]?\s+(?=[“\"‘A-Z0-9]|$)")


def sentence_ends(text, start, end, people):
    """Where the sentences in text[start:end] end: never at an abbreviation's full stop ("Mr.",
    "Cmdr.") or an initial ("J.")."""
    ends = []
    for match in SENTENCE_END.finditer(text, start, end):
        if text[match.start()] == ".":
            word = re.search(r"[\w.]+$", text[max(start, match.start() - 12):match.start()])
            word = word[0].lower() if word else ""
            if word in people.abbreviations or (len(word) == 1 and word.isalpha()) or "." in word:
                continue
        ends.append(match.end())
    return ends


def sentence_start(text, before, floor, people):
    """Where the sentence holding text[before] starts (not before floor)."""
    ends = sentence_ends(text, floor, before, people)
    return ends[-1] if ends else floor


def subject_before(phrase, people):
    """Who the words before a speech verb name: a name ("Ana Diaz", "German Chancellor Ana Diaz,
    the mayor,"), a pronoun, an owner of a statement ("A White House statement"), NOBODY for
    words that name no one ("an official in Brussels", "the party leader"), or None without words."""
    phrase = people.adverb_end.sub("", phrase[-200:].strip()).lstrip(" ,").rstrip()
    if not phrase.strip(" ,"):
        return None
    last = phrase.split()[-1].strip(",")
    if last.lower() in people.pronouns:
        return last.lower()
    document = people.document_end.search(phrase.rstrip(" ,"))
    if document:
        owner = clean_name(document["owner"] or document["body"], people)
        return owner if owner and not is_demonym(owner, people) else NOBODY
    subject = people.subject_end.search(phrase)
    if not subject:
        return body_of(phrase, people)
    before = phrase[:subject.start()].split()
    if not subject["apposition"] and phrase.endswith(","):
        return NOBODY  # "Ana Diaz arrived in Athens, said": no subject
    if before and before[-1].lower() in people.prepositions:
        return NOBODY  # "an official in Brussels said"
    name = clean_name(subject["name"], people)
    return name if name and not all(is_demonym(w, people) for w in name.split()) else NOBODY


ORGANISATION = "\0"  # before an organisation word: "the ministry said", whose name the source gives


def body_of(phrase, people):
    """'the ministry' as ORGANISATION + 'Ministry', for the one ministry the source names; else NOBODY."""
    body = re.search(r"\b[Tt]he ([a-z]+)$", phrase.rstrip(" ,"))
    if body and people.organisation_word.fullmatch(body[1].capitalize()):
        return ORGANISATION + body[1].capitalize()
    return NOBODY


def is_nominal(phrase, people):
    """Do the words before a speech verb name someone unnamed: "an official in Brussels",
    "analysts" (not "Ana Diaz arrived, and")?"""
    clause = re.split(r"[,;:]", phrase.strip(" ,"))[-1].split()
    return 0 < len(clause) <= 6 and clause[-1].islower() and clause[-1] not in NOT_SUBJECTS \
        and clause[0].lower() not in people.pronouns


NOT_SUBJECTS = {"and", "but", "or", "then", "who", "which", "that", "also", "later", "had", "has", "have", "was"}


def subject_after(rest, people):
    """Who the words after a speech verb name: "said Ana Diaz, a farmer", "said shop owner Ana
    Diaz", "said the French president, Ana Diaz", "said Cmdr. Ana Diaz", "she said"."""
    rest = rest[:160].split("\n")[0]
    ends = sentence_ends(rest, 0, len(rest), people)
    rest = rest[:ends[0]] if ends else rest
    rest = re.split("[“”\"]", rest)[0]
    segment = re.split(people.attribution_end, rest)[0]
    tokens = segment.split()
    if tokens and tokens[0].lower().strip(",.") in people.pronouns:
        return tokens[0].lower().strip(",.")
    at, skipped = 0, []
    while at < len(tokens) and len(skipped) < 6:
        token = tokens[at]
        if token[0].isupper():
            match = re.match(rf"(?:[A-Z][a-z]{{0,4}}\. )*(?P<name>{people.name})", " ".join(tokens[at:]))
            if not match:
                skipped.append(token)
                at += 1
                continue
            name = clean_name(match[0], people)
            after = " ".join(tokens[at:])[match.end():].split()
            if re.search(r"[’']s$", match[0]):  # "said Irina's boyfriend Sergei": whose, not who
                skipped += match[0].split()
                at += len(match[0].split())
                continue
            if after and after[0][0].islower() and after[0] not in people.prepositions:
                # the name is no speaker but says whose: "said a Foreign Ministry spokesman"
                if after[0] in people.document_words:
                    return name or NOBODY
                return NOBODY
            if name and not all(is_demonym(w, people) for w in name.split()):
                return name
            skipped += match[0].split()
            at += len(match[0].split())
            continue
        if token.lower() in people.prepositions and not (skipped and skipped[-1] in people.document_words):
            return NOBODY  # "said on Sunday", "said in a statement"
        skipped.append(token)
        at += 1
    apposition = re.match(rf", (?P<name>{people.name})", rest[len(segment):])
    if apposition and skipped and any(w.lower() in people.role_words or w in people.title_words
                                      or w.lower().capitalize() in people.role_words for w in skipped):
        name = clean_name(apposition["name"], people)  # "said the French president, Ana Diaz"
        return name or NOBODY
    if skipped and not apposition:
        return body_of(" ".join(skipped), people)  # "said the ministry"
    return NOBODY if skipped else None


def attribution_after(after, people):
    """The speaker the words straight after a quote name, or None when they name none."""
    verb = re.match(rf"[,.!?…]?\s*(?P<verb>{people.speech.pattern}|{people.according})\s*(?P<rest>.*)", after, re.S)
    if verb:
        return subject_after(verb["rest"], people)
    # "…," Ana Diaz said / "…," the ministry said: the phrase before the verb, one short clause
    before = re.match(rf"[,.!?…]?\s*(?P<phrase>[^“”\"\n!?;]{{0,100}}?)\s(?P<verb>{people.speech.pattern})", after)
    if before and len(before["phrase"].split()) <= 12 and not sentence_ends(before[0] + " A", 1, len(before[0]) + 2, people):
        phrase = before["phrase"]
        if "," in phrase.strip(" ,") and not people.subject_end.search(phrase.strip()):
            return None  # "…," in other words, … said: a clause between
        if re.match(r"\s+(?:that\b|if\b|whether\b|(?:he|she|it|they|we|I|there|this|that)(?:\b|[’']))",
                    after[before.end():]):
            return None  # "…," Ana says that's not true: Ana speaks a new clause, not the quote
        return subject_before(phrase, people)
    return None


def attribution_before(text, start, quote_start, people):
    """The speaker named before a quote in its sentence: Ana Diaz said: "…"; she told the court
    the plan was "…". text[start:quote_start] is the sentence up to the quote."""
    before = text[start:quote_start]
    verbs = list(people.speech.finditer(before))
    if not verbs:
        return None, None
    verb = verbs[-1]
    return subject_before(before[:verb.start()], people), start + verb.start()


def source_quotes(text, paragraphs, people):
    """Each quote of 3 words or more in text: (start, end, quote, speaker, how, where), how it
    was attributed ('after', 'before', None) and where the attribution's verb is."""
    found = []
    for start, end in paragraphs:
        for match in QUOTE.finditer(text, start, end):
            quote = (match["text"] or match["plain"]).strip()
            if len(quote.split()) < 3:
                continue  # a quoted phrase ("the remnants of occupiers") is no one's statement
            # A quote closed by a full stop ends its sentence: what follows is no attribution.
            closed = (match["end"] or match["plain_end"]) == "."
            speaker, how, where = None, None, match.end()
            if not closed:
                speaker = attribution_after(text[match.end():min(end, match.end() + 200)], people)
                how = "after" if speaker is not None else None
            found.append([match.start(), match.end(), quote, speaker, how, where, (start, end)])
    return found


def source_entities(source, declared=frozenset(), language=DEFAULT):
    """(entities, quotes) of one Source: entities as (kind, name, anchors), quotes as
    (text, speaker or None, anchor)."""
    marks = grammar(language)
    text, paragraphs, starts = "", [], []
    for paragraph in source.paragraphs:
        begin = len(text)
        for sentence in paragraph:
            starts.append((len(text), sentence.anchor))
            text += sentence.text + " "
        paragraphs.append((begin, len(text)))
        text += "\n"
    quotes = source_quotes(text, paragraphs, marks)
    sentence_starts = [at for at, _ in starts]
    paragraph_index = {start: n for n, (start, _) in enumerate(paragraphs)}
    inside = [(q[0], q[1]) for q in quotes]
    quote_starts = [a for a, _ in inside]

    def quoted(at):
        n = bisect.bisect_right(quote_starts, at) - 1
        return n >= 0 and at < inside[n][1]

    # People the text marks: titles and roles, apposition, ages, full names speaking.
    strong, people = set(), set()
    introduced = set()  # named alone with an age or a role: "Alexander, 44," is his own person
    for sentence in source.sentences:
        titled, marked = marked_in(sentence.text, marks)
        titled = [n for n in titled if is_person(n, marks, True)]
        marked = [n for n in marked if is_person(n, marks) and n not in titled]
        strong.update(titled)
        people.update(titled, marked)
        introduced.update(marked)
    for match in marks.said_by.finditer(text):
        name = clean_name(match["name"], marks)
        before = text[max(0, match.start() - 20):match.start()].split()
        if len(name.split()) > 1 and not quoted(match.start()) and is_person(name, marks) \
                and not (before and before[-1].lower() in marks.prepositions):
            people.add(name)

    # Speakers: after the quote, the last speaker going on, before it in its sentence, or the
    # speaker closing the paragraph before.
    previous = None
    for quote in quotes:
        start, end, _, speaker, how, where, (p_start, p_end) = quote
        if how is None and previous is not None and previous[3] is not None and previous[6][0] == p_start:
            gap = text[previous[1]:start]
            ends = sentence_ends(gap, 0, len(gap), marks)
            tail = gap[ends[-1]:] if ends else gap
            # "…," she said. "…": only the last quote's own attribution may stand between
            if (not tail.strip(" “”\"‘’") and previous[3] != NOBODY
                    and (len(ends) == 0 or (previous[4] == "after" and len(ends) == 1))) or marks.continued.search(tail) \
                    or (previous[4] == "after" and not ends and gap.rstrip().endswith(",")):  # "…," said Ana, "…"
                quote[3], quote[4], quote[5] = previous[3], "continued", previous[5]
        if quote[4] is None:
            begin = sentence_start(text, start, max(p_start, start - 400), marks)
            speaker, at = attribution_before(text, begin, start, marks)
            if speaker is not None:
                quote[3], quote[4], quote[5] = speaker, "before", at
        if quote[4] is None and not text[p_start:start].strip() and previous is not None \
                and previous[3]:
            last_paragraph = paragraphs[paragraph_index[p_start] - 1] if p_start else None
            if previous[6] == last_paragraph:
                rest = text[previous[1]:last_paragraph[1]]
                if not rest.strip(" “”\"‘’") or (previous[4] == "after" and len(sentence_ends(rest, 0, len(rest), marks)) <= 1):
                    quote[3], quote[4], quote[5] = previous[3], "paragraph", previous[5]
        previous = quote
    organisations, places = {}, {}
    for sentence in source.sentences:
        for name in organisations_in(sentence.text, marks):
            organisations.setdefault(name, []).append(sentence.anchor)
        for name in places_in(sentence.text, declared, language):
            places.setdefault(name, []).append(sentence.anchor)
    for quote in quotes:
        speaker = quote[3]
        if speaker and speaker.startswith(ORGANISATION):
            bodies = [n for n in organisations if speaker[1:] in n.split()]
            quote[3] = bodies[0] if len(bodies) == 1 else NOBODY
        elif speaker and speaker not in marks.pronouns and is_person(speaker, marks):
            people.add(speaker)

    # A surname alone is the one full name it ends, in the people found or in the text.
    full_names = {n for n in people if len(n.split()) > 1}
    owner = {}
    for name in people:
        owners = {f for f in full_names if ends_with(f, name)}
        if not owners and " " not in name:
            written = {clean_name(m[0], marks) for m in re.finditer(rf"{marks.name}(?= {re.escape(name)}\b)", text)}
            owners = {f"{w} {name}" for w in written if w and len(w.split()) == 1
                      and w not in marks.title_words and w not in marks.role_words and is_person(f"{w} {name}", marks)}
        if not owners and " " not in name and name not in introduced:
            # a first name alone, after the one full name it starts: "Khalid Abu Bakar … Khalid said"
            first = text.find(name)
            owners = {f for f in full_names if alias_key(f.split()[0]) == alias_key(name)
                      and -1 < text.find(f) <= first}
        if len(owners) == 1:
            owner[name] = owners.pop()
    people = {owner.get(n, n) for n in people if is_person(n, marks, n in strong)}
    full_names = {n for n in people if len(n.split()) > 1}
    surnames = {}
    for full in full_names:
        surnames.setdefault(full.split()[-1], set()).add(full)
    surnames = {s: fulls.pop() for s, fulls in surnames.items() if len(fulls) == 1 and s not in people}

    # Pronouns: the person named or speaking first in their sentence or the few before it, of
    # the pronoun's gender (a title tells it: "Mr", "Ms").
    gender = {}
    for match in re.finditer(rf"\b(?P<title>{alternatives(sorted(marks.pronoun_of_title))})\.? (?P<name>{marks.name})", text):
        name = clean_name(match["name"], marks)
        name = surnames.get(name, owner.get(name, name))
        gender.setdefault(name, marks.pronoun_of_title[match["title"]])
    events = []
    for verb in marks.speech.finditer(text):
        if quoted(verb.start()):
            continue
        floor = max(text.rfind("\n", max(0, verb.start() - 300), verb.start()) + 1, verb.start() - 300)
        phrase = re.split(r"[“”\"]", text[sentence_start(text, verb.start(), floor, marks):verb.start()])[-1]
        subject = subject_before(phrase, marks)
        if subject in marks.pronouns:
            continue  # "he said": the same person, whoever it is
        if subject:
            subject = owner.get(subject, surnames.get(subject, subject))
            events.append((verb.start(), subject if subject in people else NOBODY))
        elif subject == NOBODY and is_nominal(phrase, marks):
            events.append((verb.start(), NOBODY))
    taken = bytearray(len(text))  # a longer name hides the shorter one inside it: "Alexander Sladkov"
    for name in sorted(people | set(surnames), key=lambda n: (-len(n), n)):
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text):
            if not quoted(match.start()) and not any(taken[match.start():match.end()]):
                taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
                events.append((match.start(), surnames.get(name, name)))
    for quote in quotes:
        if quote[4] in ("after", "before") and quote[3] not in marks.pronouns:
            at = quote[5]
            if quote[4] == "after":  # the speaker stays the subject to the end of the attribution's sentence
                ends = sentence_ends(text, quote[1], min(quote[6][1], quote[1] + 400), marks)
                at = ends[0] - 1 if ends else quote[6][1]
            events.append((at, quote[3]))
    events.sort()
    positions = [position for position, _ in events]

    # Sentences, by where they start: "he" is sought in its own sentence, then the ones before it.
    boundaries = sorted({0, *(at for p in paragraphs for at in (p[0], *sentence_ends(text, p[0], p[1], marks)))})

    def resolve(pronoun, at):
        """The person a pronoun at text[at] stands for: in its sentence before it, then in each
        sentence before (a few at most), the first person of its gender named or speaking there
        (the subject more often than not); none when someone unnamed speaks there first."""
        if pronoun == marks.plural_pronoun:
            return None
        sentence, end = bisect.bisect_right(boundaries, at) - 1, at
        for _ in range(PRONOUN_REACH):
            if sentence < 0:
                break
            begin = boundaries[sentence]
            for _, name in events[bisect.bisect_left(positions, begin):bisect.bisect_left(positions, end)]:
                if not name:
                    return None  # someone unnamed spoke: "…," an official said
                if gender.get(name, pronoun) == pronoun:
                    return name if name in people else None
            sentence, end = sentence - 1, begin
        return None

    found_quotes = []
    for quote in quotes:
        start, end, words, speaker, how, where, _ = quote
        if speaker in marks.pronouns:
            speaker = resolve(speaker, where)
            quote[3] = speaker
            if speaker:
                n = bisect.bisect_left(positions, where)
                events.insert(n, (where, speaker))
                positions.insert(n, where)
        speaker = owner.get(speaker, surnames.get(speaker, speaker)) if speaker else None
        anchor = starts[bisect.bisect_right(sentence_starts, start) - 1][1]
        found_quotes.append((words, speaker or None, anchor))

    sentences = source.sentences
    found = mentions(sentences, people | set(surnames))
    entities, order = [], {s.anchor: n for n, s in enumerate(sentences)}
    for name in sorted(people):
        anchors = found[name] + [a for s, full in surnames.items() if full == name for a in found[s]]
        entities.append(("person", name, tuple(sorted(set(anchors), key=order.__getitem__))))
    entities += [("organisation", n, tuple(dict.fromkeys(a))) for n, a in sorted(organisations.items())]
    entities += [("place", n, tuple(dict.fromkeys(a))) for n, a in sorted(places.items()) if n not in people]
    return entities, found_quotes


def ends_with(full, name):
    """Does a longer name end with name, spelt alike ("Andrey Turchak", "Turchak"; "Lars van
    Dijk", "Van Dijk")?"""
    longer, shorter = full.split(), name.split()
    return len(longer) > len(shorter) and \
        [alias_key(w) for w in longer[-len(shorter):]] == [alias_key(w) for w in shorter]


def titled_in(sentence, people):
    """The names after a title or role ("President Obama", "police chief Ana Diaz", "Cmdr. Ana
    Diaz") or holding one ("German Chancellor Ana Diaz"): people even when a place shares the name."""
    found = []
    for match in people.name_pattern.finditer(sentence):
        before = re.search(r"(?<![\w’'-])([A-Za-z][\w-]{0,40})\.? $", sentence[max(0, match.start() - 42):match.start()])
        titled = before and (before[1] in people.title_ends or before[1].lower() in people.role_ends)
        if not titled:
            words = match[0].split()
            titled = any(w.rstrip(".") in people.title_words or (w in people.role_words and len(words) - i > 2)
                         for i, w in enumerate(words[:-1]))
        if titled:
            name = clean_name(match[0], people)
            if name:
                found.append(name)
    return found


def marked_in(sentence, people):
    """(names a title marks, names an age or apposition marks) in a sentence, people or not."""
    names = []
    for match in people.appositive.finditer(sentence):
        if match["name"] and " " not in match["name"].strip() \
                and not re.match(r", (?:\d|[Tt]he |[Aa]n? |[Hh]is |[Hh]er |[Tt]heir |[Ii]ts |[A-Z]\S*[’']s )",
                                 match[0][len(match["name"]):]):
            continue  # "Earlier, German Foreign Minister …": one word needs "a" or "the" before its role
        names.append(match["name"] or match["after"])
    if DIGIT.search(sentence):  # an age is written in digits: skip the slow pattern without one
        names += [m["name"] or m["after"] for m in people.aged.finditer(sentence)]
    return titled_in(sentence, people), [n for n in (clean_name(n, people) for n in names) if n]


def people_in(sentence, language=DEFAULT):
    """The people a sentence marks by a title, a role or an age."""
    people = grammar(language)
    titled, marked = marked_in(sentence, people)
    found = []
    for name, strong in [(n, True) for n in titled] + [(n, False) for n in marked]:
        if is_person(name, people, strong) and name not in found:
            found.append(name)
    return found


def organisations_in(sentence, people):
    found = []
    if not people.organisation_word.search(sentence):  # most sentences name none: skip the slow pattern
        return found
    for match in people.organisation.finditer(sentence):
        words = match["name"].split()
        while words and words[0] in people.not_names and words[0] not in people.demonyms:  # "The Interior Ministry"
            words = words[1:]
        if len(words) > 1:
            found.append(" ".join(words))
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

