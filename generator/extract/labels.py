"""Labels: the phrase of a fact's sentence that says what was counted, where and by whom.

A label is built from the sentence's structure, not cut at a character count: the figure,
the words of its own clause before it (from the last reporting verb or conjunction on), and
the words after it up to the next clause, reporting verb or conjunction. Auxiliaries after a
figure that is the subject drop out ("were housed" -> "housed"). A label never ends on a
function word; where a long clause must be cut, the cut is shown with an ellipsis.
"""

import re

from typing import NamedTuple

from ..lang import DEFAULT, NEVER, per_language
from .context import words_end, words_start
from .gazetteer import written_as

# A comma between digits is a figure's ("1,400", a decimal comma's "2,3 Milliarden"), no break.
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:“”\"()]|\s(?:[–—]|--)\s")
DASH_BREAK = re.compile(r"\s(?:[–—]|--)\s")  # a dash as wires type it too: "will -- at best -- still be"
ASIDE_WORDS = 4  # the most words of an attribution set between commas: ", the ministry said,"
RELATIVE_ASIDE_WORDS = 10  # and of a relative clause or an inclusion: ", which has risen every month since May,"
HEAD_WORDS = 6  # the most words of the noun a relative clause holding the figure is about: "a government debt to GDP ratio"
CHAIN_OTHER_WORDS = 2  # words besides auxiliaries between a relative and its clause's figure: "that will still be at"


class LabelWords(NamedTuple):
    auxiliaries: frozenset
    reporting: frozenset
    conjunctions: frozenset
    relatives: frozenset
    function_words: frozenset  # a label neither starts nor ends on one
    not_first: frozenset
    goes_on: frozenset  # after a comma, the words that go on with the clause before it: "…third, with"
    in_place: str  # "in (the) Belgorod", a pattern
    in_word: str
    article: re.Pattern  # a word that opens a noun phrase: "the", "a"
    aside_openers: frozenset  # words that open what is set aside between commas: "which", "including"


@per_language
def words_of(language):
    """The words that bound a fact's clause in a language."""
    in_word, the = language.in_place or (NEVER, NEVER)
    return LabelWords(language.auxiliaries, language.reporting, language.conjunctions, language.relatives,
                      language.auxiliaries | language.conjunctions | language.relatives | language.function_words,
                      language.label_not_first, frozenset(language.label_goes_on), rf"\b{in_word} (?:{the} )?", in_word,
                      re.compile("|".join(language.articles) or NEVER), frozenset(language.aside_openers))


SET_OFF_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?,")  # after a figure's phrase, the comma closing an aside: " long,"
MAX_LEFT_WORDS = 8
MAX_RIGHT_WORDS = 12
# The words on each side of a figure that can make its label: a clause longer than the
# label's words is cut the same whatever lies beyond them, so only these are read (not the
# whole sentence again for each of its figures; the noun a relative clause holding the figure
# is about is read further, HEAD_WORDS more). To the right, a clause may open with a few
# auxiliaries more ("were being").
LEFT_WORDS_READ = MAX_LEFT_WORDS + 3
RIGHT_WORDS_READ = MAX_RIGHT_WORDS + 8


def bare(word):
    return word.strip(".,;:!?“”\"'‘’()[]").lower()


def trim_function_words(words, function_words, from_end=True):
    """Drop function words from one end: a label neither starts on 'and' nor ends on 'the'."""
    words = list(words)
    while words and bare(words[-1 if from_end else 0]) in function_words:
        words.pop(-1 if from_end else 0)
    return words


