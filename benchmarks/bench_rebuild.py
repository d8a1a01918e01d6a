"""Benchmark: whole `factsheet build` processes on a generated corpus of N sources.

    .venv/bin/python benchmarks/bench_rebuild.py [N ...] [--without-mkdocs] [--runs=R] [--seed=S]   (default: 100 1000)

Times, each as its own process, with its peak memory: a full build (no cache, no facts
YAML), a rebuild with nothing changed, a rebuild after adding one source, a rebuild after
editing one source, and one after a reviewer's edit of one facts file (a label, a rejection), and
the same edit of another facts file as a reviewer sees it with `factsheet serve` running (from the
save to the server's answer to an open page that the build is ready); and, when MkDocs is installed (`pip install mkdocs`), MkDocs
building the same N articles with its search index prebuilt by lunr.py, and our full
build's time over theirs (MkDocs takes many minutes at 10,000: --without-mkdocs leaves it
out); with --runs=R, the full build and MkDocs each run R times, turn about, and the
median run counts (on a shared machine one run can be a second off either way); the site's bytes, the search parts' bytes (raw and gzipped) and the p50/p95 of a fixed
query set in Node (lunr.js from npm running the site's search.js). The figures go into
benchmarks/results.json, one entry per corpus size, from which the README's table is made
again (speed_table.py). The corpus is corpus.py's (same seed, same articles); --seed=S
makes another one (other names, places, figures and wording), for figures on articles
nothing was tuned on: those are printed, not recorded. Notes on each change are in
benchmarks/BASELINE.md.
"""

import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from generator.cache import CACHE_FOLDER
from corpus import QUERIES, next_article, write_corpus
from speed_table import write_readme

FACTSHEET = [sys.executable, "-m", "generator"]


MKDOCS_CONFIG = """site_name: Benchmark
docs_dir: docs
site_dir: site
use_directory_urls: false
plugins:
  - search:
      prebuild_index: python
"""


def timed_process(arguments, cwd=None):
    """(seconds, peak RSS in MiB) of one process, its output discarded."""
    started = time.perf_counter()
    pid = os.posix_spawn(arguments[0], arguments, dict(os.environ), file_actions=[
        *([(os.POSIX_SPAWN_CHDIR, str(cwd))] if cwd and hasattr(os, "POSIX_SPAWN_CHDIR") else []),
        *[(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]])
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(arguments)}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def timed_build(content, site):
    return timed_process([sys.executable, *FACTSHEET[1:], "build", "--content", str(content), "--out", str(site)])


def timed_mkdocs(sources, folder):
    """MkDocs on the same articles (each a Markdown page), its lunr index prebuilt in Python."""
    (folder / "docs").mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(MKDOCS_CONFIG, encoding="utf-8")
    (folder / "docs" / "index.md").write_text("# Benchmark\n", encoding="utf-8")
    for source in sorted(sources.iterdir()):
        # As they are: MkDocs reads the same front matter (its title becomes the page's).
        (folder / "docs" / f"{source.stem}.md").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return timed_process([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(folder / "mkdocs.yml")])


RESULTS = Path(__file__).with_name("results.json")  # the README's speed table is made from it (speed_table.py)


def folder_bytes(folder, gzipped=False):
    return sum(len(gzip.compress(p.read_bytes(), 6)) if gzipped else p.stat().st_size
               for p in Path(folder).rglob("*") if p.is_file())


def query_latency(site):
    """(p50, p95) ms of QUERIES in Node: lunr.js from npm running the site's search.js."""
    lunr_js = Path(__file__).resolve().parent.parent / "node_modules" / "lunr" / "lunr.js"
    output = subprocess.run(["node", str(Path(__file__).with_name("query_latency.js")), str(site), str(lunr_js),
                             "20", *QUERIES], capture_output=True, text=True, timeout=600, check=True).stdout
    figures = json.loads(output)
    return figures["p50"], figures["p95"]


def fresh_build(content, site):
    """A full build: no site, facts files or cache left from an earlier one."""
    for folder in (site, content / "facts", content / CACHE_FOLDER):
        shutil.rmtree(folder, ignore_errors=True)
    return timed_build(content, site)


def review_edit(facts_file):
    """A reviewer's edit of one facts file: its first fact's label changed, its second rejected."""
    text = facts_file.read_text(encoding="utf-8")
    text = text.replace("\n  label: ", "\n  label: (checked) ", 1)
    first = text.index("status: unreviewed")
    second = text.index("status: unreviewed", first + 1)
    facts_file.write_text(text[:second] + "status: rejected" + text[second + len("status: unreviewed"):], encoding="utf-8")


