"""Our extractor beside quantulum3 on the same held-out text, by the same measure.

    .venv/bin/pip install quantulum3 && .venv/bin/python benchmarks/compare_quantulum.py

A fact is right when its value and its unit, or for a count its counted noun, are both
right. On the held-out sentences (heldout_extract.yaml, every fact listed) this gives
recall and precision; on the hand-marked articles (key_facts/) recall on key facts.
quantulum3 gives units, not counted nouns, so a count it finds has no noun: that is
what it offers a fact sheet, and it is scored so.
"""

import warnings
from pathlib import Path

import yaml

from generator.extract import extract_facts
from generator.read import parse_source, read_sources

HERE = Path(__file__).parent
QUANTULUM_UNITS = {  # quantulum3's unit names -> ours
    "square kilometre": "km²", "square mile": "mi²", "hectare": "ha", "percentage": "%", "dollar": "USD",
    "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "russian ruble": "RUB",
    "ruble": "RUB", "tonne": "t", "ton": "t", "kilogram": "kg", "kilometre": "km", "metre": "m",
    "centimetre": "cm", "millimetre": "mm", "mile": "mi", "foot": "ft", "inch": "in", "year": "years",
    "month": "months", "week": "weeks", "day": "days", "hour": "hours", "minute": "minutes",
    "kilometre per hour": "km/h", "mile per hour": "mph", "degree Celsius": "°C",
    "degree fahrenheit": "°F", "degree Fahrenheit": "°F", "cubic metre": "m³",
}


def ours(text):
    return [(f.value, f.unit) for f in extract_facts(parse_source(f"Held out\n\n{text}", "t.txt"))]


def quantulum(text):
    from quantulum3 import parser
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = parser.parse(text)
    return [(int(q.value) if float(q.value).is_integer() else q.value, QUANTULUM_UNITS.get(q.unit.name))
            for q in found]


def same(a, b):
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)


def matches(expected, found):
    return any(same(value, expected[0]) and unit == expected[1] for value, unit in found)


def sentence_scores(extract):
    cases = yaml.safe_load((HERE / "heldout_extract.yaml").read_text(encoding="utf-8"))
    expected = found = right = 0
    for case in cases:
        facts = extract(case["text"])
        wanted = [(value, unit) for _, value, unit, _ in case["facts"]]
        expected += len(wanted)
        found += len(facts)
        right += sum(matches(w, facts) for w in wanted)
    return right, expected, found


def key_fact_recall(extract):
    marked = yaml.safe_load((HERE / "key_facts" / "hand_marked.yaml").read_text(encoding="utf-8"))
    right = total = 0
    for source in read_sources(HERE / "key_facts"):
        text = " ".join(s.text for s in source.sentences)
        facts = extract(text)
        for value, unit in marked[source.id]:
            total += 1
            right += matches((value, unit), facts)
    return right, total


def main():
    for name, extract in (("factsheet", ours), ("quantulum3", quantulum)):
        right, expected, found = sentence_scores(extract)
        key_right, key_total = key_fact_recall(extract)
        print(f"{name:<11} held-out sentences: recall {right}/{expected} = {right / expected:.0%}, "
              f"precision {right}/{found} = {right / max(found, 1):.0%};  "
              f"key facts of the articles: recall {key_right}/{key_total} = {key_right / key_total:.0%}")


if __name__ == "__main__":
    main()
