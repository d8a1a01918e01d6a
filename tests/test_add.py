"""factsheet add: articles from files and web pages become sources with front matter."""

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml
from click.testing import CliRunner

from conftest import SEEDS
from generator.cli import main
from generator.present import slug
from generator.read import parse_source

PAGE = """<!doctype html><html><head><title>Camp fills up | Border Times</title>
<meta property="og:title" content="Camp in Belgorod fills up">
<meta property="og:site_name" content="Border Times">
<meta name="author" content="Anna Writer">
<meta property="article:published_time" content="2022-09-15T10:00:00Z">
</head><body><nav><a href="/">Home</a> · <a href="/world">World</a> · Subscribe now</nav>
<article><h1>Camp in Belgorod fills up</h1>
<p>In Belgorod, a Russian region bordering Kharkiv, the governor's office said nearly 1,400 people
were housed in a makeshift camp after crossing the border from Ukraine.</p>
<p>Volunteers brought 300 mattresses to the camp on Tuesday, officials said.</p>
<script>document.write("<p>Injected 999 people</p>")</script>
</article><aside>Most read: 10 things to do this weekend</aside>
<footer>Leave a comment. Your email address will not be published.</footer></body></html>
"""


def add(*args):
    return CliRunner().invoke(main, ["add", *map(str, args)])


def front_matter_and_body(path):
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_a_saved_web_page_becomes_a_source_with_its_metadata_and_main_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    result = add(tmp_path / "page.html", "--content", tmp_path / "content")
    assert result.exit_code == 0, result.output
    path = tmp_path / "content" / "sources" / "camp-in-belgorod-fills-up.txt"
    assert f"wrote {path}" in result.output
    meta, body = front_matter_and_body(path)
    assert meta == {"title": "Camp in Belgorod fills up", "publisher": "Border Times", "author": "Anna Writer",
                    "published": "2022-09-15"}
    assert "nearly 1,400 people" in body and "300 mattresses" in body
    for furniture in ("Subscribe", "Injected", "Most read", "Leave a comment", "Camp in Belgorod fills up"):
        assert furniture not in body


def test_options_override_what_the_article_says_and_a_txt_keeps_its_words(tmp_path):
    (tmp_path / "note.txt").write_text("Flood report\n\nThe river rose 86 mm in *three* hours.\n", encoding="utf-8")
    result = add(tmp_path / "note.txt", "--content", tmp_path, "--publisher", "Riverton Post",
                 "--published", "2024-03-02", "--url", "https://example.org/flood", "--id", "flood-1")
    assert result.exit_code == 0, result.output
    source = parse_source((tmp_path / "sources" / "flood-1.txt").read_text(encoding="utf-8"), "flood-1.txt")
    assert source.title == "Flood report"
    assert source.meta["publisher"] == "Riverton Post" and source.meta["url"] == "https://example.org/flood"
    assert [s.text for s in source.sentences] == ["The river rose 86 mm in *three* hours."]


def test_an_existing_source_is_never_overwritten(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert add(tmp_path / "page.html", "--content", tmp_path).exit_code == 0
    written = (tmp_path / "sources" / "camp-in-belgorod-fills-up.txt").read_bytes()
    result = add(tmp_path / "page.html", "--content", tmp_path, "--title", "Other words")
    assert result.exit_code == 0  # another title, another id
    result = add(tmp_path / "page.html", "--content", tmp_path)
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "exists already" in result.output
    assert (tmp_path / "sources" / "camp-in-belgorod-fills-up.txt").read_bytes() == written


@pytest.mark.parametrize("args, message", [
    (["missing.html"], "no such file"),
    (["http://127.0.0.1:9/nothing"], "could not fetch the page"),
])
def test_bad_locations_are_one_line_errors(tmp_path, args, message):
    result = add(*args, "--content", tmp_path)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


@pytest.fixture
def served_page(tmp_path):
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "camp.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "www"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/camp.html"
    server.shutdown()


def test_a_page_fetched_by_address_is_added_then_built_and_merged_with_the_seeds(tmp_path, served_page):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    result = add(served_page, "--content", tmp_path / "content")
    assert result.exit_code == 0, result.output
    meta, _ = front_matter_and_body(tmp_path / "content" / "sources" / "camp-in-belgorod-fills-up.txt")
    assert meta["url"] == served_page
    built = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "content"), "--out", str(tmp_path / "site")])
    assert built.exit_code == 0, built.output
    merged = yaml.safe_load((tmp_path / "content" / "facts" / "_merged.yaml").read_text(encoding="utf-8"))["facts"]
    camp = next(m for m in merged if m["id"] == "count-1400-people-belgorod")
    assert camp["sources"] == 3
    assert any(m["value"] == 300 and m["unit"] == "mattresses" for m in merged)


