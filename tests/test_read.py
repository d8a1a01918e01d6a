from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.errors import FactsheetError, FactsheetErrors
from generator.parallel import PARALLEL_FROM
from generator.read import parse_source, plain_blocks, read_sources, rendered_blocks, split_sentences


def test_front_matter_metadata_and_body():
    src = parse_source(
        "---\ntitle: Belgorod report\npublished: 2022-09-16\npublisher: DELFI\n---\nNearly 1,400 people.\n",
        "a.md",
    )
    assert src.title == "Belgorod report"
    assert src.meta["published"] == "2022-09-16"
    assert src.meta["publisher"] == "DELFI"
    assert [s.text for s in src.sentences] == ["Nearly 1,400 people."]
    assert src.id == "a"


def test_plain_text_without_front_matter_takes_first_line_as_title():
    src = parse_source("Shocked collaborators flee\n\nBody text. More text.\n\nSecond one.\n", "b.txt")
    assert src.title == "Shocked collaborators flee"
    assert [[s.text for s in p] for p in src.paragraphs] == [["Body text.", "More text."], ["Second one."]]


def test_crlf_front_matter_is_recognised():
    src = parse_source("---\r\ntitle: Windows file\r\n---\r\nOne sentence.\r\n", "w.txt")
    assert src.title == "Windows file"
    assert [s.text for s in src.sentences] == ["One sentence."]


def test_bad_front_matter_names_file_and_line():
    with pytest.raises(FactsheetError) as info:
        parse_source("---\ntitle: ok\nbad: [unclosed\n---\nx\n", "c.md")
    assert str(info.value).startswith("c.md:")


@pytest.mark.parametrize("front, line, message", [
    ("title: ok\npublished: 2022-13-45\n", 3, "'2022-13-45' is not a real date"),
    ("title: ok\nauthor: " + "7" * 5000 + "\n", 3, "a number of 5,000 digits; quote it if it is text"),
    ("title: [one, two]\n", 2, "'title' must be a line of text"),
    ("title: ok\npublised: 2022-09-18\n", 3, "unknown key 'publised'; did you mean 'published'?"),
])
def test_front_matter_mistakes_name_the_line_and_what_to_write(front, line, message):
    with pytest.raises(FactsheetError) as info:
        parse_source(f"---\n{front}---\nThree people.\n", "c.md")
    assert str(info.value).startswith(f"c.md:{line}: ") and message in str(info.value)


def test_front_matter_keys_of_other_tools_are_kept_quietly():
    source = parse_source("---\ntitle: ok\ntags: [war, refugees]\n---\nThree people.\n", "c.md")
    assert source.title == "ok"


def test_a_long_note_for_editors_is_kept_as_no_page_shows_it():
    note = "Imported from the archive. " * 400
    source = parse_source(f"---\ntitle: {'Floods ' * 285}\nnote: {note}\n---\nThree people.\n", "c.md")
    assert source.meta["note"] == note.strip() and len(source.title) == 1994


def test_a_folder_named_like_a_source_is_looked_into_not_read(tmp_path):
    (tmp_path / "notes.md").mkdir()
    (tmp_path / "notes.md" / "inner.txt").write_text("Inner\n\nFive people.\n", encoding="utf-8")
    assert [s.id for s in read_sources(tmp_path)] == ["inner"]


def test_sentences_split_on_quotes_and_keep_abbreviations():
    text = ("Ms. Nemchynova, who is pro-Russian, said so. “We’re never going back,” said Sergey. "
            "He paid $3.5 million. Dr. J. Smith agreed!")
    assert split_sentences(text) == [
        "Ms. Nemchynova, who is pro-Russian, said so.",
        "“We’re never going back,” said Sergey.",
        "He paid $3.5 million.",
        "Dr. J. Smith agreed!",
    ]


def sentences_of(text, name="a.txt"):
    return [s.text for paragraph in parse_source(text, name).paragraphs for s in paragraph]


