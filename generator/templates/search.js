/* Factsheet search: queries the prebuilt lunr index in assets/search-index.js.
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

  var FIGURE = /^[\d.,]*\d[\d.,]*$/;  // the same as FIGURE in generator/index.py

  function searchable(text) {
    return text.replace(GROUPED_NUMERAL, ungroup).replace(/²/g, "2").replace(/³/g, "3");
  }

  function queryTerms(text) {
    return lunr.tokenizer(searchable(text)).map(String).filter(Boolean);
  }

  // Each word counts most as written (after stemming), then as the start of a longer word
  // (the reader is still typing), then within one typo; a figure only as itself.
  function runQuery(index, text) {
    var terms = queryTerms(text);
    if (!terms.length) return [];
    return index.query(function (query) {
      terms.forEach(function (term) {
        query.term(term, { boost: 10 });
        if (FIGURE.test(term)) return;  // a figure matches only itself: 1500 never finds 1,400
        query.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
        if (term.length > 3) query.term(term, { usePipeline: false, editDistance: 1, boost: 1 });
      });
    });
  }

  if (typeof module === "object" && module.exports) {  // Node: the parity test loads this file
    module.exports = { searchable: searchable, runQuery: runQuery, queryTerms: queryTerms };
    return;
  }

  var data = root.FACTSHEET_SEARCH;
  // Where a result links to: the page itself, or its place in the single-file bundle.
  var linkTo = root.FACTSHEET_LINK || function (href) { return href; };
  var index = lunr.Index.load(data.index);
  var input = document.getElementById("q");
  var kindFilter = document.getElementById("filter-kind");
  var sourceFilter = document.getElementById("filter-source");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function matches(word, terms) {
    var plain = searchable(word).toLowerCase();
    return plain.length > 0 && terms.some(function (term) {
      return plain.indexOf(term) === 0 || (term.length > 3 && plain.indexOf(term.slice(0, -1)) === 0);
    });
  }

  function highlighted(className, text, terms) {
    var paragraph = element("p", className);
    // Words, keeping figures such as 1,400 whole; punctuation around them stays unmarked.
    text.split(/([\p{L}\p{N}](?:[\p{L}\p{N}²³'’-]|[.,\u00a0\u202f](?=\p{N}))*)/u).forEach(function (word) {
      paragraph.appendChild(matches(word, terms) ? element("mark", "", word) : document.createTextNode(word));
    });
    return paragraph;
  }

  function passesFilters(view) {
    return (!kindFilter.value || view.kind === kindFilter.value) &&
      (!sourceFilter.value || view.sources.indexOf(Number(sourceFilter.value)) !== -1);
  }

  function sourceTitles(numbers) {
    var titles = numbers.slice(0, data.sources_shown).map(function (n) { return data.sources[n]; });
    var more = numbers.length - titles.length;
    return titles.join("; ") + (more > 0 ? " and " + more + " more" : "");
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
    item.appendChild(highlighted("snippet", view.snippet, terms));
    if (view.places) item.appendChild(highlighted("result-places", "Places: " + view.places, terms));
    var cited = view.type === "fact" ? view.count + ": " + sourceTitles(view.sources) : view.count;
    if (cited) item.appendChild(element("p", "result-sources", cited));
    return item;
  }

  function refsFor(text) {
    if (text.trim()) return runQuery(index, text).map(function (result) { return result.ref; });
    // No words but a filter chosen: list everything that passes it.
    return (kindFilter.value || sourceFilter.value) ? data.results.map(function (_, n) { return n; }) : [];
  }

  // Results go on the page a page at a time: a common word matches hundreds of facts, and
  // rendering them all would cost every keystroke.
  var PAGE_SIZE = 50;

  function showResults(views, terms) {
    list.textContent = "";
    var more = document.getElementById("more-results");
    if (more) more.remove();
    var shown = 0;
    function showPage() {
      views.slice(shown, shown + PAGE_SIZE).forEach(function (view) { list.appendChild(resultItem(view, terms)); });
      shown = Math.min(shown + PAGE_SIZE, views.length);
      var button = document.getElementById("more-results");
      if (shown < views.length) {
        if (!button) {
          button = element("button", "more-results", "");
          button.id = "more-results";
          button.type = "button";
          button.addEventListener("click", showPage);
          list.insertAdjacentElement("afterend", button);
        }
        button.textContent = "Show " + Math.min(PAGE_SIZE, views.length - shown) + " more of " + (views.length - shown);
      } else if (button) {
        button.remove();
      }
    }
    showPage();
  }

  function update() {
    var text = input.value;
    var terms = queryTerms(text);
    var views = refsFor(text).map(function (ref) { return data.results[Number(ref)]; }).filter(passesFilters);
    showResults(views, terms);
    status.textContent = text.trim() || views.length
      ? views.length + (views.length === 1 ? " result" : " results") + (text.trim() ? " for “" + text.trim() + "”" : "")
      : "Type in the search box: words, names or figures such as 1400 or 1,400.";
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
  document.addEventListener("keydown", moveFocus);
  input.form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.focus();
  update();
})(typeof window !== "undefined" ? window : this);
