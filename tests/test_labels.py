"""Labels: a complete phrase from the fact's own clause, never cut mid-phrase (sentences not from the seeds)."""

import pytest

from generator.extract import extract_facts
from generator.read import parse_source

FUNCTION_WORDS = {"the", "of", "by", "and", "st", "to", "a", "an", "in", "on", "at", "for", "with", "from",
                  "that", "who", "which", "was", "were", "had"}


def labels(sentence):
    return [f.label for f in extract_facts(parse_source("Title\n\n" + sentence, "t.txt"))]


@pytest.mark.parametrize("sentence, label", [
    # the figure as subject: its auxiliary drops, the clause stops at the conjunction
    ("About 900 residents were moved to emergency shelters before the dam gave way.",
     "About 900 residents moved to emergency shelters"),
    # a relative clause describing what was counted stays, with the main verb; the comma ends it
    ("Some 300 miners who had been trapped underground were rescued, the company said.",
     "Some 300 miners who had been trapped underground were rescued"),
    # the figure as object keeps its verb and subject; the sentence's own verb ends the clause
    ("A lorry driver who smuggled 2,000 kg of cocaine into the port was jailed on Monday.",
     "A lorry driver who smuggled 2,000 kg of cocaine into the port"),
    # where the sentence places it, the label says so
    ("Officials in Nairobi said 54 people were injured in the stampede.",
     "54 people injured in the stampede in Nairobi"),
    # ... but not a place another figure stands between: it is that one's
    ("About 12,500 people work there, 4,000 of them in France.", "About 12,500 people work"),
])
def test_labels_are_whole_phrases_of_the_facts_own_clause(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    ("Screen: 6.1-inch panel, 2340 x 1080 (~410 ppi)", "2340 x 1080 (~410 ppi)"),
    ("The tank holds 40 litres (about 90 hours of running).", "The tank holds 40 litres (about 90 hours of running)"),
])
def test_a_figure_opening_brackets_is_labelled_by_what_they_follow(sentence, label):
    assert labels(sentence)[-1] == label


@pytest.mark.parametrize("sentence, label", [
    ("Battery: 4500 mAh", "Battery: 4500 mAh"),
    ("Weight: 190 grams", "Weight: 190 grams"),
    ("Death toll: 47 people, officials said.", "Death toll: 47 people"),
    ("Main camera sensor: 50 megapixels", "Main camera sensor: 50 megapixels"),
])
def test_a_line_naming_its_figure_before_a_colon_is_labelled_with_that_name(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    ("The aid is on top of the £12.5bn Britain has already committed to the fund.",
     "The aid is on top of the £12.5bn Britain has already committed to the fund"),
    ("The convoy carried the 40 tonnes Kyiv had asked for last week.",
     "The convoy carried the 40 tonnes Kyiv had asked for last week"),
    # the sentence's own verb after a phrase of the figure's still ends it
    ("A clerk who stole £2.3m from customers was jailed on Monday.", "A clerk who stole £2.3m from customers"),
])
def test_a_name_after_the_figure_opens_a_clause_about_it(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    # "with" goes on with the clause before the comma: what has the figure is there
    ("The Greens finished fourth, with 9 percent of the vote.", "The Greens finished fourth, with 9 percent of the vote"),
    ("Trading was thin, with 2.1 billion shares changing hands.", "Trading was thin, with 2.1 billion shares changing hands"),
    ("Rescuers worked through the night; with 40 people still missing.", "with 40 people still missing"),  # no comma
])
def test_a_figure_after_a_comma_and_with_is_labelled_with_the_clause_it_goes_on_from(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    # a figure set off between commas right after a noun phrase describes it
    ("The tanker, 330 metres long, ran aground.", "The tanker, 330 metres long"),
    ("The rebel army, 20,000 strong, crossed the river.", "The rebel army, 20,000 strong"),
    ("Police said the new bridge, 2 km long, would open.", "the new bridge, 2 km long"),
    # not a phrase that says where or when, nor a figure that goes on with its clause
    ("In the city, 40 families were housed.", "40 families housed"),
    ("On Monday, 40 families were housed.", "40 families housed"),
])
def test_a_figure_set_off_after_a_noun_is_labelled_with_that_noun(sentence, label):
    assert labels(sentence)[0] == label


