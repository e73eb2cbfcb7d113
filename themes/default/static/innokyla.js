// Copy buttons of the Innokylä pages (layouts/innokyla.html). Each text is
// a read-only box whose text a reader can select and copy without this
// script; the box's button is hidden in the HTML, and this script shows it
// only where the browser can copy (the Clipboard API, which needs a secure
// context: https or localhost). A press copies the box's text and says so
// in the page's live region; if copying fails, the text is selected for
// the reader to copy, and the live region says that.
(function () {
  "use strict";
  var clipboard = navigator.clipboard;
  if (!window.isSecureContext || !clipboard || typeof clipboard.writeText !== "function") {
    return;
  }
  var status = document.querySelector("[data-copy-status]");

  function announce(text) {
    if (!status) {
      return;
    }
    // A screen reader announces a change: clear first, so that the same
    // message twice is still announced.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var box = document.getElementById(button.getAttribute("data-copy"));
    if (!box) {
      return;
    }
    var label = button.getAttribute("data-label") || "";
    button.addEventListener("click", function () {
      clipboard.writeText(box.value).then(function () {
        button.setAttribute("data-copied", "");
        announce(status ? status.getAttribute("data-copied") + ": " + label : "");
      }, function () {
        box.focus();
        box.select();
        announce(status ? status.getAttribute("data-failed") : "");
      });
    });
    button.hidden = false;
  });
  if (buttons.length > 0) {
    Array.prototype.forEach.call(document.querySelectorAll(".copy-hint"), function (hint) {
      hint.hidden = false;
    });
  }
})();
