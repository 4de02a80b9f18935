/**
 * @jest-environment node
 */
// The simulated Graph is as strict as Graph: tokens with the right scope, the
// documented rules (proposals only where allowed, cancel for the organizer only,
// at most 500 recipients), Graph's status codes and error bodies, the fixture's
// failures, and the host's NAA bridge answering MSAL's own messages.
import { installSimulatedGraph, parseGraphFixture, toRestId, type SimulatedGraph } from "../../src/preview/simulatedGraph";

type Logged = { api: string; args: unknown[] };

const ITEM_ID = "AAMk+Occ/1=";
const REST_ID = "AAMk_Occ-1=";

function fixture(overrides: { graph?: unknown; mode?: string; item?: Record<string, unknown> } = {}) {
  return {
    name: "t",
    user: { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com" },
    mode: overrides.mode ?? "read",
    item: { itemType: "appointment", organizer: { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" }, seriesId: "AAMk+Series=", ...overrides.item },
    graph: overrides.graph ?? { available: true, consent: "granted" },
  };
}

function install(fx: unknown) {
  const log: Logged[] = [];
  const win = { fetch: async () => new Response("not graph") } as unknown as Window & typeof globalThis;
  const graph = installSimulatedGraph(fx, { win, record: (api, args) => log.push({ api, args }), changed: () => {}, latencyMs: 0 }, ITEM_ID);
  const bridge = (win as unknown as { nestedAppAuthBridge?: { postMessage(m: string): void; addEventListener(t: string, l: (e: { data: string }) => void): void } }).nestedAppAuthBridge;
  const ask = (method: string, scope = "Calendars.ReadWrite openid profile offline_access") =>
    new Promise<Record<string, unknown>>((resolve) => {
      const requestId = Math.random().toString(36);
      bridge!.addEventListener("message", (e) => {
        const response = JSON.parse(e.data) as Record<string, unknown>;
        if (response.requestId === requestId) resolve(response);
      });
      bridge!.postMessage(JSON.stringify({ messageType: "NestedAppAuthRequest", method, requestId, tokenParams: { clientId: "cid", scope } }));
    });
  const token = async (scope?: string) => ((await ask("GetToken", scope)).token as { access_token: string }).access_token;
  const call = async (path: string, body: unknown, accessToken: string | null) => {
    const response = await win.fetch(`https://graph.microsoft.com/v1.0${path}`, {
      method: "POST",
      headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, error: text ? (JSON.parse(text) as { error: { code: string; message: string } }).error : null, retryAfter: response.headers.get("Retry-After") };
  };
  return { graph, log, win, bridge, ask, token, call };
}

const slot = { start: { dateTime: "2026-11-24T08:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-24T08:30:00", timeZone: "UTC" } };

test("NAA availability follows the fixture; without `graph` there is no bridge and NestedAppAuth is unsupported", () => {
  const off = install({ ...fixture(), graph: undefined });
  expect(off.graph.supportsNestedAppAuth("1.1")).toBe(false);
  expect(off.bridge).toBeUndefined();
  const on = install(fixture());
  expect(on.graph.supportsNestedAppAuth("1.1")).toBe(true);
  expect(on.graph.supportsNestedAppAuth("1.2")).toBe(false);
  expect(on.bridge).toBeDefined();
});

test("convertToRestId turns the EWS id URL-safe and is logged like any Office.js call", () => {
  const { graph, log } = install(fixture());
  expect(graph.convertToRestId(ITEM_ID, "v2.0")).toBe(REST_ID);
  expect(log).toEqual([{ api: "convertToRestId", args: [ITEM_ID, "v2.0"] }]);
  expect(() => graph.convertToRestId(ITEM_ID, 2)).toThrow(/restVersion/);
  expect(toRestId("a+b/c")).toBe("a_b-c");
});

describe("consent", () => {
  test("granted: the silent request gets a token; the log names the scopes asked for", async () => {
    const { ask, log } = install(fixture());
    const response = await ask("GetToken");
    expect(response).toMatchObject({ success: true, token: { access_token: expect.any(String), id_token: expect.any(String) }, account: { environment: "login.microsoftonline.com" } });
    expect(log).toEqual([{ api: "naa.acquireToken", args: [["Calendars.ReadWrite"]] }]);
  });

  test("prompt: silent says consent is needed, the interactive request asks, then silent works, scope by scope", async () => {
    const { ask } = install(fixture({ graph: { available: true, consent: "prompt" } }));
    expect(await ask("GetToken")).toMatchObject({ success: false, error: { status: "USER_INTERACTION_REQUIRED", code: "consent_required" } });
    expect(await ask("GetTokenPopup")).toMatchObject({ success: true });
    expect(await ask("GetToken")).toMatchObject({ success: true });
    expect(await ask("GetToken", "Mail.Send")).toMatchObject({ success: false });
  });

  test("denied: both fail", async () => {
    const { ask } = install(fixture({ graph: { available: true, consent: "denied" } }));
    expect(await ask("GetToken")).toMatchObject({ success: false, error: { code: "consent_required" } });
    expect(await ask("GetTokenPopup")).toMatchObject({ success: false, error: { status: "PERSISTENT_ERROR", code: "consent_required" } });
  });
});

describe("Graph's rules", () => {
  test("no token: 401; a token without Mail.Send cannot send mail: 403", async () => {
    const { token, call } = install(fixture());
    expect(await call(`/me/events/${REST_ID}/decline`, { comment: "x", sendResponse: true }, null)).toMatchObject({ status: 401, error: { code: "InvalidAuthenticationToken" } });
    const calendars = await token();
    const mail = { message: { subject: "S", body: { contentType: "html", content: "x" }, toRecipients: [{ emailAddress: { address: "a@b.dk" } }] }, saveToSentItems: true };
    expect(await call("/me/sendMail", mail, calendars)).toMatchObject({ status: 403, error: { code: "ErrorAccessDenied" } });
    expect(await call("/me/sendMail", mail, await token("Mail.Send"))).toEqual({ status: 202, error: null, retryAfter: null });
  });

  test("an attendee's answer: 202; the occurrence id and the series id are known, any other is 404", async () => {
    const { token, call, log } = install(fixture());
    const t = await token();
    expect((await call(`/me/events/${REST_ID}/tentativelyAccept`, { comment: "x", sendResponse: true, proposedNewTime: slot }, t)).status).toBe(202);
    expect((await call(`/me/events/${toRestId("AAMk+Series=")}/decline`, { comment: "x", sendResponse: true }, t)).status).toBe(202);
    expect(await call("/me/events/AAMk-other=/decline", { comment: "x", sendResponse: true }, t)).toMatchObject({ status: 404, error: { code: "ErrorItemNotFound" } });
    expect(log.filter((c) => c.api === "graph")[0]).toEqual({ api: "graph", args: ["POST", `/me/events/${REST_ID}/tentativelyAccept`, { comment: "x", sendResponse: true, proposedNewTime: slot }] });
  });

  test("proposedNewTime is refused where the organizer allows no proposals, and without sendResponse", async () => {
    const strict = install(fixture({ item: { allowNewTimeProposals: false } }));
    const t = await strict.token();
    expect(await strict.call(`/me/events/${REST_ID}/decline`, { comment: "x", sendResponse: true, proposedNewTime: slot }, t)).toMatchObject({ status: 400, error: { code: "ErrorInvalidRequest" } });
    expect((await strict.call(`/me/events/${REST_ID}/decline`, { comment: "x", sendResponse: true }, t)).status).toBe(202);
    const open = install(fixture());
    expect((await open.call(`/me/events/${REST_ID}/decline`, { comment: "x", sendResponse: false, proposedNewTime: slot }, await open.token())).status).toBe(400);
  });

  test("cancel only for the organizer, and a cancelled meeting is gone", async () => {
    const attendee = install(fixture());
    expect(await attendee.call(`/me/events/${REST_ID}/cancel`, { comment: "x" }, await attendee.token())).toMatchObject({
      status: 400,
      error: { message: "Your request can't be completed. You need to be an organizer to cancel a meeting." },
    });
    const organizer = install(fixture({ mode: "compose" }));
    const t = await organizer.token();
    expect((await organizer.call(`/me/events/${REST_ID}/cancel`, { comment: "x" }, t)).status).toBe(202);
    expect((await organizer.call(`/me/events/${REST_ID}/cancel`, { comment: "x" }, t)).status).toBe(404);
    // The organizer does not answer their own meeting.
    expect((await organizer.call(`/me/events/${toRestId("AAMk+Series=")}/decline`, { comment: "x", sendResponse: true }, t)).status).toBe(400);
  });

  test("at most 500 recipients in one message", async () => {
    const { token, call } = install(fixture());
    const t = await token("Mail.Send");
    const people = (n: number) => Array.from({ length: n }, (_, i) => ({ emailAddress: { address: `p${i}@northwind.dk` } }));
    const mail = (to: number, cc: number) => ({ message: { subject: "S", toRecipients: people(to), ccRecipients: people(cc) } });
    expect((await call("/me/sendMail", mail(400, 100), t)).status).toBe(202);
    expect(await call("/me/sendMail", mail(400, 101), t)).toMatchObject({ status: 400, error: { code: "ErrorInvalidRecipients" } });
    expect((await call("/me/sendMail", mail(0, 0), t)).status).toBe(400);
  });

  test("the fixture's failures, {id} matching any event id, with Retry-After on 429/503", async () => {
    const { token, call, graph } = install(
      fixture({ graph: { available: true, failures: [{ path: "/me/events/{id}/decline", status: 503 }, { method: "POST", path: "/me/events/{id}/tentativelyAccept", status: 403, code: "ErrorAccessDenied" }] } }),
    );
    const t = await token();
    expect(await call(`/me/events/${REST_ID}/decline`, { comment: "x", sendResponse: true }, t)).toMatchObject({ status: 503, retryAfter: "1" });
    expect(await call("/me/events/anything/tentativelyAccept", { comment: "x", sendResponse: true }, t)).toMatchObject({ status: 403, error: { code: "ErrorAccessDenied" } });
    expect(graph.exchanges.map((e) => e.status)).toEqual([503, 403]);
  });

  test("requests elsewhere go to the real fetch", async () => {
    const { win } = install(fixture());
    expect(await (await win.fetch("https://example.org/x")).text()).toBe("not graph");
  });

  test("uninstall puts fetch back and removes the bridge", () => {
    const { win, graph } = install(fixture());
    (graph as SimulatedGraph).uninstall();
    expect((win as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge).toBeUndefined();
  });
});

test("a malformed `graph` is a fixture error that names the field", () => {
  expect(() => parseGraphFixture({ consent: "maybe" })).toThrow(/fixture.graph.consent/);
  expect(() => parseGraphFixture({ failures: [{ path: "events/1", status: 500 }] })).toThrow(/fixture.graph.failures\[0\].path/);
  expect(() => parseGraphFixture({ failures: [{ path: "/me/sendMail", status: 200 }] })).toThrow(/status/);
  expect(parseGraphFixture(undefined)).toEqual({ available: false, consent: "granted", failures: [] });
});
