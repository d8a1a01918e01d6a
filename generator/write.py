"""Write stage: put facts YAML and rendered pages on disk, replacing site/ only when complete."""

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import FactsheetError
from .facts_yaml import EXTRACTED_FOLDER
from .model import StoredPage
from .publish import bytes_digest

REMOVED_FOLDER = "_removed"  # content/facts/_removed/: facts of deleted sources, kept for their review


@contextlib.contextmanager
def disk_errors(where):
    """A full disk or a read-only folder is the user's to fix, not a bug: one line, naming the
    file (or else where)."""
    try:
        yield
    except OSError as err:
        raise FactsheetError(err.filename or where, None, err.strerror or str(err)) from None


def write_file(path, text):
    """One file, written whole or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")  # a killed build never leaves half a file
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def write_text_if_changed(path, text):
    """Leave unchanged files untouched so their timestamps and reviewers' editors stay calm."""
    path = Path(path)
    if not same_text(path, text):
        write_file(path, text)


def build_folder(parent, prefix):
    """A new folder in parent for this build's files in the making, named prefix, this
    process's id and a random part, so that a later build knows a killed one's leftovers
    (remove_dead_builds) from a build still running beside it."""
    remove_dead_builds(parent, prefix)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


def remove_dead_builds(parent, prefix):
    for folder in Path(parent).glob(f"{prefix}*-*"):
        process_id = folder.name[len(prefix):].partition("-")[0]
        if process_id.isdigit() and not process_alive(int(process_id)):
            shutil.rmtree(folder, ignore_errors=True)


