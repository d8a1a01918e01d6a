"""Languages as data: a language module's fields become a Language; bad data is one error."""

import types

import pytest

from generator.errors import FactsheetError
from generator.extract.numbers import parse_number
from generator.lang import Language, language, of_module


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
