// Which requirement sets the host offers (`host.mailboxVersion`), as
// Office.context.requirements.isSetSupported answers, and the diagnostics Outlook
// reports about itself.

import type { Fixture } from "./types";
import { HOST_NAMES, parseVersion, type JsonObject } from "./util";

/** The minor version of the highest Mailbox set (1.<minor>); a version the fixture parser let through but cannot be read counts as 1.1. */
export function mailboxMinor(fx: Fixture): number {
  const [, minor] = parseVersion(fx.host.mailboxVersion) ?? [1, 1];
  return minor;
}

export interface RequirementsDeps {
  minor: number;
  record(api: string, args: unknown[]): void;
  /** isSetSupported("NestedAppAuth", version): the fixture's `graph` answers it. */
  supportsNestedAppAuth(version: unknown): boolean;
}

/** Office.context.requirements: Mailbox up to 1.<minor>, NestedAppAuth as Graph says, nothing else. */
export function createRequirements({ minor, record, supportsNestedAppAuth }: RequirementsDeps) {
  return {
    isSetSupported: (...args: unknown[]): boolean => {
      record("requirements.isSetSupported", args);
      if (typeof args[0] === "string" && args[0].toLowerCase() === "nestedappauth") return supportsNestedAppAuth(args[1]);
      if (typeof args[0] !== "string" || args[0].toLowerCase() !== "mailbox") return false;
      if (args[1] === undefined || args[1] === null) return true;
      const wanted = parseVersion(args[1]);
      if (!wanted) return false;
      return wanted[0] < 1 || (wanted[0] === 1 && wanted[1] <= minor);
    },
  };
}

/** Office.context.mailbox.diagnostics (Mailbox 1.1). */
export function mailboxDiagnostics(fx: Fixture): JsonObject {
  return {
    hostName: HOST_NAMES[fx.host.platform],
    hostVersion: "16.0.0.0",
    ...(fx.host.platform === "OfficeOnline" ? { OWAView: "ThreeColumns" } : {}),
  };
}

/** Office.context.diagnostics. */
export function contextDiagnostics(fx: Fixture): JsonObject {
  return { host: "Outlook", platform: fx.host.platform, version: "16.0.0.0" };
}
