/** @jest-environment node */
// manifest.xml: schema-valid, least privilege, both appointment surfaces wired
// to the task pane, icons that exist at the declared sizes, and localised
// strings for every shipped language.
//
// Schema checks use the project's copy of the manifest schemas
// (test/schemas/manifest); test/shared/drift.test.ts keeps it in step with ../shared.

import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { validateManifest, defaultSchemaDir, SchemasMissingError } from "../../scripts/manifest-validation.cjs";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ASSETS = path.join(ROOT, "assets");
const DEV_ORIGIN = "https://localhost:3000";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  v10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  v11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** The languages Offramp ships; every user-visible manifest string has them. */
const LOCALES = ["it-IT", "da-DK", "de-DE", "fr-FR", "es-ES", "nl-NL", "sv-SE", "nb-NO", "pt-BR"];

const xml = readFileSync(MANIFEST_PATH, "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");

function all(scope: { getElementsByTagNameNS(ns: string, name: string): { length: number; item(i: number): Element | null } }, ns: string, name: string): Element[] {
  const list = scope.getElementsByTagNameNS(ns, name);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
}
const one = (scope: Parameters<typeof all>[0], ns: string, name: string): Element => {
  const found = all(scope, ns, name);
  if (found.length !== 1) throw new Error(`expected exactly one ${name}, found ${found.length}`);
  return found[0]!;
};
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");
const childrenOf = (el: Element, ns: string, name: string) => all(el, ns, name).filter((c) => c.parentNode === el);
/** True when the nearest enclosing VersionOverrides of `el` is `vo` (1.1 is nested inside 1.0). */
function ownedBy(el: Element, vo: Element): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) {
    if ((p as Element).localName === "VersionOverrides") return p === vo;
  }
  return false;
}

const officeApp = doc.documentElement!;
/** The VersionOverrides 1.0 and the nested 1.1; each must be complete on its own. */
const overrides = [
  { label: "VersionOverridesV1_0", ns: NS.v10, el: one(officeApp, NS.v10, "VersionOverrides") },
  { label: "VersionOverridesV1_1", ns: NS.v11, el: one(officeApp, NS.v11, "VersionOverrides") },
];

