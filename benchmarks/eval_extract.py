"""Extraction on held-out sentences: how many expected facts are found, and how many extra.

    .venv/bin/python benchmarks/eval_extract.py

The sentences (benchmarks/heldout_extract.yaml) were never used to tune the extractor; the
figure printed here is recorded in benchmarks/BASELINE.md, misses and all.
"""

from pathlib import Path

import yaml

from generator.extract import extract_facts
from generator.read import parse_source


def found_facts(text):
    facts = extract_facts(parse_source(f"Held out\n\n{text}", "heldout.txt"))
    return [[f.kind, f.value, f.unit, f.qualifier] for f in facts]


def main():
    cases = yaml.safe_load((Path(__file__).parent / "heldout_extract.yaml").read_text(encoding="utf-8"))
    expected_total = found_total = hits = 0
    for case in cases:
        found = found_facts(case["text"])
        expected_total += len(case["facts"])
        found_total += len(found)
        for fact in case["facts"]:
            if fact in found:
                hits += 1
            else:
                print(f"missed {fact} in: {case['text']}\n   got {found}")
    print(f"recall {hits}/{expected_total} = {hits / expected_total:.0%}; "
          f"precision {hits}/{found_total} = {hits / max(found_total, 1):.0%}")


if __name__ == "__main__":
    main()
