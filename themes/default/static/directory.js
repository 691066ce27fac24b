// Member directory filters: progressive enhancement over the complete static list.
// Reads and writes the filter in the URL query so a filtered view can be shared, and
// shows on the map only the co-ops the list shows.
(function () {
  "use strict";
  var form = document.getElementById("member-filters");
  var list = document.getElementById("member-list");
  if (!form || !list) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll(".member-card"));
  var status = document.getElementById("filter-status");
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var markers = Array.prototype.slice.call(document.querySelectorAll(".directory-map .map-marker"));
  var fields = { country: "country", federation: "federations", service: "services", technology: "technologies", language: "languages" };

  function words(card, attr) { return (card.getAttribute("data-" + attr) || "").split(" "); }

  function matches(card, query) {
    for (var name in fields) {
      if (query[name] && words(card, fields[name]).indexOf(query[name]) < 0) { return false; }
    }
    if (query.hiring && card.getAttribute("data-hiring") !== "yes") { return false; }
    if (query.q) {
      var text = card.getAttribute("data-text") || "";
      var terms = query.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < terms.length; i++) { if (text.indexOf(terms[i]) < 0) { return false; } }
    }
    return true;
  }

  function readForm() {
    var query = {};
    Object.keys(fields).concat(["q"]).forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) { query[name] = value; }
    });
    if (form.elements.hiring.checked) { query.hiring = "yes"; }
    return query;
  }

  function announce(count) {
    var one = status.getAttribute("data-one"), other = status.getAttribute("data-other");
    var category = plural ? plural.select(count) : (count === 1 ? "one" : "other");
    status.textContent = category === "one" ? one.replace("1", count) : other.replace("N", count);
  }

  // The map shows the co-ops the list shows.
  function showMarkers() {
    var visible = {};
    cards.forEach(function (card) {
      var link = card.querySelector(".p-name");
      if (link && !card.hidden) { visible[link.getAttribute("href")] = true; }
    });
    markers.forEach(function (marker) {
      var hide = !visible[marker.getAttribute("href")];
      if (hide) { marker.setAttribute("hidden", ""); } else { marker.removeAttribute("hidden"); }
    });
  }

  function apply(updateUrl) {
    var query = readForm();
    var shown = 0;
    cards.forEach(function (card) {
      var ok = matches(card, query);
      card.hidden = !ok;
      if (ok) { shown++; }
    });
    announce(shown);
    showMarkers();
    if (updateUrl) {
      var params = new URLSearchParams(query);
      var search = params.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }
  }

  var params = new URLSearchParams(window.location.search);
  Object.keys(fields).concat(["q"]).forEach(function (name) {
    if (params.has(name)) { form.elements[name].value = params.get(name); }
  });
  form.elements.hiring.checked = params.get("hiring") === "yes";
  form.hidden = false;
  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply(false);
})();
