// A small Office.js stand-in for the production page (taskpane.html), served at Office.js's
// CDN address by the first-render benchmark and by the nginx-served tests. It hands over one
// read-mode fixture (the format of the shared fixtures' README) with Office.js's member
// names and AsyncResult contract, each callback a task later as in Office.js. It carries
// only what the pane reads when it opens; the full simulated host is the preview's.
//
// Every call is recorded, in order, in window.__officeStubCalls ("Office.onReady",
// "item.body.getAsync", ...), so a test can tell when the page asked for what.

/** The body as Office's Html coercion gives it: a text body's lines as paragraphs, escaped. */
function bodyHtml(body) {
  if (!body) return "";
  if (body.type === "html") return body.content;
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return body.content.split(/\r?\n/).map((line) => `<p>${escape(line)}</p>`).join("");
}

/** Office.context.officeTheme for the fixture's "theme" (the colours the simulated host gives). */
const OFFICE_THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424" },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF" },
};

/** The stub's source for one read-mode fixture. */
export function officeStub(fixture) {
  // The pane reads the body as HTML (and as Text only where Outlook cannot give that): the
  // stub carries the HTML once, and makes a rough Text of it only if asked.
  const item = fixture.item && { ...fixture.item, body: undefined };
  const data = { fixture: { ...fixture, item }, bodyHtml: bodyHtml(fixture.item?.body), officeTheme: OFFICE_THEMES[fixture.host.theme] ?? null };
  return `(() => {
  const { fixture, bodyHtml, officeTheme } = ${JSON.stringify(data)};
  const bodyText = () => bodyHtml.replace(/<\\/(p|div|li|h\\d|tr)>|<br\\s*\\/?>/gi, "\\n").replace(/<[^>]+>/g, "").replace(/\\n{3,}/g, "\\n\\n").trim();
  const calls = (window.__officeStubCalls = []);
  const [major, minor] = fixture.host.mailboxVersion.split(".").map(Number);
  const later = (fn) => setTimeout(fn, 0);
  const ok = (value, asyncContext) => ({ status: "succeeded", value, asyncContext });
  const src = fixture.item;
  const item = src && {
    ...src,
    start: src.start ? new Date(src.start) : undefined,
    end: src.end ? new Date(src.end) : undefined,
    body: {
      getAsync(coercionType, options, callback) {
        calls.push("item.body.getAsync");
        // A fixture's { "api": "item.body.getAsync", "hang": true }: the callback never comes.
        if ((fixture.failures ?? []).some((f) => f.api === "item.body.getAsync" && f.hang)) return;
        const cb = typeof options === "function" ? options : callback;
        if (coercionType === "html") return later(() => cb(ok(bodyHtml)));
        if (coercionType === "text") return later(() => cb(ok(bodyText())));
        later(() => cb({ status: "failed", error: { code: 9000, name: "InvalidArgument", message: "Unknown coercion type." } }));
      },
    },
  };
  if (item) delete item.isAllDayEvent;
  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" } },
    context: {
      platform: fixture.host.platform,
      displayLanguage: fixture.host.displayLanguage,
      // Mailbox 1.14 and later tell the theme.
      ...(major > 1 || minor >= 14 ? { officeTheme } : {}),
      requirements: {
        isSetSupported(name, version) {
          if (name !== "Mailbox") return false;
          const [a, b = 0] = String(version ?? "1.1").split(".").map(Number);
          return a < major || (a === major && b <= minor);
        },
      },
      roamingSettings: {
        get: (key) => fixture.roamingSettings[key],
        set() {},
        remove() {},
        saveAsync(cb) { calls.push("roamingSettings.saveAsync"); later(() => cb && cb(ok(undefined))); },
      },
      mailbox: { item, userProfile: { ...fixture.user } },
    },
    onReady(callback) {
      calls.push("Office.onReady");
      const info = { host: "Outlook", platform: fixture.host.platform };
      return new Promise((resolve) => later(() => { if (callback) callback(info); resolve(info); }));
    },
  };
})();`;
}
