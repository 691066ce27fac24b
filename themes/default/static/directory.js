// Member directory filters: progressive enhancement over the complete static list.
// The country filter is a multiple select: a co-op in any of the chosen countries matches.
// Reads and writes the filter in the URL query so a filtered view can be shared, and
// shows on the map only the co-ops the list shows. A group of nearby co-ops on the map
// (render::map_groups) links to "?near=<key>": the list then shows only that group,
// behind a check box that says which group it is (its label comes from the map).
// Counts follow the site's one definition (render::numbers): cards with data-member="yes"
// are counted, applicants are named apart. Every sentence comes from the page's data
// attributes (Fluent, in the page's language), with "{n}" where the number goes.
(function () {
  "use strict";
  var form = document.getElementById("member-filters");
  var list = document.getElementById("member-list");
  if (!form || !list) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll(".member-card"));
  var status = document.getElementById("filter-status");
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var markers = Array.prototype.slice.call(document.querySelectorAll(".directory-map .map-marker"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".directory-map .map-group"));
  var near = form.elements.near;
  var nearBox = document.getElementById("f-near-wrap");
  var caption = document.getElementById("map-caption");
  var empty = document.getElementById("filter-empty");
  var fields = { country: "country", federation: "federations", service: "services", technology: "technologies", language: "languages" };

  function words(card, attr) { return (card.getAttribute("data-" + attr) || "").split(" "); }

  function cardUrl(card) {
    var link = card.querySelector(".p-name");
    return link ? link.getAttribute("href") : "";
  }

  // The URLs of the co-ops in a map group, members and applicants alike.
  function groupUrls(group) { return words(group, "members").concat(words(group, "applicants")).filter(Boolean); }

  function groupOf(key) {
    for (var i = 0; i < groups.length; i++) { if (groups[i].getAttribute("data-near") === key) { return groups[i]; } }
    return null;
  }

  // Shows the check box of the group `key` (checked) and says which group it is.
  function chooseGroup(key) {
    var group = groupOf(key);
    if (!group || !near) { return false; }
    near.value = key;
    near.checked = true;
    document.getElementById("f-near-label").textContent = group.getAttribute("data-label");
    nearBox.hidden = false;
    return true;
  }

  // A query value is one word, or a list of words (a multiple select: any of them).
  function matches(card, query) {
    for (var name in fields) {
      if (!query[name]) { continue; }
      var wanted = [].concat(query[name]);
      var has = words(card, fields[name]);
      if (!wanted.some(function (w) { return has.indexOf(w) >= 0; })) { return false; }
    }
    if (query.hiring && card.getAttribute("data-hiring") !== "yes") { return false; }
    if (query.near) {
      var group = groupOf(query.near);
      if (group && groupUrls(group).indexOf(cardUrl(card)) < 0) { return false; }
    }
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
      var field = form.elements[name];
      if (field.multiple) {
        var chosen = Array.prototype.filter.call(field.options, function (o) { return o.selected && o.value; })
          .map(function (o) { return o.value; });
        if (chosen.length) { query[name] = chosen; }
        return;
      }
      var value = field.value.trim();
      if (value) { query[name] = value; }
    });
    if (form.elements.hiring.checked) { query.hiring = "yes"; }
    if (near && near.checked && near.value) { query.near = near.value; }
    return query;
  }

  // The sentence for `count` from `element`'s data-PREFIX<category>: the page carries one
  // sentence per CLDR plural category of its language (one, few, many... as Fluent writes
  // them), with "{n}" where the number goes; data-PREFIXother is always there.
  function sentence(element, prefix, count) {
    var category = plural ? plural.select(count) : (count === 1 ? "one" : "other");
    var text = element.getAttribute("data-" + prefix + category);
    if (text === null) { text = element.getAttribute("data-" + prefix + "other"); }
    return text.replace("{n}", String(count));
  }

  // "N member co-ops match. Also shown: M applicants." or "no co-op matches".
  function describe(element, members, applicants) {
    if (members + applicants === 0) { return element.getAttribute("data-none"); }
    var parts = [];
    if (members > 0) { parts.push(sentence(element, "", members)); }
    if (applicants > 0) { parts.push(sentence(element, "applicants-", applicants)); }
    return parts.join(" ");
  }

  function isMember(element) { return element.getAttribute("data-member") === "yes"; }

  // The map shows the co-ops the list shows: a group shows how many of its co-ops are
  // listed, or disappears; the caption counts the listed co-ops on the map.
  function showMarkers() {
    var visible = {};
    cards.forEach(function (card) { if (!card.hidden) { visible[cardUrl(card)] = isMember(card) ? "member" : "applicant"; } });
    var members = 0, applicants = 0;
    function count(url) {
      if (visible[url] === "member") { members++; } else if (visible[url]) { applicants++; }
      return visible[url] ? 1 : 0;
    }
    markers.forEach(function (marker) {
      var shown = count(marker.getAttribute("href"));
      if (shown) { marker.removeAttribute("hidden"); } else { marker.setAttribute("hidden", ""); }
    });
    groups.forEach(function (group) {
      var shown = groupUrls(group).reduce(function (sum, url) { return sum + count(url); }, 0);
      if (shown) { group.removeAttribute("hidden"); } else { group.setAttribute("hidden", ""); }
      var number = group.querySelector("text");
      if (number) { number.textContent = String(shown); }
    });
    if (caption) { caption.textContent = describe(caption, members, applicants); }
  }

  function apply(updateUrl) {
    var query = readForm();
    var members = 0, applicants = 0;
    cards.forEach(function (card) {
      var ok = matches(card, query);
      card.hidden = !ok;
      if (ok) { if (isMember(card)) { members++; } else { applicants++; } }
    });
    status.textContent = describe(status, members, applicants);
    if (empty) { empty.hidden = members + applicants > 0; }
    showMarkers();
    if (updateUrl) {
      var params = new URLSearchParams();
      Object.keys(query).forEach(function (name) {
        [].concat(query[name]).forEach(function (value) { params.append(name, value); });
      });
      var search = params.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }
  }

  var params = new URLSearchParams(window.location.search);
  Object.keys(fields).concat(["q"]).forEach(function (name) {
    var field = form.elements[name];
    if (field.multiple) {
      var values = params.getAll(name);
      Array.prototype.forEach.call(field.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
    } else if (params.has(name)) { field.value = params.get(name); }
  });
  form.elements.hiring.checked = params.get("hiring") === "yes";
  if (params.has("near")) { chooseGroup(params.get("near")); }
  groups.forEach(function (group) {
    group.addEventListener("click", function (event) {
      if (!chooseGroup(group.getAttribute("data-near"))) { return; }
      event.preventDefault();
      if (panel) { panel.open = true; }
      apply(true);
      form.scrollIntoView({ block: "start" });
    });
  });
  // The filters fold behind their summary on phones only (style.css hides the summary
  // from the same width up, so the panel must be open there).
  var panel = document.getElementById("filters-panel");
  var wide = window.matchMedia ? window.matchMedia("(min-width: 37.5rem)") : null;
  function unfold() { if (panel && (!wide || wide.matches)) { panel.open = true; } }
  if (wide && wide.addEventListener) { wide.addEventListener("change", unfold); }
  unfold();
  // A view opened filtered (a shared link, a group on the map) shows why on phones too.
  if (panel && Object.keys(readForm()).length > 0) { panel.open = true; }
  form.hidden = false;
  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply(false);
})();
