"""Search, one component: the documents and result views any engine needs (documents.py),
the part files the search page loads (parts.py), and the engine beside them that indexes the
documents and answers queries (lunr_index.py, with lunr_query.js in the browser;
the search page's own script, templates/search.js, is the same for any engine).

The build, the bundle and the CLI use only what is here; another engine would be another
module like lunr_index.py, with its assets, index_pages, SCRIPTS and search.
"""

from . import lunr_index as engine
from .parts import PARTS_FOLDER, parse_part_script, part_pages, part_path, result_parts
from .documents import search_results

ENGINE_SCRIPTS = engine.SCRIPTS  # the engine's scripts, which the search page loads before search.js
engine_assets = engine.assets  # the engine's own files for the site, read once per build
index_pages = engine.index_pages  # the index's parts as files of the site
search = engine.search  # the best results for a query, from the parts as the browser loads them

__all__ = ["ENGINE_SCRIPTS", "PARTS_FOLDER", "engine_assets", "index_pages", "parse_part_script", "part_path",
           "result_pages", "search"]


def result_pages(site):
    """What each result shows, the source titles and each source's sentences, as files of
    the site: the parts that need no index, made beside it."""
    return part_pages(result_parts(search_results(site)))
