/* Factsheet search: queries the prebuilt lunr index, loading only the parts a query needs.
 *
 * The index comes in parts (generator/search/lunr_index.py): a manifest, the index of the terms that
 * start with each key, result chunks, source titles; each a script file that pushes itself
 * onto window.FACTSHEET_PARTS, so it loads from file:// as from a web server.
 *
 * The query is built through lunr's query API rather than its query-string syntax, so
 * whatever the reader types ("1,400", "km²", "C++:") never raises a syntax error.
 * Results are put into the page as text nodes, never as HTML.
 */
(function (root) {
  "use strict";

  // The grouping rule of generator/extract/numbers.py (GROUPED_NUMERAL, ungroup), mirrored
  // and tested case by case against it: 1,400 / 1 400 / 1.400.000 lose their separators,
  // "1,400.5" keeps its decimal point, a lone "3.125" is a decimal; km² -> km2.
  var GROUPED_NUMERAL = /(?<![\d.,])\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|(?:\.\d{3}){2,}|(?:[ \u00a0\u202f\u2009]\d{3})+)(?!\d|[,.]\d)/g;

  function ungroup(numeral) {
    return /^[\d.]+$/.test(numeral) ? numeral.replace(/\./g, "") : numeral.replace(/[, \u00a0\u202f\u2009]/g, "");
  }

  var FIGURE = /^[\d.,]*\d[\d.,]*$/;  // the same as FIGURE in generator/search/lunr_index.py
  var PREFIX_FROM = 3;  // the same as PREFIX_FROM in generator/search/lunr_index.py
  var FUZZY_UP_TO = 40;  // the same as FUZZY_UP_TO in generator/search/lunr_index.py

  var SCALE_WORDS = { m: "million", bn: "billion" };  // the same as SHORT_SCALES in generator/search/documents.py

  function searchable(text) {
    return text.replace(GROUPED_NUMERAL, ungroup)
      .replace(/(\d)(m|bn)\b/g, function (_, digit, scale) { return digit + " " + SCALE_WORDS[scale]; })
      .replace(/²/g, "2").replace(/³/g, "3");
  }

  function queryTerms(text) {
    // trimmed of punctuation as lunr trims words when indexing: "£40" is 40
    return lunr.tokenizer(searchable(text)).map(function (token) { return lunr.trimmer(token).toString(); })
      .filter(Boolean);
  }

  // Each word counts most as written (after stemming), then, from its third letter, as the
  // start of a longer word (the reader is still typing), then within one typo (up to
  // FUZZY_UP_TO letters: lunr's typo search takes time growing with the square of the word's
  // length, and a typo in a longer word is no reader's); a figure only as itself.
  function runQuery(index, text) {
    var terms = queryTerms(text);
    if (!terms.length) return [];
    return index.query(function (query) {
      terms.forEach(function (term) {
        query.term(term, { boost: 10 });
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
      needed[keyOf(word[0], keys)] = needed[keyOf(word[1], keys)] = true;
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
    return lunr.Index.load({ version: manifest.version, fields: manifest.fields, pipeline: manifest.pipeline,
                             invertedIndex: inverted, fieldVectors: fieldVectors });
  }

  function hex(text) {
    return Array.prototype.map.call(new TextEncoder().encode(text), function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  // The file of a part (parts.part_path).
  function partFile(name) {
    var at = name.indexOf("/"), kind = at < 0 ? name : name.slice(0, at), rest = at < 0 ? "" : name.slice(at + 1);
    if (kind === "terms") return "terms-" + (hex(rest) || "_") + ".js";
    return kind + (rest ? "-" + rest : "") + ".js";
  }

  if (typeof module === "object" && module.exports) {  // Node: the parity test loads this file
    module.exports = { searchable: searchable, runQuery: runQuery, queryTerms: queryTerms, stemmed: stemmed,
                       keysFor: keysFor, mergedIndex: mergedIndex, partFile: partFile };
    return;
  }

  var script = document.currentScript;
  var partsBase = (script && script.getAttribute("data-parts")) || "assets/search/";
  // Where a result links to: the page itself, or its place in the single-file bundle.
  var linkTo = root.FACTSHEET_LINK || function (href) { return href; };
  var input = document.getElementById("q");
  var kindFilter = document.getElementById("filter-kind");
  var sourceFilter = document.getElementById("filter-source");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var parts = {}, waiting = {}, indexes = {};

  function collect() {
    (root.FACTSHEET_PARTS || []).forEach(function (part) { parts[part[0]] = part[1]; });
    root.FACTSHEET_PARTS = [];
  }

  // Calls back once every named part is here, loading the missing ones as script files.
  function need(names, callback) {
    collect();
    var missing = names.filter(function (name) { return !(name in parts); });
    var left = missing.length;
    if (!left) return callback();
    missing.forEach(function (name) {
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(function () { if (--left === 0) callback(); });
      if (!first) return;
      var tag = document.createElement("script");
      tag.src = partsBase + partFile(name);
      tag.onload = tag.onerror = function () {
        collect();
        if (!(name in parts)) parts[name] = null;  // missing file: the query goes on without it
        var callbacks = waiting[name];
        delete waiting[name];
        callbacks.forEach(function (call) { call(); });
      };
      document.head.appendChild(tag);
    });
  }

  function indexFor(keys) {
    var id = keys.join("\u0000");
    if (!indexes[id]) {
      indexes = {};  // one at a time: a new word brings new parts
      indexes[id] = mergedIndex(parts.manifest, keys.map(function (key) { return parts["terms/" + key]; })
        .filter(Boolean));
    }
    return indexes[id];
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // A word of a passage, figures such as 1,400 or 8.000 kept whole.
  var WORD = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}²³'’-]|[.,\\u00a0\\u202f](?=\\p{N}))*";

  function matches(word, terms) {
    var plain = searchable(word).toLowerCase();
    return plain.length > 0 && terms.some(function (term) {
      return plain.indexOf(term) === 0 || (term.length > 3 && plain.indexOf(term.slice(0, -1)) === 0);
    });
  }

  // The words of text that match terms marked; where none does, the fact's own phrase (a
  // query such as "km2" matched "8,000 square kilometers" through the fact's value).
  function highlighted(className, text, terms, phrase) {
    var paragraph = element("p", className);
    var words = text.split(new RegExp("(" + WORD + ")", "u"));
    var at = phrase ? text.indexOf(phrase) : -1;
    if (at !== -1 && !words.some(function (word) { return matches(word, terms); })) {
      paragraph.appendChild(document.createTextNode(text.slice(0, at)));
      paragraph.appendChild(element("mark", "", phrase));
      paragraph.appendChild(document.createTextNode(text.slice(at + phrase.length)));
      return paragraph;
    }
    // Words, keeping figures such as 1,400 whole; punctuation around them stays unmarked.
    words.forEach(function (word) {
      paragraph.appendChild(matches(word, terms) ? element("mark", "", word) : document.createTextNode(word));
    });
    return paragraph;
  }

  function filtering() { return Boolean(kindFilter.value || sourceFilter.value); }

  function passesFilters(view) {
    return (!kindFilter.value || view.kind === kindFilter.value) &&
      (!sourceFilter.value || view.sources.indexOf(Number(sourceFilter.value)) !== -1);
  }

  // The passage with the most query words in it; the first when none has any.
  function bestPassage(passages, terms) {
    var best = passages[0] || "", most = 0;
    passages.forEach(function (text) {
      var count = (text.match(new RegExp(WORD, "gu")) || []).filter(function (word) {
        return matches(word, terms);
      }).length;
      if (count > most) { best = text; most = count; }
    });
    return best;
  }

  var SNIPPET_CHARS = 240;  // the same as SNIPPET_CHARS in generator/search/documents.py

  function cut(text) {
    if (text.length <= SNIPPET_CHARS) return text;
    return text.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, "").replace(/[.,;:]+$/, "") + "…";
  }

  function resultItem(view, terms) {
    var item = element("li", "result result-" + view.type);
    var link = element("a", "result-link");
    link.href = linkTo(view.href);
    link.appendChild(element("span", "result-type", view.type));
    link.appendChild(document.createTextNode(" "));
    if (view.value) {
      link.appendChild(element("span", "result-value", view.value));
      link.appendChild(document.createTextNode(" "));
    }
    link.appendChild(element("span", "result-title", view.title));
    item.appendChild(link);
    var passage = highlighted("snippet", bestPassage(view.snippets, terms), terms, view.phrase);
    item.appendChild(passage);
    if (view.type === "source") {  // its sentences come after: show the one that matched
      need(["text/" + view.sources[0]], function () {
        var sentences = parts["text/" + view.sources[0]];
        if (sentences) item.replaceChild(highlighted("snippet", cut(bestPassage(sentences, terms)), terms), passage);
      });
    }
    if (view.places) item.appendChild(highlighted("result-places", "Places: " + view.places, terms));
    if (view.cited) item.appendChild(element("p", "result-sources", view.cited));
    return item;
  }

  // The views of refs, loading the result chunks that hold them.
  function viewsOf(refs, callback) {
    var chunk = parts.manifest.result_chunk, names = {};
    refs.forEach(function (ref) { names["results/" + Math.floor(ref / chunk)] = true; });
    need(Object.keys(names), function () {
      callback(refs.map(function (ref) { return parts["results/" + Math.floor(ref / chunk)][ref % chunk]; }));
    });
  }

  // Results go on the page a page at a time: a common word matches hundreds of facts, and
  // rendering (and loading) them all would cost every keystroke.
  var PAGE_SIZE = 50;
  var FIRST = 10;  // shown as soon as their chunks are here; the rest of the page follows

  // announce() runs once the first page is on screen, so the status never runs ahead of it.
  function showResults(total, pageOf, terms, current, announce) {
    var more = document.getElementById("more-results");
    if (more) more.remove();
    var shown = 0;
    function showPage() { showUpTo(Math.min(shown + PAGE_SIZE, total)); }
    function showUpTo(end) {
      var step = shown === 0 ? Math.min(FIRST, end) : end;
      pageOf(shown, step, function (views) {
        if (!current()) return;
        if (shown === 0) list.textContent = "";
        views.forEach(function (view) { list.appendChild(resultItem(view, terms)); });
        if (shown === 0) {
          announce();
          if (root.performance && performance.mark) performance.mark("factsheet:first-result");  // for the benchmark
        }
        shown = step;
        if (shown < end) return showUpTo(end);
        var button = document.getElementById("more-results");
        if (shown < total) {
          if (!button) {
            button = element("button", "more-results", "");
            button.id = "more-results";
            button.type = "button";
            button.addEventListener("click", showPage);
            list.insertAdjacentElement("afterend", button);
          }
          button.textContent = "Show " + Math.min(PAGE_SIZE, total - shown) + " more of " + (total - shown);
        } else if (button) {
          button.remove();
        }
        fillSourceFilter();
      });
    }
    showPage();
  }

  // The source filter's options load with the index, after the first results.
  function fillSourceFilter() {
    if (sourceFilter.options.length > 1) return;
    need(["sources"], function () {
      if (sourceFilter.options.length > 1 || !parts.sources) return;
      parts.sources.forEach(function (title, n) {
        var option = element("option", "", title);
        option.value = String(n);
        sourceFilter.appendChild(option);
      });
    });
  }

  function say(text, count) {
    status.textContent = text.trim() || count
      ? count + (count === 1 ? " result" : " results") + (text.trim() ? " for “" + text.trim() + "”" : "")
      : "Type in the search box: words, names or figures such as 1400 or 1,400.";
  }

  // The refs of text's results, best first; with no words but a filter, every result.
  function refsFor(text, terms, callback) {
    if (!text.trim()) {
      var all = [];
      for (var n = 0; filtering() && n < parts.manifest.results; n++) all.push(n);
      return callback(all);
    }
    var keys = keysFor(terms.map(function (term) { return [term, stemmed(term)]; }), parts.manifest.keys);
    need(keys.map(function (key) { return "terms/" + key; }), function () {
      callback(runQuery(indexFor(keys), text).map(function (result) { return Number(result.ref); }));
    });
  }

  var generation = 0;

  function update() {
    var text = input.value, terms = queryTerms(text), mine = ++generation;
    if (root.performance && performance.mark) performance.mark("factsheet:query");  // for the benchmark
    function current() { return mine === generation; }
    need(["manifest"], function () {
      refsFor(text, terms, function (refs) {
        if (!current()) return;
        if (!filtering()) {
          showResults(refs.length, function (start, end, done) { viewsOf(refs.slice(start, end), done); }, terms, current,
                      function () { say(text, refs.length); });
          return;
        }
        viewsOf(refs, function (views) {  // a filter needs every result's kind and sources
          if (!current()) return;
          var kept = views.filter(passesFilters);
          showResults(kept.length, function (start, end, done) { done(kept.slice(start, end)); }, terms, current,
                      function () { say(text, kept.length); });
        });
      });
    });
    try {  // keep the address a deep link to what is shown; file:// pages may refuse it
      root.history.replaceState(null, "", root.location.pathname + (text.trim() ? "?q=" + encodeURIComponent(text) : "") +
        root.location.hash);
    } catch (err) { /* the search still works, only the address stays */ }
  }

  function resultLinks() { return Array.prototype.slice.call(list.querySelectorAll("a.result-link")); }

  function moveFocus(event) {
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (at === -1 && document.activeElement !== input) return;  // arrows in a filter stay there
    if (event.key === "ArrowDown" && links.length) {
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at !== -1) {
      (at === 0 ? input : links[at - 1]).focus();
    } else if (event.key === "Enter" && document.activeElement === input && links.length) {
      links[0].click();  // Enter in the box opens the best result
    } else {
      return;
    }
    event.preventDefault();
  }

  input.value = new URLSearchParams(root.location.search).get("q") || "";
  input.addEventListener("input", update);
  kindFilter.addEventListener("change", update);
  sourceFilter.addEventListener("change", update);
  sourceFilter.addEventListener("focus", fillSourceFilter);
  document.addEventListener("keydown", moveFocus);
  input.form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.focus();
  update();
})(typeof window !== "undefined" ? window : this);
