// Runs the site's own query code over the built search parts (node_search.js) and prints
// [[ref, score], ...] per query as JSON for tests/test_search_parity.py.
// Usage: node search_parity.js SITE_DIR LUNR_JS QUERY...
"use strict";
const { siteSearch } = require("./node_search.js");
const [siteDir, lunrPath, ...queries] = process.argv.slice(2);
const run = siteSearch(siteDir, lunrPath);
process.stdout.write(JSON.stringify(queries.map((q) => run(q).map((r) => [r.ref, r.score]))));
