// The first screen must say everything with English's first part (src/core/i18n/catalogParts.ts):
// the rest arrives only with the draft and settings panels. A first-screen component that asks
// for a later message would show its key. Each case starts from fresh modules, so English is
// split again and the first render really has only its first part.
import { SHARED_FIXTURES_DIR, fixtureNames, type FixtureJson } from "../support/fixtures";

const CASES: Array<[string, string, ((f: FixtureJson) => void) | undefined]> = [
  ...fixtureNames(SHARED_FIXTURES_DIR).map((name): [string, string, undefined] => [name, name, undefined]),
  [
    "corrupt saved settings (the notice on the first screen)",
    "attendee-client-review-90min-onsite",
    (f) => {
      f.roamingSettings = { keyClientDomains: "contoso.com", shorterMinutes: -5 };
    },
  ],
];

test.each(CASES)("%s: the first screen asks for no message of English's later part", async (_name, fixture, edit) => {
  jest.resetModules();
  // The fresh Testing Library must not register hooks from inside a test; this test cleans up itself.
  process.env.RTL_SKIP_AUTO_CLEANUP = "true";
  const testing = await import("@testing-library/react");
  testing.configure({ asyncUtilTimeout: 5_000 });
  const { englishCatalog } = await import("../../src/core/i18n");
  const { catalogPartOf } = await import("../../src/core/i18n/catalogParts");
  expect(Object.keys(englishCatalog).filter((key) => catalogPartOf(key) === "later")).toEqual([]);
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const { renderPane } = await import("./renderPane");
    await renderPane(fixture, edit);
    expect(document.querySelector("[data-outcome], [data-problem]")).not.toBeNull();
    expect(warn.mock.calls.map((call) => call.join(" ")).filter((line) => /not in the English catalog/.test(line))).toEqual([]);
  } finally {
    testing.cleanup();
    warn.mockRestore();
    delete process.env.RTL_SKIP_AUTO_CLEANUP;
  }
});
