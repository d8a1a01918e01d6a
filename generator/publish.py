"""Publishing files: data downloads (facts.json; facts.csv, citations.csv, sources.csv) and
what hosts and crawlers read (.nojekyll, robots.txt, sitemap.xml). Plain data in, Pages out;
nothing is written here."""

import csv
import gzip
import hashlib
import io
import json
from xml.sax.saxutils import escape

from .kinds import unit_in_words
from .model import Page
from .present import fact_path, format_value, source_page_path, told_here, told_most, web_url

# The downloads as a small relational set: a fact, a source and a citation each written once
# (a flat row per citation repeated the fact's and the source's columns: most of a large site).
FIGURE_COLUMNS = ("kind", "value", "value_max", "change", "unit", "qualifier", "shown", "label", "key", "score")
FACT_COLUMNS = ("fact", *FIGURE_COLUMNS, "sources", "disputed", "fact_page")
CITATION_COLUMNS = ("fact", "source", "publisher", "published", "source_fact", "quote", "cited_at")
SOURCE_COLUMNS = ("source", "title", "publisher", "published", "url", "source_page")


DOWNLOADS = ("facts.json", "facts.csv", "citations.csv", "sources.csv")
# A large site's downloads are gzipped: they are most of its weight and shrink tenfold (10,000
# sources: facts.json 111 -> 12.8 MB, citations.csv 62 -> 9.2 MB), and a host such as GitHub
# Pages limits a site to 1 GB. Told by the count of citations, which the fact sheet linking
# them knows before the downloads are made.
GZIP_DOWNLOADS_FROM_CITATIONS = 100_000  # about 17 MB of citations.csv and 40 MB of facts.json


def download_names(site):
    """{download: the name it is published under}: itself, or gzipped on a large site."""
    gzipped = sum(len(merged.citations) for merged in site.merged) >= GZIP_DOWNLOADS_FROM_CITATIONS
    return {name: f"{name}.gz" if gzipped else name for name in DOWNLOADS}


def fact_rows(site):
    """One row per merged fact: its figure, what it says and how widely it is reported."""
    for merged in site.merged:
        yield {"fact": merged.id, "kind": merged.kind, "value": merged.value, "value_max": merged.value_max,
               "change": merged.change, "unit": unit_in_words(merged.unit), "qualifier": merged.qualifier, "shown": format_value(merged),
               "label": merged.label, "key": merged.key, "score": merged.score, "sources": merged.source_count,
               "disputed": bool(merged.disagreements or merged.conflicts), "fact_page": fact_path(merged.id)}


def citation_rows(site):
    """One row per merged fact and citation: the sentence a source gives it in, and who published it
    when (what a data team filters citations by), the rest of the source in source_rows."""
    sources = {s.id: s for s in site.sources}
    for merged in site.merged:
        for citation in merged.citations:
            meta = sources[citation.source].meta
            yield {"fact": merged.id, "source": citation.source, "publisher": meta.get("publisher"),
                   "published": meta.get("published"), "source_fact": citation.fact, "quote": citation.quote,
                   "cited_at": f"{source_page_path(citation.source)}#{citation.anchor}"}


def source_rows(site):
    """One row per source the merged facts cite, in the site's order of sources."""
    cited = {citation.source for merged in site.merged for citation in merged.citations}
    for source in site.sources:
        if source.id in cited:
            yield {"source": source.id, "title": source.title, "publisher": source.meta.get("publisher"),
                   "published": source.meta.get("published"), "url": web_url(source.meta),
                   "source_page": source_page_path(source.id)}


def facts_json(site, facts, citations, sources):
    """facts, citations, sources: the rows of the three tables. Each fact holds its citations; a
    dispute's sides and dated history are told once, on the fact most sources give, which the
    others name in dispute_on."""
    cited_in = {}
    for row in citations:
        cited_in.setdefault(row["fact"], []).append(
            {key: row[key] for key in ("source", "source_fact", "quote", "cited_at")})
    entries = []
    for merged, row in zip(site.merged, facts):
        here = told_here(merged)
        entries.append({"id": merged.id, **{key: row[key] for key in FIGURE_COLUMNS},
                        "places": list(merged.places), "disagreements": list(merged.disagreements),
                        "conflicts": list(merged.conflicts), "page": row["fact_page"],
                        "citations": cited_in[merged.id],
                        "sides": [{"figure": side.figure, "sources": list(side.sources), "fact": side.fact}
                                  for side in merged.sides] if here else [],
                        "history": [{"published": d.published, "source": d.source, "figure": d.figure,
                                     "said": d.said or d.figure, "fact": d.fact} for d in merged.history] if here else [],
                        "dispute_on": None if here else told_most(merged).fact})
    # One fact or source a line: easy to read, grep and diff, and written by json's fast encoder
    # (which an indent would turn off).
    head = json.dumps({"title": site.config.title, "description": site.config.description}, ensure_ascii=False)
    sources_text = ",\n".join(json.dumps({"id": row["source"], "title": row["title"], "publisher": row["publisher"],
                                          "published": row["published"], "url": row["url"], "page": row["source_page"]},
                                         ensure_ascii=False) for row in sources)
    facts_text = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries)
    return f'{head[:-1]}, "sources": [\n{sources_text}\n], "facts": [\n{facts_text}\n]}}\n'


