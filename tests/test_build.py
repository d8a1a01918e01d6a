"""End-to-end: build small corpora into temporary folders and check facts YAML and pages."""

import html
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.search.lunr_index import PROJECT_ROOT
from generator.cli import main
from generator import yaml_text
from generator.kinds import KINDS
from builds import SEEDS, build_one_article, build_seeds, run_build, snapshot
from sitecheck import broken_links, scan

KEY_FACTS = {  # (kind, value, unit, qualifier)
    ("count", 1400, "people", "nearly"),
    ("area", 8000, "square kilometre", None),
    ("penalty", 15, "years", "up to"),
    ("age", 44, "years", None),
}


def test_seeds_build_key_facts_each_cited_at_an_existing_anchor(tmp_path):
    content, site = build_seeds(tmp_path)
    for source in sorted(SEEDS.iterdir()):
        document = yaml.safe_load((content / "facts" / f"{source.stem}.yaml").read_text(encoding="utf-8"))
        found = {(f["kind"], f["value"], f["unit"], f["qualifier"]): f for f in document["facts"]}
        assert KEY_FACTS <= found.keys(), source.name
        page_ids = scan(site / "sources" / f"{source.stem}.html").ids
        for key in KEY_FACTS:
            fact = found[key]
            assert fact["anchor"] in page_ids
            assert fact["text"] in fact["quote"]


def test_square_miles_in_brackets_is_not_a_second_fact(tmp_path):
    content, site = build_seeds(tmp_path)
    guardian = yaml.safe_load(next((content / "facts").glob("001_*.yaml")).read_text(encoding="utf-8"))
    [area] = [f for f in guardian["facts"] if f["unit"] == "square kilometre"]
    assert area["also"] == "3,100 square miles"
    # in the facts YAML the conversion is a figure of its own that says which fact it restates
    assert [f["restates"] for f in guardian["facts"] if f["unit"] == "square mile"] == [area["id"]]
    merged = yaml.safe_load((content / "facts" / "_merged.yaml").read_text(encoding="utf-8"))["facts"]
    assert not [m for m in merged if m["unit"] == "square mile"]
    assert "3,100 square miles" in (site / "index.html").read_text(encoding="utf-8")


def test_every_internal_link_resolves(tmp_path):
    _, site = build_seeds(tmp_path)
    assert broken_links(site) == []
    assert "sources/000_4bb0ab349ed1770d.html#" in (site / "index.html").read_text(encoding="utf-8")


def test_pages_use_no_absolute_or_external_assets(tmp_path):
    _, site = build_seeds(tmp_path)
    for page in site.rglob("*.html"):
        for link in scan(page).links:
            assert not link.startswith(("/", "http://", "https://", "//")), (page, link)


def test_rebuild_is_byte_identical(tmp_path):
    _, site = build_seeds(tmp_path)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    run_build(tmp_path / "content", site)
    assert first == {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_build_leaves_no_thread_behind_for_the_next_build_to_fork_with(tmp_path):
    """Pages are written by a thread of their own while the next render (site_files.PutAhead);
    a process that builds again (serve) forks its workers, which must not inherit a running one."""
    before = {thread.ident for thread in threading.enumerate()}
    _, site = build_seeds(tmp_path)
    assert {thread.ident for thread in threading.enumerate()} == before
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("put-ahead")]
    assert (site / "index.html").is_file()


def test_builds_in_separate_processes_are_byte_identical(tmp_path):
    """Python salts set and dict hashing per process; nothing written may depend on it."""
    trees = []
    for seed in ("1", "2", "3"):
        content, out = tmp_path / f"content{seed}", tmp_path / f"site{seed}"
        shutil.copytree(SEEDS, content / "sources")
        shutil.copy(Path(__file__).parent / "third_version" / "003_wire_report.txt", content / "sources")
        subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content),
                        "--out", str(out)], check=True, capture_output=True, timeout=120,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        trees.append((snapshot(out), snapshot(content / "facts")))
    assert trees[0] == trees[1] == trees[2]


def test_single_plain_txt_article_builds(tmp_path):
    build_one_article(tmp_path, "floods.txt",
                      "Floods in Porto Alegre\n\nMore than 580,000 people left their homes in Rio Grande do Sul.\n")
    page = (tmp_path / "out" / "sources" / "floods.html").read_text(encoding="utf-8")
    assert "More than 580,000 people left their homes" in re.sub(r"<[^>]+>", "", page)  # its figure is marked
    facts = yaml.safe_load((tmp_path / "in" / "facts" / "floods.yaml").read_text(encoding="utf-8"))["facts"]
    assert [(f["value"], f["unit"], f["qualifier"]) for f in facts] == [(580000, "people", "more than")]


def test_user_template_overrides_default_file_by_file(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "index.html").write_text("custom {{ fact_count }}", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "content"),
                                       "--out", str(tmp_path / "site"), "--templates", str(tmp_path / "templates")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8").startswith("custom ")
    assert "<article>" in next((tmp_path / "site" / "sources").glob("*.html")).read_text(encoding="utf-8")