def process_alive(process_id):
    if os.name != "posix":  # elsewhere os.kill ends the process it asks about: the folder is kept
        return True
    try:
        os.kill(process_id, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True


STAGED_FACTS = ".factsheet-staging-"  # in the facts folder, so that moving a staged file in cannot fail


@dataclass
class StagedTexts:
    """Texts written ahead into folder, to be moved in place at once (write_facts)."""
    folder: Path
    paths: dict  # name -> its staged file, or None where the file in place already holds the text


def stage_texts(folder, texts, staging_folder=None):
    """Write each of texts ({name: text}) that differs from its file in folder into
    staging_folder (by default a build_folder in folder: a move is then all it takes, and a
    folder or disk that cannot take them fails here, before anything is in place)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    made_here = staging_folder is None
    staging_folder = Path(staging_folder) if staging_folder else build_folder(folder, STAGED_FACTS)
    paths = {}
    try:
        for name, text in texts.items():
            if same_text(Path(folder, name), text):
                paths[name] = None
                continue
            paths[name] = staging_folder / name
            paths[name].parent.mkdir(parents=True, exist_ok=True)
            paths[name].write_text(text, encoding="utf-8")
    except BaseException:
        if made_here:  # half the texts staged are of no use to anyone
            shutil.rmtree(staging_folder, ignore_errors=True)
        raise
    return StagedTexts(staging_folder, paths)


def with_more(staged, folder, texts):
    """staged (StagedTexts, or None) with texts ({name: text}) it does not hold staged too."""
    if staged is None:
        return stage_texts(folder, texts)
    more = stage_texts(folder, {name: text for name, text in texts.items() if name not in staged.paths},
                       staged.folder)
    return StagedTexts(staged.folder, {**staged.paths, **more.paths})


def file_digest(path):
    """Of a file's bytes (bytes_digest, as of the pages); None where there is no file."""
    try:
        return bytes_digest(Path(path).read_bytes())
    except FileNotFoundError:
        return None


def text_digest(text):
    return bytes_digest(text.encode("utf-8"))


def move_in(staged, path, text):
    """A staged file put in place whole, or the text written there if it cannot be moved."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(staged, path)
    except OSError:  # another file system after all
        write_file(path, text)


@dataclass(frozen=True)
class FactsWritten:
    """What write_facts did in the facts folder."""
    digests: dict  # name -> digest (text_digest) of the build's text, now in the file
    moved_aside: tuple  # paths in _removed/ of the facts files whose source is gone
    deleted: tuple  # names of the extractor's bases whose source is gone
    edited: tuple = ()  # names left as they are: someone saved them since the build read them


def write_facts(facts_dir, documents, keep=(), staged=None, as_read=None):
    """documents: {path within facts_dir: YAML text}: per source, its base, and the merged facts;
    keep: names of files to leave as they are (their source did not change); staged: the
    StagedTexts of some of the documents, moved in rather than written; as_read: {name: digest
    of the file as the build read it, or None for none}: a file saved since (by a reviewer, while
    the build ran) is left as it is, to be built next time.

    Facts files whose source is gone are moved into _removed/ rather than deleted, since they
    may hold a reviewer's work; their bases are deleted.
    """
    facts_dir = Path(facts_dir)
    wanted = set(documents) | set(keep)
    staged_paths = staged.paths if staged else {}
    digests, edited = {}, []
    for name, text in sorted(documents.items()):
        if as_read is not None and file_digest(facts_dir / name) != as_read.get(name):
            edited.append(name)
            continue
        if name not in staged_paths:
            write_text_if_changed(facts_dir / name, text)
        elif staged_paths[name] is not None:
            move_in(staged_paths[name], facts_dir / name, text)
        digests[name] = text_digest(text)
    if staged:
        shutil.rmtree(staged.folder, ignore_errors=True)
    deleted = []
    for base in sorted((facts_dir / EXTRACTED_FOLDER).glob("*.yaml")):
        if f"{EXTRACTED_FOLDER}/{base.name}" not in wanted:
            base.unlink()
            deleted.append(f"{EXTRACTED_FOLDER}/{base.name}")
    stale = sorted(p for p in facts_dir.glob("*.yaml") if p.name not in wanted)
    for path in stale:
        (facts_dir / REMOVED_FOLDER).mkdir(exist_ok=True)
        path.replace(facts_dir / REMOVED_FOLDER / path.name)
    return FactsWritten(digests, tuple(facts_dir / REMOVED_FOLDER / path.name for path in stale),
                        tuple(deleted) + tuple(path.name for path in stale), tuple(edited))


def keep_unchanged(old, target, data):
    """Link the old file into the new site when its bytes are the same: the page is not
    rewritten (same file, same time stamp), which rsync, browsers and editors notice."""
    try:
        if old.is_file() and old.stat().st_size == len(data) and old.read_bytes() == data:
            os.link(old, target)
            return True
    except OSError:  # no hard links on this file system: write it afresh
        pass
    return False


class Staging:
    """A new site, written file by file into a folder beside the old one (by any process: it
    is only paths), then swapped in whole, so a failed or stopped build leaves the old site."""

    def __init__(self, out_dir):
        self.out_dir = Path(out_dir).resolve()
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.old = self.out_dir.with_name(f".{self.out_dir.name}-old")
        if self.old.is_dir() and not self.out_dir.exists():  # a build was stopped between the renames of swap_in
            self.old.rename(self.out_dir)
        self.folder = build_folder(self.out_dir.parent, f".{self.out_dir.name}-build")
        self.made_folders = set()  # folders of the new site this process has made

    def folder_of(self, path):
        """The new site's folder of a page's path, made the first time this process asks:
        thousands of pages share a few folders."""
        parent = os.path.dirname(path)
        if parent not in self.made_folders:
            os.makedirs(os.path.join(self.folder, parent), exist_ok=True)
            self.made_folders.add(parent)

    def put(self, page):
        """Write one page, or keep the old site's file where it is the same (keep_unchanged):
        its StoredPage, with the digest and size of its bytes, made here once."""
        target = self.folder / page.path
        self.folder_of(page.path)
        data = page.data()
        kept = keep_unchanged(self.out_dir / page.path, target, data)
        if not kept:
            target.write_bytes(data)
        return StoredPage(page.path, bytes_digest(data), not kept, len(data), page.key)

    def keep(self, path, digest, size, key):
        """The previous site's file of path, linked in unread (a page made from the same key as
        then: the same bytes), if it is there with the size it was written with; else None."""
        # plain strings, not paths: a rebuild links thousands of pages this way
        old, target = os.path.join(self.out_dir, path), os.path.join(self.folder, path)
        try:
            if os.stat(old).st_size != size:
                return None
            self.folder_of(path)
            os.link(old, target)
        except OSError:  # gone, or no hard links on this file system: the page is made again
            return None
        return StoredPage(path, digest, False, size, key)

    def swap_in(self):
        os.chmod(self.folder, 0o755)
        if self.old.exists():
            shutil.rmtree(self.old)
        if self.out_dir.exists():
            self.out_dir.rename(self.old)
        self.folder.rename(self.out_dir)
        shutil.rmtree(self.old, ignore_errors=True)

    def discard(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.discard()  # nothing left once swapped in


def stage_site(pages, staging):
    """Write pages, as they come, into staging (a Staging), not yet swapped in. Pages may be
    StoredPages, already put there by the process that made them. Two pages for one file stop
    it (one would silently be lost).

    Returns ({path: size} of the site's files, how many were written); the others are the
    previous build's files, kept."""
    listing, written = {}, 0
    for page in pages:
        if page.path in listing:
            raise FactsheetError(page.path, None, "two pages would be written to this one file")
        stored = page if isinstance(page, StoredPage) else staging.put(page)
        listing[stored.path] = stored.size
        written += stored.written
    return listing, written


def write_site(out_dir, pages):
    """stage_site into a fresh folder beside out_dir, then swapped in whole."""
    with Staging(out_dir) as staging:
        found = stage_site(pages, staging)
        staging.swap_in()
    return found


def out_of_date(folder, texts, only_listed=False):
    """Paths (within folder) whose file is missing or differs from texts, and, unless
    only_listed, files there that texts does not hold: what a write would change."""
    folder = Path(folder)
    changed = [name for name, text in texts.items() if not same_text(folder / name, text)]
    if not only_listed and folder.is_dir():
        changed += [p.relative_to(folder).as_posix() for p in folder.rglob("*")
                    if p.is_file() and p.relative_to(folder).as_posix() not in texts]
    return sorted(changed)


def same_text(path, text):
    try:
        if isinstance(text, bytes):
            return path.read_bytes() == text
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
