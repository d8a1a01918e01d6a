"""Render stage: turn the build's Site into HTML pages through Jinja2 templates.

All decisions (grouping, ordering, formatting, link targets) are made here, so the
templates only lay out what they are given.
"""

import collections
import functools
import hashlib
import itertools
import json
import math
import traceback
from pathlib import Path

from babel import Locale, UnknownLocaleError
from jinja2 import (BytecodeCache, ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateNotFound,
                    TemplateSyntaxError, UndefinedError)
from markupsafe import Markup

from .charts import compared_quantities, source_matrix, timeline
from .errors import FactsheetError
from .extract import is_vague
from .extract.dates import DAY, EventDate, published_date
from .facts_yaml import CONFIRMED
from .key_facts import key_panel
from .kinds import KINDS, kind_title
from .lang import DEFAULT as DEFAULT_LANGUAGE
from .merge import FIGURES_DIFFER
from .model import ENTITY_KINDS, Page
from .present import (as_written, by_publisher, count_label, entity_href, entity_path, fact_href, fact_path, fact_title,
                      figure_in_label, figure_range, format_value, line_label, names_apart, names_list, short_name,
                      source_href, source_page_path, told_here, told_most, titles_apart, typed_figure, web_url,
                      with_gap)
from .publish import download_names
from .search import ENGINE_SCRIPTS

# The default templates are the project's top-level templates/. A wheel carries them as
# package data in generator/templates/ (pyproject.toml maps them there); a checkout, and so
# an editable install, which runs the checkout's files in place, has them beside the package.
WHEEL_TEMPLATES = Path(__file__).resolve().parent / "templates"
CHECKOUT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
DEFAULT_TEMPLATES = WHEEL_TEMPLATES if WHEEL_TEMPLATES.is_dir() else CHECKOUT_TEMPLATES
VAGUE_TITLE = "Amounts without a figure"
# What readers see of a source's front matter; a "note" is for editors and stays out.
METADATA_LABELS = (("publisher", "Publisher"), ("author", "Author"), ("published", "Published"),
                   ("language", "Language"), ("url", "Original"))


def sentence_segments(text, facts):
    """Split a sentence into (text, is_fact_phrase) runs so the page can mark each phrase."""
    spans, cursor = [], 0
    for fact in sorted(facts, key=lambda f: text.find(f.text)):
        start = text.find(fact.text, cursor)
        if start == -1:
            continue
        spans += [(text[cursor:start], False), (fact.text, True)]
        cursor = start + len(fact.text)
    spans.append((text[cursor:], False))
    return [span for span in spans if span[0]]


@functools.lru_cache(maxsize=64)
def language_mark(written):
    """(lang attribute, visible code, the language's name in English) of a source's front matter
    language ("uk", "de-CH"; none: the site's, English): every citing sentence is marked in its
    language, and a reader sees the code of any other than English."""
    tag = str(written or DEFAULT_LANGUAGE).strip().replace("_", "-") or DEFAULT_LANGUAGE
    code = tag.split("-")[0].lower()
    try:
        name = Locale.parse(code).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        name = code
    return tag, code.upper(), name


def language_shown(written):
    """A source's front matter language as its page names it: "Ukrainian (uk)", not "uk"; as
    written where no name is known for it; None where none is given."""
    if not written:
        return None
    name = language_mark(written)[2]
    return written if name.lower() == str(written).split("-")[0].lower() else f"{name} ({written})"


def language_view(source):
    """The language marks of a source's sentences: lang, and a code shown when not the site's."""
    tag, code, name = language_mark(source.meta.get("language"))
    return {"lang": tag, "lang_code": None if code.lower() == DEFAULT_LANGUAGE else code, "lang_name": name}


def citation_view(citation, source, root, title=None):
    """title: how the citation names its source, where not by its title (cited_titles)."""
    return {
        **language_view(source),
        "source_title": title or source.title,
        "publisher": source.meta.get("publisher"),
        "published": source.meta.get("published"),
        "text": citation.text,
        "quote": citation.quote,
        "cite_href": source_href(citation.source, citation.anchor, root),
        "original_url": web_url(source.meta),
        "reviewed": citation.status == CONFIRMED,
    }


def cited_titles(sources):
    """{source id: its title and file name}, of sources one list of citations names alike: the
    same title and publisher (a site's two "Samsung Galaxy S5 review"s); the others by title."""
    alike = collections.Counter((s.title, s.meta.get("publisher")) for s in {s.id: s for s in sources}.values())
    return {s.id: f"{s.title} ({s.id})" for s in sources if alike[s.title, s.meta.get("publisher")] > 1}


def quoted_alike(citations, words="quote"):
    """A fact page's citations (citation_view) by sentence, or a speaker's quotes (quote_view,
    words "text"): each once with the sources that print it word for word (syndicated copy, one
    agency's wire in many papers), in the order first cited. Identical words are one original,
    not independent corroboration: said so."""
    sentences = {}
    for citation in citations:
        sentences.setdefault((citation[words], citation["lang"]), []).append(citation)
    return [{"quote": quote, **{key: cited[0][key] for key in ("lang", "lang_code", "lang_name")}, "cited": cited,
             "alike": f"Word for word in {len(cited):,} sources" if len(cited) > 1 else None}
            for (quote, _), cited in sentences.items()]


def said_again(quotes):
    """A source's quotes (quote_view), each of one speaker's words once, with the sentences that
    give them again (cite_hrefs): an article may repeat a quote, as a page need not."""
    once = {}
    for quote in quotes:
        once.setdefault((quote["text"], quote["speaker"]), {**quote, "cite_hrefs": []})["cite_hrefs"].append(
            quote["cite_href"])
    return list(once.values())


def wording_view(difference, sources_by_id):
    """One line a reader can scan: each source's words, or a note that it has none there."""
    names = names_apart([sources_by_id[difference.source], sources_by_id[difference.other_source]])
    return [{"source": name, "words": words}
            for name, words in zip(names, (difference.words, difference.other_words))]


def named_facts(merged_facts):
    """{id: its value, label and number of sources} of every merged fact as other facts' pages
    name it, escaped once: a disputed figure is named on dozens of pages."""
    return {m.id: {"value": Markup.escape(format_value(m)), "label": Markup.escape(line_label(m)),
                   "sources_label": count_label(m.source_count, "source")} for m in merged_facts}


