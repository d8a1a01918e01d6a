"""Merging: the same real-world fact across sources becomes one fact; a shared number does not."""

import pytest

from pathlib import Path

from generator.extract import extract_facts
from generator.merge import merge_facts
from generator.read import parse_source, read_sources

SEEDS = Path(__file__).parent.parent / "content" / "sources"


def merge_texts(*texts):
    sources = [parse_source(f"Article {i}\n\n{text}", f"s{i}.txt") for i, text in enumerate(texts)]
    return merge_facts(sources, {s.id: extract_facts(s) for s in sources})


def find(merged, value, unit):
    return [m for m in merged if m.value == value and m.unit == unit]


def test_seed_key_facts_each_become_one_fact_citing_both_sources():
    sources = read_sources(SEEDS)
    merged = merge_facts(sources, {s.id: extract_facts(s) for s in sources})
    for value, unit in [(1400, "people"), (8000, "km²"), (15, "years"), (44, "years")]:
        [fact] = find(merged, value, unit)
        assert {c.source for c in fact.citations} == {s.id for s in sources}, (value, unit)


def test_same_number_of_something_else_stays_apart():
    merged = merge_texts(
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "Courts in Kyiv have opened 1,400 treason cases against collaborators this year.",
    )
    assert len(find(merged, 1400, "people")) == 1 and len(find(merged, 1400, "treason cases")) == 1


def test_one_figure_counted_with_or_without_the_words_that_say_which_merges():
    merged = merge_texts(
        "The hospital in Leeds has performed more than 700 heart transplants since 1985.",
        "The Leeds hospital has now performed more than 700 transplants since 1985, it said.",
    )
    assert [len(m.citations) for m in merged] == [2]


def test_same_number_and_noun_in_another_context_stays_apart():
    merged = merge_texts(
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "Police in Moscow detained 1,400 people at anti-war protests on Saturday, monitors reported.",
    )
    assert len(find(merged, 1400, "people")) == 2


def test_the_same_area_in_other_units_merges():
    merged = merge_texts(
        "Ukrainian forces have retaken 8,000 square kilometres of territory in the Kharkiv region.",
        "The counteroffensive retook 3,100 square miles of territory in the Kharkiv region within weeks.",
    )
    assert [len(m.citations) for m in merged] == [2]


def test_ages_of_two_different_people_stay_apart():
    merged = merge_texts(
        "“We fled at night,” said Alexander, 44, who left a nearby village with his wife.",
        "“We fled at night,” said Irina, 44, who left a nearby village with her son.",
    )
    assert len(merged) == 2


def test_different_qualifiers_are_flagged_as_a_disagreement():
    merged = merge_texts(
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said more than 1,400 people were housed in a temporary camp.",
    )
    [fact] = merged
    assert fact.disagreements == ("Qualifiers differ: more than, nearly",)


def test_a_figure_given_bare_by_one_source_reads_as_none_among_the_qualifiers():
    merged = merge_texts(
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said 1,400 people were housed in a makeshift camp.",
    )
    assert [line for m in merged for line in m.disagreements] == ["Qualifiers differ: nearly, none"]


def test_differing_figures_are_listed_as_the_pages_write_figures():
    merged = merge_texts(
        "The council in Kyiv set aside $28.8 million for repairs to the water network.",
        "The council in Kyiv set aside $28.2m for repairs to the water network.",
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said nearly 1,420 people were housed in a makeshift camp.",
    )
    assert sorted(line for m in merged for line in m.disagreements) == [
        "Figures differ: $28.2m, $28.8 million", "Figures differ: 1,400 people, 1,420 people"]


def test_merged_ids_are_readable_and_unique():
    merged = merge_texts("Nearly 1,400 people were housed in Belgorod. Police detained 1,400 people in Moscow.")
    assert [m.id for m in merged] == ["count-1400-people-belgorod", "count-1400-people-moscow"]


def test_close_versions_show_where_their_wording_parts_ways():
    [fact] = merge_texts(
        "Officials in Kherson said about 300 families were moved to a school near the river.",
        "Officials in Kherson said about 300 families were moved to a hospital near the river.",
    )
    assert [(w.words, w.other_words) for w in fact.wording] == [("school", "hospital")]


def test_another_figure_later_in_the_sentence_is_no_difference_of_wording():
    """"up to 7 years" / "up to 15 years" after a man's age: another fact (its own page shows it
    and where the sources differ on it), not how the sources word this one."""
    age = [m for m in merge_texts(
        "A 34-year-old man was detained in Lyman and faces up to 7 years in a prison near the river.",
        "A 34-year-old man was detained in Lyman and faces up to 15 years in a jail near the river.",
    ) if m.kind == "age"]
    assert [(w.words, w.other_words) for m in age for w in m.wording] == [("prison", "jail")]


