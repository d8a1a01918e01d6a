"""Helpers for end-to-end tests: parse built pages and check their links."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class PageScan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.links.append(attrs[name])


def scan(path):
    parser = PageScan()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return parser


def broken_links(site):
    """Every internal href/src that does not reach a file, or an #anchor missing on its page."""
    site = Path(site)
    pages = {p: scan(p) for p in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{page.relative_to(site)} -> {link}")
            elif parts.fragment and parts.fragment not in (pages.get(target) or scan(target)).ids:
                broken.append(f"{page.relative_to(site)} -> {link} (no such anchor)")
    return broken
