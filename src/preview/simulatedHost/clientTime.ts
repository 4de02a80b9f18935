// mailbox.convertToLocalClientTime / convertToUtcClientTime in the user's zone, as
// Outlook converts (0-based months, the offset in minutes).

import { argumentError } from "./errors";
import { wallClockToInstant, zoneOffsetMinutes, type WallClock } from "./time";
import { isObject } from "./util";

export function clientTimeConverters(zone: string, record: (api: string, args: unknown[]) => void) {
  return {
    convertToLocalClientTime: (...args: unknown[]) => {
      record("convertToLocalClientTime", args);
      const date = args[0];
      if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw argumentError("timeValue", "A Date is expected.");
      const offset = zoneOffsetMinutes(date.getTime(), zone);
      const local = new Date(date.getTime() + offset * 60_000);
      return {
        year: local.getUTCFullYear(),
        month: local.getUTCMonth(), // 0-based, as Outlook gives it
        date: local.getUTCDate(),
        hours: local.getUTCHours(),
        minutes: local.getUTCMinutes(),
        seconds: local.getUTCSeconds(),
        milliseconds: local.getUTCMilliseconds(),
        timezoneOffset: offset,
      };
    },
    convertToUtcClientTime: (...args: unknown[]) => {
      record("convertToUtcClientTime", args);
      const input = args[0];
      const fields = ["year", "month", "date", "hours", "minutes"] as const;
      if (!isObject(input) || fields.some((f) => typeof input[f] !== "number")) {
        throw argumentError("input", "A LocalClientTime object is expected.");
      }
      const num = (key: string) => (typeof input[key] === "number" ? (input[key] as number) : 0);
      const asUtc = new Date(Date.UTC(num("year"), num("month"), num("date"), num("hours"), num("minutes"), num("seconds"), num("milliseconds")));
      const wall: WallClock = {
        year: asUtc.getUTCFullYear(),
        month: asUtc.getUTCMonth() + 1,
        day: asUtc.getUTCDate(),
        hour: asUtc.getUTCHours(),
        minute: asUtc.getUTCMinutes(),
        second: asUtc.getUTCSeconds(),
        millisecond: asUtc.getUTCMilliseconds(),
      };
      const preferred = typeof input.timezoneOffset === "number" ? input.timezoneOffset : null;
      return new Date(wallClockToInstant(wall, zone, preferred));
    },
  };
}
