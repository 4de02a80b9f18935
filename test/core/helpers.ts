// Shared helpers for the core tests: sample fixtures, tweaked copies of them, and
// meetings built the way the pane builds them (fixture -> simulated Outlook -> adapter
// snapshot -> buildMeeting), so a fixture the adapter reads differently (an older
// mailboxVersion, a compose item) gives the core what the pane would get.
import * as fs from "fs";
import * as path from "path";
import { buildMeeting } from "../../src/core/meeting";
import { parseSettings } from "../../src/core/settings";
import type { Meeting, MeetingResult, Settings } from "../../src/core/types";
import { loadFixture, snapshotFromFixture, type FixtureJson } from "../support/fixtures";
import type { MailboxSnapshot } from "../../src/office/mailboxAdapter";

export type FixtureItem = Record<string, unknown> & { itemType: string };

/** A deep copy of a sample fixture, so a test can tweak it freely. */
export function fixtureCopy(name: string): FixtureJson {
  return JSON.parse(JSON.stringify(loadFixture(name))) as FixtureJson;
}

/** The fixture file at an exact path (both fixture folders hold files of the same names). */
export function fixtureAt(file: string): FixtureJson {
  return JSON.parse(fs.readFileSync(file, "utf8")) as FixtureJson;
}

export function fixtureFiles(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

export function itemOf(f: FixtureJson): FixtureItem {
  if (!f.item) throw new Error(`fixture ${f.name} has no item`);
  return f.item;
}

export async function build(f: FixtureJson): Promise<MeetingResult> {
  const snapshot = await snapshotFromFixture(f);
  return buildMeeting(snapshot.item, snapshot.user, snapshot.mode);
}

export async function meetingOf(f: FixtureJson): Promise<Meeting> {
  return (await meetingWithSnapshotOf(f)).meeting;
}

/** The meeting and the snapshot it was read from (what the host can change: `capabilities`). */
export async function meetingWithSnapshotOf(f: FixtureJson): Promise<{ meeting: Meeting; snapshot: MailboxSnapshot }> {
  const snapshot = await snapshotFromFixture(f);
  const result = buildMeeting(snapshot.item, snapshot.user, snapshot.mode);
  if (!result.ok) throw new Error(`fixture ${f.name} gives problem ${result.problem}, expected a meeting`);
  return { meeting: result.meeting, snapshot };
}

export function settingsOf(f: FixtureJson): Settings {
  return parseSettings(f.roamingSettings).settings;
}

/** A fixture tweaked by `change`, built into a meeting. */
export async function tweaked(
  name: string,
  change: (f: FixtureJson, item: FixtureItem) => void,
): Promise<{ fixture: FixtureJson; meeting: Meeting; settings: Settings }> {
  const f = fixtureCopy(name);
  change(f, itemOf(f));
  const snapshot = await snapshotFromFixture(f);
  const result = buildMeeting(snapshot.item, snapshot.user, snapshot.mode);
  if (!result.ok) throw new Error(`fixture ${f.name} gives problem ${result.problem}, expected a meeting`);
  return { fixture: f, meeting: result.meeting, settings: parseSettings(snapshot.settings).settings };
}

/** An ISO instant `minutes` after another. */
export function plusMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

export const person = (displayName: string, emailAddress: string, appointmentResponse = "accepted") => ({ displayName, emailAddress, appointmentResponse });
