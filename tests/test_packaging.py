"""What the wheel ships: every package of generator/ and the top-level default templates."""

from pathlib import Path

import pytest

from generator.render import DEFAULT_TEMPLATES

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
    assert SETUPTOOLS["package-data"] == {"generator.templates": ["*"]}
