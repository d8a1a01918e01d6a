"""Publishing: GitHub Pages files, data downloads, metadata; every link relative."""

import csv
import gzip
import io
import json
import re
import shutil
from pathlib import Path

import yaml

from builds import SEEDS, build_seeds, run_build, snapshot
from click.testing import CliRunner
import generator.new
import generator.publish
from generator.cli import main
from generator.render import APPEARANCES_LISTED
from sitecheck import broken_links, scan

WORKFLOW = Path(__file__).parent.parent / ".github" / "workflows" / "pages.yml"
SOURCE = """---
title: Floods in Riverton
publisher: Riverton Post
published: 2024-03-02
url: https://example.org/floods
---
More than 2,500 people were evacuated from Riverton overnight.
"""


def build_with_url(tmp_path, site_url="https://user.github.io/repo/"):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    (tmp_path / "content" / "sources" / "floods.md").write_text(SOURCE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "content"), "--out",
                                       str(tmp_path / "site"), "--site-url", site_url])
    assert result.exit_code == 0, result.output
    return tmp_path / "content", tmp_path / "site"


def test_hosts_find_their_files_and_links_stay_relative(tmp_path):
    _, site = build_with_url(tmp_path)
    for name in (".nojekyll", "404.html", "sitemap.xml", "robots.txt", "facts.json", "facts.csv", "citations.csv",
                 "sources.csv"):
        assert (site / name).is_file(), name
    for page in site.rglob("*.html"):
        parsed = scan(page)
        for link in parsed.links:
            external = link.startswith(("http://", "https://"))
            assert not link.startswith(("/", "//")), (page, link)
            assert not external or link == "https://example.org/floods" or (
                page.name == "404.html" and link.startswith("https://user.github.io/repo/")) or (
                link.startswith("https://user.github.io/repo/") and "canonical" in page.read_text()), (page, link)
    assert broken_links(site) == []
    locs = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    assert "https://user.github.io/repo/index.html" in locs and all(loc.startswith("https://user.github.io/repo/")
                                                                    for loc in locs)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://user.github.io/repo/index.html">' in index
    assert '<meta property="og:url" content="https://user.github.io/repo/index.html">' in index
    assert "Sitemap: https://user.github.io/repo/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert 'href="https://user.github.io/repo/assets/style.css"' in not_found  # any depth finds its style


