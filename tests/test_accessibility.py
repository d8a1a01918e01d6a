"""Every kind of page, as readers with assistive technology and small screens meet it: axe-core
(from npm) finds no WCAG 2.1 A or AA violation, in light and dark, and nothing scrolls sideways
from 320 px up."""

import os
from pathlib import Path

import pytest

from conftest import NEEDS_CHROMIUM
from generator.build import build
from generator.search.lunr_index import PROJECT_ROOT

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM,
              pytest.mark.skipif(not AXE.is_file(), reason="needs axe-core from npm (npm ci)")]
PAGES = {  # one of each kind; the search page with results on it
    "fact sheet": "index.html",
    "fact": "facts/count-1400-people-belgorod.html",
    "source": "sources/000_4bb0ab349ed1770d.html",
    "entity": "entities/person-andrei-turchak.html",
    "people and places": "entities.html",
    "search": "search.html?q=Belgorod",
    "not found": "404.html",
}


def open_page(browser, site, path, width, scheme="light"):
    # The pages' Content-Security-Policy forbids inline script; axe is injected as one.
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True)
    page.goto(Path(site, path.split("?")[0]).as_uri() + (f"?{path.split('?')[1]}" if "?" in path else ""))
    if path.startswith("search.html"):
        page.wait_for_selector("ol.results > li")
    return page


def violations(page):
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => (await axe.run(document, {
        runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})).violations
        .map(v => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")})`)""")
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGES)
def test_axe_finds_no_wcag_aa_violation(browser, seed_site, kind, scheme):
    page = open_page(browser, seed_site, PAGES[kind], 1280, scheme)
    assert violations(page) == []
    page.close()


@pytest.mark.parametrize("width", [320, 375, 1280])
@pytest.mark.parametrize("kind", PAGES)
def test_nothing_scrolls_sideways(browser, seed_site, kind, width):
    page = open_page(browser, seed_site, PAGES[kind], width)
    overflow = page.evaluate("""() => ({page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right >
              document.documentElement.clientWidth + 1).slice(0, 3).map(e => e.tagName + "." + e.className)})""")
    assert overflow["page"] <= overflow["view"], overflow["wide"]
    page.close()


CHARTED = {  # sources whose fact sheet draws every chart: who reports what, figures compared, the timeline
    "a.md": "---\ntitle: One\npublisher: Daily One\npublished: 2024-03-20\n---\n"
            "Police said 500 people were evacuated from Kharkiv on 12 March.\n",
    "b.md": "---\ntitle: Two\npublisher: Two Post\n---\nPolice said 700 people were evacuated from Kharkiv.\n",
    "c.txt": "Floods\n\nSome 12,000 people were evacuated from Dnipro. The flood covered 30 square miles. "
             "In 2019, 300 homes were flooded in Dnipro.\n",
}


@pytest.fixture(scope="module")
def charted_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("charted")
    (root / "content" / "sources").mkdir(parents=True)
    for name, text in CHARTED.items():
        (root / "content" / "sources" / name).write_text(text, encoding="utf-8")
    build(root / "content", root / "site")
    return root / "site"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 1280])
def test_a_fact_sheet_with_charts_passes_axe_and_does_not_scroll_sideways(browser, charted_site, scheme, width):
    page = open_page(browser, charted_site, "index.html", width, scheme)
    assert page.locator("svg.matrix").count() == 1 and page.locator("svg.bars").count() >= 1
    assert page.locator("svg.timeline circle.event").count() == 2
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.close()


SHOTS = {"fact-sheet": "index.html", "fact-page": PAGES["fact"], "search": "search.html?q=1400"}


def test_screenshots_of_the_seed_site(browser, seed_site, tmp_path):
    """The README's pictures: FACTSHEET_SCREENSHOTS=1 writes them to docs/screenshots/."""
    folder = PROJECT_ROOT / "docs" / "screenshots" if os.environ.get("FACTSHEET_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in SHOTS.items():
        page = open_page(browser, seed_site, path, 1280)
        page.screenshot(path=str(folder / f"{name}.png"), clip={"x": 0, "y": 0, "width": 1280, "height": 800})
        page.close()
        assert (folder / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