def words_before(text, words_of_language, words_read=LEFT_WORDS_READ, set_off=False):
    """The figure's clause before it, from its last reporting verb or conjunction on; when that
    is long, from its last auxiliary on ("…was sentenced to" -> "sentenced to"), after the noun
    a relative clause is about ("a debt ratio that will still be at"); set_off: the figure's
    phrase ends at a comma, as an aside does."""
    known = words_of_language
    # From the space before the words read: a break (" – ") may begin with it.
    first = words_start(text, len(text), words_read)
    read = text[max(0, first - 1):]
    parts = CLAUSE_BREAK.split(read)
    breaks = [found[0] for found in CLAUSE_BREAK.finditer(read)]
    if len(parts) > 2 and parts[-1].strip() and is_aside(parts[-2], breaks[-2:], known):
        # "The deficit -- now the largest in Europe -- rose to 9%", "Unemployment, officials said,
        # reached 27%": the clause goes on past what is set aside in it, read as far again
        aside = len(parts[-2].split()) + 2
        first = words_start(text, len(text), words_read + aside)
        read = text[max(0, first - 1):]
        parts = CLAUSE_BREAK.split(read)
        parts = [*parts[:-3], f"{parts[-3]} {parts[-1]}"]
    clause = parts[-1].split()
    if len(parts) > 1 and clause and bare(clause[0]) in known.goes_on and read.endswith(f",{parts[-1]}"):
        # "Pasok placed third in the voting, with 12 percent": what has the 12 percent is before the comma
        clause = f"{parts[-2]},".split() + clause
    elif set_off and len(parts) > 1 and not clause and read.rstrip().endswith(",") and parts[-2].strip() \
            and known.article.fullmatch(head_noun(parts[-2].split(), known)[0]):
        # "The tanker, 330 metres long, ran aground", "the army, 20,000 strong,": a figure set off
        # between commas right after a noun phrase describes it (not "In Kharkiv, 40 families")
        head = head_noun(parts[-2].split(), known)
        clause = [*head[:-1], f"{head[-1]},"]
    elif len(parts) > 1 and clause and bare(clause[0]) in known.relatives and read.endswith(f",{parts[-1]}"):
        # "cut the deficit, which is expected to be 9 percent": what is 9 percent is before the comma
        clause = head_noun(parts[-2].split(), known) + clause[1:]
    starts = [i + 1 for i, word in enumerate(clause) if bare(word) in known.reporting | known.conjunctions]
    clause = clause[starts[-1]:] if starts else clause
    auxiliaries = [i + 1 for i, word in enumerate(clause) if bare(word) in known.auxiliaries]
    if len(clause) > MAX_LEFT_WORDS and auxiliaries and len(clause) - auxiliaries[-1] > 0:
        # "a debt ratio that will still be at 117 percent": the noun the relative is about, then the figure
        relative = relative_before(clause, auxiliaries[-1] - 1, known)
        if relative is not None and relative < HEAD_WORDS and first > 0 and words_read == LEFT_WORDS_READ:
            return words_before(text, known, LEFT_WORDS_READ + HEAD_WORDS, set_off)  # the noun may begin before the words read
        if relative is None:
            clause = clause[auxiliaries[-1]:]
        else:  # its verbs kept where they fit: "plans will cost the UK", "a ratio at 117 percent"
            head, verbs = head_noun(clause[:relative], known), clause[relative + 1:]
            clause = head + (verbs if len(head) + len(verbs) <= MAX_LEFT_WORDS else clause[auxiliaries[-1]:])
    cut = len(clause) > MAX_LEFT_WORDS
    words = trim_function_words(clause[-MAX_LEFT_WORDS:], known.function_words, from_end=False) if cut else clause
    while words and bare(words[0]) in known.not_first:
        words = words[1:]
    return words, cut


def relative_before(clause, auxiliary, known):
    """Where the relative pronoun opening the verbs that end at clause[auxiliary] stands ("that"
    of "ratio that will still be"), or None: an auxiliary right after it ("the fact that bailout
    conditions have left" has its own subject), then only auxiliaries and a few words."""
    others = 0
    for i in range(auxiliary - 1, -1, -1):
        word = bare(clause[i])
        if word in known.relatives:
            return i if bare(clause[i + 1]) in known.auxiliaries else None
        if word not in known.auxiliaries:
            others += 1
            if others > CHAIN_OTHER_WORDS or word in known.function_words:
                return None
    return None


