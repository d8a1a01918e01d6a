"""The README's speed table, made from benchmarks/results.json (which bench_rebuild.py writes).

    .venv/bin/python benchmarks/speed_table.py           prints it
    .venv/bin/python benchmarks/speed_table.py --write   puts it into README.md, between its markers
"""

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")
README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- speed table: made by benchmarks/speed_table.py from results.json -->", "<!-- end of speed table -->"
BUILDS = ("full", "nothing changed", "one source added", "one source edited", "one facts file edited")


def build_cell(build, full):
    if build is None:  # a build the run of these figures did not time
        return "not run"
    share = "" if build is full else f" ({build['seconds'] / full['seconds']:.0%})"
    return f"{build['seconds']:,} s{share}, {build['peak_mib']:,} MiB"


def table(results):
    lines = ["| sources | full build | nothing changed | one source added | one source edited | one facts file edited "
             "| the same, on screen with `serve` | MkDocs, ratio | site | search parts (gzipped) | query p50 / p95 |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for count, figures in results.items():
        builds = figures["builds"]
        mkdocs = figures["mkdocs_seconds"]
        ratio = f"{mkdocs:,} s, {builds['full']['seconds'] / mkdocs:.2f}" if mkdocs else "not run"
        lines.append(" | ".join([
            f"| {int(count):,}", *(build_cell(builds.get(label), builds["full"]) for label in BUILDS),
            f"{figures['served_facts_edit_seconds']:,} s" if figures.get("served_facts_edit_seconds") else "not run", ratio,
            f"{figures['site_bytes'] / 1e6:.1f} MB",
            f"{figures['index_bytes'] / 1e6:.1f} MB ({figures['index_gzipped'] / 1e6:.1f} MB)",
            f"{figures['query_p50_ms']} / {figures['query_p95_ms']} ms |"]))
    return "\n".join(lines)


def with_table(readme, results):
    """README text with the part between the markers replaced by the table."""
    before, rest = readme.split(START)
    _, after = rest.split(END)
    return f"{before}{START}\n{table(results)}\n{END}{after}"


def write_readme():
    """Put the table made from results.json into README.md."""
    results = json.loads(RESULTS.read_text(encoding="utf-8"))
    README.write_text(with_table(README.read_text(encoding="utf-8"), results), encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_readme()
    else:
        print(table(json.loads(RESULTS.read_text(encoding="utf-8"))))
