"""Benchmark: one very large source, built as a whole `factsheet build` process.

    .venv/bin/python benchmarks/bench_large.py [MB ...]        (default: 20)

Writes one plain-text source of about MB megabytes into a temporary folder: a long inquiry
report, paragraphs of prose in which about one sentence in three carries a figure (counts,
money, distances, ages, durations), names and quotes among them, from a fixed seed. Times a
full build, then a rebuild with nothing changed, each as its own process, and prints wall
time, peak memory (of the build process) and what the build found. Figures are recorded in
benchmarks/BASELINE.md.
"""

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Kharkiv", "Kyiv", "Odesa", "Lviv", "Dnipro", "Belgorod", "Kherson", "Mykolaiv", "Sumy", "Poltava"]
PEOPLE = ["Olena Petrenko", "Andrei Kozlov", "Maria Ivanova", "Taras Melnyk", "Iryna Bondar"]
FIGURES = [
    "{n:,} people were evacuated from {place}",
    "the fund paid out £{m} million to {n:,} families",
    "a convoy of {small} buses travelled {n:,} km",
    "the {age}-year-old driver was held for {small} days",
    "prices in {place} rose by {small}% in a year",
    "{n:,} homes lost power for {small} hours",
]
PROSE = [
    "The committee heard evidence from officials, volunteers and residents over several weeks.",
    "Witnesses described the conditions in the shelters as crowded but orderly.",
    "Several of the recommendations were accepted in principle by the regional administration.",
    "The report notes that records kept at the time were incomplete and sometimes contradictory.",
    "Local councils were asked to review their emergency plans before the winter.",
]


def sentence(rng):
    if rng.random() < 0.34:
        text = rng.choice(FIGURES).format(n=rng.randint(2, 90_000), m=rng.randint(2, 400), small=rng.randint(2, 60),
                                          age=rng.randint(19, 80), place=rng.choice(PLACES))
        if rng.random() < 0.2:
            return f"“In the end {text},” said {rng.choice(PEOPLE)}."
        return f"Officials said {text}."
    return rng.choice(PROSE)


def write_source(folder, megabytes, seed=1):
    rng = random.Random(seed)
    (folder / "sources").mkdir(parents=True)
    paragraphs, size = [], 0
    while size < megabytes * 1_000_000:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    path = folder / "sources" / "inquiry.txt"
    path.write_text("The inquiry report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path.stat().st_size


def timed_build(content, site):
    """(seconds, peak MiB, last line printed) of one `factsheet build` process."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(site)],
                          capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode:
        print(done.stdout[-2000:], done.stderr[-2000:])
    lines = (done.stdout + done.stderr).strip().splitlines()
    return seconds, max(peak, before) / 1024, f"exit {done.returncode}: {lines[-1] if lines else ''}"


def run(megabytes):
    with tempfile.TemporaryDirectory() as tmp:
        content, site = Path(tmp) / "content", Path(tmp) / "site"
        size = write_source(content, megabytes)
        seconds, peak, said = timed_build(content, site)
        print(f"{size / 1e6:.1f} MB source  full build {seconds:.0f} s, peak {peak:.0f} MiB  ({said})")
        seconds, peak, said = timed_build(content, site)
        print(f"{size / 1e6:.1f} MB source  nothing changed {seconds:.1f} s  ({said})")


if __name__ == "__main__":
    for mb in [float(arg) for arg in sys.argv[1:]] or [20]:
        run(mb)
