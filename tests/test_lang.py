"""Languages as data: a language module's fields become a Language; bad data is one error."""

import os
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest
import yaml

from generator.search.lunr_index import PROJECT_ROOT
from generator.errors import FactsheetError
from generator.extract.numbers import parse_number
from generator.lang import Language, first_letters, language, longest_first, of_module


def test_english_is_the_words_extraction_reads():
    english = language("en")
    assert english.code == "en"
    assert parse_number("twenty") == english.number_words["twenty"]
    assert parse_number("3", "million") == 3 * english.scales["million"]


def test_a_small_second_language_takes_what_it_gives_and_empty_values_for_the_rest():
    module = types.ModuleType("xx")
    module.NUMBER_WORDS = {"uno": 1, "dos": 2}
    module.NOT_PLACES = {"El", "La"}
    module.helper_not_data = object()  # lower-case names are the module's own, not fields
    tiny = of_module("xx", module)
    assert tiny == Language("xx", number_words={"uno": 1, "dos": 2}, not_places=frozenset({"El", "La"}))
    assert isinstance(tiny.not_places, frozenset)  # sets come frozen: one Language serves every source
    assert tiny.month_numbers == {} and tiny.qualifiers == ()


def test_a_misspelt_field_names_the_module():
    module = types.ModuleType("xx")
    module.__file__ = "generator/lang/xx.py"
    module.NUMBER_WORD = {"uno": 1}
    with pytest.raises(FactsheetError, match=r"generator/lang/xx.py: unknown language fields: number_word"):
        of_module("xx", module)


def test_a_language_without_data_is_one_error():
    with pytest.raises(FactsheetError, match="no data for 'zz'"):
        language("zz")


@pytest.mark.parametrize("code", ["", "../en", "en.py", "EN", "english"])
def test_a_language_code_is_never_a_module_path(code):
    with pytest.raises(FactsheetError, match="no language code"):
        language(code)


def test_a_unit_the_kinds_table_does_not_have_names_the_module():
    module = types.ModuleType("xx")
    module.__file__ = "generator/lang/xx.py"
    module.UNITS = {"km": r"km", "furlong": r"furlongs?"}
    with pytest.raises(FactsheetError, match=r"generator/lang/xx.py: units not in generator/kinds.py: furlong"):
        of_module("xx", module)


TINY_SPANISH = '''"""Spanish, as little as a test needs."""
QUALIFIERS = ("más de",)
PLURAL_ENDINGS = ("s",)
NOUN_STOPS = {"y", "en"}
PLACE_PREPOSITIONS = {"en"}
UNITS = {"km": r"kilómetros|km"}
'''
ARTICLE = "Incendio\n\nMás de 1.400 personas dejaron sus casas. El fuego avanzó 30 kilómetros en un día.\n"


def test_a_language_added_as_one_data_module_is_read_in_the_sources_that_name_it(tmp_path):
    """Copy the package and its default templates, add lang/es.py and nothing else; a source in Spanish is read with its
    words, the same text said to be English is not."""
    package = tmp_path / "code" / "generator"
    shutil.copytree(Path(__file__).parent.parent / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(Path(__file__).parent.parent / "templates", tmp_path / "code" / "templates")
    (tmp_path / "code" / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    (package / "lang" / "es.py").write_text(TINY_SPANISH, encoding="utf-8")
    sources = tmp_path / "in" / "sources"
    sources.mkdir(parents=True)
    for code in ("es", "en"):
        (sources / f"{code}.txt").write_text(f"---\ntitle: Incendio\nlanguage: {code}\n---\n{ARTICLE}", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "code")}
    subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(tmp_path / "in"),
                    "--out", str(tmp_path / "out")], cwd=tmp_path / "code", env=env, check=True,
                   capture_output=True, timeout=120)

    def facts(code):
        document = yaml.safe_load((tmp_path / "in" / "facts" / f"{code}.yaml").read_text(encoding="utf-8"))
        return {(f["kind"], f["value"], f["unit"], f.get("qualifier")) for f in document["facts"]}
    assert facts("es") == {("count", 1400, "personas", "más de"), ("distance", 30, "kilometre", None)}
    assert ("distance", 30, "kilometre", None) not in facts("en")
    assert all(qualifier is None for *_, qualifier in facts("en"))


def test_word_alternatives_match_the_longest_word_in_the_case_the_pattern_reads():
    words = ["more", "more than", "$US", "über"]
    plain = re.compile(rf"(?:{longest_first(words)})")
    assert plain.match("more than 5")[0] == "more than"
    assert plain.search("paid $US40")[0] == "$US"
    assert plain.search("Über 5") is None  # as written: the lookahead keeps the words' case
    assert re.compile(rf"(?i:{longest_first(words)})").match("ÜBER 5")[0] == "ÜBER"
    assert re.search(longest_first([]), "anything") is None  # no words: never matches


def test_first_letters_of_words_in_either_case():
    guard = re.compile(first_letters(["Mayor", "police chief"], either_case=True))
    assert all(guard.match(text) for text in ("mayor", "Mayor", "Police", "police"))
    assert guard.match("Governor") is None
    assert first_letters(["", "mayor"]) == ""  # an empty word may match anywhere: no lookahead