def test_freely_reworded_versions_are_not_compared_word_for_word():
    [fact] = merge_texts(
        "Officials in Kherson said about 300 families were moved to a school near the river.",
        "Officials in Kherson said about 300 families had to leave, most of them sheltering in classrooms.",
    )
    assert fact.wording == ()


def test_two_spec_lists_are_no_versions_of_one_sentence():
    merged = merge_texts(
        "The spec sheet is strong: a fast octa-core chip, 8GB of RAM, a 7000mAh cell, 128 / 256GB of storage with a card slot.",
        "The new model also packs 8GB of RAM, 128 or 256GB of storage with a card slot, and a 7000mAh cell.",
    )
    [ram] = [m for m in merged if m.value == 8]
    assert ram.source_count == 2 and ram.wording == ()  # the lists' other items, worded otherwise


def test_a_different_figure_for_the_same_thing_is_flagged_both_ways():
    housed, other = merge_texts(
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said about 2,000 people were housed in a makeshift camp.",
    )
    assert housed.conflicts == (other.id,) and other.conflicts == (housed.id,)


def test_the_other_figures_most_reported_come_first():
    few, many, fact = merge_texts(
        "The governor’s office in Belgorod said about 900 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said about 2,000 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "The governor’s office in Belgorod said about 2,000 people were housed in a makeshift camp.",
    )
    assert (few.value, many.value, fact.value) == (900, 2000, 1400)
    assert fact.conflicts == (many.id, few.id)


def test_different_figures_in_unrelated_contexts_are_not_conflicts():
    merged = merge_texts(
        "The governor’s office in Belgorod said nearly 1,400 people were housed in a makeshift camp.",
        "Police in Moscow detained 2,000 people at anti-war protests on Saturday, monitors reported.",
    )
    assert [m.conflicts for m in merged] == [(), ()]


def test_the_same_words_about_other_places_are_not_conflicts():
    merged = merge_texts(
        "A 34-year-old man was detained in Poltava and faces up to 5 years in prison.",
        "A 89-year-old man was detained in Lyman and faces up to 5 years in prison.",
    )
    assert [(m.value, m.conflicts) for m in merged if m.kind == "age"] == [(34, ()), (89, ())]


def test_unnamed_people_of_one_age_in_other_places_are_two_people():
    merged = merge_texts(
        "A 34-year-old man was detained in Poltava and faces up to 5 years in prison.",
        "A 34-year-old man was detained in Lviv and faces up to 5 years in prison.",
        "Police said a 34-year-old man was detained in Poltava overnight and faces up to 5 years in prison.",
    )
    ages = [m for m in merged if m.kind == "age"]
    assert sorted(({c.source for c in m.citations}, m.places) for m in ages) == [
        ({"s0", "s2"}, ("Poltava",)), ({"s1"}, ("Lviv",))]


def test_ids_of_large_and_decimal_figures_have_no_exponent():
    merged = merge_texts("The bank lent $1.5bn to Kyiv. Inflation reached 3.5% in Lviv.")
    assert [m.id for m in merged] == ["money-1500000000-usd-kyiv", "percentage-3-5-percent-lviv"]


def test_a_vague_amount_reported_twice_merges_under_an_id_without_a_figure():
    merged = merge_texts("Hundreds of cars fled the Kharkiv region.", "Some of the hundreds of cars that fled the Kharkiv region.")
    assert [m.id for m in merged] == ["count-hundreds-of-cars-kharkiv"]
    assert len(merged[0].citations) == 2


def test_a_vague_amount_does_not_merge_with_a_figure_of_the_same_size():
    merged = merge_texts("Hundreds of cars fled the Kharkiv region.", "Some 200 cars fled the Kharkiv region.")
    assert sorted(m.id for m in merged) == ["count-200-cars-kharkiv", "count-hundreds-of-cars-kharkiv"]


def test_reports_of_one_measure_merge_however_the_rest_of_their_sentences_run():
    merged = merge_texts(
        "The ferry left the harbour at dawn with 312 people on board.",
        "Divers are still searching for the families of the 312 people on board, officials said.",
        "Rescuers pulled 40 people from the water near the pier.",
    )
    [on_board] = find(merged, 312, "people")
    assert len(on_board.citations) == 2 and len(find(merged, 40, "people")) == 1


def test_figures_beside_different_words_in_alike_sentences_are_no_dispute():
    merged = merge_texts(
        "The new tablet comes with 4GB of memory and a fast chip, the maker said.",
        "The new tablet comes with 64GB of storage and a fast chip, the maker said.",
    )
    assert sorted(m.value for m in merged if m.unit == "GB") == [4, 64]
    assert all(not m.conflicts for m in merged)


def test_the_same_measure_given_differently_is_still_a_dispute():
    merged = merge_texts(
        "Officials said 127 people were killed in the attacks on Friday night.",
        "Officials said 150 people were killed in the attacks on Friday night, in the city centre.",
    )
    [low], [high] = find(merged, 127, "people"), find(merged, 150, "people")
    assert low.conflicts == (high.id,) and high.conflicts == (low.id,)