def test_bad_front_matter_fails_in_one_line_and_keeps_previous_site(tmp_path):
    content, site = build_seeds(tmp_path)
    before, facts_before = (site / "index.html").read_bytes(), snapshot(content / "facts")
    (content / "sources" / "broken.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1
    assert "broken.md:" in result.output and len(result.output.strip().splitlines()) == 1
    assert (site / "index.html").read_bytes() == before
    assert snapshot(content / "facts") == facts_before


def test_ranges_and_years_are_shown_as_written_on_the_fact_sheet(tmp_path):
    (tmp_path / "in" / "sources").mkdir(parents=True)
    (tmp_path / "in" / "sources" / "a.txt").write_text(
        "Season report\n\nIn the 2012–13 season, between 10 and 20 soldiers were wounded.\n", encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "2,012" not in index and "10–20 soldiers" in index  # a season is no quantity
    fact_page = next((tmp_path / "out" / "facts").glob("count-10-20-soldiers*.html")).read_text(encoding="utf-8")
    assert "When: In the 2012–13 season" in fact_page


def test_refuses_to_replace_a_folder_holding_the_content_or_the_users_home(tmp_path, monkeypatch):
    content, _ = build_seeds(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "notes").mkdir(parents=True)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "the site folder would replace or sit inside the content folder" in result.output
    assert (content / "sources").is_dir()
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(Path.home())])
    assert result.exit_code == 1 and f"refusing to build into a folder that holds {Path.home()}" in result.output


def test_file_names_with_spaces_give_working_links(tmp_path):
    (tmp_path / "in" / "sources").mkdir(parents=True)
    (tmp_path / "in" / "sources" / "Kyiv report.txt").write_text(
        "Kyiv report\n\nAbout 300 people gathered in Kyiv.\n", encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")
    assert "sources/Kyiv%20report.html#" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert broken_links(tmp_path / "out") == []


def test_source_page_marks_the_fact_phrase_inside_the_cited_sentence(tmp_path):
    _, site = build_seeds(tmp_path)
    page = (site / "sources" / "000_4bb0ab349ed1770d.html").read_text(encoding="utf-8")
    assert "said <strong>nearly 1,400 people</strong> were housed" in page


@pytest.mark.parametrize("template, where, message", [
    (b"ok\n{% for x in %}\n", "index.html:2", "template error"),
    (b"ok\n{{ fact_count.digits.first }}\n", "index.html:2", "uses something the build does not provide"),
    (b"{% extends 'base.html' %}\n{% block main %}\n{% include 'cards.html' %}{% endblock %}\n", "index.html:3",
     "includes or extends 'cards.html', which is in neither templates folder"),
    (b"ok\n\n{{ fact_count // 0 }}\n", "index.html:3", "ZeroDivisionError"),
    (b"\xff\xfe{{ fact_count }}", "index.html", "not valid UTF-8"),
    (b"ok\n{% include 'index.html' %}\n", "index.html:2", "includes, extends or calls itself without end"),
])
def test_broken_user_template_is_a_one_line_error_naming_file_and_line(tmp_path, template, where, message):
    content, site = build_seeds(tmp_path)
    site_before, facts_before = snapshot(site), snapshot(content / "facts")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "index.html").write_bytes(template)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site),
                                       "--templates", str(tmp_path / "templates")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / 'templates' / where}:") and message in line
    assert snapshot(site) == site_before and snapshot(content / "facts") == facts_before


