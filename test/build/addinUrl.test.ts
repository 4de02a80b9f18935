/** @jest-environment node */
// The production address given to the build: what an administrator may type,
// and what the build refuses with a message saying how to fix it.
import { parseAddinUrl, AddinUrlError } from "../../scripts/addin-url.cjs";

test.each([
  ["https://addins.example.org/offramp/", "https://addins.example.org/offramp/"],
  ["  https://Addins.Example.org/offramp/  ", "https://addins.example.org/offramp/"],
  ["https://addins.example.org", "https://addins.example.org/"],
  ["https://addins.example.org/", "https://addins.example.org/"],
  ["https://cdn.example.org:8443/teams/offramp/v2/", "https://cdn.example.org:8443/teams/offramp/v2/"],
])("accepts %s as %s", (given, expected) => {
  expect(parseAddinUrl(given)).toBe(expected);
});

test.each([
  [undefined, /needs the HTTPS address[\s\S]*ADDIN_URL=https:\/\/addins\.example\.org\/offramp\/ npm run build/],
  ["", /needs the HTTPS address/],
  ["addins.example.org/offramp/", /is not a URL/],
  ["http://addins.example.org/offramp/", /must start with https:\/\//],
  ["https://addins.example.org/offramp", /must end with "\/"[\s\S]*Did you mean https:\/\/addins\.example\.org\/offramp\/\?/],
  ["https://addins.example.org/offramp/taskpane.html", /must end with "\/"/],
  ["https://addins.example.org/offramp/?v=2", /without "\?" or "#"/],
  ["https://addins.example.org/offramp/#x", /without "\?" or "#"/],
  ["https://admin:secret@addins.example.org/offramp/", /user name or password/],
  ["https://addins.example.org//offramp/", /empty folder name/],
])("refuses %p with a clear message", (given, message) => {
  expect(() => parseAddinUrl(given)).toThrow(AddinUrlError);
  expect(() => parseAddinUrl(given)).toThrow(message);
});

describe("the webpack configuration", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => { plugins: unknown[] };
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  test("a production build without an address stops before building", () => {
    delete process.env.ADDIN_URL;
    expect(() => config({}, { mode: "production" })).toThrow(/needs the HTTPS address/);
  });

  test("the address comes from --env addinUrl or ADDIN_URL, and reaches the code as a build-time value", () => {
    process.env.ADDIN_URL = "http://wrong.example.org/";
    expect(() => config({}, { mode: "production" })).toThrow(/must start with https/);
    const built = config({ addinUrl: "https://addins.example.org/offramp/" }, { mode: "production" });
    const define = built.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === "DefinePlugin") as { definitions: Record<string, string> };
    expect(JSON.parse(define.definitions.__OFFRAMP_BUILD__!)).toMatchObject({ addinUrl: "https://addins.example.org/offramp/" });
  });

  test("development builds and the preview need no address", () => {
    delete process.env.ADDIN_URL;
    expect(() => config({}, { mode: "development" })).not.toThrow();
    expect(() => config({ preview: true }, { mode: "production" })).not.toThrow();
  });
});