def test_close_figures_merged_as_one_fact_show_every_figure_given_not_one():
    merged = merge_texts(
        "Officials said nearly 127 people were killed in the attacks on Friday night.",
        "Officials said 129 people were killed in the attacks on Friday night.",
    )
    [fact] = [m for m in merged if m.unit == "people"]
    assert (fact.value, fact.value_max, fact.qualifier, len(fact.citations)) == (127, 129, None, 2)
    assert fact.disagreements == ("Qualifiers differ: nearly, none", "Figures differ: 127 people, 129 people")


def test_a_figure_one_source_rounds_agrees_with_the_precise_one_another_gives():
    merged = merge_texts(
        "The new handset weighs 5.1 ounces with its battery.",
        "The new handset weighs 5.11 ounces with its battery.",
    )
    [fact] = [m for m in merged if m.unit == "oz"]
    assert (fact.value, fact.value_max, len(fact.citations), fact.disagreements) == (5.11, None, 2, ())


def test_a_rounding_to_other_decimals_is_still_a_difference():
    merged = merge_texts(
        "The new handset weighs 5.2 ounces with its battery.",
        "The new handset weighs 5.11 ounces with its battery.",
    )
    [fact] = [m for m in merged if m.unit == "oz"]
    assert fact.disagreements == ("Figures differ: 5.11 oz, 5.2 oz",)


@pytest.mark.parametrize("first, second, differ", [
    ("8,000 square kilometres", "3,100 square miles", False),  # 3,089 mi², as two digits give it
    ("145 grams", "5.1 ounces", False),
    ("2,500 kilometres", "1,550 miles", False),
    ("2,500 kilometres", "1,500 miles", True),  # a rounding across units too far: say so
])
def test_a_conversion_is_no_disagreement_but_a_rounding_too_far_is(first, second, differ):
    merged = merge_texts(f"The storm crossed {first} of open sea near Riverton.",
                         f"The storm crossed {second} of open sea near Riverton.")
    shown_as_agreeing = [m for m in merged if len(m.citations) == 2
                         and not any(line.startswith("Figures differ") for line in m.disagreements)]
    assert bool(shown_as_agreeing) != differ


def test_a_surname_alone_is_the_one_full_name_across_the_site_that_ends_with_it():
    from generator.merge import merge_entities
    from generator.model import Quote
    found = {"a": [("person", "Emile Rochard", ("s-1",), ()), ("person", "Alexander Weiss", ("s-2",), ())],
             "b": [("person", "Rochard", ("s-3", "s-4"), ()), ("person", "Alexander", ("s-5",), ())],
             "c": [("person", "Marit Olsen", ("s-6",), ()), ("person", "Ivo Olsen", ("s-7",), ()),
                   ("person", "Olsen", ("s-8",), ())]}
    quotes = {"b": [Quote("b", "s-3", "Rochard", "We will build the dam again")]}
    people = {e.name: e for e in merge_entities(found, quotes) if e.kind == "person"}
    rochard = people["Emile Rochard"]
    assert "Rochard" not in people and rochard.aliases == ("Rochard",)
    assert {m[0] for m in rochard.mentions} == {"a", "b"} and [q.text for q in rochard.quotes] == [
        "We will build the dam again"]
    assert {"Alexander", "Alexander Weiss"} <= set(people)  # a first name alone ends no full name
    assert {"Marit Olsen", "Ivo Olsen", "Olsen"} <= set(people)  # two full names end so: no one to join


def test_a_name_ending_two_names_one_of_which_ends_the_other_joins_the_longest():
    from generator.merge import merge_entities
    found = {"a": [("person", "Lars van Dijk", ("s-1",), ())], "b": [("person", "Van Dijk", ("s-2",), ())],
             "c": [("person", "Dijk", ("s-3",), ())]}
    assert [(e.name, e.aliases) for e in merge_entities(found, {})] == [("Lars van Dijk", ("Dijk", "Van Dijk"))]


# Families (issue 34): what a figure measures (counted thing, event, whose or where), across publishers.

def cited_by(fact):
    return {c.source for c in fact.citations}


def test_a_telling_figure_merges_across_paraphrase_from_every_publisher():
    merged = merge_texts(
        "The phone has a 5.1-inch Super AMOLED display, slightly larger than last year's.",
        "At 5.1 inches, the screen is just a hair bigger than before.",
        "The spec sheet lists a battery of 2800 mAh and a 5.1 inch panel.",
    )
    [screen] = find(merged, 5.1, "in")
    assert cited_by(screen) == {"s0", "s1", "s2"}


def test_a_telling_figure_an_article_gives_twice_in_other_words_is_one_fact_with_the_others():
    merged = merge_texts(
        "Specs\n\n    Display: 5.1-inch panel (~430 ppi)\n    Battery: 2800 mAh\n    Weight: 145 g\n\n"
        "The sharper screen gives a pixel density of 430 ppi, the review says.",
        "This is still a 430 ppi Super AMOLED display, very similar to last year's panel.",
    )
    [density] = find(merged, 430, "ppi")
    assert cited_by(density) == {"s0", "s1"} and len(density.citations) == 3


