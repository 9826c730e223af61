// "Copy" buttons next to read-only fields (news/feed_page.html). Without JavaScript the buttons stay hidden
// and the address can be selected and copied by hand.
(function () {
  var status = document.querySelector("[data-copy-status]");
  function announce(text) { if (status) { status.textContent = text; } }
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy-target]"), function (button) {
    var field = document.getElementById(button.dataset.copyTarget);
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      field.select();
      var done = function () { announce(button.dataset.copiedLabel); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { if (document.execCommand("copy")) { done(); } });
      } else if (document.execCommand("copy")) {
        done();
      }
    });
  });
})();
