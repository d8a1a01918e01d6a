"""Search in a real headless Chromium: from file:// and under a GitHub Pages-like sub-path."""

import functools
from pathlib import Path
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import NEEDS_CHROMIUM, SEEDS
from generator.build import build

pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM]
BELGOROD_FACT = "facts/count-1400-people-belgorod.html"


@pytest.fixture
def page(browser):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    yield page
    page.close()
    assert errors == []


@pytest.fixture(scope="module")
def subpath_server(seed_site, tmp_path_factory):
    """The site served at http://127.0.0.1:PORT/repo/, as GitHub Pages serves a project."""
    www = tmp_path_factory.mktemp("www")
    shutil.copytree(seed_site, www / "repo")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(www))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    server.shutdown()


def result_links(page):
    page.wait_for_selector("#search-status:has-text('result')")
    return page.locator("ol.results a.result-link").evaluate_all("links => links.map(a => a.getAttribute('href'))")


def test_deep_link_from_file_shows_the_1400_fact_first(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=Belgorod")
    assert result_links(page)[0] == BELGOROD_FACT
    # The place comes from the sentence before; the result says why it matched.
    best = page.locator("ol.results li").first
    assert best.locator("p.result-places mark").all_inner_texts() == ["Belgorod"]
    assert best.locator("p.snippet mark").all_inner_texts() == ["Belgorod"]


@pytest.mark.parametrize("query, marked", [("1400", "1,400"), ("1 400", "1,400"), ("prison", "prison")])
def test_matched_words_are_highlighted_in_the_snippet(page, seed_site, query, marked):
    page.goto((seed_site / "search.html").as_uri() + "?q=" + query)
    result_links(page)
    assert page.locator("ol.results li").first.locator("p.snippet mark").all_inner_texts() == [marked]


def test_deep_link_under_a_project_path_shows_the_1400_fact_first(page, subpath_server):
    page.goto(subpath_server + "search.html?q=Belgorod")
    assert result_links(page)[0] == BELGOROD_FACT
    page.locator("ol.results a.result-link").first.click()
    page.wait_for_url(subpath_server + BELGOROD_FACT)
    assert "1,400" in page.locator("main").inner_text()


@pytest.mark.parametrize("query, expected", [
    ("1400", BELGOROD_FACT), ("1,400", BELGOROD_FACT), ("1 400", BELGOROD_FACT),
    ("prison", "facts/penalty-15-years.html"), ("km²", "facts/area-8000-km2-russia.html"),
])
def test_typed_queries_find_their_fact_and_update_the_address(page, seed_site, query, expected):
    page.goto((seed_site / "search.html").as_uri())
    page.fill("#q", query)
    assert result_links(page)[0] == expected
    assert "q=" in page.url


def test_search_box_on_every_page_leads_to_results(page, seed_site):
    page.goto((seed_site / "index.html").as_uri())
    page.fill("#q", "1,400")
    page.press("#q", "Enter")
    page.wait_for_url("**/search.html?q=1%2C400")
    assert result_links(page)[0] == BELGOROD_FACT


def test_keyboard_moves_through_results_and_enter_opens_one(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=Belgorod")
    result_links(page)
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.getAttribute('href')")
    assert second == result_links(page)[1]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + BELGOROD_FACT)


def test_kind_filter_keeps_only_that_kind(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=Belgorod")
    result_links(page)
    page.select_option("#filter-kind", "count")
    links = result_links(page)
    assert links and all(link.startswith("facts/count-") for link in links)


def test_results_are_text_never_markup(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    page.wait_for_selector("#search-status:has-text('result')")
    assert page.locator("main img").count() == 0


def test_source_filter_keeps_only_what_that_source_reports(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=Belgorod")
    assert any(link.startswith("sources/000_") for link in result_links(page))
    page.select_option("#filter-source", label=page.locator("#filter-source option").nth(2).inner_text())
    links = result_links(page)
    assert BELGOROD_FACT in links and not any(link.startswith("sources/000_") for link in links)


def test_a_filter_without_words_lists_everything_it_keeps(page, seed_site):
    page.goto((seed_site / "search.html").as_uri())
    page.select_option("#filter-kind", "penalty")
    assert result_links(page) == ["facts/penalty-15-years.html"]


def test_search_box_on_a_fact_page_under_a_project_path(page, subpath_server):
    page.goto(subpath_server + "facts/penalty-15-years.html")
    page.fill("#q", "8,000")
    page.press("#q", "Enter")
    page.wait_for_url(subpath_server + "search.html?q=8%2C000")
    assert result_links(page)[0] == "facts/area-8000-km2-russia.html"


def test_arrow_keys_in_a_filter_change_the_filter_not_the_focus(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=Belgorod")
    result_links(page)
    page.focus("#filter-kind")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "filter-kind"


@pytest.fixture(scope="module")
def single_file(tmp_path_factory):
    root = tmp_path_factory.mktemp("bundle")
    shutil.copytree(SEEDS, root / "content" / "sources")
    build(root / "content", root / "site", single_file=root / "carry" / "factsheet.html")
    shutil.rmtree(root / "site")  # the file stands alone
    return root / "carry" / "factsheet.html"


def test_the_single_file_reads_and_searches_offline_with_no_request_leaving_it(page, single_file):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(single_file.as_uri())
    assert page.locator("section.bundle-page:visible h1").inner_text() == "Fact sheet"
    assert page.locator("#key-figures-title:visible, [id$='key-figures-title']:visible").count() == 1
    page.fill("#q", "1400")
    page.wait_for_selector("#search-status:has-text('result')")
    first = page.locator("ol.results a.result-link").first
    assert first.get_attribute("href") == "#/" + BELGOROD_FACT
    first.click()  # the section shows on the hashchange that follows
    page.wait_for_selector(f"section.bundle-page[data-page='{BELGOROD_FACT}']:not([hidden])")
    visible = page.locator("section.bundle-page:visible")
    assert visible.get_attribute("data-page") == BELGOROD_FACT
    assert "nearly 1,400 people" in visible.inner_text()
    visible.locator("figcaption a").first.click()  # the citing sentence, in its source's section
    page.wait_for_selector("section.bundle-page[data-page^='sources/']:not([hidden])")
    assert page.locator("section.bundle-page:visible").get_attribute("data-page").startswith("sources/")
    assert page.locator("section.bundle-page:visible mark.cited").count() >= 1
    assert requests == [single_file.as_uri()]


def test_printed_pages_drop_the_search_and_spell_out_citations(page, seed_site):
    page.goto((seed_site / BELGOROD_FACT).as_uri())
    page.emulate_media(media="print")
    assert page.locator("form.search").evaluate("form => getComputedStyle(form).display") == "none"
    after = page.locator("figcaption a").first.evaluate("a => getComputedStyle(a, '::after').content")
    assert "sources/" in after  # the citation's address, printed after its link text


def test_no_script_from_hostile_sources_runs_on_any_page_or_in_the_single_file(browser, tmp_path):
    shutil.copytree(Path(__file__).parent / "hostile", tmp_path / "content" / "sources")
    build(tmp_path / "content", tmp_path / "site", single_file=tmp_path / "bundle.html")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = sorted((tmp_path / "site").rglob("*.html"))
    for html in pages:
        page.goto(html.as_uri())
    page.goto((tmp_path / "site" / "search.html").as_uri() + "?q=sandbags")
    page.wait_for_selector("#search-status:has-text('result')")
    page.fill("#q", "alert onerror script")
    page.goto((tmp_path / "bundle.html").as_uri() + "#/search.html")
    page.fill("#q", "img onerror")
    for html in pages:
        page.goto((tmp_path / "bundle.html").as_uri() + "#/" + html.relative_to(tmp_path / "site").as_posix())
    page.close()
    assert len(pages) > 8 and dialogs == []


def test_many_results_come_fifty_at_a_time(page, tmp_path):
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for n in range(60):
        (tmp_path / "content" / "sources" / f"r{n:02d}.txt").write_text(
            f"Report {n}\n\nOfficials in Kharkiv said {100 + n * 7:,} people were evacuated.\n", encoding="utf-8")
    build(tmp_path / "content", tmp_path / "site")
    page.goto((tmp_path / "site" / "search.html").as_uri() + "?q=Kharkiv")
    page.wait_for_selector("#search-status:has-text('result')")
    total = int(page.locator("#search-status").inner_text().split()[0])
    page.wait_for_selector("#more-results")  # the first ten show at once, the page's fifty follow
    assert total > 50 and page.locator("ol.results > li").count() == 50
    assert page.locator("#more-results").inner_text() == f"Show {min(50, total - 50)} more of {total - 50}"
    page.click("#more-results")
    page.wait_for_selector(f"ol.results > li:nth-child({min(100, total)})")  # no eval: the page's CSP forbids it
    assert page.locator("ol.results > li").count() == min(100, total)


def test_a_reader_who_prefers_dark_gets_dark_pages(page, seed_site):
    page.emulate_media(color_scheme="dark")
    page.goto((seed_site / "index.html").as_uri())
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    ink = page.evaluate("getComputedStyle(document.body).color")
    assert background == "rgb(21, 23, 26)" and ink == "rgb(232, 234, 237)"
    page.emulate_media(color_scheme="light")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


@pytest.mark.parametrize("query, marked", [("hysteria", "hysteria"), ("1400", "1,400")])
def test_a_source_result_shows_the_passage_that_matched_with_the_word_marked(page, seed_site, query, marked):
    page.goto((seed_site / "search.html").as_uri() + f"?q={query}")
    page.wait_for_selector("li.result-source p.snippet mark")  # the sentence replaces the opening once loaded
    items = page.locator("li.result-source").all()
    assert len(items) == 2
    for item in items:
        item.locator("p.snippet mark").first.wait_for()
        assert [m.lower() for m in item.locator("p.snippet mark").all_inner_texts()] == [marked]


def test_a_unit_typed_another_way_marks_the_figure_it_found(page, seed_site):
    page.goto((seed_site / "search.html").as_uri() + "?q=km2")
    page.wait_for_selector("ol.results li.result-fact p.snippet mark")
    first = page.locator("ol.results li").first
    assert first.locator("p.snippet mark").all_inner_texts() == ["8,000 square kilometers"]
