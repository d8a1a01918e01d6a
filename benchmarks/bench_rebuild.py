"""Benchmark: whole `factsheet build` processes on a generated corpus of N sources.

    .venv/bin/python benchmarks/bench_rebuild.py [N ...] [--without-mkdocs]       (default: 100 1000)

Times, each as its own process, with its peak memory: a full build (no cache, no facts
YAML), a rebuild with nothing changed, a rebuild after adding one source, and a rebuild
after editing one source; and, when MkDocs is installed (`pip install mkdocs`), MkDocs
building the same N articles with its search index prebuilt by lunr.py, and our full
build's time over theirs (MkDocs takes many minutes at 10,000: --without-mkdocs leaves it
out). The corpus is bench_build.py's (same seed, same articles); baselines are in
benchmarks/BASELINE.md.
"""

import importlib.util
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
        title, _, body = source.read_text(encoding="utf-8").partition("\n")
        (folder / "docs" / f"{source.stem}.md").write_text(f"# {title}\n{body}", encoding="utf-8")
    return timed_process([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(folder / "mkdocs.yml")])


def run(count):
    mkdocs = None
    with tempfile.TemporaryDirectory() as tmp:
        content, site = Path(tmp) / "content", Path(tmp) / "site"
        write_corpus(content, count)
        if importlib.util.find_spec("mkdocs") and "--without-mkdocs" not in sys.argv:
            mkdocs = timed_mkdocs(content / "sources", Path(tmp) / "mkdocs")
        figures = [("full", *timed_build(content, site)), ("nothing changed", *timed_build(content, site))]
        (content / "sources" / "zz-new.txt").write_text(NEW_SOURCE, encoding="utf-8")
        figures.append(("one source added", *timed_build(content, site)))
        edited = content / "sources" / "a00000.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOfficials counted 45 buses.\n", encoding="utf-8")
        figures.append(("one source edited", *timed_build(content, site)))
    full = figures[0][1]
    print(f"{count:>6} sources  " + "  ".join(
        f"{label} {seconds:.1f}s ({seconds / full:.0%}, {mib:.0f} MiB)" for label, seconds, mib in figures))
    if mkdocs:
        print(f"{'':>6} MkDocs on the same articles {mkdocs[0]:.1f}s ({mkdocs[1]:.0f} MiB): "
              f"our full build / MkDocs = {full / mkdocs[0]:.2f}")


if __name__ == "__main__":
    for n in [int(arg) for arg in sys.argv[1:] if arg.isdigit()] or [100, 1000]:
        run(n)