def csv_text(columns, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")  # None is written as an empty cell
    writer.writerow(columns)
    writer.writerows([row[column] for column in columns] for row in rows)
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


SERVICE_WORKER = """/* Factsheet: keeps the site for reading offline once a reader has visited (https only):
   what KEEP names at once, every other file the reader opens as it is opened. */
"use strict";
const VERSION = "factsheet-%(version)s";
const KEEP = %(files)s;
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(KEEP)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((kept) => kept || fetch(request)
    .then((response) => {
      if (response.ok && response.type === "basic") {
        const address = new URL(request.url);
        address.search = "";
        const copy = response.clone();
        event.waitUntil(caches.open(VERSION).then((cache) => cache.put(address.href, copy)));
      }
      return response;
    })));
});
"""


def page_record(page):
    """(digest, bytes, key) of a page's text as written (write.Staging): the service worker's
    record of it, and the key it was made from (Page.key)."""
    data = page.data()
    return bytes_digest(data), len(data), page.key


def bytes_digest(data):
    """The digest a site file is known by in the build's records: of its bytes."""
    return hashlib.sha1(data).hexdigest()


# A reader's first visit fetches what the service worker keeps at once: the whole site while it
# is small, else the pages at its top, the styles and scripts and the search's manifest (a site
# of 10,000 sources is 700 MB: no one's phone should fetch that to read one page).
KEEP_WHOLE_SITE_UP_TO = 20_000_000  # bytes
SEARCH_PARTS = "assets/search/"
SEARCH_STARTS_WITH = ("manifest.js", "sources.js")


def kept_at_once(records):
    """The paths the service worker fetches at install ({path: (digest, bytes, key)})."""
    if sum(record[1] for record in records.values()) <= KEEP_WHOLE_SITE_UP_TO:
        return sorted(records)
    return sorted(path for path in records
                  if ("/" not in path and path.endswith(".html"))
                  or (path.startswith("assets/") and not path.startswith(SEARCH_PARTS))
                  or path in {SEARCH_PARTS + name for name in SEARCH_STARTS_WITH})


def service_worker(records):
    """sw.js: what to keep at once of this build's files ({path: (digest, bytes, key)}; kept_at_once)
    and the rest as read, under a version that changes when any file does."""
    paths = sorted(records)
    version = hashlib.sha1("".join(f"{path}\0{records[path][0]}\0" for path in paths).encode("utf-8")).hexdigest()[:12]
    files = json.dumps(["./"] + [f"./{path}" for path in kept_at_once(records)], indent=1)
    return SERVICE_WORKER % {"version": version, "files": files}


def download_pages(site):
    """The data downloads: every merged fact with its citations and sources, as JSON and as CSV
    tables (facts.csv, citations.csv, sources.csv, joined on their fact and source columns)."""
    facts, citations, sources = list(fact_rows(site)), list(citation_rows(site)), list(source_rows(site))
    texts = {"facts.json": facts_json(site, facts, citations, sources),
             "facts.csv": csv_text(FACT_COLUMNS, facts),
             "citations.csv": csv_text(CITATION_COLUMNS, citations),
             "sources.csv": csv_text(SOURCE_COLUMNS, sources)}
    return [Page(published, texts[name] if published == name else gzipped(texts[name]))
            for name, published in download_names(site).items()]


def gzipped(text):
    """The same bytes for the same text: no time or file name in the header (mtime 0)."""
    return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)


def publishing_pages(site, records):
    """What hosts and crawlers look for, and the service worker that keeps the site's files
    ({path: (digest, bytes, key)}, as page_record makes them) for offline reading."""
    html_paths = [path for path in records if path.endswith(".html")]
    files = [Page(".nojekyll", ""),  # GitHub Pages: serve the files as they are, no Jekyll
             Page("robots.txt", robots(site))]
    # Without site_url no address can be absolute, and a sitemap of relative ones is invalid
    # (crawlers reject it): none, as robots.txt then names none.
    if site.config.base_url:
        files.append(Page("sitemap.xml", sitemap(site, html_paths)))
    return files + [Page("sw.js", service_worker({**records, **{f.path: page_record(f) for f in files}}))]
