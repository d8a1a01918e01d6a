"""Search parts: the index split so a query loads little, and finds what the whole index finds."""

import sys
from pathlib import Path

import pytest

from conftest import SEEDS
from generator.build import gather
from generator.cache import code_version
from generator.search import lunr_index
from generator.search.lunr_index import (SHARD_BYTES, build_index, key_of, keys_for, load_index, run_query, search,
                                         search_parts, shard_keys, term_entries, term_sizes)
from generator.search.parts import parse_part_script, part_path, part_script

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from corpus import write_corpus  # noqa: E402  the benchmarks' own generated articles

QUERIES = ["Belgorod", "belgrod", "1400", "1,400", "1 400", "prison", "km2", "up to 15 years", "collaborators flee",
           "Kharkiv region", "15", "Irina", "Zelensky", "kh", "no such word", "C++:", ""]


@pytest.fixture(scope="module")
def corpus_data(tmp_path_factory):
    """A generated corpus of 300 articles, big enough to be split into many parts."""
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root, 300)
    site, _ = gather(root, code_version())
    return build_index(site)


def test_every_part_is_a_script_that_cannot_close_a_script_tag():
    script = part_script("results/0", [{"title": "</script><script>alert(1)</script>"}])
    assert "</script" not in script
    assert parse_part_script(script) == ("results/0", [{"title": "</script><script>alert(1)</script>"}])
    assert parse_part_script("alert(1)") is None
    assert part_path("terms/кр") == "assets/search/terms-d0bad180.js" and part_path("manifest") == "assets/search/manifest.js"


def test_each_term_is_in_exactly_one_part_and_parts_stay_small(corpus_data):
    serialized = corpus_data["index"]
    sizes = term_sizes(term_entries(serialized))
    keys = shard_keys(sizes)
    parts = search_parts(corpus_data)
    terms = [entry[0] for name, part in parts.items() if name.startswith("terms/") for entry in part["terms"]]
    assert sorted(terms) == sorted(term for term, _ in serialized["invertedIndex"])
    for key in keys:
        size = sum(sizes[t] for t in sizes if key_of(t, keys) == key)
        assert size <= SHARD_BYTES or len(key) == 4, key


# A typo after the first letters is forgiven over parts as over the whole ("Kharkov"); one in
# them is not (see search/lunr_index.py), so no query here has one.
@pytest.mark.parametrize("query", ["evacuated", "14635", "calm families", "Kharkov", "Officials", "Kharkiv"])
def test_a_query_over_its_parts_finds_what_the_whole_index_finds(corpus_data, query, monkeypatch):
    whole = [corpus_data["results"][int(hit["ref"])]["href"] for hit in run_query(load_index(corpus_data), query)]
    assert whole  # else the comparison says nothing
    monkeypatch.setattr(lunr_index, "MAX_POSTINGS", 10**9)  # every posting kept: the very same results
    parts = search_parts(corpus_data)
    assert [view["href"] for view in search(parts.__getitem__, query, limit=len(whole) + 1)] == whole
    monkeypatch.setattr(lunr_index, "MAX_POSTINGS", 50)  # a word in more documents keeps its 50 heaviest:
    parts = search_parts(corpus_data)  # the same first results (every article has "Officials in …")
    found = [view["href"] for view in search(parts.__getitem__, query, limit=len(whole) + 1)]
    assert found[:10] == whole[:10] and set(found) <= set(whole)


def test_a_query_loads_a_few_parts_not_all(corpus_data):
    parts = search_parts(corpus_data)
    keys = parts["manifest"]["keys"]
    asked = []
    search(lambda name: asked.append(name) or parts[name], "evacuated near Kharkiv", limit=5)
    assert len(keys) > 20 and len([name for name in asked if name.startswith("terms/")]) <= 8


def test_seed_queries_give_the_same_results_over_the_parts():
    site, _ = gather(SEEDS.parent, code_version())
    data = build_index(site)
    parts = search_parts(data)
    for query in QUERIES:
        whole = [data["results"][int(hit["ref"])]["href"] for hit in run_query(load_index(data), query)]
        assert [view["href"] for view in search(parts.__getitem__, query, limit=100)] == whole, query


def test_the_parts_a_query_needs():
    keys = ["", "b", "be", "bel", "belg", "c", "k"]
    assert keys_for([("belgorod", "belgorod")], keys) == ["belg"]
    assert keys_for([("bel", "bel")], keys) == ["bel", "belg"]  # a word being typed: longer words too
    assert keys_for([("be", "be")], keys) == ["be"]  # two letters: only the word itself
