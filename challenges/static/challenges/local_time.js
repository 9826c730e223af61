// The reader's own time beside a deadline shown in Beijing time (challenges/challenge_detail.html):
// every <time data-local-time datetime="ISO"> gets its sibling [data-local-time-output] filled in, in the
// browser's time zone and the page's language. Without JavaScript only the Beijing time shows.
(function () {
  var language = document.documentElement.lang || undefined;
  Array.prototype.forEach.call(document.querySelectorAll("time[data-local-time]"), function (element) {
    var moment = new Date(element.getAttribute("datetime"));
    var output = document.getElementById(element.dataset.localTime);
    if (isNaN(moment.getTime()) || !output) { return; }
    var text;
    try {
      text = new Intl.DateTimeFormat(language, {
        year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      }).format(moment);
    } catch (error) {
      text = moment.toLocaleString();
    }
    output.querySelector("[data-local-time-value]").textContent = text;
    output.hidden = false;
  });
})();