def test_only_web_urls_become_links_to_the_original(tmp_path):
    (tmp_path / "in" / "sources").mkdir(parents=True)
    (tmp_path / "in" / "sources" / "a.md").write_text(
        "---\ntitle: A\nurl: javascript:alert(1)\n---\nAbout 300 people came.\n", encoding="utf-8")
    (tmp_path / "in" / "sources" / "b.md").write_text(
        "---\ntitle: B\nurl: https://example.org/b\n---\nAbout 400 people came.\n", encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.html")}
    assert not [name for name, html in pages.items() if 'href="javascript:' in html]
    assert 'href="https://example.org/b"' in pages["b.html"]
    assert 'href="https://example.org/b"' in pages["count-400-people.html"]


def merged_facts(content):
    return yaml.safe_load((content / "facts" / "_merged.yaml").read_text(encoding="utf-8"))["facts"]


def test_key_fact_pages_cite_both_seeds_at_existing_anchors(tmp_path):
    content, site = build_seeds(tmp_path)
    merged = {(f["kind"], f["value"], f["unit"]): f for f in merged_facts(content)}
    for kind, value, unit, _ in KEY_FACTS:
        fact = merged[(kind, value, unit)]
        page = (site / "facts" / f"{fact['id']}.html").read_text(encoding="utf-8")
        for source in sorted(SEEDS.iterdir()):
            citation = next(c for c in fact["citations"] if c["source"] == source.stem)
            assert f'href="../sources/{source.stem}.html#{citation["anchor"]}"' in page
            assert citation["anchor"] in scan(site / "sources" / f"{source.stem}.html").ids
        assert "Reported by 2 sources" in page
    assert broken_links(site) == []


def test_fact_sheet_lists_each_fact_once_below_the_key_figures(tmp_path):
    content, site = build_seeds(tmp_path)
    index = (site / "index.html").read_text(encoding="utf-8")
    key_figures, rest = re.fullmatch(r'(.*<section id="key-figures".*?</section>)(.*)', index, re.S).groups()
    rest = re.sub(r'<section id="who-reports-what".*?</section>', "", rest, flags=re.S)  # the chart links too
    for fact in merged_facts(content):
        assert rest.count(f'href="facts/{fact["id"]}.html"') == 1
        assert key_figures.count(f'href="facts/{fact["id"]}.html"') == (1 if fact["key"] else 0)
    assert rest.count(">nearly 1,400 people<") == 1


def test_a_third_article_with_1400_of_something_else_stays_a_separate_fact(tmp_path):
    content, site = build_seeds(tmp_path)
    (content / "sources" / "courts.txt").write_text(
        "Treason trials\n\nProsecutors in Kyiv said courts had heard 1,400 treason cases since the invasion.\n"
        "\nIn Odesa, police detained nearly 1,400 people for curfew violations last month.\n",
        encoding="utf-8",
    )
    run_build(content, site)
    at_1400 = [f for f in merged_facts(content) if f["value"] == 1400]
    assert sorted((f["unit"], f["sources"]) for f in at_1400) == [("people", 1), ("people", 2), ("treason cases", 1)]
    assert broken_links(site) == []


def test_conflicting_figures_are_flagged_on_the_sheet_and_linked_between_fact_pages(tmp_path):
    content, site = build_seeds(tmp_path)
    (content / "sources" / "later.txt").write_text(
        "Camp update\n\nThe governor’s office in Belgorod said 2,500 people were housed in a makeshift camp "
        "after crossing the border from Ukraine.\n", encoding="utf-8")
    run_build(content, site)
    by_value = {f["value"]: f for f in merged_facts(content) if f["unit"] == "people"}
    assert by_value[2500]["conflicts"] == [by_value[1400]["id"]]
    page = (site / "facts" / f"{by_value[1400]['id']}.html").read_text(encoding="utf-8")
    assert f'href="../facts/{by_value[2500]["id"]}.html"' in page
    # Who gives which figure: the other figure linked to its page, with the source that gives it.
    assert re.search(r'<li><span class="figure"><a [^>]+>2,500 people</a></span>: <a [^>]+>Camp update</a>', page)
    assert "the sources differ" in (site / "index.html").read_text(encoding="utf-8")
    assert broken_links(site) == []


def test_facts_yaml_reads_the_same_with_or_without_libyaml_and_is_written_one_way(tmp_path):
    """Determinism across machines: CI may lack libyaml, a reviewer's laptop may have it."""
    content, _ = build_seeds(tmp_path)
    for path in (content / "facts").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        document = yaml.load(text, Loader=yaml.SafeLoader)
        assert document == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        assert yaml_text.dump(document) == text


def test_unwritable_output_is_a_one_line_error(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "content"),
                                       "--out", str(tmp_path / "blocker" / "site")])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and len(result.output.strip().splitlines()) == 1


def test_missing_lunr_js_is_one_line_saying_how_to_get_it(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("generator.search.lunr_index.PROJECT_ROOT", tmp_path)
    monkeypatch.setattr("generator.search.lunr_index.PACKAGED_LUNR_JS", tmp_path / "lunr.min.js")
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "npm ci" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "site").exists()


# One sentence per row of the kinds table; a new row needs a sentence here.
EVERY_KIND = {
    "count": "Volunteers found 120 families in the shelter.",
    "area": "The fire burned 8,000 hectares of forest.",
    "penalty": "They face up to 15 years in prison.",
    "age": "The pilot, a 44-year-old woman, survived.",
    "money": "The repairs will cost $2.5 million.",
    "percentage": "Turnout reached 68% on Sunday.",
    "distance": "The convoy drove 85 miles overnight.",
    "speed": "Gusts reached 70 mph on the coast.",
    "volume": "Workers pumped 2,000 cubic metres of water.",
    "weight": "They removed 350 tonnes of oil.",
    "temperature": "It reached 41°C at noon.",
    "power": "The new turbines add 120 MW to the grid.",
    "energy": "The town used 40 GWh last winter.",
    "data": "The leak held 2 TB of emails.",
    "bandwidth": "The line carries 940 Mbps at peak.",
    "frequency": "The radio works at 868 MHz only.",
    "pressure": "The tyres were pumped to 220 kPa.",
    "magnitude": "A quake of magnitude 6.1 shook the coast.",
    "multiple": "Prices rose fourfold in a year.",
    "measure": "Tests found 15 ppb of lead.",
    "duration": "The search lasted three days.",
}


