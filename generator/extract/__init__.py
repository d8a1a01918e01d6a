"""Extract stage: every quantity a Source states, as Facts in reading order.

numbers.py reads figures as written, units.py the units after them, context.py what
surrounds them (the noun counted, whose age, places, a label) and quantities.py puts
those together into Facts.
"""

import functools
from dataclasses import replace

from ..key_facts import (best_figures, best_of_none, is_key, is_lead, signals, source_score,
                         story_paragraph_numbers, unopposed)
from ..lang import language_code
from ..model import Quote, Source
from .context import candidate_places, declared_places
from .entities import source_entities
from .gazetteer import current_gazetteer, gazetteer_kept, gazetteer_loaded, gazetteer_read_here, local_places, use_gazetteer
from .numbers import is_vague
from .quantities import facts_in_sentence, figures_in, written_as_clock

__all__ = ["extract_entities", "extract_facts", "gazetteer_kept", "gazetteer_loaded", "gazetteer_read_here", "is_vague", "load_gazetteer",
           "source_language", "written_as_clock"]


def load_gazetteer(record=None):
    """Have the gazetteer now, before the work is forked, so every process shares it rather
    than each reading it again; record: as an earlier build read it, if known."""
    if record is None:
        current_gazetteer()
    else:
        use_gazetteer(record)


@functools.lru_cache(maxsize=4)  # facts and entities ask of each source in turn
def article_places(texts, language):
    """The names an article's sentences (a tuple of texts) call places (declared_places), and
    the other spellings of towns in the countries it is about (local_places)."""
    candidates = [name for text in texts for name in candidate_places(text, language)]
    return declared_places(texts, language) | local_places(candidates)


def source_language(source: Source):
    """The code of the language whose words are read in a source: its front matter's, when
    there is data for it (generator/lang/), else the default."""
    return language_code(source.meta.get("language"))


def extract_facts(source: Source):
    """Every quantity fact in a source, in reading order, scored for how much it leads the story."""
    language = source_language(source)
    declared = article_places(tuple(s.text for s in source.sentences), language)
    headline = figures_in(source.title, language)
    scored, leads, unopposed_ids = [], set(), set()  # (fact, score): each fact is made again once, with both score and key
    numbers = story_paragraph_numbers([[s.text for s in paragraph] for paragraph in source.paragraphs])
    for number, paragraph in zip(numbers, source.paragraphs):
        for sentence in paragraph:
            for fact in facts_in_sentence(source.id, sentence, declared, language):
                if fact.restates:  # shown with the fact it restates: never a key fact of its own
                    scored.append((fact, 0))
                    continue
                held = signals(fact, number, headline, language)
                scored.append((fact, source_score(fact, held)))
                if is_lead(fact, number, held):
                    leads.add(fact.id)
                if unopposed(held):
                    unopposed_ids.add(fact.id)
    leads |= best_figures(scored, is_vague)
    leads |= best_of_none(scored, is_vague, leads, unopposed_ids)
    return [replace(f, score=score, key=is_key(score, is_vague(f), lead=f.id in leads)) for f, score in scored]


def extract_entities(source: Source):
    """(entities as (kind, name, anchors, roles), Quotes) of a source: the people, organisations and
    places it names, and who says what between quotation marks."""
    language = source_language(source)
    entities, quotes = source_entities(source, article_places(tuple(s.text for s in source.sentences), language),
                                       language)
    return entities, [Quote(source.id, anchor, speaker, text) for text, speaker, anchor in quotes]
