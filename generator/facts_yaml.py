"""The facts YAML format of content/facts/: its fields, their order, and the checks on hand edits.

Each source has `<source id>.yaml`, written by the build and edited by reviewers, and
`_extracted/<source id>.yaml`, the extractor's own last word on it, which lets the next build
tell a reviewer's edit from a change in the extractor. `_merged.yaml` is output only.
Every YAML a user writes (these files, front matter, factsheet.yml) is read here (load_yaml),
strictly: what YAML allows but no such file needs, and what could hang a build, is refused.
"""

import datetime
import math
import re

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from .errors import FactsheetError, yaml_error
from .extract.numbers import is_vague
from .kinds import KIND_BY_ID, unit_as_read, unit_in_words
from .model import Fact
from .yaml_text import dump

STATUSES = UNREVIEWED, CONFIRMED, REJECTED = ("unreviewed", "confirmed", "rejected")
RECORD_FIELDS = ("id", "status", "note", "key", "score", "kind", "value", "value_max", "change", "unit", "per",
                 "qualifier", "text", "label", "subject", "also", "restates", "when", "places", "anchor", "quote")
REVIEWERS_OWN = ("note",)  # words no extractor gives: written only where a reviewer gave them
ONLY_WHEN_SET = (*REVIEWERS_OWN, "restates", "per")  # fields few facts have: left out of a record where empty
FROM_SOURCE = ("text", "anchor", "quote", "score")  # the article's own words and what the build makes
# of them: rewritten on every build
EDITABLE = tuple(f for f in RECORD_FIELDS if f not in ("id", "status", *FROM_SOURCE))
DEFAULTS = {"status": UNREVIEWED, "key": False, "score": 0, "change": False}  # for records without these fields
MERGED_PATH = "_merged.yaml"
EXTRACTED_FOLDER = "_extracted"
# libyaml's parser where installed (far faster); both give the same data for what is written here.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def file_names(source_ids):
    """Every file of content/facts/ a build with these sources keeps."""
    return {MERGED_PATH} | {name for i in source_ids for name in (source_path(i), extracted_path(i))}


def source_path(source_id):
    return f"{source_id}.yaml"


def extracted_path(source_id):
    return f"{EXTRACTED_FOLDER}/{source_id}.yaml"


def fact_record(fact):
    record = {key: getattr(fact, key) for key in RECORD_FIELDS}
    record["places"] = list(fact.places)
    record["unit"] = unit_in_words(fact.unit)
    for key in ONLY_WHEN_SET:
        if record[key] is None:  # so a file without notes reads as it did before there were any
            del record[key]
    if fact.value_max is None or is_vague(fact):  # a change or a range has two ends; "hundreds of" is neither
        del record["change"]
    return record


def fact_from_record(record, source_id, key_by_reviewer=None):
    fields = {key: record.get(key, DEFAULTS.get(key)) for key in RECORD_FIELDS}
    fields["places"] = tuple(record.get("places") or ())
    fields["unit"] = unit_as_read(fields["kind"], fields["unit"])
    return Fact(source=source_id, key_by_reviewer=key_by_reviewer, **fields)


def source_yaml(source, facts, missing=(), quotes=(), entities=()):
    """One source's facts in reading order, keys in a fixed order for clean diffs.

    missing: records of reviewed facts whose sentence is no longer in the source, kept so
    that a reviewer's work is not lost with it. quotes and entities (the people,
    organisations and places it names, as it spells them) follow for reference; they are rewritten from the
    article on every build, edits to them are not read back.
    """
    document = {"source": source.id, "title": source.title, "facts": [fact_record(f) for f in facts]}
    if missing:
        document["missing"] = list(missing)
    document["quotes"] = [{"speaker": q.speaker, "text": q.text, "anchor": q.anchor} for q in quotes]
    document["entities"] = [{"kind": kind, "name": name} for kind, name, *_ in entities]
    return dump(document)


def extracted_yaml(source, facts):
    """What the extractor found, before review: the base the next build compares edits with."""
    records = [{k: v for k, v in fact_record(f).items() if k != "status"} for f in facts]
    return dump({"source": source.id, "facts": records})


def merged_yaml(merged):
    """Every merged fact with the extracted facts it cites, for review beside the per-source files."""
    document = {"facts": [
        {
            "id": m.id,
            "kind": m.kind,
            "value": m.value,
            "value_max": m.value_max,
            **({"change": True} if m.change else {}),
            "unit": unit_in_words(m.unit),
            "qualifier": m.qualifier,
            "label": m.label,
            "key": m.key,
            "score": m.score,
            "sources": m.source_count,
            "disagreements": list(m.disagreements),
            "conflicts": list(m.conflicts),
            "citations": [{"source": c.source, "fact": c.fact, "anchor": c.anchor} for c in m.citations],
            "wording": [{"source": w.source, "words": w.words, "other_source": w.other_source,
                         "other_words": w.other_words} for w in m.wording],
        }
        for m in merged
    ]}
    return dump(document)


