// A recurring series as Office.js shows it (Mailbox 1.7): `Office.Recurrence` with
// its `seriesTime` (`Office.SeriesTime`), whose times are wall-clock times in the
// recurrence's own zone, not UTC. Outlook's states (Office.Recurrence reference):
// the organizer composing the series may `setAsync`; on one occurrence `setAsync`
// fails; attendees only read it.

import { argumentError } from "./errors";
import { resolveZone, wallClockToInstant, zoneOffsetMinutes } from "./time";
import type { FixtureRecurrence } from "./types";
import { cloneJson, isObject, type JsonObject } from "./util";

/** The fixture README's `seriesTime`: dates "YYYY-MM-DD", a start "HH:mm", a length in minutes. */
export interface SeriesTimeState {
  startDate: string;
  endDate: string | null;
  startTime: string;
  durationMinutes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The zone the series' times are in: its recurrenceTimeZone, else the user's. */
export function recurrenceZone(recurrence: FixtureRecurrence, userZone: string): string {
  const tz = recurrence.recurrenceTimeZone;
  const name = isObject(tz) && typeof tz.name === "string" ? tz.name : null;
  return (name && resolveZone(name)) || userZone;
}

/** The fixture's seriesTime, or one derived from the item's start and end, as the README says. */
export function seriesTimeOf(recurrence: FixtureRecurrence, start: number | null, end: number | null, zone: string): SeriesTimeState {
  const given = recurrence.seriesTime;
  if (isObject(given) && typeof given.startDate === "string" && typeof given.startTime === "string" && typeof given.durationMinutes === "number") {
    return {
      startDate: given.startDate,
      endDate: typeof given.endDate === "string" ? given.endDate : null,
      startTime: given.startTime.slice(0, 5),
      durationMinutes: given.durationMinutes,
    };
  }
  const at = start ?? 0;
  const local = new Date(at + zoneOffsetMinutes(at, zone) * 60_000);
  return {
    startDate: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    endDate: null,
    startTime: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    durationMinutes: start !== null && end !== null ? Math.round((end - start) / 60_000) : 30,
  };
}

/** The instant the series' first meeting starts, from its seriesTime. */
export function seriesStartInstant(time: SeriesTimeState, zone: string): number {
  const [year, month, day] = time.startDate.split("-").map(Number);
  const [hour, minute] = time.startTime.split(":").map(Number);
  return wallClockToInstant({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: 0, millisecond: 0 }, zone, null);
}

function dateArg(args: unknown[], parameter: string): string {
  const [first, month, day] = args;
  if (typeof first === "string" && /^\d{4}-\d{2}-\d{2}$/.test(first)) return first;
  if ([first, month, day].every((n) => typeof n === "number" && Number.isInteger(n))) return `${first as number}-${pad(month as number)}-${pad(day as number)}`;
  throw argumentError(parameter, 'A date "YYYY-MM-DD" or year, month and day numbers are expected.');
}

function timeArg(args: unknown[], parameter: string): string {
  const [first, minutes] = args;
  if (typeof first === "string") {
    const m = /^T?(\d{2}):(\d{2})/.exec(first);
    if (m) return `${m[1]}:${m[2]}`;
  }
  if (typeof first === "number" && typeof minutes === "number" && first >= 0 && first < 24 && minutes >= 0 && minutes < 60) return `${pad(first)}:${pad(minutes)}`;
  throw argumentError(parameter, 'A time "HH:mm" or hours and minutes are expected.');
}

/** "THH:mm:ss:mmm", the format Office.SeriesTime documents for its times. */
function officeTime(hhmm: string, plusMinutes = 0): string {
  const [h, m] = hhmm.split(":").map(Number);
  const total = (((h! * 60 + m! + plusMinutes) % 1440) + 1440) % 1440;
  return `T${pad(Math.floor(total / 60))}:${pad(total % 60)}:00:000`;
}

/** An Office.SeriesTime over its own copy of the state: changes reach the item only through recurrence.setAsync. */
function officeSeriesTime(initial: SeriesTimeState): JsonObject {
  const st = { ...initial };
  return {
    getDuration: () => st.durationMinutes,
    getStartDate: () => st.startDate,
    getEndDate: () => st.endDate,
    getStartTime: () => officeTime(st.startTime),
    getEndTime: () => officeTime(st.startTime, st.durationMinutes),
    setDuration: (minutes: unknown) => {
      if (typeof minutes !== "number" || !Number.isFinite(minutes) || minutes < 0) throw argumentError("minutes", "A number of minutes is expected.");
      st.durationMinutes = Math.round(minutes);
    },
    setStartDate: (...args: unknown[]) => {
      st.startDate = dateArg(args, "startDate");
    },
    setEndDate: (...args: unknown[]) => {
      st.endDate = dateArg(args, "endDate");
    },
    setStartTime: (...args: unknown[]) => {
      st.startTime = timeArg(args, "startTime");
    },
  };
}

/** The Office.Recurrence object `item.recurrence` (read) or `recurrence.getAsync` (compose) hands over. */
export function officeRecurrence(recurrence: FixtureRecurrence | null, seriesTime: SeriesTimeState | null): JsonObject | null {
  if (recurrence === null) return null;
  const { recurrenceType, interval, recurrenceProperties, recurrenceTimeZone, ...rest } = recurrence;
  const props = isObject(recurrenceProperties) ? recurrenceProperties : {};
  // The fixture's plain seriesTime gives way to Office's object with its methods.
  delete rest.seriesTime;
  return {
    ...cloneJson(rest),
    recurrenceType,
    recurrenceProperties: { ...cloneJson(props), ...(interval !== undefined ? { interval } : {}) },
    ...(isObject(recurrenceTimeZone) ? { recurrenceTimeZone: cloneJson(recurrenceTimeZone) } : {}),
    seriesTime: seriesTime ? officeSeriesTime(seriesTime) : null,
  };
}

/** Reads what the add-in passed to recurrence.setAsync; throws as Office.js does for a malformed pattern. */
export function readRecurrencePattern(pattern: unknown): { recurrenceType: string; seriesTime: SeriesTimeState } {
  if (!isObject(pattern) || typeof pattern.recurrenceType !== "string") throw argumentError("recurrencePattern", "An Office.Recurrence object is expected.");
  const st = pattern.seriesTime;
  const methods = ["getDuration", "getStartDate", "getEndDate", "getStartTime"];
  if (!isObject(st) || methods.some((m) => typeof st[m] !== "function")) {
    throw argumentError("recurrencePattern.seriesTime", "seriesTime must be the Office.SeriesTime that recurrence.getAsync gave.");
  }
  const call = (m: string) => (st[m] as () => unknown)();
  const duration = call("getDuration");
  const startDate = call("getStartDate");
  const endDate = call("getEndDate");
  const startTime = call("getStartTime");
  if (typeof duration !== "number" || typeof startDate !== "string" || typeof startTime !== "string") {
    throw argumentError("recurrencePattern.seriesTime", "seriesTime is incomplete.");
  }
  return {
    recurrenceType: pattern.recurrenceType,
    seriesTime: { startDate, endDate: typeof endDate === "string" ? endDate : null, startTime: timeArg([startTime], "startTime"), durationMinutes: duration },
  };
}
