"""Read stage: turn files in content/sources/ into Source records split into sentences."""

import difflib
import functools
import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import markdown

from .errors import FactsheetError, FactsheetErrors
from .facts_yaml import EXTRACTED_FOLDER, extracted_path, line_of, load_yaml, source_path
from .lang import DEFAULT, language_code
from .lang import language as language_of
from .model import Config, FactsFile, Sentence, Source

# A sentence ends at . ! ? or … (plus closing quotes/brackets), then space, then a
# capital, digit, opening quote or dash starting the next one. Only from the first mark of a
# run ("!!!"): a try from each of the others would read the rest of the run again.
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=\s+(?:[–—-]\s*)?[\"“‘'(\[]?[A-Z0-9А-ЯЁ])")


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
    front = text[4:end]
    meta = load_yaml(front, path, first_line=2, what="invalid YAML front matter") or {}  # the YAML starts after '---'
    if not isinstance(meta, dict):
        raise FactsheetError(path, 2, "front matter must be a mapping of keys to values")
    for key, value in meta.items():
        problem = front_matter_problem(key, value)
        if problem:
            raise FactsheetError(path, line_of(front, (key,)) + 1, problem)
    return meta, text[end + 5:]


# What a source's front matter may say, in the order `factsheet add` writes it. Other keys
# (tags from another site generator, say) are kept but not shown.
FRONT_MATTER = {"title": "the article's headline", "publisher": "who published it", "author": "who wrote it",
                "published": "when, as YYYY-MM-DD", "url": "the original's web address"}


# A title, publisher or address is repeated on every page citing its source, and a site's title
# and description on every page: past this length one would be a build's memory (a 10 MB title
# took 5.8 GB) and no headline; other keys are kept, not shown, so any length is theirs.
MAX_LINE_CHARACTERS = 2_000
SHOWN = (*FRONT_MATTER, "language")


def too_long(key, value):
    """Why a line of text shown on pages is too long, or None."""
    length = len(str(value))
    if length <= MAX_LINE_CHARACTERS:
        return None
    return (f"'{key}' is {length:,} characters long, more than the {MAX_LINE_CHARACTERS:,} a line of text "
            "may hold; shorten it")


def front_matter_problem(key, value):
    """Why a front matter entry is wrong (a list for a title, a misspelt key, a title too long), or None."""
    if key in FRONT_MATTER and isinstance(value, (list, dict)):
        return f"'{key}' must be a line of text ({FRONT_MATTER[key]})"
    if key in SHOWN and (problem := too_long(key, value)):
        return problem
    if key not in FRONT_MATTER:
        near = difflib.get_close_matches(str(key), FRONT_MATTER, n=1, cutoff=0.75)
        if near:
            return f"unknown key '{key}'; did you mean '{near[0]}'? The keys are: {', '.join(FRONT_MATTER)}"
    return None


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


@functools.cache
def markdown_converter():
    """One converter for every file: making one loads every extension afresh."""
    return markdown.Markdown(extensions=["tables"])


# Text without these characters, and without these line starts and ends, means nothing to
# Markdown but paragraphs apart by blank lines: inline syntax (code, escapes, links, raw HTML,
# entities, emphasis), tables, headings, tabs and returns (which it rewrites); then lists, code
# blocks, setext headings and rules, ordered lists, and line breaks (two spaces at a line's end).
MARKDOWN_CHARACTERS = re.compile(r"[`\\\[<>&*_|#\t\r\x02\x03]")
MARKDOWN_LINES = re.compile(r"^(?: +[^ \n]|[+=-]|\d+[.)])|[^ \n]  +$", re.MULTILINE)  # lines of spaces are blank
BLANK_LINES = re.compile(r"\n(?: *\n)+")  # what Markdown takes for the end of a paragraph