def test_one_share_an_article_gives_of_two_things_stays_two_facts():
    merged = merge_texts(
        "Shares of the insurer lost 2.5 percent to $29.48.\n\nThe oil index slumped 2.5 percent, dragged by refiners.",
        "Across the market the oil index slumped 2.5 percent as demand worries grew.",
    )
    shares = find(merged, 2.5, "%")
    assert len(shares) == 2 and all(len(m.citations) <= 2 for m in shares)


def test_a_counted_noun_in_the_singular_and_the_plural_is_one_measure():
    merged = merge_texts(
        "The new 16-megapixel rear camera takes sharp photos.",
        "Cameras: 16 megapixels on the rear camera.",
    )
    [camera] = [m for m in merged if m.value == 16]
    assert cited_by(camera) == {"s0", "s1"} and camera.disagreements == ()


def test_one_figure_of_two_events_stays_two_facts():
    merged = merge_texts(
        "Officials said 127 people were killed in the attacks on Friday night.",
        "Officials said 127 people were injured in the attacks on Friday night.",
    )
    assert len(find(merged, 127, "people")) == 2


def test_a_round_count_without_other_words_in_common_does_not_merge_on_its_number():
    merged = merge_texts(
        "Two people were seen leaving the building before dawn.",
        "The council hired two people to count the votes again.",
    )
    assert len(find(merged, 2, "people")) == 2


def test_a_figure_half_way_between_is_no_rounding_but_a_dispute():
    merged = merge_texts(
        "The handset runs a 2.5GHz quad-core processor with 2GB of RAM.",
        "The chip inside is the 2.45 GHz bin of the Snapdragon family.",
    )
    [clock] = [m for m in merged if m.unit == "GHz"]
    assert cited_by(clock) == {"s0", "s1"} and (clock.value, clock.value_max) == (2.45, 2.5)
    assert clock.disagreements == ("Figures differ: 2.45 GHz, 2.5 GHz",)


def test_shares_of_one_event_in_other_words_are_a_dispute():
    merged = merge_texts(
        "Deposits above the insured limit face a levy of an estimated 40%, the bank said.",
        "Investors were angered when it emerged they would lose up to 60% of their savings.",
    )
    low, high = find(merged, 40, "%")[0], find(merged, 60, "%")[0]
    assert low.conflicts == (high.id,) and high.conflicts == (low.id,)


def test_close_figures_beside_the_same_words_are_a_dispute_however_their_sentences_run():
    merged = merge_texts(
        "Cameras: 16 megapixels on the rear, 2.1 megapixels up front, and a flash.",
        "There's also a 2-megapixel front-facing camera.",
    )
    [front] = [m for m in merged if m.value == 2.1]
    [other] = [m for m in merged if m.value == 2]
    assert front.conflicts == (other.id,)
    assert not [m for m in merged if m.value == 16][0].conflicts  # 16 and 2 are not of one size


def test_a_part_said_of_a_named_place_is_no_dispute_of_the_whole():
    merged = merge_texts(
        "Officials said 89 people were killed at the Bataclan concert hall on Friday night.",
        "Officials said 129 people were killed in the attacks on Friday night.",
    )
    assert all(not m.conflicts for m in merged)


def test_figures_counted_over_other_periods_are_no_dispute():
    merged = merge_texts(
        "Reports say the phone has shipped more than 10 million units in 25 days.",
        "In total, Samsung sold 12 million units during the first three months.",
    )
    assert all(not m.conflicts for m in merged if m.kind == "count")


def test_two_figures_one_article_gives_are_two_things_not_a_dispute():
    merged = merge_texts(
        "Allstate lost 2.5 percent to $29.48 on the day.",
        "Ford lost 2.1 percent to $13.15, and the index slid.",
    )
    assert len(merged) >= 2  # two sources: a dispute may be flagged between them
    one = merge_texts("Allstate lost 2.5 percent to $29.48. Ford lost 2.1 percent to $13.15.")
    assert all(not m.conflicts and not m.disagreements for m in one)


def test_a_conversion_rounded_otherwise_is_neither_merged_nor_a_dispute():
    merged = merge_texts(
        "It measures 142 x 72.5 x 8.1 mm and weighs 145 g.",
        "It is 5.6 by 2.8 by 0.31 inches and 5.1 ounces.",
    )
    assert not any(line.startswith("Figures differ") for m in merged for line in m.disagreements)
    assert all(not m.conflicts for m in merged)


def test_merging_compares_each_fact_with_a_few_groups_not_all():
    texts = [f"Report {n}: officials said {round(100 * 1.07 ** n)} people were housed in the camp." for n in range(300)]
    import time
    started = time.perf_counter()
    merged = merge_texts(*texts)
    assert len(find(merged, 100, "people")) == 1 and time.perf_counter() - started < 20


