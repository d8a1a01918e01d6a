"""Read stage: turn files in content/sources/ into Source records split into sentences."""

import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml

from .errors import FactsheetError

SOURCE_SUFFIXES = {".md", ".markdown", ".txt"}

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
    "inc", "co", "corp", "ltd", "vs", "etc", "no", "vol", "approx", "est", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    "u.s", "u.k", "u.n", "a.m", "p.m", "gov", "sen", "rep", "rev", "fig", "pp",
}
# A sentence ends at . ! ? or … (plus closing quotes/brackets), then space, then a
# capital, digit, opening quote or dash starting the next one.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+(?:[–—-]\s*)?[\"“‘'(\[]?[A-Z0-9А-ЯЁ])")


@dataclass(frozen=True)
class Sentence:
    anchor: str
    text: str


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    title: str
    paragraphs: tuple = ()  # tuple of tuples of Sentence
    meta: dict = field(default_factory=dict)

    @property
    def sentences(self):
        return [s for paragraph in self.paragraphs for s in paragraph]


def split_front_matter(text, path):
    """Return (meta, body); front matter is optional and may use CRLF line ends."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end == -1 and text.endswith("\n---"):
        end = len(text) - 4
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
    return meta, text[end + 5:]


class BlockText(HTMLParser):
    """Collect the text of each block element (paragraph, heading, list item, cell) of HTML."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "pre", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.hidden = [], [], 0

    def flush(self):
        text = "".join(self.current).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")
        if tag in self.BLOCKS or tag == "br":
            self.flush()

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style") and self.hidden > 0
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:  # raw HTML in Markdown may carry scripts: never article text
            self.current.append(data)


def markdown_blocks(body):
    """Markdown rendered by the markdown package, then read back as plain text blocks."""
    parser = BlockText()
    parser.feed(markdown.markdown(body, extensions=["tables"]))
    parser.close()
    parser.flush()
    return parser.blocks


def split_sentences(paragraph):
    """Split one paragraph into sentences, keeping every sentence's text verbatim."""
    paragraph = " ".join(paragraph.split())
    sentences, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        word = paragraph[start:match.start()].rsplit(" ", 1)[-1].lower().lstrip("(“\"'")
        if word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
            continue
        sentences.append(paragraph[start:match.end()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    # A lone stray mark (". .") is page debris, not a sentence.
    return [s for s in sentences if re.search(r"\w", s)]


def sentence_anchor(text, taken):
    """An id derived from the sentence itself, so edits elsewhere never move it."""
    base = "s-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    anchor, n = base, 2
    while anchor in taken:
        anchor, n = f"{base}-{n}", n + 1
    taken.add(anchor)
    return anchor


def split_paragraphs(body, is_markdown):
    blocks = markdown_blocks(body) if is_markdown else re.split(r"\n\s*\n", body)
    taken = set()
    paragraphs = []
    for block in blocks:
        sentences = split_sentences(block)
        if sentences:
            paragraphs.append(tuple(Sentence(sentence_anchor(s, taken), s) for s in sentences))
    return tuple(paragraphs)


def clean_meta(meta):
    """Metadata as plain strings (YAML turns dates into date objects)."""
    return {key: str(value) for key, value in meta.items() if value is not None}


def parse_source(text, path):
    """Build a Source from file text; the title is front matter, else the first line."""
    meta, body = split_front_matter(text, path)
    meta = clean_meta(meta)
    body = body.strip("\n")
    if not meta.get("title"):
        first, _, body = body.partition("\n")
        meta["title"] = first.strip()
    if not meta["title"]:
        raise FactsheetError(path, 1, "source has no title (add 'title:' front matter or a first line)")
    is_markdown = Path(path).suffix.lower() in {".md", ".markdown"}
    return Source(
        id=Path(path).stem,
        path=str(path),
        title=meta["title"],
        paragraphs=split_paragraphs(body, is_markdown),
        meta=meta,
    )


def read_sources(directory):
    """Read every source file under directory, in a stable (sorted) order."""
    if not Path(directory).is_dir():
        raise FactsheetError(directory, None, "no such folder; put source articles in it")
    files = sorted(p for p in Path(directory).rglob("*") if p.suffix.lower() in SOURCE_SUFFIXES)
    sources, seen = [], {}
    for path in files:
        source = parse_source(read_text(path), path)
        if source.id.startswith("_"):
            raise FactsheetError(path, None, "names starting with '_' are kept for Factsheet's own files; rename it")
        if source.id in seen:
            raise FactsheetError(path, None, f"same source id '{source.id}' as {seen[source.id]}; rename one of them")
        seen[source.id] = path
        sources.append(source)
    return sources


def read_text(path):
    """File text as UTF-8, or an error naming the line where decoding fails."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise FactsheetError(path, line, "not valid UTF-8 text; save the file as UTF-8") from None
