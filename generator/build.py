"""The pipeline: read sources, extract facts, merge them, render pages, write facts and site.

Everything is computed in memory before the first file is written, so a bad source or
template stops the build with the facts YAML and the previous site untouched.
"""

from dataclasses import dataclass
from pathlib import Path

from .errors import FactsheetError
from .extract import extract_facts
from .index import INDEX_SCRIPT_PATH, build_index, index_script
from .facts_yaml import CONFIRMED, REJECTED, facts_documents
from .facts_yaml import source_path as facts_path
from .merge import merge_facts
from .model import Page, Site, published
from .read import SOURCE_SUFFIXES, read_facts_files, read_sources
from .render import render_site
from .review import Review, review_facts
from .write import out_of_date, write_facts, write_site


@dataclass(frozen=True)
class BuildReport:
    sources: int
    facts: int  # as extracted, per source
    merged: int  # after merging the same fact across sources
    pages: int
    removed: tuple = ()  # facts files of deleted sources, moved aside
    vanished: tuple = ()  # (source id, fact id) of reviewed facts no longer found in their source
    new: int = 0  # facts the facts YAML did not hold before this build
    confirmed: int = 0
    rejected: int = 0


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


def gather(content):
    """Read, extract, review and merge: the whole build's data, before anything is written."""
    sources = read_sources(content / "sources")
    if not sources:  # a site of nothing would only hide a wrong --content
        raise FactsheetError(content / "sources", None,
                             f"no articles here ({', '.join(SOURCE_SUFFIXES)}); add one and build again")
    extracted = {source.id: extract_facts(source) for source in sources}
    review = review_facts(extracted, read_facts_files(content / "facts", extracted))
    facts = review.facts()
    merged = merge_facts(sources, {source_id: published(f) for source_id, f in facts.items()})
    return Site.of(sources, facts, merged, extracted, review.missing()), review


@dataclass(frozen=True)
class Plan:
    """Everything a build would write: the site's pages and the facts files."""
    site: Site
    review: Review
    pages: tuple  # of Page
    documents: dict  # path within content/facts/ -> YAML text


def plan(content, templates_dir):
    site, review = gather(content)
    pages = render_site(site, templates_dir)
    pages += [Page(INDEX_SCRIPT_PATH, index_script(build_index(site))), Page("assets/lunr.js", read_lunr_js())]
    return Plan(site, review, tuple(pages), facts_documents(site))


def build(content_dir="content", out_dir="site", templates_dir="templates"):
    content = Path(content_dir)
    check_out_dir(out_dir, content_dir)
    planned = plan(content, templates_dir)
    try:
        removed = write_facts(content / "facts", planned.documents)
        write_site(out_dir, planned.pages)
    except OSError as err:  # a full disk or a read-only folder is the user's to fix, not a bug
        raise FactsheetError(err.filename or out_dir, None, err.strerror or str(err)) from None
    site, review = planned.site, planned.review
    return BuildReport(len(site.sources), site.fact_count, len(site.merged), len(planned.pages), tuple(removed),
                       tuple(review.vanished()), review.new(), review.count(CONFIRMED), review.count(REJECTED))


def check(content_dir="content", out_dir="site", templates_dir="templates"):
    """What needs a reviewer's or a build's attention, one line each; empty when all is well.

    Bad sources, bad facts files and broken templates raise as in a build. Facts whose
    sentence is gone and a site or facts files that a build would change are listed.
    """
    content = Path(content_dir)
    planned = plan(content, templates_dir)
    problems = [f"{Path(content, 'facts', facts_path(source_id))}: {fact_id} is no longer in its source; "
                "resolve it under 'missing:' or delete it" for source_id, fact_id in planned.review.vanished()]
    stale_facts = out_of_date(content / "facts", planned.documents, only_listed=True)
    if stale_facts:
        problems.append(f"{content / 'facts'}: {len(stale_facts)} facts files are not what a build writes "
                        f"(first: {stale_facts[0]}); run `factsheet build`")
    stale_pages = out_of_date(out_dir, {page.path: page.text for page in planned.pages})
    if stale_pages:
        problems.append(f"{out_dir}: the site is stale, {len(stale_pages)} files differ from a fresh build "
                        f"(first: {stale_pages[0]}); run `factsheet build`")
    return problems
