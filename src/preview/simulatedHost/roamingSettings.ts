// Office.context.roamingSettings: get/set/remove in memory (values kept as their JSON
// form), and saveAsync with Outlook's 32 KB limit.

import { ok, type OfficeMethods } from "./asyncCalls";
import { ERRORS, argumentError } from "./errors";
import { LIMITS, cloneJson, utf8Length, type JsonObject } from "./util";

export interface RoamingSettingsDeps {
  record(api: string, args: unknown[]): void;
  methods: OfficeMethods;
  /** After a successful save: what is now stored. */
  saved(settings: JsonObject): void;
}

export function createRoamingSettings(initial: JsonObject, { record, methods, saved }: RoamingSettingsDeps) {
  let settings: JsonObject = cloneJson(initial);
  return {
    get: (...args: unknown[]) => {
      record("roamingSettings.get", args);
      const value = settings[String(args[0])];
      return cloneJson(value);
    },
    set: (...args: unknown[]) => {
      record("roamingSettings.set", args);
      if (typeof args[0] !== "string") throw argumentError("name", "A string is expected.");
      // Office stores the value's JSON form.
      settings = { ...settings, [args[0]]: cloneJson(args[1]) };
    },
    remove: (...args: unknown[]) => {
      record("roamingSettings.remove", args);
      const rest = { ...settings };
      delete rest[String(args[0])];
      settings = rest;
    },
    saveAsync: methods.asyncMethod("roamingSettings.saveAsync", 0, () => {
      const size = utf8Length(JSON.stringify(settings));
      if (size > LIMITS.settingsBytes) return { error: ERRORS.settingsTooLarge };
      saved(cloneJson(settings));
      return ok();
    }),
  };
}
