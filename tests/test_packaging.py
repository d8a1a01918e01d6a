"""What the wheel ships: every package of generator/, the top-level default templates and lunr.js."""

import subprocess
import tarfile
import sys
from pathlib import Path

import pytest

from generator.render import DEFAULT_TEMPLATES
from generator.new import FILES as NEW_FILES, PROJECT_FILES, SAMPLE
from generator.search.lunr_index import LUNR_JS, PACKAGED_LUNR_JS, read_lunr_js

tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_is_shipped():
    # pyproject.toml lists the packages (a mapped folder rules out setuptools' find), so a
    # new subpackage left out of the list would be missing from the wheel.
    packages = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "generator").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == packages | {"generator.templates"}


def test_the_default_templates_are_the_top_level_folder_and_ship_as_package_data():
    assert DEFAULT_TEMPLATES == ROOT / "templates"
    assert (DEFAULT_TEMPLATES / "base.html").is_file()
    assert SETUPTOOLS["package-dir"] == {"generator.templates": "templates"}
    assert SETUPTOOLS["package-data"]["generator.templates"] == ["*"]


def test_the_build_step_ships_lunr_js_byte_for_byte_as_npm_installed_it(tmp_path):
    # What setup.py's build step puts in build/lib is what the wheel archives.
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(tmp_path)], cwd=ROOT,
                   check=True, capture_output=True)
    shipped = tmp_path / "generator" / "search"
    assert (shipped / "lunr.min.js").read_bytes() == (ROOT / LUNR_JS).read_bytes()
    assert (shipped / "lunr.LICENSE").read_bytes() == (ROOT / LUNR_JS).with_name("LICENSE").read_bytes()
    assert shipped / "lunr.min.js" == tmp_path / PACKAGED_LUNR_JS.relative_to(ROOT)
    # and what `factsheet new` writes, and the default templates
    for name, _ in PROJECT_FILES + (SAMPLE,):
        assert (tmp_path / NEW_FILES.relative_to(ROOT) / name).is_file(), name
    assert (tmp_path / "generator" / "templates" / "base.html").is_file()


def test_the_shipped_lunr_js_is_read_before_the_checkouts(tmp_path, monkeypatch):
    (tmp_path / "lunr.min.js").write_text("/* shipped */", encoding="utf-8")
    monkeypatch.setattr("generator.search.lunr_index.PACKAGED_LUNR_JS", tmp_path / "lunr.min.js")
    assert read_lunr_js() == "/* shipped */"
    monkeypatch.setattr("generator.search.lunr_index.PACKAGED_LUNR_JS", tmp_path / "absent.js")
    assert read_lunr_js() == (ROOT / LUNR_JS).read_text(encoding="utf-8")


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="compares the sdist with the files git holds")
def test_the_sdist_carries_what_the_tests_and_a_wheel_built_from_it_need(tmp_path):
    subprocess.run([sys.executable, "setup.py", "-q", "sdist", "--dist-dir", str(tmp_path)], cwd=ROOT,
                   check=True, capture_output=True)
    (archive,) = tmp_path.glob("factsheet-*.tar.gz")
    with tarfile.open(archive) as sdist:
        names = {name.partition("/")[2] for name in sdist.getnames()}
    committed = subprocess.run(["git", "ls-files", "tests", "content", "benchmarks", "templates", "generator"],
                               cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    assert set(committed) - names == set()
    assert {"LICENSE", "CHANGELOG.md", "package.json", "package-lock.json", ".github/workflows/pages.yml",
            LUNR_JS.as_posix(), LUNR_JS.with_name("LICENSE").as_posix()} <= names