@functools.lru_cache(maxsize=4096)  # a story's few days, on every dated fact's page
def day_text(day):
    """'2015-11-14' -> '14 Nov 2015'."""
    return EventDate(published_date(day), DAY).text()


def measure_label(merged):
    """What a disputed fact measures, without the one figure its label gives: the label's words
    after the figure where at most a word or the sentence's opening words stand before it ("At
    least 127 people killed in Paris" -> "killed in Paris"), else its event ("killed"), else whose
    figure it is ("New Democracy": merge.with_owners), else the label with a gap for the figure
    ("The road to Chernihiv was closed for … hours"), never one source's figure as if all gave
    it; else the label as one source words it, in quotes. Words, not what closes an aside:
    "Syriza 26.9% (71)" leaves ")" after its figure, which says nothing of what 71 counts."""
    label, figure = merged.label, as_written(merged)
    at = label.lower().find(figure.lower()) if figure else -1
    rest = label[at + len(figure):].strip(" ,;:") if at >= 0 else ""
    before = label[:at].split() if at >= 0 else []
    if (any(character.isalpha() for character in rest) and not rest[:1].isdigit()
            and (len(before) <= 1 or (len(before) <= 3 and before[0][:1].isupper()))):
        return rest
    return merged.event or merged.subject or with_gap(label, merged.text) or f"as one source words it: “{label}”"


def history_groups(history):
    """[(day, figure, the first report's fact, [source id, …], as they say it), …]: the dated
    reports of a figure, a group per day and figure as they follow one another (history is by
    day); as they say it: the figure with the qualifier all of them give it ("at least 12
    people"), else the figure."""
    groups = []
    for dated in history:
        if groups and groups[-1][:2] == (dated.published, dated.figure):
            groups[-1][3].append(dated.source)
            groups[-1][4].add(dated.said or dated.figure)
        else:
            groups.append((dated.published, dated.figure, dated.fact, [dated.source], {dated.said or dated.figure}))
    return [(day, figure, fact, sources, as_all_say(figure, said)) for day, figure, fact, sources, said in groups]


def latest_of(groups):
    """The last of history_groups, where the last day's sources give one figure and it is not
    the first day's: the latest figure; else None."""
    first_day, last_day = groups[0][0], groups[-1][0]
    first = {figure for day, figure, *_ in groups if day == first_day}
    last_figures = {figure for day, figure, *_ in groups if day == last_day}
    return groups[-1] if len(last_figures) == 1 and last_figures != first else None


def history_ends(groups, links):
    """The first figures and the latest (latest_of), as a fact's lines name them."""
    first_day = groups[0][0]
    first = [said for day, _, _, _, said in groups if day == first_day]
    latest = latest_of(groups)
    if latest is not None:
        day, _, _, sources, said = latest
        latest = {"figure": said, "date": day_text(day), "iso": day,
                  "sources": names_list(links[s]["name"] for s in sources)}
    return {"latest": latest, "first": {"figure": names_list(first), "date": day_text(first_day)}}


def rose_over_time(merged):
    """Whether the sources' figures differ only as the story went on: every report dated, each
    day's reports giving one figure, and each day's at least the day before's ("at least 12
    killed" on Friday, 17 on Saturday): a figure revised upward, not sources contradicting
    one another."""
    if len(merged.history) < sum(len(side.sources) for side in merged.sides):
        return False  # an undated report: when it was given, and so whether it was revised, is unknown
    by_day = {}
    for dated in merged.history:
        by_day.setdefault(dated.published, set()).add(dated.base)
    days = [by_day[day] for day in sorted(by_day)]
    if len(days) < 2 or any(len(bases) > 1 for bases in days):
        return False
    values = [bases.pop() for bases in days]
    return all(earlier <= later for earlier, later in zip(values, values[1:]))


def line_heading(merged):
    """(value, label) a fact's line leads with, as merged_view gives them: a dispute's latest
    figure, else its range, and what it measures; else the fact's figure and label."""
    if len(merged.sides) < 2:
        return format_value(merged), line_label(merged)
    latest = latest_of(history_groups(merged.history)) if merged.history else None
    spread = figure_range(merged.sides[0].figure, merged.sides[-1].figure)
    return (latest[1] if latest else spread), measure_label(merged)


class SourceLinks(dict):
    """Source id -> its link as a fact's lines name it ({"name", "href"} from root), made when
    first asked for: a page names the same sources in its history, its sides and its citations."""

    def __init__(self, sources_by_id, root):
        super().__init__()
        self.sources_by_id, self.root = sources_by_id, root

    def __missing__(self, source_id):
        link = self[source_id] = {"name": short_name(self.sources_by_id[source_id]),
                                  "href": source_href(source_id, None, self.root)}
        return link

    def listed(self, source_ids):
        """The links of source_ids as one list names them (present.names_apart: two articles of
        one publisher are told apart by their titles)."""
        links = [self[source_id] for source_id in source_ids]
        if len({link["name"] for link in links}) == len(links):  # the most common case, at once
            return links
        names = names_apart([self.sources_by_id[source_id] for source_id in source_ids])
        return [link if link["name"] == name else {**link, "name": name} for link, name in zip(links, names)]


HISTORY_ROWS_AT_EACH_END = 12  # of a figure through time: the first rows and the latest, where more are between


