"""Extraction on the seed sentences and on sentences written for these tests (not tuned on)."""

import pytest

from generator.extract import extract_facts
from generator.read import parse_source


def facts_of(text):
    return extract_facts(parse_source("Title\n\n" + text, "t.txt"))


def only(text):
    facts = facts_of(text)
    assert len(facts) == 1, facts
    return facts[0]


def test_seed_count_with_qualifier_and_places():
    fact = only("In Belgorod, a Russian region bordering Kharkiv, the governor’s office said nearly "
                "1,400 people were housed in a temporary camp after crossing the border from Ukraine.")
    assert (fact.value, fact.unit, fact.qualifier, fact.kind) == (1400, "people", "nearly", "count")
    assert fact.text == "nearly 1,400 people"
    assert {"Belgorod", "Kharkiv", "Ukraine"} <= set(fact.places)


def test_seed_area_with_conversion_in_brackets_is_one_fact():
    fact = only("The counteroffensive has retaken 8,000 square kilometers (3,100 square miles) of territory.")
    assert (fact.value, fact.unit, fact.kind) == (8000, "km²", "area")
    assert fact.also == "3,100 square miles"


@pytest.mark.parametrize("sentence", [
    "For this, they face up to 15 years in prison.",
    "The cases carry a prison sentence of up to 15 years.",
])
def test_seed_penalty(sentence):
    fact = only(sentence)
    assert (fact.value, fact.unit, fact.qualifier, fact.kind) == (15, "years", "up to", "penalty")


@pytest.mark.parametrize("sentence", [
    "“We held on,” complained 44-year-old Alexander, who fled a nearby village.",
    "“We held on,” said Alexander, 44, who fled a nearby village.",
])
def test_seed_age_with_subject(sentence):
    fact = only(sentence)
    assert (fact.value, fact.unit, fact.kind, fact.subject) == (44, "years", "age", "Alexander")


def test_unseen_money_percentage_and_scale():
    facts = facts_of("The ministry spent more than $3.5 million, about 12 percent of its budget, in Lviv.")
    assert [(f.kind, f.value, f.unit, f.qualifier) for f in facts] == [
        ("money", 3_500_000, "USD", "more than"),
        ("percentage", 12, "%", "about"),
    ]
    assert facts[0].places == ("Lviv",)


def test_unseen_sentences_number_words_and_durations():
    facts = facts_of("Twenty-five volunteers worked for three weeks. The mayor, Olena Kovalenko, 52, resigned.")
    assert [(f.kind, f.value, f.unit) for f in facts] == [
        ("count", 25, "volunteers"), ("duration", 3, "weeks"), ("age", 52, "years"),
    ]
    assert facts[2].subject == "Olena Kovalenko"


def test_numbers_that_are_not_facts_are_skipped():
    assert facts_of("One of them spoke to COVID-19 patients at 10 Downing Street.") == []


def test_years_are_dates_not_counts():
    fact = only("The war began in 2014 in the Donbas region.")
    assert (fact.kind, fact.value, fact.unit) == ("year", 2014, None)


def test_fact_ids_are_stable_and_unique():
    text = "Up to 15 years in prison. Nearly 1,400 people were housed. Nearly 1,400 people were housed."
    first, second = facts_of(text), facts_of("A new sentence elsewhere. " + text)
    assert [f.id for f in first] == [f.id for f in second]
    assert len({f.id for f in first}) == 3


def test_a_count_of_two_thousand_is_not_a_year():
    facts = facts_of("The fire forced 2,000 residents to leave. In 2021, 2000 homes burned.")
    assert [(f.kind, f.value, f.unit) for f in facts] == [
        ("count", 2000, "residents"), ("year", 2021, None), ("count", 2000, "homes"),
    ]