def source_documents(site, extracted):
    """{path within content/facts/: YAML text}: per source in extracted ({source id: Facts as
    extracted}) its facts and its extracted base; the other sources' files are already what the
    build would write. Needs no merged facts: a build makes these while it merges."""
    documents = {}
    for source in site.sources:
        if source.id not in extracted:
            continue
        documents[source_path(source.id)] = source_yaml(source, site.facts[source.id], site.missing.get(source.id, ()),
                                                        site.quotes.get(source.id, ()), site.names.get(source.id, ()))
        documents[extracted_path(source.id)] = extracted_yaml(source, extracted[source.id])
    return documents


def facts_documents(site, extracted):
    """{path within content/facts/: YAML text}: the documents of the sources in extracted
    (source_documents) and the merged facts."""
    return {**source_documents(site, extracted), MERGED_PATH: merged_yaml(site.merged)}


# Reading back what reviewers wrote.

def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def is_text(value):
    return value is None or isinstance(value, str)


FIELD_CHECKS = {  # field -> (check, what it must be)
    "id": (lambda v: isinstance(v, str) and v, "an id"),
    "status": (lambda v: v in STATUSES, " or ".join(STATUSES)),
    "kind": (lambda v: v in KIND_BY_ID, "a kind from generator/kinds.py: " + ", ".join(KIND_BY_ID)),
    "key": (lambda v: isinstance(v, bool), "true or false"),
    "change": (lambda v: isinstance(v, bool), "true (value to value_max is how the figure moved) or false (a range)"),
    "score": (lambda v: is_number(v), "a number"),
    "value": (is_number, "a number"),
    "value_max": (lambda v: v is None or is_number(v), "a number or null"),
    "places": (lambda v: v is None or (isinstance(v, list) and all(isinstance(p, str) for p in v)),
               "a list of names"),
}


def record_problem(record):
    """(field or None, message) for the first thing wrong with one fact, or None."""
    if not isinstance(record, dict):
        return None, "each fact must be a mapping of fields"
    unknown = [key for key in record if key not in RECORD_FIELDS]
    if unknown:
        return unknown[0], f"unknown field '{unknown[0]}'; the fields are: {', '.join(RECORD_FIELDS)}"
    if "id" not in record:
        return None, "a fact without an id; keep the id the build wrote"
    for field, value in record.items():
        check, expected = FIELD_CHECKS.get(field, (is_text, "text or null"))
        if not check(value):
            return field, f"'{field}' must be {expected}, not {value!r}"
    return None


def document_problem(data):
    """(path to the bad node, message) for the first thing wrong in a facts file, or None."""
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        return (), "a facts file is a mapping with a 'facts:' list"
    for section in ("facts", "missing"):
        for index, record in enumerate(data.get(section) or ()):
            if isinstance(record, dict) and isinstance(record.get("when"), datetime.date):
                record["when"] = record["when"].isoformat()  # a reviewer's `when: 2022-09-16`, as written
            problem = record_problem(record)
            if problem:
                field, message = problem
                return (section, index) + ((field,) if field else ()), message
    return None


def line_of(text, where):
    """The 1-based line of the node at where (keys and indexes) in YAML text, as near as it gets."""
    node = yaml.compose(text, Loader=LOADER)
    line = node.start_mark.line if node else 0
    for step in where:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == step), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line, pair[1]
        elif isinstance(node, yaml.SequenceNode) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line
    return line + 1


class RefusedYAML(yaml.MarkedYAMLError):
    """Valid YAML that Factsheet's files do not take, at its mark."""


