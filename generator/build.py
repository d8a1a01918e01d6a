"""The pipeline as named steps that take and return values: gather the build's data (read,
extract, review, merge: reviewed_site, with_merged), plan its files, write the site then the
facts files (write_plan), and write the cache (write_cache).

The stages fork nothing and never touch the cache: what runs beside what is decided here (with
parallel.py, and site_files.py for the site's files), and what a rebuild need not redo is asked
of the cache (cache.py) here, the stages getting only the rest. Pages are written as they render
into a staging folder, and the facts files ahead into the facts folder; the site is swapped in
only when all of that succeeded, and the facts files moved in after it, so a bad source or
template, or a full disk, stops the build with the facts YAML and the previous site untouched. The cache's entries of the sources that changed are written beside the merge on a
site of up to FACTS_FILES_EARLY_UP_TO sources, else at the end with the last build's: each is
checked against its source and facts files when read, so a failed build's mislead none.
"""

import contextlib
import functools
import gc
import itertools
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from .bundle import bundle
from .cache import (CACHE_FOLDER, Entries, IndexTerms, Kept, LastPages, Redone, cached_gazetteer, cached_grouping,
                    cached_report_words, cached_source, cached_work, code_version, digest, facts_file_digests,
                    file_digests, gazetteer_entry, grouping_entry, input_fingerprint, last_build, last_build_entry,
                    report_words_entries, site_listing, terms_entry_name, words_entry_name, write_entries,
                    write_source_entries, written_records)
from .errors import FactsheetError
from .extract import (extract_entities, extract_facts, gazetteer_kept, gazetteer_loaded, gazetteer_read_here,
                      load_gazetteer, source_language)
from .facts_yaml import CONFIRMED, MERGED_PATH, REJECTED, file_names, merged_yaml, source_documents
from .facts_yaml import source_path as facts_path
from .merge import (group_conflicts, group_reports, grouping_key, merge_entities, merged_facts, report_words,
                    report_words_key, with_conflicts, with_owners)
from .model import Site, published
from .parallel import Background, map_on_cores
from .present import fact_locations
from .read import (SOURCE_SUFFIXES, checked_sources, input_files, read_config, read_facts_files, source_files,
                   source_or_error)
from .render import DEFAULT_TEMPLATES
from .review import Review, review_facts
from .search import engine_assets
from .site_files import DataFiles, site_files
from .write import (STAGED_FACTS, Staging, build_folder, disk_errors, out_of_date, stage_site, stage_texts,
                    with_more, write_facts, write_file)


@dataclass(frozen=True)
class BuildReport:
    sources: int
    facts: int  # as extracted, per source
    merged: int  # after merging the same fact across sources
    pages: int
    pages_written: int = 0  # the others were unchanged and kept as they were
    removed: tuple = ()  # facts files of deleted sources, moved aside
    vanished: tuple = ()  # (source id, fact id) of reviewed facts no longer found in their source
    new: int = 0  # facts the facts YAML did not hold before this build
    changed: int = 0  # facts the extractor reads otherwise than at the last build
    confirmed: int = 0
    rejected: int = 0
    edited: tuple = ()  # facts files saved while the build ran: left as they are, built next time
    reviewed: tuple = ()  # where the facts a reviewer edited since the last build are shown (present.fact_locations)
    cache_problem: str | None = None  # why the cache could not be written: the next build redoes the work
    unchanged: bool = False  # nothing changed since the last build, which stands as it was