/** Resource lookup restricted to one VersionOverrides' own <Resources>. */
function resource(vo: (typeof overrides)[number], kind: "Image" | "Url" | "String", id: string): Element {
  const resources = childrenOf(vo.el, vo.ns, "Resources");
  expect(resources).toHaveLength(1);
  const matches = all(resources[0]!, NS.bt, kind).filter((r) => r.getAttribute("id") === id && r.parentNode?.parentNode === resources[0]);
  if (matches.length !== 1) throw new Error(`${vo.label}: resource ${kind} "${id}" defined ${matches.length} times`);
  return matches[0]!;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature) || buf.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${path.relative(ROOT, file)} is not a PNG`);
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetFor(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
  return path.join(ASSETS, url.slice(`${DEV_ORIGIN}/assets/`.length));
}

describe("manifest.xml against the add-in manifest schema", () => {
  const schemaDir = defaultSchemaDir();

  test("the schemas are in the project", () => {
    if (!existsSync(schemaDir)) {
      throw new Error(`The manifest schemas are absent: ${schemaDir} does not exist (expected test/schemas/manifest).`);
    }
  });

  test("is valid", async () => {
    const result = await validateManifest({ manifestPath: MANIFEST_PATH });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test.each([
    ["an unknown permission", (s: string) => s.replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadEverything</Permissions>"), /ReadEverything/],
    ["a malformed GUID", (s: string) => s.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"), /not-a-guid/],
    ["elements out of order", (s: string) => s.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"), /not expected/],
    ["a group without a label", (s: string) => s.replace('<Label resid="GroupLabel"/>', ""), /Label/],
  ])("rejects a copy with %s", async (_what, breakIt, message) => {
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    const result = await validateManifest({ xml: broken });
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(message);
  });

  test("says plainly when the schemas are missing", async () => {
    await expect(validateManifest({ schemaDir: path.join(ROOT, "no-such-schema-dir") })).rejects.toBeInstanceOf(SchemasMissingError);
    await expect(validateManifest({ schemaDir: path.join(ROOT, "no-such-schema-dir") })).rejects.toThrow(/does not exist/);
  });
});

describe("manifest.xml content", () => {
  test("is a mail add-in with a GUID id", () => {
    expect(officeApp.localName).toBe("OfficeApp");
    expect(xsiType(officeApp)).toBe("MailApp");
    expect(one(officeApp, NS.app, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one(officeApp, NS.app, "ProviderName").textContent).toBe("Offramp");
    expect(one(officeApp, NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("Offramp");
    expect(one(officeApp, NS.app, "DefaultLocale").textContent).toBe("en-US");
  });

  test("asks for ReadWriteItem, the least permission the organizer flow works with", () => {
    expect(one(officeApp, NS.app, "Permissions").textContent?.trim()).toBe("ReadWriteItem");
  });

  test("requires Mailbox 1.3 and nothing newer", () => {
    const requirements = childrenOf(officeApp, NS.app, "Requirements");
    expect(requirements).toHaveLength(1);
    const sets = all(requirements[0]!, NS.app, "Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["Mailbox", "1.3"]]);
    // A <Requirements> inside VersionOverrides that a client misses hides every command there.
    for (const vo of overrides) expect(childrenOf(vo.el, vo.ns, "Requirements")).toHaveLength(0);
  });

  test("activates on appointments only, read and edit", () => {
    const rules = all(officeApp, NS.app, "Rule").filter((r) => xsiType(r) === "ItemIs");
    expect(rules.map((r) => `${r.getAttribute("ItemType")}/${r.getAttribute("FormType")}`).sort()).toEqual(["Appointment/Edit", "Appointment/Read"]);
  });

  describe.each(overrides)("$label", (vo) => {
    test.each(["AppointmentAttendeeCommandSurface", "AppointmentOrganizerCommandSurface"])("%s has the Offramp button opening taskpane.html", (surface) => {
      const points = all(vo.el, vo.ns, "ExtensionPoint").filter((p) => xsiType(p) === surface);
      expect(points).toHaveLength(1);
      const point = points[0]!;
      expect(one(point, vo.ns, "OfficeTab").getAttribute("id")).toBe("TabDefault");
      const group = one(point, vo.ns, "Group");
      const groupLabel = childrenOf(group, vo.ns, "Label")[0]!;
      expect(resource(vo, "String", groupLabel.getAttribute("resid")!).getAttribute("DefaultValue")).toBe("Offramp");

      const control = one(group, vo.ns, "Control");
      expect(xsiType(control)).toBe("Button");
      const label = childrenOf(control, vo.ns, "Label")[0]!;
      expect(resource(vo, "String", label.getAttribute("resid")!).getAttribute("DefaultValue")).toBe("Lighten this meeting");
      const supertip = one(control, vo.ns, "Supertip");
      expect(one(supertip, vo.ns, "Title").getAttribute("resid")).toBeTruthy();
      expect(one(supertip, vo.ns, "Description").getAttribute("resid")).toBeTruthy();

      const sizes = all(one(control, vo.ns, "Icon"), NS.bt, "Image").map((i) => i.getAttribute("size"));
      expect(sizes).toEqual(["16", "32", "80"]);

      const action = one(control, vo.ns, "Action");
      expect(xsiType(action)).toBe("ShowTaskpane");
      const url = resource(vo, "Url", one(action, vo.ns, "SourceLocation").getAttribute("resid")!).getAttribute("DefaultValue");
      expect(url).toBe(`${DEV_ORIGIN}/taskpane.html`);
      // Outlook does not pin task panes on calendar items.
      expect(all(action, vo.ns, "SupportsPinning")).toHaveLength(0);
    });

    test("resource ids are at most 32 characters and all resids resolve", () => {
      const resources = childrenOf(vo.el, vo.ns, "Resources")[0]!;
      const ids = (["Image", "Url", "String"] as const).flatMap((k) =>
        all(resources, NS.bt, k).filter((r) => r.parentNode?.parentNode === resources).map((r) => r.getAttribute("id") ?? ""),
      );
      for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
      const resids: Element[] = [];
      for (const name of ["Label", "Title", "Description", "SourceLocation"]) resids.push(...all(vo.el, vo.ns, name).filter((e) => e.hasAttribute("resid")));
      resids.push(...all(vo.el, NS.bt, "Image").filter((e) => e.hasAttribute("resid") && ownedBy(e, vo.el)));
      expect(resids.length).toBeGreaterThan(0);
      for (const ref of resids) expect(ids).toContain(ref.getAttribute("resid"));
    });
  });

  test("every icon URL is a file in assets/ with exactly the declared pixel size", () => {
    const declared: Array<{ url: string; size: number; where: string }> = [
      { url: one(officeApp, NS.app, "IconUrl").getAttribute("DefaultValue")!, size: 64, where: "IconUrl" },
      { url: one(officeApp, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 128, where: "HighResolutionIconUrl" },
    ];
    for (const vo of overrides) {
      const images = all(vo.el, NS.bt, "Image").filter((i) => ownedBy(i, vo.el));
      for (const ref of images.filter((i) => i.hasAttribute("size"))) {
        const image = resource(vo, "Image", ref.getAttribute("resid")!);
        declared.push({ url: image.getAttribute("DefaultValue")!, size: Number(ref.getAttribute("size")), where: `${vo.label} ${ref.getAttribute("resid")}` });
      }
    }
    expect(declared.length).toBeGreaterThanOrEqual(2 + 2 * 2 * 3);
    for (const { url, size, where } of declared) {
      const file = assetFor(url);
      if (!existsSync(file)) throw new Error(`${where}: ${url} has no file ${path.relative(ROOT, file)}`);
      expect({ where, ...pngSize(file) }).toEqual({ where, width: size, height: size });
    }
  });

  test("the icon set in assets/ is complete", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ASSETS, `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test("all URLs are https on the dev origin", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
  });

  test("display name, description and every command string cover it-IT, da-DK and the other shipped languages", () => {
    const localized: Array<{ where: string; el: Element }> = [
      { where: "DisplayName", el: one(officeApp, NS.app, "DisplayName") },
      { where: "Description", el: childrenOf(officeApp, NS.app, "Description")[0]! },
    ];
    for (const vo of overrides) {
      for (const s of all(vo.el, NS.bt, "String").filter((s) => s.parentNode?.parentNode?.parentNode === vo.el)) {
        localized.push({ where: `${vo.label} ${s.getAttribute("id")}`, el: s });
      }
    }
    expect(localized.length).toBe(2 + 2 * 3);
    for (const { where, el } of localized) {
      const ns = el.namespaceURI === NS.bt ? NS.bt : NS.app;
      const overridesFound = childrenOf(el, ns, "Override");
      const locales = overridesFound.map((o) => o.getAttribute("Locale"));
      expect({ where, locales: [...locales].sort() }).toEqual({ where, locales: [...LOCALES].sort() });
      for (const o of overridesFound) expect((o.getAttribute("Value") ?? "").trim()).not.toBe("");
    }
    // Translated, not copied: the button label differs from English in Italian and Danish.
    const label = resource(overrides[0]!, "String", "OpenButton.Label");
    const byLocale = Object.fromEntries(childrenOf(label, NS.bt, "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]));
    expect(byLocale["it-IT"]).not.toBe(label.getAttribute("DefaultValue"));
    expect(byLocale["da-DK"]).not.toBe(label.getAttribute("DefaultValue"));
  });
});