def test_a_colon_after_a_whole_clause_is_no_heading():
    # more than a name before the colon: the figure's own clause labels it, as before
    assert labels("The agency gave one reason for the delay: 300 trucks were stuck at the border.")[-1] == \
        "300 trucks stuck at the border"


@pytest.mark.parametrize("sentence, label", [
    ("Storage: 16/32GB, with a MicroSD slot.", ["Storage: 16/32GB", "16/32GB"]),
    ("Prices rose 5%/year in the city.", ["Prices rose 5%/year in the city"]),
])
def test_what_the_sentence_writes_against_a_figure_stays_against_it(sentence, label):
    assert labels(sentence) == label


def test_a_phrase_between_two_figures_keeps_its_preposition():
    text = ("---\ntitle: Т\nlanguage: ru\n---\n\nПолиция задержала 5 человек по делу о перестрелке, "
            "в результате которой 28 апреля 2 человека были убиты.\n")
    labels_here = [f.label for f in extract_facts(parse_source(text, "t.md"))]
    assert labels_here[-1] == "в результате которой 28 апреля 2 человека были убиты"


def test_a_label_takes_in_no_figure_before_its_own():
    assert labels("Officials counted 41 seats in the 120-seat assembly.") == [
        "Officials counted 41 seats in the 120-seat assembly", "120-seat assembly"]
    # a word away, the figure before is part of what this one says: the level a share fell to
    assert labels("Shares of the insurer lost 4 percent to $31.20.")[1] == "Shares of the insurer lost 4 percent to $31.20"



@pytest.mark.parametrize("sentence", [
    "More than 6,000 firefighters from 14 countries are battling the blazes, which have destroyed 85 homes and "
    "forced the evacuation of the resort towns of Vouliagmeni and Saronida on the coast south of Athens.",
    "Over the past decade the charity has planted roughly 2.4 million trees on land that was cleared for cattle "
    "ranching by companies supplying the world's largest meat processors.",
    "The regulator fined the operator £1.5 million and ordered it to pay another £600,000 in compensation to "
    "passengers whose trains were cancelled at short notice during the strikes.",
])
def test_long_clauses_are_cut_at_a_word_and_the_cut_is_shown(sentence):
    for label in labels(sentence):
        last = label.rstrip("…").split()[-1].lower().strip(",.;:")
        assert last not in FUNCTION_WORDS, label
        assert len(label.split()) <= 22, label
    assert any(label.endswith("…") or label.startswith("…") for label in labels(sentence)) or all(
        len(label.split()) <= 14 for label in labels(sentence))


@pytest.mark.parametrize("text, label", [
    ("The index slid 47.26 points, or 1.76 percent, on Friday.", "The index slid 1.76 percent"),
    ("He paid $40, or about 30 pounds, for the ticket.", "He paid about 30 pounds"),
    ("The Green party gained almost 27 per cent and 71 seats, while the others lost.", "The Green party gained 71 seats"),
    ("The storm destroyed 310 homes and 95 flats.", "The storm destroyed 95 flats"),
])
def test_a_figure_listed_after_another_is_said_of_what_that_one_is(text, label):
    assert labels(text)[-1] == label


def test_a_figure_with_a_clause_of_its_own_after_and_keeps_its_own_label():
    assert labels("Police killed 5 people and 12 soldiers were wounded.")[-1] == "12 soldiers wounded"


