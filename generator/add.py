"""Add command: bring one article (a file or a web page) into content/sources/ with front matter.

Saved web pages go through trafilatura, which finds the article's main text and its
metadata; we never scrape HTML by hand. The article's words are kept as written: a plain
text or web article becomes a `.txt` source (paragraphs apart by blank lines), whose reader
does not interpret Markdown, so no character of it changes meaning.
"""

import re
import urllib.error
import urllib.request
from pathlib import Path

import yaml

from .errors import FactsheetError
from .present import slug
from .read import FRONT_MATTER, READERS, clean_meta, meta_and_body, read_text, split_front_matter, split_sentences

HTML_SUFFIXES = (".html", ".htm")
FETCH_TIMEOUT = 30  # seconds
MADE_ID_LENGTH = 60  # an id made from a title: well under the longest a file name may be (read.MAX_ID_LENGTH)
HEADLINE_LENGTH = 200  # characters: a first line longer than this is a paragraph, whatever it says
MADE_TITLE_LENGTH = 100  # a title made from the first sentence is cut, at a word, to this


def is_paragraph(line):
    """Whether a file's first line is text rather than a headline: long, or sentences ending as
    sentences do ("Thousands fled. The river rose."; "Floods hit. Thousands flee" is a headline)."""
    return len(line) > HEADLINE_LENGTH or (len(split_sentences(line)) > 1 and bool(re.search(r"[.!?…][\"”’')]*$", line)))


def title_from(sentence, path):
    """A title made from an article's first sentence, cut at a word if long; else the file's name."""
    title = sentence.strip().rstrip(".")
    if len(title) > MADE_TITLE_LENGTH:
        title = title[:MADE_TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:–—- ") + "…"
    return title or Path(path).stem


def file_meta_and_body(text, path):
    """(metadata, body) of a text file: as the build reads it, except that a first line that is
    a paragraph (an article saved as one long line, with no front matter) is the article's text,
    and its title is made from its first sentence."""
    meta, after_front = split_front_matter(text, path)
    meta = clean_meta(meta)
    body = after_front.strip("\n")
    first = body.partition("\n")[0].strip()
    if meta.get("title") or not is_paragraph(first):
        return meta_and_body(text, path)
    sentences = split_sentences(first)
    return {**meta, "title": title_from(sentences[0] if sentences else "", path)}, body


def article_from_html(html, url=None):
    """(metadata, body) of a web page's main article, by trafilatura."""
    import trafilatura  # only here: slow to load, and no other command needs it
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=True)
    if document is None or not (document.text or "").strip():
        return None
    meta = {"title": document.title, "publisher": document.sitename, "author": document.author,
            "published": document.date, "url": document.url or url}
    paragraphs = [line.strip() for line in document.text.splitlines() if line.strip()]
    if paragraphs and meta["title"] and paragraphs[0] == meta["title"].strip():
        paragraphs = paragraphs[1:]  # the headline is the title, not the article's first sentence
    return {k: v for k, v in meta.items() if v}, "\n\n".join(paragraphs)


def source_file_text(meta, body):
    """A source file: front matter in a fixed key order, then the body as given."""
    ordered = {key: meta[key] for key in FRONT_MATTER if meta.get(key)}
    ordered.update({key: value for key, value in meta.items() if key not in ordered and value})
    front = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{body.strip()}\n"


def fetch(url):
    """The page's HTML; errors say what went wrong with the address."""
    request = urllib.request.Request(url, headers={"User-Agent": "factsheet (article import)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            charset = response.headers.get_content_charset() or "utf-8"
            return response.read().decode(charset, errors="replace")
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise FactsheetError(url, None, f"could not fetch the page: {getattr(err, 'reason', err)}") from None


def read_article(location):
    """(metadata, body, suffix to save as) of a file or a web address."""
    if re.match(r"https?://", location):
        article = article_from_html(fetch(location), url=location)
        where = location
    else:
        path = Path(location)
        if not path.is_file():
            raise FactsheetError(location, None, "no such file; give a .txt, .md or .html file or an http(s) address")
        suffix = path.suffix.lower()
        if suffix in READERS:
            meta, body = file_meta_and_body(read_text(path), path)
            return meta, body, suffix
        if suffix not in HTML_SUFFIXES:
            raise FactsheetError(location, None, "cannot import this kind of file; give .txt, .md or .html")
        article = article_from_html(read_text(path))
        where = location
    if article is None:
        raise FactsheetError(where, None, "found no article text in this page")
    return *article, ".txt"


def add_source(location, sources_dir, overrides, source_id=None):
    """Write the article at location into sources_dir; returns the path written. Never overwrites."""
    meta, body, suffix = read_article(location)
    meta.update({key: value for key, value in overrides.items() if value})
    if not meta.get("title"):
        raise FactsheetError(location, None, "no title found; give one with --title")
    if not body.strip():
        raise FactsheetError(location, None, "the article has no text")
    if source_id is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}", source_id):
        raise FactsheetError(source_id, None, "an id is letters, digits, '-' and '_', starting with a letter or digit")
    source_id = source_id or slug(meta["title"])[:MADE_ID_LENGTH].rstrip("-") or "article"
    sources_dir = Path(sources_dir)
    taken = sorted(p for p in sources_dir.glob(f"{source_id}.*") if p.suffix.lower() in READERS)
    if taken:
        raise FactsheetError(taken[0], None, "a source with this id exists already; choose another with --id")
    sources_dir.mkdir(parents=True, exist_ok=True)
    target = sources_dir / f"{source_id}{suffix}"
    target.write_text(source_file_text(meta, body), encoding="utf-8")
    return target
