// parseSettings: whatever Outlook's roaming settings hand back is untrusted.
// A value of the wrong type or shape falls back to the default and is reported.
import { DEFAULT_SETTINGS, formatOrganisationNames, parseDomainList, parseOrganisationNames, parseSettings } from "../../src/core/settings";
import type { Settings, SettingsKey } from "../../src/core/types";
import { fixtureCopy, settingsOf } from "./helpers";

const DEFAULTS: Settings = { keyClientDomains: [], callDetails: "", shorterMinutes: 30, tone: "friendly", draftLanguageByDomain: {}, organisationNames: {} };

describe("parseSettings defaults", () => {
  test("the documented defaults", () => {
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
  });

  test("nothing saved -> defaults, nothing reported", () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULTS, invalidKeys: [] });
  });

  test("null values count as not saved", () => {
    expect(parseSettings({ keyClientDomains: null, callDetails: null, shorterMinutes: null, tone: null, draftLanguageByDomain: null })).toEqual({
      settings: DEFAULTS,
      invalidKeys: [],
    });
  });

  test("unknown keys are ignored", () => {
    expect(parseSettings({ theme: "dark", somethingNew: [1, 2] })).toEqual({ settings: DEFAULTS, invalidKeys: [] });
  });

  test("the defaults are not shared between calls (one pane editing its lists cannot change another's)", () => {
    const a = parseSettings({}).settings;
    a.keyClientDomains.push("contoso.com");
    a.draftLanguageByDomain["contoso.com"] = "it";
    expect(parseSettings({}).settings).toEqual(DEFAULTS);
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
  });
});

describe("valid values are kept", () => {
  test("every key at once", () => {
    const saved = {
      keyClientDomains: ["contoso.com", "northwind.dk"],
      callDetails: "Call me on +45 20 30 40 50",
      shorterMinutes: 45,
      tone: "formal",
      draftLanguageByDomain: { "northwind.it": "it", "northwind.dk": "da-DK", "contoso.com": "pt-BR" },
      organisationNames: { "northwind.it": "Northwind Italia" },
    };
    expect(parseSettings(saved)).toEqual({ settings: saved, invalidKeys: [] });
  });

  test("the sample fixtures' settings are read as saved", () => {
    expect(settingsOf(fixtureCopy("attendee-client-review-90min-onsite"))).toEqual({
      keyClientDomains: ["contoso.com"],
      callDetails: "Call me on +45 20 30 40 50",
      shorterMinutes: 30,
      tone: "friendly",
      draftLanguageByDomain: {},
      organisationNames: {},
    });
    expect(settingsOf(fixtureCopy("organizer-weekly-status-da"))).toEqual({ ...DEFAULTS, tone: "formal" });
  });

  test("domains are tidied: case, a leading @ or address, a trailing dot, duplicates", () => {
    expect(parseSettings({ keyClientDomains: ["Contoso.COM", "@northwind.dk", "maja@Northwind.dk", "contoso.com."] }).settings.keyClientDomains).toEqual([
      "contoso.com",
      "northwind.dk",
    ]);
  });

  test("an empty list and empty call details are fine", () => {
    expect(parseSettings({ keyClientDomains: [], callDetails: "" })).toEqual({ settings: DEFAULTS, invalidKeys: [] });
  });

  test("call details are trimmed", () => {
    expect(parseSettings({ callDetails: "  https://teams.microsoft.com/l/meetup-join/abc  " }).settings.callDetails).toBe(
      "https://teams.microsoft.com/l/meetup-join/abc",
    );
  });

  test.each([5, 15, 30, 240])("%i minutes is a preferred length", (minutes) => {
    expect(parseSettings({ shorterMinutes: minutes })).toEqual({ settings: { ...DEFAULTS, shorterMinutes: minutes }, invalidKeys: [] });
  });
});

