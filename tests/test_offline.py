"""Reading offline after one visit: what the service worker (sw.js) fetches at once, and what
it keeps as the reader goes, tried in Debian's chromium."""

import functools
import json
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import NEEDS_CHROMIUM, SEEDS
from generator import publish
from generator.build import build


def kept(worker_text):
    return json.loads(re.search(r"const KEEP = (\[.*?\]);", worker_text, re.S)[1])


def test_a_big_site_is_kept_at_once_only_for_its_top_pages_scripts_and_search_start():
    """A reader's first visit must not fetch a 700 MB site: the fact sheet, the other pages at
    the top, the styles and scripts and what search loads first; each fact or source page, each
    search part and each download only once the reader opens it."""
    records = {path: ("digest", size) for path, size in {
        "index.html": 19_000_000, "entities.html": 24_000, "search.html": 2_000, "404.html": 1_000,
        "facts.json": 111_000_000, "citations.csv": 62_000_000, "facts/count-239-people.html": 9_000,
        "sources/a00001.html": 18_000, "entities/place-lyman.html": 100_000, "assets/style.css": 9_000,
        "assets/lunr.js": 30_000, "assets/search/manifest.js": 2_000, "assets/search/sources.js": 200_000,
        "assets/search/terms-6e656172.js": 30_000, "assets/search/text-7.js": 6_000}.items()}
    assert kept(publish.service_worker(records)) == [
        "./", "./404.html", "./assets/lunr.js", "./assets/search/manifest.js", "./assets/search/sources.js",
        "./assets/style.css", "./entities.html", "./index.html", "./search.html"]
    small = {path: ("digest", 1_000) for path in records}
    assert kept(publish.service_worker(small)) == ["./", *sorted(f"./{path}" for path in records)]


@pytest.fixture
def big_seed_site(tmp_path, monkeypatch):
    """The seeds built as if they were a big site: kept at once only in part."""
    monkeypatch.setattr(publish, "KEEP_WHOLE_SITE_UP_TO", 0)
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    build(tmp_path / "content", tmp_path / "site")
    return tmp_path / "site"


@pytest.mark.browser
@NEEDS_CHROMIUM
def test_a_page_the_reader_opened_reads_offline_and_the_fact_sheet_without_opening(browser, big_seed_site):
    facts = sorted(p.name for p in (big_seed_site / "facts").glob("*.html"))
    opened, unopened = facts[0], facts[1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(big_seed_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{site}/search.html")
        # offline.js registers the worker on https only (never under `factsheet serve`); 127.0.0.1
        # is as secure a context, where the test registers the same sw.js itself.
        page.evaluate("""async () => {
            await navigator.serviceWorker.register("sw.js");
            await navigator.serviceWorker.ready;
            if (!navigator.serviceWorker.controller)
                await new Promise((done) => navigator.serviceWorker.oncontrollerchange = done);
        }""")
        page.goto(f"{site}/facts/{opened}")
        heading = page.inner_text("h1")
        page.wait_for_timeout(300)  # the copy is put into the cache after the page is answered
        context.set_offline(True)
        page.goto(f"{site}/facts/{opened}")
        assert page.inner_text("h1") == heading
        page.goto(f"{site}/index.html")  # kept at once, never opened
        assert page.inner_text("h1")
        with pytest.raises(Exception):
            page.goto(f"{site}/facts/{unopened}")  # neither kept at once nor opened: not there offline
    finally:
        context.close()
        server.shutdown()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass
