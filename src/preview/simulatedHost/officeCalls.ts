// The Office.js calls the simulated host makes and a fixture's `failures` can name, by the
// call log's dotted path from Office.context.mailbox (roaming settings from Office.context).
// A name not here could never fail, so a test that relied on it would pass for nothing:
// the fixture is refused instead. test/preview/simulatedHost.test.ts walks the installed
// host in both modes and fails if this list and the members it offers drift apart.

const property = (name: string, methods: readonly string[]) => methods.map((m) => `item.${name}.${m}`);

export const FAILABLE_CALLS: ReadonlySet<string> = new Set([
  ...["subject", "start", "end", "location"].flatMap((name) => property(name, ["getAsync", "setAsync"])),
  ...["requiredAttendees", "optionalAttendees"].flatMap((name) => property(name, ["getAsync", "setAsync", "addAsync"])),
  ...property("body", ["getAsync", "getTypeAsync", "prependAsync", "setAsync"]),
  ...property("recurrence", ["getAsync", "setAsync"]),
  "item.organizer.getAsync",
  "item.enhancedLocation.getAsync",
  "item.getItemIdAsync",
  "item.saveAsync",
  "item.displayReplyForm",
  "item.displayReplyAllForm",
  "item.displayReplyFormAsync",
  "item.displayReplyAllFormAsync",
  "displayNewMessageForm",
  "displayNewAppointmentForm",
  "displayNewMessageFormAsync",
  "displayNewAppointmentFormAsync",
  "roamingSettings.saveAsync",
]);
