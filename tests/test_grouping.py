"""One rule for grouped numbers, case by case: extraction, the index and search.js agree."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import extract_facts
from generator.extract.numbers import GROUPED_IN_TEXT, ungroup, ungroup_all
from generator.search.documents import searchable
from generator.read import parse_source

SEARCH_JS = Path(__file__).parent.parent / "templates" / "search.js"
# (as written, as the index and the query write it, the value extraction reads)
CASES = [
    ("1,400", "1400", 1400),
    ("1 400", "1400", 1400),
    ("1\u00a0400", "1400", 1400),  # no-break space
    ("1\u202f400", "1400", 1400),  # narrow no-break space
    ("1\u2009400", "1400", 1400),  # thin space
    ("1,234,567", "1234567", 1234567),
    ("2.500.000", "2500000", 2500000),
    ("1,400.5", "1400.5", 1400.5),
    ("3.125", "3.125", 3.125),  # one dot group is a decimal point
    ("3.25", "3.25", 3.25),
    ("1,40", "1,40", 1.4),  # a decimal comma
    ("589,2", "589,2", 589.2),
    ("2022", "2022", 2022),
    ("12,34,567", "1234567", 1234567),  # India's lakhs
    ("10, 000", "10000", 10000),  # tokenised text: a group led by a nought after a comma and a space
]
TEXTS = [f"The road is {written} km long." for written, _, _ in CASES] + [
    "in 2022 300 people", "12,3456 and 1,4000", "8,000 km² and 3.125 million", "£40m and $2.5bn, 30m high"]
EXPECTED = [f"The road is {plain} km long." for _, plain, _ in CASES] + [
    "in 2022 300 people", "12,3456 and 1,4000", "8000 km2 and 3.125 million",
    "£40 million and $2.5 billion, 30 million high"]


def test_the_index_writes_grouped_numbers_without_separators():
    assert [searchable(text) for text in TEXTS] == EXPECTED


@pytest.mark.parametrize("written, plain, value", CASES)
def test_extraction_reads_each_grouping_as_the_index_writes_it(written, plain, value):
    facts = extract_facts(parse_source(f"Title\n\nThe road is {written} km long.", "t.txt"))
    assert [(f.value, f.unit) for f in facts] == [(value, "km")]
    assert float(plain.replace(",", ".")) == value


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_search_js_writes_what_the_reader_types_as_the_index_does():
    script = ("const {searchable} = require(process.argv[1]);"
              "process.stdout.write(JSON.stringify(JSON.parse(process.argv[2]).map(searchable)));")
    output = subprocess.run(["node", "-e", script, str(SEARCH_JS), json.dumps(TEXTS)],
                            capture_output=True, text=True, timeout=60, check=True).stdout
    assert json.loads(output) == EXPECTED


NUMERAL_PIECES = ["1", "12", "400", "000", "2022", ",", ".", " ", "\u00a0", "\u202f", "\u2009", "km", "a "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NUMERAL_PIECES), max_size=14).map("".join))
def test_ungrouping_a_whole_text_is_the_one_rule_applied_everywhere(text):
    # the rule as one substitution over the text, which a quicker scan must match exactly
    assert ungroup_all(text) == GROUPED_IN_TEXT.sub(lambda match: ungroup(match[0]), text)
