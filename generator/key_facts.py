"""Key facts: which figures lead the fact sheet, by the signals a news editor weighs.

A fact's score is its kind's weight (the kinds table) plus the weight of every signal in
SIGNALS that holds for it; a merged fact takes its best report's score and more for each
further source. A fact is key when it scores KEY_SCORE or more, or when it is one of its
article's lead figures: in the first LEAD_PARAGRAPHS paragraphs (where news writing puts
what matters), of a kind weighing LEAD_WEIGHT or more, with no signal against it; or one
of the article's BEST_FIGURES best scoring BEST_SCORE or more (what leads it further down). Never an
amount without a figure ("thousands of people"); and a reviewer's key: true or false in
the facts YAML has the last word.

Signals, read plainly: the headline gives the figure as written or rounded ("$3bn" over
a body's $2.9bn); a person, office or document is cited by a word of saying or showing
("police said", "data show"; "40 police hurt" counts police, it cites no one); an amount of money of a million or more
(a cost, a loan, aid) outranks a count as high, a price ("$29.48 a share") does not.

The key figures panel at the top of the fact sheet (key_panel): every article's lead figure
(its best key figure by panel order, so a figure others report too comes first) earns a place
before any article's second; the figures most sources report come next, then the best of the
rest. It holds as many as there are lead and most reported figures, at least PANEL_SIZE and at
most PANEL_MAX however many articles there are, and shows them in panel order: the most sources
first, then the best score, then reading order.

Paragraphs are counted as an editor counts them (story_paragraph_numbers): a deck or standfirst
above the lede, lines that end no sentence, is counted with the lede.
"""

import functools
import re
from bisect import bisect_right
from typing import NamedTuple

from .figures import round_significant, significant_digits
from .kinds import COUNT, KIND_BY_ID, MONEY
from .lang import DEFAULT, NEVER, alternatives, per_language

SIGNALS = {
    "in the headline": 4,
    "in the first paragraph": 2,
    "in the second or third paragraph": 1,
    "a person, office or document is cited for it": 1,
    "counts people killed or hurt": 2,
    "counts people displaced, held or housed": 1,
    "an amount of a million or more": 0.5,  # a cost, a loan, aid, damages outrank a count as high; a price does not
    "said inside a quotation": -2,
    "a count under ten": -5,  # "half a dozen Ukrainians", "two vans": colour, not the story
    "describes what it counts a part of": -3,  # "the 12-story high-rise", "the 27-nation bloc": background
    "counts a part of a group counted before it": -3,  # "116 survivors, and 12 of them": the group leads
    "a level a market moved to": -2,  # a share's or a currency's price: "lost 2.5 percent to $29.48", key by a headline
    "counts nothing in particular": -5,  # "she was at least a dozen things", "ten ways to save": a turn of phrase
    # (unless it counts the dead or hurt: "seven children have died" is the story)
}
MILLION = 10 ** 6
FURTHER_SOURCE = 2  # for each source beyond the first that reports it
KEY_SCORE = 6  # key wherever it stands
# An article's own lead figures are key for it though few sources report them yet.
LEAD_PARAGRAPHS = 2  # the lede and the paragraph that follows it
LEAD_WEIGHT = 2  # counts, areas, money, penalties, percentages: not measures, durations, ages
BEST_FIGURES, BEST_SCORE = 5, 4
PANEL_SIZE = 8  # the fewest key figures the panel at the top of the fact sheet holds
PANEL_MAX = 12  # the most, however many articles tell the story: a panel, not a list



class SignalWords(NamedTuple):
    cited: re.Pattern  # a person, office or document the figure is ascribed to
    casualties: re.Pattern  # people killed or hurt
    displaced: re.Pattern  # people displaced, held or housed
    level_reached: re.Pattern  # right before a figure: a market's move to it
    vague_nouns: frozenset  # what a count of nothing in particular counts: "things", "ways"
    part_of_group: re.Pattern  # a figure's words that make it so many of a group named before: "12 of them"


