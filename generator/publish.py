"""Publishing files: data downloads (facts.json, facts.csv) and what hosts and crawlers read
(.nojekyll, robots.txt, sitemap.xml). Plain data in, Pages out; nothing is written here."""

import csv
import hashlib
import io
import json
from xml.sax.saxutils import escape

from .model import Page
from .present import fact_path, format_value, source_page_path, told_here, told_most, web_url

CSV_COLUMNS = ("fact", "kind", "value", "value_max", "unit", "qualifier", "shown", "label", "key", "score",
               "sources", "disputed", "source", "source_title", "publisher", "published", "url", "source_fact",
               "quote", "fact_page", "cited_at")


def citation_rows(site):
    """One row per merged fact and citation: what a data team loads into a spreadsheet."""
    sources = {s.id: s for s in site.sources}
    for merged in site.merged:
        for citation in merged.citations:
            source = sources[citation.source]
            yield {
                "fact": merged.id, "kind": merged.kind, "value": merged.value, "value_max": merged.value_max,
                "unit": merged.unit, "qualifier": merged.qualifier, "shown": format_value(merged),
                "label": merged.label, "key": merged.key, "score": merged.score, "sources": merged.source_count,
                "disputed": bool(merged.disagreements or merged.conflicts), "source": source.id,
                "source_title": source.title, "publisher": source.meta.get("publisher"),
                "published": source.meta.get("published"), "url": web_url(source.meta),
                "source_fact": citation.fact, "quote": citation.quote, "fact_page": fact_path(merged.id),
                "cited_at": f"{source_page_path(source.id)}#{citation.anchor}",
            }


def history_here(merged):
    """Whether a merged fact's entry holds its dispute's dated history: no dispute, or the side most sources give."""
    return told_here(merged) or not merged.history


def facts_json(site, rows):
    facts, rows_of = [], {}
    for row in rows:
        rows_of.setdefault(row["fact"], []).append(row)
    for merged in site.merged:
        cited = [{key: row[key] for key in ("source", "source_title", "publisher", "published", "url",
                                            "source_fact", "quote", "cited_at")}
                 for row in rows_of[merged.id]]
        facts.append({"id": merged.id, "kind": merged.kind, "value": merged.value, "value_max": merged.value_max,
                      "unit": merged.unit, "qualifier": merged.qualifier, "shown": format_value(merged),
                      "label": merged.label, "key": merged.key, "score": merged.score,
                      "places": list(merged.places), "disagreements": list(merged.disagreements),
                      "conflicts": list(merged.conflicts), "page": fact_path(merged.id), "citations": cited,
                      # who gives which figure, and each dated source's figure by publication day: the
                      # history once, on the fact most sources give (history_on names it on the others)
                      "sides": [{"figure": side.figure, "sources": list(side.sources), "fact": side.fact}
                                for side in merged.sides],
                      "history": [{"published": d.published, "source": d.source, "figure": d.figure, "fact": d.fact}
                                  for d in merged.history] if history_here(merged) else [],
                      "history_on": None if history_here(merged) else told_most(merged).fact})
    # One fact a line: easy to read, grep and diff, and written by json's fast encoder (which
    # an indent would turn off).
    head = json.dumps({"title": site.config.title, "description": site.config.description}, ensure_ascii=False)
    lines = ",\n".join(json.dumps(fact, ensure_ascii=False) for fact in facts)
    return f'{head[:-1]}, "facts": [\n{lines}\n]}}\n'


def facts_csv(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")  # None is written as an empty cell
    writer.writerow(CSV_COLUMNS)
    writer.writerows([row[column] for column in CSV_COLUMNS] for row in rows)
    return out.getvalue()


def sitemap(site, html_paths):
    """Every page, at its absolute address (site_url's): the sitemap protocol allows no other."""
    entries = "".join(f"<url><loc>{escape(site.config.base_url + path)}</loc></url>\n"
                      for path in sorted(html_paths) if path != "404.html")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n')


def robots(site):
    lines = ["User-agent: *", "Allow: /"]
    if site.config.base_url:
        lines.append(f"Sitemap: {site.config.base_url}sitemap.xml")
    return "\n".join(lines) + "\n"


SERVICE_WORKER = """/* Factsheet: keeps the whole site for reading offline once a reader has visited (https only). */
"use strict";
const VERSION = "factsheet-%(version)s";
const FILES = %(files)s;
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true })
    .then((kept) => kept || fetch(event.request)));
});
"""


def page_digest(page):
    return bytes_digest(page.text.encode("utf-8"))


def bytes_digest(data):
    """Of a page's bytes, as written (write.Staging): the service worker's record of it."""
    return hashlib.sha1(data).hexdigest()


def service_worker(digests):
    """sw.js: every file of this build ({path: digest of its text}), under a version that
    changes when any of them does."""
    paths = sorted(digests)
    version = hashlib.sha1("".join(f"{path}\0{digests[path]}\0" for path in paths).encode("utf-8")).hexdigest()[:12]
    files = json.dumps(["./"] + [f"./{path}" for path in paths], indent=1)
    return SERVICE_WORKER % {"version": version, "files": files}


def download_pages(site):
    """The data downloads: every merged fact with its citations, as JSON and as CSV."""
    rows = list(citation_rows(site))
    return [Page("facts.json", facts_json(site, rows)), Page("facts.csv", facts_csv(rows))]


def publishing_pages(site, digests):
    """What hosts and crawlers look for, and the service worker that keeps every file of the
    site ({path: digest}, as page_digest makes them) for offline reading."""
    html_paths = [path for path in digests if path.endswith(".html")]
    files = [Page(".nojekyll", ""),  # GitHub Pages: serve the files as they are, no Jekyll
             Page("robots.txt", robots(site))]
    # Without site_url no address can be absolute, and a sitemap of relative ones is invalid
    # (crawlers reject it): none, as robots.txt then names none.
    if site.config.base_url:
        files.append(Page("sitemap.xml", sitemap(site, html_paths)))
    return files + [Page("sw.js", service_worker({**digests, **{f.path: page_digest(f) for f in files}}))]
