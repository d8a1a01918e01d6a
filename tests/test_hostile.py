"""Bad and hostile input: clear one-line errors, nothing lost, no attacker's script ever runs."""

import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from builds import build_seeds, run_build, snapshot
from generator.cli import main
from generator.facts_yaml import EXTRACTED_FOLDER
from generator.errors import FactsheetError
from generator.extract import extract_facts
from generator.facts_yaml import STRICT_LOADER, UNALIASED_LOADER, parse_facts_file
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




def everything(tmp_path):
    """{path: bytes} of every file under tmp_path, the build cache included."""
    return {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}


def user_templates(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "footer.html").write_text("<p>Our footer</p>\n")
    return tmp_path / "mine"


@pytest.mark.parametrize("out, what", [
    ("content", "the content folder"), ("content/sources", "the content folder"), ("content/facts", "the content folder"),
    ("content/.factsheet-cache", "the content folder"), ("content/site", "the content folder"),
    (".", "the content folder"), ("mine", "the templates"), ("mine/site", "the templates"),
])
def test_an_output_folder_where_the_build_reads_is_refused_and_nothing_is_touched(tmp_path, out, what):
    content, _ = build_seeds(tmp_path)
    templates = user_templates(tmp_path)
    before = everything(tmp_path)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(tmp_path / out),
                                       "--templates", str(templates)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / out}: ") and what in line and "choose another --out" in line
    assert everything(tmp_path) == before


@pytest.mark.parametrize("single_file", ["content/facts/merged.yaml", "content/sources/all.html", "mine/all.html"])
def test_a_single_file_among_the_inputs_is_refused_and_nothing_is_touched(tmp_path, single_file):
    content, site = build_seeds(tmp_path)
    templates = user_templates(tmp_path)
    before = everything(tmp_path)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site), "--templates",
                                       str(templates), "--single-file", str(tmp_path / single_file)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / single_file}: inside ") and "choose another --single-file" in line
    assert everything(tmp_path) == before


def test_a_file_where_the_site_folder_goes_is_refused_and_kept(tmp_path):
    content, site = build_seeds(tmp_path)
    shutil.rmtree(site)
    site.write_text("my notes\n")
    for _ in range(2):  # and the next build says the same: nothing was moved aside
        result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
        assert result.exit_code == 1
        assert result.output.strip() == f"error: {site}: a file, not a folder: the site is a folder; move the file or choose another --out"
    assert site.read_text() == "my notes\n" and sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"]


@pytest.mark.parametrize("link, where", [
    ("content/sources/leak.txt", "content"), ("content/facts/leak.yaml", "content"),
    ("content/factsheet.yml", "content"), ("mine/footer.html", "mine"),
])
def test_a_link_out_of_its_folder_is_refused_naming_it_and_nothing_is_read_or_touched(tmp_path, link, where):
    content, site = build_seeds(tmp_path)
    templates = user_templates(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nThe password is 1234 characters long.\n")
    (tmp_path / link).unlink(missing_ok=True)
    (tmp_path / link).symlink_to(secret)
    before = everything(tmp_path)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site), "--templates", str(templates)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == (f"error: {tmp_path / link}: a link to {secret}, outside {tmp_path / where}; "
                                     "nothing outside it is read, so copy the file in instead")
    assert everything(tmp_path) == before


def test_a_sources_folder_that_is_a_link_out_of_the_content_is_refused(tmp_path):
    content, site = build_seeds(tmp_path)
    (content / "sources").rename(tmp_path / "elsewhere")
    (content / "sources").symlink_to(tmp_path / "elsewhere")
    before = everything(tmp_path)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1 and "outside" in result.output and "Traceback" not in result.output
    assert everything(tmp_path) == before


