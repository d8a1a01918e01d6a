import pytest

from generator.errors import FactsheetError
from generator.read import parse_source, read_sources


def test_front_matter_title_and_body(tmp_path):
    src = parse_source("---\ntitle: Belgorod report\ndate: 2022-09-20\n---\nNearly 1,400 people.\n", "a.md")
    assert src.title == "Belgorod report"
    assert src.body == "Nearly 1,400 people."
    assert src.slug == "a"


def test_plain_text_takes_first_line_as_title():
    src = parse_source("Shocked collaborators flee\n\nBody text.\n", "b.txt")
    assert src.title == "Shocked collaborators flee"
    assert src.body == "Body text."


def test_bad_front_matter_names_file_and_line():
    with pytest.raises(FactsheetError) as info:
        parse_source("---\ntitle: ok\nbad: [unclosed\n---\nx\n", "c.md")
    assert str(info.value).startswith("c.md:")


def test_reads_directory_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text("B title\nb\n")
    (tmp_path / "a.md").write_text("A title\na\n")
    (tmp_path / "ignore.png").write_bytes(b"x")
    assert [s.slug for s in read_sources(tmp_path)] == ["a", "b"]
