"""Single file: the whole site as one self-contained HTML file, to mail or carry on a USB stick.

Every page's main part becomes a section of one document; links between pages become
in-file addresses ("#/facts/x.html#s-1"), styles and scripts (the search engine's, every search part,
search.js) are inlined, and a few lines of script show the section the address names.
Nothing is fetched: no request leaves the file. Made from the rendered pages, as text.
"""

import posixpath
import re
from urllib.parse import quote, unquote, urlsplit

from .search import ENGINE_SCRIPTS, PARTS_FOLDER

SKIPPED = {"404.html"}
LINK = re.compile(r'\b(href|src|action)="([^"]*)"')
ID = re.compile(r'\b(id|for|aria-labelledby)="([^"]*)"')
MAIN = re.compile(r"<main>(.*)</main>", re.S)
HEADER = re.compile(r'<header class="site">.*?</header>', re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
SCRIPT_FILE = re.compile(r'<script src="[^"]*"[^>]*></script>\n?')  # the bundle inlines them once
NAVIGATION = """
(function () {  /* shows the page the address names: #/facts/x.html#anchor */
  "use strict";
  var pages = Array.prototype.slice.call(document.querySelectorAll("section.bundle-page"));
  function show() {
    var parts = (location.hash || "#/index.html").slice(2).split("#");
    var page = pages.filter(function (p) { return p.dataset.page === parts[0]; })[0] || pages[0];
    pages.forEach(function (p) { p.hidden = p !== page; });
    document.title = page.dataset.title;
    var target = parts[1] && document.getElementById(page.dataset.prefix + parts[1]);
    if (target) target.scrollIntoView(); else window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", show);
  var box = document.getElementById("q");
  box.addEventListener("input", function () {
    if (location.hash.indexOf("#/search.html") !== 0) location.hash = "#/search.html";
  });
  show();
})();
"""


def site_path(link, page_path):
    """A relative link on page_path as (path within the site, fragment), or None if it leaves the site."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), unquote(parts.path))) \
        if parts.path else page_path
    return path, parts.fragment


def rewrite_links(html, page_path, page_numbers):
    """Links to pages become in-file addresses; links to other files (downloads) go inert."""
    def rewrite(match):
        attribute, link = match.groups()
        target = site_path(link, page_path)
        if target is None:
            return match[0]
        path, fragment = target
        if path not in page_numbers:
            return "" if attribute == "href" else match[0]
        return f'{attribute}="#/{path}' + (f"#{fragment}" if fragment else "") + '"'
    return LINK.sub(rewrite, html)


def prefix_ids(html, prefix):
    """Ids unique across the whole file: two sources may share a sentence, and its anchor."""
    return ID.sub(lambda m: f'{m[1]}="' + " ".join(prefix + part for part in m[2].split()) + '"', html)


def script(text):
    return "<script>\n" + text.replace("</script", "<\\/script") + "\n</script>\n"


def bundle(pages, language="en"):
    """One HTML document holding every page of the site, its styles, scripts and search index."""
    files = {page.path: page.text for page in pages}
    html_paths = [p.path for p in pages if p.path.endswith(".html") and p.path not in SKIPPED]
    page_numbers = {path: n for n, path in enumerate(html_paths)}
    sections = []
    for path in html_paths:
        html = files[path]
        main = rewrite_links(SCRIPT_FILE.sub("", MAIN.search(html)[1]), path, page_numbers)
        prefix = "" if path == "search.html" else f"p{page_numbers[path]}-"  # search.js finds its own ids
        title = TITLE.search(html)[1]
        sections.append(f'<section class="bundle-page" data-page="{path}" data-prefix="{prefix}" '
                        f'data-title="{title}" hidden>\n{prefix_ids(main, prefix)}\n</section>\n')
    index = files["index.html"]
    header = rewrite_links(HEADER.search(index)[0], "index.html", page_numbers)
    return (f'<!doctype html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{TITLE.search(index)[1]}</title>\n"
            f'<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,{quote(files["assets/favicon.svg"].strip())}">\n'
            f"<style>\n{files['assets/style.css']}</style>\n</head>\n<body>\n"
            f"{header}\n<main>\n{''.join(sections)}</main>\n"
            + "".join(script(files[path]) for path in ENGINE_SCRIPTS)
            + "".join(script(text) for path, text in sorted(files.items()) if path.startswith(PARTS_FOLDER + "/"))
            + script("window.FACTSHEET_LINK = function (href) { return \"#/\" + href; };")
            + script(files["assets/search.js"]) + script(NAVIGATION)
            + "</body>\n</html>\n")