def check_out_dir(out_dir, content_dir, templates_dir, single_file=None):
    """The output folder is replaced wholesale, so it must neither hold nor lie inside anything
    the build reads (the content, its facts and cache, the templates) or the user's own folders;
    a single file may not stand where an input is. Refused before anything is read or written."""
    out = Path(out_dir).resolve()
    inputs = [("the content folder", Path(content_dir).resolve()), ("the templates", Path(templates_dir).resolve()),
              ("the default templates", DEFAULT_TEMPLATES.resolve())]
    for what, folder in inputs:
        if out == folder or folder in out.parents or out in folder.parents:
            raise FactsheetError(out_dir, None, f"the site folder would replace or sit inside {what} ({folder}), "
                                                "which the build reads; choose another --out")
    for precious in (Path.cwd().resolve(), Path.home().resolve()):
        if out == precious or out in precious.parents:
            raise FactsheetError(out_dir, None, f"refusing to build into a folder that holds {precious}; choose another --out")
    if out.exists() and not out.is_dir():
        raise FactsheetError(out_dir, None, "a file, not a folder: the site is a folder; move the file or choose another --out")
    if single_file is not None:
        target = Path(single_file).resolve()
        for what, folder in inputs:
            if folder in target.parents:
                raise FactsheetError(single_file, None, f"inside {what} ({folder}), which the build reads; "
                                                        "choose another --single-file")


def quiet(stage, done, total):
    """The default progress report: none."""


def read_all(directory, entries, version):
    """Every source under directory, as read.read_sources gives them: those the cache (entries)
    holds as an earlier build read them from the same file, the others parsed on every core.
    The gazetteer is loaded meanwhile (with_gazetteer)."""
    paths = source_files(directory)
    known = {path: cached_source(entries, version, path) for path in paths}
    parsed = iter(map_on_cores(source_or_error, [path for path in paths if known[path] is None],
                               meanwhile=functools.partial(with_gazetteer, entries, version)))
    return checked_sources(paths, [known[path] or next(parsed) for path in paths])


def with_gazetteer(entries, version):
    """Load the gazetteer unless this process has it (serve keeps the one it has): before
    extraction is forked, so that every process shares it, while the sources are parsed (in
    processes that need none). Merging needs it even when no source is extracted again (a
    reviewer's edit); the cache's copy reads in a fifth of the time."""
    if not gazetteer_loaded():
        load_gazetteer(cached_gazetteer(entries, version))


def extract_source(source):
    """Facts, and (entities, quotes), of one source: the work each process does."""
    return extract_facts(source), extract_entities(source)


def extract_all(sources, cached, progress):
    """{source id: (facts, (entities, quotes))}: cached ({source id: the same, or None}) where the
    text and the code are the same as then, else extracted, on every core when there are many."""
    found = {source_id: work for source_id, work in cached.items() if work is not None}
    todo = [source for source in sources if cached[source.id] is None]

    def done(source, result):
        found[source.id] = result
        progress("extract", len(found), len(sources))
    map_on_cores(extract_source, todo, done)
    progress("extract", len(sources), len(sources))
    return {source.id: found[source.id] for source in sources}


def extract_changed(sources, facts_dir, entries, version, progress):
    """({source id: its SourceReview as the last build left it, or None}, {source id: (facts,
    (entities, quotes))}): what the cache (entries) holds where a source, the code and its facts
    files are as they were then, the rest extracted (extract_all)."""
    cached = cached_work(entries, sources, facts_file_digests(facts_dir, [source.id for source in sources]), version)
    work = {source_id: work for source_id, (_, work) in cached.items()}
    with_gazetteer(entries, version)  # loaded while the sources were read, unless read_all was not called
    return {source_id: review for source_id, (review, _) in cached.items()}, extract_all(sources, work, progress)


def review_again(extracted, facts_dir, entries):
    """The Review of the sources in extracted ({source id: facts}) with their facts files, which
    are parsed only where the cache (entries) does not know them as the last build wrote them."""
    files = read_facts_files(facts_dir, list(extracted))
    return review_facts((source_id, facts, files[source_id], *written_records(entries, source_id, files[source_id]))
                        for source_id, facts in extracted.items())


