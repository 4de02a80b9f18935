/**
 * @jest-environment node
 */
// The Graph client against a fetch shaped like the browser's: what it sends,
// how it waits out 429/503, its time limit, and the sentence each failure becomes.
import { GraphError, classify, createGraphClient, retryDelayMs, type GraphErrorKind } from "../../../src/office/graph/graphClient";
import { cancelEvent, eventResponse, sendMail } from "../../../src/office/graph/requests";
import { createGraphSession } from "../../../src/office/graph/session";
import { graphErrorSentence } from "../../../src/taskpane/graphErrorSentence";
import { createTranslator } from "../../../src/core/i18n";
import en from "../../../src/core/i18n/catalogs/en";

const decline = eventResponse("AAMk-1=", "decline", "Sorry, can’t make it.");
const propose = eventResponse("AAMk-1=", "tentativelyAccept", "Shorter?", { start: new Date("2026-11-24T08:00:00Z"), end: new Date("2026-11-24T08:30:00Z") });

function graphError(status: number, code: string, headers: Record<string, string> = {}, message = `${code} from Graph`): Response {
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function setup(responses: Array<Response | Error | "hang">, online: () => boolean = () => true) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const waits: number[] = [];
  const fetch = jest.fn((url: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (next === "hang") {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    }
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(next ?? new Response(null, { status: 202 }));
  });
  const getToken = jest.fn(async () => "token-1");
  const client = createGraphClient({ getToken, fetch: fetch as unknown as typeof globalThis.fetch, sleep: async (ms) => void waits.push(ms), attemptTimeoutMs: 50, isOnline: online });
  return { client, requests, waits, getToken };
}

test("sends the request as built: POST to Graph v1.0 with the bearer token and the JSON body", async () => {
  const { client, requests, getToken } = setup([new Response(null, { status: 202 })]);
  await client.send(propose);
  expect(getToken).toHaveBeenCalledWith(["Calendars.ReadWrite"]);
  expect(requests).toHaveLength(1);
  expect(requests[0]!.url).toBe("https://graph.microsoft.com/v1.0/me/events/AAMk-1=/tentativelyAccept");
  expect(requests[0]!.init.method).toBe("POST");
  expect(requests[0]!.init.headers).toEqual({ Authorization: "Bearer token-1", "Content-Type": "application/json" });
  expect(JSON.parse(String(requests[0]!.init.body))).toEqual(propose.body);
});

test("asks for Mail.Send only for sendMail", async () => {
  const { client, getToken } = setup([new Response(null, { status: 202 })]);
  await client.send(sendMail({ to: [{ name: "Maja", email: "maja@northwind.dk" }], cc: [], subject: "S", html: "<p>x</p>" }));
  expect(getToken).toHaveBeenCalledWith(["Mail.Send"]);
});

test("429 and 503 are retried after Retry-After, then it succeeds", async () => {
  const { client, requests, waits } = setup([graphError(429, "TooManyRequests", { "Retry-After": "2" }), graphError(503, "ServiceUnavailable", { "Retry-After": "1" }), new Response(null, { status: 202 })]);
  await client.send(decline);
  expect(requests).toHaveLength(3);
  expect(waits).toEqual([2000, 1000]);
});

test("the retries are bounded: after three, the user hears Microsoft 365 is busy", async () => {
  const busy = () => graphError(503, "ServiceUnavailable", { "Retry-After": "1" });
  const { client, requests, waits } = setup([busy(), busy(), busy(), busy(), busy()]);
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "busy", status: 503 });
  expect(requests).toHaveLength(4);
  expect(waits).toEqual([1000, 1000, 1000]);
});

test("a Retry-After longer than the bound is not waited for", async () => {
  const { client, requests, waits } = setup([graphError(429, "TooManyRequests", { "Retry-After": "3600" })]);
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "busy" });
  expect(requests).toHaveLength(1);
  expect(waits).toEqual([]);
});

test("without Retry-After it backs off 1, 2, 4 s; an HTTP date is honoured", () => {
  expect([0, 1, 2].map((n) => retryDelayMs(null, n))).toEqual([1000, 2000, 4000]);
  expect(retryDelayMs("Tue, 24 Nov 2026 08:00:10 GMT", 0, Date.parse("2026-11-24T08:00:00Z"))).toBe(10_000);
});

test("an attempt that gets no answer within the time limit fails as a timeout, not retried", async () => {
  const { client, requests } = setup(["hang"]);
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "timeout" });
  expect(requests).toHaveLength(1);
});

test("a sign-in that never comes ends in a timeout, and nothing is sent", async () => {
  const fetch = jest.fn();
  const client = createGraphClient({ getToken: () => new Promise<string>(() => {}), fetch: fetch as unknown as typeof globalThis.fetch, tokenTimeoutMs: 20 });
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "timeout" });
  expect(fetch).not.toHaveBeenCalled();
});

test("a browser that knows it is offline sends nothing, and says nothing was sent", async () => {
  const { client, requests } = setup([], () => false);
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "offline" });
  expect(requests).toHaveLength(0);
});

