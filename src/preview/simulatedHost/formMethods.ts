// The windows the add-in can open, as Office.js members: the read item's reply forms
// and the mailbox's new-message and new-appointment forms (read mode only), each with
// its `...Async` twin from Mailbox 1.9. Arguments are checked at once (limits throw);
// an async form opens when its call completes.

import { ok, type OfficeMethods } from "./asyncCalls";
import { buildReplyForm, newAppointmentForm, newMessageForm, type ReplySource } from "./forms";
import type { HostScope } from "./hostScope";
import type { OpenedForm } from "./types";
import { isMobile, type JsonObject } from "./util";

/** `display...FormAsync(parameters, [options], [callback])`: the form opens when the call completes. */
function displayAsync(methods: OfficeMethods, openForm: (form: OpenedForm) => void, api: string, build: (parameters: unknown) => OpenedForm) {
  return methods.asyncMethod<OpenedForm>(
    api,
    1,
    (_args, _options, form) => {
      openForm(form);
      return ok();
    },
    (args) => build(args[0]),
  );
}

/** displayReplyForm / displayReplyAllForm (1.1) and their Async twins (1.9), put on `target` (the read item). */
export function addReplyForms(target: JsonObject, scope: HostScope, source: () => ReplySource | null, subject: () => string): void {
  // Outlook on iOS and Android opens no reply form for an add-in.
  if (isMobile(scope.fx.host.platform)) return;
  const { methods, recorder } = scope;
  const userEmail = scope.fx.user.emailAddress.toLowerCase();
  const replyForm = (all: boolean, formData: unknown): OpenedForm => buildReplyForm(all, formData, source(), subject(), userEmail);
  target.displayReplyForm = methods.syncMethod("item.displayReplyForm", (args) => void recorder.openForm(replyForm(false, args[0])));
  target.displayReplyAllForm = methods.syncMethod("item.displayReplyAllForm", (args) => void recorder.openForm(replyForm(true, args[0])));
  if (scope.supports(9)) {
    target.displayReplyFormAsync = displayAsync(methods, recorder.openForm, "item.displayReplyFormAsync", (data) => replyForm(false, data));
    target.displayReplyAllFormAsync = displayAsync(methods, recorder.openForm, "item.displayReplyAllFormAsync", (data) => replyForm(true, data));
  }
}

/**
 * displayNewMessageForm (1.6), displayNewAppointmentForm (1.1) and their Async twins (1.9),
 * put on `target` (the mailbox). Documented for read mode only: absent in compose mode.
 */
export function addNewItemForms(target: JsonObject, scope: HostScope): void {
  if (scope.fx.mode !== "read" || isMobile(scope.fx.host.platform)) return;
  const { methods, recorder } = scope;
  if (scope.supports(6)) target.displayNewMessageForm = methods.syncMethod("displayNewMessageForm", (args) => void recorder.openForm(newMessageForm(args[0])));
  target.displayNewAppointmentForm = methods.syncMethod("displayNewAppointmentForm", (args) => void recorder.openForm(newAppointmentForm(args[0])));
  if (scope.supports(9)) {
    target.displayNewMessageFormAsync = displayAsync(methods, recorder.openForm, "displayNewMessageFormAsync", newMessageForm);
    target.displayNewAppointmentFormAsync = displayAsync(methods, recorder.openForm, "displayNewAppointmentFormAsync", newAppointmentForm);
  }
}
