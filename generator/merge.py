"""Merge stage: one fact per real-world fact, citing every source that reports it.

Two extracted facts are the same fact when they measure the same kind of thing in the same
unit, agree on the value, and are said in the same context: the words of the sentence and
the one before it (what is counted, where, by whom). A shared number alone is never enough.
"""

import difflib
import functools
import math
import re
from dataclasses import replace
from typing import NamedTuple

from .extract import is_vague, plain_number, source_language
from .facts_yaml import CONFIRMED
from .key_facts import merged_key, merged_score
from .kinds import AGE, base_unit, in_base_unit
from .lang import DEFAULT
from .lang import language as language_of
from .extract.entities import alias_key
from .model import ENTITY_KINDS, Citation, Entity, MergedFact, WordingDifference
from .present import format_figure, format_value, slug

# Rounded conversions ("8,000 km² (3,100 square miles)") and "nearly"-style figures differ a little.
VALUE_TOLERANCE = 0.03
CONTEXT_THRESHOLD = 0.2
CONFLICT_THRESHOLD = 0.35  # stricter than merging: a flag should be worth a reviewer's time
CONFLICT_SAMPLE = 20  # reports of each group compared when looking for conflicts
MIN_ALIGNMENT = 0.6  # share of words two versions must have in common to be compared


def close(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


MIN_STEM = 4  # letters a stem keeps


@functools.lru_cache(maxsize=1 << 16)  # a corpus says the same words over and over
def stem(word, language=DEFAULT):
    """A crude stem so that 'retake'/'retaken', 'housed'/'housing' meet (the language's endings)."""
    word = word.lower().strip("’'")
    for suffix in language_of(language).stem_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


NEAR_BEFORE, NEAR_AFTER = 2, 3  # words either side of a figure that say what happened to what it counts
CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]|\d|\s(?:and|or|but|while|whereas)\s")


def near_words(fact, language=DEFAULT):
    """The content stems right beside a figure: what happened to what it counts or where it is
    ("239 people on board" -> board, "killed 127 people" -> kill). Two reports sharing one
    measure the same thing however differently the rest of their sentences run."""
    before, after = around_figure(fact)
    return stems_of(LETTERS.findall(before)[-NEAR_BEFORE:] + LETTERS.findall(after)[:NEAR_AFTER], language)


def clause_words(fact, language=DEFAULT):
    """(near_words within the figure's own clause, those after it alone): up to a comma, a
    bracket or another figure, so that "2GB of RAM and 16GB of storage" gives each figure its
    own words. What a dispute is told by."""
    before, after = around_figure(fact)
    before, after = CLAUSE_BREAK.split(before)[-1], CLAUSE_BREAK.split(after, maxsplit=1)[0]
    following = LETTERS.findall(after)[:NEAR_AFTER]
    return stems_of(LETTERS.findall(before)[-NEAR_BEFORE:] + following, language), stems_of(following, language)


def around_figure(fact):
    """(the fact's sentence before its words, after them); both empty if it is not found there."""
    at = fact.quote.find(fact.text)
    return ("", "") if at < 0 else (fact.quote[:at], fact.quote[at + len(fact.text):])


def stems_of(words, language=DEFAULT):
    stopwords = language_of(language).context_stopwords
    return frozenset(stem(w, language) for w in words if w.lower() not in stopwords and len(w) > 2)


def context_words(fact, previous_sentence, language=DEFAULT):
    """(Content words around the fact, those of its own sentence alone), both without its own
    number and unit words: the first to merge reports, the second to flag conflicts."""
    own = {stem(w, language) for w in LETTERS.findall(fact.text)}
    in_sentence = content_stems(fact.quote, language) - own
    return in_sentence | (content_stems(previous_sentence, language) - own), in_sentence


LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1 << 12)  # a sentence lends its words to each of its facts and the next
def content_stems(text, language=DEFAULT):
    """The stems of a text's words that say what a figure is about (not the language's context stopwords)."""
    stopwords = language_of(language).context_stopwords
    return frozenset(stem(w, language) for w in LETTERS.findall(text) if w.lower() not in stopwords and len(w) > 2)


