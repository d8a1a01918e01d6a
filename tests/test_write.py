"""Write stage: the site is swapped in whole, and no page can silently replace another."""

import pytest

from generator.errors import FactsheetError
from generator.model import Page
from generator.write import stage_texts, write_facts, write_site


def test_two_pages_for_one_path_are_refused_and_the_old_site_stays(tmp_path):
    write_site(tmp_path / "site", [Page("index.html", "old")])
    with pytest.raises(FactsheetError, match="facts/a.html: two pages would be written"):
        write_site(tmp_path / "site", [Page("index.html", "new"), Page("facts/a.html", "1"), Page("facts/a.html", "2")])
    assert [p.name for p in (tmp_path / "site").rglob("*")] == ["index.html"]
    assert (tmp_path / "site" / "index.html").read_text() == "old"


def test_facts_of_a_source_no_longer_built_are_moved_aside_not_lost(tmp_path):
    write_facts(tmp_path, {"a.yaml": "a: 1\n", "b.yaml": "b: 1\n", "_extracted/b.yaml": "b: 1\n",
                           "_merged.yaml": "facts: []\n"})
    (tmp_path / "b.yaml").write_text("b: reviewed\n")
    done = write_facts(tmp_path, {"a.yaml": "a: 1\n", "_merged.yaml": "facts: []\n"})
    assert done.moved_aside == (tmp_path / "_removed" / "b.yaml",)
    assert (tmp_path / "_removed" / "b.yaml").read_text() == "b: reviewed\n"
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == ["_merged.yaml", "a.yaml"]
    assert not (tmp_path / "_extracted" / "b.yaml").exists()  # the extractor's base holds no review work
    assert not list(tmp_path.rglob(".*.partial"))


def test_a_site_left_aside_by_a_build_stopped_mid_swap_comes_back(tmp_path):
    write_site(tmp_path / "site", [Page("index.html", "old"), Page("a.html", "kept")])
    (tmp_path / "site").rename(tmp_path / ".site-old")  # killed between the two renames
    write_site(tmp_path / "site", [Page("index.html", "new"), Page("a.html", "kept")])
    assert (tmp_path / "site" / "index.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_facts_written_ahead_are_moved_in_and_unchanged_ones_left_alone(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "same.yaml").write_text("same\n", encoding="utf-8")
    (facts / "old.yaml").write_text("old\n", encoding="utf-8")
    untouched = (facts / "same.yaml").stat().st_mtime_ns
    documents = {"same.yaml": "same\n", "old.yaml": "new\n", "_extracted/old.yaml": "base\n"}
    staged = stage_texts(facts, documents, tmp_path / "ahead")
    assert (facts / "old.yaml").read_text(encoding="utf-8") == "old\n"  # nothing in place yet
    write_facts(facts, {**documents, "_merged.yaml": "merged\n"}, staged=staged)
    assert {p.relative_to(facts).as_posix(): p.read_text(encoding="utf-8") for p in facts.rglob("*.yaml")} == {
        "same.yaml": "same\n", "old.yaml": "new\n", "_extracted/old.yaml": "base\n", "_merged.yaml": "merged\n"}
    assert (facts / "same.yaml").stat().st_mtime_ns == untouched and not (tmp_path / "ahead").exists()
