"""How values and links are written for readers: shared by the pages (render) and search (index)."""

import collections
import functools
import re
import unicodedata
from urllib.parse import quote

from .extract import is_vague, written_as_clock
from .kinds import COUNT, DURATION, MONEY, SHARE, unit_after


def format_number(value):
    """1400 -> '1,400'; 3.25 -> '3.25'; 7.144 -> '7.144' (a bond's yield, to the third decimal
    as markets give it; a third is 0.333); past what three decimals or a trillion's digits
    can show, as science writes it: 1.99e-30 -> '1.99 × 10⁻³⁰'."""
    if value and (abs(value) < 0.001 or abs(value) >= 10 ** 15):
        mantissa, exponent = f"{value:.6e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')} × 10{str(int(exponent)).translate(SUPERSCRIPT_DIGITS)}"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


SUPERSCRIPT_DIGITS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def told_most(merged):
    """The side of a dispute most sources give (the first of them in the sides' order), whose
    fact's page and entry in the downloads tell the dispute in full; None without a dispute."""
    return max(merged.sides, key=lambda side: len(side.sources)) if len(merged.sides) > 1 else None


def told_here(merged):
    """Whether the dispute a merged fact belongs to is told in full with it (its page, its entry
    in the downloads): it has none, or it is the side most sources give (told_most)."""
    most = told_most(merged)
    return most is None or most.fact == merged.id


