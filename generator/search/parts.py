"""Search parts: what the search page loads, each a small `<script>` file (browsers refuse
fetch() of file:// addresses, not scripts), whatever the engine:

- `results/<n>`: what RESULT_CHUNK results show (label, value, snippet, link);
- `sources`: the source titles, for the source filter, loaded after the first results;
- `text/<n>`: the sentences of source n, for a source result to show the passage that
  matched (loaded for the results on screen, after they show);
- the engine's own parts (lunr_index.py: the manifest and the term parts).
"""

import json

from ..model import Page

RESULT_CHUNK = 8  # small: the first results shown come from chunks of their own
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



def result_parts(search_data):
    """The result chunks, the source titles and each source's sentences (documents.search_results):
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


