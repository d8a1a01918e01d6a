"""Render stage: turn sources and their facts into HTML pages through Jinja2 templates.

All decisions (grouping, ordering, formatting, link targets) are made here, so the
templates only lay out what they are given.
"""

from dataclasses import dataclass
from urllib.parse import quote
from pathlib import Path

from jinja2 import (ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined,
                    TemplateSyntaxError, UndefinedError)

from .errors import FactsheetError
from .extract import is_vague

KIND_TITLES = {
    "count": "People and things counted",
    "area": "Areas",
    "penalty": "Penalties",
    "age": "Ages",
    "money": "Money",
    "percentage": "Percentages",
    "distance": "Distances",
    "volume": "Volumes",
    "weight": "Weights",
    "temperature": "Temperatures",
    "duration": "Durations",
    "year": "Years",
}
METADATA_LABELS = (("publisher", "Publisher"), ("author", "Author"), ("published", "Published"),
                   ("language", "Language"), ("url", "Original"), ("note", "Note"))


@dataclass(frozen=True)
class Page:
    path: str  # relative to the site root, with forward slashes
    html: str


def format_number(value, grouped=True):
    """1400 -> '1,400'; 3.25 -> '3.25'; 2014 as a year -> '2014'."""
    if isinstance(value, int):
        return f"{value:,}" if grouped else str(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def count_label(n, noun):
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def format_value(fact):
    """'nearly 1,400 people', '12%', 'USD 3,500,000': the value a reader scans for."""
    if is_vague(fact):
        return f"{fact.qualifier} {fact.unit}"
    grouped = fact.kind != "year"
    number = format_number(fact.value, grouped)
    if fact.value_max is not None:
        number = f"{number}–{format_number(fact.value_max, grouped)}"
    if fact.unit == "%":
        shown = f"{number}%"
    elif fact.kind == "money":
        shown = f"{fact.unit} {number}"
    elif fact.unit:
        shown = f"{number} {fact.unit}"
    else:
        shown = number
    return f"{fact.qualifier} {shown}" if fact.qualifier else shown


def source_href(source_id, anchor=None, root=""):
    # File names may hold spaces or accents; the link must still be a valid relative URL.
    return f"{root}sources/{quote(source_id)}.html" + (f"#{anchor}" if anchor else "")


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


def web_url(meta):
    """The original's address, only if it is a web link (never javascript: or file:)."""
    url = meta.get("url", "")
    return url if url.startswith(("https://", "http://")) else None


def fact_href(merged_id, root=""):
    return f"{root}facts/{quote(merged_id)}.html"


def citation_view(citation, source, root):
    return {
        "source_title": source.title,
        "publisher": source.meta.get("publisher"),
        "published": source.meta.get("published"),
        "text": citation.text,
        "quote": citation.quote,
        "cite_href": source_href(citation.source, citation.anchor, root),
        "original_url": web_url(source.meta),
    }


def short_name(source):
    return source.meta.get("publisher") or source.title


def wording_view(difference, sources_by_id):
    """One line a reader can scan: each source's words, or a note that it has none there."""
    return [
        {"source": short_name(sources_by_id[source_id]), "words": words}
        for source_id, words in ((difference.source, difference.words),
                                 (difference.other_source, difference.other_words))
    ]


def merged_view(merged, sources_by_id, root, merged_by_id):
    return {
        "id": merged.id,
        "href": fact_href(merged.id, root),
        "value": format_value(merged),
        "label": merged.label,
        "kind": KIND_TITLES.get(merged.kind, merged.kind),
        "places": merged.places,
        "source_count": merged.source_count,
        "sources_label": count_label(merged.source_count, "source"),
        "citations": [citation_view(c, sources_by_id[c.source], root) for c in merged.citations],
        "disagreements": merged.disagreements,
        "wording": [wording_view(d, sources_by_id) for d in merged.wording],
        "conflicts": [{"href": fact_href(other, root), "value": format_value(merged_by_id[other]),
                       "label": merged_by_id[other].label} for other in merged.conflicts],
        "disputed": bool(merged.disagreements or merged.conflicts),
    }


def fact_sheet_groups(merged_facts, sources_by_id):
    """Merged facts grouped by kind in a fixed order; within a group, most-reported first."""
    merged_by_id = {m.id: m for m in merged_facts}
    groups = []
    for kind, title in KIND_TITLES.items():
        members = [m for m in merged_facts if m.kind == kind]
        members.sort(key=lambda m: -m.source_count)  # stable: ties keep reading order
        if members:
            groups.append({"id": f"kind-{kind}", "title": title,
                           "facts": [merged_view(m, sources_by_id, "", merged_by_id) for m in members]})
    return groups


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
    metadata = [(label, source.meta[key], key == "url" and web_url(source.meta) is not None)
                for key, label in METADATA_LABELS if source.meta.get(key)]
    fact_list = [
        {
            "value": format_value(f),
            "label": f.label,
            "cite_href": f"#{f.anchor}",
            "fact_href": fact_href(merged_of[f.id].id, root),
            "sources_label": count_label(merged_of[f.id].source_count, "source"),
        }
        for f in facts
    ]
    return {"id": source.id, "title": source.title, "metadata": metadata,
            "paragraphs": paragraphs, "facts": fact_list}


def make_environment(templates_dir):
    """A user's templates/ folder overrides the packaged defaults file by file."""
    loaders = []
    if templates_dir and Path(templates_dir).is_dir():
        loaders.append(FileSystemLoader(str(templates_dir)))
    loaders.append(PackageLoader("generator", "templates"))
    return Environment(loader=ChoiceLoader(loaders), autoescape=True, undefined=StrictUndefined,
                       keep_trailing_newline=True)


def render_site(sources, facts_by_source, merged_facts, templates_dir=None):
    """Every page of the site, in memory; nothing is written here."""
    try:
        return render_pages(make_environment(templates_dir), sources, facts_by_source, merged_facts)
    except TemplateSyntaxError as err:
        raise FactsheetError(err.filename or err.name, err.lineno, f"template error: {err.message}") from None
    except UndefinedError as err:
        raise FactsheetError(templates_dir, None, f"a template uses something the build does not provide: {err.message}") from None


def render_pages(env, sources, facts_by_source, merged_facts):
    sources_by_id = {s.id: s for s in sources}
    merged_by_id = {m.id: m for m in merged_facts}
    merged_of = {c.fact: m for m in merged_facts for c in m.citations}
    source_list = [{"title": s.title, "href": source_href(s.id),
                    "facts_label": count_label(len(facts_by_source[s.id]), "fact")} for s in sources]
    pages = [Page("index.html", env.get_template("index.html").render(
        root="", groups=fact_sheet_groups(merged_facts, sources_by_id), sources=source_list,
        fact_count=len(merged_facts),
    ))]
    for merged in merged_facts:
        pages.append(Page(f"facts/{merged.id}.html", env.get_template("fact.html").render(
            root="../", fact=merged_view(merged, sources_by_id, "../", merged_by_id))))
    for source in sources:
        view = source_view(source, facts_by_source[source.id], merged_of, "../")
        pages.append(Page(f"sources/{source.id}.html",
                          env.get_template("source.html").render(root="../", source=view)))
    kinds = [{"value": kind, "title": title} for kind, title in KIND_TITLES.items()
             if any(m.kind == kind for m in merged_facts)]
    pages.append(Page("search.html", env.get_template("search.html").render(
        root="", kinds=kinds, sources=[{"id": s.id, "title": s.title} for s in sources])))
    pages.append(Page("assets/style.css", env.get_template("style.css").render()))
    # Our script is copied as written: Jinja syntax has no business in JavaScript.
    pages.append(Page("assets/search.js", env.loader.get_source(env, "search.js")[0]))
    return pages