def plain_blocks(body):
    """The blocks Markdown would make of body, found without it when body uses none of its
    syntax (most articles: Markdown's inline patterns are most of the reading time); else None."""
    if MARKDOWN_CHARACTERS.search(body) or MARKDOWN_LINES.search(body):
        return None
    return [block.strip() for block in BLANK_LINES.split(body) if block.strip()]


def markdown_blocks(body):
    """The text blocks of a Markdown body (plain_blocks where it can tell them without Markdown)."""
    blocks = plain_blocks(body)
    return rendered_blocks(body) if blocks is None else blocks


def rendered_blocks(body):
    """Markdown rendered by the markdown package, then read back as plain text blocks."""
    parser = BlockText()
    parser.feed(markdown_converter().reset().convert(body))
    parser.close()
    parser.flush()
    return parser.blocks


def split_sentences(paragraph, language=DEFAULT):
    """Split one paragraph into sentences, keeping every sentence's text verbatim; a period
    after one of the language's abbreviations ends none."""
    abbreviations = language_of(language).abbreviations
    paragraph = " ".join(paragraph.split())
    sentences, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        # The word before the mark, found without copying the sentence so far each time.
        word = paragraph[max(start, paragraph.rfind(" ", start, match.start()) + 1):match.start()]
        word = word.lower().lstrip("(“\"'")
        if word in abbreviations or re.fullmatch(r"[a-z]", word):
            continue
        sentences.append(paragraph[start:match.end()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    # A lone stray mark (". .") is page debris, not a sentence.
    return [s for s in sentences if re.search(r"\w", s)]


def sentence_anchor(text, seen):
    """An id derived from the sentence itself, so edits elsewhere never move it; a sentence
    said again gets -2, -3… (seen counts each base, so a refrain repeated 60,000 times costs
    no more than 60,000 sentences)."""
    base = "s-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


def paragraphs_of(blocks, language=DEFAULT):
    """Blocks of text as paragraphs of anchored sentences; a block may be a tuple of lines
    (a list's items), each line then ending a sentence."""
    seen = {}
    paragraphs = []
    for block in blocks:
        lines = block if isinstance(block, tuple) else (block,)
        sentences = [sentence for line in lines for sentence in split_sentences(line, language)]
        if sentences:
            paragraphs.append(tuple(Sentence(sentence_anchor(s, seen), s) for s in sentences))
    return tuple(paragraphs)


def clean_meta(meta):
    """Metadata as plain strings (YAML turns dates into date objects)."""
    return {key: str(value) for key, value in meta.items() if value is not None}


def meta_and_body(text, path):
    """Front matter as strings, and the body; without a title there, the first line is the title."""
    meta, after_front = split_front_matter(text, path)
    meta = clean_meta(meta)
    body = after_front.strip("\n")
    if not meta.get("title"):
        first, _, body = body.partition("\n")
        meta["title"] = first.strip()
        if too_long("title", meta["title"]):  # its line: after the front matter's and any blank ones
            line = text.replace("\r\n", "\n").count("\n") - after_front.lstrip("\n").count("\n") + 1
            raise FactsheetError(path, line, f"the title (the first line, as front matter gives none) is "
                                             f"{len(meta['title']):,} characters long, more than the "
                                             f"{MAX_LINE_CHARACTERS:,} a line of text may hold; give a shorter "
                                             "'title:' in front matter")
    return meta, body


def read_markdown(data, path):
    """(metadata, text blocks) of a Markdown file's bytes."""
    meta, body = meta_and_body(article_text(data, path), path)
    return meta, markdown_blocks(body)


BULLETS = "•·▪*–—-"
LIST_FROM_LINES = 3  # lines that each start as an item: a list even unindented, not prose wrapped by chance


def starts_as_item(line):
    """Whether a line starts as an item of a list would: a capital or a digit, after its
    indent and any bullet or opening quote."""
    text = line.lstrip().lstrip(BULLETS).lstrip().lstrip("\"“‘'(")
    return text[:1].isupper() or text[:1].isdigit()


def bulleted_or_indented(line):
    return line[:1].isspace() or (line[:1] in BULLETS and line[1:2].isspace())


def line_items(block):
    """The lines of a plain text block that is a list (a standfirst's bullets, headlines one a
    line: "Violent clashes in Athens see 60 injured" above "Stock markets fall sharply"), each
    its own sentences, or None for a paragraph whose lines are one text wrapped. A list's
    lines each start as an item would, and are indented or bulleted, or are LIST_FROM_LINES
    or more."""
    lines = [line for line in block.split("\n") if line.strip()]
    if len(lines) < 2 or not all(starts_as_item(line) for line in lines):
        return None
    if len(lines) < LIST_FROM_LINES and not all(bulleted_or_indented(line) for line in lines):
        return None
    return tuple(line.strip() for line in lines)


def read_plain(data, path):
    """(metadata, text blocks) of a plain text file's bytes: paragraphs are separated by blank
    lines; a block whose lines are a list's items is a tuple of them (line_items)."""
    meta, body = meta_and_body(article_text(data, path), path)
    return meta, [line_items(block) or block for block in re.split(r"\n\s*\n", body)]


# One reader per format, by file suffix; each takes the file's bytes (a binary format can be
# one) and returns (metadata, text blocks).
READERS = {".md": read_markdown, ".markdown": read_markdown, ".txt": read_plain}
SOURCE_SUFFIXES = tuple(READERS)
TEXT_SUFFIXES = {".md", ".markdown", ".txt"}  # formats whose readers read text: a NUL byte makes the file no article


def article_text(data, path):
    """A text reader's article: the bytes as UTF-8, or an error naming the file (and line)."""
    text = decoded(data, path)
    if not text.strip():
        raise FactsheetError(path, None, "an empty file; put an article in it or remove it")
    return text


def parse_source(content, path):
    """Build a Source from a file's content (bytes, or text as UTF-8) with the reader for its suffix."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    meta, blocks = READERS[Path(path).suffix.lower()](data, path)
    if not meta["title"]:
        raise FactsheetError(path, 1, "source has no title (add 'title:' front matter or a first line)")
    return Source(id=Path(path).stem, path=str(path), title=meta["title"], paragraphs=paragraphs_of(blocks, language_code(meta.get("language"))), meta=meta,
                  digest=source_digest(path, data))


def source_digest(path, data):
    """Of a file's name and bytes: the same digest, the same Source."""
    return hashlib.sha1(f"{Path(path).stem}\0{Path(path).suffix.lower()}\0".encode("utf-8") + data).hexdigest()


def source_files(directory):
    """Every file under directory (content/sources) that a reader reads, in a stable (sorted)
    order; one reached through a link out of the content folder is an error (within)."""
    if not Path(directory).is_dir():
        raise FactsheetError(directory, None, "no such folder; put source articles in it")
    try:
        found = sorted(p for p in Path(directory).rglob("*") if p.suffix.lower() in READERS and p.is_file())
    except OSError as err:
        raise FactsheetError(err.filename or directory, None, f"cannot read the folder ({err.strerror})") from None
    for path in found:
        shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if shown != str(path):  # bytes that are no UTF-8 in the name: no page, link or log line could hold it
            raise FactsheetError(shown, None, "the file name is not valid UTF-8 (made on another system?); rename it")
    return within(Path(directory).parent, found)


def within(folder, paths):
    """paths, each of which must be in folder once links are followed: a link committed to a
    repository must not publish the building machine's files (ln -s /etc/passwd)."""
    root, folder, links = Path(folder).resolve(), Path(folder), {}
    for path in paths:
        path = Path(path)
        # Only a path with a link on its way down from folder can lead out; resolving every
        # path took a tenth of a rebuild's start at 1,000 sources.
        if not (path.is_symlink() or linked_folder(path.parent, folder, links)):
            continue
        target = path.resolve()
        if target != root and root not in target.parents:
            raise FactsheetError(path, None, f"a link to {target}, outside {folder}; nothing outside it is read, "
                                             "so copy the file in instead")
    return paths


def linked_folder(directory, folder, links):
    """Whether directory, or a folder between it and folder, is a link (links: what is known);
    a directory not under folder counts as one (its path is then resolved)."""
    if directory == folder:
        return False
    if directory not in links:
        links[directory] = directory == directory.parent or directory.is_symlink() \
            or linked_folder(directory.parent, folder, links)
    return links[directory]


WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
MAX_ID_LENGTH = 120


def id_problem(source_id):
    """Why a file name cannot name a page that works everywhere (Windows, zip files), or None."""
    if source_id.split(".")[0].upper() in WINDOWS_DEVICES:
        return f"'{source_id}' is a reserved device name on Windows; rename the file"
    if len(source_id) > MAX_ID_LENGTH:
        return f"the file name is longer than {MAX_ID_LENGTH} characters; rename it shorter"
    if re.search(r'[<>:"\\|?*\x00-\x1f]', source_id) or source_id.endswith((".", " ")):
        return "the file name holds characters Windows and zip files refuse (<>:\"\\|?* or a trailing dot); rename it"
    return None


def parse_file(path):
    """One file as a Source: what each process does (nothing here depends on the other files)."""
    problem = id_problem(Path(path).stem)
    if problem:
        raise FactsheetError(path, None, problem)
    data = read_bytes(path)
    if Path(path).suffix.lower() in TEXT_SUFFIXES:
        refuse_binary(data, path)
    source = parse_source(data, path)
    if source.id.startswith("_"):
        raise FactsheetError(path, None, "names starting with '_' are kept for Factsheet's own files; rename it")
    return source


def source_or_error(path):
    """The file's Source, or the error saying why it is none: a bad file does not hide the next one."""
    try:
        return parse_file(path)
    except FactsheetError as err:
        return err


def file_name_key(name):
    """What file systems that ignore case and normalise Unicode (macOS, Windows) see of a name."""
    return unicodedata.normalize("NFC", name).casefold()


def checked_sources(paths, found):
    """The Sources of paths (sorted), given what reading each gave (found: its Source or the
    FactsheetError saying why it is none, in the same order); every bad file is reported, and
    two files of the same id, not only the first."""
    sources, errors, seen, folded = [], [], {}, {}
    for path, source in zip(paths, found, strict=True):
        if isinstance(source, FactsheetError):
            errors.append(source)
        elif source.id in seen:
            errors.append(FactsheetError(path, None, f"same source id '{source.id}' as {seen[source.id]}; "
                                                     "rename one of them"))
        elif file_name_key(source.id) in folded:
            errors.append(FactsheetError(path, None, f"the same name as {folded[file_name_key(source.id)]} but for "
                                                     "letter case or how its accents are encoded: one file on macOS, "
                                                     "Windows and in zip files; rename one of them"))
        else:
            seen[source.id] = folded[file_name_key(source.id)] = path
            sources.append(source)
    if errors:
        raise FactsheetErrors(errors)
    return sources


def read_sources(directory):
    """Every source under directory, sorted by path, read one after another (the build reads
    them on every core, and takes unchanged ones from its cache). Every bad file is reported."""
    paths = source_files(directory)
    return checked_sources(paths, [source_or_error(path) for path in paths])


# A source's build takes memory many times its text's size (BASELINE.md has the figure); past
# this size a build would exhaust a laptop, so it stops and says so.
MAX_SOURCE_MB = 50


def read_text(path):
    """File text as UTF-8, or an error naming the file (and line) and what to do."""
    data = read_bytes(path)
    refuse_binary(data, path)
    return decoded(data, path)


def read_bytes(path):
    """A file's bytes, or an error naming it: too big to build, or unreadable."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_SOURCE_MB * 1_000_000:
            raise FactsheetError(path, None, f"{size / 1e6:.0f} MB, more than the {MAX_SOURCE_MB} MB a source may "
                                             "hold; split it into several sources")
        return Path(path).read_bytes()
    except OSError as err:
        raise FactsheetError(path, None, f"cannot read it ({err.strerror}); check its permissions") from None


def refuse_binary(data, path):
    """A file meant to be text that starts with a NUL byte is some other file: an error naming it."""
    if b"\0" in data[:8192]:
        raise FactsheetError(path, None, "a binary file, not text; sources are .md, .markdown or .txt articles")


def decoded(data, path):
    """Bytes as UTF-8 text, or an error naming the file (and line) and what to do."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise FactsheetError(path, line, "not valid UTF-8 text; save the file as UTF-8") from None


def read_if_exists(path):
    return read_text(path) if Path(path).is_file() else None


def read_facts_files(facts_dir, source_ids):
    """{source id: FactsFile}: each source's facts YAML as a reviewer left it, and its base."""
    files = {}
    for source_id in source_ids:
        path, base_path = Path(facts_dir, source_path(source_id)), Path(facts_dir, extracted_path(source_id))
        files[source_id] = FactsFile(str(path), read_if_exists(path), str(base_path), read_if_exists(base_path))
    return files


def input_files(content, templates_dir):
    """Every file a build reads: sources, settings, facts YAML and the user's templates, sorted;
    none reached through a link out of its folder (within)."""
    content = Path(content)
    for folder in (content / "sources", content / "facts"):
        if folder.exists() and not folder.is_dir():
            raise FactsheetError(folder, None, "a file where a folder belongs; move it aside")
    files = list(source_files(content / "sources")) if (content / "sources").is_dir() else []
    files += [content / CONFIG_FILE] if (content / CONFIG_FILE).is_file() else []
    files += sorted((content / "facts").glob("*.yaml")) + sorted((content / "facts" / EXTRACTED_FOLDER).glob("*.yaml"))
    for path in files:
        if not path.is_file():  # a pipe or a device would be read, or written, without end
            raise FactsheetError(path, None, "not a regular file; move it aside")
    within(content, files)
    if templates_dir and Path(templates_dir).is_dir():
        files += within(templates_dir, sorted(p for p in Path(templates_dir).rglob("*") if p.is_file()))
    return [str(p) for p in files]


CONFIG_FILE = "factsheet.yml"
CONFIG_KEYS = {"title": "the fact sheet's title, in every page's header and <title>",
               "description": "one line under the title, and the pages' description for search engines",
               "site_url": "where the site is published, for sitemap.xml, canonical links and Open Graph"}


def read_config(content):
    """<content>/factsheet.yml as a Config; no file, the defaults. Unknown keys are errors."""
    path = Path(content, CONFIG_FILE)
    if not path.is_file():
        return Config()
    text = read_text(path)
    data = load_yaml(text, path) or {}
    if not isinstance(data, dict):
        raise FactsheetError(path, 1, f"settings are a mapping of keys to values: {', '.join(CONFIG_KEYS)}")
    for key, value in data.items():
        if key not in CONFIG_KEYS:
            raise FactsheetError(path, line_of(text, (key,)),
                                 f"unknown setting '{key}'; the settings are: {', '.join(CONFIG_KEYS)}")
        if not isinstance(value, str) or not value.strip():
            raise FactsheetError(path, line_of(text, (key,)), f"'{key}' must be a line of text")
        if problem := too_long(key, value):
            raise FactsheetError(path, line_of(text, (key,)), problem)
    if "site_url" in data and not re.fullmatch(r"https?://\S+", data["site_url"].strip()):
        raise FactsheetError(path, line_of(text, ("site_url",)), "'site_url' must be an http(s) address")
    return Config(**{key: value.strip() for key, value in data.items()})