def test_the_same_qualifier_in_two_languages_is_no_disagreement_but_two_in_one_language_are():
    english = parse_source("Camp\n\nNearly 1,400 people were housed in a camp in Belgorod.", "en.txt")
    german = parse_source("---\ntitle: Lager\nlanguage: de\n---\nIn Belgorod wurden fast 1.400 Menschen in einem Lager "
                          "untergebracht.\n", "de.txt")
    merged = merge_facts([english, german], {s.id: extract_facts(s) for s in (english, german)})
    [camp] = [m for m in merged if len(m.citations) == 2]
    assert not any(line.startswith("Qualifiers differ") for line in camp.disagreements)
    [fact] = [m for m in merge_texts("Nearly 1,400 people were housed in a camp in Belgorod.",
                                     "About 1,400 people were housed in a camp in Belgorod.") if len(m.citations) == 2]
    assert fact.disagreements[0] == "Qualifiers differ: about, nearly"


# --- Issue 34: one fact per real-world fact across publishers -------------------------------


def cited_sources(fact):
    return {c.source for c in fact.citations}


def test_a_dispute_is_one_fact_citing_every_source_with_each_rival_figure_a_side_of_it():
    merged = merge_texts(
        "Deposits above the insured limit face a levy of an estimated 40%, the bank said.",
        "Investors were angered when it emerged they would lose up to 60% of their savings.",
    )
    low, high = find(merged, 40, "%")[0], find(merged, 60, "%")[0]
    assert cited_sources(low) == {"s0", "s1"} and low.disagreements[-1] == "Figures differ: 40%, 60%"
    assert [(side.figure, side.sources, side.fact) for side in low.sides] == [
        ("40%", ("s0",), low.id), ("60%", ("s1",), high.id)]
    assert cited_sources(high) == {"s1"} and high.conflicts == (low.id,)  # the rival: one side, its own page


def test_the_dispute_is_led_by_the_figure_most_sources_give_and_scores_as_every_sources_fact():
    merged = merge_texts(
        "Cameras: 16 megapixels on the rear, 2.1 megapixels up front, and a flash.",
        "There's also a 2-megapixel front-facing camera.",
        "A 2-megapixel front-facing camera handles video calls.",
    )
    [front] = [m for m in merged if m.value == 2.1]
    [lead] = [m for m in merged if m.value == 2]
    assert cited_sources(lead) == {"s0", "s1", "s2"} and cited_sources(front) == {"s0"}
    assert lead.score >= front.score and front.disagreements == ()


def test_a_conversion_cut_off_rather_than_rounded_is_the_same_figure():
    merged = merge_texts(
        "The handset is 8.1 mm thick and weighs 145 grams.",
        "The handset is just 8.1 mm thick, the maker said.",
        "At 0.31 inches thick, the handset is slimmer than its rival.",
    )
    [thickness] = [m for m in merged if m.kind == "distance"]
    assert cited_sources(thickness) == {"s0", "s1", "s2"} and thickness.disagreements == ()


def test_a_rounded_figure_is_not_cut_off_from_a_conversion():
    from generator.merge import converted_agrees
    assert converted_agrees((8.1, "mm"), (0.31, "in")) and converted_agrees((8.1, "mm"), (0.32, "in"))
    assert not converted_agrees((2500, "km"), (1500, "mi"))  # a round figure is rounded, never cut off
    assert not converted_agrees((8.1, "mm"), (0.33, "in")) and not converted_agrees((8.1, "mm"), (0.29, "in"))


def test_a_figure_and_its_conversion_to_one_digit_are_one_fact_however_far_the_rounding():
    merged = merge_texts(
        "The phone can be submerged in 3 feet of water for half an hour.",
        "It is water resistant up to 1 meter, the spec sheet says.",
    )
    [depth] = [m for m in merged if m.kind == "distance"]
    assert cited_sources(depth) == {"s0", "s1"}
    assert not any(line.startswith("Figures differ") for line in depth.disagreements)


def test_a_report_joins_the_fact_giving_its_own_figure_before_a_close_other_figure():
    merged = merge_texts(
        "The S5 has a 5.1-inch Super AMOLED display.",
        "Its 5.1-inch Super AMOLED display is bright. I am not sure how usable it is to pull your five-inch phone "
        "out and hold your finger on the sensor.",
        "The 5.1-inch Super AMOLED display is gorgeous.",
        "Body 142 x 72.5 x 8.1 mm, 16M colors, Size 5.1 inches (~69.6% screen-to-body ratio)",
    )
    five_one = [m for m in merged if m.kind == "distance" and m.value == 5.1]
    assert [cited_sources(m) for m in five_one] == [{"s0", "s1", "s2", "s3"}]
    assert not any(line.startswith("Figures differ") for m in merged for line in m.disagreements)


