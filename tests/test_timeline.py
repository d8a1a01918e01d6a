"""How a figure changed and who says what: a measure the sources give different figures for is
shown as a range with each figure's sources, and, where the sources are dated, through time."""

import html
import json
import re
import shutil

from builds import run_build, snapshot
from generator.extract import extract_facts
from generator.merge import merge_facts
from generator.read import parse_source

# A toll rising over three days, from four publishers: two give 127 on the first day.
TOLL = {
    "a-first.md": ("Agence One", "2015-11-14", "Paris attacks: gunmen kill 127",
                   "At least 127 people were killed in the attacks in Paris on Friday night, officials said."),
    "b-second.md": ("Daily Two", "2015-11-15", "Paris death toll rises",
                    "The death toll from the Paris attacks rose to 129 people killed, prosecutors said on Saturday."),
    "c-third.md": ("Three News", "2015-11-16", "France mourns 132 dead",
                   "In all 132 people were killed in the Paris attacks, the government said on Monday."),
    "d-fourth.md": ("Four Post", "2015-11-14", "Night of terror in Paris",
                    "Some 127 people were killed in the Paris attacks on Friday, police said."),
}


def article(publisher, published, title, text):
    dated = f"published: {published}\n" if published else ""
    return f'---\ntitle: "{title}"\npublisher: {publisher}\n{dated}---\n{text}\n'


def toll_sources(dated=True):
    return [parse_source(article(publisher, published if dated else None, title, text), name)
            for name, (publisher, published, title, text) in sorted(TOLL.items())]


def merged_toll(dated=True):
    sources = toll_sources(dated)
    return merge_facts(sources, {s.id: extract_facts(s) for s in sources})


def killed(merged):
    return [m for m in merged if m.kind == "count" and m.unit == "people"]


def test_each_figure_of_a_dispute_is_given_with_its_sources_across_facts_in_conflict():
    for fact in killed(merged_toll()):
        assert [(side.figure, side.sources) for side in fact.sides] == [
            ("127 people", ("a-first", "d-fourth")), ("129 people", ("b-second",)), ("132 people", ("c-third",))]
        assert fact.event == "killed"


def test_the_reports_are_ordered_by_their_sources_publication_day():
    for fact in killed(merged_toll()):
        assert [(d.published, d.source, d.figure) for d in fact.history] == [
            ("2015-11-14", "a-first", "127 people"), ("2015-11-14", "d-fourth", "127 people"),
            ("2015-11-15", "b-second", "129 people"), ("2015-11-16", "c-third", "132 people")]
        assert {c.source: c.published for c in fact.citations}.items() <= {
            name.removesuffix(".md"): published for name, (_, published, _, _) in TOLL.items()}.items()


def test_undated_sources_give_sides_but_no_history():
    for fact in killed(merged_toll(dated=False)):
        assert len(fact.sides) == 3 and fact.history == ()
        assert all(c.published is None for c in fact.citations)


def test_one_figure_rounded_or_agreed_is_no_side_and_one_days_reports_no_history():
    def merged(*texts, day="2020-05-01"):
        sources = [parse_source(article(f"P{i}", day, f"Article {i}", text), f"s{i}.md") for i, text in enumerate(texts)]
        return merge_facts(sources, {s.id: extract_facts(s) for s in sources})
    [agreed] = merged("The phone weighs 5.1 oz, the maker said.", "The phone weighs 5.11 oz, the maker said.")
    assert agreed.sides == () and agreed.history == ()
    same_day = [m for m in merged("At least 127 people were killed in the attacks in Paris, officials said.",
                                  "At least 129 people were killed in the attacks in Paris, officials said.")
                if m.sides]
    assert same_day and all(m.history == () for m in same_day)