def test_every_kind_in_the_table_has_its_titled_group_on_the_fact_sheet_and_search_filter(tmp_path):
    assert set(EVERY_KIND) == {kind.id for kind in KINDS}
    build_one_article(tmp_path, "every.txt", "Every kind\n\n" + "\n\n".join(EVERY_KIND.values()) + "\n")
    sheet = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    search = (tmp_path / "out" / "search.html").read_text(encoding="utf-8")
    for kind in KINDS:
        group = re.search(rf'<section id="kind-{kind.id}">\s*<h2>{kind.title}</h2>(.*?)</section>', sheet, re.S)
        assert group and 'class="fact' in group[1], kind.id
        assert f'<option value="{kind.id}">{kind.title}</option>' in search, kind.id
    assert "2,000 m³" in sheet and "350 t" in sheet


def test_a_kind_added_as_one_row_of_the_table_reaches_sheet_fact_page_and_search(tmp_path):
    """Copy the package and its default templates, add one row to kinds.py and how English
    writes its unit, and nothing else; build in a fresh process."""
    package = tmp_path / "code" / "generator"
    shutil.copytree(Path(__file__).parent.parent / "generator", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(Path(__file__).parent.parent / "templates", tmp_path / "code" / "templates")
    (tmp_path / "code" / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    kinds = package / "kinds.py"
    row = '    Kind("pressure", "Pressures", "hPa", (Unit("hPa"),)),\n'
    table = kinds.read_text(encoding="utf-8")
    assert table.count("\n)\n\nKIND_BY_ID") == 1  # the table's end
    kinds.write_text(table.replace("\n)\n\nKIND_BY_ID", "\n" + row.rstrip("\n") + "\n)\n\nKIND_BY_ID"),
                     encoding="utf-8")
    english = package / "lang" / "en.py"
    english.write_text(english.read_text(encoding="utf-8") + 'UNITS["hPa"] = r"hectopascals?|hPa"\n', encoding="utf-8")
    (tmp_path / "in" / "sources").mkdir(parents=True)
    (tmp_path / "in" / "sources" / "plant.txt").write_text(
        "Storm nears\n\nThe storm near Lisbon fell to 960 hPa by the next spring tide.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "code")}
    subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(tmp_path / "in"),
                    "--out", str(tmp_path / "out")], cwd=tmp_path / "code", env=env, check=True,
                   capture_output=True, timeout=120)
    sheet = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<section id="kind-pressure">\s*<h2>Pressures</h2>.*?960 hPa', sheet, re.S)
    assert '<option value="pressure">Pressures</option>' in (tmp_path / "out" / "search.html").read_text(encoding="utf-8")
    assert "960 hPa" in (tmp_path / "out" / "facts" / "pressure-960-hpa-lisbon.html").read_text(encoding="utf-8")


def test_two_broken_sources_give_two_error_lines_in_one_run_and_keep_the_site(tmp_path):
    content, site = build_seeds(tmp_path)
    site_before, facts_before = snapshot(site), snapshot(content / "facts")
    (content / "sources" / "a-broken.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")
    (content / "sources" / "b-latin1.txt").write_bytes("Title\n\nCaf\xe9 prices rose.\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in result.output
    assert lines[0].startswith("error: ") and "a-broken.md:2: invalid YAML front matter" in lines[0]
    assert lines[1].startswith("error: ") and "b-latin1.txt:3: not valid UTF-8" in lines[1]
    assert snapshot(site) == site_before and snapshot(content / "facts") == facts_before


def test_deleting_a_source_moves_its_facts_aside_and_says_so(tmp_path):
    content, site = build_seeds(tmp_path)
    gone = next((content / "sources").glob("000_*.txt"))
    facts_of_gone = (content / "facts" / f"{gone.stem}.yaml").read_bytes()
    gone.unlink()
    result = run_build(content, site)
    assert not (content / "facts" / f"{gone.stem}.yaml").exists()
    assert (content / "facts" / "_removed" / f"{gone.stem}.yaml").read_bytes() == facts_of_gone
    assert f"facts moved to {content / 'facts' / '_removed' / gone.stem}.yaml" in result.output
    assert not (site / "sources" / f"{gone.stem}.html").exists()


def test_the_committed_facts_are_what_a_fresh_build_of_the_seeds_writes(tmp_path):
    """A golden build: content/facts/ in the repository is the build's own output, unedited."""
    content, _ = build_seeds(tmp_path)
    assert snapshot(content / "facts") == snapshot(SEEDS.parent / "facts")


def test_an_empty_sources_folder_is_one_line_not_a_site_of_nothing(tmp_path):
    (tmp_path / "content" / "sources").mkdir(parents=True)
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "content"),
                                       "--out", str(tmp_path / "site")])
    assert result.exit_code == 1
    assert "no articles here" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_hand_edits_survive_a_rebuild_and_show_on_the_site(tmp_path):
    content, site = build_seeds(tmp_path)
    path = next((content / "facts").glob("000_*.yaml"))
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_text = {f["text"]: f for f in document["facts"]}
    by_text["nearly 1,400 people"].update(label="1,400 people in a Belgorod camp", status="confirmed")
    by_text["two days"]["status"] = "rejected"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")

    result = run_build(content, site)
    assert "1 confirmed, 1 rejected" in result.output
    kept = {f["text"]: f for f in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]}
    assert kept["nearly 1,400 people"]["label"] == "1,400 people in a Belgorod camp"
    assert kept["two days"]["status"] == "rejected"
    fact_page = (site / "facts" / "count-1400-people-belgorod.html").read_text(encoding="utf-8")
    assert "<h1>1,400 people in a Belgorod camp</h1>" in fact_page and "Reviewed" in fact_page
    sheet = (site / "index.html").read_text(encoding="utf-8")
    assert "1,400 people in a Belgorod camp" in sheet
    assert "they abandoned it in just two days" not in sheet
    source_page = (site / "sources" / f"{path.stem}.html").read_text(encoding="utf-8")
    facts_list, article = source_page.split("<article>")
    assert "they abandoned it in just two days" not in facts_list
    assert '">It took the Russians several months to occupy all of this territory, and then they abandoned it in ' \
           'just two days.</span>' in article  # the article stays whole, the sentence unmarked

    snapshot_before = snapshot(content / "facts"), snapshot(site)
    run_build(content, site)
    assert (snapshot(content / "facts"), snapshot(site)) == snapshot_before  # and it stays so


