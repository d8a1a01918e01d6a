"""Benchmark: whole `factsheet build` processes on a generated corpus of N sources.

    .venv/bin/python benchmarks/bench_rebuild.py [N ...]        (default: 100 1000)

Times, each as its own process, with its peak memory: a full build (no cache, no facts
YAML), a rebuild with nothing changed, a rebuild after adding one source, and a rebuild
after editing one source. The corpus is bench_build.py's (same seed, same articles);
baselines are in benchmarks/BASELINE.md.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

from bench_build import write_corpus

FACTSHEET = [sys.executable, "-m", "generator"]
NEW_SOURCE = """Report from the river

Officials in Kherson said 1,250 families were evacuated near the river.

The mayor called the situation tense and asked residents to stay home.
"""


def timed_build(content, site):
    """(seconds, peak RSS in MiB) of one build process."""
    started = time.perf_counter()
    pid = os.posix_spawn(sys.executable, [*FACTSHEET, "build", "--content", str(content), "--out", str(site)],
                         dict(os.environ), file_actions=[(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)])
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed in {content}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def run(count):
    with tempfile.TemporaryDirectory() as tmp:
        content, site = Path(tmp) / "content", Path(tmp) / "site"
        write_corpus(content, count)
        figures = [("full", *timed_build(content, site)), ("nothing changed", *timed_build(content, site))]
        (content / "sources" / "zz-new.txt").write_text(NEW_SOURCE, encoding="utf-8")
        figures.append(("one source added", *timed_build(content, site)))
        edited = content / "sources" / "a00000.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOfficials counted 45 buses.\n", encoding="utf-8")
        figures.append(("one source edited", *timed_build(content, site)))
    full = figures[0][1]
    print(f"{count:>6} sources  " + "  ".join(
        f"{label} {seconds:.1f}s ({seconds / full:.0%}, {mib:.0f} MiB)" for label, seconds, mib in figures))


if __name__ == "__main__":
    for n in [int(arg) for arg in sys.argv[1:]] or [100, 1000]:
        run(n)