def head_noun(words, known):
    """The noun phrase that ends words: a name ("Anna Smith"), else from its last article ("a
    government debt to GDP ratio") or, with none near, its last word ("cornerbacks"): what a
    relative clause after it is about."""
    named = 0  # "hired Anna Smith, who is 45": a name is the noun
    while named < min(len(words) - 1, HEAD_WORDS) and words[-1 - named][:1].isupper():
        named += 1
    if named:
        return words[-named:]
    words = words[-HEAD_WORDS:]
    verbs = [i + 1 for i, word in enumerate(words) if bare(word) in known.auxiliaries | known.reporting
             | known.conjunctions | known.relatives]
    words = words[verbs[-1]:] if verbs else words  # "the ministry is hiding plans": the noun is after its verbs
    articles = [i for i, word in enumerate(words) if known.article.fullmatch(word)]
    return words[articles[-1]:] if articles else words[-1:]


def is_aside(part, breaks, known):
    """Whether part, between the two breaks, is set aside in its clause: between two dashes, or
    between two commas an attribution ("officials said", "the ministry said"), a relative
    clause (", which has risen every month since May,") or what a figure includes (", including
    two children,")."""
    if all(DASH_BREAK.fullmatch(mark) for mark in breaks):
        return True
    words = [bare(word) for word in part.split()]
    if breaks != [",", ","] or not words:
        return False
    if words[0] in known.aside_openers:
        return len(words) <= RELATIVE_ASIDE_WORDS
    return len(words) <= ASIDE_WORDS and any(word in known.reporting for word in words)


def words_after(text, figure_is_subject, words_of_language):
    """The figure's clause after it, to the next reporting verb or conjunction, past what is set
    aside in it ("Five people, including two children, were killed": "Five people killed")."""
    known = words_of_language
    read = text[:words_end(text, RIGHT_WORDS_READ)]
    parts = CLAUSE_BREAK.split(read, 2)
    breaks = [found[0] for found in CLAUSE_BREAK.finditer(read)][:2]
    if len(parts) == 3 and not parts[0].strip() and is_aside(parts[1], breaks, known):
        # right after the figure's phrase: its clause goes on past it
        aside = len(parts[1].split()) + 2
        parts = CLAUSE_BREAK.split(text[:words_end(text, RIGHT_WORDS_READ + aside)], 2)
        going_on = parts[2].split()[:1] if len(parts) == 3 else []
        # ... unless a new clause opens after it: "9.3 million containers -- an all-time high -- a busy December has"
        clause = f"{parts[0]} {parts[2]}" if going_on and not (known.article.fullmatch(going_on[0])
                                                                or going_on[0][:1].isupper()) else parts[0]
    else:
        clause = parts[0]
    words = []
    for i, word in enumerate(clause.split()):
        lower = bare(word)
        if lower in known.auxiliaries and figure_is_subject and not words:
            continue  # "1,400 people were housed" -> "1,400 people housed"
        if (lower in known.auxiliaries and not figure_is_subject and i > 0 and bare(words[-1]) not in known.relatives
                and not (i == 1 and words[0][:1].isupper())):
            # "who stole £2.3m from customers | was sentenced": the sentence's own verb; but a
            # name right after the figure is the subject of a clause about it ("on top of the
            # £12.5bn Britain has committed", "the 40 tonnes Kyiv had asked for")
            break
        if lower in known.reporting or lower in known.conjunctions or (lower in known.relatives and i > 0):
            break
        words.append(word)
    cut = len(words) > MAX_RIGHT_WORDS
    return trim_function_words(words[:MAX_RIGHT_WORDS], known.function_words), cut


def place_to_add(label, sentence, places, words_of_language, start=0, end=0):
    """'in Belgorod' when the sentence puts the fact there and the label does not say so; a
    place as the sentence writes it ("в Белгороде" of the place Белгород). Not a place another
    figure stands between it and the fact's (sentence[start:end]): "12,500 people worldwide,
    4,000 of them in France" puts the 4,000 in France, not the 12,500."""
    if any(place in label for place in places):
        return None
    in_place = words_of_language.in_place
    for place in places:
        found = re.search(rf"{in_place}{re.escape(place)}\b", sentence)
        if found:
            return None if figure_between(sentence, start, end, found) else f"{words_of_language.in_word} {place}"
        for written in re.finditer(rf"{in_place}([^\W\d_][\w-]*)", sentence):
            if written[1] != place and written_as(written[1]) == place:
                if written[1] in label or figure_between(sentence, start, end, written):
                    return None
                return f"{words_of_language.in_word} {written[1]}"
    return None


