"""What every page carries besides its content: the search box's example, the favicon, titles."""

import functools
import html
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from builds import build_one_article, build_seeds
from conftest import NEEDS_CHROMIUM, SEEDS
from sitecheck import broken_links
from dataclasses import replace
from generator.build import build
from generator.model import MergedFact, Source
from generator.present import by_publisher, fact_title, figure_in_label, line_label, titles_apart, with_gap
from generator.render import SourceLinks, cited_titles, measure_label

FLOODS = ("Floods hit Riverton\n\nMore than 2,500 people were evacuated from the town of Riverton overnight, "
          "Mayor Jane Holt said.\n\nThe river rose by 3 metres in six hours.\n")


def placeholders(site):
    """{page: the search box's placeholder} of every page of a built site."""
    return {page.relative_to(site).as_posix(): re.search(r'<input id="q"[^>]* placeholder="([^"]*)"',
                                                         page.read_text(encoding="utf-8"))[1]
            for page in site.rglob("*.html")}


def test_the_search_box_suggests_the_sites_own_top_figure_and_place(tmp_path):
    _, seeds = build_seeds(tmp_path / "seeds")
    assert set(placeholders(seeds).values()) == {"1,400 or Belgorod"}
    build_one_article(tmp_path / "floods", "floods.txt", FLOODS)
    assert set(placeholders(tmp_path / "floods" / "out").values()) == {"2,500 or Riverton"}


def test_the_search_box_suggests_a_big_figure_as_a_reader_types_it(tmp_path):
    build_one_article(tmp_path / "aid", "aid.txt", "Aid\n\nLenders agreed to release €130 billion to Greece on Monday.\n")
    assert set(placeholders(tmp_path / "aid" / "out").values()) == {"130 billion or Greece"}


def test_the_search_box_suggests_a_race_time_as_it_is_written(tmp_path):
    build_one_article(tmp_path / "race", "race.txt", "Race\n\nThe Kenyan won the marathon in 2:03:36 in Berlin.\n")
    assert set(placeholders(tmp_path / "race" / "out").values()) == {"2:03:36 or Berlin"}


@pytest.mark.parametrize("sentence, shown", [("They lived in a 12-story high-rise.", "12-story"),
                                             ("There are 300 seats in parliament.", "300 seats")])
def test_a_count_hyphened_to_its_noun_is_shown_as_written(sentence, shown):
    from generator.extract import extract_facts
    from generator.present import format_value
    from generator.read import parse_source
    [fact] = extract_facts(parse_source(f"Title\n\n{sentence}", "t.txt"))
    assert format_value(fact) == shown


@pytest.mark.parametrize("sentence, shown", [
    ("Shoppers made some 20 billion card payments last year.", "some 20 billion card payments"),
    ("The census counted 2,400,000 people in the region.", "2.4 million people"),
    ("The census counted 2,412,506 people in the region.", "2,412,506 people"),  # not round: every digit
])
def test_a_round_count_of_millions_or_more_is_shown_with_its_scale(sentence, shown):
    from generator.extract import extract_facts
    from generator.present import format_value
    from generator.read import parse_source
    [fact] = extract_facts(parse_source(f"Title\n\n{sentence}", "t.txt"))
    assert format_value(fact) == shown


@pytest.mark.parametrize("value, shown", [(1400, "1,400"), (3.25, "3.25"), (7.144, "7.144"), (1 / 3, "0.333"),
                                          (2.5e6, "2,500,000")])
def test_a_figure_is_shown_to_the_decimals_it_is_given_to_up_to_three(value, shown):
    from generator.present import format_number
    assert format_number(value) == shown


@pytest.mark.parametrize("value, shown", [(1.99e-30, "1.99 × 10⁻³⁰"), (0.0005, "5 × 10⁻⁴"), (6e24, "6 × 10²⁴"),
                                          (0.001, "0.001")])
def test_a_figure_too_small_or_large_for_decimals_is_shown_as_science_writes_it(value, shown):
    from generator.present import format_number
    assert format_number(value) == shown


@pytest.mark.parametrize("value, typed", [(1400, "1,400"), (130_000_000_000, "130 billion"),
                                          (2_010_000, "2.01 million"), (4.1e12, "4.1 trillion"),
                                          (1_234_567, "1,234,567"), (999_999, "999,999")])
def test_a_figure_is_typed_with_its_scale_where_it_is_a_round_number_of_millions_or_more(value, typed):
    from generator.present import typed_number
    assert typed_number(value) == typed


