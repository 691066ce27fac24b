// federa serve: live reload and the error overlay.
// Served only by `federa serve` and added only to the HTML it serves; `federa build`
// never writes it. An external script (not inline) so the site's CSP still applies.
(function () {
  "use strict";
  var OVERLAY_ID = "federa-serve-errors";
  var lostConnection = false;

  function showErrors(text) {
    var box = document.getElementById(OVERLAY_ID);
    if (!box) {
      box = document.createElement("pre");
      box.id = OVERLAY_ID;
      box.setAttribute("role", "alert");
      // CSSOM assignments are allowed by a CSP without 'unsafe-inline'.
      var s = box.style;
      s.position = "fixed";
      s.inset = "0";
      s.zIndex = "2147483647";
      s.margin = "0";
      s.padding = "1.5rem";
      s.overflow = "auto";
      s.background = "rgba(20, 20, 20, 0.97)";
      s.color = "#ffd7d7";
      s.font = "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
      s.whiteSpace = "pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent =
      "federa serve: the site has errors; still showing the last good version.\n" +
      "Fix them and this page reloads by itself.\n\n" + text;
  }

  function hideErrors() {
    var box = document.getElementById(OVERLAY_ID);
    if (box) {
      box.remove();
    }
  }

  function reloadStyles() {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href);
      url.searchParams.set("federa-reload", String(Date.now()));
      links[i].href = url.href;
    }
  }

  function showStatus() {
    fetch("/__federa/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        if (status.ok) { hideErrors(); } else { showErrors(status.errors); }
      })
      .catch(function () {});
  }

  if (!window.EventSource) {
    return;
  }
  var events = new EventSource("/__federa/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("css", function () { hideErrors(); reloadStyles(); });
  events.addEventListener("error", function (e) {
    // The same name is used by EventSource for connection errors, which carry no data.
    if (e instanceof MessageEvent) {
      showErrors(e.data);
    } else {
      lostConnection = true;
    }
  });
  events.addEventListener("open", function () {
    // `federa serve` was restarted: the page may be stale.
    if (lostConnection) {
      location.reload();
    }
  });
  showStatus();
})();
