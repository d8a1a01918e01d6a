"""The facts files' YAML writer: whatever it writes, PyYAML reads back as the same data."""

import yaml
from hypothesis import given, settings, strategies as st

from generator.facts_yaml import load_yaml
from generator.yaml_text import dump

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(),
                    st.floats(allow_nan=False, allow_infinity=False), st.text())
DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(), inner, max_size=4)), max_leaves=12)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.text(), DATA, max_size=6))
def test_any_document_reads_back_as_written(document):
    assert yaml.safe_load(dump(document)) == (document or None)
    # and as strictly as a build reads a reviewer's file: no key twice, no anchor, nothing refused
    assert load_yaml(dump(document), "x.yaml") == (document or None)


@given(st.text())
def test_any_text_reads_back_as_itself_in_a_fact(text):
    fact = {"facts": [{"id": "f-1", "label": text, "places": [text, "Kharkiv"]}]}
    assert yaml.safe_load(dump(fact)) == fact


def test_tricky_strings_that_yaml_would_read_as_something_else_are_quoted():
    for text in ["yes", "No", "null", "~", "10:30", "1,400", "3.5", "1e3", "- list", "key: value", "a #b",
                 "trailing ", " leading", "", "@at", "'quote", "\u2028", "tab\there", "2022-09-15", "0x1A", ".inf"]:
        assert yaml.safe_load(dump({"x": text})) == {"x": text}, text
    assert dump({"quote": "Nearly 1,400 people were housed in Belgorod."}) == (
        "quote: Nearly 1,400 people were housed in Belgorod.\n")
