"""Helpers for end-to-end tests: build corpora through the command line and compare folders."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

SEEDS = Path(__file__).parent.parent / "content" / "sources"


def run_build(content, out):
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result


def build_one_article(tmp_path, name, text):
    """tmp_path/in/sources/<name> holding text, built into tmp_path/out."""
    (tmp_path / "in" / "sources").mkdir(parents=True)
    (tmp_path / "in" / "sources" / name).write_text(text, encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")


def build_seeds(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    run_build(tmp_path / "content", tmp_path / "site")
    return tmp_path / "content", tmp_path / "site"


def snapshot(folder):
    """{path: bytes} of every file in folder, the build cache left out."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and ".factsheet-cache" not in p.parts}
