/* Forms, GOV.UK style: the error summary takes the focus when the page loads, so screen readers read it
   first, and each of its links moves the focus to its field (showing the field's label or legend too). */
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) { return; }
    var input = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!input) { return; }
    event.preventDefault();
    // A field inside a closed <details> must be shown before it can take the focus.
    var details = input.closest("details");
    if (details) { details.open = true; }
    if (input.offsetParent === null) {  // hidden (a collapsed group): take the field's first visible input
      var field = input.closest(".form-field");
      var visible = field && Array.prototype.find.call(field.querySelectorAll("input, select, textarea"),
        function (candidate) { return candidate.offsetParent !== null; });
      if (visible) { input = visible; }
    }
    var group = input.closest("fieldset");
    var label = (group && group.querySelector("legend")) || document.querySelector("label[for='" + input.id + "']");
    (label || input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