def reviewed_site(content, version, progress=quiet, site_url=None, kept=None):
    """Read, extract and review: the build's data up to merging (a Site without merged facts
    and entities yet), its Review, and what of it was Redone rather than taken from the cache.

    version is the generator's code version: extraction and review results cached under it
    for an unchanged source are taken as they are; kept: a cache.Kept, where the process keeps them.
    """
    config = read_config(content)
    if site_url:
        config = replace(config, site_url=site_url)
    with Entries(content / CACHE_FOLDER, kept) as entries:
        sources = read_all(content / "sources", entries, version)
        if not sources:  # a site of nothing would only hide a wrong --content
            raise FactsheetError(content / "sources", None,
                                 f"no articles here ({', '.join(SOURCE_SUFFIXES)}); add one and build again")
        reused, found = extract_changed(sources, content / "facts", entries, version, progress)
        extracted = {source_id: facts for source_id, (facts, _) in found.items() if reused[source_id] is None}
        fresh = review_again(extracted, content / "facts", entries)
    review = Review({source.id: reused[source.id] or fresh.by_source[source.id] for source in sources})
    names = {source_id: named[0] for source_id, (_, named) in found.items()}
    quotes = {source_id: named[1] for source_id, (_, named) in found.items()}
    redone = Redone.of(extracted, (source_id for source_id, last in reused.items() if last is not None))
    return Site.of(sources, review.facts(), (), review.missing(), config, (), quotes, names), review, redone


def with_merged(site, progress=quiet, words=None, grouping=None, kept=None):
    """The site with its facts merged across sources, and its entities; words: {source id:
    merge.report_words} where known; grouping: a Grouping, its groups and conflicts taken if
    known, else set to those made here; kept: a cache.Kept, where the merged facts of groups
    unchanged since the process's last build are taken from (Kept.merged_facts, with_conflicts)."""
    progress("merge", 0, 1)
    known = grouping is not None and grouping.groups is not None
    # A process keeping its builds' data clusters and looks for conflicts again only in the
    # partitions a change touched; its first build (serve's warm-up) fills what it keeps of them,
    # though the cache knows the groups and conflicts (the same: made from the same reports).
    filling = kept is not None and not (kept.partitions and kept.conflicted)
    grouped = group_reports(site.sources, {source_id: published(f) for source_id, f in site.facts.items()}, words,
                            grouping.groups if known and not filling else None,
                            kept.clustered if kept is not None else None)
    conflicts = None
    if kept is not None and (not known or filling):
        conflicts = group_conflicts(grouped, kept.conflicts)
    elif not known:  # looked for on the other core while the merged facts are made here
        conflicts = Background(group_conflicts, grouped, size=len(site.sources))
    merged = merged_facts(grouped) if kept is None else kept.merged_facts(grouped)
    if not known:
        conflicts = conflicts.result() if kept is None else conflicts
        if grouping is not None:
            grouping.groups, grouping.conflicts = [[f.id for f in group] for group in grouped.groups], conflicts
    conflicts = grouping.conflicts if known else conflicts
    merged = with_conflicts(merged, conflicts) if kept is None else kept.with_conflicts(merged, conflicts)
    entities = tuple(merge_entities(site.names, site.quotes))
    languages = {source.id: source_language(source) for source in site.sources}
    return replace(site, merged=tuple(with_owners(merged, entities, languages)), entities=entities)


def gather(content, version, progress=quiet, site_url=None):
    """Read, extract, review and merge: the whole build's data, before anything is written."""
    site, review, _ = reviewed_site(content, version, progress, site_url)
    return with_merged(site, progress), review


# Sources up to which the facts files are made while the facts merge, the pages render and the
# index is built (sooner); past it they wait for the site to be written: held meanwhile, they
# would grow the build's peak memory with the site's size (BASELINE.md has the figures).
FACTS_FILES_EARLY_UP_TO = 3_000
# Sources up to which a process building again and again (serve) keeps its builds' data in
# memory between them (cache.Kept): 13% more at the peak of a build at 1,000 sources; past it
# a build of 10,000 would go over 2 GiB (BASELINE.md, session 31).
KEPT_UP_TO = 5_000


def keeping(kept, content):
    """kept, where the content's sources are few enough for its memory (KEPT_UP_TO), else None."""
    return kept if kept is not None and len(source_files(Path(content) / "sources")) <= KEPT_UP_TO else None


