"""Key facts: the scoring table and its signals, on sentences not from the seeds."""

import dataclasses

import pytest

from generator.extract import extract_facts
from generator.key_facts import FURTHER_SOURCE, KEY_SCORE, SIGNALS, is_key, merged_score, signals
from generator.kinds import KINDS
from generator.read import parse_source


def facts(text, title="Report"):
    return extract_facts(parse_source(f"{title}\n\n{text}", "t.txt"))


def test_every_kind_has_a_weight_and_the_signals_are_one_table():
    assert all(isinstance(kind.weight, (int, float)) for kind in KINDS)
    assert max(kind.weight for kind in KINDS if kind.id in {"count", "area", "money", "penalty"}) > max(
        kind.weight for kind in KINDS if kind.id in {"duration", "age"})
    assert SIGNALS["in the headline"] > 0 > SIGNALS["said inside a quotation"]


def test_a_casualty_count_in_the_headline_and_first_paragraph_is_key():
    fact = facts("At least 37 people were killed when a bus fell into a gorge, police said.",
                 title="Bus crash kills 37")[0]
    assert {"in the headline", "in the first paragraph", "counts people killed or hurt",
            "a person, office or document is cited for it"} <= set(signals(fact, 0, {37}))
    assert fact.key and fact.score >= KEY_SCORE


def test_a_duration_inside_a_quotation_deep_in_the_story_is_not_key():
    text = "\n\n".join(["The storm moved north.", "Roads were closed.", "Schools shut early.",
                        "“We waited for six hours before anyone came,” said one driver."])
    fact = [f for f in facts(text) if f.kind == "duration"][0]
    assert "said inside a quotation" in signals(fact, 3, set())
    assert not fact.key


def test_a_small_count_is_colour_not_a_key_figure():
    fact = facts("Three neighbours who saw the fire said the alarm never sounded, officials said.")[0]
    assert "a count under ten" in signals(fact, 0, set()) and not fact.key


def test_reports_from_more_sources_raise_the_score():
    one = facts("Officials said 240 homes were flooded overnight.")
    two = one + [dataclasses.replace(fact, source="other") for fact in one]
    assert merged_score(two) == merged_score(one) + FURTHER_SOURCE


def test_an_amount_without_a_figure_is_never_key_and_a_reviewer_has_the_last_word():
    assert not is_key(99, vague=True)
    assert is_key(0, vague=False, reviewer_choice=True)
    assert not is_key(99, vague=False, reviewer_choice=False)


@pytest.mark.parametrize("sentence, when", [
    ("Five days ago 300 families were moved to the school.", "Five days ago"),
    ("Two weeks later the council approved a £12m repair fund.", "Two weeks later"),
    ("The next day 45 volunteers arrived.", "The next day"),
])
def test_relative_times_are_when_not_durations(sentence, when):
    found = facts(sentence)
    assert [f.kind for f in found if f.kind == "duration"] == []
    assert found and all(f.when == when for f in found)


def test_a_small_count_of_the_dead_is_the_story_not_colour():
    fact = facts("Three workers died in the blast at the mill, police said.")[0]
    assert "a count under ten" not in signals(fact, 0, set()) and fact.key


def test_the_figures_of_the_first_two_paragraphs_lead_and_weak_kinds_do_not():
    found = facts("Turnout fell to 52% in the city.\n\nThe count took 14 hours.\n\nNo one objected.\n\n"
                  "Later, 230 ballots were found in a cupboard.")
    key = {(f.value, f.unit) for f in found if f.key}
    assert (52, "%") in key and (14, "hours") not in key


@pytest.mark.parametrize("sentence, kind", [
    ("The remand population rose 25% in two years, prison inspectors said.", "duration"),
    ("The highest level in 50 years was reached in the jails of the north.", "duration"),
    ("He was jailed for seven years on Friday.", "penalty"),
    ("She faces up to 14 years behind bars.", "penalty"),
])
def test_a_duration_is_a_penalty_only_where_the_words_make_it_one(sentence, kind):
    assert [f.kind for f in facts(sentence) if f.unit == "years"] == [kind]


def test_words_ending_in_s_count_nothing_and_how_long_is_no_when():
    assert [f.unit for f in facts("The population reached 5,400 this month.")] == []
    [fact] = facts("The road will stay closed for at least six months after the landslide.")
    assert (fact.kind, fact.value, fact.unit, fact.when) == ("duration", 6, "months", None)