def test_a_fact_whose_sentence_was_edited_away_is_reported_and_its_review_kept(tmp_path):
    content, site = build_seeds(tmp_path)
    path = next((content / "facts").glob("000_*.yaml"))
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    fact = next(f for f in document["facts"] if f["text"] == "two days")
    fact["status"] = "confirmed"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    article = content / "sources" / f"{path.stem}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("in just two days", "in no time"),
                       encoding="utf-8")
    result = run_build(content, site)
    assert f"no longer in its source: {fact['id']} of {path.stem}" in result.output
    missing = yaml.safe_load(path.read_text(encoding="utf-8"))["missing"]
    assert [(m["id"], m["status"]) for m in missing] == [(fact["id"], "confirmed")]


def test_a_broken_facts_file_stops_the_build_naming_its_line_and_loses_nothing(tmp_path):
    content, site = build_seeds(tmp_path)
    path = next((content / "facts").glob("000_*.yaml"))
    path.write_text(path.read_text(encoding="utf-8").replace("status: unreviewed", "status: done", 1), encoding="utf-8")
    facts_before, site_before = snapshot(content / "facts"), snapshot(site)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert result.exit_code == 1
    assert result.output.strip() == (f"error: {path}:5: 'status' must be unreviewed or confirmed or rejected, "
                                     "not 'done'")
    assert snapshot(content / "facts") == facts_before and snapshot(site) == site_before


def check(content, site):
    return CliRunner().invoke(main, ["check", "--content", str(content), "--out", str(site)])


def test_check_passes_after_a_build_and_fails_when_a_source_changes_or_a_fact_vanishes(tmp_path):
    content, site = build_seeds(tmp_path)
    result = check(content, site)
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output

    article = next((content / "sources").glob("000_*.txt"))
    article.write_text(article.read_text(encoding="utf-8").replace("in just two days", "in no time"),
                       encoding="utf-8")
    site_before = snapshot(site)
    result = check(content, site)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert any("is no longer in its source" in line and article.stem in line for line in lines)
    assert any("the site is stale" in line for line in lines)
    assert snapshot(site) == site_before  # check never writes


def test_check_reports_a_broken_facts_file_as_one_line(tmp_path):
    content, site = build_seeds(tmp_path)
    path = next((content / "facts").glob("001_*.yaml"))
    path.write_text(path.read_text(encoding="utf-8").replace("kind: count", "kind: headcount", 1), encoding="utf-8")
    result = check(content, site)
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {path}:") and "'kind' must be a kind" in result.output


def test_the_configured_title_and_description_head_every_page(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "factsheet.yml").write_text("title: Riverton floods\ndescription: Every figure, sourced.\n",
                                                   encoding="utf-8")
    build_one_article(tmp_path, "flood.txt", "Flood\n\nMore than 2,500 people were evacuated.\n")
    for page in ("index.html", "search.html", "sources/flood.html"):
        html = (tmp_path / "out" / page).read_text(encoding="utf-8")
        assert re.search(r"<title>[^<]*Riverton floods</title>", html), page
        assert '<header class="site"><a href="' in html and ">Riverton floods</a>" in html, page
        assert '<meta name="description" content="Every figure, sourced.">' in html, page


def test_an_unknown_setting_is_a_one_line_error_naming_its_line(tmp_path):
    (tmp_path / "in" / "sources").mkdir(parents=True)
    (tmp_path / "in" / "sources" / "a.txt").write_text("A\n\nMore than 2,500 people were evacuated.\n", encoding="utf-8")
    (tmp_path / "in" / "factsheet.yml").write_text("title: Floods\ntitel: typo\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip() == (f"error: {tmp_path / 'in' / 'factsheet.yml'}:2: unknown setting 'titel'; "
                                     "the settings are: title, description, site_url")


