"""Key facts against a news editor's choice, on articles written for this and marked by hand
before the scoring existed (benchmarks/key_facts/). Prints precision and recall.

    .venv/bin/python benchmarks/eval_key_facts.py [ARTICLE ...]     (default: all of them)

precision: of the facts the build marks key, the share marked key by hand;
recall: of the hand-marked facts the extractor found, the share the build marks key.
Record the figures in BASELINE.md; do not tune the weights on these articles.
"""

import sys
from pathlib import Path

import yaml

from generator.extract import extract_facts
from generator.kinds import COUNT
from generator.merge import counted_head
from generator.read import read_sources

FOLDER = Path(__file__).parent / "key_facts"


def marked_as(fact):
    """(value, unit) as the hand marks write a figure: a count by its head noun ("homes" for
    "new homes", as merging compares counts), which the marks name."""
    return fact.value, (counted_head(fact.unit) if fact.kind == COUNT and fact.unit else fact.unit)


def main():
    marked = yaml.safe_load((FOLDER / "hand_marked.yaml").read_text(encoding="utf-8"))
    chosen = right = found = found_key = 0
    chosen_articles = set(sys.argv[1:])
    for source in read_sources(FOLDER):
        if chosen_articles and source.id not in chosen_articles:
            continue
        hand = {(value, unit) for value, unit in marked[source.id]}
        facts = extract_facts(source)
        by_figure = {marked_as(f): f for f in facts}
        key = {marked_as(f) for f in facts if f.key}
        chosen += len(key)
        right += len(key & hand)
        found += len(hand & by_figure.keys())
        found_key += len(hand & key)
        print(f"{source.id:<8} key by the build: {sorted(key, key=str)}")
        print(f"{'':<8} hand-marked, not key: {sorted((hand & by_figure.keys()) - key, key=str)}; "
              f"key, not hand-marked: {sorted(key - hand, key=str)}; not found: {sorted(hand - by_figure.keys(), key=str)}")
    print(f"precision {right}/{chosen} = {right / chosen:.0%}   recall {found_key}/{found} = {found_key / found:.0%}")


if __name__ == "__main__":
    main()
