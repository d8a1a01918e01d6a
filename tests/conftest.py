import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # lets tests import sitecheck helpers

import shutil

import pytest

from generator.build import build

SEEDS = Path(__file__).parent.parent / "content" / "sources"


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory):
    """The seed corpus built once into a temporary folder; tests only read it."""
    root = tmp_path_factory.mktemp("seeds")
    shutil.copytree(SEEDS, root / "content" / "sources")
    build(root / "content", root / "site")
    return root / "site"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# No sandbox when run as root in CI; no background calls home, which this network refuses.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
NEEDS_CHROMIUM = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium, driven by Playwright, for a module's browser tests."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