def test_without_a_site_url_nothing_is_absolute(tmp_path):
    _, site = build_seeds(tmp_path)
    for page in site.rglob("*.html"):
        for link in scan(page).links:
            assert not link.startswith(("/", "//", "http://", "https://")), (page, link)
    assert "canonical" not in (site / "index.html").read_text(encoding="utf-8")
    # A sitemap's addresses must be absolute: without site_url there is none, nor a line naming it.
    assert not (site / "sitemap.xml").exists()
    assert (site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
    assert "sitemap" not in (site / "sw.js").read_text(encoding="utf-8")


def test_the_workflow_builds_with_the_readme_commands_and_deploys_with_the_official_actions():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    used = {step["uses"].split("@")[0] for step in steps if "uses" in step}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= used
    run = "\n".join(step.get("run", "") for step in steps)
    readme_setup = re.search(r"```sh\n(.+?) && \.venv/bin/factsheet build\n", (WORKFLOW.parents[2] / "README.md")
                             .read_text(encoding="utf-8"))[1]
    assert readme_setup in run and ".venv/bin/factsheet build" in run
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["include-hidden-files"] is True  # .nojekyll


def action_versions(path):
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    return dict(step["uses"].split("@") for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step)


# The current major versions, which run on Node 24 (the Node 20 ones are being removed).
CURRENT_ACTIONS = {"actions/checkout": "v7", "actions/setup-python": "v7", "actions/setup-node": "v7",
                   "actions/configure-pages": "v6", "actions/upload-pages-artifact": "v5", "actions/deploy-pages": "v5"}


def test_this_repositorys_and_new_projects_workflows_use_the_same_current_actions():
    ours = action_versions(WORKFLOW)
    theirs = action_versions(Path(generator.new.FILES, "pages.yml"))
    assert ours == CURRENT_ACTIONS
    assert theirs == {action: version for action, version in CURRENT_ACTIONS.items() if action != "actions/setup-node"}


def test_downloads_hold_every_fact_not_rejected_with_each_citation(tmp_path):
    content, site = build_seeds(tmp_path)
    path = next((content / "facts").glob("000_*.yaml"))
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["facts"][0]["status"] = "rejected"
    rejected = document["facts"][0]["id"]
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    run_build(content, site)
    published = {f["id"] for p in (content / "facts").glob("[!_]*.yaml")
                 for f in yaml.safe_load(p.read_text(encoding="utf-8"))["facts"]
                 if f["status"] != "rejected" and not f.get("restates")}  # a restatement travels with its fact
    data = json.loads((site / "facts.json").read_text(encoding="utf-8"))
    assert {c["source_fact"] for fact in data["facts"] for c in fact["citations"]} == published
    assert rejected not in published
    table = lambda name: list(csv.DictReader(io.StringIO((site / name).read_text(encoding="utf-8"))))
    citations, facts, sources = table("citations.csv"), table("facts.csv"), table("sources.csv")
    assert {row["source_fact"] for row in citations} == published and len(citations) == len(published)
    camp = next(f for f in data["facts"] if f["id"] == "count-1400-people-belgorod")
    assert camp["shown"] == "nearly 1,400 people" and camp["key"] is True and len(camp["citations"]) == 2
    # The tables join: each citation's fact and source has its row, each written once.
    assert [row["fact"] for row in facts] == [fact["id"] for fact in data["facts"]]
    assert {row["fact"] for row in citations} == {row["fact"] for row in facts}
    assert sorted(row["source"] for row in sources) == sorted({row["source"] for row in citations})
    assert {s["id"]: s["title"] for s in data["sources"]} == {row["source"]: row["title"] for row in sources}
    index = (site / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}"' in index for name in ("facts.json", "facts.csv", "citations.csv", "sources.csv"))


def test_a_large_sites_downloads_are_gzipped_with_the_same_content(tmp_path, monkeypatch):
    content, plain = build_seeds(tmp_path)
    monkeypatch.setattr(generator.publish, "GZIP_DOWNLOADS_FROM_CITATIONS", 1)  # the seeds as a large site
    run_build(content, tmp_path / "gzipped")
    gzipped = tmp_path / "gzipped"
    index = (gzipped / "index.html").read_text(encoding="utf-8")
    for name in ("facts.json", "facts.csv", "citations.csv", "sources.csv"):
        data = (gzipped / f"{name}.gz").read_bytes()
        assert gzip.decompress(data) == (plain / name).read_bytes()
        assert data[4:8] == bytes(4), "a time in the gzip header would make every build's bytes differ"
        assert not (gzipped / name).exists() and f'href="{name}.gz"' in index
    assert broken_links(gzipped) == []
    before = snapshot(gzipped)
    shutil.rmtree(content.parent / "content" / ".factsheet-cache", ignore_errors=True)
    run_build(content, gzipped)
    assert snapshot(gzipped) == before


def test_fact_pages_carry_a_claim_in_json_ld_naming_each_source(tmp_path):
    _, site = build_with_url(tmp_path)
    page = (site / "facts" / "count-2500-people-riverton.html").read_text(encoding="utf-8")
    claim = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1])
    assert claim["@type"] == "Claim" and claim["name"] == "More than 2,500 people evacuated from Riverton overnight"
    [work] = claim["appearance"]
    assert work == {"@type": "CreativeWork", "name": "Floods in Riverton",
                    "publisher": {"@type": "Organization", "name": "Riverton Post"},
                    "datePublished": "2024-03-02", "url": "https://example.org/floods"}
    seeds = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                 (site / "facts" / "count-1400-people-belgorod.html").read_text(encoding="utf-8"),
                                 re.S)[1])
    assert len(seeds["appearance"]) == 2