def figure_between(sentence, start, end, found):
    """Whether a figure stands between a fact's figure (sentence[start:end]) and a match found."""
    between = sentence[end:found.start()] if found.start() >= end else sentence[found.end():start]
    return any(character.isdigit() for character in between)


# A bracket opening just before a figure, and what may stand between them: "(~430 ppi)", "(about 97 km/h)".
BRACKET_BEFORE = re.compile(r"\(\s*[~≈]?\s*$")
# A line that names what its figure is before a colon, and nothing else stands before the
# figure: a spec sheet's "Battery: 2800 mAh", a fact box's "Deaths: 47". Up to three words.
HEADING = re.compile(r"\s*((?:[^\W\d_][\w'’&/.-]*\s+){0,2}[^\W\d_][\w'’&/.-]*)\s*:\s*")


DANGLING_DASH = re.compile(r"\s+[-–—]+$")
OPENING_DASH = re.compile(r"^[-–—]+\s+")


def label_for(sentence, start, end, places=(), language=DEFAULT, after=0):
    """A complete phrase for the fact whose figure is sentence[start:end], from no further left
    than after (where the figure before it ends: "128 seats in the 300-seat Parliament" labels
    the 300 "300-seat Parliament") unless a word at most stands between them; a figure opening brackets is labelled by what the
    brackets follow ("1920 x 1080 (~430 ppi)"); a line's first figure after a heading and a colon
    by the heading ("Battery: 2800 mAh")."""
    known = words_of(language)
    bracket = BRACKET_BEFORE.search(sentence, after, start)
    # Brackets are labelled by all they follow, a figure too; and so is a figure a word from the
    # one before ("lost 2.5 percent to $29.48": the level it fell to), not one a phrase away.
    after = 0 if bracket or len(sentence[after:start].split()) < 2 else after
    left, left_cut = words_before(sentence[after:bracket.start() if bracket else start], known,
                                  set_off=SET_OFF_AFTER.match(sentence, end) is not None)
    if after and all(bare(word) in known.function_words for word in left):
        # what is left between two figures, when it is only function words, is none of the
        # label ("in the 300-seat …"); a phrase of its own keeps its preposition ("в
        # результате которой …": without "в" its noun hangs in a case nothing governs)
        left = []
    right, right_cut = words_after(sentence[end:], not left, known)
    heading = HEADING.fullmatch(sentence, 0, start) if not bracket else None
    if heading:  # the clause break at the colon left nothing: the heading is what the figure is of
        left = [f"{heading[1]}:"]
    figure = sentence[bracket.start() + 1 if bracket else start:end].strip()  # "~430 ppi": the bracket's own marks too
    # A word the sentence writes against the figure stays against it: "16/32GB", not "16 /32GB".
    glued_right = bool(right) and not sentence[end:end + 1].isspace() and sentence[end:end + 1] != ","  # past an aside
    glued_left = bool(left) and not bracket and not heading and start > 0 and not sentence[start - 1].isspace()
    inside = (figure + ("" if glued_right else " ") + " ".join(right)).strip().rstrip(".!?…,;: ")
    inside = DANGLING_DASH.sub("", inside)  # "see 60 injured - including 36 police": the aside cut off
    label = (f"{' '.join(left)} ({inside})".strip() if bracket and left else
             (" ".join(left) + ("" if glued_left else " ") + inside).strip())
    # "16/32GB, with MicroSD slot up to 128GB": the figure before's comma; "– Company 51% owned": a
    # list's dash (not a minus: "-2.4%" keeps its sign)
    label = OPENING_DASH.sub("", label.lstrip(",;: "))
    if left_cut:
        label = "…" + label
    if right_cut:
        return label + "…"
    where = place_to_add(label, sentence, places, known, start, end)
    return f"{label} {where}" if where else label
