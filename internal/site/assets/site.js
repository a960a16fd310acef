// kh site: the task filters of a plan's progress page. The page lists
// every task without this script; the script shows the filter form and
// hides the rows (and agency sections) that do not match.
(function () {
  "use strict";
  document.documentElement.className += " js";
  var form = document.getElementById("kh_filters");
  if (!form) {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("section.agency tr[data-task]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.agency"));
  var shown = document.getElementById("kh_shown");
  var fields = ["agency", "group", "status", "quarter"];

  function apply() {
    var want = {};
    fields.forEach(function (f) { want[f] = form.elements[f].value; });
    var n = 0;
    rows.forEach(function (r) {
      var ok = fields.every(function (f) { return !want[f] || r.getAttribute("data-" + f) === want[f]; });
      r.hidden = !ok;
      if (ok) {
        n++;
      }
    });
    sections.forEach(function (s) {
      s.hidden = !s.querySelector("tr[data-task]:not([hidden])");
    });
    shown.textContent = shown.getAttribute("data-template")
      .replace("{n}", String(n))
      .replace("{total}", shown.getAttribute("data-total"));
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