class StrictComposer(Composer):
    """Composes nodes as PyYAML does but refuses anchors and aliases: a user never needs them
    in these files, and a few hundred bytes of aliases to aliases ("billion laughs") expand
    to gigabytes wherever the data is walked. Refused here, before any node exists."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent) or event.anchor is not None:
            sign = "*" if isinstance(event, AliasEvent) else "&"
            raise RefusedYAML(problem=f"'{sign}{event.anchor}': anchors (&) and aliases (*) are not taken "
                                      "here; write each value out", problem_mark=event.start_mark)
        return super().compose_node(parent, index)


class StrictConstructor(SafeConstructor):
    """SafeConstructor's data, but a key given twice in one mapping is refused (YAML would
    silently keep the last), and a number too long for Python or an impossible date (2022-13-45)
    is refused at its node rather than failing later without a line."""

    first_line = 1  # the file's line where the YAML starts, for the lines named in messages

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep)
        if len(mapping) < len(node.value):  # some key came twice: name the second
            seen = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep)
                if key in seen:
                    raise RefusedYAML(problem=f"'{key}' is given twice (first on line {seen[key]}); keep one",
                                      problem_mark=key_node.start_mark)
                seen[key] = key_node.start_mark.line + self.first_line
        return mapping

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # past Python's 4,300 digits
            raise RefusedYAML(problem=f"a number of {len(node.value):,} digits; quote it if it is text",
                              problem_mark=node.start_mark) from None

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            raise RefusedYAML(problem=f"'{node.value}' is not a real date; write it as YYYY-MM-DD or quote it",
                              problem_mark=node.start_mark) from None


StrictConstructor.add_constructor("tag:yaml.org,2002:int", StrictConstructor.construct_yaml_int)
StrictConstructor.add_constructor("tag:yaml.org,2002:timestamp", StrictConstructor.construct_yaml_timestamp)


class PureParser(Reader, Scanner, Parser):
    """PyYAML's own reader, scanner and parser: slower than libyaml's, clearer in its errors."""

    def __init__(self, stream):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)


def strict_loader(parser, composer=StrictComposer):
    """A loader class reading with parser (libyaml's or PyYAML's) through composer (None: the
    parser's own, libyaml's in C) and the strict constructor."""
    def __init__(self, stream):
        parser.__init__(self, stream)
        if composer:
            composer.__init__(self)
        StrictConstructor.__init__(self)
        Resolver.__init__(self)
    bases = (composer, parser) if composer else (parser,)
    return type(f"Strict{parser.__name__}", (*bases, StrictConstructor, Resolver), {"__init__": __init__})


try:  # libyaml's parser where installed: far faster
    from yaml.cyaml import CParser as FAST_PARSER
except ImportError:
    FAST_PARSER = None
STRICT_LOADER = strict_loader(FAST_PARSER or PureParser)
STRICT_PURE_LOADER = strict_loader(PureParser)
# An anchor starts with '&', an alias with '*': a text without either has none to refuse, and
# libyaml composes it itself, a quarter faster than composing its events in Python.
UNALIASED_LOADER = strict_loader(FAST_PARSER, composer=None) if FAST_PARSER else STRICT_LOADER


def strictly_loaded(loader_class, text, first_line):
    loader = loader_class(text)
    loader.first_line = first_line
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_yaml(text, path, first_line=1, what="not valid YAML"):
    """The data of YAML text from path; a syntax error, an anchor or alias, a key given twice or
    an impossible date (2022-13-45) is one of our errors at its line (first_line: the file's
    line where the YAML starts)."""
    try:
        aliased = "&" in text or "*" in text
        return strictly_loaded(STRICT_LOADER if aliased else UNALIASED_LOADER, text, first_line)
    except RefusedYAML as err:  # valid YAML, so no "not valid YAML" before it
        raise FactsheetError(path, err.problem_mark.line + first_line, err.problem) from None
    except yaml.YAMLError as fast_parsers_error:
        err = fast_parsers_error
    try:  # the pure-Python parser's account of the error: its marks and words are the clearer
        strictly_loaded(STRICT_PURE_LOADER, text, first_line)
    except yaml.YAMLError as pure_parsers_error:
        err = pure_parsers_error
    raise yaml_error(path, err, first_line, what) from None


# After a block scalar's indicator, a comment may follow on its line: `label: |  # why`.
BLOCK_HEADER_COMMENT = re.compile(r"[|>][-+0-9]*[ \t]+#")
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # YAML's, as its marks count lines


def first_comment_line(text):
    """The line of the first comment in YAML text, or None. A '#' starts one only where the
    scanner skips it: between two tokens, or after a block scalar's indicator; inside a quoted
    or plain scalar ('No. #3', C#) it is text, while YAML reads No. #3 unquoted as "No." and a
    comment. Without a '#' there is nothing to scan."""
    text = text.removeprefix("\ufeff")  # libyaml's marks do not count it
    if "#" not in text:
        return None
    end = 0
    for token in yaml.scan(text, Loader=LOADER):
        start = token.start_mark.index
        at = text.find("#", end, start)  # between tokens there is only space, line breaks and comments
        if at == -1 and isinstance(token, yaml.ScalarToken) and token.style in ("|", ">"):
            header = BLOCK_HEADER_COMMENT.match(text, start)
            at = header.end() - 1 if header else -1
        if at != -1:
            return len(LINE_BREAK.findall(text, 0, at)) + 1
        end = max(end, token.end_mark.index)
    return None


def parse_facts_file(path, text):
    """{fact id: record} of the facts and missing facts a reviewer's file holds; errors name the line.

    A comment is refused: the build rewrites the file, and would drop it without a word."""
    data = load_yaml(text, path)
    comment_line = first_comment_line(text)
    if comment_line:
        raise FactsheetError(path, comment_line, "a '#' comment, which the build would lose when it rewrites "
                                                 "this file; put your words in the fact's 'note:', which builds keep")
    problem = document_problem(data)
    if problem:
        where, message = problem
        raise FactsheetError(path, line_of(text, where), message)
    return {record["id"]: record for section in ("facts", "missing") for record in data.get(section) or ()}
