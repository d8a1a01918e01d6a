"""Search documents: what any search engine indexes and what each result shows, engine-neutral.

Every merged fact, source and person, organisation or place is one document of named fields
(DOCUMENT_FIELDS, each with its boost) and one result view (label, value, snippet, link);
numbered in that order (index_documents), results cite sources by their number.
"""

import functools
import re

from ..extract import is_vague, source_language
from ..figures import plain_number
from ..extract.numbers import ungroup_all
from ..present import count_label, entity_href, fact_href, format_value, line_label, source_href, titles_apart

# Fields shared by every document; a fact's label and value outrank words deep in an article.
# Each field costs bytes under every term of the index, so there are few of them.
# Fields shared by every document; a fact's label and value outrank words deep in an article.
# Each field costs bytes under every term of the index, so there are few of them.
DOCUMENT_FIELDS = (
    {"field_name": "title", "boost": 10},
    {"field_name": "heading", "boost": 3},  # a source's title and publisher
    {"field_name": "value", "boost": 8},
    {"field_name": "names", "boost": 3},  # places, people and organisations, every spelling
    {"field_name": "body", "boost": 1},
)
FACT_BOOST = 5  # a fact that mentions the words beats an article that mentions them in passing
KEY_FACT_BOOST = 8  # and a key fact beats another fact on equal matches
# A person's or an organisation's name typed finds its page first; a place's finds the facts
# about it first (places are named everywhere: what happened there is the point).
ENTITY_BOOST = {"person": 8, "organisation": 8, "place": 2}
VAGUE_FACT_BOOST = 1  # 'thousands of people' in Belgorod ranks below 'nearly 1,400 people' there
SOURCES_SHOWN = 3  # source titles a result lists before "and N more"
SNIPPET_CHARS = 240
QUOTES_SHOWN = 3  # a fact result picks its snippet from its first few distinct quotes



SHORT_SCALES = re.compile(r"(\d)(m|bn)\b")
SCALE_WORDS = {"m": "million", "bn": "billion"}


def searchable(text):
    """Text as the index sees it: '1,400' and '1 400' become '1400', 'km²' becomes 'km2',
    '£40m' becomes '£40 million' (so £40m, £40 million and 40 million pounds meet).

    The browser applies the same rule to what the reader types (assets/search.js), so a
    number matches however it was written on either side.
    """
    text = SHORT_SCALES.sub(lambda m: f"{m[1]} {SCALE_WORDS[m[2]]}", ungroup_all(text))
    return text.replace("²", "2").replace("³", "3")  # not translate(): it walks a long text in Python


# A sentence giving several figures is the quote of each of their facts: made searchable once.
searchable_quote = functools.lru_cache(maxsize=1 << 16)(searchable)


def fact_document(ref, merged, named=(), languages=None):
    """named: the entities its sentences name, found by any of their spellings; languages:
    source id -> the code of its language, for each quote's words to be stemmed in its own
    ("parts" of a field: (code, text) pieces; "language": the rest's, the first citation's)."""
    languages = languages or {}
    quotes = list(dict.fromkeys((c.quote, languages.get(c.source)) for c in merged.citations))
    # a vague amount is found by its words: its lower bound ("thousands of": 2000) is no figure
    numbers = "" if is_vague(merged) else " ".join(plain_number(v) for v in (merged.value, merged.value_max)
                                                   if v is not None)
    value = " ".join(filter(None, [format_value(merged), numbers, merged.unit, merged.kind]))
    body = [(code, searchable_quote(quote)) for quote, code in quotes]
    return {
        "ref": ref,
        "title": searchable(" ".join(filter(None, [merged.label, merged.subject]))),
        "heading": "",
        "value": searchable(value),
        "names": " ".join(dict.fromkeys([*merged.places, *(n for e in named for n in (e.name, *e.aliases))])),
        "body": " ".join(dict.fromkeys(text for _, text in body)),
        "language": languages.get(merged.citations[0].source) if merged.citations else None,
        "parts": {"body": body},
    }


def source_text(source):
    return " ".join(sentence.text for paragraph in source.paragraphs for sentence in paragraph)


def source_document(ref, source):
    return {
        "ref": ref,
        "title": "",
        "heading": searchable(" ".join(filter(None, [source.title, source.meta.get("publisher")]))),
        "value": "",
        "names": "",
        "body": searchable(source_text(source)),
        "language": source_language(source),
    }


def entity_document(ref, entity):
    return {"ref": ref, "title": " ".join((entity.name, *entity.aliases)), "heading": entity.kind,
            "value": "", "names": "", "body": ""}


