"""The site's files as a build writes them, and what is made beside what: the pages render
here while the search index, the downloads and some pages are made in processes of their own."""

import collections
import functools
import itertools
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple

from .facts_yaml import merged_yaml
from .model import StoredPage
from .parallel import Background
from .publish import download_pages, page_record, publishing_pages
from .render import PAGE_KINDS, render_site
from .search import index_pages, result_pages
from .write import disk_errors


class DataFiles(NamedTuple):
    """Files made from the site's data rather than from its pages, beside the pages."""
    downloads: list  # Pages: facts.json, facts.csv, citations.csv, sources.csv
    merged_document: str | None  # the merged facts' YAML (facts_yaml.MERGED_PATH), on a small site
    pages: tuple = ()  # the search parts that need no index (small site), and the BESIDE_PAGES when staged


# Kinds of page (render.PAGE_KINDS) rendered beside the others, by the process that makes the data
# files, when the site is staged: the main process would otherwise be the last to finish.
BESIDE_PAGES = ("sources", "entities")


def data_files(site, small_site=False, templates_dir=None, staging=None, reuse=None):
    """The downloads; on a small site, the merged facts' YAML and the search parts that
    need no index; given staging, the BESIDE_PAGES (the last build's where reuse finds them);
    all pages put there: made in a process of their own while the other pages render and the
    index is built."""
    pages = result_pages(site) if small_site else []
    if staging is not None:
        pages = stored_pages(itertools.chain(render_site(site, templates_dir, BESIDE_PAGES, reuse), pages), staging)
    return DataFiles(download_pages(site), merged_yaml(site.merged) if small_site else None, tuple(pages))


def stored_pages(pages, staging):
    """Put pages into the site being written, from whichever process made them."""
    with disk_errors(staging.out_dir):
        return [page if isinstance(page, StoredPage) else staging.put(page) for page in pages]


def search_files(site, staging=None, with_results=True, terms=None):
    """The index's search parts (and, with_results, those that need none) as pages, built in a
    process of its own on big sites, which puts them into staging itself when given one
    (StoredPages then): written while the pages still render, not after. terms: the
    cache.IndexTerms the engine takes its sources' documents' terms from and keeps them in."""
    if terms:
        with terms.kept(site.sources) as kept:
            pages, made = index_pages(site, kept)
        terms.keep(made, site.sources)
    else:
        pages, _ = index_pages(site)
    if with_results:  # on a big site: here, apart from the main process's memory
        pages += result_pages(site)
    return pages if staging is None else stored_pages(pages, staging)


def site_files(site, templates_dir, assets, progress=lambda stage, done, total: None, small_site=False,
               made=lambda data: None, staging=None, reuse=None, records=None, terms=None, merged_marks=None):
    """Every file of the site, one at a time, so that a big site is never all in memory: the
    pages as they render, while the index and, on a small site, the data files and the
    BESIDE_PAGES (data_files, handed to made()) are made in processes of their own; then the
    downloads, the pages the other processes made (put into staging by them, if given), and
    the files made from all the others (sitemap, service worker). A small site has up to
    build.FACTS_FILES_EARLY_UP_TO sources: holding what the data files' process makes costs little.
    reuse(path, key): the last build's page made from the same key, linked into staging (see
    render.fact_pages). records: {path: (digest, bytes, key)} of every file, filled as they come.
    terms: see search_files. merged_marks: see render.fact_page_key."""
    progress("render", 0, 1)
    index = Background(functools.partial(search_files, staging=staging, with_results=not small_site, terms=terms), site,
                       size=len(site.sources))
    # On a big site the data files (and the pages rendered beside) are made here after the other
    # pages: a process of their own would touch, and so copy, much of the site's memory.
    beside = Background(functools.partial(data_files, small_site=small_site, templates_dir=templates_dir,
                                          staging=staging, reuse=reuse if staging is not None else None),
                        site, size=len(site.sources) if small_site else 0)
    records = {} if records is None else records  # for the service worker, and the keys for the next build
    with PutAhead(staging) as put:
        try:
            for page in render_site(site, templates_dir,
                                    None if staging is None else [k for k in PAGE_KINDS if k not in BESIDE_PAGES],
                                    reuse if staging is not None else None, merged_marks):
                yield from put(page, records)
            data = beside.result()
        except BaseException:  # a broken template, or the writer stopped: the others are not wanted any more
            index.cancel()
            beside.cancel()
            raise
        made(data._replace(downloads=None, pages=()))  # the downloads are pages: written with them and let go
        progress("index", 0, 1)
        for page in [*data.downloads, *data.pages, *index.result(), *assets]:
            yield from put(page, records)
        yield from put.rest(records)
    for page in publishing_pages(site, records):
        yield from put.now(page, records)


class PutAhead:
    """Pages put into staging by a thread of their own while the next ones render: creating and
    writing a file waits on the disk, not on Python (a second of a 1,000-source build's main
    process). Pages come out in the order they went in, each once its file is written, at most
    PUT_AHEAD behind; the thread is gone when the with block ends. Without staging, pages pass
    as they are. Started after the processes that make the index and the data files are forked:
    a process forked while a thread runs could inherit a lock that thread holds."""

    def __init__(self, staging):
        self.staging, self.pending, self.writer = staging, collections.deque(), None

    def __enter__(self):
        if self.staging is not None:
            self.writer = ThreadPoolExecutor(1, thread_name_prefix="put-ahead")
        return self

    def __exit__(self, *exc):
        if self.writer is not None:
            self.writer.shutdown(wait=True, cancel_futures=True)

    def __call__(self, page, records):
        """Hand page on (queued to be put into staging, unless another process did or there
        is no staging); yields the pages whose turn came, each one's (digest, bytes) recorded."""
        if self.writer is None or isinstance(page, StoredPage):
            self.pending.append(page)
        else:
            self.pending.append(self.writer.submit(self.staging.put, page))
        while len(self.pending) > PUT_AHEAD:
            yield self.settled(self.pending.popleft(), records)

    def rest(self, records):
        while self.pending:
            yield self.settled(self.pending.popleft(), records)

    def now(self, page, records):
        """Put page at once (the files made from all the others)."""
        if self.staging is not None and not isinstance(page, StoredPage):
            page = self.staging.put(page)
        yield self.settled(page, records)

    @staticmethod
    def settled(item, records):
        page = item.result() if isinstance(item, Future) else item
        records[page.path] = (page.digest, page.size, page.key) if isinstance(page, StoredPage) else page_record(page)
        return page


PUT_AHEAD = 64  # pages queued for the writing thread: enough to keep it busy, few to hold
