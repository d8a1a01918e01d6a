"""Search stems each document's words in its source's language, and a query in each stemmed
language of the index, alike in lunr.py and in the browser (snowballstemmer and lunr-languages:
generator/search/stemming.py); sentences written for these tests."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from builds import run_build
from generator.search import stemming
from generator.search.lunr_index import (LUNR_JS, PROJECT_ROOT, index_term, keys_for, language_stems, merged_index,
                                         query_terms, run_query, term_forms)

SOURCES = {
    "de": "Im Lager leben fast 1.400 Menschen, die aus den Dörfern geflohen sind.",
    "fr": "Près de 1 400 personnes vivent dans le camp après avoir fui leurs villages.",
    "ru": "В лагере живут почти 1400 беженцев, живших в соседних деревнях.",
}
# Each language's query in a form its sentence does not write: found only through the stemmer.
QUERIES = {"de": "Dorf geflohene", "fr": "village fuir", "ru": "беженцами деревня", "en": "refugee villages"}
NODE = shutil.which("node") is not None


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("stemming")
    (root / "content" / "sources").mkdir(parents=True)
    for code, text in SOURCES.items():
        (root / "content" / "sources" / f"camp-{code}.txt").write_text(
            f"---\ntitle: Lager {code}\nlanguage: {code}\n---\n\n{text}\n", encoding="utf-8")
    run_build(root / "content", root / "site")
    return root / "site"


@pytest.mark.parametrize("code, words", [
    ("de", ["Dörfern", "Dorf"]), ("fr", ["villages", "village"]), ("ru", ["деревнях", "деревня", "деревнями"]),
    ("ru", ["беженцев", "беженцами"]), ("ru", ["актёров", "актеров"]),  # "ё" written "е" first, on both sides
])
def test_a_words_forms_share_one_stem(code, words):
    assert len({stemming.stem(word.lower(), code) for word in words}) == 1


def test_only_languages_both_sides_stem_alike_are_stemmed():
    assert set(stemming.STEMMED) == {"de", "fr", "ru"}
    assert stemming.stemmed_language("uk") is stemming.stemmed_language("pl") is stemming.stemmed_language("en") is None
    assert index_term("villages", "fr") == "villag" and index_term("villages") == "villag"  # lunr's English
    assert language_stems("деревнями", ["ru"]) == ["деревн"] and language_stems("1400", ["de", "fr", "ru"]) == []


def test_the_manifest_names_the_stemmed_languages(site):
    from generator.cli import part_reader
    assert part_reader(site)("manifest")["languages"] == ["de", "fr", "ru"]


def python_results(site, query):
    from generator.cli import part_reader
    part = part_reader(site)
    manifest = part("manifest")
    keys = keys_for([term_forms(t, manifest["languages"]) for t in query_terms(query)], manifest["keys"])
    return [(r["ref"], r["score"]) for r in run_query(merged_index(manifest, [part(f"terms/{k}") for k in keys]), query)]


@pytest.mark.parametrize("code", ["de", "fr", "ru"])
def test_a_query_finds_a_source_by_another_form_of_its_words(site, code):
    from generator.cli import part_reader
    results = part_reader(site)("results/0")
    found = [results[int(ref)] for ref, _ in python_results(site, QUERIES[code])]
    assert any(view["type"] == "source" and view["title"] == f"Lager {code}" for view in found), found


@pytest.mark.skipif(not NODE, reason="needs Node.js")
def test_lunr_js_with_lunr_languages_stems_as_lunr_py(site):
    queries = list(QUERIES.values())
    output = subprocess.run(["node", str(Path(__file__).with_name("search_parity.js")), str(site),
                             str(PROJECT_ROOT / LUNR_JS), *queries], capture_output=True, text=True, timeout=60,
                            check=True).stdout
    for query, from_js in zip(queries, json.loads(output)):
        from_py = python_results(site, query)
        assert from_js and [ref for ref, _ in from_js] == [ref for ref, _ in from_py], query
        assert [score for _, score in from_js] == pytest.approx([score for _, score in from_py], rel=1e-6), query


@pytest.mark.skipif(not NODE, reason="needs Node.js")
def test_the_browser_stemmers_agree_with_snowballstemmer_word_for_word(site):
    """Every word of the test sentences and of the retellings, stemmed by both sides."""
    texts = [*SOURCES.values(), *(p.read_text(encoding="utf-8") for p in Path(__file__).with_name("retellings").glob("*.txt"))]
    words = sorted({w for text in texts for w in query_terms(text.lower()) if w.isalpha()})
    output = subprocess.run(["node", str(Path(__file__).with_name("stem_parity.js")), str(PROJECT_ROOT / LUNR_JS), str(site),
                             json.dumps(["de", "fr", "ru"]), json.dumps(words)],
                            capture_output=True, text=True, timeout=60, check=True).stdout
    for code, from_js in zip(["de", "fr", "ru"], json.loads(output)):
        assert from_js == [stemming.stem(w, code) for w in words], code
