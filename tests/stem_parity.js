// Stems words with lunr-languages as the site ships it (assets/lunr.languages.js, loaded as the
// page loads it) and the site's own query code, for tests/test_stemming.py.
// Usage: node stem_parity.js LUNR_JS SITE_DIR CODES_JSON WORDS_JSON
"use strict";
const fs = require("fs");
const path = require("path");
const [lunrPath, siteDir, codes, words] = process.argv.slice(2);
global.lunr = require(path.resolve(lunrPath));
require("vm").runInThisContext(fs.readFileSync(path.resolve(siteDir, "assets", "lunr.languages.js"), "utf8"));
const engine = require(path.resolve(siteDir, "assets", "lunr_query.js"));
process.stdout.write(JSON.stringify(JSON.parse(codes).map((code) => JSON.parse(words).map((w) => engine.stemIn(w, code)))));