def changed_facts_files(site, redone, version, content=None, staging_folder=None):
    """The facts files of the sources that changed (what needs no merged facts, made while they
    merge), and, given the content folder, those that differ from the files there written
    ahead into staging_folder (StagedTexts) for the end of the build to move in place, with
    why the cache could not be written, if it could not. The cache's entries of those sources
    are written meanwhile: they are checked against the sources and facts files when read, so
    a build that fails later leaves none that could mislead the next."""
    documents = source_documents(site, redone.extracted)
    if content is None:
        return documents, None, None
    cache_problem = write_source_entries(content / CACHE_FOLDER, site, redone, documents, version)
    with disk_errors(content / "facts"):
        return documents, stage_texts(content / "facts", documents, staging_folder), cache_problem


@dataclass
class Plan:
    """What a build would write: the site's files, made one at a time as they are asked for,
    and the facts files with their cache entries. On a site of up to FACTS_FILES_EARLY_UP_TO
    sources those are made early, beside the rest: close() stops that work if it is not wanted."""
    site: Site
    review: Review
    redone: Redone
    templates_dir: Path
    assets: list  # the search engine's own files (engine_assets)
    version: str
    content: Path | None  # where the facts files and the cache are written; None: nowhere (check())
    progress: Callable = quiet
    early: Background | None = None  # changed_facts_files(), under way while the facts merge
    staging_folder: Path | None = None  # where early writes the facts files ahead
    made: DataFiles | None = None  # what was made beside the pages, once they are
    # The cache's entries of the report words made, as JSON text: held as words (hundreds of
    # thousands of sets) to the end, they made every garbage collection of the build slower.
    words_entries: list = field(default_factory=list)
    words_kept: list = field(default_factory=list)  # the names of the report words' and index terms' entries that stay
    last_pages: LastPages | None = None  # the last build's pages that may be kept as they are
    index_terms: IndexTerms | None = None  # where the index's process finds and keeps its documents' terms
    kept: Kept | None = None  # what the process keeps between builds (serve)
    records: dict = field(default_factory=dict)  # path -> (digest, bytes, key) of the files, as site_files makes them

    def pages(self, staging=None):
        """Every file of the site, one at a time (see site_files), rendered afresh on each call
        but for the pages the last build made from the same key, kept (staging given)."""
        reuse = self.last_pages.reuse(staging) if self.last_pages and staging else None
        return site_files(self.site, self.templates_dir, self.assets, self.progress, self.early is not None,
                          self.keep, staging, reuse, self.records, self.index_terms,
                          self.kept.merged_mark if self.kept else None)

    def keep(self, made):
        self.made = made

    @functools.cached_property
    def _facts_files(self):
        return self.early.result() if self.early else (source_documents(self.site, self.redone.extracted), None, None)

    @functools.cached_property
    def documents(self):
        """path within content/facts/ -> YAML text, for the sources that changed and the merged
        facts (asked for once the pages are made)."""
        merged = self.made.merged_document if self.made else None  # None: not made beside the pages
        return {**self._facts_files[0], MERGED_PATH: merged if merged is not None else merged_yaml(self.site.merged)}

    @property
    def staged(self):
        """The StagedTexts of the facts files written ahead, if any."""
        return self._facts_files[1]

    @property
    def cache_problem(self):
        """Why the cache's entries written ahead could not be, if they could not."""
        return self._facts_files[2]

    def close(self):
        if self.early:
            self.early.cancel()
        if self.staging_folder:  # moved in and gone once the build is done; a failed build's
            shutil.rmtree(self.staging_folder, ignore_errors=True)


