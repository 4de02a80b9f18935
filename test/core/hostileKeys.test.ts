// Text from an invite or from saved settings used as a key (email domains,
// names, language tags, catalog keys) never reaches Object.prototype: an
// organizer at eve@constructor is an organizer like any other. And bidi
// controls: stripped from addresses, never left to reorder the names shown.
import { adviseMeeting, guessAnswers } from "../../src/core/advice";
import { buildDraft } from "../../src/core/drafts";
import { cleanAddress, hasBidiControls, withoutBidiControls } from "../../src/core/bidi";
import { MAX_REMEMBERED_DOMAINS, rememberLanguage, rememberedLanguage } from "../../src/core/draftLanguageMemory";
import { createTranslator, resolveLanguage } from "../../src/core/i18n";
import en from "../../src/core/i18n/catalogs/en";
import { fitDraft } from "../../src/core/limits";
import { buildMeeting } from "../../src/core/meeting";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import { OUTCOMES, type RawAppointment, type RawUser } from "../../src/core/types";

const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__", "prototype"];
const ALEX: RawUser = { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com", timeZone: "Romance Standard Time" };

function appointmentWith(key: string): RawAppointment {
  return {
    itemType: "appointment",
    subject: key,
    start: new Date("2026-11-24T09:00:00+01:00"),
    end: new Date("2026-11-24T10:30:00+01:00"),
    location: key,
    organizer: { displayName: key, emailAddress: `eve@${key}` },
    requiredAttendees: [
      { displayName: key, emailAddress: `eve@${key}`, appointmentResponse: "organizer" },
      { displayName: key, emailAddress: `${key}@${key}.com`, appointmentResponse: key },
      { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com", appointmentResponse: "none" },
    ],
    optionalAttendees: [{ displayName: key, emailAddress: key }],
    bodyText: `Agenda\n- ${key}\n- ${key}`,
    recurrence: null,
    seriesId: null,
  };
}

describe.each(PROTOTYPE_KEYS.map((k) => [k]))("the key %s", (key) => {
  test("in names, domains and the subject: five outcomes, every draft written", () => {
    const result = buildMeeting(appointmentWith(key), ALEX, "read");
    if (!result.ok) throw new Error(result.problem);
    const settings = { ...DEFAULT_SETTINGS, keyClientDomains: ["contoso.com"], draftLanguageByDomain: { "northwind.dk": "da" } };
    expect(result.meeting.organizer?.email).toBe(`eve@${key}`);
    expect(result.meeting.externalDomains).toContain(key.toLowerCase());
    const advice = adviseMeeting(result.meeting, guessAnswers(result.meeting, settings).answers, settings);
    expect(advice.ranked.map((o) => o.id).sort()).toEqual([...OUTCOMES].sort());
    const tr = createTranslator("en", en, result.meeting.timeZone);
    for (const o of advice.ranked.filter((x) => x.available)) {
      const { draft } = fitDraft((m) => buildDraft(o.id, m, settings, tr, { tone: "friendly" }), result.meeting);
      expect(typeof draft.body).toBe("string");
      if (o.id !== "keep") expect(draft.body).toContain(key);
    }
  });

  test("as a domain, it has no remembered draft language", () => {
    expect(rememberedLanguage({ draftLanguageByDomain: {} }, key)).toBeUndefined();
    expect(rememberedLanguage({ draftLanguageByDomain: { "northwind.dk": "da" } }, key.toLowerCase())).toBeUndefined();
  });

  test("as a language tag, it resolves to English", () => {
    expect(resolveLanguage(key)).toBe("en");
    expect(resolveLanguage(`${key}-XX`)).toBe("en");
  });

  test("as a catalog key, it is no message", () => {
    const tr = createTranslator("en", en, "Europe/Copenhagen");
    expect(typeof tr.ref({ key })).toBe("string");
  });

  test("as a saved domain, the map is refused as a whole (and says so), and nothing is polluted", () => {
    const saved = JSON.parse(`{"draftLanguageByDomain": {"${key}": "it", "northwind.dk": "da"}, "tone": "formal"}`) as Record<string, unknown>;
    const parsed = parseSettings(saved);
    expect(parsed.invalidKeys).toEqual(["draftLanguageByDomain"]);
    expect(parsed.settings.tone).toBe("formal");
    expect(({} as Record<string, unknown>).it).toBeUndefined();
    expect(Object.keys(parsed.settings.draftLanguageByDomain)).toEqual([]);
  });

  test("a domain that is no real domain (eve@constructor) is not remembered, so the saved map stays readable", () => {
    expect(rememberLanguage({ "northwind.dk": "da" }, key, "it")).toBeNull();
  });
});

describe("the remembered draft languages", () => {
  test("a saved map holds only its own entries, with no prototype to inherit from", () => {
    const parsed = parseSettings({ draftLanguageByDomain: { "northwind.dk": "da", "contoso.com": "it" } });
    expect(Object.getPrototypeOf(parsed.settings.draftLanguageByDomain)).toBeNull();
    expect(rememberedLanguage(parsed.settings, "northwind.dk")).toBe("da");
    expect(rememberedLanguage(parsed.settings, "constructor")).toBeUndefined();
  });

  test(`keep the ${MAX_REMEMBERED_DOMAINS} most recently used domains`, () => {
    let map: Record<string, string> = {};
    for (let i = 0; i <= MAX_REMEMBERED_DOMAINS; i++) map = rememberLanguage(map, `client${i}.com`, "it")!;
    expect(Object.keys(map)).toHaveLength(MAX_REMEMBERED_DOMAINS);
    expect(rememberedLanguage({ draftLanguageByDomain: map }, "client0.com")).toBeUndefined();
    expect(rememberedLanguage({ draftLanguageByDomain: map }, `client${MAX_REMEMBERED_DOMAINS}.com`)).toBe("it");
  });

  test("choosing again makes a domain the newest, so it outlives the others", () => {
    let map: Record<string, string> = {};
    for (let i = 0; i < MAX_REMEMBERED_DOMAINS; i++) map = rememberLanguage(map, `client${i}.com`, "it")!;
    map = rememberLanguage(map, "client0.com", "da")!;
    map = rememberLanguage(map, "newcomer.com", "sv")!;
    expect(rememberedLanguage({ draftLanguageByDomain: map }, "client0.com")).toBe("da");
    expect(rememberedLanguage({ draftLanguageByDomain: map }, "client1.com")).toBeUndefined();
    expect(Object.keys(map).slice(-2)).toEqual(["client0.com", "newcomer.com"]);
  });

  test("a saved map of more than 200 domains keeps the newest 200 (saved last), not an error", () => {
    const saved = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`client${i}.com`, "it"]));
    const parsed = parseSettings({ draftLanguageByDomain: saved });
    expect(parsed.invalidKeys).toEqual([]);
    expect(Object.keys(parsed.settings.draftLanguageByDomain)).toHaveLength(MAX_REMEMBERED_DOMAINS);
    expect(rememberedLanguage(parsed.settings, "client49.com")).toBeUndefined();
    expect(rememberedLanguage(parsed.settings, "client50.com")).toBe("it");
  });

  test("200 domains stay far below the 32 KB of roaming settings", () => {
    let map: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) map = rememberLanguage(map, `${"a".repeat(50)}${i}.example.co.uk`, "pt-BR")!;
    expect(JSON.stringify(map).length).toBeLessThan(32 * 1024 / 2);
  });
});

