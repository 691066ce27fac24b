// Filters of the case studies index and the hire page: progressive enhancement over
// complete static lists, as directory.js does for the directory. The form names the
// lists it narrows (data-lists="id id"); each control's name is the data attribute of
// the items it reads (name="services" reads data-services, a space-separated list).
// A single select's value is the words it accepts (space-separated: "now from"); a
// multiple select accepts any chosen value; an item without the attribute is not
// narrowed by that control. The query is kept in the URL so a view can be shared.
// Enquiry links (a[data-mailto]) get the chosen needs in their prefilled message.
// Every sentence comes from data attributes (Fluent, in the page's language).
(function () {
  "use strict";
  var form = document.querySelector("form[data-lists]");
  if (!form) { return; }
  var lists = form.getAttribute("data-lists").split(" ").map(function (id) { return document.getElementById(id); })
    .filter(Boolean);
  var controls = Array.prototype.filter.call(form.elements, function (e) { return e.name && e.tagName === "SELECT"; });
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;

  function chosen(control) {
    return Array.prototype.filter.call(control.options, function (o) { return o.selected && o.value; });
  }

  function accepted(control) {
    var options = chosen(control);
    if (!control.multiple) { return options.length ? options[0].value.split(" ") : []; }
    return options.map(function (o) { return o.value; });
  }

  function matches(item) {
    return controls.every(function (control) {
      var wanted = accepted(control);
      var value = item.getAttribute("data-" + control.name);
      if (!wanted.length || value === null) { return true; }
      var has = value.split(" ");
      return wanted.some(function (w) { return has.indexOf(w) >= 0; });
    });
  }

  // "N co-ops" from the status element's data-<plural category>, "{n}" the number.
  function sentence(element, count) {
    if (count === 0 && element.hasAttribute("data-none")) { return element.getAttribute("data-none"); }
    var category = plural ? plural.select(count) : (count === 1 ? "one" : "other");
    var text = element.getAttribute("data-" + category);
    if (text === null) { text = element.getAttribute("data-other"); }
    return text.replace("{n}", String(count));
  }

  // The chosen needs in words ("Django, French, Belgium, France"), for enquiries.
  function needs() {
    var words = [];
    controls.forEach(function (control) {
      chosen(control).forEach(function (o) { words.push(o.textContent.trim()); });
    });
    return words.join(", ");
  }

  function updateMail() {
    var chosenNeeds = needs();
    Array.prototype.forEach.call(document.querySelectorAll("a[data-mailto]"), function (link) {
      var body = chosenNeeds
        ? link.getAttribute("data-body-needs").replace("{needs}", chosenNeeds)
        : link.getAttribute("data-body");
      link.href = "mailto:" + link.getAttribute("data-mailto") +
        "?subject=" + encodeURIComponent(link.getAttribute("data-subject")) +
        "&body=" + encodeURIComponent(body);
    });
  }

  function apply(updateUrl) {
    lists.forEach(function (list) {
      var shown = 0;
      Array.prototype.forEach.call(list.children, function (item) {
        var ok = matches(item);
        item.hidden = !ok;
        if (ok) { shown++; }
      });
      var status = document.querySelector(".filter-status[data-for='" + list.id + "']");
      if (status) { status.textContent = sentence(status, shown); }
    });
    updateMail();
    if (updateUrl) {
      var params = new URLSearchParams();
      controls.forEach(function (control) {
        chosen(control).forEach(function (o) { params.append(control.name, o.value); });
      });
      var search = params.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }
  }

  var params = new URLSearchParams(window.location.search);
  controls.forEach(function (control) {
    var values = params.getAll(control.name);
    if (!values.length) { return; }
    Array.prototype.forEach.call(control.options, function (o) {
      o.selected = control.multiple ? values.indexOf(o.value) >= 0 : o.value === values[0];
    });
  });
  form.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll("[data-without-script]"), function (e) { e.hidden = true; });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply(false);
})();