def similarity(a, b):
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the union's size, without making the union


def places_apart(places, other_places):
    """Whether both name places and share none: "detained in Lyman", "detained in Bakhmut"
    (a sentence that names no place may be about either)."""
    return bool(places) and bool(other_places) and set(places).isdisjoint(other_places)


def same_person_if_aged(head, fact, group_places):
    """Ages of people the articles do not name ("a man of 89") in places apart are two people,
    however alike the sentences; group_places: those of every report in head's group so far."""
    if head.kind != AGE or (head.subject or "")[:1].isupper() or (fact.subject or "")[:1].isupper():
        return True
    return not places_apart(group_places, fact.places)


def same_subject(a, b):
    """Ages belong to a person: 'Alexander' and 'Alexander Petrov' may match, two names may not."""
    if not a.subject or not b.subject:
        return True
    return a.subject.split()[0].lower() == b.subject.split()[0].lower()


def measure(fact):
    """What a fact measures, in base units: (kind, unit, vague, value, value_max)."""
    value, unit = in_base_unit(fact.value, fact.unit)
    return fact.kind, unit, is_vague(fact), value, in_base_unit(fact.value_max, fact.unit)[0]


def same_measure(a, b):
    """Whether two measure()s are one: "hundreds of cars" is not the same report as "200 cars",
    though its value is 200."""
    return a[:3] == b[:3] and close(a[3], b[3]) and close(a[4], b[4])


def merged_id(first, taken):
    """A readable id that stays put as sources are added: kind, value, unit and who or where."""
    if is_vague(first):
        value = first.qualifier  # 'count-hundreds-of-cars': the id never shows an invented figure
    else:
        value = plain_number(first.value) + (f"-{plain_number(first.value_max)}" if first.value_max is not None else "")
    who_or_where = first.subject or (first.places[0] if first.places else "")
    base = slug(f"{first.kind} {value} {first.unit or ''} {who_or_where}")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def decimals(value):
    """How many decimals a figure is written to: 5.1 -> 1, 1400 -> 0."""
    written = repr(float(value))
    return 0 if float(value).is_integer() or "e" in written else len(written.split(".")[1])


def rounded_from(coarse, precise):
    """Whether one figure is another rounded to its own decimals: 5.1 of 5.11 oz (not 1,400 of 1,397)."""
    places = decimals(coarse)
    return coarse != precise and places > 0 and decimals(precise) > places and round(precise, places) == coarse


def significant_digits(value):
    """3,100 -> 2, 5.11 -> 3, 0.25 -> 2: the digits a figure is given to."""
    digits = plain_number(abs(value)).replace(".", "").lstrip("0")
    return max(1, len(digits.rstrip("0")) if float(value).is_integer() else len(digits))


def round_significant(value, digits):
    return 0 if value == 0 else round(value, digits - 1 - math.floor(math.log10(abs(value))))


def converted_agrees(given, other):
    """Whether a figure (value, unit) is another in another unit, converted and rounded to as
    many significant digits as it is given to: 3,100 mi² of 8,000 km², 5.1 oz of 145 g (but
    1,500 miles is not 2,500 km, 1,553 miles)."""
    (value, unit), (other_value, other_unit) = given, other
    base_value, base = in_base_unit(value, unit)
    other_base_value, other_base = in_base_unit(other_value, other_unit)
    if unit == other_unit or base != other_base or not other_base_value:
        return False
    in_its_unit = other_value * base_value / other_base_value  # the given figure's value, in the other's unit
    return round_significant(in_its_unit, significant_digits(other_value)) == other_value


def without_roundings(members):
    """The reports but those whose figure another report gives more precisely in the same unit:
    one source's 5.1 oz and another's 5.11 oz agree."""
    figures = {(m.value, m.unit) for m in members if m.value_max is None}
    return [m for m in members if m.value_max is not None or not any(
        unit == m.unit and rounded_from(m.value, value) for value, unit in figures)]


