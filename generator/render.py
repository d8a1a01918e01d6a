"""Render stage: turn the build's Site into HTML pages through Jinja2 templates.

All decisions (grouping, ordering, formatting, link targets) are made here, so the
templates only lay out what they are given.
"""

from pathlib import Path

from jinja2 import (ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined,
                    TemplateSyntaxError, UndefinedError)

from .errors import FactsheetError
from .extract import is_vague
from .facts_yaml import CONFIRMED
from .key_facts import key_panel
from .kinds import KINDS, kind_title
from .model import Page
from .present import (count_label, fact_href, fact_path, format_value, source_href, source_path,
                      web_url)

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


def citation_view(citation, source, root):
    return {
        "source_title": source.title,
        "publisher": source.meta.get("publisher"),
        "published": source.meta.get("published"),
        "text": citation.text,
        "quote": citation.quote,
        "cite_href": source_href(citation.source, citation.anchor, root),
        "original_url": web_url(source.meta),
        "reviewed": citation.status == CONFIRMED,
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
        "kind": kind_title(merged.kind),
        "places": merged.places,
        "source_count": merged.source_count,
        "sources_label": count_label(merged.source_count, "source"),
        "citations": [citation_view(c, sources_by_id[c.source], root) for c in merged.citations],
        "disagreements": merged.disagreements,
        "wording": [wording_view(d, sources_by_id) for d in merged.wording],
        "conflicts": [{"href": fact_href(other, root), "value": format_value(merged_by_id[other]),
                       "label": merged_by_id[other].label} for other in merged.conflicts],
        "disputed": bool(merged.disagreements or merged.conflicts),
        "reviewed": any(c.status == CONFIRMED for c in merged.citations),
        "key": merged.key,
    }


def kinds_present(merged_facts):
    """The kinds table's rows that have facts in this build, in table order."""
    present = {m.kind for m in merged_facts}
    return [kind for kind in KINDS if kind.id in present]


def fact_sheet_groups(merged_facts, sources_by_id):
    """Merged facts grouped by kind in table order, most-reported first within a group; amounts
    without a figure ("thousands of people") apart at the end, so they never pass for figures."""
    merged_by_id = {m.id: m for m in merged_facts}
    figures = [m for m in merged_facts if not is_vague(m)]
    groups = []
    for kind in kinds_present(figures):
        members = sorted((m for m in figures if m.kind == kind.id), key=lambda m: -m.source_count)  # stable
        groups.append({"id": f"kind-{kind.id}", "title": kind.title,
                       "facts": [merged_view(m, sources_by_id, "", merged_by_id) for m in members]})
    vague = sorted((m for m in merged_facts if is_vague(m)), key=lambda m: -m.source_count)
    if vague:
        groups.append({"id": "without-figures", "title": VAGUE_TITLE,
                       "facts": [merged_view(m, sources_by_id, "", merged_by_id) for m in vague]})
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


def render_site(site, templates_dir=None):
    """Every page of the site, in memory; nothing is written here."""
    try:
        env = make_environment(templates_dir)
        env.globals["sheet"] = {"title": site.config.title, "description": site.config.description}
        return render_pages(env, site)
    except TemplateSyntaxError as err:
        raise FactsheetError(err.filename or err.name, err.lineno, f"template error: {err.message}") from None
    except UndefinedError as err:
        raise FactsheetError(templates_dir, None, f"a template uses something the build does not provide: {err.message}") from None


def render_pages(env, site):
    sources_by_id = {s.id: s for s in site.sources}
    merged_by_id = {m.id: m for m in site.merged}
    merged_of = {c.fact: m for m in site.merged for c in m.citations}
    source_list = [{"title": s.title, "href": source_href(s.id),
                    "facts_label": count_label(len(site.published(s.id)), "fact")} for s in site.sources]
    key_figures = [merged_view(m, sources_by_id, "", merged_by_id) for m in key_panel(site.merged)]
    pages = [Page("index.html", env.get_template("index.html").render(
        root="", key_figures=key_figures, groups=fact_sheet_groups(site.merged, sources_by_id),
        sources=source_list, fact_count=len(site.merged),
    ))]
    for merged in site.merged:
        pages.append(Page(fact_path(merged.id), env.get_template("fact.html").render(
            root="../", fact=merged_view(merged, sources_by_id, "../", merged_by_id))))
    for source in site.sources:
        view = source_view(source, site.published(source.id), merged_of, "../")
        pages.append(Page(source_path(source.id),
                          env.get_template("source.html").render(root="../", source=view)))
    kinds = [{"value": kind.id, "title": kind.title} for kind in kinds_present(site.merged)]
    pages.append(Page("search.html", env.get_template("search.html").render(
        root="", kinds=kinds, sources=[{"id": s.id, "title": s.title} for s in site.sources])))
    pages.append(Page("assets/style.css", env.get_template("style.css").render()))
    # Our script is copied as written: Jinja syntax has no business in JavaScript.
    pages.append(Page("assets/search.js", env.loader.get_source(env, "search.js")[0]))
    return pages
