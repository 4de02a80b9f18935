// Test support: the sample fixtures, and what the pane reads from them through the
// production adapter on the simulated Outlook host (no second converter).
import * as fs from "fs";
import * as path from "path";
import type { MailboxSnapshot } from "../../src/office/mailboxAdapter";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { installSimulatedHost } from "../../src/preview/simulatedHost";

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

/**
 * What the pane reads for this fixture: the simulated Outlook host installed for it
 * (mailboxVersion, mode, Text coercion and all) and the snapshot taken through the
 * production adapter, the same path as the task pane. The host is uninstalled after.
 */
export async function snapshotFromFixture(f: FixtureJson): Promise<MailboxSnapshot> {
  const host = installSimulatedHost(f, window);
  try {
    return await createOfficeAdapter().readSnapshot();
  } finally {
    host.uninstall();
  }
}
