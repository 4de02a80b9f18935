// Installation: the Office.js look-alike for one fixture, on a window. The parts:
// ./recorder (call log, forms, saved settings, change notifications), ./asyncCalls
// (AsyncResult plumbing, fixture failures, lost calls, the in-flight limit),
// ./appointment (the item's state), ./readItem and ./composeItem (the item per mode),
// ./itemBody, ./recipients, ./formMethods, ./roamingSettings, ./requirements,
// ./clientTime, ./context, ./officeNamespace and ./windowHooks.

import { applyUserEdit, itemState, itemView } from "./appointment";
import { createOfficeMethods } from "./asyncCalls";
import { buildContext, buildMailbox } from "./context";
import { parseFixture } from "./fixture";
import type { HostScope } from "./hostScope";
import { buildOfficeNamespace } from "./officeNamespace";
import { createRecorder } from "./recorder";
import { mailboxMinor } from "./requirements";
import { hostZone } from "./time";
import type { SimulatedHostOptions, SimulatedMailbox } from "./types";
import { hookWindow, restoreWindow, type HostWindow } from "./windowHooks";
import { fixtureItemId, installSimulatedGraph } from "../simulatedGraph";

/**
 * Installs an Office.js look-alike for `fixture` on `win` (window.Office) and
 * returns the recorder, also exposed as `win.__simulatedMailbox`. Calling it again
 * (another fixture) first uninstalls the previous host.
 */
export function installSimulatedHost(
  fixture: unknown,
  win: Window & typeof globalThis = window,
  options: SimulatedHostOptions = {},
): SimulatedMailbox {
  const fx = parseFixture(fixture);
  const hostWin = win as unknown as HostWindow;
  hostWin.__simulatedMailbox?.uninstall();

  const zone = hostZone(fx.user.timeZone, fx.item?.itemType === "appointment" ? fx.item.start : null);
  const minor = mailboxMinor(fx);
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  const parser = new win.DOMParser();
  const item = itemState(fx.item, zone);
  const appointment = () => (item !== null && item.itemType === "appointment" ? item : null);

  const recorder = createRecorder(fx, {
    itemView: () => itemView(item),
    userEdit: (change) => applyUserEdit(appointment(), change, zone, parser),
    latencyMs,
    uninstall: () => {
      graph.uninstall();
      restoreWindow(hostWin);
      if (hostWin.__simulatedMailbox === mailbox) delete hostWin.__simulatedMailbox;
    },
  });
  const { mailbox, record, changed } = recorder;
  const methods = createOfficeMethods({
    failures: fx.failures,
    platform: fx.host.platform,
    latencyMs,
    lateMs: options.lateMs ?? {},
    record,
    succeeded: () => changed(),
    started: (inFlight) => {
      if (inFlight > mailbox.peakInFlight) changed({ peakInFlight: inFlight });
    },
  });
  const itemId = fixtureItemId(fixture) ?? `AAMkSimulated${Array.from(fx.name).reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16)}`;
  // Microsoft Graph through nested app authentication (the fixture's `graph`): see simulatedGraph.ts.
  const graph = installSimulatedGraph(fixture, { win, record, changed: () => changed(), latencyMs }, itemId);

  const scope: HostScope = { fx, zone, parser, supports: (setMinor) => minor >= setMinor, methods, recorder, itemId };
  const context = buildContext(scope, buildMailbox(scope, item, graph), graph, minor);
  hookWindow(win, buildOfficeNamespace(context, fx.host.platform), record);
  hostWin.__simulatedMailbox = mailbox;
  return mailbox;
}