def test_titles_in_other_scripts_get_ids_in_latin_letters_each_its_own(tmp_path):
    for name, title in (("one.txt", "Харків звільнено"), ("two.txt", "Херсон звільнено"), ("three.txt", "北京")):
        (tmp_path / name).write_text(f"{title}\n\nНа вулицях 1 400 людей.\n", encoding="utf-8")
        result = add(tmp_path / name, "--content", tmp_path / "content")
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "content" / "sources").iterdir()) == [
        "beijing.txt", "kharkiv-zvilneno.txt", "kherson-zvilneno.txt"]


@pytest.mark.parametrize("text, made", [
    ("8,000 km² in Kharkiv", "8-000-km2-in-kharkiv"), ("Zürich: 12% more", "zurich-12-percent-more"),
    ("Kraków – Łódź", "krakow-odz"),  # as ids were made before: a letter NFKD cannot split is dropped
    ("Ελλάδα 2022", "ellada-2022"), ("Зеленський у Києві", "zelenskiy-u-kiievi"),
])
def test_ids_of_latin_text_stay_as_they_were_and_other_scripts_read_in_latin(text, made):
    assert slug(text) == made


# An article as some outlets hand it over: one line of about 7,000 characters, no front matter.
ONE_LINE = " ".join(
    f"Rescue teams in Riverton said on day {day} that {day * 120:,} people had been moved to shelters, "
    f"while the river stood {day + 2} metres above its usual level and more rain was expected."
    for day in range(1, 41))


def test_an_article_on_one_long_line_is_text_titled_by_its_first_sentence(tmp_path):
    assert 6_000 < len(ONE_LINE) < 8_000
    (tmp_path / "as-received.txt").write_text(ONE_LINE + "\n", encoding="utf-8")
    result = add(tmp_path / "as-received.txt", "--content", tmp_path / "content")
    assert result.exit_code == 0, result.output
    [path] = (tmp_path / "content" / "sources").iterdir()
    meta, body = front_matter_and_body(path)
    assert meta["title"] == "Rescue teams in Riverton said on day 1 that 120 people had been moved to shelters, while the river…"
    assert body.strip() == ONE_LINE  # every sentence kept, the first too
    source = parse_source(path.read_text(encoding="utf-8"), path.name)
    assert len(source.sentences) == 40 and source.sentences[0].text.startswith("Rescue teams in Riverton said on day 1 ")


def test_a_first_line_of_sentences_is_text_and_a_headline_stays_the_title(tmp_path):
    (tmp_path / "short.txt").write_text("Thousands fled. The river rose 3 metres.\n\nRain is expected.\n", encoding="utf-8")
    (tmp_path / "headline.txt").write_text("Mr. Holt resigns. Riverton waits\n\nThe mayor left.\n", encoding="utf-8")
    assert add(tmp_path / "short.txt", "--content", tmp_path, "--title", "Riverton floods").exit_code == 0
    meta, body = front_matter_and_body(tmp_path / "sources" / "riverton-floods.txt")
    assert meta["title"] == "Riverton floods" and body.startswith("\nThousands fled. The river rose 3 metres.\n")
    assert add(tmp_path / "headline.txt", "--content", tmp_path).exit_code == 0
    meta, body = front_matter_and_body(tmp_path / "sources" / "mr-holt-resigns-riverton-waits.txt")
    assert meta["title"] == "Mr. Holt resigns. Riverton waits" and body.strip() == "The mayor left."