def test_one_round_figure_beside_one_corroborated_fact_in_two_sources_is_one_fact():
    merged = merge_texts(
        "Results showed New Democracy with 129 seats in the 300-seat parliament, including a bonus 50 seats "
        "for finishing first.",
        "There are 300 seats in parliament and Greece has a rule that gives the leading party 50 extra seats.",
    )
    assert [cited_sources(m) for m in merged if m.value == 50] == [{"s0", "s1"}]
    assert [cited_sources(m) for m in merged if m.value == 300] == [{"s0", "s1"}]


def test_one_round_figure_beside_nothing_both_sources_give_stays_apart():
    merged = merge_texts(
        "The ruling party won 50 seats in the northern provinces, officials said.",
        "Rebels held 50 seats of the regional council before the vote, their leader said.",
    )
    assert [len(m.citations) for m in merged if m.value == 50] == [1, 1]


def test_reports_of_two_named_days_are_two_facts_and_no_dispute():
    merged = merge_texts("About 50% of homes in Riverton were without power on 5 September.",
                         "About 52% of homes in Riverton were without power on 19 September.")
    assert len(merged) == 2 and not any(m.conflicts for m in merged)
    [fact] = merge_texts("About 50% of homes in Riverton were without power on 5 September.",
                         "On 5 September about 50% of homes in Riverton were without power.")
    assert len(fact.citations) == 2


def test_reports_worded_alike_of_two_places_are_two_facts():
    merged = merge_texts("The road to Riverton was closed for 46 hours.", "The road to Lyman was closed for 46 hours.")
    assert len(merged) == 2


def test_a_dispute_shows_at_most_the_most_reported_rivals():
    from generator.merge import MAX_RIVALS
    texts = [f"The council in Riverton set aside ${40 + n}.{n} million for repairs." for n in range(MAX_RIVALS + 3)]
    merged = merge_texts(*texts)
    assert all(len(m.conflicts) <= MAX_RIVALS for m in merged) and any(m.conflicts for m in merged)


def test_a_fact_reported_three_times_is_shown_as_most_reports_put_it():
    merged = merge_texts("Buy the Nova phone in black with 128GB at Shopmart for $399 today.",
                         "The Nova phone has 128GB of storage and a bigger battery.",
                         "Reviewers liked that the Nova phone has 128GB of storage.")
    storage = find(merged, 128, "GB")
    assert len(storage) == 1 and storage[0].source_count == 3
    assert "storage" in storage[0].label and "Shopmart" not in storage[0].label


def test_a_fact_two_sources_report_is_shown_as_the_first_puts_it():
    merged = merge_texts("The Nova phone has 128GB of storage, the maker said.",
                         "Buyers get 128GB of storage with the Nova phone.")
    storage = find(merged, 128, "GB")
    assert len(storage) == 1 and storage[0].label == extract_facts(
        parse_source("Article 0\n\nThe Nova phone has 128GB of storage, the maker said.", "s0.txt"))[0].label


def test_the_figure_a_merged_fact_shows_is_as_most_reports_give_it():
    merged = merge_texts("The flood forced 1,200 people from their homes, officials said.",
                         "More than 1,200 people left their homes in Riverton after the flood.",
                         "In Riverton, 1,200 people left their homes after the flood, officials said.")
    people = find(merged, 1200, "people")
    assert len(people) == 1 and people[0].source_count == 3 and people[0].qualifier is None


def test_a_report_is_compared_only_with_groups_naming_one_of_its_places_or_none():
    """merge.BucketGroups: a value bucket's groups found by place key. A report naming places may
    join a group naming one of them or none (named_apart); the others are never candidates, so a
    story's reports of one measure in many towns are not each compared with every town's."""
    from types import SimpleNamespace

    from generator.merge import BucketGroups
    bucket = BucketGroups()
    bucket.add(0, {"kyiv"})
    bucket.add(1, set())  # names no place yet
    bucket.add(2, {"lviv"})
    assert set(bucket.candidates({"kyiv"})) == {0, 1}
    assert set(bucket.candidates({"odesa"})) == {1}
    assert set(bucket.candidates(set())) == {0, 1, 2}  # a report naming no place may join any
    family = SimpleNamespace(keys={"kyiv"})
    bucket.grown(0, family, lambda: family.keys.add("odesa"))  # a report of Odesa joined group 0
    assert set(bucket.candidates({"odesa"})) == {0, 1}


def test_reports_of_one_measure_in_many_towns_merge_town_by_town():
    towns = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Poltava"]
    sources = [parse_source(f"---\ntitle: Report {n}\n---\nAuthorities said 45 buses were moved in {town}.\n",
                            f"r{n:02d}-{town.lower()}.md")
               for n, town in enumerate(towns * 2)]
    merged = merge_facts(sources, {s.id: extract_facts(s) for s in sources})
    buses = [m for m in merged if m.value == 45]
    assert len(buses) == len(towns)
    assert all(len({c.source.split("-")[1] for c in m.citations}) == 1 and len(m.citations) == 2 for m in buses)


