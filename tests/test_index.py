"""Index stage: numbers, units and typos are found however they are written."""

import functools
from pathlib import Path

from lunr import get_default_builder, lunr
from lunr.tokenizer import Tokenizer

from conftest import SEEDS
from generator.build import gather
from generator.cache import code_version
from generator.search.documents import DOCUMENT_FIELDS, SNIPPET_CHARS, index_documents, searchable, snippet
from generator.search.lunr_index import (build_index, indexed, indexed_terms, load_index, run_query, search_index,
                                         serialized_index)


RETELLINGS = Path(__file__).with_name("retellings")  # the seed story told in six other languages


@functools.cache  # tests only read it
def seed_index():
    site, _ = gather(SEEDS.parent, code_version())
    return build_index(site)


def search_data_of(folder, **texts):
    """The search data of a site built from texts ({file name without .txt: text}), in folder."""
    (folder / "sources").mkdir()
    for name, text in texts.items():
        (folder / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    site, _ = gather(folder, code_version())
    return build_index(site)


def first_href(data, text):
    """Where the best result for text links to."""
    results = run_query(load_index(data), text)
    return data["results"][int(results[0]["ref"])]["href"] if results else None


def test_grouped_numbers_and_superscripts_are_written_one_way():
    assert searchable("nearly 1,400 people") == "nearly 1400 people"
    assert searchable("1 400 and 1\u202f400 and 2.500.000") == "1400 and 1400 and 2500000"
    assert searchable("8,000 km²") == "8000 km2"
    # Not thousands groups: decimals, years beside counts, lists of small numbers.
    assert searchable("3.25 million") == "3.25 million"
    assert searchable("in 2022 300 people") == "in 2022 300 people"
    assert searchable("1,40 or 12,3456") == "1,40 or 12,3456"


def test_the_1400_fact_is_found_however_the_number_is_typed():
    data = seed_index()
    for text in ("1400", "1,400", "1 400", "Belgorod", "belgrod"):  # the last with a typo
        assert first_href(data, text) == "facts/count-1400-people-belgorod.html", text


def test_units_kinds_and_words_find_their_facts():
    data = seed_index()
    assert first_href(data, "km2") == first_href(data, "km²") == "facts/area-8000-km2-russia.html"
    assert first_href(data, "prison") == "facts/penalty-15-years.html"


def test_a_fact_outranks_the_article_that_mentions_it():
    data = seed_index()
    types = [data["results"][int(r["ref"])]["type"] for r in run_query(load_index(data), "Belgorod")]
    assert types[0] == "fact" and "source" in types[1:]


def test_query_syntax_characters_are_words_not_errors():
    data = seed_index()
    for text in ("C++:", "title:foo ~2 ^3", "-", "*", ""):
        run_query(load_index(data), text)  # must not raise


def test_every_result_has_a_view_with_a_relative_link():
    data = seed_index()
    refs = {ref for _, entry in data["index"]["invertedIndex"] for field in entry.values()
            if isinstance(field, dict) for ref in field}
    assert refs == {str(n) for n in range(len(data["results"]))}
    assert all(not view["href"].startswith(("/", "http")) for view in data["results"])
    assert all(0 <= n < len(data["sources"]) for view in data["results"] for n in view["sources"])


def test_long_snippets_end_on_a_whole_word_with_one_ellipsis():
    text = "But then, as Russian troops left the city, she fled. " * 10
    cut = snippet(text)
    assert len(cut) <= SNIPPET_CHARS + 1 and cut.endswith("…") and not cut.endswith(".…")
    assert text.startswith(cut[:-1])
    assert snippet("Short.") == "Short."


def test_the_index_is_what_lunr_makes_of_the_documents_unaided():
    """Our terms and our builder (serialized_index) make the index lunr.py makes of the texts."""
    site, _ = gather(SEEDS.parent, code_version())
    documents = index_documents(site)
    assert lunr(ref="ref", fields=DOCUMENT_FIELDS, documents=documents).serialize() == search_index(site)
    text = "Nearly 1,400 people—the “displaced”—were housed in Belgorod's camp; e-mail\xa0them at 10:30 (ÉTÉ) İstanbul"
    expected = [str(t) for t in get_default_builder().pipeline.run(Tokenizer(text))]
    assert indexed_terms({"ref": "0", **{f["field_name"]: "" for f in DOCUMENT_FIELDS}, "body": text})["body"] == expected


def lunr_of_terms(documents):
    """lunr.py's own builder on documents whose fields are index terms: their words, unchanged."""
    builder = get_default_builder()
    builder.pipeline.reset()
    as_text = [({**terms, **{f["field_name"]: " ".join(terms[f["field_name"]]) for f in DOCUMENT_FIELDS}}, attributes)
               for terms, attributes in documents]
    return lunr(ref="ref", fields=DOCUMENT_FIELDS, documents=as_text, builder=builder).serialize()


def test_our_builder_serializes_what_lunr_builds_for_articles_in_six_languages(tmp_path):
    """Stemmed in other languages, terms repeated within a field, every kind of boost: the same
    term numbers, postings, weights (to the last digit) and order as lunr.py's."""
    (tmp_path / "sources").mkdir()
    for article in [*SEEDS.iterdir(), *RETELLINGS.glob("*.txt")]:
        (tmp_path / "sources" / article.name).write_bytes(article.read_bytes())
    site, _ = gather(tmp_path, code_version())
    documents = [(indexed_terms(d), attributes) for d, attributes in index_documents(site)]
    assert {"ru", "de", "fr"} <= set(indexed(site)[1])
    assert len({a.get("boost", 1) for _, a in documents}) >= 3
    assert serialized_index(documents) == lunr_of_terms(documents)


def test_a_vague_amount_is_found_by_its_words_never_by_a_figure(tmp_path):
    data = search_data_of(tmp_path, a="Floods\n\nThousands of people left Riverton overnight.\n\n"
                                      "Officials counted 2,000 sandbags at the depot.\n")
    found = [data["results"][int(hit["ref"])]["value"] for hit in run_query(load_index(data), "2000")]
    assert found[0] == "2,000 sandbags" and "thousands of people" not in found
    assert first_href(data, "thousands").startswith("facts/count-thousands-of-people")


def test_a_figure_finds_only_itself_never_a_near_number(tmp_path):
    data = search_data_of(tmp_path, a="Counts\n\nOfficials counted 1,400 tents at the camp.\n\n"
                                      "Volunteers handed out 15,000 meals.\n\n"
                                      "Police said 1,500 cars crossed the border.\n")
    values = lambda text: [data["results"][int(h["ref"])]["value"] for h in run_query(load_index(data), text)
                           if data["results"][int(h["ref"])]["type"] == "fact"]
    assert values("1500") == ["1,500 cars"] and values("1,500") == ["1,500 cars"]
    assert values("1400") == ["1,400 tents"] and values("150") == []


def test_money_is_found_however_it_is_written(tmp_path):
    data = search_data_of(tmp_path, a="Floods\n\nThe council said repairs to the flood wall could cost "
                                      "£40 million.\n\nVolunteers served about 400 hot meals.\n")
    for text in ("£40m", "£40 million", "40 million pounds", "£40"):
        assert first_href(data, text).startswith("facts/money-40000000-gbp"), text


def test_people_are_found_by_any_spelling_and_facts_by_the_names_in_their_sentences(tmp_path):
    data = search_data_of(tmp_path, a="Visit\n\nPresident Volodymyr Zelenskyy said 300 soldiers had been freed.\n",
                          b="Visit\n\n“We will return,” said Volodymyr Zelensky, who visited 12 villages.\n")
    for spelling in ("Zelenskyy", "Zelensky", "zelenskyi"):
        assert first_href(data, spelling).startswith("entities/person-volodymyr-zelensk"), spelling
    hrefs = [data["results"][int(h["ref"])]["href"] for h in run_query(load_index(data), "Zelensky soldiers")]
    assert hrefs[0] == "facts/count-300-soldiers.html"


def test_a_long_quotes_snippet_holds_the_facts_own_figure():
    quote = ("At a small charity distribution center, half a dozen Ukrainians who recently fled to Russia said "
             "they were stunned by Moscow's failure to hold onto the Kharkiv area and counter a successful "
             "Ukrainian counteroffensive that saw Ukrainians retake 8,000 square kilometers of their territory.")
    cut = snippet(quote, "8,000 square kilometers")
    assert "8,000 square kilometers" in cut and cut.startswith("…") and len(cut) <= SNIPPET_CHARS + 2