def test_an_editors_note_stays_out_of_the_pages(tmp_path):
    build_one_article(tmp_path, "a.md", "---\ntitle: Floods\npublisher: Riverton Post\nnote: imported from the "
                                        "intranet copy\n---\nMore than 2,500 people were evacuated.\n")
    page = (tmp_path / "out" / "sources" / "a.html").read_text(encoding="utf-8")
    assert "Riverton Post" in page and "intranet" not in page


def test_amounts_without_a_figure_are_listed_apart_from_the_figures(tmp_path):
    build_one_article(tmp_path, "flood.txt", "Floods\n\nThousands of people left Riverton overnight.\n\n"
                                             "Officials counted 2,000 sandbags at the depot.\n")
    sheet = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    counts = re.search(r'<section id="kind-count">(.*?)</section>', sheet, re.S)[1]
    apart = re.search(r'<section id="without-figures">\s*<h2>Amounts without a figure</h2>(.*?)</section>', sheet, re.S)[1]
    assert "2,000 sandbags" in counts and "thousands of people" not in counts.lower()
    assert "thousands of people" in apart


ENDS_BADLY = {"the", "of", "by", "and", "st", "to", "a", "an", "in", "on", "at", "for", "with", "from", "or",
              "but", "that", "who", "which", "was", "were", "is", "are", "has", "have", "had", "said"}
ORGANISATION_WORDS = {"Office", "Police", "Court", "Council", "Grid", "Ministry", "Department", "Agency"}


def test_seeds_and_three_new_articles_read_right_on_every_page(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    for article in (Path(__file__).parent / "corpus").iterdir():
        shutil.copy(article, tmp_path / "content" / "sources")
    (tmp_path / "content" / "factsheet.yml").write_text("title: Four stories, figure by figure\n", encoding="utf-8")
    content, site = tmp_path / "content", tmp_path / "site"
    run_build(content, site)
    facts = [f for path in (content / "facts").glob("[!_]*.yaml")
             for f in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]]
    pages = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    pages = re.sub(r"<[^>]+>", "", pages)  # a label is shown in its words, its figure a link in it
    for fact in facts:
        last = fact["label"].rstrip("…").split()[-1].strip(".,;:").lower()
        assert last not in ENDS_BADLY, fact["label"]
        assert fact["label"] in pages or html.escape(fact["label"], quote=False) in pages, fact["label"]
        assert not ORGANISATION_WORDS & set(" ".join(fact["places"]).split()), fact["places"]
    money = [f for f in facts if f["kind"] == "money"]
    assert {f["text"] for f in money} >= {"£40 million", "more than £2.3 million", "£850,000", "$2.5bn",
                                          "$9.8 billion", "$1.1 billion", "$75 million"}
    sheet = (site / "index.html").read_text(encoding="utf-8")
    for fact in money:
        assert html.escape(fact["text"], quote=False) in sheet, fact["text"]
    assert {(f["value"], f["unit"]) for f in facts} >= {(86, "millimetre"), (30, "centimetre"), (60, "mile per hour")}
    assert '<header class="site"><a href="index.html">Four stories, figure by figure</a>' in sheet


def test_the_seeds_key_figures_are_the_cards_own_examples(tmp_path):
    content, site = build_seeds(tmp_path)
    key = {(f["kind"], f["value"], f["unit"]) for f in merged_facts(content) if f["key"]}
    assert key == {("count", 1400, "people"), ("area", 8000, "square kilometre"), ("penalty", 15, "years")}
    panel = re.search(r'<section id="key-figures".*?</section>', (site / "index.html").read_text(encoding="utf-8"),
                      re.S)[0]
    assert re.findall(r'class="value" href="[^"]+">([^<]+)<', panel) == [
        "nearly 1,400 people", "8,000 km² (3,100 square miles)", "up to 15 years"]
    assert "2 sources" in panel and "days" not in panel


def test_a_reviewer_promotes_and_demotes_key_figures_and_it_survives_rebuilds(tmp_path):
    content, site = build_seeds(tmp_path)
    for path in (content / "facts").glob("[!_]*.yaml"):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for fact in document["facts"]:
            if fact["kind"] == "age":
                fact["key"] = True
            if fact["kind"] == "area":
                fact["key"] = False
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    for _ in range(2):
        run_build(content, site)
        key = {f["kind"] for f in merged_facts(content) if f["key"]}
        assert key == {"count", "penalty", "age"}
    panel = re.search(r'<section id="key-figures".*?</section>', (site / "index.html").read_text(encoding="utf-8"),
                      re.S)[0]
    assert "44 years" in panel and "km²" not in panel


