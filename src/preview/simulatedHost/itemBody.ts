// Office.Body: read mode has only getAsync (Mailbox 1.3); compose mode adds the type
// and the writers, with Outlook's size limit and its refusal of HTML into a text body.

import { ok } from "./asyncCalls";
import { coercionFromOptions, coercionOf, requireString } from "./argumentChecks";
import { bodyAs, intoBody, prependToBody, writeBody, type AppointmentState } from "./appointment";
import { ERRORS } from "./errors";
import type { HostScope } from "./hostScope";
import type { Fixture } from "./types";
import { LIMITS, type JsonObject } from "./util";

/** Outlook on the web and the new Outlook: both report the platform "OfficeOnline". */
export function onTheWeb(fx: Fixture): boolean {
  return fx.host.platform === "OfficeOnline";
}

/** `web`: Outlook on the web or the new Outlook, whose Text coercion runs lists together (see ./body). */
export function buildBody(
  scope: Pick<HostScope, "methods" | "parser" | "supports">,
  appointment: () => AppointmentState | null,
  compose: boolean,
  { web = false, prefix = "item.body" }: { web?: boolean; prefix?: string } = {},
): JsonObject {
  const { methods, parser, supports } = scope;
  const { asyncMethod } = methods;
  const body: JsonObject = {};
  const current = () => appointment()?.body ?? { type: "html" as const, content: "" };
  if (supports(3)) {
    body.getAsync = asyncMethod(
      `${prefix}.getAsync`,
      1,
      (args) => ok(bodyAs(current(), args[0] as "text" | "html", parser, web)),
      (args) => void coercionOf(args[0], "coercionType"),
    );
  }
  if (!compose) return body;
  body.getTypeAsync = asyncMethod(`${prefix}.getTypeAsync`, 0, () => ok(current().type));
  const write = (api: string, mode: "prepend" | "replace") =>
    asyncMethod(
      api,
      1,
      (args, options) => {
        const appt = appointment();
        if (!appt) return ok();
        const data = args[0] as string;
        if (data.length > LIMITS.bodyWriteChars) return { error: ERRORS.dataTooLarge };
        const converted = intoBody(appt.body, data, coercionFromOptions(options));
        if (converted === null) return { error: ERRORS.invalidFormat };
        writeBody(appt, mode === "prepend" ? prependToBody(appt.body, converted) : converted, parser);
        return ok();
      },
      (args, options) => {
        requireString("data")(args);
        // A wrong coercion type throws at once, as in Office.js.
        coercionFromOptions(options);
      },
    );
  body.prependAsync = write(`${prefix}.prependAsync`, "prepend");
  if (supports(3)) body.setAsync = write(`${prefix}.setAsync`, "replace");
  return body;
}
