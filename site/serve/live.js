// live.js is added to every page malli serve sends. It reloads the page
// when the server says it changed, keeping the scroll position, and makes
// the problem overlay closable. It is a file of its own, not inline, so
// that the page's Content-Security-Policy need not allow inline script.
(function () {
  "use strict";

  var key = "malli-scroll:" + location.pathname;

  function store(f) {
    try {
      return f(window.sessionStorage);
    } catch (e) {
      return null; // storage off: no scroll position kept
    }
  }

  var build = document.querySelector('meta[name="malli-build"]');
  var events = new EventSource("/_malli/events?path=" + encodeURIComponent(location.pathname) +
    (build ? "&build=" + encodeURIComponent(build.content) : ""));
  events.addEventListener("reload", function () {
    store(function (s) { s.setItem(key, window.scrollX + " " + window.scrollY); });
    events.close();
    location.reload();
  });

  var overlay = document.getElementById("malli-overlay");
  if (overlay) {
    var close = overlay.querySelector("button.malli-close");
    var hide = function () { overlay.hidden = true; };
    if (close) {
      close.hidden = false;
      close.addEventListener("click", hide);
    }
    overlay.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { hide(); }
    });
  }

  window.addEventListener("load", function () {
    var saved = store(function (s) {
      var v = s.getItem(key);
      s.removeItem(key);
      return v;
    });
    if (saved) {
      var xy = saved.split(" ");
      window.scrollTo(Number(xy[0]) || 0, Number(xy[1]) || 0);
    }
    if (overlay) {
      overlay.focus({ preventScroll: true });
    }
  });
})();