def history_view(history, links, here=None, summary=False):
    """The figure through time: a row per day and figure (sources named), each marked first
    reported, revised (from the figure before it) or latest; and the latest figure, where the
    last day's sources give one and it is not the first day's. summary: only the first and
    latest figures (a fact sheet's line), no rows. links: a SourceLinks."""
    groups = history_groups(history)
    ends = history_ends(groups, links)
    if summary:
        return {"rows": [], **ends}
    rows = [{"iso": day, "date": day_text(day), "figure": figure, "said": said, "href": fact_href(fact_id, links.root),
             "sources": sources, "gap": None}
            for day, figure, fact_id, sources, said in groups]
    first_day, last_day = rows[0]["iso"], rows[-1]["iso"]
    earlier, previous = set(), {}  # the figures given on the days before a row's; those of the day before, as said
    shown, standing = [], 0  # the rows a reader reads; the reports of a figure that stands, left out
    for day, today in itertools.groupby(rows, key=lambda row: row["iso"]):  # rows are by day
        today = list(today)
        for row in today:
            # A figure given the day before too only says it still stands: a story reported for
            # months would list every day's reports. Its first day, a revision, a figure given
            # again after other days, and the last day's reports are what changed.
            if day not in (first_day, last_day) and row["figure"] in previous:
                standing += len(row["sources"])
                continue
            row["note"] = ("first reported" if day == first_day else "as reported before" if row["figure"] in earlier
                           else f"revised from {names_list(previous.values())}")
            row["here"] = row["href"] == here
            row["latest"] = day == last_day
            row["sources"] = links.listed(row["sources"])
            shown.append(row)
        earlier.update(row["figure"] for row in today)
        previous = {}
        for row in today:
            previous.setdefault(row["figure"], row["said"])
    if len(shown) > 3 * HISTORY_ROWS_AT_EACH_END:  # a story told for months has hundreds of rows
        half = HISTORY_ROWS_AT_EACH_END
        between = shown[half:-half]
        shown = [*shown[:half], {"gap": f"{count_label(len(between), 'more row')}, {between[0]['date']} to "
                                        f"{between[-1]['date']}: the fact sheet's downloads list every dated report"},
                 *shown[-half:]]
    left_out = (f"Not listed: {count_label(standing, 'report')} of a figure also given the day before; "
                "who gives which figure is listed below.") if standing else None
    return {"rows": shown, "left_out": left_out, **ends}


def as_all_say(figure, said):
    """A figure as every one of its reports says it (said), qualifier and all ("at least 12
    people"), else the figure alone."""
    said = set(said)
    return said.pop() if len(said) == 1 else figure


SIDE_SOURCES_NAMED = 12  # a side given by more is told by publisher; the citations name every source


def dispute_view(merged, links, shown=None):
    """A measure the sources give different figures for, as a reader needs it: the range
    ("127 to 132 people"), who gives which figure, and, where the sources are dated, the figure
    through time; the line leads with the latest figure where there is one, else the range.
    None where the sources give one figure. links: a SourceLinks."""
    if len(merged.sides) < 2:
        return None
    spread = figure_range(merged.sides[0].figure, merged.sides[-1].figure)
    most = told_most(merged)
    # Who gives which figure, and the dated rows, in full on the page of the figure most sources
    # give; another side's page counts each side's sources and links there (a dispute of six
    # figures would otherwise repeat them all six times).
    in_full = shown is not None or told_here(merged)
    sides = [{"figure": as_all_say(side.figure, side.said), "href": fact_href(side.fact, links.root), "here": side.fact == merged.id,
              "sources": links.listed(side.sources[:shown]) if in_full and (
                  shown or len(side.sources) <= SIDE_SOURCES_NAMED) else [],
              "by_publisher": by_publisher([links.sources_by_id[s] for s in side.sources])
              if in_full and not shown and len(side.sources) > SIDE_SOURCES_NAMED else None,
              "count": count_label(len(side.sources), "source"),
              "more": f"and {len(side.sources) - shown:,} more" if shown and len(side.sources) > shown else None}
             for side in merged.sides]
    history = history_view(merged.history, links, fact_href(merged.id, links.root),
                           summary=shown is not None or not in_full) if merged.history else None
    latest = history["latest"] if history else None
    return {"range": spread, "measure": measure_label(merged), "sides": sides, "history": history,
            "revised": latest is not None and rose_over_time(merged), "lead": latest["figure"] if latest else spread,
            "in_full": None if in_full else {"href": fact_href(most.fact, links.root), "figure": most.figure}}


def merged_view(merged, sources_by_id, root, named, shown=None, links=None):
    """named: named_facts() of the site's merged facts; shown: how many of its citations, if
    not all (the rest are counted in more_citations); links: the SourceLinks of sources_by_id
    from root, if the caller keeps them for other facts. A fact whose sources give different
    figures leads with its dispute's lead figure and the words of what it measures, so that no
    one figure heads it as if agreed."""
    citations = merged.citations[:shown]
    more = len(merged.citations) - len(citations)
    titles = cited_titles([sources_by_id[c.source] for c in citations])
    dispute = dispute_view(merged, links if links is not None else SourceLinks(sources_by_id, root), shown)
    return {
        "id": merged.id,
        "href": fact_href(merged.id, root),
        "value": dispute["lead"] if dispute else format_value(merged),
        "label": dispute["measure"] if dispute else line_label(merged),
        "dispute": dispute,
        "kind": kind_title(merged.kind),
        "places": merged.places,
        "when": merged.when,
        "source_count": merged.source_count,
        "sources_label": count_label(merged.source_count, "source"),
        "citations": [citation_view(c, sources_by_id[c.source], root, titles.get(c.source)) for c in citations],
        "more_citations": f"and {count_label(more, 'more citation')} on the fact's page" if more else None,
        "disagreements": [line for line in merged.disagreements  # the sides list the figures
                          if not (dispute and line.startswith(FIGURES_DIFFER))],
        "wording": [wording_view(d, sources_by_id) for d in merged.wording],
        "conflicts": [] if dispute else [{"href": fact_href(other, root), **named[other]} for other in merged.conflicts],
        "disputed": bool(merged.disagreements or merged.conflicts),
        "reviewed": any(c.status == CONFIRMED for c in merged.citations),
        "key": merged.key,
    }


def kinds_present(merged_facts):
    """The kinds table's rows that have facts in this build, in table order."""
    present = {m.kind for m in merged_facts}
    return [kind for kind in KINDS if kind.id in present]


# The fact sheet cites each fact's first few sentences (a story's main figures are reported by
# hundreds of articles); its own page cites them all.
SHEET_CITATIONS = 5


# A kind with more facts than this has pages of its own; the fact sheet shows its first ones
# (on a site of 1,000 sources the sheet listing every fact was 5 MB, of 10,000 sources 19 MB).
SHEET_LINES_SHOWN = 20
KIND_PAGE_LINES = 200  # a kind's page holds this many (its facts of 1,000 sources were 0.9 MB on one)


