// Office.context and Office.context.mailbox for one fixture: the item in its mode,
// the user, the diagnostics, time conversion, the new-item forms, roaming settings,
// requirement sets and (Mailbox 1.14) the theme.

import type { SimulatedGraph } from "../simulatedGraph";
import type { ItemState } from "./appointment";
import { clientTimeConverters } from "./clientTime";
import { buildComposeItem } from "./composeItem";
import { addNewItemForms } from "./formMethods";
import type { HostScope } from "./hostScope";
import { buildReadItem } from "./readItem";
import { contextDiagnostics, createRequirements, mailboxDiagnostics } from "./requirements";
import { createRoamingSettings } from "./roamingSettings";
import { windowsZoneName } from "./time";
import { THEMES, isMobile, type JsonObject } from "./util";

/** Office.context.mailbox. */
export function buildMailbox(scope: HostScope, item: ItemState | null, graph: Pick<SimulatedGraph, "convertToRestId">): JsonObject {
  const { fx, supports, recorder } = scope;
  const mailbox: JsonObject = {
    item: item === null ? null : fx.mode === "read" ? buildReadItem(item, scope) : buildComposeItem(item, scope),
    userProfile: {
      displayName: fx.user.displayName,
      emailAddress: fx.user.emailAddress,
      timeZone: windowsZoneName(fx.user.timeZone),
      ...(supports(6) ? { accountType: "office365" } : {}),
    },
    diagnostics: mailboxDiagnostics(fx),
    ...clientTimeConverters(scope.zone, recorder.record),
  };
  // Not on mobile (Office.js reference), whatever the requirement set.
  if (supports(3) && !isMobile(fx.host.platform)) mailbox.convertToRestId = graph.convertToRestId;
  addNewItemForms(mailbox, scope);
  return mailbox;
}

/** Office.context around `mailbox`. */
export function buildContext(scope: HostScope, mailbox: JsonObject, graph: Pick<SimulatedGraph, "supportsNestedAppAuth">, minor: number): JsonObject {
  const { fx, recorder, methods } = scope;
  const platform = fx.host.platform;
  const roamingSettings = createRoamingSettings(fx.roamingSettings, {
    record: recorder.record,
    methods,
    saved: (settings) => recorder.changed({ savedSettings: settings }),
  });
  const context: JsonObject = {
    platform,
    displayLanguage: fx.host.displayLanguage,
    contentLanguage: fx.host.displayLanguage,
    diagnostics: contextDiagnostics(fx),
    requirements: createRequirements({ minor, record: recorder.record, supportsNestedAppAuth: graph.supportsNestedAppAuth }),
    roamingSettings,
    mailbox,
  };
  if (scope.supports(14)) context.officeTheme = { ...THEMES[fx.host.theme] };
  return context;
}