def describe_disagreements(members):
    lines = []
    qualifiers = sorted({m.qualifier for m in members if m.qualifier})
    qualifiers += ["none"] if any(not m.qualifier for m in members) else []  # a bare figure: last, in words
    if len(qualifiers) > 1:
        lines.append("Qualifiers differ: " + ", ".join(qualifiers))
    figures = {}  # (value, unit) -> as the first source to give it writes it: "$28.8 million", "1,400 people"
    for m in without_roundings(members):
        if not any(converted_agrees(figure, (m.value, m.unit)) or converted_agrees((m.value, m.unit), figure)
                   for figure in figures):  # a conversion is no disagreement
            figures.setdefault((m.value, m.unit), format_value(m) if is_vague(m) else format_figure(m))
    if len(figures) > 1:
        lines.append("Figures differ: " + ", ".join(figures[v] for v in sorted(figures)))
    return tuple(lines)


def words_after_figure(fact, limit=15):
    after = fact.quote[fact.quote.find(fact.text) + len(fact.text):].split()[:limit]
    return [w.strip(".,;:“”\"’()") for w in after]


def wording_differences(members):
    """What the sources say after the figure, where they differ word for word.

    Only for versions close enough to line up ("into Ukraine" / "from Ukraine"); freely
    reworded sentences would give noise, not findings.
    """
    head = members[0]
    first = words_after_figure(head)
    differences = {}  # as a dict: in order, each once, without a scan of those found so far
    for other in members[1:]:
        if other.source == head.source:
            continue
        for head_words, other_words in changed_words(tuple(first), tuple(words_after_figure(other))):
            differences[WordingDifference(head.source, head_words, other.source, other_words)] = True
    return tuple(differences)


