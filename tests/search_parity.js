// Runs the site's own query code (assets/search.js) with lunr.js from npm over the built
// index, printing [[ref, score], ...] per query as JSON for tests/test_search_parity.py.
// Usage: node search_parity.js SITE_DIR LUNR_JS QUERY...
"use strict";
const path = require("path");
const [siteDir, lunrPath, ...queries] = process.argv.slice(2);
global.lunr = require(path.resolve(lunrPath));
global.window = {};
require(path.resolve(siteDir, "assets", "search-index.js"));
const search = require(path.resolve(siteDir, "assets", "search.js"));
const index = lunr.Index.load(window.FACTSHEET_SEARCH.index);
const results = queries.map((q) => search.runQuery(index, q).map((r) => [r.ref, r.score]));
process.stdout.write(JSON.stringify(results));
