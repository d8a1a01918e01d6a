"""The extractor on the annotated corpus (benchmarks/extract_corpus/), beside quantulum3.

    .venv/bin/python benchmarks/eval_corpus.py [--quiet] [--corpus extract_corpus_2]

For each article: recall on its key facts and on all its facts, and precision on all that
was extracted. A fact is right when value and unit (for a count, the noun counted) are
both right. quantulum3, when installed, is scored the same way on the same text.
"""

import sys
from pathlib import Path

import yaml

from compare_quantulum import matches, ours, quantulum
from generator.read import parse_source, read_text

HERE = Path(__file__).parent


def score(extract, verbose, corpus):
    totals = dict(key=0, key_found=0, all=0, all_found=0, extracted=0, right=0)
    for path in sorted(corpus.glob("*.txt")):
        source = parse_source(read_text(path), path)
        marks = yaml.safe_load((corpus / f"{source.id}.yaml").read_text(encoding="utf-8"))
        facts = [tuple(f) for f in marks["facts"]]
        found = extract(" ".join(s.text for s in source.sentences))
        wrong = [f for f in found if not matches(f, facts)]
        missed = [f for f in facts if not matches(f, found)]
        totals["key"] += len(marks["key"])
        totals["key_found"] += sum(matches(tuple(k), found) for k in marks["key"])
        totals["all"] += len(facts)
        totals["all_found"] += len(facts) - len(missed)
        totals["extracted"] += len(found)
        totals["right"] += len(found) - len(wrong)
        if verbose and (wrong or missed):
            print(f"  {source.id}: missed {missed}; wrong {wrong}")
    return totals


def line(name, t):
    return (f"{name:<11} key facts recall {t['key_found']}/{t['key']} = {t['key_found'] / t['key']:.0%}; "
            f"all facts recall {t['all_found']}/{t['all']} = {t['all_found'] / t['all']:.0%}; "
            f"precision {t['right']}/{t['extracted']} = {t['right'] / max(t['extracted'], 1):.0%}")


def main():
    verbose = "--quiet" not in sys.argv
    name = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else "extract_corpus"
    corpus = HERE / name
    print(line("factsheet", score(ours, verbose, corpus)))
    try:
        print(line("quantulum3", score(quantulum, False, corpus)))
    except ImportError:
        print("quantulum3   not installed (pip install quantulum3)")


if __name__ == "__main__":
    main()
