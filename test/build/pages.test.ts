/** @jest-environment node */
// The privacy statement and support page served with the add-in: the privacy
// statement names exactly the roaming settings Offramp stores.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SETTINGS_KEYS } from "../../src/core/settings";

const PAGES = path.resolve(__dirname, "..", "..", "docs", "pages");
const page = (name: string) => readFileSync(path.join(PAGES, name), "utf8");

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