@per_language
def signal_words(language):
    """The words of a figure's sentence an editor weighs, in a language."""
    group_words = alternatives(language.part_of_group + language.part_of_people) or NEVER
    return SignalWords(*(re.compile(rf"\b(?:{words})\b", re.I)
                         for words in (language.cited, language.casualties, language.displaced)),
                       re.compile(rf"\b(?:{language.level_reached})\s+$", re.I),
                       frozenset(noun.lower() for noun in language.vague_nouns),
                       re.compile(rf"\s{language.of}\s+(?:{group_words})$", re.I))


QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


# Every fact of a sentence asks of the same sentence: each is read once, not once a fact.
@functools.lru_cache(maxsize=256)
def quotations(sentence):
    """(starts, ends) of the quotations in a sentence, in order; they never overlap."""
    spans = [m.span() for m in QUOTATION.finditer(sentence)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


@functools.lru_cache(maxsize=256)
def citing_words(sentence, language):
    """(start, end) of each word of a sentence that cites a person, office or document."""
    return tuple(m.span() for m in signal_words(language).cited.finditer(sentence))


def cites(fact, language):
    """A person, office or document is cited in the fact's sentence, other than by the figure's
    own words: "40 police hurt" counts police, it does not cite them."""
    start = fact.quote.find(fact.text)
    end = start + len(fact.text) if start >= 0 else -1
    return any(not (start <= a and b <= end) for a, b in citing_words(fact.quote, language))


def in_headline(value, headline_values):
    """The headline gives the figure: as written, or rounded ("$3bn" heads a story whose
    body says $2.9bn; a headline figure of two significant digits or more, so that a
    headline's 100 is not any figure from 95 to 149)."""
    for figure in headline_values:
        digits = significant_digits(figure)
        if value == figure or (digits >= 2 and value and round_significant(value, digits) == figure):
            return True
    return False


# The word after a figure hyphened to its noun ("12-story", "five-member").
WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")


def described_noun(fact):
    """The noun a count hyphened to its own describes ("parliament" of "the 300-seat
    parliament", "high-rise" of "the 12-story high-rise"), lower-cased; else None."""
    start = fact.quote.find(fact.text)
    if fact.kind != COUNT or start < 0 or "-" not in fact.text.split()[-1]:
        return None
    after = WORD_AFTER.match(fact.quote, start + len(fact.text))
    return after[1].lower() if after else None


def describes(fact):
    """A count that describes a thing (described_noun) tells what it is, seldom what happened."""
    return described_noun(fact) is not None


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
    if in_headline(fact.value, headline_values):
        held.append("in the headline")
    if paragraph == 0:
        held.append("in the first paragraph")
    elif paragraph in (1, 2):
        held.append("in the second or third paragraph")
    if cites(fact, language):
        held.append("a person, office or document is cited for it")
    if fact.kind == COUNT and words.casualties.search(fact.label):
        held.append("counts people killed or hurt")
    if fact.kind == COUNT and words.displaced.search(fact.label):
        held.append("counts people displaced, held or housed")
    if fact.kind == MONEY and fact.value >= MILLION:
        held.append("an amount of a million or more")
    if in_quotation(fact):
        held.append("said inside a quotation")
    if fact.kind == COUNT and fact.value < 10 and "counts people killed or hurt" not in held:
        held.append("a count under ten")
    if describes(fact):
        held.append("describes what it counts a part of")
    if fact.kind == COUNT and words.part_of_group.search(fact.text):
        held.append("counts a part of a group counted before it")
    if fact.kind == COUNT and fact.unit and fact.unit.lower().split()[-1] in words.vague_nouns:
        held.append("counts nothing in particular")
    if level_reached(fact, words):
        held.append("a level a market moved to")
    return held


def level_reached(fact, words):
    """A price a market's move took a share or a currency to ("fell 2.2 percent to $39.80",
    "the euro slumps to $1.4072"); not a share of votes or a sum ("turnout fell to 52%",
    "revenue rose to $1.2 billion": the story's own figures)."""
    if fact.kind != MONEY or fact.value >= MILLION:
        return False
    start = fact.quote.find(fact.text)
    return start > 0 and words.level_reached.search(fact.quote, max(0, start - 60), start) is not None


def source_score(fact, held):
    """A fact's score in its source: its kind's weight and the SIGNALS held for it (signals)."""
    return KIND_BY_ID[fact.kind].weight + sum(SIGNALS[s] for s in held)


def unopposed(held):
    """No signal held for a fact counts against it."""
    return all(SIGNALS[s] > 0 for s in held)


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


# A line that ends a sentence: a standfirst's or a deck's lines end without one.
SENTENCE_ENDED = re.compile(r"[.!?…][\"”’')\]]*$")


def story_paragraph_numbers(paragraphs):
    """The number (0 the lede) of each paragraph (of sentence texts) as an editor counts them: a
    deck or a standfirst above the lede, lines that end no sentence ("Violent clashes in Athens
    see 60 injured"), is counted with the lede, not before it."""
    above = 0
    for sentences in paragraphs:
        if not sentences or any(SENTENCE_ENDED.search(text) for text in sentences):
            break
        above += 1
    above = min(above, len(paragraphs) - 1)  # an article of lines alone leads with its first
    return [max(0, number - above) for number in range(len(paragraphs))]


def best_figures(scored, vague):
    """Ids of an article's BEST_FIGURES best scoring facts with a figure (reading order breaks
    ties); scored: (fact, its score) in reading order."""
    ranked = sorted(((f, score) for f, score in scored if not vague(f) and score >= BEST_SCORE), key=lambda fs: -fs[1])
    return {f.id for f, _ in ranked[:BEST_FIGURES]}


def best_of_none(scored, vague, leads, unopposed_ids):
    """The id of an article's best scoring figure where none of its figures is key otherwise
    (leads: those that lead it; scored: (fact, its score) in reading order), when that scores
    above nothing and no signal counts against it (unopposed_ids): a profile leads with a
    distance or an age ("about 2,390 miles from California"), not with nothing. Else no id."""
    if leads or any(score >= KEY_SCORE for _, score in scored):
        return set()
    best = max(((f, score) for f, score in scored
                if f.id in unopposed_ids and not vague(f) and not f.restates and score > 0),
               key=lambda fs: fs[1], default=None)  # the first of equals: max keeps it
    return {best[0].id} if best else set()


def is_lead(fact, paragraph, held):
    """One of its article's lead figures (see the module's docstring); held: its signals."""
    return paragraph < LEAD_PARAGRAPHS and KIND_BY_ID[fact.kind].weight >= LEAD_WEIGHT and unopposed(held)


def reviewer_choice(members):
    """A reviewer's key or not-key for any of the reports, the first confirmed report's first."""
    choices = [f.key_by_reviewer for f in sorted(members, key=lambda f: f.status != "confirmed")
               if f.key_by_reviewer is not None]
    return choices[0] if choices else None


def panel_order(m, index):
    """How the panel ranks a key figure: the most sources first, then the best score, then reading order."""
    return -m.source_count, -m.score, index


def article_leads(key_facts):
    """Indexes (into key_facts) of each article's lead figure: of the key figures citing it, the
    one ranked first by panel_order (its best scoring, a figure others report too scoring more)."""
    best = {}
    for i, m in enumerate(key_facts):
        for source in {c.source for c in m.citations}:
            if source not in best or panel_order(m, i) < panel_order(key_facts[best[source]], best[source]):
                best[source] = i
    return set(best.values())


def key_panel(merged_facts):
    """The key figures that open the fact sheet (see the module's docstring): each article's lead
    figure, then the figures most sources report, then the best of the rest; as many as the lead
    and most reported figures, from PANEL_SIZE up to PANEL_MAX; shown by panel_order."""
    key = [m for m in merged_facts if m.key]
    leads = article_leads(key)
    told = {i for i, m in enumerate(key) if m.source_count >= 2}
    size = min(max(len(leads | told), PANEL_SIZE), PANEL_MAX)
    chosen = sorted(range(len(key)), key=lambda i: (i not in leads, *panel_order(key[i], i)))[:size]
    return [key[i] for i in sorted(chosen, key=lambda i: panel_order(key[i], i))]


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
