"""The pipeline: read sources, extract facts, merge them, render pages, write facts and site.

Everything is computed in memory before the first file is written, so a bad source or
template stops the build with the facts YAML and the previous site untouched.
"""

from dataclasses import dataclass
from pathlib import Path

from .errors import FactsheetError
from .extract import extract_facts
from .index import INDEX_SCRIPT_PATH, build_index, index_script
from .merge import merge_facts
from .read import read_sources
from .render import Page, render_site
from .write import facts_documents, write_facts, write_site


@dataclass(frozen=True)
class BuildReport:
    sources: int
    facts: int  # as extracted, per source
    merged: int  # after merging the same fact across sources
    pages: int


def check_out_dir(out_dir, content_dir):
    """The output folder is replaced wholesale, so it must not hold the user's own files."""
    out = Path(out_dir).resolve()
    for precious in (Path(content_dir).resolve(), Path.cwd().resolve(), Path.home().resolve()):
        if out == precious or out in precious.parents:
            raise FactsheetError(out_dir, None, f"refusing to build into a folder that holds {precious}; choose another --out")


LUNR_JS = Path("node_modules", "lunr", "lunr.min.js")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def read_lunr_js():
    """lunr.js as installed by npm, looked for from the working folder and the project up."""
    for folder in (Path.cwd(), *Path.cwd().parents, PROJECT_ROOT, *PROJECT_ROOT.parents):
        if (folder / LUNR_JS).is_file():
            return (folder / LUNR_JS).read_text(encoding="utf-8")
    raise FactsheetError(LUNR_JS, None, "lunr.js is missing: run `npm ci` in the project folder (needs package.json)")


def build(content_dir="content", out_dir="site", templates_dir="templates"):
    content = Path(content_dir)
    check_out_dir(out_dir, content_dir)
    lunr_js = read_lunr_js()
    sources = read_sources(content / "sources")
    if not sources:  # a site of nothing would only hide a wrong --content
        raise FactsheetError(content / "sources", None, "no articles here (.md, .markdown or .txt); add one and build again")
    facts = {source.id: extract_facts(source) for source in sources}
    merged = merge_facts(sources, facts)
    pages = render_site(sources, facts, merged, templates_dir)
    pages += [Page(INDEX_SCRIPT_PATH, index_script(build_index(sources, merged))),
              Page("assets/lunr.js", lunr_js)]
    documents = facts_documents(sources, facts, merged)
    try:
        write_facts(content / "facts", documents)
        write_site(out_dir, pages)
    except OSError as err:  # a full disk or a read-only folder is the user's to fix, not a bug
        raise FactsheetError(err.filename or out_dir, None, err.strerror or str(err)) from None
    return BuildReport(len(sources), sum(map(len, facts.values())), len(merged), len(pages))