@functools.lru_cache(maxsize=1 << 12)  # many sources word a fact alike
def changed_words(first, words):
    """(first's words, words' words) where two versions that line up differ; none if they do not."""
    if first == words:
        return ()
    matcher = difflib.SequenceMatcher(a=first, b=words, autojunk=False)
    if matcher.ratio() < MIN_ALIGNMENT:
        return ()
    return tuple((" ".join(first[a1:a2]), " ".join(words[b1:b2]))
                 for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal")


def previous_sentences(sources, facts):
    """(source, anchor) -> the sentence before it, lending context ("For this, they face up to
    15 years"). A sentence with figures of its own is not lent: it is about something else."""
    anchors_with_facts = {(f.source, f.anchor) for f in facts}
    before = {}
    for source in sources:
        previous = ""
        for sentence in source.sentences:
            before[(source.id, sentence.anchor)] = previous
            previous = "" if (source.id, sentence.anchor) in anchors_with_facts else sentence.text
    return before


def value_bucket(measured):
    """(kind, unit, step) of a measure() such that values within VALUE_TOLERANCE fall in the
    same or a next step."""
    kind, unit, _, value, _ = measured
    step = math.floor(math.log(value) / math.log1p(VALUE_TOLERANCE)) if value > 0 else 0
    return kind, unit, step


def alike(contexts, near, head, fact, group_places):
    """Whether two reports of one measure are said of the same thing: their sentences share
    enough words, or the words right beside the figure share one and the places they name
    (group_places: those of head's group so far) do not differ ("retook 8,300 km² around Lyman",
    "retook 8,100 km² around Bakhmut" are two advances)."""
    if similarity(contexts[head.id], contexts[fact.id]) >= CONTEXT_THRESHOLD:
        return True
    return bool(near[head.id] & near[fact.id]) and not places_apart(group_places, fact.places)


def cluster(facts, contexts, near=None):
    """Greedy and order-stable: each fact joins the first group whose first member it matches.

    Only groups in neighbouring value buckets can match, so each fact is compared with a few
    groups rather than all of them. near: fact id -> near_words (none given: none shared).
    """
    near = near if near is not None else {fact.id: frozenset() for fact in facts}
    groups, heads, buckets = [], [], {}  # heads: each group's first fact's measure, made once
    places = []  # each group's places so far
    for fact in facts:
        measured = measure(fact)
        kind, unit, step = value_bucket(measured)
        candidates = sorted(i for s in (step - 1, step, step + 1) for i in buckets.get((kind, unit, s), ()))
        for index in candidates:
            head = groups[index][0]
            if (same_measure(heads[index], measured) and same_subject(head, fact)
                    and same_person_if_aged(head, fact, places[index])
                    and alike(contexts, near, head, fact, places[index])):
                groups[index].append(fact)
                places[index].update(fact.places)
                break
        else:
            buckets.setdefault((kind, unit, step), []).append(len(groups))
            groups.append([fact])
            heads.append(measured)
            places.append(set(fact.places))
    return groups


def in_conflict(group_a, group_b, contexts, sources_a, sources_b, places_a, places_b, clauses):
    """Two groups measuring the same thing in the same words but giving different figures.

    contexts here are the sentences' own words: a flag needs the figure's own sentence to
    match, not the sentence before it; sources_a and sources_b: the sources of each group,
    places_a and places_b: the places their sentences name; clauses: fact id -> clause_words.
    """
    a, b = group_a[0], group_b[0]
    if a.kind != b.kind or base_unit(a.unit) != base_unit(b.unit) or not same_subject(a, b):
        return False
    if sources_a == sources_b == {a.source}:
        return False  # one article giving two figures is describing two things
    if places_apart(places_a, places_b):
        return False  # "a man of 34 detained in Poltava", "a man of 89 detained in Lyman": two men
    # A few reports of each side tell as well as all of them, and keep big groups from costing
    # the product of their sizes.
    return any(similarity(contexts[x.id], contexts[y.id]) >= CONFLICT_THRESHOLD and same_thing(clauses, x, y)
               for x in group_a[:CONFLICT_SAMPLE] for y in group_b[:CONFLICT_SAMPLE])


def same_thing(clauses, a, b):
    """Whether two figures stand beside the same words (clauses: fact id -> clause_words): one
    shared ("127 killed", "150 killed") and none apart after them ("4GB of memory" and "64GB of
    storage" are two things, however alike their sentences)."""
    (around_a, after_a), (around_b, after_b) = clauses[a.id], clauses[b.id]
    return bool(around_a & around_b) and not (after_a and after_b and after_a.isdisjoint(after_b))


def conflict_candidates(groups, contexts):
    """Pairs of groups (i < j) worth comparing: same kind and unit, sharing a distinctive word.

    Words found in most groups of a partition ("said", the story's main place) cannot tell
    two facts apart, so they do not make pairs; this keeps the work near-linear.
    """
    partitions = {}
    for index, group in enumerate(groups):
        head = group[0]
        partitions.setdefault((head.kind, base_unit(head.unit)), []).append(index)
    pairs = set()
    for members in partitions.values():
        postings = {}
        for index in members:
            for word in set().union(*(contexts[f.id] for f in groups[index])):
                postings.setdefault(word, []).append(index)
        common = max(50, len(members) // 20)
        for indexes in postings.values():
            if len(indexes) <= common:
                pairs.update((a, b) for n, a in enumerate(indexes) for b in indexes[n + 1:])
    return sorted(pairs)


def find_conflicts(groups, contexts, clauses):
    """group index -> indexes of the groups it conflicts with."""
    conflicts = {i: [] for i in range(len(groups))}
    sources = [{f.source for f in group} for group in groups]
    places = [{p for f in group for p in f.places} for group in groups]
    for i, j in conflict_candidates(groups, contexts):
        if in_conflict(groups[i], groups[j], contexts, sources[i], sources[j], places[i], places[j], clauses):
            conflicts[i].append(j)
            conflicts[j].append(i)
    return {i: sorted(others) for i, others in conflicts.items()}


def representative(group):
    """The report a merged fact shows: the first a reviewer confirmed, else the first."""
    return next((f for f in group if f.status == CONFIRMED), group[0])


class Grouped(NamedTuple):
    """The reports of each real-world fact, before they are made into MergedFacts."""
    groups: list  # of lists of Fact, in the order their first report appears
    ids: list  # each group's merged fact's id
    sentence_contexts: dict  # fact id -> the content words of its own sentence: what conflicts are told by
    clauses: dict  # fact id -> clause_words: figures beside different words measure different things


def group_reports(sources, facts_by_source):
    """The extracted facts grouped into real-world facts (sources sorted, then reading order)."""
    facts = [f for source in sources for f in facts_by_source[source.id]]
    before = previous_sentences(sources, facts)
    language = {source.id: source_language(source) for source in sources}
    both = {f.id: context_words(f, before[(f.source, f.anchor)], language[f.source]) for f in facts}
    groups = cluster(facts, {fact_id: around for fact_id, (around, _) in both.items()},
                     {f.id: near_words(f, language[f.source]) for f in facts})
    taken = set()
    return Grouped(groups, [merged_id(group[0], taken) for group in groups],
                   {fact_id: in_sentence for fact_id, (_, in_sentence) in both.items()},
                   {f.id: clause_words(f, language[f.source]) for f in facts})


def group_conflicts(grouped):
    """find_conflicts of a Grouped: group index -> indexes of the groups it conflicts with."""
    return find_conflicts(grouped.groups, grouped.sentence_contexts, grouped.clauses)


def merged_facts(grouped):
    """One MergedFact per group, without its conflicts yet (with_conflicts)."""
    merged = []
    for index, group in enumerate(grouped.groups):
        head = representative(group)
        value, value_max = figures_given(group, head)
        merged.append(MergedFact(
            id=grouped.ids[index],
            kind=head.kind,
            value=value,
            value_max=value_max,
            unit=head.unit,
            # "nearly" belongs to one source's figure, not to the range the sources give between them
            qualifier=head.qualifier if (value, value_max) == (head.value, head.value_max) else None,
            label=head.label,
            subject=head.subject,
            places=tuple(dict.fromkeys(p for f in group for p in f.places)),
            citations=tuple(Citation(f.source, f.id, f.anchor, f.text, f.quote, f.status)
                            for f in group),
            text=head.text,
            when=head.when,
            also=restated(group, value, value_max, head.unit),
            score=merged_score(group),
            key=merged_key(group, is_vague(head)),
            disagreements=describe_disagreements(group),
            wording=wording_differences(group),
        ))
    return merged


def restated(group, value, value_max, unit):
    """The figure restated in brackets by the first report that gives the merged fact's own figure so."""
    return next((f.also for f in group if f.also and (f.value, f.value_max, f.unit) == (value, value_max, unit)), None)


def figures_given(group, head):
    """(value, value_max) a merged fact shows: its head's, or, where its sources give different
    figures in one unit ("127 people killed", "129 people killed"), the lowest to the highest,
    so that no one figure heads it as if the sources agreed on it."""
    if is_vague(head) or head.status == CONFIRMED or any(f.value_max is not None or f.unit != head.unit for f in group):
        return head.value, head.value_max
    given = without_roundings(group)
    low, high = min(f.value for f in given), max(f.value for f in given)
    return (low, high) if low != high else (low, None)


def with_conflicts(merged, conflicts):
    """The merged facts with the ids of those each conflicts with (conflicts: group_conflicts)."""
    reported = [m.source_count for m in merged]
    # The other figures most reported first: the likeliest rivals of this one.
    return [replace(m, conflicts=tuple(merged[j].id for j in sorted(conflicts[i], key=lambda j: (-reported[j], j))))
            if conflicts[i] else m for i, m in enumerate(merged)]


def merge_facts(sources, facts_by_source):
    """MergedFacts in the order their first report appears (sources sorted, then reading order)."""
    grouped = group_reports(sources, facts_by_source)
    return with_conflicts(merged_facts(grouped), group_conflicts(grouped))


def names_ended(keys):
    """{alias key of a name: alias key of the one longer name it ends}, among person keys: Hollande,
    Francois Hollande; a name ending two only when one of them ends the other (Dijk: Lars van Dijk,
    beside Van Dijk). Each key is indexed by its endings: linear in the names."""
    ending = {}
    for key in keys:
        words = key.split()
        for n in range(1, len(words)):
            ending.setdefault(" ".join(words[n:]), set()).add(key)
    joined = {key: next(iter(ending[key])) for key in keys if len(ending.get(key, ())) == 1}
    for key in keys:
        longest = {joined.get(full, full) for full in ending.get(key, ())}
        if len(longest) == 1:
            joined[key] = longest.pop()
    return {key: joined.get(full, full) for key, full in joined.items()}


def merge_entities(found_by_source, quotes_by_source):
    """Entities across sources: one per kind and alias key (Sergej, Sergey and Sergei are one),
    a person's name alone the one full name across the site that ends with it ("Hollande" is
    "Francois Hollande", a spelling of theirs), named by the spelling most used of the full
    name; each person with the quotes they speak and the roles the sources give them."""
    groups = {}
    for source_id, found in found_by_source.items():
        for kind, name, anchors, roles in found:
            group = groups.setdefault((kind, alias_key(name)), {"spellings": {}, "mentions": [], "roles": []})
            group["spellings"][name] = group["spellings"].get(name, 0) + len(anchors) + 1
            group["mentions"] += [(source_id, anchor) for anchor in anchors]
            group["roles"] += [(role, (source_id, anchor)) for anchor, role in roles]
    joined = {("person", key): ("person", full)
              for key, full in names_ended({key for kind, key in groups if kind == "person"}).items()}
    for key, full in joined.items():
        group, into = groups.pop(key), groups[full]
        for name in group["spellings"]:
            into["spellings"].setdefault(name, 0)  # a spelling seen, never the page's name
        into["mentions"] += group["mentions"]
        into["roles"] += group["roles"]
    speakers = {}
    for quotes in quotes_by_source.values():
        for quote in quotes:
            if quote.speaker:
                key = ("person", alias_key(quote.speaker))
                speakers.setdefault(joined.get(key, key), []).append(quote)
    entities, taken = [], set()
    for (kind, key), group in sorted(groups.items(), key=lambda item: (list(ENTITY_KINDS).index(item[0][0]), item[0][1])):
        spellings = sorted(group["spellings"], key=lambda n: (-group["spellings"][n], n))
        base = slug(f"{kind} {spellings[0]}")
        entity_id, n = base, 2
        while entity_id in taken:
            entity_id, n = f"{base}-{n}", n + 1
        taken.add(entity_id)
        entities.append(Entity(entity_id, kind, spellings[0], tuple(sorted(spellings[1:])),
                               tuple(dict.fromkeys(group["mentions"])), tuple(speakers.get((kind, key), ())),
                               merged_roles(group["roles"])))
    return entities


def merged_roles(found):
    """((role, mentions), ...) of the (role, (source id, anchor)) found: one per role whatever its
    case ("Police chief", "police chief"), written as most sentences write it; a role that ends a
    longer one is that one ("President" of "Cypriot President"); the roles most sources give
    first, then in the order found."""
    by_key = {}
    for role, mention in found:
        entry = by_key.setdefault(role.casefold(), {"spellings": {}, "mentions": {}})
        entry["spellings"][role] = entry["spellings"].get(role, 0) + 1
        entry["mentions"].setdefault(mention)
    ending = {}  # each role indexed by its endings: linear in the roles
    for key in by_key:
        words = key.split()
        for n in range(1, len(words)):
            ending.setdefault(" ".join(words[n:]), []).append(key)
    for key in sorted(by_key, key=lambda k: len(k.split())):
        longer = ending.get(key)  # all longer, so none joined another yet
        if longer:  # the most sentences' of the longer roles that end with it
            into = by_key[max(longer, key=lambda k: len(by_key[k]["mentions"]))]
            into["mentions"].update(by_key.pop(key)["mentions"])
    ordered = sorted(by_key.values(), key=lambda e: -len({source for source, _ in e["mentions"]}))  # stable
    return tuple((max(e["spellings"], key=e["spellings"].get), tuple(e["mentions"])) for e in ordered)