def test_a_merged_fact_is_labelled_by_a_report_that_says_what_its_figure_measures():
    merged = merge_texts(
        "Charged, 4500 mAh, lasts two days.",
        "Its battery holds 4500 mAh, the maker says.",
        "Charged, 4500 mAh, goes far.",
    )
    [battery] = find(merged, 4500, "mAh")
    assert len(battery.citations) == 3
    assert battery.label == "Its battery holds 4500 mAh"  # not "4500 mAh", which two of them print


def test_one_figure_describing_one_thing_in_other_words_is_one_fact():
    merged = merge_texts(
        "The conservatives won 129 seats in the 300-seat parliament, officials said.",
        "His 33 seats in the 300-member parliament mean he could form a government.",
        "The 12-story hotel reopened on Monday with 300 guests.",
    )
    [parliament] = [m for m in merged if m.value == 300 and m.unit in ("seat", "member")]
    assert cited_sources(parliament) == {"s0", "s1"}
    assert [cited_sources(m) for m in merged if m.value == 300 and m.unit not in ("seat", "member")] == [{"s2"}]


def test_a_change_reported_by_two_sources_stays_a_change_and_a_range_a_range():
    from generator.present import format_value
    merged = merge_texts("The council raised the parking fee from 40 to 55 pence, and rents range from 500 to 900 pounds.",
                         "Parking fees in the town were raised from 40 to 55 pence on Monday.")
    [change] = [m for m in merged if m.value == 40]
    assert change.change and change.source_count == 2
    [span] = [m for m in merged if m.value == 500]
    assert not span.change and "→" not in format_value(span)


def test_a_change_joins_the_sources_that_give_the_figure_it_reached_and_disputes_as_it_does():
    merged = merge_texts("In Sella, the number of households without power fell from 9,000 to 2,400 by Tuesday.",
                         "Some 2,400 households in Sella were still without power on Tuesday, the utility said.",
                         "The utility said 2,100 households in Sella were without power on Tuesday.")
    [reached] = [m for m in merged if m.value == 2400]
    assert {c.source for c in reached.citations} == {"s0", "s1", "s2"}  # the dispute is told on the figure most give
    assert not reached.change and "Figures differ: 2,100 households, 2,400 households" in reached.disagreements
    [alone] = merge_texts("In Sella, the number of households without power fell from 9,000 to 2,400 by Tuesday.")
    assert alone.change and (alone.value, alone.value_max) == (9000, 2400)  # told as the source tells it


def test_a_death_toll_is_a_count_of_the_people_killed_not_of_those_hurt():
    merged = merge_texts("The death toll from the landslide in Sella rose to 24.",
                         "The landslide in Sella killed 24 people, rescuers said. Another 30 people were injured.")
    [killed] = [m for m in merged if m.value == 24]
    assert killed.source_count == 2 and not killed.disagreements
    assert [m.source_count for m in merged if m.value == 30] == [1]


def test_survivors_are_people_rescued_and_are_not_in_dispute_with_the_dead():
    merged = merge_texts("At least 12 people died when the ferry sank. Rescuers pulled 198 survivors from the water.",
                         "Some 198 people were rescued after the ferry sank, and 12 people were killed.")
    [rescued] = [m for m in merged if m.value == 198]
    assert rescued.source_count == 2 and not rescued.conflicts
    assert all(not m.conflicts for m in merged if m.value == 12)


def test_residents_who_fled_and_residents_who_left_their_homes_are_one_fact():
    """One event named in other words, in sentences sharing nothing else: residents are people,
    fleeing and leaving one's home one displacement."""
    merged = merge_texts("The fire has burned 12,000 hectares. It forced 8,000 residents to flee.",
                         "Nearly 12,500 hectares burned. Around 8,000 residents left their homes.")
    [fled] = [m for m in merged if m.value == 8000]
    assert fled.source_count == 2


def test_aircraft_and_planes_count_one_thing():
    merged = merge_texts("Firefighters deployed 40 aircraft against the wildfire near the town.",
                         "Firefighters used 40 planes against the wildfire near the town.")
    [aircraft] = [m for m in merged if m.value == 40]
    assert aircraft.source_count == 2


def test_the_same_event_in_other_places_stays_apart():
    merged = merge_texts("In Sumy, 300 residents fled.", "In Lviv, 300 residents fled.")
    assert len([m for m in merged if m.value == 300]) == 2


@pytest.mark.parametrize("first, second", [
    ("The storm left 1.2 million homes without power.", "Some 1.2m homes lost power in the storm."),
    ("The company will cut 3,000 jobs worldwide.", "The firm plans to shed about 3,000 jobs globally."),
    ("The quake killed 2,000 people.", "The earthquake left more than 2,000 dead."),
])
def test_one_event_in_other_words_is_one_fact(first, second):
    [fact] = merge_texts(first, second)
    assert fact.source_count == 2


