"""Search parts: the lunr index and what results show, split so a reader loads only what a query needs.

The whole index is built once (index.py) and cut here into parts, each a small `<script>`
file (browsers refuse fetch() of file:// addresses, not scripts):

- `manifest`: the fields, the pipeline, the shard keys and how results are chunked;
- `terms/<key>`: the index restricted to the terms that start with key: for each term, its
  number in the index and, per field, the documents holding it with the term's weight there
  (lunr's postings and document vectors, written once instead of twice); a key is one to
  four characters, as long as it takes to keep a part small;
- `results/<n>`: what RESULT_CHUNK results show (label, value, snippet, link);
- `sources`: the source titles, for the source filter, loaded after the first results;
- `text/<n>`: the sentences of source n, for a source result to show the passage that
  matched (loaded for the results on screen, after they show).

A query loads the parts for its terms (as typed, and stemmed), merges them into one lunr
index and queries it: the same scores as the whole index for every term whose first
characters are typed right (a typo in them is not forgiven, as each part holds only the
terms of its key). A word found in more than MAX_POSTINGS documents ("near" in every
article of a big corpus) keeps only those where it weighs most, with all their fields: it
still finds its best documents, scored as before, and no part grows with the corpus. lunr.py (`factsheet search`, the tests) and
assets/search.js do the same, on the same files.
"""

import json

from lunr.index import Index

from .model import Page

SHARD_BYTES = 24_000  # a part's JSON, before it is split by a longer key
MAX_POSTINGS = 1_000  # documents kept for one term: those where it weighs most
MAX_KEY = 4
RESULT_CHUNK = 8  # small: the first results shown come from chunks of their own
PREFIX_FROM = 3  # letters typed before a word also finds longer words (and loads their parts)
PARTS_FOLDER = "assets/search"
PART_PREFIX = "(window.FACTSHEET_PARTS = window.FACTSHEET_PARTS || []).push("


def part_path(name):
    """Where a part lives in the site: terms keys are hex, so any character makes a file name."""
    kind, _, rest = name.partition("/")
    if kind == "terms":
        return f"{PARTS_FOLDER}/terms-{rest.encode('utf-8').hex() or '_'}.js"
    return f"{PARTS_FOLDER}/{kind}{'-' + rest if rest else ''}.js"


def part_script(name, data):
    payload = json.dumps([name, data], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "</" cannot end a script early when the part is inlined; \u2028 breaks older parsers.
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{PART_PREFIX}{payload});\n"


def parse_part_script(script):
    """(name, data) of a part file, or None if the text is not one."""
    if not (script.startswith(PART_PREFIX) and script.endswith(");\n")):
        return None
    try:
        name, data = json.loads(script[len(PART_PREFIX):-3])
    except ValueError:
        return None
    return name, data


def term_entries(serialized):
    """{term: [term, index, {field: [ref, weight, ref, weight, …]}]}: each term with its
    postings and its weight in each document field, from lunr's serialized index."""
    entries, found_of = {}, {}  # found_of: a term's number in the index -> its postings
    for term, posting in serialized["invertedIndex"]:
        entries[term] = [term, posting["_index"], {}]
        found_of[posting["_index"]] = []
    for field_ref, elements in serialized["fieldVectors"]:
        field, _, ref = field_ref.partition("/")
        ref, pairs = int(ref), iter(elements)
        for number, weight in zip(pairs, pairs):
            found_of[number].append((field, ref, weight))
    for term, entry in entries.items():
        found = found_of[entry[1]]
        weight_of = {}
        for _, ref, weight in found:
            weight_of[ref] = weight_of.get(ref, 0) + weight
        if len(weight_of) > MAX_POSTINGS:  # its heaviest documents, every field of each: their scores stay exact
            kept = set(sorted(weight_of, key=lambda ref: (-weight_of[ref], ref))[:MAX_POSTINGS])
            found = [posting for posting in found if posting[1] in kept]
        for field, ref, weight in found:
            entry[2].setdefault(field, []).extend((ref, weight))
    return entries


def term_sizes(entries):
    """{term: bytes its entry takes in a part}."""
    return {term: len(json.dumps(entry, separators=(",", ":"))) for term, entry in entries.items()}


