/** @jest-environment node */
// The privacy statement and support page served with the add-in: the privacy
// statement names exactly the roaming settings Offramp stores.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SETTINGS_KEYS } from "../../src/core/settings";
import { cancelEvent, eventResponse, sendMail } from "../../src/office/graph/requests";

const PAGES = path.resolve(__dirname, "..", "..", "docs", "pages");
const page = (name: string) => readFileSync(path.join(PAGES, name), "utf8");

test("the privacy statement names every Graph permission the requests ask for", () => {
  // Every request builder's scope, from the builders themselves.
  const scopes = new Set([
    eventResponse("id", "decline", "x").scope,
    cancelEvent("id", "x").scope,
    sendMail({ to: [{ name: "A", email: "a@example.com" }], cc: [], subject: "s", html: "<p>x</p>" }).scope,
  ]);
  expect(scopes.size).toBeGreaterThan(0);
  for (const scope of scopes) expect(page("privacy.html")).toContain(`<code>${scope}</code>`);
});

test("the privacy statement lists exactly the roaming settings keys Offramp stores", () => {
  const listed = [...page("privacy.html").matchAll(/data-setting="([^"]+)"/g)].map((m) => m[1]);
  expect([...listed].sort()).toEqual([...SETTINGS_KEYS].sort());
});

test.each(["privacy.html", "support.html"])("%s links the other page, shows the version, and runs no script", (name) => {
  const html = page(name);
  expect(html).toMatch(/href="(privacy|support)\.html"/);
  expect(html).toContain("%OFFRAMP_VERSION%");
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/https?:\/\/(?!appsforoffice)/);
});
