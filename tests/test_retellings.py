"""Facts and names across languages (issue 37): the seed story retold in Ukrainian, Russian,
German, Lithuanian, Polish and French (tests/retellings/, our own sentences) joins the English
seeds' facts, and a name in Cyrillic, or as another Latin alphabet writes it (Nemčinova,
Niemczynowa, Nemtchinova), is the person the English articles name."""

import json
import shutil
from pathlib import Path

import re

import pytest

from generator.extract import lemmas

from generator.extract.entities import alias_key
from generator.extract.gazetteer import is_known_place, place_key
from generator.kinds import COUNT
from generator.merge import places_apart, unit_key

from builds import SEEDS, run_build

RETELLINGS = Path(__file__).with_name("retellings")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("retellings")
    shutil.copytree(SEEDS, root / "content" / "sources")
    for retelling in RETELLINGS.glob("*.txt"):
        shutil.copy(retelling, root / "content" / "sources" / retelling.name)
    run_build(root / "content", root / "site")
    return root / "site"


def merged(site):
    return json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]


@pytest.mark.parametrize("kind, value, unit", [("count", 1400, "people"), ("area", 8000, "km²"),
                                               ("penalty", 15, "years")])
def test_each_key_fact_cites_every_version_that_states_it(site, kind, value, unit):
    facts = [f for f in merged(site) if f["kind"] == kind and f["value"] == value]
    assert len(facts) == 1, [f["id"] for f in facts]
    cited = {c["source"] for c in facts[0]["citations"]}
    assert cited == {"000_4bb0ab349ed1770d", "001_754e6fe15d50848d", "uk", "ru", "de", "lt", "pl", "fr"}


def test_a_fact_page_shows_each_sentence_in_its_language_marked(site):
    page = (site / "facts" / "count-1400-people-belgorod.html").read_text(encoding="utf-8")
    assert '<blockquote class="quote" lang="uk">Адміністрація губернатора в Бєлгороді' in page
    assert '<blockquote class="quote" lang="en">' in page
    for code, name in (("UK", "Ukrainian"), ("RU", "Russian"), ("DE", "German"), ("LT", "Lithuanian"),
                       ("PL", "Polish"), ("FR", "French")):
        assert f'<abbr class="lang" title="{name}">{code}</abbr>' in page
    assert ">EN</abbr>" not in page  # the site's own language needs no mark


def test_one_person_page_holds_nemchinova_in_both_scripts(site):
    pages = [p for p in (site / "entities").glob("person-*.html")
             if "Nemchinova" in p.read_text(encoding="utf-8") or "Немчинова" in p.read_text(encoding="utf-8")]
    assert len(pages) == 1
    text = pages[0].read_text(encoding="utf-8")
    assert "Nemchinova" in text and "Немчинова" in text and "Nemchynova" in text
    assert "Nemčinova" in text and "Niemczynowa" in text and "Nemtchinova" in text  # lt, pl, fr


def test_one_place_page_for_belgorod_in_every_script(site):
    places = sorted(p.name for p in (site / "entities").glob("place-*.html"))
    assert [name for name in places if "belgorod" in name or "bielgorod" in name] == ["place-belgorod.html"]
    page = (site / "entities" / "place-belgorod.html").read_text(encoding="utf-8")
    # the Cyrillic spellings are this place's, in their dictionary form ("в Белгороде": Белгород)
    assert re.search(r"Also written.{0,200}Б[еє]лгород\b", page, re.S)


@pytest.mark.parametrize("nouns", [("people", "persons", "осіб", "людей", "человек", "людей", "Menschen",
                                    "personnes", "osób", "žmonių"),
                                   ("cars", "машин", "автомобилей", "Autos", "voitures", "samochodów"),
                                   ("residents", "жителей", "мешканців", "Einwohner", "habitants")])
def test_a_counted_noun_is_what_it_counts_in_any_language(nouns):
    assert len({unit_key(COUNT, noun) for noun in nouns}) == 1