SCALES_TYPED = ((10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"))


def typed_number(value):
    """A figure as a reader types it into a search box: 1400 -> '1,400'; 130000000000 -> '130
    billion', 21700000 -> '21.7 million' (a round number of millions or more, with its scale)."""
    for scale, word in SCALES_TYPED:
        scaled = value / scale
        if abs(scaled) >= 1 and round(scaled, 2) == scaled:
            return f"{format_number(scaled)} {word}"
    return format_number(value)


def count_label(n, noun):
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def as_written(fact):
    """The figure as the article wrote it, without the qualifier: '£40 million', '$2.5bn'."""
    text = fact.text
    if fact.qualifier and text.lower().startswith(fact.qualifier):
        text = text[len(fact.qualifier):].strip()
    return text


BRACKETED_AFTER_A_FIGURE = re.compile(r"\d[^()]*\(\s*(?P<figure>[^\s()]+)")  # "26.9% (71": 71


def line_label(merged):
    """What a merged fact's line says it measures: its label, or whose figure it is (its subject,
    merge.with_owners) where the label tells another figure the fact's own stands in brackets
    after, as results tables write seats after a share ("Syriza 26.9% (71)" for 71 seats:
    "Syriza"): those words are the other figure's."""
    if not merged.subject:
        return merged.label
    number = next((word for word in as_written(merged).split() if any(c.isdigit() for c in word)), None)
    if any(found["figure"].rstrip(".,;:") == number for found in BRACKETED_AFTER_A_FIGURE.finditer(merged.label)):
        return merged.subject
    return merged.label


def with_gap(label, written):
    """The label with "…" for the figure's number and the words before it in its report's
    figure as written (a qualifier), its unit kept (it may say what is counted): "The road to
    Chernihiv was closed for … hours", "Officials said … refugees were housed" (of "at least 82
    refugees"); None where the label does not hold the number or holds nothing else."""
    words = written.split()
    at = next((n for n, word in enumerate(words) if any(character.isdigit() for character in word)), 0)
    gap, lowered = " ".join(words[:at + 1]).lower(), label.lower()
    found = lowered.find(gap) if gap else -1
    while found >= 0 and not stands_alone(lowered, found, found + len(gap)):  # "36" of "360 km"
        found = lowered.find(gap, found + 1)
    if found < 0 or not any(character.isalpha() for character in label[:found] + label[found + len(gap):]):
        return None
    return f"{label[:found]}…{label[found + len(gap):]}"


def stands_alone(text, start, end):
    """Whether text[start:end] is a whole figure or word: no letter or digit joins it on either
    side, nor a decimal point or thousands separator on a digit ("36" in "1,360" or "36.5")."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not (before.isalnum() or before and before in ".," and start > 1 and text[start - 2].isdigit()
                or after.isalnum() or after and after in ".," and text[end + 1:end + 2].isdigit())


# The last figure as written, and the words after it: "$1,200" of "$900 to $1,200", "700 euros"
# of "500 to 700 euros".
LAST_FIGURE = re.compile(r"\S*\d\S*(?:\s+[^\d\s]+)*$")


def moved_as_written(written):
    """A change written as the article wrote its two figures, the word between them an arrow as
    every other change shows it: "$900 to $1,200" -> "$900 → $1,200", "500 to 700 euros" ->
    "500 → 700 euros"; as written where its two figures cannot be told apart."""
    reached = LAST_FIGURE.search(written)
    before = written[:reached.start()].rstrip() if reached else ""
    if not before or " " not in before or not re.search(r"\d", before):
        return written
    start = before.rsplit(" ", 1)[0]  # the word between them ("to", "auf", "à") left out
    return f"{start} → {reached[0]}" if re.search(r"\d", start) else written


HYPHENED_COUNT = re.compile(r"[\w.,]+-[^\W\d_]+")  # a count hyphened to its noun: "12-story", "three-day"


def format_figure(fact):
    """'1,400 people', '12%', '£40 million', 'two-thirds', '$61.10 per barrel': the figure
    without its qualifier."""
    per = f" per {fact.per}" if fact.per else ""  # a rate: what it is per
    if (fact.kind == MONEY or fact.unit == SHARE) and fact.text:
        written = as_written(fact)
        if fact.value_max is not None and (fact.change or fact.value_max < fact.value):
            written = moved_as_written(written)
        return written + per
    if fact.kind == COUNT and fact.value_max is None and HYPHENED_COUNT.fullmatch(as_written(fact)):
        return as_written(fact)  # "a 12-story high-rise": "12-story", not "12 story"
    if as_clock(fact):
        return as_written(fact)  # "2:01:09", as a race's result is read, not "7,269 seconds"
    # a round number of millions or more with its scale, as newsrooms write it: "20 billion
    # transactions", "2.4 million people", not "20,000,000,000"
    number = typed_number(fact.value)
    if fact.value_max is not None:  # a range goes up; a change ("rose from 57 to 63", "fell") goes from value to value_max
        moved = fact.change or fact.value_max < fact.value
        top = typed_number(fact.value_max)
        low_figure, _, low_scale = number.partition(" ")
        top_figure, _, top_scale = top.partition(" ")
        if low_scale and low_scale == top_scale and not moved:  # "5–10 million people", its scale once
            number, top = low_figure, f"{top_figure} {top_scale}"
        number = f"{number}{' → ' if moved else '–'}{top}"
    if fact.unit == "%":
        return f"{number}%{per}"
    unit = unit_after(fact.value if fact.value_max is None else fact.value_max, fact.unit)  # "1 day", "1 to 2 days"
    return (f"{number} {unit}" if unit else number) + per


def as_clock(fact):
    """Whether a fact is hours, minutes and seconds written as a clock writes them ("2:01:09")."""
    return fact.kind == DURATION and fact.value_max is None and written_as_clock(as_written(fact))


def typed_figure(fact):
    """The figure a reader would type to find a fact: "1,400", "2:01:09"."""
    return as_written(fact) if as_clock(fact) else typed_number(fact.value)


def format_value(fact):
    """'nearly 1,400 people', '12%', '£40 million': the value a reader scans for.

    Money and shares read as the article wrote them (newsrooms write £40m, $2.5bn, 40 million
    pounds; a third, one in four); the exact figure and its unit stay in the facts YAML."""
    if is_vague(fact):  # money as written: "billions of euros", not of its code
        if fact.kind == MONEY and fact.text and fact.text.lower().startswith(fact.qualifier):
            return fact.qualifier + fact.text[len(fact.qualifier):]
        return f"{fact.qualifier} {fact.unit}"
    shown = format_figure(fact) + (f" ({fact.also})" if fact.also else "")  # "8,000 km² (3,100 square miles)"
    return qualified(shown, fact.qualifier, fact.text)


def qualified(figure, qualifier, text=None):
    """A figure with the qualifier its report gives it, where the report writes it (text):
    "at least 12 people"; "40 or more homes" is "40 homes or more"."""
    if not qualifier:
        return figure
    if text and qualifier in text.lower() and not text.lower().startswith(qualifier):
        return f"{figure} {qualifier}"
    return f"{qualifier} {figure}"


def figure_range(low, high):
    """Two figures as one range, their unit once: '127 people', '132 people' -> '127 to 132
    people'; '12%', '14%' -> '12 to 14%'; '1,500 miles', '2,500 km' as they are."""
    low_number, _, low_unit = low.partition(" ")
    high_number, _, high_unit = high.partition(" ")
    if low_unit and low_unit == high_unit:
        return f"{low_number} to {high_number} {low_unit}"
    if low.endswith("%") and high.endswith("%") and " " not in low + high:
        return f"{low[:-1]} to {high}"
    return f"{low} to {high}"


def names_list(names):
    """'A', 'A and B', 'A, B and C'."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def figure_in_label(figure, label):
    """{"before", "figure", "after"}: a label that writes its figure ('at least 70 children
    relocated') around the figure, which a list links, so that the line does not say it twice
    ('at least 70 children: at least 70 children relocated'); else the figure, then the label."""
    at = label.lower().find(figure.lower()) if figure else -1
    end = at + len(figure)
    if at < 0 or (at and label[at - 1].isalnum()) or (end < len(label) and label[end].isalnum()):
        return {"before": "", "figure": figure, "after": f": {label}"}  # not in it, or inside a longer figure
    return {"before": label[:at], "figure": label[at:end], "after": label[end:]}


def fact_title(fact):
    """A fact in one line, its figure once: the label alone when it writes the figure ('nearly
    1,400 people housed in a makeshift camp', 'Alexander, aged 44'), else value and label
    ('6 Ukrainians: half a dozen who fled'); the fact's page title and its JSON-LD name."""
    value, label = format_value(fact), line_label(fact)
    figures = [value, fact.text] + ([] if is_vague(fact) else [format_number(fact.value)])
    if any(figure and written_in(figure, label) for figure in figures):
        return label
    return f"{value}: {label}"


def written_in(figure, text):
    """Whether text writes figure as whole words, in any case: the 6 of "in 1966" or of "6.5" is
    no 6. (A scan with str.find: a pattern made for each of thousands of figures would be
    compiled anew for each, past the re module's cache.)"""
    figure, text = figure.lower(), text.lower()
    at = text.find(figure)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(figure):at + len(figure) + 2]
        if not (before.isalnum() or before in "_.,") or not before:
            if not after or not (after[0].isalnum() or after[0] == "_"
                                 or (after[0] in ".," and after[1:2].isdigit())):
                return True
        at = text.find(figure, at + 1)
    return False


def in_latin_letters(text):
    """Letters and digits of other scripts than Latin transliterated ('Харків звільнено' ->
    'Kharkiv zvilneno', '北京' -> 'BeiJing'); Latin text is left as it is, for slug()'s NFKD,
    so that every id made from Latin text before stays the same."""
    if text.isascii():
        return text
    from anyascii import anyascii  # only for text outside ASCII: its tables load as needed
    return "".join(
        anyascii(char).replace("'", "")  # a soft sign's apostrophe would cut the word in two
        if unicodedata.category(char)[0] in "LN" and not unicodedata.name(char, "LATIN").startswith("LATIN")
        else char
        for char in unicodedata.normalize("NFC", text))


def slug(text):
    """'8,000 km² in Kharkiv' -> '8-000-km2-in-kharkiv', 'Харків' -> 'kharkiv': ASCII, safe as a
    file name everywhere."""
    text = in_latin_letters(text.replace("²", "2").replace("³", "3").replace("%", " percent"))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# Links are relative to root ("" on top-level pages, "../" one folder down), so the site
# works from file://, at a domain root and under a GitHub Pages project path alike.

@functools.lru_cache(maxsize=None)
def url_part(name):
    """A file name as part of a valid relative URL (it may hold spaces or accents); each id is
    linked from many pages, so each is quoted once."""
    return quote(name)


def source_href(source_id, anchor=None, root=""):
    return f"{root}sources/{url_part(source_id)}.html" + (f"#{anchor}" if anchor else "")


def fact_href(merged_id, root=""):
    return f"{root}facts/{url_part(merged_id)}.html"


def fact_locations(site, facts):
    """Where each of facts ((source id, fact id)) is shown, as a URL within the site: the page
    of the merged fact citing it, else (a rejected fact, one shown with the figure it restates)
    its sentence on its source's page."""
    if not facts:  # most builds: no reviewer's edit to show
        return ()
    wanted = set(facts)
    merged_of = {(c.source, c.fact): m.id for m in site.merged for c in m.citations if (c.source, c.fact) in wanted}
    anchors = {(f.source, f.id): f.anchor for source_id in {source_id for source_id, _ in facts}
               for f in site.facts.get(source_id, ())}
    return tuple(fact_href(merged_of[fact]) if fact in merged_of else source_href(fact[0], anchors.get(fact))
                 for fact in facts)


def entity_href(entity_id, root=""):
    return f"{root}entities/{url_part(entity_id)}.html"


def entity_path(entity_id):
    return f"entities/{entity_id}.html"


def source_page_path(source_id):
    """Where a source's page is written, within the site."""
    return f"sources/{source_id}.html"


def fact_path(merged_id):
    return f"facts/{merged_id}.html"


def web_url(meta):
    """The original's address, only if it is a web link (never javascript: or file:)."""
    url = meta.get("url", "")
    return url if url.startswith(("https://", "http://")) else None


def short_name(source):
    """How a chart or a line names a source: its publisher, else its title."""
    return source.meta.get("publisher") or source.title


def titled_name(source):
    """A source named by its publisher and its title, or its title where that is all it has."""
    publisher = source.meta.get("publisher")
    return f"{publisher}: {source.title}" if publisher and publisher != source.title else source.title


def titles_apart(sources):
    """Each source's title, and where another source has the same title, its publisher (else
    its file name) in brackets: "Samsung Galaxy S5 review (CNET)". A list or a menu of sources
    by title tells them apart."""
    counts = collections.Counter(source.title for source in sources)
    named = [source.title if counts[source.title] == 1 else
             f"{source.title} ({source.meta.get('publisher') or source.id})" for source in sources]
    again = collections.Counter(named)  # one publisher's two articles of one title
    return [name if again[name] == 1 else f"{source.title} ({source.id})" for name, source in zip(named, sources)]


PUBLISHERS_NAMED = 8  # a list by publisher names this many, the most giving first, and counts the rest


def by_publisher(sources):
    """How many of sources each publisher gives, the most first: '87 from Kyiv Wire, 70 from
    Border Post and 12 from 9 other publishers' (a source with no publisher is named by its
    title). A list of hundreds of sources a reader does not read; who gives a figure, they do."""
    counts = collections.Counter(short_name(source) for source in sources)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    parts = [f"{count:,} from {name}" for name, count in ranked[:PUBLISHERS_NAMED]]
    rest = ranked[PUBLISHERS_NAMED:]
    if rest:
        parts.append(f"{sum(count for _, count in rest):,} from {count_label(len(rest), 'other publisher')}")
    return names_list(parts)


def names_apart(sources):
    """How one list names its sources: each by short_name, but a name the list would give twice
    (two articles of one publisher) is given with each article's title (titled_name), and the
    file name after it where that is the same too, so that a reader tells them apart."""
    names = [short_name(source) for source in sources]
    counts = collections.Counter(names)
    if len(counts) == len(names):
        return names
    names = [name if counts[name] == 1 else titled_name(source) for name, source in zip(names, sources)]
    again = collections.Counter(names)  # one title twice, and no publisher to tell them apart: the file names
    return [name if again[name] == 1 else f"{name} ({source.id})" for name, source in zip(names, sources)]


def clipped(text, length):
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"
