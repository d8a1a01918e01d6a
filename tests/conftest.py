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