def entity_result(entity, source_number):
    also = f"also written {', '.join(entity.aliases)}; " if entity.aliases else ""
    sources = sorted({source_number[source_id] for source_id, _ in entity.mentions})
    return {"type": "entity", "kind": entity.kind, "value": "", "title": entity.name,
            "href": entity_href(entity.id),
            "snippets": [f"{entity.kind.capitalize()}: {also}{count_label(len(entity.mentions), 'mention')}"],
            "places": "", "sources": sources, "cited": count_label(len(sources), "source")}


def snippet(text, around=None):
    """At most SNIPPET_CHARS of text, cut between words and marked "…"; a window that holds
    the phrase around when there is one (a fact's figure deep in a long sentence)."""
    if len(text) <= SNIPPET_CHARS:
        return text
    at = text.find(around) if around else -1
    start = 0 if at < SNIPPET_CHARS // 2 else max(0, min(at - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
    if start:
        start = text.find(" ", start) + 1  # from a word's start
    window = text[start:start + SNIPPET_CHARS]
    if start + SNIPPET_CHARS < len(text):
        window = window.rsplit(" ", 1)[0].rstrip(".,;:") + "…"
    return ("…" if start else "") + window


def cited_line(numbers, titles):
    """'2 sources: Title A; Title B' (and N more): a result's sources, spelled out."""
    shown = [titles[n] for n in numbers[:SOURCES_SHOWN]]
    more = f" and {len(numbers) - len(shown)} more" if len(numbers) > len(shown) else ""
    return f"{count_label(len(numbers), 'source')}: {'; '.join(shown)}{more}"


def fact_result(merged, source_number, titles):
    cited = sorted({source_number[c.source] for c in merged.citations})
    return {"type": "fact", "kind": merged.kind, "value": format_value(merged), "title": line_label(merged),
            # the passages a snippet is chosen from: its distinct quotes, the first few
            "href": fact_href(merged.id), "snippets": [snippet(q, merged.text) for q in list(dict.fromkeys(
                c.quote for c in merged.citations))[:QUOTES_SHOWN]],
            "phrase": merged.text,  # marked in the snippet when the figure itself is what matched
            "places": ", ".join(merged.places), "sources": cited, "cited": cited_line(cited, titles)}


def source_result(source, number):
    return {"type": "source", "kind": "source", "value": "", "title": source.title,
            # the opening until its sentences (part text/<number>) arrive to choose from
            "href": source_href(source.id), "snippets": [snippet(source_text(source))],
            "places": "", "sources": [number], "cited": source.meta.get("publisher", "")}


def fact_boost(merged):
    if is_vague(merged):
        return VAGUE_FACT_BOOST
    return KEY_FACT_BOOST if merged.key else FACT_BOOST


def index_documents(site):
    """(document, attributes) for lunr: every merged fact, then every source, then every
    person, organisation and place, numbered in that order."""
    named = {}
    for entity in site.entities:
        for mention in entity.mentions:
            named.setdefault(mention, []).append(entity)
    documents, languages = [], {source.id: source_language(source) for source in site.sources}
    for n, merged in enumerate(site.merged):
        entities = dict.fromkeys(e for c in merged.citations for e in named.get((c.source, c.anchor), ()))
        documents.append((fact_document(str(n), merged, entities, languages), {"boost": fact_boost(merged)}))
    documents += [(source_document(str(len(site.merged) + n), s), {}) for n, s in enumerate(site.sources)]
    start = len(site.merged) + len(site.sources)
    documents += [(entity_document(str(start + n), e), {"boost": ENTITY_BOOST[e.kind]}) for n, e in enumerate(site.entities)]
    return documents


def file_document_keys(site):
    """{ref: key} of the documents made from one file alone: a source's, by its file's digest
    (its text and front matter); what an engine made of one may be kept while the file is."""
    return {str(len(site.merged) + n): source.digest for n, source in enumerate(site.sources) if source.digest}


def search_results(site):
    """What each result shows (in the index's order, index_documents), the source titles, and
    each source's sentences: what a search shows, made without the index."""
    source_number = {source.id: number for number, source in enumerate(site.sources)}
    titles = titles_apart(site.sources)
    results = [fact_result(m, source_number, titles) for m in site.merged]
    results += [source_result(s, source_number[s.id]) for s in site.sources]
    results += [entity_result(e, source_number) for e in site.entities]
    texts = [[sentence.text for sentence in source.sentences] for source in site.sources]
    return {"results": results, "sources": titles, "texts": texts}


def result_count(site):
    """One result per document of the index: every merged fact, source and entity."""
    return len(site.merged) + len(site.sources) + len(site.entities)

