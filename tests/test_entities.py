"""People, organisations, places and quotes: found, spoken, merged across spellings (not from the seeds)."""

import shutil
from pathlib import Path

import pytest
import yaml

from builds import SEEDS, run_build
from generator.extract import extract_entities
from generator.extract.entities import alias_key, people_in
from generator.read import parse_source

THIRD_VERSION = Path(__file__).parent / "third_version"


def named(text):
    entities, quotes = extract_entities(parse_source("Title\n\n" + text, "t.txt"))
    return {(kind, name) for kind, name, _ in entities}, [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("spellings", [("Sergei", "Sergej", "Sergey"), ("Zelensky", "Zelenskyi", "Zelenskyy"),
                                       ("Kupyansk", "Kupiansk", "Kupjansk"), ("Nemchinova", "Nemchynova"),
                                       ("Andrei Turchak", "Andrey Turchak", "Andrej Turchak")])
def test_transliterations_share_one_alias_key(spellings):
    assert len({alias_key(s) for s in spellings}) == 1
    assert alias_key("Irina") != alias_key("Iryna Venediktova") and alias_key("Anna") != alias_key("Ann")


@pytest.mark.parametrize("text, speaker, words", [
    ("“We lost everything in one night,” said Maria Kovacs, a farmer from the valley.", "Maria Kovacs",
     "We lost everything in one night"),
    ("“The dam was never inspected,” Tomas Berg told reporters on Friday.", "Tomas Berg",
     "The dam was never inspected"),
    ("“Nobody warned us,” said her neighbour Pieter, who runs the bakery.", "Pieter", "Nobody warned us"),
    ("Mayor Lena Fischer said: “We will rebuild every house.”", "Lena Fischer", "We will rebuild every house"),
])
def test_quotes_get_their_speakers(text, speaker, words):
    people, quotes = named(text)
    assert quotes == [(speaker, words)]
    assert ("person", speaker) in people


def test_he_or_she_is_the_person_named_last_and_a_new_sentence_after_a_quote_is_no_attribution():
    _, quotes = named("Judge Amal Haddad adjourned the case.\n\n“The evidence is incomplete,” she said. "
                      "“We are disappointed.” Lawyers for the families left the court.")
    assert quotes[0] == ("Amal Haddad", "The evidence is incomplete")
    assert quotes[1][0] is None


def test_organisations_are_not_places_and_two_people_sharing_a_first_name_stay_two():
    people, _ = named("Officers from Avon Police arrested Peter, 34, near Bristol. "
                      "“It was chaos,” said Peter Okafor, a driver.")
    assert ("organisation", "Avon Police") in people and ("place", "Bristol") in people
    assert {("person", "Peter"), ("person", "Peter Okafor")} <= people


def test_a_third_version_joins_the_seeds_facts_and_their_people(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    shutil.copy(THIRD_VERSION / "003_wire_report.txt", tmp_path / "content" / "sources")
    run_build(tmp_path / "content", tmp_path / "site")
    merged = yaml.safe_load((tmp_path / "content" / "facts" / "_merged.yaml").read_text(encoding="utf-8"))["facts"]
    penalty = next(m for m in merged if m["kind"] == "penalty" and m["value"] == 15)
    assert penalty["sources"] == 3
    entities = tmp_path / "site" / "entities"
    turchak = [p for p in entities.glob("person-*turchak*.html")]
    assert len(turchak) == 1
    page = turchak[0].read_text(encoding="utf-8")
    spellings = {"Andrei Turchak", "Andrey Turchak", "Andrej Turchak"}
    assert all(spelling in page for spelling in spellings) and "Also written" in page
    assert len(list(entities.glob("person-serge*.html"))) == 1  # Sergei, Sergej, Sergey
    assert {p.name for p in entities.glob("person-alexander*.html")} == {"person-alexander.html",
                                                                        "person-alexander-sladkov.html"}
    index = (tmp_path / "site" / "entities.html").read_text(encoding="utf-8")
    assert index.count('href="entities/person-volodymyr-zelensk') == 1  # one person, three spellings


def test_a_place_before_a_grouped_number_is_no_person_with_an_age():
    assert people_in("In Vinnytsia, 13,679 people have been sheltered.") == []
    assert people_in("Irina Petrova, 44, said it was cold.") == ["Irina Petrova"]
    assert people_in("In Kyiv, Taras Bulba, 60, said so.") == ["Taras Bulba"]
