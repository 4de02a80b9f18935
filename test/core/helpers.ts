// Shared helpers for the core tests: sample fixtures, tweaked copies of them, and
// meetings built the way the pane builds them (fixture -> raw item -> buildMeeting).
import * as fs from "fs";
import * as path from "path";
import { buildMeeting } from "../../src/core/meeting";
import { parseSettings } from "../../src/core/settings";
import type { Meeting, MeetingResult, Settings } from "../../src/core/types";
import { loadFixture, rawFromFixture, type FixtureJson } from "../support/fixtures";

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

export function build(f: FixtureJson): MeetingResult {
  const { item, user } = rawFromFixture(f);
  return buildMeeting(item, user, f.mode);
}

export function meetingOf(f: FixtureJson): Meeting {
  const result = build(f);
  if (!result.ok) throw new Error(`fixture ${f.name} gives problem ${result.problem}, expected a meeting`);
  return result.meeting;
}

export function settingsOf(f: FixtureJson): Settings {
  return parseSettings(f.roamingSettings).settings;
}

/** A fixture tweaked by `change`, built into a meeting. */
export function tweaked(name: string, change: (f: FixtureJson, item: FixtureItem) => void): { fixture: FixtureJson; meeting: Meeting; settings: Settings } {
  const f = fixtureCopy(name);
  change(f, itemOf(f));
  return { fixture: f, meeting: meetingOf(f), settings: settingsOf(f) };
}

/** An ISO instant `minutes` after another. */
export function plusMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

export const person = (displayName: string, emailAddress: string, appointmentResponse = "accepted") => ({ displayName, emailAddress, appointmentResponse });
