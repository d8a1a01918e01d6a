// Query latency in Node: the site's own search.js with lunr.js from npm, over the built search
// parts, as a reader's page runs it once the parts a query needs are loaded (tests/node_search.js).
// Prints {"p50": ms, "p95": ms, "queries": n}.
// Usage: node query_latency.js SITE_DIR LUNR_JS ROUNDS QUERY...
"use strict";
const { siteSearch } = require("../tests/node_search.js");
const [siteDir, lunrPath, rounds, ...queries] = process.argv.slice(2);
const run = siteSearch(siteDir, lunrPath);
queries.forEach(run);  // parts loaded, code warmed up
const times = [];
for (let round = 0; round < Number(rounds); round++) {
  for (const query of queries) {
    const start = process.hrtime.bigint();
    run(query);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
times.sort((a, b) => a - b);
const at = (share) => times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)];
process.stdout.write(JSON.stringify({ p50: at(0.5), p95: at(0.95), queries: times.length }));
