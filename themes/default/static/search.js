// Site search: loads this language's index (built by federa, render::search) from the
// site itself and answers queries in the browser, so nothing is sent anywhere and it
// works offline once the page is loaded. The query is kept in the URL (?q=...) so a
// search can be shared. Every sentence comes from the page's data attributes (Fluent,
// in the page's language), with "{n}" where the number goes.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var fallback = document.getElementById("search-without-script");
  if (!form || !input || !status || !list || !window.fetch) { return; }
  if (fallback) { fallback.hidden = true; }
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var LIMIT = 50;
  // Letters that lose no mark in NFD; the same table as render::search::fold.
  var FOLDED = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i" };
  var index = null;
  var wordList = [];

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[ßæœøđłı]/g, function (c) { return FOLDED[c]; });
  }

  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Gaps back to document numbers.
  function ids(gaps) {
    var out = [], at = 0;
    for (var i = 0; i < gaps.length; i++) { at += gaps[i]; out.push(at); }
    return out;
  }

  // Stems a query word stands for: those of the words it begins, and those it extends by
  // at most three letters ("developpeurs" reaches the stem "developpeur").
  function stemsOf(term) {
    var found = {};
    for (var i = 0; i < wordList.length; i++) {
      if (wordList[i].lastIndexOf(term, 0) === 0) { found[index.words[wordList[i]]] = true; }
    }
    for (var s = 0; s < index.stems.length; s++) {
      var stem = index.stems[s][0];
      if (stem.length >= 3 && term.length - stem.length <= 3 && term.lastIndexOf(stem, 0) === 0) { found[s] = true; }
    }
    return Object.keys(found);
  }

  // Documents matching every term, best first: title matches weigh more.
  function search(query) {
    var words = terms(query);
    if (!words.length) { return null; }
    var scores = null;
    words.forEach(function (term) {
      var these = {};
      stemsOf(term).forEach(function (s) {
        ids(index.stems[s][1]).forEach(function (d) { these[d] = Math.max(these[d] || 0, 1); });
        ids(index.stems[s][2]).forEach(function (d) { these[d] = 3; });
      });
      if (scores === null) { scores = these; return; }
      var both = {};
      Object.keys(scores).forEach(function (d) { if (these[d]) { both[d] = scores[d] + these[d]; } });
      scores = both;
    });
    return Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
  }

  function sentence(count) {
    if (count === 0) { return status.getAttribute("data-none"); }
    var category = plural ? plural.select(count) : (count === 1 ? "one" : "other");
    var text = status.getAttribute("data-" + category);
    if (text === null) { text = status.getAttribute("data-other"); }
    return text.replace("{n}", String(count));
  }

  function item(doc) {
    var li = document.createElement("li");
    li.className = "search-result";
    var label = index.kinds[doc[2]] ? index.kinds[doc[2]][1] : "";
    if (label) {
      var kind = document.createElement("p");
      kind.className = "search-kind";
      kind.textContent = label;
      li.appendChild(kind);
    }
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = doc[0];
    link.textContent = doc[1] || doc[0];
    heading.appendChild(link);
    li.appendChild(heading);
    if (doc[3]) {
      var summary = document.createElement("p");
      summary.textContent = doc[3];
      li.appendChild(summary);
    }
    return li;
  }

  function show(query) {
    list.textContent = "";
    var found = search(query);
    if (found === null) { status.textContent = ""; return; }
    status.textContent = sentence(found.length);
    found.slice(0, LIMIT).forEach(function (d) { list.appendChild(item(index.docs[d])); });
  }

  function fromUrl() {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    return query;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    if (input.value.trim()) { url.searchParams.set("q", input.value.trim()); } else { url.searchParams.delete("q"); }
    window.history.replaceState(null, "", url);
    if (index) { show(input.value); }
  });
  input.addEventListener("input", function () { if (index) { show(input.value); } });

  status.textContent = status.getAttribute("data-loading");
  fetch(form.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    })
    .then(function (loaded) {
      if (loaded.format !== 1) { throw new Error("index format " + loaded.format); }
      index = loaded;
      wordList = Object.keys(index.words);
      status.textContent = "";
      show(fromUrl());
    })
    .catch(function () {
      status.textContent = status.getAttribute("data-failed");
      if (fallback) { fallback.hidden = false; }
    });
})();
