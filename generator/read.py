"""Read stage: turn files in content/sources/ into Source records."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import FactsheetError

SOURCE_SUFFIXES = {".md", ".markdown", ".txt"}


@dataclass(frozen=True)
class Source:
    slug: str
    path: str
    title: str
    body: str
    meta: dict = field(default_factory=dict)


def split_front_matter(text, path):
    """Return (meta, body, body_start_line); front matter is optional."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = text.find("\n---\n", 4)
    if end == -1:
        raise FactsheetError(path, 1, "front matter opened with '---' but never closed")
    try:
        meta = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for 1-based, +1 for the opening '---'
        raise FactsheetError(path, line, f"invalid YAML front matter: {getattr(err, 'problem', err)}")
    if not isinstance(meta, dict):
        raise FactsheetError(path, 2, "front matter must be a mapping of keys to values")
    body = text[end + 5:]
    return meta, body, text[: end + 5].count("\n") + 1


def parse_source(text, path):
    """Build a Source from file text; the title is front matter, else the first line."""
    meta, body, _ = split_front_matter(text, path)
    body = body.strip("\n")
    title = meta.get("title")
    if not title:
        first, _, rest = body.partition("\n")
        title, body = first.strip(), rest.strip("\n")
    return Source(slug=Path(path).stem, path=str(path), title=str(title), body=body, meta=meta)


def read_sources(directory):
    """Read every source file under directory, in a stable (sorted) order."""
    files = sorted(p for p in Path(directory).rglob("*") if p.suffix.lower() in SOURCE_SUFFIXES)
    return [parse_source(p.read_text(encoding="utf-8"), p) for p in files]
