"""Extract stage: every quantity a Source states, as Facts in reading order.

numbers.py reads figures as written, units.py the units after them, context.py what
surrounds them (the noun counted, whose age, places, a label) and quantities.py puts
those together into Facts.
"""

from ..model import Source
from .context import declared_places
from .numbers import is_vague, plain_number
from .quantities import facts_in_sentence

__all__ = ["extract_facts", "is_vague", "plain_number"]


def extract_facts(source: Source):
    """Every quantity fact in a source, in reading order."""
    sentences = source.sentences
    declared = declared_places(s.text for s in sentences)
    return [fact for sentence in sentences for fact in facts_in_sentence(source.id, sentence, declared)]
