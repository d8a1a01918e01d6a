"""The build cache's store: entries by name in one SQLite file, only ever a shortcut."""

import pytest

from generator.cache import STORE, Entries, write_entries


def test_entries_round_trip_and_stale_ones_of_the_same_folders_go(tmp_path):
    write_entries(tmp_path, [("extract/a.json", '{"n": 1}'), ("extract/b.json", '{"n": 2}'),
                             ("sources/a.json", '{"n": 3}'), ("last-build.json", '{"n": 4}')])
    write_entries(tmp_path, [("extract/a.json", '{"n": 5}')], keep=["sources/a.json"])
    with Entries(tmp_path) as entries:
        assert entries.get("extract/a.json") == {"n": 5}
        assert entries.get("extract/b.json") is None  # its source is gone
        assert entries.get("sources/a.json") == {"n": 3} and entries.get("last-build.json") == {"n": 4}


def test_no_cache_or_a_broken_one_has_no_entries_and_is_made_afresh(tmp_path):
    with Entries(tmp_path / "none") as entries:
        assert entries.get("extract/a.json") is None
    assert not (tmp_path / "none").exists()  # reading creates nothing
    (tmp_path / STORE).write_bytes(b"not a database, half a file")
    with Entries(tmp_path) as entries:
        assert entries.get("extract/a.json") is None
    write_entries(tmp_path, [("extract/a.json", "[1]")])
    with Entries(tmp_path) as entries:
        assert entries.get("extract/a.json") == [1]


def test_the_earlier_one_file_per_entry_layout_is_cleared(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / "last-build.json").write_text("{}", encoding="utf-8")
    write_entries(tmp_path, [("extract/a.json", "{}")])
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE]


def test_the_code_version_follows_the_default_templates_outside_the_package(tmp_path, monkeypatch):
    """In a checkout the default templates are beside the package: an edit to one must make
    every cached result stale, as an edit to the code does."""
    from generator import cache
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "base.html").write_text("<main>{% block main %}{% endblock %}</main>", encoding="utf-8")
    monkeypatch.setattr(cache, "DEFAULT_TEMPLATES", templates)
    before = cache.code_version()
    assert cache.code_version() == before
    (templates / "base.html").write_text("<main class=x>{% block main %}{% endblock %}</main>", encoding="utf-8")
    assert cache.code_version() != before


@pytest.mark.parametrize("library", ["markdown", "jinja2", "lunr"])
def test_the_code_version_follows_the_libraries_that_make_the_pages(monkeypatch, library):
    """Another Markdown, Jinja2 or lunr.py may read, render or index the same input otherwise."""
    import importlib.metadata
    from generator import cache
    before = cache.code_version()
    real = importlib.metadata.version
    monkeypatch.setattr(cache.importlib.metadata, "version",
                        lambda name: "99.0" if name == library else real(name))
    assert cache.code_version() != before