def test_a_folder_inside_the_content_that_links_out_is_refused_naming_the_file_read_through_it(tmp_path):
    content, site = build_seeds(tmp_path)
    extracted = content / "facts" / EXTRACTED_FOLDER
    extracted.rename(tmp_path / "elsewhere")  # the bases of the facts files, moved out and linked
    extracted.symlink_to(tmp_path / "elsewhere")
    before = everything(tmp_path)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    first = sorted((tmp_path / "elsewhere").glob("*.yaml"))[0].name
    assert result.output.startswith(f"error: {extracted / first}: a link to {tmp_path / 'elsewhere' / first}, outside")
    assert everything(tmp_path) == before


def test_a_link_that_stays_inside_the_content_folder_builds(tmp_path):
    content, site = build_seeds(tmp_path)
    (content / "archive").mkdir()
    (content / "archive" / "kept.txt").write_text("Kept report\n\nSome 40 families left Izium.\n")
    (content / "sources" / "kept.txt").symlink_to(content / "archive" / "kept.txt")
    run_build(content, site)
    assert "40 families" in (site / "sources" / "kept.html").read_text(encoding="utf-8")


def test_a_facts_folder_that_cannot_be_written_leaves_the_site_and_the_facts_as_they_were(tmp_path, monkeypatch):
    import errno
    content, site = build_seeds(tmp_path)
    before = snapshot(site), snapshot(content / "facts")
    (content / "sources" / "new.txt").write_text("New report\n\nSome 300 people left Kharkiv.\n")

    def disk_full(folder, texts, staging_folder=None):
        raise OSError(errno.ENOSPC, "No space left on device", str(folder))
    monkeypatch.setattr("generator.write.stage_texts", disk_full)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {content / 'facts'}: No space left on device"
    assert (snapshot(site), snapshot(content / "facts")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"]
    assert not [p for p in (content / "facts").iterdir() if p.name.startswith(".")]  # no staging left behind


def test_a_single_file_that_cannot_be_written_leaves_the_site_the_facts_and_no_staging(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.build.FACTS_FILES_EARLY_UP_TO", 0)  # the facts files staged at the end
    content, site = build_seeds(tmp_path)
    before = snapshot(site), snapshot(content / "facts")
    (content / "sources" / "new.txt").write_text("New report\n\nSome 300 people left Kharkiv.\n")
    (tmp_path / "blocker").write_text("a file where a folder should be")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site),
                                       "--single-file", str(tmp_path / "blocker" / "all.html")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert (snapshot(site), snapshot(content / "facts")) == before
    assert not [p for p in (content / "facts").iterdir() if p.name.startswith(".")]


def test_an_edit_saved_while_the_build_runs_is_kept_and_built_next_time(tmp_path, monkeypatch):
    from generator import build as build_module
    content, site = build_seeds(tmp_path)
    new = content / "sources" / "new.txt"
    new.write_text("New report\n\nSome 300 people left Kharkiv.\n")
    run_build(content, site)
    new.write_text("New report\n\nSome 300 people left Kharkiv. About 20 buses took them.\n")
    facts_file, seed = content / "facts" / "new.yaml", content / "sources" / "001_754e6fe15d50848d.txt"
    merged = build_module.with_merged

    def edits_meanwhile(*args):  # a reviewer and an editor save while the facts merge
        facts_file.write_text(facts_file.read_text(encoding="utf-8").replace("status: unreviewed", "status: confirmed", 1),
                              encoding="utf-8")
        seed.write_text(seed.read_text(encoding="utf-8").replace("Belgorod", "Bilhorod"), encoding="utf-8")
        return merged(*args)
    monkeypatch.setattr(build_module, "with_merged", edits_meanwhile)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 0, result.output
    assert f"saved while the build ran: {facts_file}; kept as you left it, and built next time" in result.output
    reviewed = facts_file.read_text(encoding="utf-8")
    assert "status: confirmed" in reviewed and "buses" not in reviewed  # the reviewer's file, not overwritten
    monkeypatch.undo()
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 0 and "nothing changed" not in result.output
    assert "Bilhorod" in (site / "sources" / "001_754e6fe15d50848d.html").read_text(encoding="utf-8")
    rebuilt = facts_file.read_text(encoding="utf-8")
    assert "buses" in rebuilt and "status: confirmed" in rebuilt


def test_the_staging_folders_of_a_killed_build_go_with_the_next_build(tmp_path):
    import os
    content, site = build_seeds(tmp_path)
    dead = 2 ** 22 + 12345  # past Linux's largest process id: no such process
    leftovers = [tmp_path / f".site-build{dead}-x1", content / "facts" / f".factsheet-staging-{dead}-x2"]
    alive = tmp_path / f".site-build{os.getpid()}-x3"  # a build still running beside this one
    for folder in [*leftovers, alive]:
        folder.mkdir()
        (folder / "index.html").write_text("half")
    (content / "sources" / "new.txt").write_text("New report\n\nSome 300 people left Kharkiv.\n")
    run_build(content, site)
    assert not any(folder.exists() for folder in leftovers) and alive.is_dir()


@pytest.mark.parametrize("first, second", [("Report.txt", "report.txt"),
                                           ("caf\u00e9.txt", "cafe\u0301.txt")])  # é composed, and e + accent
def test_two_names_one_file_elsewhere_are_refused_naming_both(tmp_path, first, second):
    content, site = build_seeds(tmp_path)
    before = snapshot(site), snapshot(content / "facts")
    for name in (first, second):
        (content / "sources" / name).write_text("Report\n\nSome 12 buses left.\n")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    later, earlier = sorted([content / "sources" / first, content / "sources" / second], reverse=True)
    assert line.startswith(f"error: {later}: the same name as {earlier} but for letter case or how its accents")
    assert (snapshot(site), snapshot(content / "facts")) == before


def test_a_file_name_that_is_not_utf8_is_one_line_with_the_bad_byte_shown(tmp_path):
    import os
    content, site = build_seeds(tmp_path)
    before = snapshot(site), snapshot(content / "facts")
    (content / "sources" / os.fsdecode(b"r\xe9port.txt")).write_bytes(b"Report\n\nSome 12 buses left.\n")  # Latin-1
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == (f"error: {content / 'sources'}/r\ufffdport.txt: the file name is not valid UTF-8 "
                                     "(made on another system?); rename it")
    assert (snapshot(site), snapshot(content / "facts")) == before


def test_a_file_where_the_facts_folder_belongs_is_one_line_and_kept(tmp_path):
    content, site = build_seeds(tmp_path)
    shutil.rmtree(content / "facts")
    (content / "facts").write_text("my list of facts\n")
    before = snapshot(site)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {content / 'facts'}: a file where a folder belongs; move it aside"
    assert snapshot(site) == before and (content / "facts").read_text() == "my list of facts\n"


@pytest.mark.parametrize("written", ["1.0e+400", ".inf", "-.inf", ".nan"])
def test_a_figure_no_number_can_hold_in_a_facts_file_is_one_line_naming_it(tmp_path, written):
    content, site = build_seeds(tmp_path)
    facts_file = next((content / "facts").glob("0*.yaml"))
    text = facts_file.read_text(encoding="utf-8")
    line = text.splitlines().index(next(l for l in text.splitlines() if l.startswith("  value: "))) + 1
    facts_file.write_text(re.sub(r"(?m)^  value: .*$", f"  value: {written}", text, count=1), encoding="utf-8")
    before = snapshot(site), snapshot(content / "facts")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().startswith(f"error: {facts_file}:{line}: 'value' must be a number, not ")
    assert (snapshot(site), snapshot(content / "facts")) == before


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_pipe_among_the_facts_files_is_refused_not_read_without_end(tmp_path):
    import os
    content, site = build_seeds(tmp_path)
    os.mkfifo(content / "facts" / "pipe.yaml")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {content / 'facts' / 'pipe.yaml'}: not a regular file; move it aside"

@pytest.fixture(scope="module")
def seeds_built(tmp_path_factory):
    """The seeds built once; each test takes a copy (a build per test would be most of their time)."""
    return build_seeds(tmp_path_factory.mktemp("seeds"))


@pytest.fixture
def seeds(seeds_built, tmp_path):
    for folder in seeds_built:
        shutil.copytree(folder, tmp_path / folder.name)
    return tmp_path / "content", tmp_path / "site"


def refused(content, site):
    """The one line a build and a check print for what they refuse, once sure that they refuse it
    cleanly: exit code 1, no traceback, the site and every facts file as they were."""
    before = snapshot(site), snapshot(content / "facts")
    lines = []
    for command in (["build", "--content", str(content), "--out", str(site)],
                    ["check", "--content", str(content), "--out", str(site)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        lines += result.output.strip().splitlines()
        assert (snapshot(site), snapshot(content / "facts")) == before
    build_line, check_line = lines
    assert build_line == check_line
    return build_line


# Nine lists of nine, each of the one before: 557 bytes that expand to 9^9 strings wherever the
# data is walked (a message quoting the value, str() of front matter): minutes and gigabytes.
BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{','.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
SEED = "000_4bb0ab349ed1770d"


def write_front_matter(content, front):
    (content / "sources" / "yaml-trick.md").write_text(f"---\n{front}---\nSome 300 people left.\n", encoding="utf-8")
    return content / "sources" / "yaml-trick.md"


def write_settings(content, text):
    (content / "factsheet.yml").write_text(text, encoding="utf-8")
    return content / "factsheet.yml"


def edit_facts_file(content, name, edit):
    path = content / "facts" / name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def with_line_replaced(start, new):
    """An edit of a facts file: its first line starting with start made the lines new."""
    def edit(text):
        at = text.index(start)
        return text[:at] + new + text[text.index("\n", at):]
    return edit


FACTS_FILE, BASE_FILE = f"{SEED}.yaml", f"_extracted/{SEED}.yaml"
LABEL_LINE = 14  # of the seed's facts file: its first fact's label


@pytest.mark.parametrize("write, line, message", [
    (lambda c: write_front_matter(c, "title: Laughs\n" + BILLION_LAUGHS), 3,
     "'&a': anchors (&) and aliases (*) are not taken here; write each value out"),
    (lambda c: write_front_matter(c, "title: &t Laughs\nauthor: *t\n"), 2, "'&t': anchors (&) and aliases"),
    (lambda c: edit_facts_file(c, FACTS_FILE, lambda text: BILLION_LAUGHS + text), 1, "'&a': anchors"),
    (lambda c: edit_facts_file(c, FACTS_FILE, with_line_replaced("  label: ", "  label: *x")), LABEL_LINE,
     "'*x': anchors (&) and aliases (*) are not taken here"),
    (lambda c: edit_facts_file(c, BASE_FILE, lambda text: BILLION_LAUGHS + text), 1, "'&a': anchors"),
    (lambda c: write_settings(c, "title: &t Floods\ndescription: *t\n"), 1, "'&t': anchors"),
], ids=["front matter", "front matter alias", "facts file", "facts file alias", "base file", "settings"])
def test_yaml_anchors_and_aliases_are_refused_before_they_expand(seeds, write, line, message):
    content, site = seeds
    path = write(content)
    error = refused(content, site)
    assert error.startswith(f"error: {path}:{line}: ") and message in error


def test_a_billion_laughs_is_refused_at_once():
    started = time.perf_counter()
    with pytest.raises(FactsheetError, match="anchors"):
        parse_source(f"---\ntitle: Laughs\n{BILLION_LAUGHS}lol: *i\n---\nSome 300 people left.\n", "laughs.md")
    with pytest.raises(FactsheetError, match="anchors"):
        parse_facts_file("laughs.yaml", f"{BILLION_LAUGHS}facts:\n- id: f-1\n  label: *i\n")
    assert time.perf_counter() - started < 1


def test_the_strict_loader_reads_with_libyaml_where_it_is_installed():
    assert issubclass(STRICT_LOADER, yaml.cyaml.CParser) == issubclass(UNALIASED_LOADER, yaml.cyaml.CParser) == yaml.__with_libyaml__


@pytest.mark.parametrize("write, line, message", [
    (lambda c: write_front_matter(c, "title: One\npublisher: DELFI\ntitle: Two\n"), 4,
     "'title' is given twice (first on line 2); keep one"),
    (lambda c: edit_facts_file(c, FACTS_FILE, with_line_replaced("  status: ", "  status: unreviewed\n"
                                                                 "  status: confirmed")), 6,
     "'status' is given twice (first on line 5); keep one"),
    (lambda c: edit_facts_file(c, BASE_FILE, with_line_replaced("  key: ", "  key: false\n  key: true")), 5,
     "'key' is given twice (first on line 4); keep one"),
    (lambda c: write_settings(c, "title: Floods\ndescription: x\ntitle: Fires\n"), 3,
     "'title' is given twice (first on line 1); keep one"),
], ids=["front matter", "facts file", "base file", "settings"])
def test_a_key_given_twice_is_refused_rather_than_the_first_dropped(seeds, write, line, message):
    content, site = seeds
    path = write(content)
    assert refused(content, site) == f"error: {path}:{line}: {message}"


def test_a_reviewers_comment_is_refused_before_the_rewrite_would_drop_it(seeds):
    content, site = seeds
    path = edit_facts_file(content, FACTS_FILE, lambda text: text.replace(
        "  status: unreviewed\n", "  status: confirmed   # checked with the court\n", 1))
    assert refused(content, site) == (f"error: {path}:5: a '#' comment, which the build would lose when it rewrites "
                                      "this file; put your words in the fact's 'note:', which builds keep")


def test_a_reviewers_note_is_kept_by_every_build_and_shown_nowhere(seeds):
    content, site = seeds
    note = "Checked with the court's own release; 'C# #3' is text here"
    path = edit_facts_file(content, FACTS_FILE, with_line_replaced("  status: ", f'  status: confirmed\n  note: "{note}"'))
    for _ in range(2):  # the second build takes the review from the cache
        run_build(content, site)
        assert path.read_text(encoding="utf-8").count(f'\n  note: "{note}"\n') == 1
    assert not any(b"own release" in data for data in snapshot(site).values())


LONG = "Floods " * 299 + "rising"  # 2,099 characters: past any headline, publisher or address


def write_source(content, name, text):
    (content / "sources" / name).write_text(text, encoding="utf-8")
    return content / "sources" / name


@pytest.mark.parametrize("write, line, message", [
    (lambda c: write_front_matter(c, f"title: {LONG}\n"), 2, "'title' is 2,099 characters long, more than the "
                                                              "2,000 a line of text may hold; shorten it"),
    (lambda c: write_front_matter(c, f"title: Floods\npublisher: {LONG}\n"), 3, "'publisher' is 2,099 characters"),
    (lambda c: write_front_matter(c, f"title: Floods\nauthor: x\nurl: https://x.org/?q={'a' * 2000}\n"), 4,
     "'url' is 2,017 characters"),
    (lambda c: write_source(c, "long-first-line.txt", f"{LONG}\n\nSome 300 people left.\n"), 1,
     "the title (the first line, as front matter gives none) is 2,099 characters long, more than the 2,000 a line "
     "of text may hold; give a shorter 'title:' in front matter"),
    (lambda c: write_source(c, "no-title.md", f"---\r\nauthor: x\r\n---\r\n\r\n{LONG}\r\n\r\nSome 300 people.\r\n"),
     5, "the title (the first line"),
    (lambda c: write_settings(c, f"title: Floods\ndescription: >-\n  {LONG}\n"), 2, "'description' is 2,099"),
], ids=["title", "publisher", "url", "first line", "first line after front matter", "settings"])
def test_a_line_of_text_too_long_for_a_page_is_refused(seeds, write, line, message):
    content, site = seeds
    path = write(content)
    error = refused(content, site)
    assert error.startswith(f"error: {path}:{line}: ") and message in error


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
