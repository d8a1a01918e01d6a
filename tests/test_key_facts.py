"""Key facts: the scoring table and its signals, on sentences not from the seeds."""

import dataclasses

import pytest

from generator.extract import extract_facts
from generator.extract.quantities import figures_in
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


def test_so_many_of_a_group_counted_before_is_a_detail_and_the_group_leads():
    group, part = facts("Boats pulled 80 survivors from the river, and 14 of them were taken to hospital, police said.",
                        title="Ferry sinks")
    assert (part.value, part.unit) == (14, "survivors")
    assert "counts a part of a group counted before it" in signals(part, 0, set())
    assert "counts a part of a group counted before it" not in signals(group, 0, set())
    assert group.score > part.score


def test_a_count_of_nothing_in_particular_is_a_turn_of_phrase_not_a_key_figure():
    fact = facts("Her mother was at least a dozen things, friends said.")[0]
    assert "counts nothing in particular" in signals(fact, 0, set()) and not fact.key
    fact = facts("A dozen homes burned, officials said.")[0]  # a count of something
    assert "counts nothing in particular" not in signals(fact, 0, set())


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
    ("He was handed a two-year suspended sentence.", "penalty"),
    ("The course took two years; each sentence was marked.", "duration"),
])
def test_a_duration_is_a_penalty_only_where_the_words_make_it_one(sentence, kind):
    assert [f.kind for f in facts(sentence) if f.unit == "years"] == [kind]


def test_words_ending_in_s_count_nothing_and_how_long_is_no_when():
    assert [f.unit for f in facts("The population reached 5,400 this month.")] == []
    [fact] = facts("The road will stay closed for at least six months after the landslide.")
    assert (fact.kind, fact.value, fact.unit, fact.when) == ("duration", 6, "months", None)


# --- Issue 34: the key figures of a story told by several publishers -------------------------

from generator.key_facts import BEST_SCORE, PANEL_SIZE, key_panel, most_reported
from generator.model import Citation, MergedFact


def merged(fact_id, sources, score, key=False, reviewer_key=None, qualifier=None):
    citations = tuple(Citation(s, f"{fact_id}-{s}", "s-1", "1", "1") for s in sources)
    return MergedFact(fact_id, "count", 1, None, "people", qualifier, fact_id, None, (), citations, score=score,
                      key=key, reviewer_key=reviewer_key)


def test_the_panel_leads_with_the_figures_most_sources_report():
    lone = merged("lone-headline-figure", ["a"], 9, key=True)
    told = merged("told-by-three", ["a", "b", "c"], 6, key=True)
    pair = merged("told-by-two", ["b", "c"], 7, key=True)
    assert [m.id for m in key_panel([lone, pair, told])] == ["told-by-three", "told-by-two", "lone-headline-figure"]


def test_the_few_figures_most_sources_report_are_key_though_they_score_low():
    story = [merged(f"single-{n}", ["a"], 7) for n in range(5)] + [
        merged("bailout", ["a", "b"], BEST_SCORE + 1), merged("colour", ["a", "b"], BEST_SCORE - 1),
        merged("vague", ["a", "b"], 9, qualifier="hundreds of")]
    assert {story[i].id for i in most_reported(story, lambda m: m.qualifier == "hundreds of")} == {"bailout"}


def test_where_every_figure_is_reported_alike_none_stands_out():
    versions = [merged(f"fact-{n}", ["a", "b"], 5) for n in range(PANEL_SIZE + 2)]
    assert most_reported(versions, lambda m: False) == set()


def test_a_figure_of_several_publishers_is_key_in_the_merge_unless_a_reviewer_said_not():
    from generator.merge import with_most_reported_key
    story = [merged(f"single-{n}", ["a"], 7) for n in range(3)] + [
        merged("bailout", ["a", "b"], BEST_SCORE + 1), merged("rejected-as-key", ["a", "b"], 9, reviewer_key=False)]
    keys = {m.id for m in with_most_reported_key(story) if m.key}
    assert keys == {"bailout"}


