// The pane's own table of Windows zone names must answer exactly as windows-iana
// (CLDR), from which scripts/generate-windows-zones.mjs builds it: a stale or
// hand-edited table would put the user's meetings in the wrong zone.
import { WINDOWS_TO_IANA_MAP, findIana } from "windows-iana";
import { toIanaZone } from "../../src/core/timeZone";
import { WINDOWS_TO_IANA } from "../../src/core/windowsZones";

const windowsNames = [...new Set(WINDOWS_TO_IANA_MAP.map((entry) => entry.windowsName))].sort();

/** What toIanaZone answered when it asked windows-iana directly. */
function viaWindowsIana(name: string): string | null {
  const isIana = (zone: string) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  };
  const candidate = findIana(name)[0];
  if (candidate && isIana(candidate)) return candidate;
  return isIana(name) ? name : null;
}

test("windows-iana knows the ~140 Windows zones Outlook reports", () => {
  expect(windowsNames.length).toBeGreaterThan(130);
});

test("the table lists exactly the Windows zones windows-iana knows", () => {
  expect(Object.keys(WINDOWS_TO_IANA).sort()).toEqual(windowsNames);
});

test.each(windowsNames)("%s gives the same IANA zone as windows-iana", (name) => {
  expect(WINDOWS_TO_IANA[name]).toBe(findIana(name)[0]);
  expect(toIanaZone(name)).toBe(viaWindowsIana(name));
  expect(toIanaZone(name)).not.toBeNull();
});

test.each(["Europe/Rome", "America/New_York", "constructor", "toString", "Not A Zone", "romance standard time"])(
  "%s (not a Windows name) answers as before",
  (name) => {
    expect(toIanaZone(name)).toBe(viaWindowsIana(name));
  },
);