def test_the_service_worker_keeps_a_small_sites_every_file_under_a_version_of_its_content(tmp_path):
    content, site = build_seeds(tmp_path)
    worker = (site / "sw.js").read_text(encoding="utf-8")
    files = set(json.loads(re.search(r"const KEEP = (\[.*?\]);", worker, re.S)[1]))
    on_disk = {"./" + p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != "sw.js"}
    assert files == on_disk | {"./"}
    version = re.search(r'const VERSION = "([^"]+)"', worker)[1]
    (content / "sources" / "extra.txt").write_text("Extra\n\nOfficials counted 45 buses.\n", encoding="utf-8")
    run_build(content, site)
    assert re.search(r'const VERSION = "([^"]+)"', (site / "sw.js").read_text(encoding="utf-8"))[1] != version
    assert 'src="assets/offline.js" data-worker="sw.js"' in (site / "index.html").read_text(encoding="utf-8")


WIRE = "The storm cut power to 41,000 homes across Riverton county on Sunday, the utility said."


def test_a_sentence_printed_word_for_word_by_several_sources_is_quoted_once_naming_each(tmp_path):
    """Syndicated copy (one agency's sentence in several papers) is one original: the fact page
    quotes it once, says how many print it, and still links each source's own sentence."""
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    papers = {"a-gazette.md": ("Riverton Gazette", WIRE), "b-courier.md": ("County Courier", WIRE),
              "c-herald.md": ("Valley Herald", "Some 41,000 homes in Riverton county lost power on Sunday.")}
    for name, (publisher, text) in papers.items():
        (sources / name).write_text(f"---\ntitle: Storm\npublisher: {publisher}\n---\n{text}\n", encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    [page] = [p for p in (tmp_path / "site" / "facts").glob("*41000*.html")]
    text = page.read_text(encoding="utf-8")
    figures = re.findall(r'<figure class="citation">(.*?)</figure>', text, re.S)
    assert len(figures) == 2
    wire = next(f for f in figures if "Riverton county on Sunday, the utility said" in f)
    assert "Word for word in 2 sources: " in wire and "Riverton Gazette" in wire and "County Courier" in wire
    assert {'href="../sources/a-gazette.html#', 'href="../sources/b-courier.html#'} <= set(
        re.findall(r'href="\.\./sources/[\w-]+\.html#', wire))
    other = next(f for f in figures if f is not wire)
    assert "Valley Herald" in other and "Word for word" not in other
    # The page's metadata still names every source the claim appears in.
    claim = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)[1])
    assert sorted(work["publisher"]["name"] for work in claim["appearance"]) == [
        "County Courier", "Riverton Gazette", "Valley Herald"]


def test_a_claim_cited_by_many_names_the_first_few_and_its_earliest_appearance(tmp_path):
    """A story's main figure is in hundreds of articles: the page quotes them all, its metadata
    names the first APPEARANCES_LISTED and the earliest dated one."""
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    for n in range(APPEARANCES_LISTED + 3):
        day = 28 - n if n != APPEARANCES_LISTED + 2 else 1  # the last article, not listed, is the earliest
        (sources / f"s{n:02d}.md").write_text(
            f"---\ntitle: Storm report {n}\npublisher: Paper {n}\npublished: 2024-03-{day:02d}\n---\n"
            f"The storm cut power to 41,000 homes across Riverton county, report {n} says.\n", encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    [page] = [p for p in (tmp_path / "site" / "facts").glob("*41000*.html")]
    text = page.read_text(encoding="utf-8")
    claim = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)[1])
    assert [work["name"] for work in claim["appearance"]] == [f"Storm report {n}" for n in range(APPEARANCES_LISTED)]
    assert claim["firstAppearance"]["name"] == f"Storm report {APPEARANCES_LISTED + 2}"
    assert claim["firstAppearance"]["datePublished"] == "2024-03-01"
    assert all(f"Storm report {n}</a>" in text for n in range(APPEARANCES_LISTED + 3))  # the page cites all
