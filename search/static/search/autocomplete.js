/* Search suggestions as you type: the ARIA 1.2 combobox pattern (list autocomplete, manual selection).
 *
 * Enhances every <input data-autocomplete-url> inside a form. Without JavaScript the input stays a
 * plain search box that submits its form. Keys: Down/Up move through the suggestions, Enter opens
 * the chosen one (a title goes to its page, a term is searched for), Escape closes the list (or,
 * when it is closed, clears the box). The server sends the announcement text in the reader's language.
 */
(function () {
  "use strict";

  var DELAY_MS = 150;
  var counter = 0;

  function enhance(input) {
    var form = input.form;
    if (!form || !window.fetch) { return; }
    var id = input.id || "search-input-" + (++counter);
    input.id = id;
    var listbox = document.createElement("ul");
    listbox.id = id + "-suggestions";
    listbox.className = "search-suggestions";
    listbox.setAttribute("role", "listbox");
    listbox.hidden = true;
    var label = form.querySelector('label[for="' + id + '"]');
    if (label) {
      label.id = label.id || id + "-label";
      listbox.setAttribute("aria-labelledby", label.id);
    }
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    form.classList.add("has-suggestions");
    form.appendChild(listbox);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("autocomplete", "off");

    var suggestions = [];
    var active = -1;
    var timer = null;
    var pending = null;
    var lastQuery = "";

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      if (!suggestions.length) { return; }
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function highlight(index) {
      var options = listbox.querySelectorAll('[role="option"]');
      active = index;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({block: "nearest"});
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var suggestion = suggestions[index];
      if (!suggestion) { return; }
      if (suggestion.url) {
        window.location.assign(suggestion.url);
        return;
      }
      input.value = suggestion.text;
      close();
      form.submit();
    }

    function render(data) {
      suggestions = data.suggestions || [];
      listbox.textContent = "";
      suggestions.forEach(function (suggestion, index) {
        var option = document.createElement("li");
        option.id = listbox.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "search-suggestion search-suggestion-" + suggestion.kind;
        option.textContent = suggestion.text;
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { choose(index); });
        listbox.appendChild(option);
      });
      status.textContent = data.message || "";
      active = -1;
      if (suggestions.length) { open(); } else { close(); }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) { return; }
      lastQuery = query;
      if (!query) { render({suggestions: []}); return; }
      if (pending && pending.abort) { pending.abort(); }
      pending = window.AbortController ? new AbortController() : null;
      var url = input.getAttribute("data-autocomplete-url") + "?q=" + encodeURIComponent(query);
      fetch(url, {headers: {"Accept": "application/json"}, signal: pending ? pending.signal : undefined})
        .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
        .then(function (data) { if (data.query === input.value.trim()) { render(data); } })
        .catch(function () { /* offline or aborted: the plain form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var count = suggestions.length;
      if (event.key === "ArrowDown" || event.key === "Down") {
        if (!count) { return; }
        event.preventDefault();
        if (listbox.hidden) { open(); highlight(0); return; }
        highlight(active + 1 >= count ? 0 : active + 1);
      } else if (event.key === "ArrowUp" || event.key === "Up") {
        if (!count) { return; }
        event.preventDefault();
        if (listbox.hidden) { open(); highlight(count - 1); return; }
        highlight(active <= 0 ? count - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (!listbox.hidden && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === "Escape" || event.key === "Esc") {
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          lastQuery = "";
          suggestions = [];
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
    input.addEventListener("focus", function () { if (suggestions.length && input.value.trim()) { open(); } });
  }

  function init() {
    var inputs = document.querySelectorAll("input[data-autocomplete-url]");
    for (var i = 0; i < inputs.length; i++) { enhance(inputs[i]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