@dataclass
class Grouping:
    """The reports' groups (lists of fact ids) and their conflicts (group index -> indexes): the
    last build's where the facts group under the same key (merge.grouping_key: a reviewer's
    label, status or key changed, nothing they are grouped by), else made by this build."""
    key: str
    groups: list | None = None
    conflicts: dict | None = None

    @classmethod
    def of(cls, site, words_keys, cache_dir, version):
        key = digest(version, grouping_key(site.sources, {s.id: site.published(s.id) for s in site.sources}, words_keys))
        with Entries(cache_dir) as entries:
            known = cached_grouping(entries, key)
        return cls(key, *known) if known else cls(key)

    def entry(self):
        return grouping_entry(self.key, self.groups, self.conflicts)


@dataclass(frozen=True)
class MergeWords:
    """merge.report_words of every source: the cache's where a source and its published facts
    are as they were (its key the same), the others made (made), to be kept for the next build."""
    by_source: dict  # source id -> {fact id: ReportWords}
    made: dict  # source id -> the same, of the sources made this build
    keys: dict  # source id -> merge.report_words_key

    @classmethod
    def known(cls, site, cache_dir, version, kept=None):
        """The cache's words alone (made_here makes the rest): read before other work writes
        into the cache, made while it does."""
        keys = {source.id: report_words_key(source, site.published(source.id)) for source in site.sources}
        with Entries(cache_dir, kept) as entries:
            return cls(cached_report_words(entries, keys, version), {}, keys)

    def made_here(self, site):
        made = {source.id: report_words(source, site.published(source.id))
                for source in site.sources if source.id not in self.by_source}
        return MergeWords({**self.by_source, **made}, made, self.keys)

    def entries(self, version):
        """The cache's entries of the words made, and the names of all that stay."""
        return list(report_words_entries(self.made, self.keys, version)), [words_entry_name(i) for i in self.keys]


def plan(content, templates_dir, version, assets, progress=quiet, site_url=None, writing=False, last_pages=None,
         kept=None):
    """Gather the site's data and start making the facts files that need no merged facts; a
    Plan to close() once done with. Writing, the cache's entries are written as they are made.
    kept: a cache.Kept, where the process keeps what it made of the cache between builds."""
    site, review, redone = reviewed_site(content, version, progress, site_url, kept)
    # What the cache holds is read before the early work writes into it, which would hold its
    # readers up; the words it does not hold are made while that work runs.
    words = MergeWords.known(site, content / CACHE_FOLDER, version, kept)
    grouping = Grouping.of(site, words.keys, content / CACHE_FOLDER, version)
    early, staging_folder = None, None
    if len(site.sources) <= FACTS_FILES_EARLY_UP_TO:
        if writing:  # made here, so that it is named for the build, not for the process writing into it
            with disk_errors(content / "facts"):
                (content / "facts").mkdir(parents=True, exist_ok=True)
                staging_folder = build_folder(content / "facts", STAGED_FACTS)
        early = Background(functools.partial(changed_facts_files, redone=redone, version=version,
                                             content=content if writing else None, staging_folder=staging_folder),
                           site, size=len(site.sources))
    planned = Plan(site, review, redone, templates_dir, assets, version, content if writing else None, progress,
                   early, staging_folder, last_pages=last_pages, kept=kept)
    try:
        words = words.made_here(site)
        planned.site = with_merged(site, progress, words.by_source, grouping, kept)
        if writing:  # a check writes no cache
            planned.words_entries, planned.words_kept = words.entries(version)
            planned.words_entries.extend(grouping.entry().items())
            planned.index_terms = IndexTerms(content / CACHE_FOLDER, version)
            planned.words_kept += [terms_entry_name(source.id) for source in site.sources]
    except BaseException:
        planned.close()
        raise
    return planned


def page_salt(content, version, settings, as_read):
    """What every page is made from besides its own data: the code, the settings, the templates
    and the settings file (as_read's files but the sources and the facts files, which each
    page's key follows). Paths as as_read gives them, unresolved: resolving each costs seconds
    at 10,000 sources."""
    data = (Path(content) / "sources", Path(content) / "facts")
    shared = sorted((path, file_digest) for path, file_digest in as_read.items()
                    if not any(folder in Path(path).parents for folder in data))
    return digest(version, *settings, *(part for pair in shared for part in pair))


