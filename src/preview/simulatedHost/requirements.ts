// Which requirement sets the host offers (`host.mailboxVersion`), as
// Office.context.requirements.isSetSupported answers, and the diagnostics Outlook
// reports about itself.

import type { Fixture } from "./types";
import { HOST_NAMES, parseVersion, type JsonObject } from "./util";

/**
 * The highest Mailbox set each platform has at all (Microsoft's requirement-set table): the web,
 * new Outlook and classic Windows 1.16, Outlook on Mac 1.14 (its new UI), iOS and Android 1.5.
 * A fixture that asks for more gets what that Outlook would have, not a kinder host.
 */
const PLATFORM_CEILING: Readonly<Record<Fixture["host"]["platform"], number>> = { OfficeOnline: 16, PC: 16, Mac: 14, iOS: 5, Android: 5 };

/** The minor version of the highest Mailbox set (1.<minor>); a version the fixture parser let through but cannot be read counts as 1.1. */
export function mailboxMinor(fx: Fixture): number {
  const [, minor] = parseVersion(fx.host.mailboxVersion) ?? [1, 1];
  return Math.min(minor, PLATFORM_CEILING[fx.host.platform]);
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

/**
 * Classic Outlook on Windows: the first build of each Mailbox set from 1.8 on (Microsoft's
 * requirement-set table). Below 1.8, perpetual Outlooks: 2013 offers 1.1, 2016 up to 1.4,
 * 2019 up to 1.6 (their first builds). A host of 1.7, where no Outlook stopped, reports 1.8's.
 */
const WINDOWS_BUILDS: Readonly<Record<number, string>> = {
  1: "15.0.4420.1017",
  4: "16.0.4266.1001",
  6: "16.0.10336.20044",
  8: "16.0.12130.20272",
  9: "16.0.13127.20296",
  10: "16.0.13929.20296",
  11: "16.0.14527.20226",
  12: "16.0.15330.20196",
  13: "16.0.16327.20248",
  14: "16.0.17530.15000",
  15: "16.0.18324.20172",
  16: "16.0.19725.20126",
};

/**
 * What mailbox.diagnostics.hostVersion reports: the client's build on Windows, Mac and
 * mobile, Exchange Online's on the web and in new Outlook (the pane shows it when the
 * Outlook is too old, so each host gives its own kind of number).
 */
export function hostVersionFor(fx: Fixture): string {
  switch (fx.host.platform) {
    case "OfficeOnline":
      return "15.20.8880.23";
    case "PC": {
      const minor = mailboxMinor(fx);
      const first = Object.keys(WINDOWS_BUILDS)
        .map(Number)
        .sort((a, b) => a - b)
        .find((m) => m >= minor);
      return WINDOWS_BUILDS[first ?? 16]!;
    }
    case "Mac":
      return "16.89.24090815";
    case "iOS":
    case "Android":
      return "4.2433.0";
  }
}

/** Office.context.mailbox.diagnostics (Mailbox 1.1). */
export function mailboxDiagnostics(fx: Fixture): JsonObject {
  return {
    hostName: HOST_NAMES[fx.host.platform],
    hostVersion: hostVersionFor(fx),
    ...(fx.host.platform === "OfficeOnline" ? { OWAView: "ThreeColumns" } : {}),
  };
}

/** Office.context.diagnostics. */
export function contextDiagnostics(fx: Fixture): JsonObject {
  return { host: "Outlook", platform: fx.host.platform, version: "16.0.0.0" };
}
