"""Bad and hostile input: clear one-line errors, nothing lost, no attacker's script ever runs."""

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from builds import build_seeds, run_build, snapshot
from generator.cli import main
from generator.extract import extract_facts
from generator.present import slug as ascii_slug
from generator.read import parse_source

HOSTILE = Path(__file__).parent / "hostile"


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "an empty file"),
    ("blank.md", b"\n  \n", "an empty file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file"),
    ("con.txt", b"Title\n\nText with 3 facts.\n", "reserved device name"),
    ("what?.txt", b"Title\n\nText.\n", "characters Windows and zip files refuse"),
    ("a" * 130 + ".txt", b"Title\n\nText.\n", "longer than 120 characters"),
    ("latin1.txt", "Title\n\nCaf\xe9 prices.\n".encode("latin-1"), "not valid UTF-8"),
])
def test_a_bad_source_is_one_clear_line_and_nothing_is_lost(tmp_path, name, data, message):
    content, site = build_seeds(tmp_path)
    before = snapshot(site), snapshot(content / "facts")
    (content / "sources" / name).write_bytes(data)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"error: {content / 'sources' / name}") and message in line
    assert (snapshot(site), snapshot(content / "facts")) == before




def test_a_source_past_the_size_limit_is_refused_with_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.read.MAX_SOURCE_MB", 0.001)
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "dump.txt").write_text("Dump\n\n" + "Five people left. " * 100)
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "content"), "--out", str(tmp_path / "site")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line == (f"error: {tmp_path / 'content' / 'sources' / 'dump.txt'}: 0 MB, more than the 0.001 MB a source "
                    "may hold; split it into several sources")
    assert not (tmp_path / "site").exists()


def test_a_build_interrupted_while_writing_keeps_the_previous_site(tmp_path, monkeypatch):
    content, site = build_seeds(tmp_path)
    before = snapshot(site)
    (content / "sources" / "new.txt").write_text("New report\n\nSome 300 people left Kharkiv.\n")
    calls = []

    def interrupt_on_the_fifth_page(*args):
        calls.append(args)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return False

    monkeypatch.setattr("generator.write.keep_unchanged", interrupt_on_the_fifth_page)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 130
    assert result.output.strip() == f"error: {site}: build interrupted; the folder is as the last build left it"
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"]  # no half-written folder left


def test_hostile_sources_build_into_pages_where_nothing_is_markup(tmp_path):
    shutil.copytree(HOSTILE, tmp_path / "content" / "sources")
    run_build(tmp_path / "content", tmp_path / "site")
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in html and "script-src 'self'" in html, page
        assert not re.search(r"<(?:script|img|iframe|svg|b|em)\b[^>]*(?:alert|onerror|onload|onclick|onmouseover)",
                             html, re.I), page
        assert "javascript:" not in html.replace("javascript:alert(8)", ""), page  # never as a link
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all('src="' in tag or 'type="application/ld+json"' in tag for tag in scripts), (page, scripts)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_the_extractor_never_crashes_and_every_fact_is_words_of_its_sentence(text):
    for fact in extract_facts(parse_source("Title\n\n" + text, "t.txt")):
        assert fact.text and fact.text in fact.quote
        assert fact.label


@given(st.text(max_size=200))
def test_slugs_are_safe_file_names(text):
    slug = ascii_slug(text)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*|", slug)