def test_extraction_on_several_processes_gives_what_one_process_gives(tmp_path, monkeypatch):
    from generator import parallel
    trees = []
    for parallel_from in (10, 10_000):
        monkeypatch.setattr(parallel, "PARALLEL_FROM", parallel_from)
        content = tmp_path / f"content{parallel_from}"
        (content / "sources").mkdir(parents=True)
        for n in range(60):
            (content / "sources" / f"r{n:02d}.txt").write_text(
                f"Report {n}\n\nOfficials in Kharkiv said {100 + n * 7:,} people were evacuated.\n\n"
                f"“We left at night,” said Olena, {20 + n}.\n", encoding="utf-8")
        run_build(content, tmp_path / f"site{parallel_from}")
        trees.append((snapshot(tmp_path / f"site{parallel_from}"), snapshot(content / "facts")))
    assert trees[0] == trees[1]


def test_sources_read_on_several_processes_are_what_one_process_reads_and_every_bad_file_is_reported(tmp_path,
                                                                                                     monkeypatch):
    from generator import parallel
    from generator.build import read_all
    from generator.cache import Entries
    from generator.errors import FactsheetErrors
    from generator.read import read_sources
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    folder = tmp_path / "sources"
    folder.mkdir()
    for n in range(12):
        (folder / f"s{n:02d}.md").write_text(f"---\ntitle: Report {n}\n---\n\n{n} people left.\n", encoding="utf-8")
    with Entries(tmp_path / "no-cache") as entries:
        assert read_all(folder, entries, "version") == read_sources(folder)
        (folder / "s03.md").write_text("---\ntitle: [a, list]\n---\n\nText.\n", encoding="utf-8")
        (folder / "s07.txt").write_text("Title\n\nSame name as s07.md.\n", encoding="utf-8")
        with pytest.raises(FactsheetErrors) as info:
            read_all(folder, entries, "version")
    assert [str(err) for err in info.value.errors] == [
        f"{folder / 's03.md'}:2: 'title' must be a line of text (the article's headline)",
        f"{folder / 's07.txt'}: same source id 's07' as {folder / 's07.md'}; rename one of them"]


@pytest.mark.parametrize("template", ["fact.html", "source.html"])  # source pages render in another process
def test_a_broken_template_stops_the_index_process_too(tmp_path, monkeypatch, template):
    import multiprocessing
    from generator import parallel
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    content, site = build_seeds(tmp_path)
    before = snapshot(site)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / template).write_text("{% if %}\n", encoding="utf-8")
    (content / "sources" / "extra.txt").write_text("Extra\n\nOfficials counted 45 buses.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site),
                                       "--templates", str(tmp_path / "templates")])
    assert result.exit_code == 1 and f"{template}:1: template error" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert multiprocessing.active_children() == [] and snapshot(site) == before
    assert not list(site.parent.glob(f".{site.name}-*"))  # no half-written site left beside it
    assert not (content / "facts" / "extra.yaml").exists()  # written ahead, maybe, but never moved in


def test_next_links_walk_every_fact_once_in_the_sheets_order_under_its_kind(seed_site):
    sheet = (seed_site / "index.html").read_text(encoding="utf-8")
    groups = {m.group(1): m.group(0)
              for m in re.finditer(r'<section id="(kind-[\w-]+|without-figures)">.*?(?=<section|\Z)', sheet, re.S)}
    order = [fact_id for body in groups.values() for fact_id in re.findall(r'<li class="fact" id="([^"]+)"', body)]
    walked, page = [], f"{order[0]}.html"
    while page:
        html = (seed_site / "facts" / page).read_text(encoding="utf-8")
        walked.append(page.removesuffix(".html"))
        group = next(g for g, body in groups.items() if f'id="{walked[-1]}"' in body)
        assert f'href="../index.html#{group}"' in html.split('aria-current="page"')[0]  # the trail names its kind
        following = re.search(r'<a rel="next" href="([^"]+)"', html)
        page = following and following.group(1).removeprefix("../facts/")
    assert walked == order and 'rel="prev"' not in (seed_site / "facts" / f"{order[0]}.html").read_text(encoding="utf-8")
    assert "Fact " not in re.search(r'<nav class="pager".*?</nav>', html, re.S)[0]  # no "Fact N of M": a new fact would change every page


def test_the_matrix_shows_who_reports_a_figure_who_gives_another_and_who_says_nothing(tmp_path):
    sources = tmp_path / "in" / "sources"
    sources.mkdir(parents=True)
    for name, publisher, text in [("a", "Daily One", "500 people were evacuated from Kharkiv on Monday. The mayor, 52, spoke."),
                                  ("b", "Two Post", "500 people were evacuated from Kharkiv on Monday."),
                                  ("c", "Third Times", "700 people were evacuated from Kharkiv on Monday.")]:
        (sources / f"{name}.md").write_text(f"---\ntitle: {name}\npublisher: {publisher}\n---\nPolice said {text}\n")
    run_build(tmp_path / "in", tmp_path / "out")
    sheet = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    chart = sheet[sheet.index('<svg class="matrix"'):sheet.index("</svg>")]
    marks = re.findall(r'<circle class="(\w+)"[^>]*><title>([^<]*)</title>', chart)
    assert ("reports", "Two Post reports 500 people") in marks
    assert ("differs", "Third Times gives another figure: 700 people") in marks
    assert ("absent", "Two Post does not report it") in marks  # the mayor's age, in Daily One only
    assert chart.count('<text class="row"') == 3 and 'href="facts/count-500-people-kharkiv.html"' in chart