def fact_sheet_groups(merged_facts):
    """Merged facts grouped by kind in table order, most-reported first within a group; amounts
    without a figure ("thousands of people") apart at the end, so they never pass for figures.
    A group of more than SHEET_LINES_SHOWN has a page (its path) and the fact sheet shows its
    first ones; its lines (sheet_lines) are made where a page shows them."""
    figures = [m for m in merged_facts if not is_vague(m)]
    groups = [(f"kind-{kind.id}", kind.id, kind.title,
               sorted((m for m in figures if m.kind == kind.id), key=lambda m: -m.source_count))  # stable
              for kind in kinds_present(figures)]
    vague = sorted((m for m in merged_facts if is_vague(m)), key=lambda m: -m.source_count)
    if vague:
        groups.append(("without-figures", "without-figures", VAGUE_TITLE, vague))
    return [sheet_group(group_id, name, title, members) for group_id, name, title, members in groups]


def sheet_group(group_id, name, title, members):
    """A kind's facts: "pages", the paths of its own pages (KIND_PAGE_LINES each) where it has
    more than SHEET_LINES_SHOWN, else none; "href", where a fact's page leads back to it."""
    pages = [f"kinds/{name}{'' if n == 0 else f'-{n + 1}'}.html"
             for n in range(math.ceil(len(members) / KIND_PAGE_LINES))] if len(members) > SHEET_LINES_SHOWN else []
    return {"id": group_id, "title": title, "members": members, "pages": pages, "page": pages[0] if pages else None,
            "href": pages[0] if pages else f"index.html#{group_id}", "count_label": count_label(len(members), "fact")}


def sides_above(members, headings):
    """{merged id: (the lead's id, its label, its range or figure)} for each fact of members (a
    group, most reported first) that gives another figure for a dispute shown in full above it
    (its first conflict there, the lead). headings: line_heading of each merged fact."""
    position = {m.id: n for n, m in enumerate(members)}
    above = {}
    for n, m in enumerate(members):
        other = next((o for o in m.conflicts if position.get(o, n) < n), None)
        if other is not None:
            lead = members[position[other]]
            value, label = headings[lead.id]
            spread = figure_range(lead.sides[0].figure, lead.sides[-1].figure) if len(lead.sides) >= 2 else None
            above[m.id] = (lead.id, label, spread or value)
    return above


def linked_sides(above, members, href_of):
    """sides_above of members, as sheet_lines shows them: each lead's line at href_of(its id)."""
    return {m.id: {"href": href_of(above[m.id][0]), "label": above[m.id][1], "value": above[m.id][2]}
            for m in members if m.id in above}


def sheet_lines(members, sources_by_id, named, above):
    """The fact sheet's lines of members; a fact giving another figure for a dispute shown in
    full above it (above: sides_above) says so and links there."""
    lines, links = [], SourceLinks(sources_by_id, "")
    for m in members:
        view = merged_view(m, sources_by_id, "", named, SHEET_CITATIONS, links)
        side = above.get(m.id)
        view["side_of"] = None if side is None else {
            **side, "figure": next((s["figure"] for s in view["dispute"]["sides"] if s["here"]), view["value"])
            if view["dispute"] else view["value"]}
        lines.append(view)
    return lines


def source_view(source, facts, merged_of, root):
    """The article as paragraphs of sentences; sentences that carry facts are marked.

    merged_of maps an extracted fact's id to the merged fact that cites it.
    """
    facts_by_anchor = {}
    for fact in facts:
        facts_by_anchor.setdefault(fact.anchor, []).append(fact)
    paragraphs = [
        [
            {
                "anchor": sentence.anchor,
                "text": sentence.text,
                "segments": sentence_segments(sentence.text, facts_by_anchor.get(sentence.anchor, [])),
                "cited": sentence.anchor in facts_by_anchor,
            }
            for sentence in paragraph
        ]
        for paragraph in source.paragraphs
    ]
    # An address that is not a web link (javascript:, file:) is not shown at all.
    shown = {"language": language_shown(source.meta.get("language"))}
    metadata = [(label, shown.get(key) or source.meta[key], key == "url")
                for key, label in METADATA_LABELS if source.meta.get(key) and (key != "url" or web_url(source.meta))]
    fact_list = [
        {
            **figure_in_label(format_value(f), f.label),
            "cite_href": f"#{f.anchor}",
            "fact_href": fact_href(merged_of[f.id].id, root),
            "sources_label": count_label(merged_of[f.id].source_count, "source"),
        }
        for f in facts
    ]
    return {"id": source.id, "title": source.title, "metadata": metadata,
            "paragraphs": paragraphs, "facts": fact_list}


def entities_by_anchor(entities):
    """(source id, anchor) -> the entities its sentence names."""
    named = {}
    for entity in entities:
        for mention in entity.mentions:
            named.setdefault(mention, []).append(entity)
    return named


def entity_link(entity, root):
    return {"name": entity.name, "href": entity_href(entity.id, root), "kind": entity.kind}


def quote_view(quote, sources_by_id, speakers, root, on_its_source_page=False):
    speaker = speakers.get(quote.speaker)
    return {**language_view(sources_by_id[quote.source]), "text": quote.text, "speaker": quote.speaker,
            "speaker_href": entity_href(speaker.id, root) if speaker else None,
            "source_title": sources_by_id[quote.source].title,
            "cite_href": f"#{quote.anchor}" if on_its_source_page else source_href(quote.source, quote.anchor, root)}


ENTITY_FACTS_SHOWN = 50  # a place every source names would otherwise list every fact


def facts_by_sentence(merged_facts):
    """(source id, anchor) -> {position in the fact sheet: merged fact citing that sentence}."""
    found = {}
    for position, merged in enumerate(merged_facts):
        for citation in merged.citations:
            found.setdefault((citation.source, citation.anchor), {})[position] = merged
    return found


ROLE_SOURCES_NAMED = 5  # of a role many sources give: the first, and how many more
QUOTE_SOURCES_NAMED = 8  # of words a person's page quotes that many sources print: the first, and how many more


def role_view(role, mentions, sources_by_id, root):
    """A role a person is given, with the first ROLE_SOURCES_NAMED sources giving it, each linked
    to its first sentence that does, and how many more give it."""
    first = {}
    for source_id, anchor in mentions:
        first.setdefault(source_id, anchor)
    named = list(first.items())[:ROLE_SOURCES_NAMED]
    names = names_apart([sources_by_id[source_id] for source_id, _ in named])
    more = len(first) - len(named)
    return {"role": role, "sources": [{"name": name, "href": source_href(source_id, anchor, root)}
                                      for name, (source_id, anchor) in zip(names, named)],
            "more": f"and {more:,} more" if more else None}


