"""Review stage: carry a reviewer's hand edits of content/facts/ onto freshly extracted facts.

For each fact (by id) and each editable field, three versions meet: what the extractor says
now, what it said last build (the base, in _extracted/), and what the reviewer's file says.
A field the reviewer changed from the base keeps the reviewer's value; any other field takes
the extractor's, so improvements to the extractor still reach unedited facts. Without a base
(an older facts file), the reviewer's file wins wherever it differs.
"""

from dataclasses import dataclass, field

from .errors import FactsheetError, FactsheetErrors
from .facts_yaml import (EDITABLE, FROM_SOURCE, REVIEWERS_OWN, UNREVIEWED, fact_from_record, fact_record,
                         parse_facts_file)

# What the extractor says of a fact (a note is only ever a reviewer's).
EXTRACTED = tuple(name for name in EDITABLE + FROM_SOURCE if name not in REVIEWERS_OWN)


@dataclass(frozen=True)
class SourceReview:
    facts: tuple  # of Fact, with the reviewer's edits and status, in reading order
    missing: tuple = ()  # records of reviewed facts whose sentence is gone from the source
    vanished: tuple = ()  # ids of facts in the reviewer's file that the source no longer gives
    new: int = 0  # facts the reviewer's file did not hold yet
    changed: int = 0  # facts the extractor now reads otherwise than at the last build
    touched: tuple = ()  # ids of the facts whose record the reviewer changed since the last build wrote it


@dataclass(frozen=True)
class Review:
    by_source: dict = field(default_factory=dict)  # source id -> SourceReview

    def facts(self):
        return {source_id: review.facts for source_id, review in self.by_source.items()}

    def missing(self):
        return {source_id: review.missing for source_id, review in self.by_source.items() if review.missing}

    def vanished(self):
        """(source id, fact id) of every fact no longer found in its source this build."""
        return [(source_id, fact_id) for source_id, review in self.by_source.items() for fact_id in review.vanished]

    def count(self, status):
        return sum(1 for review in self.by_source.values() for f in review.facts if f.status == status)

    def new(self):
        return sum(review.new for review in self.by_source.values())

    def changed(self):
        return sum(review.changed for review in self.by_source.values())

    def touched(self):
        """(source id, fact id) of every fact a reviewer edited since the last build, in reading order."""
        return [(source_id, fact_id) for source_id, review in self.by_source.items() for fact_id in review.touched]


def edited(current, base, name):
    """Did the reviewer change this field from what the extractor last wrote?"""
    if name not in current:
        return False
    return base is None or current[name] != base.get(name)


def reviewed_record(new, current, base):
    record = dict(new)
    record["status"] = current.get("status") or UNREVIEWED
    for name in EDITABLE:
        if edited(current, base, name):
            record[name] = current[name]
    return record


def worth_keeping(current, base):
    """A vanished fact is kept when it holds review work: a status or an edit."""
    if current.get("status", UNREVIEWED) != UNREVIEWED:
        return True
    return base is not None and any(edited(current, base, name) for name in EDITABLE)


def review_source(source_id, extracted, current, base, last=None):
    """SourceReview of one source: extracted Facts, the reviewer's {id: record}, the base {id:
    record}, and last, {id: record} of the facts file as the last build wrote it, if known."""
    facts, changed = [], 0
    for fact in extracted:
        if fact.id in current:
            new = fact_record(fact)
            before = base.get(fact.id) if base else None
            changed += before is not None and any(new.get(name) != before.get(name) for name in EXTRACTED)
            choice = current[fact.id]["key"] if edited(current[fact.id], before, "key") else None
            record = reviewed_record(new, current[fact.id], before)
            # Unreviewed and unedited, the extracted fact is the reviewed one: one object, not two
            # (a rebuild after an upgrade holds every source's facts: 300 MB at 10,000 sources).
            facts.append(fact if record == new and choice is None else fact_from_record(record, source_id, choice))
        else:
            facts.append(fact)
    found = {fact.id for fact in extracted}
    gone = [fact_id for fact_id in current if fact_id not in found]
    missing = tuple(current[i] for i in gone if worth_keeping(current[i], base.get(i) if base else None))
    touched = tuple(fact_id for fact_id, record in current.items() if last and fact_id in last and record != last[fact_id])
    return SourceReview(tuple(facts), missing, tuple(gone), sum(1 for f in extracted if f.id not in current), changed,
                        touched)


def review_facts(work):
    """Review of every source, from (source id, extracted Facts, FactsFile or None, known[,
    last]) one at a time: known is (the file's {id: record}, its base's) when they are known
    without parsing the file, else None and the file is parsed; last, {id: record} of the file
    as the last build wrote it, tells what a reviewer edited since (SourceReview.touched).
    Every bad file is reported, then the build stops."""
    reviews, errors = {}, []
    for source_id, extracted, file, known, *last in work:
        try:
            current, base = known or parsed_records(file)
        except FactsheetError as err:
            errors.append(err)
            continue
        reviews[source_id] = review_source(source_id, extracted, current, base, *last)
    if errors:
        raise FactsheetErrors(errors)
    return Review(reviews)


def parsed_records(file):
    """({id: record} of the facts file, {id: record} of its base or None), parsed from their YAML."""
    current = parse_facts_file(file.path, file.text) if file and file.text is not None else {}
    base = parse_facts_file(file.base_path, file.base_text) if file and file.base_text is not None else None
    return current, base
