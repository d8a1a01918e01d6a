"""A fact's when as a date on a calendar (generator/extract/dates.py), for the timeline."""

import datetime

import pytest

from generator.extract.dates import event_date, published_date

REPORT = datetime.date(2024, 3, 2)


@pytest.mark.parametrize("when, date, text", [
    ("on 1 March", "2024-03-01", "1 Mar 2024"),        # the year of the report
    ("on 30 December", "2023-12-30", "30 Dec 2023"),  # after the report's day: the year before
    ("12 Sept 2022", "2022-09-12", "12 Sep 2022"),
    ("March 12, 2020", "2020-03-12", "12 Mar 2020"),
    ("in March 2021", "2021-03", "Mar 2021"),
    ("in 2019", "2019", "2019"),
    ("during 2015", "2015", "2015"),
])
def test_a_when_names_a_day_a_month_or_a_year(when, date, text):
    found = event_date(when, REPORT)
    assert (found.iso(), found.text()) == (date, text)


@pytest.mark.parametrize("when", ["three days later", "the next day", "by 2030", "since 2014", "until 2025",
                                  "the 2012–13 season", "on 31 February", "", None])
def test_relative_times_bounds_ranges_and_impossible_days_are_no_date(when):
    assert event_date(when, REPORT) is None


def test_a_day_without_a_year_needs_its_reports_date():
    assert event_date("on 1 March", None) is None
    assert event_date("in 2019", None).iso() == "2019"


def test_published_dates_are_read_from_front_matter_text():
    assert published_date("2024-03-02") == REPORT and published_date(REPORT) == REPORT
    assert published_date("mid-September 2022") is None and published_date(None) is None