def entity_facts(entity, facts_at):
    """The merged facts cited in the sentences that name an entity, key ones first, then by score
    and the sheet's order; facts_at: facts_by_sentence's."""
    cited = {}
    for mention in entity.mentions:
        cited.update(facts_at.get(mention, {}))
    facts = [cited[position] for position in sorted(cited)]  # sheet order
    facts.sort(key=lambda m: (not m.key, -m.score))  # stable: reading order within
    return facts


ENTITY_SOURCES_SHOWN = 100  # a place most sources name would list thousands: the search finds them all


def naming_most(by_source):
    """The (source id, anchors) an entity page lists: every source in reading order, or, where
    more than ENTITY_SOURCES_SHOWN name it, those naming it most often, the most first."""
    if len(by_source) <= ENTITY_SOURCES_SHOWN:
        return list(by_source.items())
    ranked = sorted(enumerate(by_source.items()), key=lambda item: (-len(item[1][1]), item[0]))
    return [named for _, named in ranked[:ENTITY_SOURCES_SHOWN]]


def entity_view(entity, facts, sources_by_id, root):
    """A person, organisation or place: its facts (entity_facts), its quotes, and the sources
    naming it with a link to the first sentence that does."""
    by_source = {}
    for source_id, anchor in entity.mentions:
        by_source.setdefault(source_id, []).append(anchor)
    speakers = {entity.name: entity, **{alias: entity for alias in entity.aliases}}
    said = {}  # a quote an article repeats is cited once; the same words in several articles, one entry
    for quote in entity.quotes:
        said.setdefault((quote.source, quote.text), quote)
    return {
        "name": entity.name, "kind": entity.kind, "aliases": entity.aliases,
        "roles": [role_view(role, mentions, sources_by_id, root) for role, mentions in entity.roles],
        "facts": [{**figure_in_label(format_value(m), line_label(m)), "href": fact_href(m.id, root),
                   "sources_label": count_label(m.source_count, "source")} for m in facts[:ENTITY_FACTS_SHOWN]],
        "more_facts": max(0, len(facts) - ENTITY_FACTS_SHOWN),
        "quotes": [{**quote, "cited": quote["cited"][:QUOTE_SOURCES_NAMED],
                    "more": max(0, len(quote["cited"]) - QUOTE_SOURCES_NAMED)}
                   for quote in quoted_alike([quote_view(q, sources_by_id, speakers, root) for q in said.values()],
                                             "text")],
        "sources": [{"title": sources_by_id[source_id].title, "href": source_href(source_id, anchors[0], root),
                     "count": count_label(len(anchors), "sentence")}
                    for source_id, anchors in naming_most(by_source)],
        "sources_label": count_label(len(by_source), "source"),
        "more_sources": max(0, len(by_source) - ENTITY_SOURCES_SHOWN),
        "mentions_label": count_label(len(entity.mentions), "mention"),
    }


def trail(root, *steps):
    """Breadcrumbs from the fact sheet to the page: steps are (title, href within the site),
    the page itself last, without a link."""
    crumbs = [{"title": "Fact sheet", "href": f"{root}index.html"}]
    crumbs += [{"title": title, "href": f"{root}{href}"} for title, href in steps[:-1]]
    return crumbs + [{"title": steps[-1][0], "href": None}]


def fact_pager(groups, headings):
    """{merged id: (trail, pager)} for the fact pages: the kind group that holds each fact, and
    the facts before and after it in the fact sheet's own order. No "fact N of M": a new fact
    would change every page."""
    order = [(group, m.id) for group in groups for m in group["members"]]
    shown = headings  # as the sheet leads with each fact
    lines = {m.id: (f"{group['pages'][n // KIND_PAGE_LINES]}#{m.id}" if group["pages"] else group["href"])
             for group in groups for n, m in enumerate(group["members"])}  # where the fact's line is
    pagers = {}
    for position, (group, fact_id) in enumerate(order):
        neighbours = {"previous": None, "next": None}
        for rel, at in (("previous", position - 1), ("next", position + 1)):
            if 0 <= at < len(order):
                value, label = shown[order[at][1]]
                neighbours[rel] = {"href": fact_href(order[at][1], "../"), "value": value, "label": label}
        pagers[fact_id] = (trail("../", (group["title"], lines[fact_id]), (shown[fact_id][0], None)), neighbours)
    return pagers


def entity_index(entities):
    """The entities page's groups, one per kind: the most named first, then by name."""
    ordered = sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold(), e.name))
    return [{"title": title, "id": f"kind-{kind}", "entities": [
        {"name": e.name, "href": entity_href(e.id), "aliases": e.aliases,
         "role": e.roles[0][0] if e.roles else None,
         "count": count_label(len(e.mentions), "mention") + (f", {count_label(len(e.quotes), 'quote')}"
                                                              if e.quotes else "")}
        for e in ordered if e.kind == kind]} for kind, title in ENTITY_KINDS.items()
        if any(e.kind == kind for e in entities)]


class UserTemplates(FileSystemLoader):
    """The user's templates folder: a file that is not UTF-8 is named, not a traceback."""

    def get_source(self, environment, template):
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError:
            raise FactsheetError(Path(self.searchpath[0], template), None,
                                 "not valid UTF-8 text; save the template as UTF-8") from None


class ViewEnvironment(Environment):
    """Templates read the views render.py makes, all dicts: `fact.label` looks the key up
    first, where Jinja would try an attribute and fail first, for every key of every page."""

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


class CompiledTemplates(BytecodeCache):
    """Templates as Jinja compiled them, kept in this process for the next build's environment
    (factsheet serve builds again and again): Jinja takes one only while its template's text is
    the same (a checksum of the source is kept with it)."""

    def __init__(self):
        self.compiled = {}

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = CompiledTemplates()


