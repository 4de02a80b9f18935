import { SAMPLE_MESSAGE_VALUES } from "../support/messageValues";
import en from "../../src/core/i18n/catalogs/en";
import { createTranslator } from "../../src/core/i18n";
import { pseudoLocalize, pseudoText } from "../../src/core/i18n/pseudo";

test("pseudo padding wraps like words: no run longer than a word", () => {
  const text = pseudoText("A long sentence that a real translation would wrap across several lines of a narrow pane.");
  expect(text).not.toMatch(/~{5,}/);
  expect(pseudoText("Dear ").endsWith(" ")).toBe(true);
});

test("pseudo text is accented and at least 40 % longer", () => {
  const text = pseudoText("Keep it");
  expect(text.startsWith("Ķééþ íţ")).toBe(true);
  expect(text.length).toBeGreaterThanOrEqual(Math.ceil("Keep it".length * 1.4));
});

test("pseudo catalog keeps placeholders, plurals and tone selects working", () => {
  const tr = createTranslator("en", pseudoLocalize(en), "Europe/Rome");
  const people = tr.t("summary.people", { count: 1 });
  expect(people).toContain("1");
  expect(people).toMatch(/ó/);
  expect(tr.t("draft.greeting.one", { tone: "formal", name: "Maja Holm", firstName: "Maja" })).toMatch(/^Đéáŕ[~ ]*Maja/);
  expect(tr.t("draft.greeting.one", { tone: "friendly", name: "Maja Holm", firstName: "Maja" })).toMatch(/^Ĥí[~ ]*Maja/);
  // A pseudo message that fails to format would fall back to English with a warning: none may.
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(tr.t(key, { ...SAMPLE_MESSAGE_VALUES, tone: "formal" })).not.toMatch(/[{}]/);
    }
    expect(warn.mock.calls).toEqual([]);
  } finally {
    warn.mockRestore();
  }
});