def toll_site(tmp_path, dated=True):
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    for name, (publisher, published, title, text) in TOLL.items():
        (sources / name).write_text(article(publisher, published if dated else None, title, text), encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    return tmp_path / "site"


def text_of(page):
    """A page's visible text, tags dropped and spaces collapsed."""
    body = re.sub(r"<(script|svg)\b.*?</\1>", " ", page.read_text(encoding="utf-8"), flags=re.S)
    return readable(body)


def readable(markup):
    """Markup as a reader reads it: tags dropped, spaces collapsed, none before punctuation."""
    return re.sub(r" ([,.;:)])", r"\1", " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split()))


def sheet_line(site, fact_id):
    index = (site / "index.html").read_text(encoding="utf-8")
    line = re.search(rf'<li class="fact[^"]*" id="{re.escape(fact_id)}">(.*?)<ul class="citations">', index, re.S)[1]
    return readable(line)


def test_the_sheet_leads_with_the_latest_figure_and_its_range_and_the_page_shows_it_through_time(tmp_path):
    site = toll_site(tmp_path)
    facts = {f["id"]: f for f in json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]}
    lead = next(f for f in facts.values() if f["value"] == 127)
    line = sheet_line(site, lead["id"])
    # a toll that only rose, day by day, is a figure revised, not sources contradicting one another
    assert line.startswith("132 people killed in the Paris attacks on Friday; the figure rose")  # as most put it
    assert "Latest figure, 16 Nov 2015 (Three News); first reported as 127 people on 14 Nov 2015" in line
    assert "the sources give 127 to 132 people" in line
    assert "127 people: Agence One, Four Post 129 people: Daily Two 132 people: Three News" in line
    # The fact giving 132 alone is said to be one side of the dispute above, not a fact of its own.
    other = next(f for f in facts.values() if f["value"] == 132)
    assert sheet_line(site, other["id"]).startswith(
        "132 people One of the figures the sources give for 127 to 132 people killed in the Paris attacks")
    page = text_of(site / lead["page"])
    assert ("The figure rose as the story went on: first reported as 127 people on 14 Nov 2015; the latest is 132 "
            "people, from Three News on 16 Nov 2015. No two sources differ on the same day.") in page
    assert "The sources differ" not in page and "Who gives which figure" in page
    assert ("14 Nov 2015 127 people Agence One, Four Post first reported "
            "15 Nov 2015 129 people Daily Two revised from 127 people "
            "16 Nov 2015 132 people Three News revised from 129 people; latest") in page
    assert [d["figure"] for d in lead["history"]] == ["127 people", "127 people", "129 people", "132 people"]
    assert [s["sources"] for s in lead["sides"]] == [["a-first", "d-fourth"], ["b-second"], ["c-third"]]
    first = snapshot(site)
    run_build(tmp_path / "content", tmp_path / "site")
    assert snapshot(site) == first


def test_another_figure_of_a_dispute_counts_its_sources_and_leads_to_the_figure_most_give(tmp_path):
    """Who gives which figure and how it changed, in full once: on the page of the figure most
    sources give; the page of a figure one source gives says how many give each, and where to look."""
    site = toll_site(tmp_path)
    facts = json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
    lead = next(f for f in facts if f["value"] == 127)
    other = text_of(site / next(f for f in facts if f["value"] == 132)["page"])
    assert "The figure rose as the story went on: first reported as 127 people on 14 Nov 2015; the latest is 132" in other
    assert "Who gives which figure and how it changed: on the page of 127 people, the figure most sources give." in other
    assert "127 people: 2 sources (another fact's page) 129 people: 1 source (another fact's page) 132 people: 1 source" in other
    assert "How the figure changed" not in other and "Agence One" not in other.split("What each source says")[0]
    # ... and leads with its own figure and words, as the sheet's line of it does: its page is that figure's
    raw = (site / next(f for f in facts if f["value"] == 132)["page"]).read_text(encoding="utf-8")
    assert '<p class="value big">132 people</p>' in raw and "<title>In all 132 people were killed in the Paris attacks" in raw
    assert f'href="../{lead["page"]}"' in (site / next(f for f in facts if f["value"] == 132)["page"]).read_text()
    assert "How the figure changed" in text_of(site / lead["page"])
    # The download holds who gives which figure and the dated history once too, and says where.
    entry = next(f for f in facts if f["value"] == 132)
    assert entry["history"] == [] and entry["sides"] == [] and entry["dispute_on"] == lead["id"]
    assert len(lead["history"]) == 4 and len(lead["sides"]) == 3 and lead["dispute_on"] is None


def test_an_undated_dispute_is_headed_by_its_range_never_by_one_figure(tmp_path):
    site = toll_site(tmp_path, dated=False)
    facts = json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
    lead = next(f for f in facts if f["value"] == 127)
    line = sheet_line(site, lead["id"])
    assert line.startswith("127 to 132 people killed in the Paris attacks on Friday; the sources differ")
    assert "Latest" not in line and lead["history"] == []
    page = text_of(site / lead["page"])
    assert "127 to 132 people killed in the Paris attacks on Friday" in page
    assert "How the figure changed" not in page and "127–129" not in page
    assert "127 people: Agence One, Four Post 129 people: Daily Two 132 people: Three News (another fact's page)" in page


STANDING = {  # a toll given again the day after, revised, given again after a revision, then the last day's
    "a.md": ("Agence One", "2015-11-14", "127 killed", "At least 127 people were killed in the attacks in Paris, officials said."),
    "b.md": ("Daily Two", "2015-11-15", "Still 127", "The attacks in Paris killed 127 people, officials said on Sunday."),
    "c.md": ("Three News", "2015-11-16", "Toll rises", "The toll of the attacks in Paris rose to 129 people killed, prosecutors said."),
    "d.md": ("Four Post", "2015-11-17", "127 dead", "Some 127 people were killed in the attacks in Paris, police said."),
    "e.md": ("Five Wire", "2015-11-18", "132 dead", "In all 132 people were killed in the attacks in Paris, the government said."),
    "f.md": ("Six Times", "2015-11-18", "132 dead", "The attacks in Paris killed 132 people, the government said on Wednesday."),
}


def test_the_history_lists_what_changed_not_every_report_of_a_figure_that_stands(tmp_path):
    """A figure the day before gave too only stands: left out of "How the figure changed" and
    counted; the first day, a revision, a figure given again after another and the last day stay."""
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    for name, (publisher, published, title, text) in STANDING.items():
        (sources / name).write_text(article(publisher, published, title, text), encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    facts = json.loads((tmp_path / "site" / "facts.json").read_text(encoding="utf-8"))["facts"]
    lead = next(f for f in facts if f["value"] == 127)
    assert len(lead["history"]) == 6  # the download keeps every dated report
    page = text_of(tmp_path / "site" / lead["page"])
    history = page.split("How the figure changed")[1].split("Where the sources differ")[0]
    # each row as its sources say it, qualifier and all ("At least 127", "Some 127")
    assert ("14 Nov 2015 at least 127 people Agence One first reported "
            "16 Nov 2015 129 people Three News revised from 127 people "
            "17 Nov 2015 some 127 people Four Post as reported before "
            "18 Nov 2015 132 people Five Wire, Six Times revised from some 127 people; latest") in history
    assert "Daily Two" not in history
    assert "Not listed: 1 report of a figure also given the day before; who gives which figure is listed below." in history


def test_a_figure_is_told_as_rising_only_where_no_two_sources_differ_on_a_day():
    from generator.render import rose_over_time
    assert all(rose_over_time(fact) for fact in killed(merged_toll()))
    undated = killed(merged_toll(dated=False))
    assert undated and not any(rose_over_time(fact) for fact in undated)  # when each was said is unknown
    same_day = dict(TOLL, **{"d-fourth.md": ("Four Post", "2015-11-14", "Night of terror in Paris",
                                             "Some 129 people were killed in the Paris attacks on Friday, police said.")})
    sources = [parse_source(article(*entry), name) for name, entry in sorted(same_day.items())]
    facts = killed(merge_facts(sources, {s.id: extract_facts(s) for s in sources}))
    assert facts and not any(rose_over_time(fact) for fact in facts)  # 127 and 129 on the first day: they differ


def test_a_figure_through_time_keeps_the_qualifier_its_sources_give_it(tmp_path):
    """"At least 12 killed" then 17: the first report said at least, and the page says so; a
    day whose sources qualify the figure differently ("At least 127", "Some 127") shows it bare."""
    site = toll_site(tmp_path)
    facts = json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
    lead = next(f for f in facts if f["value"] == 127)
    assert [d["said"] for d in lead["history"]] == ["at least 127 people", "some 127 people", "129 people",
                                                    "132 people"]
    page = text_of(site / lead["page"])
    assert "first reported as 127 people on 14 Nov 2015" in page  # two sources, two qualifiers
    sources = tmp_path / "alone" / "sources"
    sources.mkdir(parents=True)
    for name in ("a-first.md", "b-second.md", "c-third.md"):
        (sources / name).write_text(article(*TOLL[name]), encoding="utf-8")
    run_build(tmp_path / "alone", tmp_path / "alone-site")
    facts = json.loads((tmp_path / "alone-site" / "facts.json").read_text(encoding="utf-8"))["facts"]
    page = text_of(tmp_path / "alone-site" / next(f for f in facts if f["value"] == 127)["page"])
    assert "first reported as at least 127 people on 14 Nov 2015" in page
    assert "at least 127 people: Agence One" in page  # who gives which figure, as they give it


def test_a_side_many_sources_give_is_told_by_publisher_and_every_source_is_cited(tmp_path):
    """A figure hundreds of articles give is not a list of hundreds of links beside its rivals:
    the side counts them by publisher, most first; the citations below name each one."""
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    publishers = ["Agence One"] * 7 + ["Daily Two"] * 5 + ["Three News"] * 2
    for n, publisher in enumerate(publishers):
        (sources / f"r{n:02}.md").write_text(article(
            publisher, None, f"Report {n}", "Officials said 127 people were killed in the attacks in Paris on Friday."),
            encoding="utf-8")
    (sources / "z.md").write_text(article(
        "Four Post", None, "Other count", "Officials said 132 people were killed in the attacks in Paris on Friday."),
        encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    facts = json.loads((tmp_path / "site" / "facts.json").read_text(encoding="utf-8"))["facts"]
    lead = next(f for f in facts if f["value"] == 127)
    raw = (tmp_path / "site" / lead["page"]).read_text(encoding="utf-8")
    page = readable(raw)
    assert ("127 people: 14 sources ( each cited below): 7 from Agence One, 5 from Daily Two and 2 from Three News "
            "132 people: Four Post") in page  # ( each: a tag's place is a space in readable()
    assert '<a href="#citations">each cited below</a>' in raw and '<section class="citations" id="citations">' in raw
    citations = raw.split('id="citations"')[1]
    assert all(f"../sources/r{n:02}.html#" in citations for n in range(len(publishers)))
    assert "../sources/r00.html" not in raw.split('id="citations"')[0].split("Where the sources differ")[1]


def test_a_figure_reported_for_months_shows_its_first_and_latest_rows_and_counts_those_between(tmp_path, monkeypatch):
    """Past three times HISTORY_ROWS_AT_EACH_END rows, "How the figure changed" keeps as many
    first rows and latest and says how many are left out between which days; the download
    keeps every report. Fewer rows are all shown."""
    monkeypatch.setattr("generator.render.HISTORY_ROWS_AT_EACH_END", 2)
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    figures = [127, 129, 127, 131, 127, 133, 127, 135]  # a figure going back and forth, day by day
    for day, figure in enumerate(figures, start=10):
        (sources / f"d{day}.md").write_text(article(
            f"Paper {day}", f"2015-11-{day}", f"Day {day}",
            f"Officials said {figure} people were killed in the attacks in Paris."), encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    facts = json.loads((tmp_path / "site" / "facts.json").read_text(encoding="utf-8"))["facts"]
    lead = next(f for f in facts if f["history"])
    assert len(lead["history"]) == len(figures)
    history = text_of(tmp_path / "site" / lead["page"]).split("How the figure changed")[1].split("Where the sources")[0]
    assert "10 Nov 2015 127 people Paper 10 first reported 11 Nov 2015 129 people Paper 11 revised from 127 people" in history
    assert ("4 more rows, 12 Nov 2015 to 15 Nov 2015: the fact sheet's downloads list every dated report "
            "16 Nov 2015 127 people Paper 16 as reported before 17 Nov 2015 135 people Paper 17 revised from 127 people; latest"
            ) in history
    assert "Paper 13" not in history
    monkeypatch.setattr("generator.render.HISTORY_ROWS_AT_EACH_END", 3)  # 8 rows: 2 between would be left out
    shutil.copytree(sources, tmp_path / "again" / "sources")
    run_build(tmp_path / "again", tmp_path / "site-again")
    history = text_of(tmp_path / "site-again" / lead["page"]).split("How the figure changed")[1].split("Where the sources")[0]
    assert "more row" not in history and "Paper 13" in history
