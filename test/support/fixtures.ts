// Test support: the sample fixtures as the core sees them (what the adapter would produce),
// without any Office host in between. Adapter tests cover the Office side.
import * as fs from "fs";
import * as path from "path";
import type { RawAppointment, RawItem, RawUser } from "../../src/core/types";

export interface FixtureJson {
  name: string;
  host: { displayLanguage: string; mailboxVersion: string; platform: string };
  user: { displayName: string; emailAddress: string; timeZone: string };
  mode: "read" | "compose";
  item: null | (Record<string, unknown> & { itemType: string });
  roamingSettings: Record<string, unknown>;
  failures?: Array<{ api: string; code?: number; message?: string; hang?: boolean }>;
}

/** The project's copy of the shared sample fixtures (the repository stands alone without ../shared). */
export const SHARED_FIXTURES_DIR = path.resolve(__dirname, "../../src/preview/fixtures/shared");
/** The project's own edge-case fixtures. */
export const PROJECT_FIXTURES_DIR = path.resolve(__dirname, "../../src/preview/fixtures/own");

export function loadFixture(name: string): FixtureJson {
  for (const dir of [PROJECT_FIXTURES_DIR, SHARED_FIXTURES_DIR]) {
    const file = path.join(dir, `${name}.json`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as FixtureJson;
  }
  throw new Error(`no fixture named ${name}`);
}

export function fixtureNames(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")) : [];
}

/** HTML body -> the text Outlook's Text coercion gives: one line per block or list item. */
function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.querySelectorAll("p,div,li,br,h1,h2,h3,tr").forEach((el) => el.append("\n"));
  return (doc.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}

export function rawFromFixture(f: FixtureJson): { item: RawItem; user: RawUser } {
  const user: RawUser = { displayName: f.user.displayName, emailAddress: f.user.emailAddress, timeZone: f.user.timeZone };
  const it = f.item;
  if (!it) return { item: null, user };
  if (it.itemType !== "appointment") return { item: { itemType: "message", subject: (it.subject as string) ?? null }, user };
  const body = it.body as { type: string; content: string } | undefined;
  const item: RawAppointment = {
    itemType: "appointment",
    subject: (it.subject as string) ?? null,
    start: it.start ? new Date(it.start as string) : null,
    end: it.end ? new Date(it.end as string) : null,
    location: (it.location as string) ?? null,
    organizer: (it.organizer as RawAppointment["organizer"]) ?? null,
    requiredAttendees: (it.requiredAttendees as RawAppointment["requiredAttendees"]) ?? [],
    optionalAttendees: (it.optionalAttendees as RawAppointment["optionalAttendees"]) ?? [],
    bodyText: body ? (body.type === "html" ? htmlToText(body.content) : body.content) : null,
    recurrence: (it.recurrence as RawAppointment["recurrence"]) ?? null,
    seriesId: (it.seriesId as string) ?? null,
  };
  return { item, user };
}