describe("a wrong type or shape -> the default, and the key is reported", () => {
  const cases: Array<[string, SettingsKey, unknown]> = [
    ["domains as one string instead of a list", "keyClientDomains", "contoso.com"],
    ["domains as an object", "keyClientDomains", { 0: "contoso.com" }],
    ["a number among the domains", "keyClientDomains", ["contoso.com", 42]],
    ["an entry that is not a domain", "keyClientDomains", ["contoso.com", "not a domain"]],
    ["a bare word", "keyClientDomains", ["contoso"]],
    ["a URL", "keyClientDomains", ["https://contoso.com/"]],
    ["markup", "keyClientDomains", ["<script>alert(1)</script>"]],
    ["call details as a number", "callDetails", 4520304050],
    ["call details longer than Outlook's 255-character location", "callDetails", "x".repeat(256)],
    ["call details as a list", "callDetails", ["+45 20 30 40 50"]],
    ["negative minutes", "shorterMinutes", -30],
    ["zero minutes", "shorterMinutes", 0],
    ["below the 5-minute minimum", "shorterMinutes", 4],
    ["over the 240-minute maximum", "shorterMinutes", 241],
    ["fractional minutes", "shorterMinutes", 22.5],
    ["minutes as a string", "shorterMinutes", "30"],
    ["minutes not a number", "shorterMinutes", Number.NaN],
    ["infinite minutes", "shorterMinutes", Number.POSITIVE_INFINITY],
    ['"casual" tone', "tone", "casual"],
    ["tone in capitals", "tone", "Formal"],
    ["tone as a boolean", "tone", true],
    ["languages as a list", "draftLanguageByDomain", [["contoso.com", "it"]]],
    ["languages as a string", "draftLanguageByDomain", "contoso.com=it"],
    ["a language tag that is not one", "draftLanguageByDomain", { "contoso.com": "Italian!" }],
    ["a language tag that is a number", "draftLanguageByDomain", { "contoso.com": 39 }],
    ["a language for something that is not a domain", "draftLanguageByDomain", { "not a domain": "it" }],
    ["a language keyed by an address rather than a domain", "draftLanguageByDomain", { "maja@northwind.dk": "da" }],
    ["client names as a list", "organisationNames", [["northwind.it", "Northwind"]]],
    ["a client name that is not text", "organisationNames", { "northwind.it": 7 }],
    ["an empty client name", "organisationNames", { "northwind.it": "  " }],
    ["a client name longer than 80 characters", "organisationNames", { "northwind.it": "N".repeat(81) }],
    ["a client name keyed by something that is not a domain", "organisationNames", JSON.parse('{"__proto__": "Polluted"}') as unknown],
  ];

  test.each(cases)("%s (%s)", (_label, key, value) => {
    const { settings, invalidKeys } = parseSettings({ [key]: value });
    expect(invalidKeys).toEqual([key]);
    expect(settings).toEqual(DEFAULTS);
  });

  test("one bad key does not spoil the good ones", () => {
    const { settings, invalidKeys } = parseSettings({
      keyClientDomains: "contoso.com",
      callDetails: "Call me on +45 20 30 40 50",
      shorterMinutes: -5,
      tone: "formal",
      draftLanguageByDomain: { "northwind.it": "it" },
    });
    expect([...invalidKeys].sort()).toEqual(["keyClientDomains", "shorterMinutes"]);
    expect(settings).toEqual({
      keyClientDomains: [],
      callDetails: "Call me on +45 20 30 40 50",
      shorterMinutes: 30,
      tone: "formal",
      draftLanguageByDomain: { "northwind.it": "it" },
      organisationNames: {},
    });
  });

  test("every key bad at once: every key reported, all defaults", () => {
    const { settings, invalidKeys } = parseSettings({
      keyClientDomains: 1,
      callDetails: {},
      shorterMinutes: "long",
      tone: "casual",
      draftLanguageByDomain: 7,
    });
    expect([...invalidKeys].sort()).toEqual(["callDetails", "draftLanguageByDomain", "keyClientDomains", "shorterMinutes", "tone"]);
    expect(settings).toEqual(DEFAULTS);
  });
});

describe("parseOrganisationNames (client names typed in Settings)", () => {
  test("one “domain = name” per line; other lines are reported, not guessed", () => {
    expect(parseOrganisationNames("Northwind.IT = Northwind Italia\n\n  contoso.com=Contoso Ltd \nnot a line\n= nameless")).toEqual({
      names: { "northwind.it": "Northwind Italia", "contoso.com": "Contoso Ltd" },
      invalid: ["not a line", "= nameless"],
    });
  });

  test("the saved names come back as the lines the user typed", () => {
    const { names } = parseOrganisationNames("northwind.it = Northwind Italia\ncontoso.com = Contoso");
    expect(parseOrganisationNames(formatOrganisationNames(names)).names).toEqual(names);
  });
});

describe("parseDomainList (what the user types in Settings)", () => {
  test("commas, semicolons, spaces and new lines separate entries", () => {
    expect(parseDomainList("contoso.com, northwind.dk;fabrikam.co.uk\n  adatum.com ")).toEqual({
      domains: ["contoso.com", "northwind.dk", "fabrikam.co.uk", "adatum.com"],
      invalid: [],
    });
  });

  test("entries are tidied and each domain kept once", () => {
    expect(parseDomainList("Contoso.COM @contoso.com maja@Northwind.dk northwind.dk.")).toEqual({ domains: ["contoso.com", "northwind.dk"], invalid: [] });
  });

  test("entries that are not domains are kept apart, as typed", () => {
    expect(parseDomainList("contoso.com, contoso, http://x.com, -bad-.com, a..b.com, northwind.dk")).toEqual({
      domains: ["contoso.com", "northwind.dk"],
      invalid: ["contoso", "http://x.com", "-bad-.com", "a..b.com"],
    });
  });

  test("nothing typed", () => {
    expect(parseDomainList("")).toEqual({ domains: [], invalid: [] });
    expect(parseDomainList(" , ; ")).toEqual({ domains: [], invalid: [] });
  });
});