@pytest.mark.parametrize("block", [
    "    Floods close 40 schools in Riverton\n    Mayor promises 2,000 sandbags\n    Rail line shut until Friday",
    "• Floods close 40 schools in Riverton\n• Mayor promises 2,000 sandbags",
    "Floods close 40 schools in Riverton\nMayor promises 2,000 sandbags\nRail line shut until Friday",
])
def test_a_plain_text_list_of_lines_is_a_sentence_a_line(block):
    """A standfirst's bullets or headlines one a line: no sentence runs from one into the next."""
    sentences = sentences_of(f"Floods\n\n{block}\n\nThe river rose overnight.\n")
    assert sentences[0].lstrip("• ") == "Floods close 40 schools in Riverton"
    assert sentences[1].lstrip("• ") == "Mayor promises 2,000 sandbags"
    assert sentences[-1] == "The river rose overnight."


@pytest.mark.parametrize("block", [
    "The council said on Monday that the river\nrose by two metres and closed 40 schools.",
    "The council met\nJohn Smith on Monday.",  # two lines, unindented: wrapped prose by chance
])
def test_wrapped_prose_stays_one_sentence(block):
    assert sentences_of(f"Floods\n\n{block}\n") == [" ".join(block.split())]


def test_anchor_survives_edits_elsewhere_in_the_file():
    before = parse_source("T\n\nFirst sentence. Nearly 1,400 people were housed.\n", "s.txt")
    after = parse_source("T\n\nA new opening paragraph.\n\nFirst sentence, edited. Nearly 1,400 people were housed.\n", "s.txt")
    anchor = {s.text: s.anchor for s in before.sentences}["Nearly 1,400 people were housed."]
    assert {s.text: s.anchor for s in after.sentences}["Nearly 1,400 people were housed."] == anchor


def test_repeated_sentences_get_distinct_anchors():
    src = parse_source("T\n\nYes. Yes.\n", "r.txt")
    assert len({s.anchor for s in src.sentences}) == 2


def test_markdown_links_and_emphasis_are_plain_in_sentences():
    src = parse_source("---\ntitle: M\n---\n# Heading\n\nThe **camp** held [1,400 people](http://x).\n", "m.md")
    assert [s.text for s in src.sentences] == ["Heading", "The camp held 1,400 people."]


def test_reads_directory_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text("B title\nb\n")
    (tmp_path / "a.md").write_text("A title\na\n")
    (tmp_path / "ignore.png").write_bytes(b"x")
    assert [s.id for s in read_sources(tmp_path)] == ["a", "b"]


def test_seed_sources_keep_article_sentences_verbatim():
    sources = read_sources("content/sources")
    guardian = next(s for s in sources if s.id.startswith("001"))
    assert guardian.meta["publisher"] == "The Guardian"
    texts = [s.text for s in guardian.sentences]
    assert "The cases carry a prison sentence of up to 15 years." in texts
    assert not any(t.startswith("Map ") or "obsessed" in t for t in texts)


