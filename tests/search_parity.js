// Runs the site's own query code (assets/search.js) with lunr.js from npm over the built
// search parts, loading the parts each query needs as the browser does, and prints
// [[ref, score], ...] per query as JSON for tests/test_search_parity.py.
// Usage: node search_parity.js SITE_DIR LUNR_JS QUERY...
"use strict";
const path = require("path");
const [siteDir, lunrPath, ...queries] = process.argv.slice(2);
global.lunr = require(path.resolve(lunrPath));
global.window = {};
const search = require(path.resolve(siteDir, "assets", "search.js"));
const parts = {};
function part(name) {
  if (!(name in parts)) {
    window.FACTSHEET_PARTS = [];
    require(path.resolve(siteDir, "assets", "search", search.partFile(name)));
    window.FACTSHEET_PARTS.forEach(([n, data]) => { parts[n] = data; });
  }
  return parts[name];
}
const manifest = part("manifest");
const results = queries.map((q) => {
  const keys = search.keysFor(search.queryTerms(q).map((t) => [t, search.stemmed(t)]), manifest.keys);
  const index = search.mergedIndex(manifest, keys.map((k) => part("terms/" + k)));
  return search.runQuery(index, q).map((r) => [r.ref, r.score]);
});
process.stdout.write(JSON.stringify(results));
