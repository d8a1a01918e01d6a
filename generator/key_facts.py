"""Key facts: which figures lead the fact sheet, by the signals a news editor weighs.

A fact's score is its kind's weight (the kinds table) plus the weight of every signal in
SIGNALS that holds for it; a merged fact takes its best report's score and more for each
further source. A fact is key when it scores KEY_SCORE or more, or when it is one of its
article's lead figures: in the first LEAD_PARAGRAPHS paragraphs (where news writing puts
what matters), of a kind weighing LEAD_WEIGHT or more, with no signal against it; or one
of the article's BEST_FIGURES best scoring BEST_SCORE or more (what leads it further down). Never an
amount without a figure ("thousands of people"); and a reviewer's key: true or false in
the facts YAML has the last word.
"""

import functools
import re
from bisect import bisect_right
from typing import NamedTuple

from .kinds import COUNT, KIND_BY_ID
from .lang import DEFAULT, per_language

SIGNALS = {
    "in the headline": 3,
    "in the first paragraph": 2,
    "in the second or third paragraph": 1,
    "a person, office or document is cited for it": 1,
    "counts people killed or hurt": 2,
    "counts people displaced, held or housed": 1,
    "said inside a quotation": -2,
    "a count under ten": -5,  # "half a dozen Ukrainians", "two vans": colour, not the story
    # (unless it counts the dead or hurt: "seven children have died" is the story)
}
FURTHER_SOURCE = 2  # for each source beyond the first that reports it
KEY_SCORE = 6  # key wherever it stands
# An article's own lead figures are key for it though few sources report them yet.
LEAD_PARAGRAPHS = 2  # the lede and the paragraph that follows it
LEAD_WEIGHT = 2  # counts, areas, money, penalties, percentages: not measures, durations, ages
BEST_FIGURES, BEST_SCORE = 5, 4
PANEL_SIZE = 6  # key figures at the top of the fact sheet



class SignalWords(NamedTuple):
    cited: re.Pattern  # a person, office or document the figure is ascribed to
    casualties: re.Pattern  # people killed or hurt
    displaced: re.Pattern  # people displaced, held or housed


@per_language
def signal_words(language):
    """The words of a figure's sentence an editor weighs, in a language."""
    return SignalWords(*(re.compile(rf"\b(?:{words})\b", re.I)
                         for words in (language.cited, language.casualties, language.displaced)))


QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


# Every fact of a sentence asks of the same sentence: each is read once, not once a fact.
@functools.lru_cache(maxsize=256)
def quotations(sentence):
    """(starts, ends) of the quotations in a sentence, in order; they never overlap."""
    spans = [m.span() for m in QUOTATION.finditer(sentence)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


@functools.lru_cache(maxsize=256)
def cites(sentence, language):
    return signal_words(language).cited.search(sentence) is not None


def in_quotation(fact):
    """Inside quotation marks in its sentence, or in a sentence that opens a quotation."""
    start = fact.quote.find(fact.text)
    starts, ends = quotations(fact.quote)
    last = bisect_right(starts, start) - 1  # the one quotation that can hold it
    return last >= 0 and start < ends[last]


def signals(fact, paragraph, headline_values, language=DEFAULT):
    """The names of the SIGNALS that hold for a fact in paragraph (0 is the first) of its source."""
    words = signal_words(language)
    held = []
    if fact.value in headline_values:
        held.append("in the headline")
    if paragraph == 0:
        held.append("in the first paragraph")
    elif paragraph in (1, 2):
        held.append("in the second or third paragraph")
    if cites(fact.quote, language):
        held.append("a person, office or document is cited for it")
    if fact.kind == COUNT and words.casualties.search(fact.label):
        held.append("counts people killed or hurt")
    if fact.kind == COUNT and words.displaced.search(fact.label):
        held.append("counts people displaced, held or housed")
    if in_quotation(fact):
        held.append("said inside a quotation")
    if fact.kind == COUNT and fact.value < 10 and "counts people killed or hurt" not in held:
        held.append("a count under ten")
    return held


def source_score(fact, paragraph, headline_values, language=DEFAULT):
    return KIND_BY_ID[fact.kind].weight + sum(SIGNALS[s] for s in signals(fact, paragraph, headline_values, language))


def merged_score(members):
    return max(f.score for f in members) + FURTHER_SOURCE * (len({f.source for f in members}) - 1)


def merged_key(members, vague):
    """Key when its score says so, when any report is key for its article, or as a reviewer says."""
    choice = reviewer_choice(members)
    if choice is not None:
        return choice
    return not vague and (merged_score(members) >= KEY_SCORE or any(f.key for f in members))


def is_key(score, vague, reviewer_choice=None, lead=False):
    if reviewer_choice is not None:
        return reviewer_choice
    return not vague and (score >= KEY_SCORE or lead)


def best_figures(scored, vague):
    """Ids of an article's BEST_FIGURES best scoring facts with a figure (reading order breaks
    ties); scored: (fact, its score) in reading order."""
    ranked = sorted(((f, score) for f, score in scored if not vague(f) and score >= BEST_SCORE), key=lambda fs: -fs[1])
    return {f.id for f, _ in ranked[:BEST_FIGURES]}


def is_lead(fact, paragraph, headline_values, language=DEFAULT):
    """One of its article's lead figures (see the module's docstring)."""
    return (paragraph < LEAD_PARAGRAPHS and KIND_BY_ID[fact.kind].weight >= LEAD_WEIGHT
            and all(SIGNALS[s] > 0 for s in signals(fact, paragraph, headline_values, language)))


def reviewer_choice(members):
    """A reviewer's key or not-key for any of the reports, the first confirmed report's first."""
    choices = [f.key_by_reviewer for f in sorted(members, key=lambda f: f.status != "confirmed")
               if f.key_by_reviewer is not None]
    return choices[0] if choices else None


def key_panel(merged_facts):
    """The key figures that open the fact sheet: the measures most sources report first (a
    story's key figures are those its publishers each tell), best scores among as many, then
    reading order."""
    return sorted((m for m in merged_facts if m.key), key=lambda m: (-m.source_count, -m.score))[:PANEL_SIZE]


def most_reported(merged_facts, vague):
    """Indexes of the merged facts key for being among the story's PANEL_SIZE most reported
    figures (ties: best score, then reading order): reported by two or more sources, by more
    than the story's usual figure (the median), and scoring BEST_SCORE or more ("five
    promissory notes" two articles give is colour). Where every figure is reported alike (two
    versions of one report) none stands out. vague: whether a merged fact gives no figure."""
    counts = sorted(m.source_count for m in merged_facts)
    if not counts:
        return set()
    usual = counts[len(counts) // 2]
    ranked = sorted((i for i, m in enumerate(merged_facts)
                     if m.source_count >= 2 and m.source_count > usual and m.score >= BEST_SCORE and not vague(m)),
                    key=lambda i: (-merged_facts[i].source_count, -merged_facts[i].score, i))
    return set(ranked[:PANEL_SIZE])
