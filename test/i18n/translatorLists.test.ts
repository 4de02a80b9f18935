// The translator's lists ("Northwind", "Northwind and Fabrikam") read exactly as Intl's
// conjunction lists in every language, including the single item it writes without one.
import { SUPPORTED_LANGUAGES, createTranslator, loadCatalog } from "../../src/core/i18n";

const lists: string[][] = [[], ["Northwind"], ["Northwind", "Fabrikam"], ["Northwind", "Fabrikam", "Contoso"], ["‫شركة‬"]];

test.each(SUPPORTED_LANGUAGES.map((l) => [l]))("%s: every list as Intl.ListFormat writes it", async (language) => {
  const tr = createTranslator(language, await loadCatalog(language), "Europe/Rome");
  const intl = new Intl.ListFormat(tr.locale, { type: "conjunction" });
  for (const items of lists) expect(tr.list(items)).toBe(intl.format(items));
});

test("a regional tag lists as that region does: British English has no serial comma", async () => {
  const british = createTranslator("en", await loadCatalog("en"), "Europe/London", "en-GB");
  expect(british.list(["Northwind", "Fabrikam", "Contoso"])).toBe("Northwind, Fabrikam and Contoso");
  expect(british.list(["Northwind"])).toBe("Northwind");
});
