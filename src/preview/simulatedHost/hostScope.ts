// What every part of the simulated host shares: the fixture, the user's zone, the
// requirement sets on offer, and the one place calls are made and recorded.

import type { OfficeMethods } from "./asyncCalls";
import type { Recorder } from "./recorder";
import type { Fixture } from "./types";

export interface HostScope {
  readonly fx: Fixture;
  /** The user's zone (IANA), in which fixture times without an offset are read. */
  readonly zone: string;
  readonly parser: DOMParser;
  /** Whether Mailbox 1.<minor> is available on this host. */
  supports(minor: number): boolean;
  readonly methods: OfficeMethods;
  readonly recorder: Recorder;
  /** The open item's EWS id (the fixture's, or one made up from its name). */
  readonly itemId: string;
}
