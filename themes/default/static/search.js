// The search page (layouts/search.html): answers the form from the index
// of the page's language, which the page loads before this script as
// window.malliSearchIndex (site/search). Without the index or without
// JavaScript the page keeps its note and links to the listings.
//
// A query's words are folded and stemmed by the rules of site/search
// (the Go package comment documents them; both are tested with
// site/search/testdata/forms.json): a document matches when, for every
// query word, one of its terms starts with the word's stem. Results keep
// the index's order (by type, then as the listings show them), documents
// whose title matches first.
(function () {
  "use strict";
  var index = window.malliSearchIndex;
  var form = document.querySelector("form[data-search]");
  if (!index || !form) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var count = document.querySelector("[data-search-count]");
  var list = document.querySelector("[data-search-results]");
  var nojs = document.querySelector("[data-search-nojs]");
  if (nojs) {
    nojs.hidden = true;
  }

  var endings = ["itten", "ihin", "iden", "issa", "ista", "illa", "ilta", "ille", "iksi", "seen",
    "nsa", "mme", "nne", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "ina", "ien", "iin", "hin",
    "na", "n", "t"];
  var minStem = 3;
  var folds = {
    "ä": "a", "å": "a", "á": "a", "à": "a", "â": "a", "ã": "a",
    "ö": "o", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ø": "o",
    "é": "e", "è": "e", "ê": "e", "ë": "e",
    "ü": "u", "ú": "u", "ù": "u", "û": "u",
    "í": "i", "ì": "i", "î": "i", "ï": "i",
    "š": "s", "ž": "z", "ç": "c", "ñ": "n", "ý": "y"
  };
  var wordChar = /[\p{L}\p{N}]/u;

  // fold is search.Fold: lower case, letters to their base letter, other
  // characters as one space.
  function fold(s) {
    var out = "";
    var space = true;
    for (var ch of s.normalize("NFC").toLowerCase()) {
      if (Object.prototype.hasOwnProperty.call(folds, ch)) {
        ch = folds[ch];
      }
      if (wordChar.test(ch)) {
        out += ch;
        space = false;
      } else if (!space) {
        out += " ";
        space = true;
      }
    }
    return out.replace(/ $/, "");
  }

  function isVowel(c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  function runes(s) {
    return Array.from(s).length;
  }

  // stem is search.Stem, on a folded word.
  function stem(w) {
    for (var i = 0; i < endings.length; i++) {
      var e = endings[i];
      if (w.length >= e.length && w.slice(-e.length) === e && runes(w) - e.length >= minStem) {
        w = w.slice(0, -e.length);
        break;
      }
    }
    var n = w.length;
    if (n > minStem && isVowel(w[n - 1]) && w[n - 1] === w[n - 2]) {
      w = w.slice(0, -1);
      n--;
    }
    if (n > minStem + 1 && w.slice(-3) === "kse") {
      w = w.slice(0, -3) + "s";
    } else if (n > minStem && (w.slice(-2) === "uk" || w.slice(-2) === "yk")) {
      w = w.slice(0, -1) + "s";
    } else if (n > minStem + 1 && (w.slice(-3) === "ise" || w.slice(-3) === "ine")) {
      w = w.slice(0, -2);
    } else if (n > minStem + 1 && isVowel(w[n - 1]) && w[n - 2] === w[n - 3] && "kpt".indexOf(w[n - 2]) >= 0) {
      w = w.slice(0, -2) + w.slice(-1);
    }
    return w;
  }

  function key(s) {
    var words = fold(s).split(" ").filter(Boolean);
    return words.map(stem);
  }

  // For the browser test: what the script makes of a text.
  window.malliSearchKey = function (s) {
    return key(s).join(" ");
  };

  var docs = index.docs.map(function (d) {
    return { doc: d, terms: d.w.split(" "), title: key(d.t) };
  });

  function has(terms, q) {
    for (var i = 0; i < terms.length; i++) {
      if (terms[i].lastIndexOf(q, 0) === 0) {
        return true;
      }
    }
    return false;
  }

  function search(query) {
    var qs = key(query);
    if (qs.length === 0) {
      return null;
    }
    var inTitle = [];
    var rest = [];
    docs.forEach(function (d) {
      for (var i = 0; i < qs.length; i++) {
        if (!has(d.terms, qs[i])) {
          return;
        }
      }
      (qs.every(function (q) { return has(d.title, q); }) ? inTitle : rest).push(d.doc);
    });
    return inTitle.concat(rest);
  }

  function say(template, n, q) {
    return template.replace("{n}", String(n)).replace("{q}", q);
  }

  function show(query) {
    var found = search(query);
    list.textContent = "";
    if (found === null) {
      list.hidden = true;
      count.textContent = "";
      return;
    }
    found.forEach(function (d) {
      var li = document.createElement("li");
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = d.u;
      a.textContent = d.t;
      if (d.l) {
        a.lang = d.l;
        a.hreflang = d.l;
      }
      h.appendChild(a);
      li.appendChild(h);
      var type = document.createElement("p");
      type.className = "search-type";
      type.textContent = d.y + (d.l ? " · " + form.getAttribute("data-untranslated") : "");
      li.appendChild(type);
      if (d.s) {
        var s = document.createElement("p");
        s.textContent = d.s;
        if (d.l) {
          s.lang = d.l;
        }
        li.appendChild(s);
      }
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    var n = found.length;
    count.textContent = say(form.getAttribute(n === 0 ? "data-count-none" : n === 1 ? "data-count-single" : "data-count-many"), n, query.trim());
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = input.value;
    var url = new URL(window.location.href);
    if (q.trim()) {
      url.searchParams.set("q", q);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url.toString());
    show(q);
  });

  var q = new URL(window.location.href).searchParams.get("q");
  if (q) {
    input.value = q;
    show(q);
  }
})();
