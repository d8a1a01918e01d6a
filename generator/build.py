"""The pipeline: read sources, extract facts, render pages, write facts and site."""

from dataclasses import dataclass
from pathlib import Path

from .extract import extract_facts
from .read import read_sources
from .render import render_site
from .write import facts_yaml, write_facts, write_site


@dataclass(frozen=True)
class BuildReport:
    sources: int
    facts: int
    pages: int


def build(content_dir="content", out_dir="site", templates_dir="templates"):
    content = Path(content_dir)
    sources = read_sources(content / "sources")
    facts = {source.id: extract_facts(source) for source in sources}
    pages = render_site(sources, facts, templates_dir)
    write_facts(content / "facts", {s.id: facts_yaml(s, facts[s.id]) for s in sources})
    write_site(out_dir, pages)
    return BuildReport(len(sources), sum(map(len, facts.values())), len(pages))
