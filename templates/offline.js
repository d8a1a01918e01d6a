/* Factsheet: on an https site, a service worker keeps every page for reading offline.
 * From file:// or plain http browsers allow none, and the site works as it is. */
(function () {
  "use strict";
  var script = document.currentScript;
  if ("serviceWorker" in navigator && location.protocol === "https:" && script) {
    navigator.serviceWorker.register(script.getAttribute("data-worker")).catch(function () {});
  }
})();