def make_environment(templates_dir):
    """A user's templates/ folder overrides the default templates file by file."""
    loaders = []
    if templates_dir and Path(templates_dir).is_dir():
        loaders.append(UserTemplates(str(templates_dir)))
    loaders.append(FileSystemLoader(str(DEFAULT_TEMPLATES)))
    # auto_reload off: one build reads each template once (Jinja would otherwise look at its
    # file's time again for every page); factsheet serve makes a new environment for each build.
    return ViewEnvironment(loader=ChoiceLoader(loaders), autoescape=True, undefined=StrictUndefined,
                           keep_trailing_newline=True, bytecode_cache=COMPILED_TEMPLATES, auto_reload=False)


# The search box's example when the site has neither a key figure nor a named place or person.
NEUTRAL_SEARCH_HINT = "a figure, a place or a name"


def search_hint(site):
    """The search box's example, from the site itself: the top key figure's number and its place
    ("1,400 or Belgorod"), else the place, person or organisation the sources name most."""
    top = next(iter(key_panel(site.merged)), None)
    figure = typed_figure(top) if top else None
    named = [*top.places] if top else []
    if not named:  # places first; in each kind the most mentioned, then the first met
        by_mentions = sorted(site.entities, key=lambda e: (e.kind != "place", -len(e.mentions)))
        named = [entity.name for entity in by_mentions[:1]]
    return " or ".join(filter(None, (figure, *named[:1]))) or NEUTRAL_SEARCH_HINT


def render_site(site, templates_dir=None, kinds=None, reuse=None, merged_marks=None):
    """Every page of the site (or of the given kinds, keys of PAGE_KINDS), one at a time as it
    is asked for, so that a big site is never all in memory at once; nothing is written here.
    reuse: see fact_pages; merged_marks: merged_mark, or what gives the same (a process may keep them)."""
    try:
        env = make_environment(templates_dir)
        env.globals["sheet"] = {"title": site.config.title, "description": site.config.description,
                                "url": site.config.base_url, "search_hint": search_hint(site)}
        yield from render_pages(env, site, kinds, reuse, merged_marks)
    except TemplateSyntaxError as err:
        raise FactsheetError(err.filename or err.name, err.lineno, f"template error: {err.message}") from None
    except UndefinedError as err:
        raise template_error(err, f"uses something the build does not provide: {err.message}") from None
    except TemplateNotFound as err:
        raise template_error(err, f"includes or extends '{err.name}', which is in neither templates folder") from None
    except RecursionError as err:
        raise template_error(err, "includes, extends or calls itself without end (directly or through "
                                  "another template)") from None
    except Exception as err:
        if not in_template(traceback.extract_tb(err.__traceback__)[-1]):
            raise  # our bug, not the template's
        raise template_error(err, f"template error: {type(err).__name__}: {err}") from None


def in_template(frame):
    """Whether a traceback frame is a template's line (Jinja gives those the template's file)."""
    return not frame.filename.endswith(".py") and not frame.filename.startswith("<")


def template_error(err, message):
    """Our error at the template line where err was raised (the innermost one)."""
    frames = [frame for frame in traceback.extract_tb(err.__traceback__) if in_template(frame)]
    return FactsheetError(frames[-1].filename, frames[-1].lineno, message) if frames else \
        FactsheetError("templates", None, message)


def page(env, template, path, root=None, **context):
    """One page: root is the way back to the site's top from where the page lives."""
    root = "../" * path.count("/") if root is None else root
    return Page(path, env.get_template(template).render(path=path, root=root, **context))


APPEARANCES_LISTED = 3  # of a fact page's Claim, and its earliest: every citation is on the page and in facts.json


def creative_work(source):
    """A citing article as schema.org names it. No "text": a CreativeWork's text is the whole
    work's; the sentence is on the page."""
    work = {"@type": "CreativeWork", "name": source.title}
    if source.meta.get("publisher"):
        work["publisher"] = {"@type": "Organization", "name": source.meta["publisher"]}
    if source.meta.get("author"):
        work["author"] = {"@type": "Person", "name": source.meta["author"]}
    if source.meta.get("published"):
        work["datePublished"] = source.meta["published"]
    if web_url(source.meta):
        work["url"] = web_url(source.meta)
    return work


def claim_json_ld(merged, sources_by_id):
    """schema.org Claim for a fact page: what is claimed, the first sources it appears in (a
    story's main figure is in hundreds: the metadata names a few, the page them all) and the
    earliest dated one."""
    cited = [sources_by_id[citation.source] for citation in merged.citations]
    claim = {"@context": "https://schema.org", "@type": "Claim", "name": fact_title(merged),
             "text": merged.citations[0].quote,
             "appearance": [creative_work(source) for source in cited[:APPEARANCES_LISTED]]}
    days = [(published_date(source.meta.get("published")), n) for n, source in enumerate(cited)]
    dated = [(day, n) for day, n in days if day]
    if dated:
        claim["firstAppearance"] = creative_work(cited[min(dated)[1]])
    # Inside <script> nothing is parsed as HTML but "</script"; escaping every < > & leaves
    # no markup at all in the page's text, whatever the sources hold.
    text = json.dumps(claim, ensure_ascii=False)  # one line: indenting takes the slow encoder
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class Lookups:
    """What several kinds of page look up in the site, each worked out once when first needed."""

    def __init__(self, site, merged_marks=None):
        self.site, self.merged_marks = site, merged_marks or merged_mark

    @functools.cached_property
    def sources_by_id(self):
        return {s.id: s for s in self.site.sources}

    @functools.cached_property
    def merged_by_id(self):
        return {m.id: m for m in self.site.merged}

    @functools.cached_property
    def named(self):
        return named_facts(self.site.merged)

    @functools.cached_property
    def groups(self):
        return fact_sheet_groups(self.site.merged)

    @functools.cached_property
    def headings(self):
        return {m.id: line_heading(m) for m in self.site.merged}

    @functools.cached_property
    def pagers(self):
        return fact_pager(self.groups, self.headings)

    @functools.cached_property
    def in_sentences(self):
        """{merged id: the people and places its sentences name}."""
        named = entities_by_anchor(self.site.entities)
        return {merged.id: dict.fromkeys(e for c in merged.citations for e in named.get((c.source, c.anchor), ()))
                for merged in self.site.merged}

    def page_keys(self, sheet):
        """{merged id: fact_page_key}, made once for the fact pages and the kind pages."""
        if self._page_keys is None:
            marks = {source.id: source_mark(source) for source in self.site.sources}
            self._page_keys = {merged.id: fact_page_key(merged, marks, self.named, self.in_sentences[merged.id],
                                                        self.pagers[merged.id], sheet, self.merged_marks)
                               for merged in self.site.merged}
        return self._page_keys

    _page_keys = None


