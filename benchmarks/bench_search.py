"""Benchmark: search as a reader meets it, in headless Chromium, on a generated corpus of N sources.

    .venv/bin/python benchmarks/bench_search.py [N ...]        (default: 1000)

Builds the corpus (corpus.py's articles), serves the site on loopback and opens
search.html?q=… for each query: prints the bytes downloaded before the first result shows
(each file counted gzipped, as GitHub Pages serves it), the time to that first result, the
time from typing a new query on an open page to its first result (its parts loaded then),
and the p50/p95 of typing it again (all measured in the page, from marks search.js sets). Checks the same page finds
results from file://. Figures are recorded in benchmarks/BASELINE.md.
"""

import functools
import gzip
import shutil
import statistics
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import sync_playwright

from corpus import QUERIES, write_corpus
from generator.build import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def gzipped_size(site, url):
    path = site / unquote(urlsplit(url).path).lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    return len(gzip.compress(path.read_bytes(), 6)) if path.is_file() else 0


def first_result(browser, site, base, query):
    """(bytes gzipped, seconds) until the first result of query shows on a fresh page: the
    files the page asked for before search.js marked its first result, and that mark's time."""
    page = browser.new_page()
    page.goto(f"{base}search.html?q={query}")
    page.wait_for_selector("ol.results > li", timeout=30_000)
    timing = page.evaluate("""() => {
        const first = performance.getEntriesByName("factsheet:first-result")[0].startTime;
        return {first, files: [location.href, ...performance.getEntriesByType("resource")
            .filter(r => r.startTime < first).map(r => r.name)]};
    }""")
    sizes = {urlsplit(url).path: gzipped_size(site, url) for url in timing["files"] if url.startswith(base)}
    if "--detail" in sys.argv:
        print(query, sorted(sizes.items(), key=lambda item: -item[1])[:8])
    page.close()
    return sum(sizes.values()), timing["first"] / 1000


def typed_to_shown(page, query):
    """Seconds from query typed in the box to its first result on screen (search.js marks both)."""
    page.fill("#q", "")
    page.fill("#q", query)
    page.wait_for_selector(f"#search-status:has-text('for “{query}”')")
    return page.evaluate("""() => {
        const query = performance.getEntriesByName("factsheet:query").pop().startTime;
        return (performance.getEntriesByName("factsheet:first-result").pop().startTime - query) / 1000;
    }""")


def typing_latency(browser, base):
    """(cold, warm): seconds from typing each of QUERIES to its first result on an open
    search page, the first time (its parts still to load) and three times more (loaded)."""
    page = browser.new_page()
    page.goto(f"{base}search.html")
    page.wait_for_selector("#search-status")
    cold = [typed_to_shown(page, query) for query in QUERIES]
    warm = [typed_to_shown(page, query) for _ in range(3) for query in QUERIES]
    page.close()
    return cold, warm


def run(count):
    with tempfile.TemporaryDirectory() as tmp:
        content, site = Path(tmp) / "content", Path(tmp) / "site"
        write_corpus(content, count)
        build(content, site)
        server = serve(site)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            firsts = [first_result(browser, site, base, query) for query in QUERIES]
            cold, warm = typing_latency(browser, base)
            page = browser.new_page()
            page.goto((site / "search.html").as_uri() + "?q=Kharkiv")
            page.wait_for_selector("ol.results > li", timeout=30_000)
            from_file = page.locator("ol.results > li").count()
            browser.close()
        server.shutdown()
        total = sum(len(gzip.compress(p.read_bytes(), 6)) for p in (site / "assets" / "search").iterdir())
    sizes = [size for size, _ in firsts]
    seconds = [s for _, s in firsts]
    print(f"{count:>6} sources  before the first result: {max(sizes) / 1024:.0f} KiB at most, "
          f"{statistics.median(sizes) / 1024:.0f} KiB median (gzipped; all parts {total / 1024:.0f} KiB); "
          f"first result {statistics.median(seconds) * 1000:.0f} ms median, {max(seconds) * 1000:.0f} ms at most; "
          f"typing a new query to its first result {statistics.median(cold) * 1000:.0f} ms median, "
          f"{max(cold) * 1000:.0f} ms at most; typing again p50 {statistics.median(warm) * 1000:.0f} ms, "
          f"p95 {sorted(warm)[int(len(warm) * 0.95) - 1] * 1000:.0f} ms; from file:// {from_file} results")


if __name__ == "__main__":
    for n in [int(arg) for arg in sys.argv[1:] if arg.isdigit()] or [1000]:
        run(n)
