/* The listing form, progressively enhanced. Without JavaScript every sector's sub-fields are listed (the server
   rejects sub-fields of sectors not chosen) and the keyword list is a plain, scrollable list. */
(function () {
  "use strict";
  var form = document.querySelector("form.listing-form");
  if (!form) { return; }

  // Show only the sub-fields of the chosen sectors. A sub-field already ticked stays visible on load, so an
  // error about it can be seen; a group hidden later by unticking its sector is cleared.
  var sectorBoxes = form.querySelectorAll("input[name='sectors']");
  var groups = form.querySelectorAll(".subfield-group[data-sector]");
  var empty = form.querySelector("[data-subfields-empty]");
  function showSubfields(onLoad) {
    var chosen = {};
    var any = false;
    sectorBoxes.forEach(function (box) { if (box.checked) { chosen[box.value] = true; } });
    groups.forEach(function (group) {
      var ticked = group.querySelector("input:checked") !== null;
      var show = chosen[group.dataset.sector] === true || (onLoad && ticked);
      if (!show && ticked) {
        group.querySelectorAll("input:checked").forEach(function (box) { box.checked = false; });
      }
      group.hidden = !show;
      any = any || show;
    });
    if (empty) { empty.hidden = any; }
  }
  if (groups.length) {
    sectorBoxes.forEach(function (box) { box.addEventListener("change", function () { showSubfields(false); }); });
    showSubfields(true);
  }

  // A filter box over the technology keywords.
  var list = form.querySelector("#id_keywords");
  if (list) {
    var options = Array.prototype.slice.call(list.querySelectorAll("label"));
    var wrapper = document.createElement("div");
    wrapper.className = "keyword-filter";
    var label = document.createElement("label");
    label.htmlFor = "id_keywords_filter";
    label.textContent = list.dataset.filterLabel || form.dataset.keywordFilterLabel || "Filter keywords";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "id_keywords_filter";
    input.autocomplete = "off";
    var status = document.createElement("p");
    status.className = "help";
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(label);
    wrapper.appendChild(input);
    wrapper.appendChild(status);
    list.parentNode.insertBefore(wrapper, list);
    var template = form.dataset.keywordCount || "%s";
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      options.forEach(function (option) {
        var box = option.querySelector("input");
        var match = !query || option.textContent.toLowerCase().indexOf(query) !== -1 || (box && box.checked);
        option.parentNode.hidden = !match;
        if (match) { shown += 1; }
      });
      status.textContent = query ? template.replace("%s", shown) : "";
    });
    // Enter in the filter must not submit the whole form.
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); } });
  }
})();