def test_a_noun_no_language_names_keeps_its_stem():
    assert unit_key(COUNT, "megapixels") == unit_key(COUNT, "megapixel") != unit_key(COUNT, "people")
    assert unit_key(COUNT, "ukrainians") != unit_key(COUNT, "people")


def test_places_match_across_scripts_and_cases():
    assert {place_key(name) for name in ("Belgorod", "Белгород", "Бєлгород", "Белгороде")} == {"Belgorod"}
    assert place_key("Харькове") == place_key("Kharkiv")
    assert not places_apart(("Belgorod",), ("Белгороде",))
    assert places_apart(("Belgorod",), ("Харькове",))


@pytest.mark.skipif(lemmas.analyser("uk") is None,
                    reason="Ukrainian cases need the optional extra factsheet[uk] (pymorphy3-dicts-uk, GPL-3.0)")
def test_ukrainian_places_match_in_any_case_with_the_uk_extra():
    assert place_key("Бєлгороді") == "Belgorod"
    assert is_known_place("Харкові") and places_apart(("Belgorod",), ("Харкові",))


@pytest.mark.parametrize("names", [("Немчинова", "Nemchinova", "Nemchynova", "Nemčinova", "Niemczynowa", "Nemczynowa",
                                    "Nemtchinova", "Nemtschinowa"),
                                   ("Сергей", "Sergei", "Sergey", "Sergej", "Siergiej"),
                                   ("Зеленський", "Зеленский", "Zelensky", "Zelenskyi", "Zelenskyy", "Zełenski"),
                                   ("Юлія", "Юлия", "Yulia", "Julija", "Ioulia"),
                                   ("Володимир", "Volodymyr", "Wołodymyr")])
def test_names_across_scripts_share_a_key(names):
    assert len({alias_key(name) for name in names}) == 1


def test_latin_names_keep_their_keys():
    assert alias_key("Müller") == "muler" and alias_key("François Hollande") == "francois holande"


@pytest.mark.parametrize("names", [("Alexander", "Alexander Sladkov"), ("Irina", "Sergey"), ("Turchak", "Zelensky")])
def test_transliterations_keep_different_names_apart(names):
    assert len({alias_key(name) for name in names}) == len(names)


CYRILLIC_QUERIES = ["осіб", "Бєлгороді", "человек", "лишения свободы", "Немчинова", "Menschen", "8 000 км²"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_search_finds_a_fact_by_the_words_of_any_of_its_sentences_in_lunr_js_as_in_lunr_py(site):
    """lunr.js's own trimmer keeps ASCII letters only; the search page trims as lunr.py indexed."""
    import subprocess

    from generator.cli import part_reader
    from generator.search.lunr_index import LUNR_JS, PROJECT_ROOT, keys_for, merged_index, query_terms, run_query, term_forms
    output = subprocess.run(["node", str(Path(__file__).with_name("search_parity.js")), str(site),
                             str(PROJECT_ROOT / LUNR_JS), *CYRILLIC_QUERIES],
                            capture_output=True, text=True, timeout=60, check=True).stdout
    part = part_reader(site)
    manifest, results = part("manifest"), part("results/0")
    for query, from_js in zip(CYRILLIC_QUERIES, json.loads(output)):
        keys = keys_for([term_forms(t, manifest.get("languages", ())) for t in query_terms(query)], manifest["keys"])
        from_py = [(r["ref"], r["score"]) for r in run_query(merged_index(manifest, [part(f"terms/{k}") for k in keys]), query)]
        assert from_js and [ref for ref, _ in from_js] == [ref for ref, _ in from_py], query
        assert [score for _, score in from_js] == pytest.approx([score for _, score in from_py], rel=1e-6), query
    best = {query: results[int(found[0][0])]["href"] for query, found in zip(CYRILLIC_QUERIES, json.loads(output))
            if query in ("осіб", "человек", "Menschen", "лишения свободы")}
    assert best["осіб"] == best["человек"] == best["Menschen"] == "facts/count-1400-people-belgorod.html"
    assert best["лишения свободы"] == "facts/penalty-15-years.html"
