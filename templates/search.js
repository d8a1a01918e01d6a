/* Factsheet search: the search page, loading only the parts of the index a query needs.
 *
 * The search comes in parts (generator/search/): a manifest, the index's parts, result chunks,
 * source titles; each a script file that pushes itself onto window.FACTSHEET_PARTS, so it
 * loads from file:// as from a web server. Which index parts a query needs and what they
 * answer is the engine's (window.FactsheetEngine, loaded before this script: the lunr one is
 * generator/search/lunr_query.js); the rest, here, is the same for any engine.
 * Results are put into the page as text nodes, never as HTML.
 */
(function (root) {
  "use strict";

  // The grouping rule of generator/extract/numbers.py (GROUPED_NUMERAL, ungroup), mirrored
  // and tested case by case against it: 1,400 / 1 400 / 1.400.000 lose their separators,
  // "1,400.5" keeps its decimal point, a lone "3.125" is a decimal, India's "12,34,567" is
  // 1234567, tokenised text's "10, 000" 10000; km² -> km2.
  var GROUPED_NUMERAL = /(?<![\d.,])(?:\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|(?:\.\d{3}){2,}|(?:[ \u00a0\u202f\u2009]\d{3})+)|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:, 0\d\d)+)(?!\d|[,.]\d)/g;

  function ungroup(numeral) {
    return /^[\d.]+$/.test(numeral) ? numeral.replace(/\./g, "") : numeral.replace(/[, \u00a0\u202f\u2009]/g, "");
  }

  var SCALE_WORDS = { m: "million", bn: "billion" };  // the same as SHORT_SCALES in generator/search/documents.py

  // What the reader types, written as the documents were indexed (documents.searchable).
  function searchable(text) {
    return text.replace(GROUPED_NUMERAL, ungroup)
      .replace(/(\d)(m|bn)\b/g, function (_, digit, scale) { return digit + " " + SCALE_WORDS[scale]; })
      .replace(/²/g, "2").replace(/³/g, "3");
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
    module.exports = { searchable: searchable, partFile: partFile };
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
  var engine = root.FactsheetEngine;
  var parts = {}, waiting = {};

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
    var names = engine.partsFor(terms, parts.manifest);
    need(names, function () { callback(engine.refs(terms, parts.manifest, names, parts)); });
  }

  var generation = 0;

  function update() {
    var text = input.value, terms = engine.queryTerms(searchable(text)), mine = ++generation;
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
