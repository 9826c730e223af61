// Small screens: the header menu and the browse pages' filter panels collapse (portal.css, "Mobile header").
// Loaded without `defer` so <html class="js"> is set before the first paint: the CSS collapses things only
// for scripted pages, and without JavaScript every link and filter stays on the page.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  var narrow = window.matchMedia("(max-width: 47.99rem)");

  function setupMenu() {
    var toggle = document.querySelector("[data-menu-toggle]");
    var header = toggle && toggle.closest(".site-header");
    if (!header) { return; }
    var panels = toggle.getAttribute("aria-controls").split(" ").map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean);

    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("menu-open", open);
    }
    function focusIsInMenu() {
      return panels.some(function (panel) { return panel.contains(document.activeElement); });
    }
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") { return; }
      var wasInside = focusIsInMenu();
      setOpen(false);
      if (wasInside || document.activeElement === document.body) { toggle.focus(); }
    });
  }

  function setupFilterPanels() {
    var panels = Array.prototype.slice.call(document.querySelectorAll("details[data-filter-panel]"));
    // The markup is open, so the filters work without JavaScript; phones start with them folded away.
    panels.forEach(function (panel) {
      if (narrow.matches) { panel.open = false; }
      panel.classList.add("is-ready");
    });
    narrow.addEventListener("change", function (event) {
      if (!event.matches) { panels.forEach(function (panel) { panel.open = true; }); }
    });
  }

  function setup() { setupMenu(); setupFilterPanels(); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
