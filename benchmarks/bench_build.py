"""Benchmark: build a synthetic corpus of N sources and print time per stage and peak memory.

    .venv/bin/python benchmarks/bench_build.py [N ...]        (default: 100 1000)

The corpus is generated into a temporary folder (never committed); the same seed gives the
same corpus, so figures compare across commits. Baselines are in benchmarks/BASELINE.md.
"""

import gzip
import resource
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from generator.extract import extract_facts
from generator.search.lunr_index import build_index
from generator.merge import merge_facts
from generator.model import Site
from generator.read import read_sources
from generator.render import render_site
from generator.search.lunr_index import search_parts
from generator.search.parts import part_script
from generator.facts_yaml import facts_documents
from generator.write import write_facts, write_site

def timed(label, figures, function, *args):
    start = time.perf_counter()
    result = function(*args)
    figures.append((label, time.perf_counter() - start))
    return result


def run(count):
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        write_corpus(content, count)
        figures = []
        sources = timed("read", figures, read_sources, content / "sources")
        facts = timed("extract", figures, lambda: {s.id: extract_facts(s) for s in sources})
        merged = timed("merge", figures, merge_facts, sources, facts)
        site = Site.of(sources, facts, merged)
        pages = timed("render", figures, lambda: list(render_site(site)))
        script = timed("index", figures, lambda: "".join(
            part_script(name, data) for name, data in search_parts(build_index(site)).items()).encode())

        def write():
            write_facts(content / "facts", facts_documents(site, facts))
            write_site(Path(tmp) / "site", pages)

        timed("write", figures, write)
    total = sum(seconds for _, seconds in figures)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = "  ".join(f"{label} {seconds:.1f}s" for label, seconds in figures)
    extracted = sum(map(len, facts.values()))
    print(f"{count:>6} sources  {extracted} facts -> {len(merged)} merged  total {total:.1f}s  "
          f"({stages})  peak RSS {peak_mib:.0f} MiB  "
          f"index {len(script) / 1024:.0f} KiB ({len(gzip.compress(script, 9)) / 1024:.0f} KiB gzipped)")


if __name__ == "__main__":
    for n in [int(arg) for arg in sys.argv[1:]] or [100, 1000]:
        run(n)