test("the connection breaking off mid-request is not 'nothing was sent': it may have gone through", async () => {
  const { client, requests } = setup([new TypeError("Failed to fetch")]);
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "connection-lost" });
  expect(requests).toHaveLength(1);
});

test("the network gone by the time fetch fails: offline", async () => {
  let online = true;
  const fetch = jest.fn(async () => {
    online = false;
    throw new TypeError("Failed to fetch");
  });
  const client = createGraphClient({ getToken: async () => "t", fetch: fetch as unknown as typeof globalThis.fetch, isOnline: () => online });
  await expect(client.send(decline)).rejects.toMatchObject({ kind: "offline" });
});

const ORGANIZER_ONLY = "Your request can't be completed. You need to be an organizer to cancel a meeting.";
const NO_PROPOSALS = "Your request can't be completed. The meeting organizer doesn't allow new time proposals.";

test.each<[number, string, string, GraphErrorKind, typeof decline]>([
  [403, "ErrorAccessDenied", "Access is denied.", "no-permission", decline],
  [401, "InvalidAuthenticationToken", "Access token has expired.", "no-permission", decline],
  [404, "ErrorItemNotFound", "The specified object was not found in the store.", "not-found", decline],
  [400, "ErrorInvalidRequest", ORGANIZER_ONLY, "not-organizer", cancelEvent("AAMk-1=", "x")],
  [400, "ErrorInvalidRequest", NO_PROPOSALS, "proposals-refused", propose],
  [400, "ErrorProposeNewTimeNotAllowed", "Not allowed.", "proposals-refused", propose],
  // A 400 whose words name another cause is quoted, not guessed at.
  [400, "ErrorPropertyValidationFailure", "The comment is too long.", "other", cancelEvent("AAMk-1=", "x")],
  [400, "ErrorInvalidRequest", "The time zone isn't valid.", "other", propose],
  [400, "ErrorPropertyValidationFailure", "proposedNewTime must be a timeSlot with a start before its end.", "other", propose],
  [400, "ErrorInvalidRequest", "Bad request.", "other", decline],
  [500, "InternalServerError", "Something went wrong.", "other", decline],
])("%i %s (%s) becomes %s", async (status, code, message, kind, request) => {
  const { client } = setup([graphError(status, code, {}, message)]);
  const error = await client.send(request).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphError);
  expect(error).toMatchObject({ kind, status, code, message });
  expect(classify(request, status, code, message)).toBe(kind);
});

describe("the sentences the pane says", () => {
  const tr = createTranslator("en", en, "Europe/Paris");
  test.each<[GraphErrorKind, RegExp]>([
    ["no-permission", /lacks the permission/],
    ["not-found", /cancelled or deleted in the meantime/],
    ["offline", /couldn’t be reached, so nothing was sent/],
    ["connection-lost", /can’t tell whether it went through\. Check in Outlook/],
    ["consent-denied", /wasn’t granted, so nothing was sent/],
    ["timeout", /didn’t answer in time/],
    ["busy", /busy right now/],
    ["too-many-recipients", /at most 500/],
  ])("%s", (kind, sentence) => {
    expect(graphErrorSentence(tr, new GraphError(kind, null, null, "raw"))).toMatch(sentence);
  });
  test("anything else quotes Graph", () => {
    expect(graphErrorSentence(tr, new GraphError("other", 500, "X", "Graph's own words"))).toBe("Microsoft 365 said: Graph's own words");
  });
});

describe("the session", () => {
  const target = (nestedAppAuth: boolean, eventId: string | null) => async () => ({ nestedAppAuth, eventId });

  test.each<[boolean, string, string | null, string]>([
    [false, "client-id", "AAMk-1=", "no-naa"],
    [true, "", "AAMk-1=", "no-client-id"],
    [true, "client-id", null, "no-event-id"],
  ])("NAA %s, client id %j, event id %j: off (%s), and no token is asked for", async (naa, clientId, eventId, reason) => {
    const tokens = jest.fn(async () => "t");
    const session = createGraphSession({ clientId, readTarget: target(naa, eventId), tokens });
    expect(await session.availability()).toEqual({ ok: false, reason });
    await expect(session.send(decline)).rejects.toBeInstanceOf(GraphError);
    expect(tokens).not.toHaveBeenCalled();
  });

  test("a refused consent turns Graph off for the pane, and says so to the settings", async () => {
    const session = createGraphSession({
      clientId: "client-id",
      readTarget: target(true, "AAMk-1="),
      tokens: async () => {
        throw new GraphError("consent-denied", null, "consent_required", "declined");
      },
    });
    expect(await session.availability()).toEqual({ ok: true, eventId: "AAMk-1=" });
    const heard = jest.fn();
    session.subscribe(heard);
    await expect(session.send(decline)).rejects.toMatchObject({ kind: "consent-denied" });
    expect(heard).toHaveBeenCalled();
    expect(session.current()).toEqual({ ok: false, reason: "consent-denied" });
    expect(await session.availability()).toEqual({ ok: false, reason: "consent-denied" });
  });
});