def served_review_edit(content, site, facts_file):
    """Seconds from a reviewer's save of facts_file (review_edit) to the moment the running
    `factsheet serve` answers an open page that its next build is ready (the page then goes
    to the edited fact): what a reviewer waits for on screen, but the page's own load. The save
    comes once the server says it is ready for edits (it has read what its builds keep in memory)."""
    server = subprocess.Popen([sys.executable, *FACTSHEET[1:], "serve", "--content", str(content), "--out", str(site),
                               "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = None
        while url is None:  # its first build finds nothing changed, then it serves
            line = server.stdout.readline()
            if not line:
                raise SystemExit("factsheet serve stopped before serving")
            url = next(iter(re.findall(r"serving .* at (http://\S+/)", line)), None)
        # Then it reads what the next build needs, the site served meanwhile: a reviewer's first
        # save comes once the page is read, not the moment the server starts.
        while "ready for edits" not in line:
            line = server.stdout.readline()
            if not line:
                raise SystemExit("factsheet serve stopped before it was ready for edits")
        seen = urllib.request.urlopen(url + "__factsheet__/build", timeout=60).read().decode()
        review_edit(facts_file)
        started = time.perf_counter()
        while True:  # each question is held open until a build is ready, or for a while
            answer = urllib.request.urlopen(url + f"__factsheet__/build?after={seen}", timeout=600).read().decode()
            if answer.split("\n")[0] != seen:
                return time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=60)


def median_run(runs):
    """The run of median time among (seconds, MiB) runs."""
    return sorted(runs)[len(runs) // 2]


def full_builds(content, site, mkdocs_folder, runs):
    """(ours, MkDocs's or None): each the median of runs, taken in turn so both meet the same machine."""
    with_mkdocs = importlib.util.find_spec("mkdocs") and "--without-mkdocs" not in sys.argv
    ours, theirs = [], []
    for _ in range(runs):
        if with_mkdocs:
            shutil.rmtree(mkdocs_folder, ignore_errors=True)
            theirs.append(timed_mkdocs(content / "sources", mkdocs_folder))
        ours.append(fresh_build(content, site))
    return median_run(ours), median_run(theirs) if theirs else None


def run(count, runs=1, seed=1):
    with tempfile.TemporaryDirectory() as tmp:
        content, site = Path(tmp) / "content", Path(tmp) / "site"
        write_corpus(content, count, seed)
        full, mkdocs = full_builds(content, site, Path(tmp) / "mkdocs", runs)
        figures = [("full", *full), ("nothing changed", *timed_build(content, site))]
        sizes = {"site_bytes": folder_bytes(site), "index_bytes": folder_bytes(site / "assets" / "search"),
                 "index_gzipped": folder_bytes(site / "assets" / "search", gzipped=True)}
        p50, p95 = query_latency(site)
        (content / "sources" / "zz-new.md").write_text(next_article(count, seed), encoding="utf-8")
        figures.append(("one source added", *timed_build(content, site)))
        edited = content / "sources" / "a00000.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOfficials in Sumy said 45 buses were counted.\n", encoding="utf-8")
        figures.append(("one source edited", *timed_build(content, site)))
        review_edit(content / "facts" / "a00001.yaml")
        figures.append(("one facts file edited", *timed_build(content, site)))
        served = served_review_edit(content, site, content / "facts" / "a00002.yaml")
    full = figures[0][1]
    print(f"{count:>6} sources  " + "  ".join(
        f"{label} {seconds:.1f}s ({seconds / full:.0%}, {mib:.0f} MiB)" for label, seconds, mib in figures)
        + f"  facts file edited, on screen with factsheet serve {served:.1f}s")
    print(f"{'':>6} site {sizes['site_bytes'] / 1e6:.1f} MB, search parts {sizes['index_bytes'] / 1e6:.1f} MB "
          f"({sizes['index_gzipped'] / 1e6:.1f} MB gzipped, a reader loads only a query's); "
          f"query in Node p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    if mkdocs:
        print(f"{'':>6} MkDocs on the same articles {mkdocs[0]:.1f}s ({mkdocs[1]:.0f} MiB): "
              f"our full build / MkDocs = {full / mkdocs[0]:.2f}")
    return {"builds": {label: {"seconds": round(seconds, 1), "peak_mib": round(mib)} for label, seconds, mib in figures},
            "served_facts_edit_seconds": round(served, 1),
            **sizes, "query_p50_ms": round(p50, 1), "query_p95_ms": round(p95, 1),
            "mkdocs_seconds": round(mkdocs[0], 1) if mkdocs else None}


def record(results):
    """Merge this run's figures ({sources: figures}) into results.json, one entry per corpus size."""
    recorded = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    recorded.update({str(count): figures for count, figures in results.items()})
    RESULTS.write_text(json.dumps(dict(sorted(recorded.items(), key=lambda item: int(item[0]))), indent=1) + "\n",
                       encoding="utf-8")


def option(name, default):
    return int(next((arg.split("=")[1] for arg in sys.argv if arg.startswith(f"--{name}=")), default))


if __name__ == "__main__":
    RUNS, SEED = option("runs", 1), option("seed", 1)
    results = {n: run(n, RUNS, SEED) for n in [int(arg) for arg in sys.argv[1:] if arg.isdigit()] or [100, 1000]}
    if SEED == 1:
        record(results)
        write_readme()  # the README's table, made again from results.json