def fingerprint(as_read, out_dir, version, settings):
    """Of the build's inputs (as_read: {path: digest of the file}), code and settings."""
    return input_fingerprint(as_read, version, (Path(out_dir).resolve(), *settings))


def unchanged_since_last_build(last, out_dir, version, settings, as_read):
    """The last build's report (last: its entry, last_build) if no input changed since and its
    site is still there as written."""
    if not last or site_listing(out_dir) != last["site"]:
        return None
    if last["fingerprint"] != fingerprint(as_read, out_dir, version, settings):
        return None
    return BuildReport(**{**last["report"], "pages_written": 0, "removed": (), "vanished": (), "new": 0, "changed": 0,
                          "edited": (), "reviewed": (), "cache_problem": None, "unchanged": True})


def inputs_after(as_read, facts_dir, done):
    """{path: digest} of the inputs as the next build should find them to have nothing to do:
    as this one read them (as_read), but for the facts files it wrote or removed (done: its
    FactsWritten). A file saved meanwhile differs from both, and is built next time."""
    after = dict(as_read)
    for name in done.deleted:
        after.pop(str(Path(facts_dir, name)), None)
    for name, digest in done.digests.items():
        after[str(Path(facts_dir, name))] = digest
    return after


@contextlib.contextmanager
def fewer_collections():
    """Python's cycle collector walks every live object on each full pass, and a build holds
    millions that live to its end: it runs far less often meanwhile (a second less at 1,000
    sources; the processes forked meanwhile inherit it). Short-lived cycles are still collected."""
    threshold = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def write_plan(planned, content, out_dir, progress=quiet, single_file=None, as_read=None):
    """Write the site, then the facts files: the build's report, {path: size} of the site's files,
    and what was done in the facts folder (a FactsWritten). as_read: {name within the facts
    folder: digest of the file as the build read it}; a file saved since is left as it is.

    Everything that can fail is done before the site is swapped in: its pages written beside
    it, the facts files written ahead into the facts folder (so that moving them in is all that
    is left), the single file; a template that fails on its thousandth page, a read-only facts
    folder or a full disk leave the site and the facts files as they were."""
    site, review, facts_dir = planned.site, planned.review, content / "facts"
    with disk_errors(out_dir), Staging(out_dir) as staging:
        pages = list(planned.pages()) if single_file else planned.pages(staging)  # the bundle needs them all
        listing, written = stage_site(pages, staging)
        with disk_errors(facts_dir):
            staged = with_more(planned.staged, facts_dir, planned.documents)
        try:
            if single_file:
                with disk_errors(single_file):
                    write_file(single_file, bundle(pages))
            progress("write", 0, 1)
            staging.swap_in()
        except BaseException:  # the facts files written ahead are not wanted any more
            shutil.rmtree(staged.folder, ignore_errors=True)
            raise
    with disk_errors(facts_dir):
        done = write_facts(facts_dir, planned.documents, file_names(planned.redone.unchanged), staged, as_read)
    return BuildReport(len(site.sources), site.fact_count, len(site.merged), len(listing), written,
                       tuple(map(str, done.moved_aside)), tuple(review.vanished()), review.new(), review.changed(),
                       review.count(CONFIRMED), review.count(REJECTED),
                       edited=tuple(str(facts_dir / name) for name in done.edited),
                       reviewed=fact_locations(site, review.touched())), listing, done