def test_a_figure_is_whose_organisation_most_of_its_reports_name_before_it():
    from generator.extract import extract_entities
    from generator.merge import merge_entities, with_owners
    texts = ["The conservative Nea Taxi party won 129 seats in the 300-seat parliament.",
             "Official results gave Nea Taxi 128 seats and the Kalimera party 71 seats.",
             "With all ballots counted, Nea Taxi has 29.7% of the vote (129 seats)."]
    sources = [parse_source(f"Article {i}\n\n{text}", f"s{i}.txt") for i, text in enumerate(texts)]
    merged = merge_facts(sources, {s.id: extract_facts(s) for s in sources})
    found = {s.id: extract_entities(s) for s in sources}
    entities = merge_entities({i: f[0] for i, f in found.items()}, {i: f[1] for i, f in found.items()})
    owned = {m.id: m for m in with_owners(merged, entities)}
    seats = [owned[m.id] for m in merged if m.unit in ("seats", "seat") and m.value in (128, 129)]
    assert seats and all(m.subject == "Nea Taxi" for m in seats)
    [kalimera] = [owned[m.id] for m in merged if m.value == 71]
    assert kalimera.subject == "Kalimera"  # the nearest before its figure, not the first named
    [parliament] = [owned[m.id] for m in merged if m.value == 300]
    assert parliament.subject == "Nea Taxi"  # one report, which names it before the figure
    assert with_owners(merged, []) == merged  # no organisation: nobody's figure


def test_a_figure_most_reports_give_no_owner_for_has_none():
    import dataclasses
    from generator.merge import with_owners
    from generator.model import Citation, Entity, MergedFact
    citations = tuple(Citation(f"s{i}", f"f{i}", "a", "40 jobs", quote, "unreviewed")
                      for i, quote in enumerate(["Zentra Bank will cut 40 jobs.", "The plant will cut 40 jobs.",
                                                 "Officials said 40 jobs would go."]))
    fact = MergedFact(id="m", kind="count", value=40, value_max=None, unit="jobs", qualifier=None,
                      label="cut 40 jobs", subject=None, places=(), citations=citations, text="40 jobs")
    bank = Entity("organisation-zentra-bank", "organisation", "Zentra Bank")
    assert with_owners([fact], [bank])[0].subject is None  # one report of three
    two = dataclasses.replace(fact, citations=citations[:1] + citations[2:])
    assert with_owners([two], [bank])[0].subject is None  # one of two is no majority
    assert with_owners([two], [Entity("person-ana", "person", "Officials")])[0].subject is None  # people own none


def test_a_person_owns_a_figure_a_verb_of_getting_follows_their_name_with_but_not_one_they_give():
    from generator.extract import extract_entities
    from generator.merge import merge_entities, with_owners
    texts = ["Mara Vukovic won 52% of the vote, officials said.", "Vukovic won 51.8% of the vote in the runoff.",
             "Vukovic's 52% was a record.", "Mara Vukovic said 12 people were hurt at the rally.",
             "Mara Vukovic said 14 people were hurt at the rally."]
    sources = [parse_source(f"Article {i}\n\n{text}", f"s{i}.txt") for i, text in enumerate(texts)]
    merged = merge_facts(sources, {s.id: extract_facts(s) for s in sources})
    found = {s.id: extract_entities(s) for s in sources}
    entities = merge_entities({i: f[0] for i, f in found.items()}, {i: f[1] for i, f in found.items()})
    owners = {m.unit: m.subject for m in with_owners(merged, entities)}
    assert owners == {"%": "Mara Vukovic", "people": None}  # by surname and possessive too; who gives a figure owns none


def test_everyone_on_board_told_as_passengers_and_crew_or_as_people_is_one_fact():
    merged = merge_texts("The plane, carrying 239 passengers and crew, vanished on 8 March.",
                         "The plane vanished on 8 March with 239 people on board.",
                         "The flight had 227 passengers and 12 crew.")
    [on_board] = [m for m in merged if m.value == 239]
    assert len(on_board.citations) == 2
    assert {(m.value, m.unit) for m in merged if m.value != 239} == {(227, "passengers"), (12, "crew")}  # passengers alone stay apart


def test_a_distance_from_one_place_given_otherwise_is_disputed_whichever_way_it_runs():
    merged = merge_texts("The plane was last seen 400 km north-west of Penang.",
                         "Radar tracked the plane to a point 373 km from Penang.")
    assert {m.value: bool(m.conflicts) for m in merged} == {400: True, 373: True}


def test_a_plane_carrying_its_passengers_and_crew_is_everyone_on_board():
    merged = merge_texts("The missing jet carried 239 passengers and crew.",
                         "Families of the 239 people on board waited in Beijing.")
    [on_board] = merged
    assert len(on_board.citations) == 2
