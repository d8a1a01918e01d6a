"""Charts: the fact sheet's pictures as drawing plans (coordinates, marks, titles) that the
templates draw as inline SVG: who reports what, figures compared on one scale, and the
timeline of dated facts.
"""

import datetime

from .extract import is_vague
from .extract.dates import event_date, published_date
from .kinds import in_base_unit, kind_title
from .lang import language_code
from .present import clipped, count_label, fact_href, format_value, line_label, names_apart, source_href

MATRIX_FACTS, MATRIX_SOURCES = 24, 20  # past these a matrix is a blur: the most reported are drawn
CELL, LABEL_WIDTH, HEADER_HEIGHT = 28, 200, 120  # px: a row label of 24 characters fits in LABEL_WIDTH at the chart font


def source_matrix(merged_facts, sources_by_id):
    """Which source reports which fact, as an SVG's drawing plan: the facts most sources report
    (key ones first) as columns, the sources that report them as rows; a hollow mark where
    a source gives another figure for the same thing, a faint dot where it says nothing of it.
    None when there is nothing to compare."""
    figures = [m for m in merged_facts if not is_vague(m)]
    columns = sorted(figures, key=lambda m: (not m.key, -m.source_count, -m.score))[:MATRIX_FACTS]
    by_id = {m.id: m for m in merged_facts}
    cited = {m.id: own_sources(m) for m in merged_facts}
    row_ids = [i for i in sources_by_id if any(i in cited[m.id] for m in columns)][:MATRIX_SOURCES]
    if len(row_ids) < 2 or not columns:
        return None
    cells, names = [], names_apart([sources_by_id[i] for i in row_ids])
    for y, source_id in enumerate(row_ids):
        name = names[y]
        for x, merged in enumerate(columns):
            other = next((by_id[o] for o in merged.conflicts if source_id in cited[o]), None)
            if source_id in cited[merged.id]:
                mark, title = "reports", f"{name} reports {figure_given(merged, source_id)}"
            elif other:
                mark, title = "differs", f"{name} gives another figure: {figure_given(other, source_id)}"
            else:
                mark, title = "absent", f"{name} does not report it"
            cells.append({"x": LABEL_WIDTH + x * CELL + CELL // 2, "y": HEADER_HEIGHT + y * CELL + CELL // 2,
                          "mark": mark, "title": title})
    return {
        "width": LABEL_WIDTH + len(columns) * CELL + HEADER_HEIGHT, "height": HEADER_HEIGHT + len(row_ids) * CELL + 4,
        "columns": [{"x": LABEL_WIDTH + x * CELL + CELL // 2, "y": HEADER_HEIGHT - 6, "href": fact_href(m.id),
                     "text": clipped(f"{format_value(m)}", 22), "title": f"{format_value(m)}: {line_label(m)}"}
                    for x, m in enumerate(columns)],
        "rows": [{"y": HEADER_HEIGHT + y * CELL + CELL // 2 + 5, "x": LABEL_WIDTH - 8, "href": source_href(i),
                  "text": clipped(names[y], 24), "title": sources_by_id[i].title}
                 for y, i in enumerate(row_ids)],
        "lines": [HEADER_HEIGHT + y * CELL for y in range(len(row_ids) + 1)],
        "right": LABEL_WIDTH + len(columns) * CELL,
        "cells": cells,
        "summary": f"{len(row_ids)} sources by the {len(columns)} facts they report most",
    }


COMPARED_GROUPS, COMPARED_BARS, BAR_ROW, BAR_LABEL, BAR_WIDTH = 3, 8, 26, 300, 300  # px
VALUE_ROOM = 110  # px after the longest bar for its value; a longer value takes it from the bars
VALUE_CHAR = 7.5  # px: the widest a character of a value runs at the chart's 13px font, on average
VALUE_GAP = 6  # px between a bar and its value


def compared_quantities(merged_facts):
    """The sheet's leading figures that share a kind and a unit (after conversion: miles and
    km meet), each set drawn as bars on one scale; sets with one value are left out."""
    ranked = sorted((m for m in merged_facts if not is_vague(m) and m.value),
                    key=lambda m: (not m.key, -m.score, -m.source_count))
    sets = {}
    for merged in ranked:
        value, unit = in_base_unit(merged.value, merged.unit)
        members = sets.setdefault((merged.kind, unit), [])
        if len(members) < COMPARED_BARS:
            members.append((value, merged))
    charts = []
    for (kind, unit), members in sets.items():
        if len({value for value, _ in members}) < 2 or len(charts) == COMPARED_GROUPS:
            continue
        top = max(value for value, _ in members)
        # the unit named where every bar is written in it; bars in several ("5 lb", "12 oz") are
        # drawn in the kind's base unit, which none of them shows
        named = unit if unit and all(merged.unit == unit for _, merged in members) else None
        title = f"{kind_title(kind)}{f' ({named})' if named else ''}, on one scale"
        bars = bar_scale(members, top)
        charts.append({"id": f"compare-{len(charts) + 1}", "title": title, "width": BAR_LABEL + BAR_WIDTH + VALUE_ROOM,
                       "height": len(members) * BAR_ROW + 4, "bars": [
                           {"y": n * BAR_ROW, "text_y": n * BAR_ROW + 17, "label_x": BAR_LABEL - 8, "x": BAR_LABEL,
                            "width": max(2, round(bars * value / top)), "href": fact_href(m.id),
                            "text": clipped(line_label(m), 40), "value": format_value(m),
                            "value_x": BAR_LABEL + max(2, round(bars * value / top)) + VALUE_GAP,
                            "title": f"{format_value(m)}: {line_label(m)}"}
                           for n, (value, m) in enumerate(members)]})
    return charts


