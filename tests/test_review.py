"""Review stage: a reviewer's edits survive re-extraction; the extractor's changes reach the rest."""

import pytest
import yaml

from generator.errors import FactsheetError
from generator.extract import extract_facts
from generator.facts_yaml import extracted_yaml, first_comment_line, parse_facts_file, source_yaml
from generator.model import FactsFile, published
from generator.read import parse_source
from generator.review import review_facts

ARTICLE = ("Floods\n\nMore than 2,500 people were evacuated from Riverton overnight.\n\n"
           "The river rose 86 mm in three hours.\n")


def source_and_facts(text=ARTICLE):
    source = parse_source(text, "floods.txt")
    return source, extract_facts(source)


def files_after_a_build(source, facts, edit=None, edit_base=None):
    """The two files a build writes for the source, with a reviewer's (and the base's) edits applied."""
    current = yaml.safe_load(source_yaml(source, facts))
    base = yaml.safe_load(extracted_yaml(source, facts))
    if edit:
        edit(current["facts"])
    if edit_base:
        edit_base(base["facts"])
    return {source.id: FactsFile("floods.yaml", yaml.safe_dump(current, sort_keys=False),
                                 "_extracted/floods.yaml", yaml.safe_dump(base, sort_keys=False))}


def reviewed(files, text=ARTICLE):
    source, facts = source_and_facts(text)
    return review_facts([(source.id, facts, files.get(source.id), None)]).by_source[source.id]


def test_an_edited_label_and_a_status_stay_while_other_fields_follow_the_extractor():
    source, facts = source_and_facts()

    def edit(records):
        records[0]["label"] = "2,500 evacuated from Riverton"
        records[0]["status"] = "confirmed"
        records[1]["status"] = "rejected"

    def older_extractor(records):  # the last build's extractor wrote other places and labels
        for record in records:
            record["places"], record["label"] = ["Nowhere"], "old label"

    files = files_after_a_build(source, facts, lambda records: (older_extractor(records), edit(records)),
                                older_extractor)
    review = reviewed(files)
    first, second = review.facts[0], review.facts[1]
    assert (first.label, first.status) == ("2,500 evacuated from Riverton", "confirmed")
    assert second.status == "rejected"
    assert first.places == facts[0].places  # unedited: the extractor's current word


def test_fields_left_as_the_old_extractor_wrote_them_take_the_new_extractors_word():
    source, facts = source_and_facts()

    def both(records):
        records[1]["label"] = "the extractor's old label"

    files = files_after_a_build(source, facts, both, both)  # reviewer's file == base: not an edit
    review = reviewed(files)
    assert review.facts[1].label == facts[1].label
    assert review.changed == 1  # the extractor's new word on one fact, counted for the summary


def test_without_a_base_the_reviewers_file_wins_where_it_differs():
    source, facts = source_and_facts()
    files = files_after_a_build(source, facts, lambda records: records[0].update(value=2600))
    files = {k: FactsFile(f.path, f.text, f.base_path, None) for k, f in files.items()}
    assert reviewed(files).facts[0].value == 2600


def test_new_facts_come_in_unreviewed_and_counted():
    source, facts = source_and_facts()
    files = files_after_a_build(source, facts[:1], lambda records: records[0].update(status="confirmed"))
    review = reviewed(files)
    assert [f.status for f in review.facts] == ["confirmed"] + ["unreviewed"] * (len(facts) - 1)
    assert review.new == len(facts) - 1


def test_a_vanished_fact_is_reported_and_kept_only_if_it_holds_review_work():
    source, facts = source_and_facts()

    def edit(records):
        records[0]["status"] = "confirmed"

    files = files_after_a_build(source, facts, edit)
    review = reviewed(files, "Floods\n\nThe river rose 86 mm in three hours.\n")
    assert facts[0].id in review.vanished
    assert [r["id"] for r in review.missing] == [facts[0].id]
    assert review.missing[0]["status"] == "confirmed"


def test_a_date_written_as_when_is_kept_as_written():
    [record] = parse_facts_file("a.yaml", "facts:\n- id: f-1\n  when: 2022-09-16\n").values()
    assert record["when"] == "2022-09-16"


@pytest.mark.parametrize("text, line, message", [
    ("facts:\n- id: f-1\n  value: 3\n bad: 4\n", 4, "not valid YAML"),
    ("facts:\n- id: f-1\n  status: approved\n", 3, "'status' must be unreviewed or confirmed or rejected"),
    ("facts:\n- id: f-1\n  lable: typo\n", 3, "unknown field 'lable'"),
    ("facts:\n- id: f-1\n- id: f-2\n  value: many\n", 4, "'value' must be a number"),
    ("facts:\n- id: f-1\n  kind: humidity\n", 3, "'kind' must be a kind from generator/kinds.py"),
    ("- id: f-1\n", 1, "a mapping with a 'facts:' list"),
    ("facts:\n- value: 3\n", 2, "a fact without an id"),
    ("facts:\n- id: f-1\n  label: x\n- id: f-2\n  when: 2022-02-30\n", 5, "'2022-02-30' is not a real date"),
])
def test_a_broken_hand_edit_names_the_file_and_line(text, line, message):
    with pytest.raises(FactsheetError) as info:
        parse_facts_file("content/facts/a.yaml", text)
    assert str(info.value).startswith(f"content/facts/a.yaml:{line}: ")
    assert message in str(info.value)


