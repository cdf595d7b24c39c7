// A page whose state follows the communes (an emergency's answers, the broker's accounts) looks
// again by itself without a reload: every few seconds (its <meta name="live-every">) it fetches
// itself and swaps only the parts marked data-live (by id), never a form, so nothing she types
// is lost (o16web4 B1). It keeps looking while she types: a page held back then went on saying
// "đang cập nhật … (vài giây)" past the minute (o17web5 D2); only a part holding a field she is
// in or has changed would be left as it is. Without JavaScript the page has its plain "reload"
// link.
(function () {
  "use strict";

  function every(doc) {
    var meta = doc.querySelector('meta[name="live-every"]');
    var seconds = meta ? parseFloat(meta.getAttribute("content")) : NaN;
    return seconds > 0 ? seconds * 1000 : null;
  }

  function typing(part) {
    var active = document.activeElement;
    if (active && part.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) &&
        active.type !== "hidden") {
      return true;
    }
    var fields = part.querySelectorAll("input, textarea, select");
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i];
      if (field.type === "hidden" || field.type === "submit") {
        continue;
      }
      if (field.type === "checkbox" || field.type === "radio") {
        if (field.checked !== field.defaultChecked) {
          return true;
        }
      } else if (field.tagName === "SELECT") {
        for (var j = 0; j < field.options.length; j += 1) {
          if (field.options[j].selected !== field.options[j].defaultSelected) {
            return true;
          }
        }
      } else if (field.value !== field.defaultValue) {
        return true;
      }
    }
    return false;
  }

  function swap(fresh) {
    var parts = document.querySelectorAll("[data-live]");
    for (var i = 0; i < parts.length; i += 1) {
      var found = fresh.getElementById(parts[i].id);
      if (typing(parts[i])) {
        continue;  // a field of hers inside it: left as she has it
      }
      if (found) {
        parts[i].replaceWith(document.importNode(found, true));
      } else {
        parts[i].replaceChildren();  // gone from the page: its sentence no longer holds
      }
    }
  }

  function look(wait) {
    window.setTimeout(function () {
      var root = document.documentElement;  // how many looks: what a test can wait for
      root.dataset.liveLooks = String(Number(root.dataset.liveLooks || 0) + 1);
      fetch(window.location.href, {credentials: "same-origin", cache: "no-store"})
        .then(function (answer) {
          if (!answer.ok || answer.redirected) {
            window.location.reload();  // logged out, or the database down: the whole page says it
            return null;
          }
          return answer.text();
        })
        .then(function (text) {
          if (text === null) {
            return;
          }
          var fresh = new DOMParser().parseFromString(text, "text/html");
          swap(fresh);
          var next = every(fresh);
          if (next) {
            look(next);
          }
        })
        .catch(function () {
          look(wait);  // the office out of reach a moment: look again
        });
    }, wait);
  }

  var first = every(document);
  if (first) {
    look(first);
  }
})();
