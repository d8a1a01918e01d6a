// The site's own query code (assets/search.js, assets/lunr_query.js) with lunr.js from npm, in Node: loads the
// search parts each query needs as the browser does, and keeps them as the page keeps them.
// Shared by tests/search_parity.js and benchmarks/query_latency.js.
"use strict";
const path = require("path");

function siteSearch(siteDir, lunrPath) {
  global.lunr = require(path.resolve(lunrPath));
  global.window = {};
  // lunr-languages' stemmers as the page loads them: scripts that register on the global lunr
  require("vm").runInThisContext(require("fs").readFileSync(path.resolve(siteDir, "assets", "lunr.languages.js"), "utf8"));
  const search = require(path.resolve(siteDir, "assets", "search.js"));
  const engine = require(path.resolve(siteDir, "assets", "lunr_query.js"));
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
  return function run(query) {
    const terms = engine.queryTerms(search.searchable(query));
    const keys = engine.keysFor(terms.map((t) => engine.termForms(t, manifest.languages)), manifest.keys);
    const index = engine.mergedIndex(manifest, keys.map((k) => part("terms/" + k)));
    return engine.runQuery(index, terms);
  };
}

module.exports = { siteSearch };