def test_invalid_utf8_names_file_and_line(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Title\n\nFirst line.\nCaf\xe9 closed.\n".encode("latin-1"))
    with pytest.raises(FactsheetError) as info:
        read_sources(tmp_path)
    assert str(info.value).startswith(f"{tmp_path / 'latin1.txt'}:4: not valid UTF-8")


def test_two_files_with_the_same_id_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text("A\nx\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("A\nx\n")
    with pytest.raises(FactsheetError, match="same source id 'a'"):
        read_sources(tmp_path)


def test_many_sources_read_on_every_core_report_every_bad_file_at_its_line(tmp_path):
    for n in range(PARALLEL_FROM + 10):
        (tmp_path / f"s{n:03d}.md").write_text(f"---\ntitle: Report {n}\n---\n\n{n} people left.\n")
    (tmp_path / "s007.md").write_text("---\ntitle: [a, list]\n---\n\nText.\n")
    (tmp_path / "s050.md").write_bytes(b"Title\n\nCaf\xe9 closed.\n")
    (tmp_path / "s051.txt").write_text("Title\n\nSame name as s051.md.\n")
    with pytest.raises(FactsheetErrors) as info:
        read_sources(tmp_path)
    assert [str(err) for err in info.value.errors] == [
        f"{tmp_path / 's007.md'}:2: 'title' must be a line of text (the article's headline)",
        f"{tmp_path / 's050.md'}:3: not valid UTF-8 text; save the file as UTF-8",
        f"{tmp_path / 's051.txt'}: same source id 's051' as {tmp_path / 's051.md'}; rename one of them"]
    (tmp_path / "s007.md").unlink(), (tmp_path / "s050.md").unlink(), (tmp_path / "s051.txt").unlink()
    sources = read_sources(tmp_path)
    assert [s.id for s in sources] == [f"s{n:03d}" for n in range(PARALLEL_FROM + 10) if n not in (7, 50)]
    assert sources[-1].sentences[0].text == f"{PARALLEL_FROM + 9} people left."


def test_missing_sources_folder_is_a_user_error(tmp_path):
    with pytest.raises(FactsheetError, match="no such folder"):
        read_sources(tmp_path / "nope")


def test_reading_rewrites_no_sentence_of_a_plain_text_article(tmp_path):
    """Every sentence read from a .txt article (the seeds as received, the test corpus) is
    in the file word for word."""
    here = Path(__file__).parent
    originals = [*(here.parent / "content" / "sources").glob("*.txt"), *(here / "third_version").glob("*.txt"),
                 *(here / "corpus").glob("*.txt")]
    assert len(originals) >= 4
    for original in originals:
        (tmp_path / original.name).write_bytes(original.read_bytes())
    for source in read_sources(tmp_path):
        text = " ".join((tmp_path / f"{source.id}.txt").read_text(encoding="utf-8").split())
        assert source.sentences
        for sentence in source.sentences:
            assert sentence.text in text, (source.id, sentence.text)


def test_markdown_lists_quotes_and_entities_become_plain_paragraphs():
    body = ("---\ntitle: M\n---\n"
            "Intro with `code` &amp; *style*.\n\n"
            "- First item: 300 people.\n- Second item.\n\n"
            "> A quoted line.\n")
    src = parse_source(body, "m.md")
    assert [[s.text for s in p] for p in src.paragraphs] == [
        ["Intro with code & style."], ["First item: 300 people."], ["Second item."], ["A quoted line."],
    ]


def test_raw_html_scripts_in_markdown_are_not_sentences():
    src = parse_source("---\ntitle: M\n---\n<script>alert('x')</script>\n\nReal text.\n", "m.md")
    assert [s.text for s in src.sentences] == ["Real text."]


# Article text with what makes Markdown's paragraphs tricky: line starts that open lists,
# headings and code, blank lines of spaces, odd whitespace, and now and then its syntax.
PLAIN_PIECES = ["Nearly 1,400", "people were housed.", "Officials", "said", "\n", "\n\n", "\n  \n", "\n \n\n"]
TRICKY_PIECES = [" ", "  ", "    ", "-", "- ", "+ ", "=", "===", "1.", "2)", "\xa0", "\x0c", "\u2028", "\u3000",
                 "“", "!", "—", ":", "*", "_", "#", ">", "[", "&", "|", "\t"]
ARTICLE_LIKE = st.lists(st.sampled_from(PLAIN_PIECES * 12 + TRICKY_PIECES), max_size=30).map("".join)


@settings(max_examples=2000, deadline=None)
@given(ARTICLE_LIKE)
def test_text_read_without_markdown_gives_the_blocks_markdown_gives(body):
    blocks = plain_blocks(body)
    assert blocks is None or blocks == rendered_blocks(body)


def test_markdown_syntax_goes_through_markdown():
    assert plain_blocks("Nearly 1,400 people.\n\nOfficials said so.") == ["Nearly 1,400 people.", "Officials said so."]
    for body in ("A *stressed* word.", "# Heading", "- a list", "Line  \nbreak", "1. first", "Title\n===", "    code"):
        assert plain_blocks(body) is None


def test_a_reader_takes_the_file_as_bytes_so_a_binary_format_can_be_one(monkeypatch):
    """A reader is handed the file's bytes, NUL bytes and all: a PDF reader would be one more
    entry in READERS; only the text formats refuse a binary file."""
    from generator import read
    seen = []

    def read_binary(data, path):
        seen.append(data)
        return {"title": "Scanned report"}, ["Nearly 1,400 people were housed."]
    monkeypatch.setitem(read.READERS, ".bin", read_binary)
    source = parse_source(b"%PDF\x00\x01\x02", "scan.bin")
    assert seen == [b"%PDF\x00\x01\x02"]
    assert source.title == "Scanned report"
    assert [s.text for s in source.sentences] == ["Nearly 1,400 people were housed."]