def test_figures_of_one_kind_and_unit_are_drawn_on_one_scale_after_conversion(tmp_path):
    build_one_article(tmp_path, "floods.txt", "Floods\n\nThe river rose and 12,000 people were evacuated from "
                      "Dnipro. Another 450 people left Sumy. The flood covered 30 square miles, and 20 km2 of "
                      "farmland near Sumy.\n")
    sheet = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    charts = re.findall(r'<svg class="bars".*?</svg>', sheet, re.S)
    widths = [{value: int(width) for width, value in
               re.findall(r'<rect class="bar"[^>]* width="(\d+)"[^>]*><title>([^:<]*):', chart)} for chart in charts]
    assert {"12,000 people": 300, "450 people": 11} in widths  # 450 / 12,000 of the longest bar
    assert {"30 mi²": 300, "20 km²": 77} in widths  # 30 square miles are 77.7 km²


def test_dated_facts_are_drawn_on_a_timeline_and_listed_in_date_order(tmp_path):
    sources = tmp_path / "in" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.md").write_text("---\ntitle: Flood\npublished: 2024-03-02\n---\nMore than 2,500 people were "
                                  "evacuated from Riverton on 1 March. The storm of 12 February damaged 400 homes. "
                                  "In 2019, a smaller flood forced 300 people from their homes.\n")
    (sources / "b.md").write_text("---\ntitle: Cost\npublished: 2024-04-10\n---\nThree days later, 120 families "
                                  "were still in shelters. The council will spend £4 million by 2030.\n")
    run_build(tmp_path / "in", tmp_path / "out")
    sheet = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    chart = sheet[sheet.index('<svg class="timeline"'):]
    chart = chart[:chart.index("</svg>")]
    marks = re.findall(r'<circle class="event" cx="(\d+)"[^>]*><title>([^<]*)</title>', chart)
    assert [title.split(":")[0] for _, title in marks] == ["2019", "12 Feb 2024", "1 Mar 2024"]  # no relative, no bound
    assert [int(x) for x, _ in marks] == sorted(int(x) for x, _ in marks) and int(marks[0][0]) < int(marks[1][0])
    assert '<title id="timeline-svg-title">3 dated facts, from 2019 to 1 Mar 2024</title>' in chart
    assert re.findall(r'<time datetime="([^"]+)">', sheet) == ["2019", "2024-02-12", "2024-03-01"]
    assert 'href="facts/count-2500-people-riverton.html"' in chart


def test_no_timeline_without_two_dates(tmp_path):
    build_one_article(tmp_path, "a.txt", "Flood\n\nOn 1 March 2024, 2,500 people were evacuated. Three days "
                      "later 120 families were still in shelters.\n")
    assert 'class="timeline"' not in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("parallel_from", [1, 50])  # 1: every part made in a process of its own
def test_facts_files_made_after_the_site_on_big_sites_are_the_same(tmp_path, monkeypatch, parallel_from):
    monkeypatch.setattr("generator.parallel.PARALLEL_FROM", parallel_from)
    early_content, early_site = build_seeds(tmp_path / "early")
    monkeypatch.setattr("generator.build.FACTS_FILES_EARLY_UP_TO", 0)  # as if the seeds were a big corpus
    late_content, late_site = build_seeds(tmp_path / "late")
    assert snapshot(late_content) == snapshot(early_content) and snapshot(late_site) == snapshot(early_site)


def test_the_sheet_cites_a_widely_reported_fact_five_times_and_its_page_every_time(tmp_path):
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    for n in range(7):
        (sources / f"report-{n}.txt").write_text(
            f"Camp report {n}\n\nThe governor said nearly 1,400 people were housed in a camp in Belgorod.\n",
            encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    [fact] = merged_facts(tmp_path / "content")
    sheet = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    cited = re.search(rf'<li class="fact" id="{fact["id"]}">.*?<ul class="citations">(.*?)</ul>', sheet, re.S)[1]
    assert cited.count('href="sources/report-') == 5
    assert f'<a href="facts/{fact["id"]}.html">and 2 more citations on the fact&#39;s page</a>' in cited
    page = (tmp_path / "site" / "facts" / f"{fact['id']}.html").read_text(encoding="utf-8")
    assert all(f'href="../sources/report-{n}.html#' in page for n in range(7))


def test_the_sheet_opens_with_how_many_facts_and_sources_and_when_they_were_published(tmp_path):
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    for name, published in (("a", "2022-09-16"), ("b", "2022-09-12"), ("c", None)):
        front = f"---\ntitle: Report {name}\npublished: {published}\n---\n" if published else f"Report {name}\n\n"
        (sources / f"{name}.md").write_text(f"{front}The governor said nearly 1,400 people were housed in Belgorod.\n",
                                            encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    sheet = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert ('<p class="summary">1 fact from 3 sources published between 12 Sep 2022 and 16 Sep 2022 '
            "(1 without a date). Each links") in sheet
