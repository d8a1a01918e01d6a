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


@dataclass
class StagedTexts:
    """Texts written ahead into folder, to be moved in place at once (write_facts)."""
    folder: Path
    paths: dict  # name -> its staged file, or None where the file in place already holds the text


def stage_texts(folder, texts, staging_folder):
    """Write each of texts ({name: text}) that differs from its file in folder into
    staging_folder (on the same file system: a move is then all it takes); a failed build's
    staged files are cleared first."""
    staging_folder = Path(staging_folder)
    shutil.rmtree(staging_folder, ignore_errors=True)
    paths = {}
    for name, text in texts.items():
        if same_text(Path(folder, name), text):
            paths[name] = None
            continue
        paths[name] = staging_folder / name
        paths[name].parent.mkdir(parents=True, exist_ok=True)
        paths[name].write_text(text, encoding="utf-8")
    return StagedTexts(staging_folder, paths)


def move_in(staged, path, text):
    """A staged file put in place whole, or the text written there if it cannot be moved."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(staged, path)
    except OSError:  # another file system after all
        write_file(path, text)


def write_facts(facts_dir, documents, keep=(), staged=None):
    """documents: {path within facts_dir: YAML text}: per source, its base, and the merged facts;
    keep: names of files to leave as they are (their source did not change); staged: the
    StagedTexts of some of the documents, moved in rather than written.

    Returns the paths of facts files whose source is gone: they are moved into _removed/
    rather than deleted, since they may hold a reviewer's work. Their bases are deleted.
    """
    facts_dir = Path(facts_dir)
    wanted = set(documents) | set(keep)
    staged_paths = staged.paths if staged else {}
    for name, text in sorted(documents.items()):
        if name not in staged_paths:
            write_text_if_changed(facts_dir / name, text)
        elif staged_paths[name] is not None:
            move_in(staged_paths[name], facts_dir / name, text)
    if staged:
        shutil.rmtree(staged.folder, ignore_errors=True)
    for base in sorted((facts_dir / EXTRACTED_FOLDER).glob("*.yaml")):
        if f"{EXTRACTED_FOLDER}/{base.name}" not in wanted:
            base.unlink()
    stale = sorted(p for p in facts_dir.glob("*.yaml") if p.name not in wanted)
    for path in stale:
        (facts_dir / REMOVED_FOLDER).mkdir(exist_ok=True)
        path.replace(facts_dir / REMOVED_FOLDER / path.name)
    return [facts_dir / REMOVED_FOLDER / path.name for path in stale]


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
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}-", dir=self.out_dir.parent))

    def put(self, page):
        """Write one page, or keep the old site's file where it is the same (keep_unchanged):
        its StoredPage, with the digest and size of its bytes, made here once."""
        target = self.folder / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = page.text.encode("utf-8")
        kept = keep_unchanged(self.out_dir / page.path, target, data)
        if not kept:
            target.write_bytes(data)
        return StoredPage(page.path, bytes_digest(data), not kept, len(data))

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


def write_site(out_dir, pages, staging=None):
    """Write pages, as they come, into a fresh folder (staging, if given), then swap it in. Pages
    may be StoredPages, already put there by the process that made them. Two pages for one file
    stop it (one would silently be lost).

    Returns ({path: size} of the site's files, how many were written); the others are the
    previous build's files, kept."""
    staging = staging or Staging(out_dir)
    listing, written = {}, 0
    try:
        for page in pages:
            if page.path in listing:
                raise FactsheetError(page.path, None, "two pages would be written to this one file")
            stored = page if isinstance(page, StoredPage) else staging.put(page)
            listing[stored.path] = stored.size
            written += stored.written
        staging.swap_in()
    finally:
        staging.discard()
    return listing, written


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
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