def test_articles_sharing_one_figure_among_their_own_make_it_key():
    from tests.test_merge import merge_texts
    facts = merge_texts(
        "Pensions will be cut by 12%, officials said.\n\nThe talks went on.\n\nNo deal came.\n\n"
        "Greece signed a 110 billion euro bailout in May 2010.",
        "Riot police fired tear gas at 3,000 protesters.\n\nThe streets emptied.\n\nShops shut.\n\n"
        "The country has lived on a €110bn bailout since 2010.",
        "Unemployment rose to 16% last month.\n\nMarkets fell 3% on the news.",
    )
    [bailout] = [m for m in facts if m.kind == "money"]
    assert bailout.source_count == 2 and bailout.key


# --- Issue 34: every article's lead figure on the panel, headlines read as editors write them ---

from generator.key_facts import PANEL_MAX


def test_each_articles_lead_figure_comes_before_another_articles_second():
    busy = [merged(f"busy-{n}", ["busy"], 9 - n / 10, key=True) for n in range(PANEL_SIZE + 2)]
    quiet = [merged("quiet-lead", ["quiet"], 5, key=True), merged("quiet-second", ["quiet"], 4.5, key=True)]
    shown = [m.id for m in key_panel(busy + quiet)]
    assert len(shown) == PANEL_SIZE and "quiet-lead" in shown and "quiet-second" not in shown
    assert shown[:PANEL_SIZE - 1] == [f"busy-{n}" for n in range(PANEL_SIZE - 1)]  # shown best first