def bar_scale(members, top):
    """The px of the longest bar: BAR_WIDTH, or less where a value written after its bar would
    run past the chart's edge ("€130 billion ($172 billion)"); the chart keeps its width."""
    room = BAR_WIDTH + VALUE_ROOM - VALUE_GAP
    fits = [(room - VALUE_CHAR * len(format_value(m))) * top / value for value, m in members if value > 0]
    return max(BAR_WIDTH // 4, min([BAR_WIDTH, *fits]))


TIMELINE_EVENTS = 24  # the best-scoring dated facts; past this the marks crowd
# the axis starts in from the edge so the first tick's label, centred on it, is not cut
AXIS_LEFT, AXIS_WIDTH, AXIS_Y, MARK_ROW = 32, 560, 34, 16  # px
TICKS = 8  # at most, on the year or month boundaries the span allows


def dated_facts(merged_facts, sources_by_id):
    """(EventDate, merged fact) for each fact whose when is a date on a calendar, earliest first
    (sheet order within a date); a date without its year takes its first source's."""
    events = []
    for merged in merged_facts:
        published = next((published_date(sources_by_id[c.source].meta.get("published")) for c in merged.citations
                          if sources_by_id[c.source].meta.get("published")), None)
        written_in = language_code(sources_by_id[merged.citations[0].source].meta.get("language"))
        when = event_date(merged.when, published, written_in)
        if when:
            events.append((when, merged))
    best = sorted(events, key=lambda event: (not event[1].key, -event[1].score))[:TIMELINE_EVENTS]
    return sorted(best, key=lambda event: event[0].date)


def axis_ticks(first, last):
    """(date, text) for the boundaries of years, or of months on a span within a year or two."""
    if last.year - first.year >= 2:
        starts = [datetime.date(year, 1, 1) for year in range(first.year, last.year + 1)]
        text = "%Y"
    else:
        starts = [datetime.date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1)
                  for n in range((last.year - first.year) * 12 + last.month - first.month + 1)]
        text = "%b %Y"
    step = -(-len(starts) // TICKS)  # ceiling: no more than TICKS of them
    return [(start, start.strftime(text)) for start in starts[::step]]


def free_level(marks, x):
    """The lowest row above the axis where a mark at x overlaps none drawn before it."""
    taken = {mark["level"] for mark in marks if abs(mark["x"] - x) < MARK_ROW}
    return next(level for level in range(len(marks) + 1) if level not in taken)


def timeline(merged_facts, sources_by_id):
    """The dated facts on one time axis, as an SVG's drawing plan (marks too near to sit side by
    side stacked above it), and as a list in date order; None with fewer than two dates."""
    events = dated_facts(merged_facts, sources_by_id)
    if len({when.date for when, _ in events}) < 2:
        return None
    first, last = events[0][0].date, events[-1][0].date
    first = axis_ticks(first, last)[0][0]  # the axis starts at its first tick: the first date's month or year

    def x(date):
        return AXIS_LEFT + round(AXIS_WIDTH * (date - first).days / max(1, (last - first).days))
    marks = []
    for when, merged in events:
        level = free_level(marks, x(when.date))
        marks.append({"x": x(when.date), "level": level, "y": AXIS_Y - 10 - level * MARK_ROW,
                      "href": fact_href(merged.id), "title": f"{when.text()}: {format_value(merged)}, {line_label(merged)}"})
    rise = max(mark["level"] for mark in marks) * MARK_ROW
    for mark in marks:
        mark["y"] += rise
    return {
        "width": AXIS_LEFT * 2 + AXIS_WIDTH, "height": AXIS_Y + rise + 28, "axis_y": AXIS_Y + rise,
        "axis_left": AXIS_LEFT, "axis_right": AXIS_LEFT + AXIS_WIDTH, "marks": marks,
        "ticks": [{"x": x(date), "text": text} for date, text in axis_ticks(first, last) if date <= last],
        "summary": f"{len(events)} dated facts, from {events[0][0].text()} to {events[-1][0].text()}",
        "events": [{"date": when.text(), "iso": when.iso(), "value": format_value(merged), "label": line_label(merged),
                    "href": fact_href(merged.id), "sources_label": count_label(merged.source_count, "source")}
                   for when, merged in events],
    }


def figure_given(merged, source_id):
    """The figure one source gives for a fact: its side's, where the sources differ."""
    return next((side.figure for side in merged.sides if source_id in side.sources), format_value(merged))


def own_sources(merged):
    """The sources that give a merged fact's own figure: its citations but those of the facts it
    leads a dispute over (whose sides say so), which give another figure."""
    others = {source for side in merged.sides if side.fact != merged.id for source in side.sources}
    return {c.source for c in merged.citations} - others
