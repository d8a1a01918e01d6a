"""The charts' drawing plans (generator/charts.py) where they are plain functions of dates."""

import datetime

from generator.charts import TICKS, axis_ticks, free_level

D = datetime.date


def test_ticks_fall_on_month_starts_within_a_year_or_two():
    assert axis_ticks(D(2024, 2, 12), D(2024, 4, 8)) == [(D(2024, 2, 1), "Feb 2024"), (D(2024, 3, 1), "Mar 2024"),
                                                         (D(2024, 4, 1), "Apr 2024")]


def test_ticks_fall_on_years_over_longer_spans_and_never_number_more_than_ticks():
    assert [text for _, text in axis_ticks(D(2019, 6, 1), D(2024, 3, 1))] == [str(y) for y in range(2019, 2025)]
    long_span = axis_ticks(D(1950, 1, 1), D(2024, 1, 1))
    assert len(long_span) <= TICKS and long_span[0] == (D(1950, 1, 1), "1950")
    assert len(axis_ticks(D(2022, 9, 27), D(2023, 12, 1))) <= TICKS  # 16 months: every other one


def test_a_mark_goes_to_the_lowest_row_where_it_overlaps_none():
    marks = [{"x": 100, "level": 0}, {"x": 104, "level": 1}, {"x": 300, "level": 0}]
    assert free_level(marks, 108) == 2 and free_level(marks, 200) == 0 and free_level(marks, 290) == 1


def test_a_dispute_s_lead_reports_its_own_figure_only_and_its_rivals_sources_give_another():
    from generator.charts import own_sources
    from generator.model import Citation, MergedFact, Side
    cite = lambda source: Citation(source, f"f-{source}", "s-1", "500", "500 people left.")
    lead = MergedFact("count-500-people", "count", 500, None, "people", None, "500 people", None, (),
                      (cite("a"), cite("b"), cite("c")), conflicts=("count-700-people",),
                      sides=(Side("500 people", 500, ("a", "b"), "count-500-people"),
                             Side("700 people", 700, ("c",), "count-700-people")))
    assert own_sources(lead) == {"a", "b"}
    assert own_sources(MergedFact("x", "count", 5, None, "cars", None, "5 cars", None, (), (cite("a"),))) == {"a"}


def test_figures_compared_name_their_unit_only_where_every_bar_is_written_in_it():
    from generator.charts import compared_quantities
    from generator.model import MergedFact
    fact = lambda id_, kind, value, unit: MergedFact(id_, kind, value, None, unit, None, f"{value} {unit}", None, (), ())
    charts = compared_quantities([fact("w1", "weight", 5, "lb"), fact("w2", "weight", 12, "oz"),
                                  fact("m1", "money", 9, "GBP"), fact("m2", "money", 12, "GBP")])
    titles = {chart["title"] for chart in charts}
    assert titles == {"Weights, on one scale", "Money (GBP), on one scale"}


def test_a_cell_of_who_reports_what_names_the_figure_that_source_gives():
    from generator.charts import source_matrix
    from generator.model import Citation, MergedFact, Side, Source
    cite = lambda source, fact: Citation(source, f"f-{source}", "s-1", "500", f"{fact} people left.")
    sides = (Side("500 people", 500, ("a", "b"), "count-500-people"), Side("520 people", 520, ("b2",), "count-500-people"),
             Side("700 people", 700, ("c",), "count-700-people"))
    lead = MergedFact("count-500-people", "count", 500, 520, "people", None, "500 people", None, (),
                      (cite("a", 500), cite("b", 500), cite("b2", 520)), conflicts=("count-700-people",), sides=sides)
    other = MergedFact("count-700-people", "count", 700, None, "people", None, "700 people", None, (),
                       (cite("c", 700),), conflicts=("count-500-people",), sides=sides)
    sources = {s: Source(s, f"{s}.txt", s, meta={"publisher": s.upper()}) for s in ("a", "b", "b2", "c")}
    titles = {cell["title"] for cell in source_matrix([lead, other], sources)["cells"]}
    assert {"B2 reports 520 people", "C reports 700 people", "A gives another figure: 500 people"} <= titles


def test_every_value_of_figures_compared_ends_inside_its_chart():
    from generator.charts import VALUE_CHAR, compared_quantities
    from generator.model import MergedFact
    money = lambda id_, value, also=None: MergedFact(id_, "money", value, None, "EUR", None, "a loan", None, (), (),
                                                     also=also)
    [chart] = compared_quantities([money("a", 130e9, "$172 billion"), money("b", 110e9, "$146 billion"),
                                   money("c", 10e9)])
    for bar in chart["bars"]:
        assert bar["value_x"] + VALUE_CHAR * len(bar["value"]) <= chart["width"], bar["value"]
    widths = [bar["width"] for bar in chart["bars"]]
    assert widths == sorted(widths, reverse=True) and widths[0] > 4 * widths[2]  # still on one scale