def test_the_panel_grows_with_the_articles_lead_figures_up_to_its_most():
    def story(articles):
        return [merged(f"lead-{n}", [f"article-{n}"], 6, key=True) for n in range(articles)] + [
            merged(f"second-{n}", [f"article-{n}"], 5, key=True) for n in range(articles)]
    assert len(key_panel(story(PANEL_SIZE // 2))) == PANEL_SIZE  # a panel is never shorter than it must be
    assert {m.id for m in key_panel(story(PANEL_SIZE + 3))} == {f"lead-{n}" for n in range(PANEL_SIZE + 3)}
    assert len(key_panel(story(1000))) == PANEL_MAX


def test_a_figure_most_articles_report_is_their_lead_and_takes_one_place():
    shared = merged("shared", [f"article-{n}" for n in range(5)], 14, key=True)
    own = [merged(f"own-{n}", [f"article-{n}"], 7, key=True) for n in range(PANEL_SIZE)]
    shown = [m.id for m in key_panel(own + [shared])]
    assert shown[0] == "shared" and len(shown) == PANEL_SIZE


@pytest.mark.parametrize("title, sentence, value", [
    ("Cost of euro bailout to Britain soars to £22billion", "The bill comes to a total of £21.7billion.", 21.7e9),
    ("Phone Hits 10 Million Sales Mark", "The phone has shipped 10 million units, the maker said.", 10e6),
    ("Quake kills 1,400", "Rescuers said 1,380 people had been killed.", 1380),
])
def test_the_headline_gives_a_figure_rounded_or_in_title_case(title, sentence, value):
    text = "\n\n".join(["The story began on Monday.", "Nobody expected it.", "Talks went on.", sentence])
    [fact] = [f for f in facts(text, title=title) if f.value == value]
    assert "in the headline" in signals(fact, 3, figures_in(title)) and fact.key


def test_a_round_headline_figure_does_not_claim_every_figure_near_it():
    [fact] = facts("\n\n".join(["Talks went on.", "Nobody spoke.", "Then 130 villagers left their homes."]),
                   title="100 days of talks")
    assert "in the headline" not in signals(fact, 2, {100.0})


def test_the_figures_own_words_cite_no_one():
    [counted] = facts("Clashes in the capital left 36 police hurt.")
    [cited] = facts("Clashes in the capital left 36 people hurt, police said.")
    assert "a person, office or document is cited for it" not in signals(counted, 0, set())
    assert "a person, office or document is cited for it" in signals(cited, 0, set())


@pytest.mark.parametrize("sentence, cited", [
    ("Clashes with riot police left 60 protesters hurt.", False),  # the police act; nobody is cited
    ("The ministry's new plan puts 400 teachers in rural schools.", False),
    ("Police said 60 protesters were hurt in the clashes.", True),
    ("According to the ministry, 400 teachers will move.", True),
    ("Government data show 400 teachers left last year.", True),
])
def test_a_figure_is_cited_by_a_word_of_saying_or_showing_not_by_a_body_named(sentence, cited):
    [fact] = facts(sentence)
    assert ("a person, office or document is cited for it" in signals(fact, 0, set())) == cited


def test_an_amount_of_money_outranks_a_count_as_high_and_a_price_does_not():
    article = facts("\n\n".join([
        "Floods swept the valley on Monday.", "Roads were closed.", "Schools shut early.",
        "Some 600 volunteers and 40 boats joined the search.",
        "The region set aside €150 million for repairs.",
        "Shares in the insurer fell to €29.48.",
    ]))
    by_figure = {f.text: f for f in article}
    assert "an amount of a million or more" in signals(by_figure["€150 million"], 4, set())
    assert "an amount of a million or more" not in signals(by_figure["€29.48"], 5, set())
    assert by_figure["€150 million"].score > by_figure["40 boats"].score


def test_a_story_told_by_several_articles_shows_each_articles_lead_figure():
    from tests.test_merge import merge_texts
    busy = "\n\n".join(f"Clashes in district {n} left {n + 20} people hurt, officials said." for n in range(8))
    facts = merge_texts(busy, "The central bank lent banks €40 billion on Tuesday.\n\nShares rose.",
                        "Turnout was 61% in the referendum, officials said.\n\nThe count took all night.")
    shown = {(m.value, m.unit) for m in key_panel(facts)}
    assert {(40e9, "EUR"), (61, "%")} <= shown and len(shown) == PANEL_SIZE


def test_a_standfirst_above_the_lede_is_counted_with_it_not_before_it():
    from generator.key_facts import story_paragraph_numbers
    standfirst = ["Floods close 40 schools in Riverton", "Mayor promises 2,000 sandbags"]
    lede = ["The council has spent £9.5 million on flood walls, the mayor said."]
    assert story_paragraph_numbers([standfirst, lede, ["More rain is due."]]) == [0, 0, 1]
    assert story_paragraph_numbers([lede, ["More rain is due."]]) == [0, 1]
    assert story_paragraph_numbers([standfirst]) == [0]  # an article of lines alone
    article = facts("    Floods close 40 schools in Riverton\n    Mayor promises 2,000 sandbags\n\n"
                    "The council has spent £9.5 million on flood walls, the mayor said.\n\nMore rain is due.")
    alone = facts("The council has spent £9.5 million on flood walls, the mayor said.\n\nMore rain is due.")
    [walls], [walls_alone] = ([f for f in found if f.value == 9_500_000] for found in (article, alone))
    assert walls.score == walls_alone.score  # scored as the lede it is, standfirst or none


def test_a_count_that_describes_a_thing_is_background_not_a_lead():
    lede = facts("Firefighters reached the 14th floor of the 22-story tower, where 63 residents were trapped.")
    tower = next(f for f in lede if f.value == 22)
    residents = next(f for f in lede if f.value == 63)
    assert "describes what it counts a part of" in signals(tower, 0, set()) and not tower.key
    assert "describes what it counts a part of" not in signals(residents, 0, set()) and residents.key


def test_an_article_without_a_key_figure_leads_with_its_best_one():
    profile = facts("The family moved to Honolulu, about 2,390 miles from California, when she was a girl.\n\n"
                    "She lived there for 12 years before she left.")
    distance = next(f for f in profile if f.kind == "distance")
    assert distance.key and sum(f.key for f in profile) == 1  # one, its best
    news = facts("At least 37 people were killed when a bus fell into a gorge 300 miles from the capital.")
    assert [f.kind for f in news if f.key] == ["count"]  # a key figure already leads it
    colour = facts("Two neighbours waved as the two vans left.")
    assert not any(f.key for f in colour)  # nothing scoring above nothing


@pytest.mark.parametrize("sentence, level", [
    ("Shares of Rail Freight lost 4.1 percent to $18.62 after the warning.", "$18.62"),
    ("The pound slumped to $1.0512 in early trading.", "$1.0512"),
    ("The carrier was down 3 percent at $44.10 by midday.", "$44.10"),
])
def test_a_price_a_market_moved_to_leads_no_story_by_itself(sentence, level):
    [price] = [f for f in facts(sentence + " Lenders lost $4 billion in the crash.") if f.text == level]
    assert "a level a market moved to" in signals(price, 0, ()) and not price.key
    headline = facts(sentence, title=f"Rail Freight falls to {level}")  # unless the headline gives it
    assert [f.key for f in headline if f.text == level] == [True]
