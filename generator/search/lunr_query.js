/* The lunr engine of the search page: which index parts a query needs, and its results.
 *
 * The index comes in parts (lunr_index.py): the index of the terms that start with each key,
 * loaded by the search page (assets/search.js) as this engine names them. The query is built
 * through lunr's query API rather than its query-string syntax, so whatever the reader types
 * ("1,400", "km²", "C++:") never raises a syntax error. Each function mirrors the one named
 * beside it in lunr_index.py, and tests/test_search_parity.py holds them to it.
 */
(function (root) {
  "use strict";

  var FIGURE = /^[\d.,]*\d[\d.,]*$/;  // lunr_index.FIGURE
  var PREFIX_FROM = 3;  // lunr_index.PREFIX_FROM
  var FUZZY_UP_TO = 40;  // lunr_index.FUZZY_UP_TO

  // lunr.py's trimmer, which indexed the words: punctuation off a word's ends, a word's letters
  // in any script kept (lunr.js's own trimmer keeps ASCII letters only: "осіб" would be nothing).
  var TRIMMED = /^[^\p{L}\p{N}_]*?([\p{L}\p{N}_]+)[^\p{L}\p{N}_]*?$/u;
  function trim(token) {
    return token.update(function (word) { var found = TRIMMED.exec(word); return found ? found[1] : word; });
  }

  // The words of a query (already searchable text) as the index sees words, trimmed of
  // punctuation as lunr trims them when indexing: "£40" is 40 (lunr_index.query_terms).
  function queryTerms(text) {
    return lunr.tokenizer(text).map(function (token) { return trim(token).toString(); }).filter(Boolean);
  }

  // Each word counts most as written (after stemming), then, from its third letter, as the
  // start of a longer word (the reader is still typing), then within one typo (up to
  // FUZZY_UP_TO letters: lunr's typo search takes time growing with the square of the word's
  // length, and a typo in a longer word is no reader's); a figure only as itself (lunr_index.run_query).
  function runQuery(index, terms) {
    if (!terms.length) return [];
    return index.query(function (query) {
      terms.forEach(function (term) {
        query.term(term, { boost: 10 });
        languageStems(term, index.languages || []).forEach(function (other) {  // in each language's stem
          query.term(other, { usePipeline: false, boost: 10 });
        });
        if (FIGURE.test(term)) return;  // a figure matches only itself: 1500 never finds 1,400
        if (term.length >= PREFIX_FROM) {
          query.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
        }
        if (term.length > 3 && term.length <= FUZZY_UP_TO) {
          query.term(term, { usePipeline: false, editDistance: 1, boost: 1 });
        }
      });
    });
  }

  function stemmed(word) { return lunr.stemmer(new lunr.Token(word)).toString(); }

  // A word's stem in one of the index's stemmed languages, by lunr-languages' Snowball stemmer
  // (assets/lunr.languages.js), "ё" written "е" as the index wrote it (stemming.stem, stemming.fold).
  function stemIn(word, code) {
    return lunr[code].stemmer(new lunr.Token(word.replace(/ё/g, "е"))).toString();
  }

  // A query word's stems in the index's stemmed languages that differ from lunr's own and from
  // one another (lunr_index.language_stems).
  function languageStems(term, languages) {
    var own = stemmed(term), seen = {}, forms = [];
    languages.forEach(function (code) {
      var form = stemIn(term, code);
      if (form !== own && !seen[form]) { seen[form] = true; forms.push(form); }
    });
    return forms;
  }

  // (as typed, lunr's stem, each language's stem): the forms whose parts a query needs (lunr_index.term_forms).
  function termForms(term, languages) { return [term, stemmed(term)].concat(languageStems(term, languages || [])); }

  // The part holding a term: the longest key it starts with (lunr_index.key_of).
  function keyOf(term, keys) {
    return keys.reduce(function (best, key) {
      return term.indexOf(key) === 0 && key.length > best.length ? key : best;
    }, "");
  }

  // The parts a query needs (lunr_index.keys_for): each word's own part, as typed and stemmed,
  // and from PREFIX_FROM letters on the parts of every longer word it begins.
  function keysFor(words, keys) {
    var needed = {};
    words.forEach(function (word) {
      word.forEach(function (form) { needed[keyOf(form, keys)] = true; });
      if (word[0].length >= PREFIX_FROM) {
        keys.forEach(function (key) { if (key.indexOf(word[0]) === 0) needed[key] = true; });
      }
    });
    return Object.keys(needed).sort();
  }

  // One lunr index from term parts: the whole index restricted to their terms (lunr_index.merged_index).
  function mergedIndex(manifest, termParts) {
    var inverted = [], vectors = {};
    termParts.forEach(function (part) {
      part.terms.forEach(function (entry) {  // [term, number, {field: [ref, weight, …]}]
        var posting = { _index: entry[1] };
        manifest.fields.forEach(function (field) { posting[field] = {}; });  // lunr reads every field
        Object.keys(entry[2]).forEach(function (field) {
          var pairs = entry[2][field];
          for (var i = 0; i < pairs.length; i += 2) {
            posting[field][pairs[i]] = {};
            var ref = field + "/" + pairs[i];
            (vectors[ref] || (vectors[ref] = [])).push([entry[1], pairs[i + 1]]);
          }
        });
        inverted.push([entry[0], posting]);
      });
    });
    inverted.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    var fieldVectors = Object.keys(vectors).sort().map(function (ref) {
      var elements = [];
      vectors[ref].sort(function (a, b) { return a[0] - b[0]; }).forEach(function (p) { elements.push(p[0], p[1]); });
      return [ref, elements];
    });
    var index = lunr.Index.load({ version: manifest.version, fields: manifest.fields, pipeline: manifest.pipeline,
                                  invertedIndex: inverted, fieldVectors: fieldVectors });
    index.languages = manifest.languages || [];  // the languages a query is stemmed in too (runQuery)
    return index;
  }

  var merged = { id: null, index: null };  // one at a time: a new word brings new parts

  var engine = {
    queryTerms: queryTerms,
    // The names of the parts the terms need (search.js loads them).
    partsFor: function (terms, manifest) {
      return keysFor(terms.map(function (term) { return termForms(term, manifest.languages); }), manifest.keys)
        .map(function (key) { return "terms/" + key; });
    },
    // The result numbers for the terms, best first, from the parts partsFor named (a part
    // that failed to load is null: the query goes on without it).
    refs: function (terms, manifest, names, parts) {
      var id = names.join("\u0000");
      if (merged.id !== id) {
        merged = { id: id, index: mergedIndex(manifest, names.map(function (name) { return parts[name]; })
          .filter(Boolean)) };
      }
      return runQuery(merged.index, terms).map(function (result) { return Number(result.ref); });
    },
    // for the parity tests, which compare scores with lunr.py's
    runQuery: runQuery, mergedIndex: mergedIndex, keysFor: keysFor, stemmed: stemmed, termForms: termForms,
    stemIn: stemIn
  };

  if (typeof module === "object" && module.exports) {
    module.exports = engine;
  } else {
    root.FactsheetEngine = engine;
  }
})(typeof window !== "undefined" ? window : this);