def test_a_reviewers_note_survives_the_rebuild_and_the_files_without_one_stay_as_they_were():
    source, facts = source_and_facts()
    files = files_after_a_build(source, facts, lambda records: records[0].update(note="Checked with the council"))
    review = reviewed(files)
    assert [f.note for f in review.facts] == ["Checked with the council"] + [None] * (len(facts) - 1)
    written = source_yaml(source, review.facts)
    assert written.count("note:") == 1 and "  note: Checked with the council\n" in written
    assert "note:" not in source_yaml(source, facts) and "note:" not in extracted_yaml(source, facts)
    again = {source.id: FactsFile("floods.yaml", written, "_extracted/floods.yaml", extracted_yaml(source, facts))}
    assert reviewed(again).facts[0].note == "Checked with the council"


def test_a_vanished_fact_with_a_note_is_kept_under_missing():
    source, facts = source_and_facts()
    files = files_after_a_build(source, facts, lambda records: records[0].update(note="ask the council"))
    review = reviewed(files, "Floods\n\nThe river rose 86 mm in three hours.\n")
    assert [r["note"] for r in review.missing] == ["ask the council"]


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)],
                         ids=["PyYAML", "libyaml"])
@pytest.mark.parametrize("text, line", [
    ("facts:\n- id: f-1\n  label: x # why\n", 3),
    ("# mine\nfacts: []\n", 1),
    ("facts:\n- id: f-1\n  label: No. #3\n", 3),  # YAML's comment: the label reads "No."
    ("facts:\n- id: f-1\n  places: [Riverton, # and\n    Kharkiv]\n", 3),
    ("facts:\n- id: f-1\n  label: |  # why\n    x\n", 3),
    ("facts:\n- id: f-1\n  label: >-\n    x\n# after\n", 5),
    ("facts:\r\n- id: f-1\r\n  label: x\r\n  #\r\n", 4),
    ("\ufefffacts:\n- id: f-1 # x\n", 2),
    ("facts:\n- id: f-1\n  label: 'x # y'\n", None),
    ('facts:\n- id: f-1\n  label: "# x"\n', None),
    ("facts:\n- id: f-1\n  label: C# and No.#3\n", None),
    ("facts:\n- id: f-1\n  label: |\n    a # b\n    # c\n", None),
    ("facts:\n- id: f-1\n  label: 'two\n    lines # y'\n", None),
    ("facts:\n- id: f-1\n  label: 😀 x\n", None),
])
def test_a_comment_is_told_from_a_hash_in_the_text(monkeypatch, loader, text, line):
    monkeypatch.setattr("generator.facts_yaml.LOADER", loader)
    assert first_comment_line(text) == line


def test_a_comment_in_a_facts_file_is_refused_with_where_to_write_it():
    with pytest.raises(FactsheetError) as info:
        parse_facts_file("content/facts/a.yaml", "facts:\n- id: f-1\n  status: confirmed  # checked\n")
    assert str(info.value) == ("content/facts/a.yaml:3: a '#' comment, which the build would lose when it rewrites "
                               "this file; put your words in the fact's 'note:', which builds keep")


BRACKETED = "Storm\n\nGusts of 60 mph (97 km/h) hit the coast.\n"


def test_a_restatement_in_brackets_is_written_with_its_pointer_and_a_reviewer_can_split_it_off():
    source, facts = source_and_facts(BRACKETED)
    records = yaml.safe_load(source_yaml(source, facts))["facts"]
    assert "restates" not in records[0] and records[1]["restates"] == records[0]["id"]
    assert published(reviewed(files_after_a_build(source, facts), BRACKETED).facts) == (facts[0],)

    def split(records):  # the reviewer makes the conversion a fact of its own
        records[1]["restates"] = None
    split_off = reviewed(files_after_a_build(source, facts, split), BRACKETED).facts
    assert [f.value for f in published(split_off)] == [60, 97]


CHANGE_ARTICLE = ("Fares\n\nFares were raised from 2 to 3 euros in March.\n\n"
                  "Tickets range from 40 to 55 euros.\n")


def test_a_change_is_marked_in_the_facts_file_and_a_reviewer_can_make_it_a_range():
    source, facts = source_and_facts(CHANGE_ARTICLE)
    written = source_yaml(source, facts)
    assert written.count("change: true") == 1 and written.count("change: false") == 1  # the range's
    files = files_after_a_build(source, facts, lambda records: records[0].update(change=False))
    review = reviewed(files, CHANGE_ARTICLE)
    assert [f.change for f in review.facts] == [False, False]
    written = source_yaml(source, review.facts)
    again = {source.id: FactsFile("fares.yaml", written, "_extracted/fares.yaml", extracted_yaml(source, facts))}
    assert [f.change for f in reviewed(again, CHANGE_ARTICLE).facts] == [False, False]  # and on every build after


def test_a_change_that_is_not_true_or_false_names_the_file_and_line():
    with pytest.raises(FactsheetError) as info:
        parse_facts_file("content/facts/a.yaml", "facts:\n- id: f-1\n  change: yes please\n")
    assert str(info.value).startswith("content/facts/a.yaml:3: ") and "'change' must be true" in str(info.value)