def sheet_scope(site):
    """The lead's facts: "3,574 facts from 1,000 sources published between 1 Sep 2022 and 28 Dec
    2022 (12 without a date)", the date range left out when no source gives one."""
    scope = f"{count_label(len(site.merged), 'fact')} from {count_label(len(site.sources), 'source')}"
    dates = sorted(filter(None, (published_date(s.meta.get("published")) for s in site.sources)))
    if not dates:
        return scope
    first, last = (EventDate(date, DAY).text() for date in (dates[0], dates[-1]))
    scope += f" published on {first}" if first == last else f" published between {first} and {last}"
    undated = len(site.sources) - len(dates)
    return scope + (f" ({undated:,} without a date)" if undated else "")


def kind_pages(env, lookups, reuse=None):
    """The pages of each group of the fact sheet too long to show whole (fact_sheet_groups),
    KIND_PAGE_LINES lines each, each made again only where its key changed (reuse: see
    fact_pages): its lines are all it shows besides the pages around it and what every page does."""
    for group in lookups.groups:
        pages, members = group["pages"], group["members"]
        page_of = {m.id: n // KIND_PAGE_LINES for n, m in enumerate(members)}
        leads = sides_above(members, lookups.headings) if pages else {}
        for number, path in enumerate(pages):
            here = members[number * KIND_PAGE_LINES:(number + 1) * KIND_PAGE_LINES]
            above = linked_sides(leads, here, lambda fact_id: ("" if page_of[fact_id] == number else
                                                               pages[page_of[fact_id]].rsplit("/", 1)[1]) + f"#{fact_id}")
            nav = {"number": number + 1, "first": number * KIND_PAGE_LINES + 1, "last": number * KIND_PAGE_LINES + len(here),
                   "total": len(members), "pages": [p.rsplit("/", 1)[1] for p in pages]}
            key = None
            if reuse is not None:
                # A line shows what its fact's page does, or less, and the line it is a side of:
                # with the pages around, that says what the page shows.
                keys = lookups.page_keys(env.globals["sheet"])
                key = hashlib.sha1(repr((group["id"], group["title"], nav, [keys[m.id] for m in here],
                                         [above.get(m.id) for m in here], env.globals["sheet"])).encode("utf-8")).hexdigest()
                kept = reuse(path, key)
                if kept is not None:
                    yield kept
                    continue
            lines = sheet_lines(here, lookups.sources_by_id, lookups.named, above)
            made = page(env, "kind.html", path, group={**group, "facts": lines}, nav=nav,
                        trail=trail("../", (group["title"], None)))
            yield made if key is None else Page(made.path, made.text, key)


def sheet_shown(group, lookups):
    """The group with the lines the fact sheet shows of it: its first; a line refers only to
    those above it, so they are made alone."""
    first = group["members"][:SHEET_LINES_SHOWN]
    above = linked_sides(sides_above(first, lookups.headings), first, lambda fact_id: f"#{fact_id}")
    return {**group, "shown": sheet_lines(first, lookups.sources_by_id, lookups.named, above)}


def sheet_pages(env, site, lookups, reuse=None):
    source_list = [{"title": title, "href": source_href(s.id), "facts_label": count_label(len(site.published(s.id)), "fact")}
                   for s, title in zip(site.sources, titles_apart(site.sources))]
    key_figures, shown = [], set()
    for m in key_panel(site.merged):  # a dispute once, as its first key fact leads it
        if shown.isdisjoint(m.conflicts):
            key_figures.append(merged_view(m, lookups.sources_by_id, "", lookups.named))
        shown.add(m.id)
    yield page(env, "index.html", "index.html", key_figures=key_figures, sources=source_list, scope=sheet_scope(site),
               downloads=download_names(site), fact_count=len(site.merged),
               groups=[sheet_shown(group, lookups) for group in lookups.groups],
               matrix=source_matrix(site.merged, lookups.sources_by_id), compared=compared_quantities(site.merged),
               timeline=timeline(site.merged, lookups.sources_by_id))
    yield from kind_pages(env, lookups, reuse)


def fact_pages(env, site, lookups, reuse=None):
    """reuse(path, key): the last build's page of path where it was made from the same key (a
    StoredPage, yielded as it is), else None and the page is made here."""
    sources_by_id = lookups.sources_by_id
    links = SourceLinks(sources_by_id, "../")
    for merged in site.merged:
        in_sentences = lookups.in_sentences[merged.id]
        crumbs, pager = lookups.pagers[merged.id]
        path = fact_path(merged.id)
        key = None
        if reuse is not None:
            key = lookups.page_keys(env.globals["sheet"])[merged.id]
            kept = reuse(path, key)
            if kept is not None:
                yield kept
                continue
        view = merged_view(merged, sources_by_id, "../", lookups.named, links=links)
        told_elsewhere = view["dispute"] and view["dispute"]["in_full"]
        if told_elsewhere:  # the page of one figure of a dispute told on another's: it leads with its own
            view = {**view, "value": format_value(merged), "label": line_label(merged)}
            crumbs = [*crumbs[:-1], {"title": view["value"], "href": None}]
        made = page(env, "fact.html", path,
                    title=f"{view['value']} {view['label']}" if view["dispute"] and not told_elsewhere
                    else fact_title(merged),
                    json_ld=claim_json_ld(merged, sources_by_id),
                    fact=view, quoted=quoted_alike(view["citations"]),
                    entities=[entity_link(e, "../") for e in in_sentences], trail=crumbs, pager=pager)
        yield made if key is None else Page(made.path, made.text, key)


def fact_page_key(merged, source_marks, named, entities, pager, sheet, merged_marks=None):
    """A digest of everything a fact page shows: the merged fact, the sources it names (each by
    source_marks: its file's digest, which holds its front matter), the other facts it names,
    the people and places of its sentences, its neighbours in the fact sheet and what every page
    shows (sheet). The templates and the code are the caller's to add. Far cheaper than the
    page's view: a rebuild makes again only the pages whose key changed. merged_marks: merged_mark,
    or what gives the same (a process building again and again keeps those of the facts unchanged)."""
    cited = dict.fromkeys([*(c.source for c in merged.citations),
                           *(s for side in merged.sides for s in side.sources),
                           *(d.source for d in merged.history)])
    # repr, not pickle: pickle writes an object met twice as a reference, so equal data shared
    # otherwise in another build would digest otherwise.
    shown = ([source_marks[source_id] for source_id in cited], [named[other] for other in merged.conflicts],
             [(e.id, e.name, e.kind) for e in entities], pager, sheet)
    return hashlib.sha1(((merged_marks or merged_mark)(merged) + repr(shown)).encode("utf-8")).hexdigest()


def merged_mark(merged):
    """A digest of a merged fact as a whole, what its page's key holds of it."""
    return hashlib.sha1(repr(merged).encode("utf-8")).hexdigest()


def source_mark(source):
    """What names a source on another page, for fact_page_key: its file's digest (its text and
    front matter), or, for a source read from no file, its title and front matter."""
    return source.digest or repr((source.title, sorted(source.meta.items(), key=str)))


def source_pages(env, site, lookups, reuse=None):
    """reuse: as for fact_pages (a source page's key is source_page_key)."""
    merged_of = {c.fact: m for m in site.merged for c in m.citations}
    speakers = {name: e for e in site.entities if e.kind == "person" for name in (e.name, *e.aliases)}
    for source in site.sources:
        path, facts, quoted = source_page_path(source.id), site.published(source.id), site.quotes.get(source.id, ())
        key = None
        if reuse is not None:
            key = source_page_key(source, facts, merged_of, quoted, speakers, env.globals["sheet"])
            kept = reuse(path, key)
            if kept is not None:
                yield kept
                continue
        view = source_view(source, facts, merged_of, "../")
        quotes = said_again([quote_view(q, lookups.sources_by_id, speakers, "../", on_its_source_page=True)
                             for q in quoted])
        made = page(env, "source.html", path, source=view, quotes=quotes,
                    trail=trail("../", ("Sources", "index.html#sources"), (source.title, None)))
        yield made if key is None else Page(made.path, made.text, key)


def source_page_key(source, facts, merged_of, quotes, speakers, sheet):
    """A digest of everything a source page shows: the article (its file's digest), its facts
    with the merged fact each links to and how many sources that cites, its quotes and who says
    each, and what every page shows (sheet); the templates and the code are the caller's to add."""
    shown = (source_mark(source), facts, [(merged_of[f.id].id, merged_of[f.id].source_count) for f in facts],
             quotes, [getattr(speakers.get(q.speaker), "id", None) for q in quotes], sheet)
    return hashlib.sha1(repr(shown).encode("utf-8")).hexdigest()


def entity_pages(env, site, lookups, reuse=None):
    """reuse: as for fact_pages (an entity page's key is entity_page_key)."""
    facts_at = facts_by_sentence(site.merged)
    marks = {source.id: source_mark(source) for source in site.sources} if reuse is not None else None
    for entity in site.entities:
        path, facts = entity_path(entity.id), entity_facts(entity, facts_at)
        key = None
        if reuse is not None:
            key = entity_page_key(entity, facts, marks, env.globals["sheet"])
            kept = reuse(path, key)
            if kept is not None:
                yield kept
                continue
        made = page(env, "entity.html", path, entity=entity_view(entity, facts, lookups.sources_by_id, "../"),
                    trail=trail("../", ("People and places", f"entities.html#kind-{entity.kind}"), (entity.name, None)))
        yield made if key is None else Page(made.path, made.text, key)
    yield page(env, "entities.html", "entities.html", groups=entity_index(site.entities))


def entity_page_key(entity, facts, source_marks, sheet):
    """A digest of everything an entity page shows: the entity (its names, mentions, roles and
    quotes), the facts it lists as they are listed, the sources it names (by source_marks) and
    what every page shows (sheet); the templates and the code are the caller's to add."""
    listed = [(m.id, format_value(m), line_label(m), m.source_count) for m in facts[:ENTITY_FACTS_SHOWN]]
    named = dict.fromkeys([*(source for source, _ in entity.mentions), *(q.source for q in entity.quotes)])
    shown = (entity, listed, len(facts), [source_marks[source] for source in named], sheet)
    return hashlib.sha1(repr(shown).encode("utf-8")).hexdigest()


def other_pages(env, site, lookups):
    """Search, the 404 page, and the assets."""
    kinds = [{"value": kind.id, "title": kind.title} for kind in kinds_present(site.merged)]
    kinds += [{"value": kind, "title": title} for kind, title in ENTITY_KINDS.items()
              if any(e.kind == kind for e in site.entities)]
    yield page(env, "search.html", "search.html", kinds=kinds, engine_scripts=ENGINE_SCRIPTS)
    # Served for a missing address at any depth: its links start from the site's address when known.
    yield page(env, "404.html", "404.html", root=site.config.base_url)
    yield Page("assets/style.css", env.get_template("style.css").render())
    # Our script is copied as written: Jinja syntax has no business in JavaScript.
    yield Page("assets/search.js", env.loader.get_source(env, "search.js")[0])
    yield Page("assets/offline.js", env.loader.get_source(env, "offline.js")[0])
    # Linked from every page, so a browser never asks for /favicon.ico (a 404 on most hosts).
    yield Page("assets/favicon.svg", env.loader.get_source(env, "favicon.svg")[0])


# The site's pages by kind, each rendered on its own: a build may render some in another process.
PAGE_KINDS = {"sheet": sheet_pages, "facts": fact_pages, "sources": source_pages, "entities": entity_pages,
              "other": other_pages}
KEYED_PAGES = ("sheet", "facts", "sources", "entities")  # made from a key a rebuild may find its last page by (reuse)


def render_pages(env, site, kinds=None, reuse=None, merged_marks=None):
    lookups = Lookups(site, merged_marks)
    for kind in kinds or PAGE_KINDS:
        if kind in KEYED_PAGES:
            yield from PAGE_KINDS[kind](env, site, lookups, reuse)
        else:
            yield from PAGE_KINDS[kind](env, site, lookups)
