// Run as a Web Worker by taskpane.html's first inline script, before Office.js and the
// bundles load. The first Intl formatter of a page loads ICU's locale and time-zone
// data (up to 150 ms on a slow laptop), and that data is shared by the whole process:
// loading it here, on another thread, spares the main thread that cost when the pane
// formats its first date. Nothing is sent back; the worker closes when done.
(function () {
  var zone = "Europe/Paris";
  var languages = ["en"];
  try {
    var own = self.navigator && self.navigator.language;
    if (own) languages.push(own);
  } catch (e) {
    // No language from the engine: English alone warms the shared data.
  }
  for (var i = 0; i < languages.length; i++) {
    try {
      new Intl.DateTimeFormat(languages[i], { timeZone: zone, weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "numeric" }).format(0);
      // A time range (the pane's "9:00 – 10:30") loads interval patterns of its own.
      new Intl.DateTimeFormat(languages[i], { timeZone: zone, hour: "numeric", minute: "2-digit" }).formatRange(0, 5400000);
      new Intl.NumberFormat(languages[i], { style: "unit", unit: "minute" }).format(30);
      new Intl.PluralRules(languages[i]).select(2);
      new Intl.ListFormat(languages[i], { type: "conjunction" }).format(["a", "b"]);
    } catch (e) {
      // An engine without one of these formatters: the pane does without the head start.
    }
  }
  self.close();
})();
