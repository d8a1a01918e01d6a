"""Labels: the phrase of a fact's sentence that says what was counted, where and by whom.

A label is built from the sentence's structure, not cut at a character count: the figure,
the words of its own clause before it (from the last reporting verb or conjunction on), and
the words after it up to the next clause, reporting verb or conjunction. Auxiliaries after a
figure that is the subject drop out ("were housed" -> "housed"). A label never ends on a
function word; where a long clause must be cut, the cut is shown with an ellipsis.
"""

import re

from ..lang import language

CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:“”\"()]|\s[–—]\s")
ENGLISH = language()  # the stages read English only, as yet
AUXILIARIES = ENGLISH.auxiliaries
REPORTING = ENGLISH.reporting
CONJUNCTIONS = ENGLISH.conjunctions
RELATIVES = ENGLISH.relatives
FUNCTION_WORDS = AUXILIARIES | CONJUNCTIONS | RELATIVES | ENGLISH.function_words
IN, THE = ENGLISH.in_place
MAX_LEFT_WORDS = 8
MAX_RIGHT_WORDS = 12


def bare(word):
    return word.strip(".,;:!?“”\"'‘’()[]").lower()


def trim_function_words(words, from_end=True):
    """Drop function words from one end: a label neither starts on 'and' nor ends on 'the'."""
    words = list(words)
    while words and bare(words[-1 if from_end else 0]) in FUNCTION_WORDS:
        words.pop(-1 if from_end else 0)
    return words


def words_before(text):
    """The figure's clause before it, from its last reporting verb or conjunction on; when that
    is long, from its last auxiliary on ("…was sentenced to" -> "sentenced to")."""
    clause = CLAUSE_BREAK.split(text)[-1].split()
    starts = [i + 1 for i, word in enumerate(clause) if bare(word) in REPORTING | CONJUNCTIONS]
    clause = clause[starts[-1]:] if starts else clause
    auxiliaries = [i + 1 for i, word in enumerate(clause) if bare(word) in AUXILIARIES]
    if len(clause) > MAX_LEFT_WORDS and auxiliaries and len(clause) - auxiliaries[-1] > 0:
        clause = clause[auxiliaries[-1]:]
    cut = len(clause) > MAX_LEFT_WORDS
    words = trim_function_words(clause[-MAX_LEFT_WORDS:], from_end=False) if cut else clause
    while words and bare(words[0]) in ENGLISH.label_not_first:
        words = words[1:]
    return words, cut


def words_after(text, figure_is_subject):
    """The figure's clause after it, to the next reporting verb or conjunction."""
    words = []
    for i, word in enumerate(CLAUSE_BREAK.split(text)[0].split()):
        lower = bare(word)
        if lower in AUXILIARIES and figure_is_subject and not words:
            continue  # "1,400 people were housed" -> "1,400 people housed"
        if lower in AUXILIARIES and not figure_is_subject and i > 0 and bare(words[-1]) not in RELATIVES:
            break  # "who stole £2.3m from customers | was sentenced": the sentence's own verb
        if lower in REPORTING or lower in CONJUNCTIONS or (lower in RELATIVES and i > 0):
            break
        words.append(word)
    cut = len(words) > MAX_RIGHT_WORDS
    return trim_function_words(words[:MAX_RIGHT_WORDS]), cut


def place_to_add(label, sentence, places):
    """'in Belgorod' when the sentence puts the fact there and the label does not say so."""
    if any(place in label for place in places):
        return None
    for place in places:
        if re.search(rf"\b{IN} (?:{THE} )?{re.escape(place)}\b", sentence):
            return f"{IN} {place}"
    return None


def label_for(sentence, start, end, places=()):
    """A complete phrase for the fact whose figure is sentence[start:end]."""
    left, left_cut = words_before(sentence[:start])
    right, right_cut = words_after(sentence[end:], figure_is_subject=not left)
    label = " ".join([*left, sentence[start:end].strip(), *right]).strip().rstrip(".!?…,;: ")
    if left_cut:
        label = "…" + label
    if right_cut:
        return label + "…"
    where = place_to_add(label, sentence, places)
    return f"{label} {where}" if where else label