def shard_keys(sizes):
    """Keys such that every part stays near SHARD_BYTES: longer where terms crowd. A key's
    part holds the terms that start with it and with no longer key."""
    keys = []

    def split(prefix, terms):
        keys.append(prefix)  # once split, its part keeps only the term that is the prefix itself
        if len(prefix) >= MAX_KEY or sum(sizes[t] for t in terms) <= SHARD_BYTES:
            return
        longer = {}
        for term in terms:
            if len(term) > len(prefix):
                longer.setdefault(term[:len(prefix) + 1], []).append(term)
        for key, members in sorted(longer.items()):
            split(key, members)
    split("", sorted(sizes))
    return sorted(keys)


def key_of(term, keys):
    """The part holding term: the longest key it starts with (keys: a set, or any collection)."""
    keys = keys if isinstance(keys, (set, frozenset)) else set(keys)
    return next((term[:n] for n in range(min(len(term), MAX_KEY), 0, -1) if term[:n] in keys), "")


def keys_for(words, keys):
    """The parts a query needs, for (word as typed, word stemmed) pairs: each one's own part
    and, from PREFIX_FROM letters on, the parts of every longer word it begins."""
    needed, key_set = set(), set(keys)
    for typed, stemmed in words:
        needed.update((key_of(typed, key_set), key_of(stemmed, key_set)))
        if len(typed) >= PREFIX_FROM:
            needed.update(k for k in keys if k.startswith(typed))
    return sorted(needed)


def split_index(entries, keys):
    """{key: {"terms": [entry, …]}}: the term entries cut by key."""
    parts, key_set = {key: {"terms": []} for key in keys}, set(keys)
    for term, entry in sorted(entries.items()):
        parts[key_of(term, key_set)]["terms"].append(entry)
    return parts


def search_parts(search_data):
    """{part name: data} for the site: the manifest, the term parts, result chunks, sources."""
    return {**index_parts(search_data["index"], len(search_data["results"])), **result_parts(search_data)}


def index_parts(serialized, result_count):
    """The manifest and the term parts, from lunr's serialized index of result_count results."""
    entries = term_entries(serialized)
    keys = shard_keys(term_sizes(entries))
    manifest = {"fields": serialized["fields"], "pipeline": serialized["pipeline"],
                "version": serialized["version"], "keys": keys, "result_chunk": RESULT_CHUNK,
                "results": result_count}
    parts = {"manifest": manifest}
    parts.update({f"terms/{key}": part for key, part in split_index(entries, keys).items()})
    return parts


def result_parts(search_data):
    """The result chunks, the source titles and each source's sentences (index.search_results):
    the parts that need no index, made beside it."""
    results = search_data["results"]
    parts = {"sources": search_data["sources"]}
    parts.update({f"text/{number}": sentences for number, sentences in enumerate(search_data["texts"])})
    for start in range(0, len(results), RESULT_CHUNK):
        parts[f"results/{start // RESULT_CHUNK}"] = results[start:start + RESULT_CHUNK]
    return parts


def part_pages(parts):
    """The parts as files of the site."""
    return [Page(part_path(name), part_script(name, data)) for name, data in sorted(parts.items())]


def merged_index(manifest, term_parts):
    """One lunr index from term parts: the whole index restricted to their terms."""
    inverted, vectors = [], {}
    for part in term_parts:
        for term, number, fields in part["terms"]:
            posting = {"_index": number, **{field: {} for field in manifest["fields"]}}  # lunr reads every field
            for field, pairs in fields.items():
                posting[field] = {str(ref): {} for ref in pairs[::2]}
                for ref, weight in zip(pairs[::2], pairs[1::2]):
                    vectors.setdefault(f"{field}/{ref}", []).append((number, weight))
            inverted.append([term, posting])
    inverted.sort(key=lambda entry: entry[0])
    field_vectors = [[ref, [x for pair in sorted(pairs) for x in pair]] for ref, pairs in sorted(vectors.items())]
    return Index.load({"version": manifest["version"], "fields": manifest["fields"], "pipeline": manifest["pipeline"],
                       "invertedIndex": inverted, "fieldVectors": field_vectors})