def test_without_a_figure_the_search_box_names_a_place_or_suggests_nothing_in_particular(tmp_path):
    build_one_article(tmp_path / "place", "visit.txt", "A visit\n\nThe minister visited the town of Riverton.\n")
    assert set(placeholders(tmp_path / "place" / "out").values()) == {"Riverton"}
    build_one_article(tmp_path / "none", "quiet.txt", "A quiet day\n\nNothing happened and nobody said so.\n")
    assert set(placeholders(tmp_path / "none" / "out").values()) == {"a figure, a place or a name"}


def test_every_page_links_the_favicon_the_site_holds(seed_site):
    pages = list(seed_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        links = re.findall(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)">', page.read_text(encoding="utf-8"))
        assert len(links) == 1, page
        assert (page.parent / links[0]).resolve() == (seed_site / "assets" / "favicon.svg").resolve(), page
    icon = (seed_site / "assets" / "favicon.svg").read_text(encoding="utf-8")
    assert icon.startswith("<svg") and "http://" not in icon.replace("http://www.w3.org/2000/svg", "")
    assert '"./assets/favicon.svg"' in (seed_site / "sw.js").read_text(encoding="utf-8")  # kept for offline


def test_the_single_file_carries_its_favicon_inline(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    build(tmp_path / "content", tmp_path / "site", single_file=tmp_path / "one.html")
    head = (tmp_path / "one.html").read_text(encoding="utf-8").split("</head>")[0]
    assert '<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,%3Csvg' in head


@pytest.mark.browser
@NEEDS_CHROMIUM
def test_no_page_visit_asks_for_a_file_the_site_lacks(browser, seed_site):
    """Over http, as a host serves the site at its root (where a browser looks for /favicon.ico),
    and from file://: every request a page makes finds its file."""
    asked = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            asked.append((self.path, args[1]))

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(seed_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    try:
        for path in ("index.html", "facts/duration-2-days.html", "search.html?q=1400"):
            for address in (f"http://127.0.0.1:{server.server_address[1]}/{path}", f"{seed_site.as_uri()}/{path}"):
                page.goto(address)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(300)  # the icon is asked for after the load
    finally:
        page.close()
        server.shutdown()
    assert ("/assets/favicon.svg", "200") in asked
    assert [request for request in asked if int(request[1]) >= 400] == [] and failed == []


def test_a_fact_pages_title_gives_its_figure_and_the_sites_title_once(seed_site):
    site_title = "Fact sheet"  # the seeds without their factsheet.yml
    titles = {page.name: html.unescape(re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"))[1])
              for page in (seed_site / "facts").glob("*.html")}
    assert titles["count-1400-people-belgorod.html"] == f"nearly 1,400 people housed in a makeshift camp in Belgorod · {site_title}"
    assert titles["age-44-years-alexander.html"] == f"Alexander, aged 44 · {site_title}"
    for name, title in titles.items():
        fact, _, rest = title.partition(" · ")
        assert rest == site_title, name
        figure = re.search(r"\d[\d,]*", name.replace("8000", "8,000").replace("1400", "1,400"))
        assert figure is None or fact.count(figure[0]) <= 1, title


def test_a_label_without_its_figure_gets_the_figure_in_front():
    fact = MergedFact(id="f", kind="count", value=6, value_max=None, unit="Ukrainians", qualifier=None,
                      label="half a dozen who recently fled", subject=None, places=(), citations=(), text="6")
    assert fact_title(fact) == "6 Ukrainians: half a dozen who recently fled"
    assert fact_title(replace(fact, label="6 who recently fled")) == "6 who recently fled"
    assert fact_title(replace(fact, label="fled in 1966")) == "6 Ukrainians: fled in 1966"


@pytest.mark.parametrize("label, text, measured", [
    ("At least 127 people killed in Paris", "127 people", "killed in Paris"),
    ("Labour won 258 seats", "258", "seats"),
    # a bracket is no words: the label with a gap where one source's figure stood
    ("Labour 33.7% (258)", "258", "Labour 33.7% (…)"),
    ("The road to the border was closed for 36 hours", "36 hours", "The road to the border was closed for … hours"),
    ("Officials in the port city said at least 82 refugees were housed", "at least 82 refugees",
     "Officials in the port city said … refugees were housed"),
    ("258", "258", "as one source words it: “258”"),  # nothing but the figure
])
def test_a_disputed_figure_says_what_it_measures_in_words(label, text, measured):
    value = int(text.split()[-2] if len(text.split()) > 2 else text.split()[0])
    fact = MergedFact(id="f", kind="count", value=value, value_max=None, unit="seats", qualifier=None,
                      label=label, subject=None, places=(), citations=(), text=text)
    assert measure_label(fact) == measured
    if measured != "killed in Paris":  # whose figure it is says more than one source's words
        assert measure_label(replace(fact, subject="Labour")) == ("seats" if label == "Labour won 258 seats" else "Labour")


@pytest.mark.parametrize("label, text, subject, shown", [
    ("Labour 33.7% (258)", "258", "Labour", "Labour"),  # a table's seats after a share: whose they are
    ("Labour won 33.7% of the vote (258 seats)", "258 seats", "Labour", "Labour"),
    ("Labour 33.7% (258)", "258", None, "Labour 33.7% (258)"),  # no owner known: the words as they are
    ("Labour won 258 seats", "258 seats", "Labour", "Labour won 258 seats"),  # no other figure
    ("Labour won 258 seats (up 40)", "258 seats", "Labour", "Labour won 258 seats (up 40)"),  # its own before the bracket
    ("In 2019, Labour won 258 seats", "258 seats", "Labour", "In 2019, Labour won 258 seats"),  # a year, no bracket
])
def test_a_figure_bracketed_after_another_is_shown_as_whose_it_is(label, text, subject, shown):
    fact = MergedFact(id="f", kind="count", value=258, value_max=None, unit="seats", qualifier=None,
                      label=label, subject=subject, places=(), citations=(), text=text)
    assert line_label(fact) == shown
    assert fact_title(fact) == (f"258 seats: {shown}" if shown == "Labour" else label)  # its figure once


@pytest.mark.parametrize("label, written, gapped", [
    ("36 hours of closure ended in 2022", "36 hours", "… hours of closure ended in 2022"),  # digits at the label's end
    ("It cost 1,360 or 36.5 or 36 units", "36 units", "It cost 1,360 or 36.5 or … units"),  # not inside other figures
    ("Closed for 36, then for 40", "36", "Closed for …, then for 40"),
    ("36", "36", None),  # nothing but the figure
])
def test_the_gap_stands_where_the_figure_alone_stood(label, written, gapped):
    assert with_gap(label, written) == gapped


def test_sources_one_list_would_name_alike_are_told_apart_by_title_publisher_or_file_name():
    sources = {"a": Source("a", "a.txt", "Coalition talks begin", meta={"publisher": "Al Jazeera"}),
               "b": Source("b", "b.txt", "Leader seeks a government", meta={"publisher": "Al Jazeera"}),
               "c": Source("c", "c.txt", "Results are in", meta={"publisher": "Reuters"}),
               "d": Source("d", "d.txt", "Results are in")}
    links = SourceLinks(sources, "../")
    assert [link["name"] for link in links.listed(["a", "c", "b", "d"])] == [
        "Al Jazeera: Coalition talks begin", "Reuters", "Al Jazeera: Leader seeks a government", "Results are in"]
    assert [link["name"] for link in links.listed(["a", "c"])] == ["Al Jazeera", "Reuters"]  # once each: the publisher
    assert links.listed(["a"])[0]["href"] == "../sources/a.html"
    sources["e"] = Source("e", "e.txt", "Results are in")  # a title twice, no publisher: the file names
    assert [link["name"] for link in SourceLinks(sources, "").listed(["d", "c", "e"])] == [
        "Results are in (d)", "Reuters", "Results are in (e)"]
    assert cited_titles([sources["d"], sources["e"], sources["c"], sources["d"]]) == {  # citations: a source twice
        "d": "Results are in (d)", "e": "Results are in (e)"}
    assert titles_apart([sources[i] for i in "acde"]) == [
        "Coalition talks begin", "Results are in (Reuters)", "Results are in (d)", "Results are in (e)"]


def test_a_source_pages_quotes_lead_to_their_sentence_on_the_same_page(tmp_path):
    build_one_article(tmp_path, "holt.md", "---\ntitle: Riverton floods\n---\n" + FLOODS +
                      "\n“We will rebuild every home that was lost,” said Mayor Jane Holt.\n")
    page = (tmp_path / "out" / "sources" / "holt.html").read_text(encoding="utf-8")
    quotes = re.search(r'<section class="quotes">(.*?)</section>', page, re.S)[1]
    [anchor] = re.findall(r'<a href="#(s-[\w-]+)">in the article</a>', quotes)
    assert re.search(rf'<(span|mark) id="{anchor}"[^>]*>“We will rebuild every home', page)


def test_a_quote_an_article_gives_twice_is_listed_once_leading_to_each_sentence(tmp_path):
    rebuild = "“We will rebuild every home that was lost,” said Mayor Jane Holt."
    build_one_article(tmp_path, "holt.md", f"---\ntitle: Riverton floods\n---\n{rebuild}\n\n{FLOODS}\n\n{rebuild}\n")
    page = (tmp_path / "out" / "sources" / "holt.html").read_text(encoding="utf-8")
    quotes = re.search(r'<section class="quotes">(.*?)</section>', page, re.S)[1]
    [item] = re.findall(r"<li>(.*?)</li>", quotes)
    first, again = re.findall(r'<a href="#(s-[\w-]+)">(?:in the article|again)</a>', item)
    assert re.sub(r"<[^>]+>", "", item) == "“We will rebuild every home that was lost” — Jane Holt · in the article, again"
    assert first != again and all(re.search(rf'id="{anchor}"', page) for anchor in (first, again))


def test_a_speakers_page_gives_words_several_articles_print_once_naming_each_article(tmp_path):
    rebuild = "“We will rebuild every home that was lost,” said Mayor Jane Holt."
    articles = {"post.md": ("Riverton Post", f"{rebuild}\n\nThe river rose by 3 metres.\n\n{rebuild}\n"),
                "herald.md": ("Valley Herald", f"Floods hit Riverton.\n\n{rebuild}\n\n"
                                               "“The water came in the night,” said Mayor Jane Holt.\n")}
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for name, (title, text) in articles.items():
        (tmp_path / "content" / "sources" / name).write_text(f"---\ntitle: {title}\n---\n{text}", encoding="utf-8")
    build(tmp_path / "content", tmp_path / "site")
    page = (tmp_path / "site" / "entities" / "person-jane-holt.html").read_text(encoding="utf-8")
    quotes = re.findall(r'<figure class="citation">\s*<blockquote[^>]*>“(.*?)”</blockquote>\s*<figcaption>(.*?)</figcaption>',
                        re.search(r'<section class="quotes">(.*?)</section>', page, re.S)[1], re.S)
    assert [(words, re.sub(r"<[^>]+>", "", caption)) for words, caption in quotes] == [
        ("We will rebuild every home that was lost", "Word for word in 2 sources: Valley Herald; Riverton Post"),
        ("The water came in the night", "Valley Herald")]


def test_a_kind_too_long_for_the_fact_sheet_shows_its_first_facts_and_links_to_a_page_of_all(tmp_path, monkeypatch):
    from generator import render
    monkeypatch.setattr(render, "SHEET_LINES_SHOWN", 2)
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for n, town in enumerate(["Riverton", "Lakeside", "Hillford", "Bayport"]):
        (tmp_path / "content" / "sources" / f"{town.lower()}.md").write_text(
            f"---\ntitle: {town} floods\n---\nMore than {1000 + n * 500} people were evacuated from {town}.\n"
            f"\n{'Three' if n else 'Four'} people died.\n", encoding="utf-8")
    build(tmp_path / "content", tmp_path / "site")
    site = tmp_path / "site"
    index = (site / "index.html").read_text(encoding="utf-8")
    counts = re.search(r'<section id="kind-count">(.*?)</section>', index, re.S)[1]
    assert len(re.findall(r'<li class="fact', counts)) == 2
    assert re.search(r'<a href="kinds/count.html">All \d+ facts</a>', counts)
    page = (site / "kinds" / "count.html").read_text(encoding="utf-8")
    listed = re.findall(r'<a class="value" href="\.\./(facts/[^"]+)">', page)
    assert len(listed) == int(re.search(r"All (\d+) facts", counts)[1]) and all((site / p).is_file() for p in listed)
    assert all(f'href="{p}"' in counts for p in listed[:2])  # the sheet shows the page's first ones
    fact_page = (site / listed[-1]).read_text(encoding="utf-8")
    fact_id = listed[-1].removeprefix("facts/").removesuffix(".html")
    assert f'<li><a href="../kinds/count.html#{fact_id}">' in fact_page.split('class="trail"')[1]  # to its line
    assert broken_links(site) == []


def test_a_long_kind_is_in_pages_that_hold_every_fact_once_in_the_sheets_order(tmp_path, monkeypatch):
    from generator import render
    monkeypatch.setattr(render, "SHEET_LINES_SHOWN", 1)
    monkeypatch.setattr(render, "KIND_PAGE_LINES", 2)
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for n, town in enumerate(["Riverton", "Lakeside", "Hillford", "Bayport", "Millbrook"]):
        (tmp_path / "content" / "sources" / f"{town.lower()}.md").write_text(
            f"---\ntitle: {town} floods\n---\nMore than {1000 + n * 500} people were evacuated from {town}.\n",
            encoding="utf-8")
    build(tmp_path / "content", tmp_path / "site")
    site = tmp_path / "site"
    total = int(re.search(r'<a href="kinds/count.html">All (\d+) facts</a>', (site / "index.html").read_text(encoding="utf-8"))[1])
    pages = ["count.html", *(f"count-{n}.html" for n in range(2, (total + 1) // 2 + 1))]
    assert total >= 3 and sorted(p.name for p in (site / "kinds").iterdir()) == sorted(pages)
    listed = []
    for number, name in enumerate(pages, 1):
        page = (site / "kinds" / name).read_text(encoding="utf-8")
        on_page = re.findall(r'<a class="value" href="\.\./(facts/[^"]+)">', page)
        assert 1 <= len(on_page) <= 2 and f'<span aria-current="page">{number}</span>' in page
        assert all(f'<a href="{other}">' in page for other in pages if other != name)
        for path in on_page:  # each fact's breadcrumb leads to its line on this page
            fact_id = path.removeprefix("facts/").removesuffix(".html")
            assert f'href="../kinds/{name}#{fact_id}"' in (site / path).read_text(encoding="utf-8")
        listed += on_page
    assert len(listed) == len(set(listed)) == total
    assert broken_links(site) == []


def test_a_template_edited_between_builds_of_one_process_is_read_again(tmp_path):
    # factsheet serve builds again and again in one process, keeping compiled templates
    from generator.render import make_environment
    (tmp_path / "note.html").write_text("first {{ 1 + 1 }}", encoding="utf-8")
    assert make_environment(tmp_path).get_template("note.html").render() == "first 2"
    (tmp_path / "note.html").write_text("second {{ 2 + 2 }}", encoding="utf-8")
    assert make_environment(tmp_path).get_template("note.html").render() == "second 4"


@pytest.mark.parametrize("written, shown", [("uk", "Ukrainian (uk)"), ("de-CH", "German (de-CH)"), ("xx", "xx")])
def test_a_source_page_names_its_language(tmp_path, written, shown):
    build_one_article(tmp_path, "a.md", f"---\ntitle: Report\nlanguage: {written}\n---\n\nSome 40 people left.\n")
    page = (tmp_path / "out" / "sources" / "a.html").read_text(encoding="utf-8")
    assert f"<dt>Language</dt><dd>{shown}</dd>" in page


def test_a_list_by_publisher_counts_the_most_giving_first_and_the_rest_together():
    def source(name, publisher):
        return Source(id=name, path=f"{name}.md", title=f"Title of {name}",
                      meta={"publisher": publisher} if publisher else {})
    named = [source(f"a{n}", f"Publisher {n % 10}") for n in range(25)] + [source("x", None)]
    told = by_publisher(named)
    assert told.startswith("3 from Publisher 0, 3 from Publisher 1, 3 from Publisher 2, 3 from Publisher 3, "
                           "3 from Publisher 4, 2 from Publisher 5, 2 from Publisher 6, 2 from Publisher 7")
    assert told.endswith(" and 5 from 3 other publishers")  # Publisher 8, Publisher 9 and the title alone
    assert by_publisher(named[:1]) == "1 from Publisher 0"
    assert by_publisher([source("x", None)]) == "1 from Title of x"


def test_a_list_links_the_figure_inside_a_label_that_writes_it_never_saying_it_twice():
    assert figure_in_label("at least 70 children", "At least 70 children relocated") == {
        "before": "", "figure": "At least 70 children", "after": " relocated"}
    assert figure_in_label("$15.3 million", "The council set aside $15.3 million for repairs") == {
        "before": "The council set aside ", "figure": "$15.3 million", "after": " for repairs"}
    # a label without its figure, or with it inside a longer figure, follows it
    assert figure_in_label("46 years", "man, aged 46") == {"before": "", "figure": "46 years", "after": ": man, aged 46"}
    assert figure_in_label("10 buses", "110 buses moved") == {"before": "", "figure": "10 buses", "after": ": 110 buses moved"}


def test_a_sources_list_of_facts_says_each_figure_once_and_counts_its_sources(tmp_path):
    build_one_article(tmp_path, "floods.md",
                      "---\ntitle: Floods\n---\nMore than 580,000 people left their homes in Rio Grande do Sul.\n")
    page = (tmp_path / "out" / "sources" / "floods.html").read_text(encoding="utf-8")
    facts = re.search(r'<ul class="facts">\n<li>(.*?)</li>', page)[1]
    assert re.sub(r"<[^>]+>", "", facts) == "More than 580,000 people left their homes in Rio Grande do Sul · 1 source"
    assert re.match(r'<a href="#s-[0-9a-f]+">More than 580,000 people</a> left .* · <a href="../facts/[^"]+">1 source</a>$',
                    facts)
