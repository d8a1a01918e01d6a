"""The browser's lunr.js, running our search page's query code over the search parts, ranks as lunr.py does on them."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import part_reader
from generator.search.lunr_index import LUNR_JS, PROJECT_ROOT, keys_for, merged_index, query_terms, run_query, term_forms

QUERIES = ["Belgorod", "1400", "1,400", "1 400", "prison", "km²", "km2", "belgrod", "Zelenskyy",
           "collaborators flee", "up to 15 years", "C++:", "title:foo ~2"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_lunr_js_and_lunr_py_return_the_same_results(seed_site):
    output = subprocess.run(
        ["node", str(Path(__file__).with_name("search_parity.js")), str(seed_site),
         str(PROJECT_ROOT / LUNR_JS), *QUERIES],
        capture_output=True, text=True, timeout=60, check=True).stdout
    part = part_reader(seed_site)
    manifest = part("manifest")
    for query, from_js in zip(QUERIES, json.loads(output)):
        keys = keys_for([term_forms(t, manifest.get("languages", ())) for t in query_terms(query)], manifest["keys"])
        index = merged_index(manifest, [part(f"terms/{key}") for key in keys])
        from_py = [(r["ref"], r["score"]) for r in run_query(index, query)]
        assert [ref for ref, _ in from_js] == [ref for ref, _ in from_py], query
        assert [score for _, score in from_js] == pytest.approx([score for _, score in from_py], rel=1e-6), query
    best = json.loads(output)[0][0][0]
    assert part("results/0")[int(best)]["href"] == "facts/count-1400-people-belgorod.html"