describe("bidirectional controls", () => {
  const RLO = "\u202E";
  const PDF = "\u202C";
  const RLI = "\u2067";
  const PDI = "\u2069";
  const RLM = "\u200F";

  test("are stripped from addresses, marks and invisible characters included", () => {
    expect(cleanAddress(`${RLI}sam.okafor@fabrikam.com${PDI}${RLM} `)).toBe("sam.okafor@fabrikam.com");
    expect(cleanAddress(`maja${RLO}kd.dniwhtron@${PDF}`)).toBe("majakd.dniwhtron@");
  });

  test("the overrides and isolates are dropped from names, the letters of any script kept", () => {
    expect(withoutBidiControls(`Sam ${RLO}Okafor${PDF} (IT)`)).toBe("Sam Okafor (IT)");
    expect(withoutBidiControls("ليلى حداد")).toBe("ليلى حداد");
  });

  test("the meeting model holds no control in any address, name, subject or location", () => {
    const item: RawAppointment = {
      ...appointmentWith("x"),
      subject: `Review ${RLO}weivеr${PDF}`,
      location: `${RLI}Northwind HQ${PDI}`,
      organizer: { displayName: `Maja ${RLO}Holm`, emailAddress: `${RLI}maja.holm@northwind.dk${PDI}` },
      requiredAttendees: [
        { displayName: `Maja ${RLO}Holm`, emailAddress: `maja.holm@northwind.dk${RLM}`, appointmentResponse: "organizer" },
        { displayName: "Alex Rivera", emailAddress: `${RLM}alex.rivera@fabrikam.com`, appointmentResponse: "none" },
      ],
      optionalAttendees: [],
    };
    const result = buildMeeting(item, ALEX, "read");
    if (!result.ok) throw new Error(result.problem);
    const m = result.meeting;
    for (const p of [m.organizer!, ...m.attendees]) {
      expect(hasBidiControls(p.email)).toBe(false);
      expect(withoutBidiControls(p.name)).toBe(p.name);
    }
    expect(m.organizer?.email).toBe("maja.holm@northwind.dk");
    // The same address with and without marks is one person, and the user is still the user.
    expect(m.attendees).toHaveLength(1);
    expect(m.externalDomains).toEqual(["northwind.dk"]);
    expect(withoutBidiControls(m.subject)).toBe(m.subject);
    expect(m.location).toBe("Northwind HQ");
  });
});