def test_a_place_in_a_case_is_added_to_a_label_as_the_sentence_writes_it():
    text = ("---\ntitle: Т\nlanguage: ru\n---\n\n"
            "Власти сообщили, что в Белгороде, несмотря на трудности, разместили 1400 человек.\n")
    [fact] = extract_facts(parse_source(text, "t.md"))
    assert fact.places == ("Белгород",) and fact.label == "разместили 1400 человек в Белгороде"


@pytest.mark.parametrize("sentence, label", [
    ("The debt ratio will -- at best -- still be at 117 percent in 2020.",
     "The debt ratio will still be at 117 percent in 2020"),
    ("The debt ratio will — at best — still be at 117 percent in 2020.",
     "The debt ratio will still be at 117 percent in 2020"),
    ("Unemployment, officials said, reached 27 percent in May.", "Unemployment reached 27 percent"),
    ("Turnout, according to the commission, was 62 percent.", "Turnout was 62 percent"),
    # an apposition is no aside: what it names may be what the figure is of
    ("The plane, a Boeing, carried 239 people.", "carried 239 people"),
])
def test_a_clause_goes_on_past_what_is_set_aside_in_it(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    # set aside between commas, a relative clause: the label goes on past it
    ("The jobless rate in the region, which has risen every month since May, reached 11 percent.",
     "The jobless rate in the region reached 11 percent"),
    ("Profits at the brewer, which reported on Tuesday, rose 5 percent.", "Profits at the brewer rose 5 percent"),
])
def test_a_relative_clause_between_commas_is_set_aside(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    # a relative clause holding the figure: what it is about leads its label
    ("The city cannot pay for a public pension bill that will still be at 40 percent of its budget in 2030.",
     "a public pension bill will still be at 40 percent of its budget in 2030"),
    ("Officials blamed the storm surge, which was expected to reach 4 metres overnight.",
     "the storm surge was expected to reach 4 metres overnight"),
    ("The club signed Maria Lopez, who has scored 31 goals this season.", "Maria Lopez has scored 31 goals this season"),
    ("Critics say the ministry is hiding plans that will cost taxpayers an extra $3 billion.",
     "plans will cost taxpayers an extra $3 billion"),
    # "that" opening a clause with its own subject is no relative: nothing is taken before it
    ("The annual report from the agency warns that flood defences have left 12,000 homes exposed.",
     "left 12,000 homes exposed"),
])
def test_a_figure_in_a_relative_clause_is_labelled_by_what_it_is_about(sentence, label):
    assert labels(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    # set aside right after the figure's phrase, the clause goes on past it
    ("Five people, including two children, were killed in the blast.", "Five people killed in the blast"),
    ("Some 300 homes, which were built in the 1960s, will be demolished.", "Some 300 homes demolished"),
    # ... but not into a new clause after it
    ("Exports reached 9.3 million tonnes -- a record for the port -- a busy spring has helped.",
     "Exports reached 9.3 million tonnes"),
    # ... nor past an aside after the clause went on
    ("Five people were hurt, including two children, police said.", "Five people hurt"),
    # an aside a dash opens is cut off with its dash
    ("Riots in the capital leave 40 injured - including 12 officers", "Riots in the capital leave 40 injured"),
    ("Floods in the north kill 9 people — among them two children", "Floods in the north kill 9 people"),
])
def test_a_clause_goes_on_past_what_is_set_aside_after_the_figure(sentence, label):
    assert labels(sentence)[0] == label


def test_a_label_does_not_open_on_the_comma_of_the_figure_before_it_nor_on_a_list_s_dash():
    assert labels("Memory: 8/16GB, with a card slot up to 512GB")[-1] == "with a card slot up to 512GB"
    assert labels("– Firm 51% owned by a minister, records show")[0] == "Firm 51% owned by a minister"
    assert labels("Output fell -2.4% in May.")[0].endswith("-2.4%")  # a minus is the figure's own


def test_a_label_does_not_end_on_worth_before_the_next_figure():
    assert labels("Police seized 2.5 tonnes of cocaine worth an estimated £100m.")[0] == \
        "Police seized 2.5 tonnes of cocaine"