@fewer_collections()
def build(content_dir="content", out_dir="site", templates_dir="templates", progress=quiet, site_url=None,
          single_file=None, kept=None):
    """Build the site; progress(stage, done, total) hears of each stage and each source extracted;
    site_url, when given, stands for the settings' own; single_file, a path for the whole site
    as one HTML file besides; kept, a cache.Kept that a process building again and again (serve)
    holds: what this build makes of the cache is kept there for the next."""
    content = Path(content_dir)
    check_out_dir(out_dir, content_dir, templates_dir, single_file)
    version, assets = code_version(), engine_assets()
    settings = (*(page.text for page in assets), site_url or "")
    # What the build reads, taken before it reads anything: a file saved while it runs is then
    # seen as changed by the next build, which builds it.
    as_read = file_digests(input_files(content, templates_dir))
    last = last_build(content / CACHE_FOLDER)
    report = None if single_file else unchanged_since_last_build(last, out_dir, version, settings, as_read)
    if report:
        return report
    last_pages = LastPages(last, page_salt(content, version, settings, as_read))
    kept = keeping(kept, content)
    facts_read = {Path(path).relative_to(content / "facts").as_posix(): digest for path, digest in as_read.items()
                  if Path(content / "facts") in Path(path).parents}
    with contextlib.closing(plan(content, templates_dir, version, assets, progress, site_url,
                                 writing=True, last_pages=last_pages, kept=kept)) as planned:
        report, listing, done = write_plan(planned, content, out_dir, progress, single_file, facts_read)
        after = fingerprint(inputs_after(as_read, content / "facts", done), out_dir, version, settings)
        problem = write_cache(planned, content / CACHE_FOLDER,
                              last_build_entry(after, listing, asdict(report), last_pages.entry(planned.records)))
    if kept is not None:
        kept.settle()
    return replace(report, cache_problem=planned.cache_problem or problem)


def warm(content_dir, templates_dir, kept):
    """Fill kept (a cache.Kept) as a build of the content would, writing nothing: what serve
    does when its first build finds nothing to do, so that the first edit is built as quickly
    as the next. Nothing is kept of a site of more than KEPT_UP_TO sources."""
    if keeping(kept, content_dir) is None:
        return
    with contextlib.closing(plan(Path(content_dir), templates_dir, code_version(), engine_assets(),
                                 kept=kept)) as planned:
        for merged in planned.site.merged:
            kept.merged_mark(merged)
    kept.settle()


def write_cache(planned, cache_dir, last_build):
    """The cache's entries at the end of a build: the last build's (last_build_entry), the
    gazetteer's, the report words made and, unless they were written beside the merge, those of
    the sources that changed. Why they could not be written, if they could not (the build stands: a cache
    only saves time). The gazetteer is stored once by a process that read it (serve builds again)."""
    gazetteer = gazetteer_entry(gazetteer_read_here(), planned.version)
    finished = itertools.chain({**last_build, **gazetteer}.items(), planned.words_entries)
    if planned.early:
        problem = write_entries(cache_dir, finished, keep=planned.words_kept)
    else:
        problem = write_source_entries(cache_dir, planned.site, planned.redone, planned.documents, planned.version,
                                       finished, planned.words_kept)
    if gazetteer and problem is None:
        gazetteer_kept()
    return problem


def check(content_dir="content", out_dir="site", templates_dir="templates"):
    """What needs a reviewer's or a build's attention, one line each; empty when all is well.

    Bad sources, bad facts files and broken templates raise as in a build. Facts whose
    sentence is gone and a site or facts files that a build would change are listed.
    """
    content = Path(content_dir)
    input_files(content, templates_dir)  # a link out of the content or templates stops it, as it stops a build
    with contextlib.closing(plan(content, templates_dir, code_version(), engine_assets())) as planned:
        problems = [f"{Path(content, 'facts', facts_path(source_id))}: {fact_id} is no longer in its source; "
                    "resolve it under 'missing:' or delete it" for source_id, fact_id in planned.review.vanished()]
        stale_pages = out_of_date(out_dir, {page.path: page.text for page in planned.pages()})
        stale_facts = out_of_date(content / "facts", planned.documents, only_listed=True)
    if stale_facts:
        problems.append(f"{content / 'facts'}: {len(stale_facts)} facts files are not what a build writes "
                        f"(first: {stale_facts[0]}); run `factsheet build`")
    if stale_pages:
        problems.append(f"{out_dir}: the site is stale, {len(stale_pages)} files differ from a fresh build "
                        f"(first: {stale_pages[0]}); run `factsheet build`")
    return problems
