// Clients by the names people use: the user's own name for a domain, a company
// the invitees' display names carry, else the domain's name part.
import { organisationName, organisationNames, organisationStem } from "../../src/core/organisations";
import type { Person } from "../../src/core/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { fixtureCopy, meetingOf } from "./helpers";

const someone = (name: string, email: string): Person => ({ name, email, domain: email.split("@")[1] ?? "", isColleague: false, response: null });
const none = { organisationNames: {} };

test.each([
  ["northwind.it", "Northwind"],
  ["northwind.co.uk", "Northwind"],
  ["mail.contoso.com", "Contoso"],
  ["blue-yonder.dk", "Blue-Yonder"],
])("%s is %s", (domain, name) => {
  expect(organisationName(domain, [], none)).toBe(name);
});

test("the stem is the part people write: northwind.com.br -> northwind", () => {
  expect(organisationStem("northwind.com.br")).toBe("northwind");
});

test("a company in every invitee's display name wins over the domain", () => {
  const people = [someone("Maja Holm (Northwind A/S)", "maja@nw.dk"), someone("Jonas Berg (Northwind A/S)", "jonas@nw.dk")];
  expect(organisationName("nw.dk", people, none)).toBe("Northwind A/S");
  expect(organisationName("nw.dk", [someone("Maja Holm | Northwind A/S", "maja@nw.dk")], none)).toBe("Northwind A/S");
});

test("display names that disagree, or carry none, leave the domain's name", () => {
  expect(organisationName("nw.dk", [someone("Maja Holm (Northwind)", "maja@nw.dk"), someone("Jonas Berg", "jonas@nw.dk")], none)).toBe("Nw");
});

test("the user's own name for a client wins, also for its subdomains", () => {
  const settings = { organisationNames: { "northwind.it": "Northwind Italia" } };
  expect(organisationName("northwind.it", [], settings)).toBe("Northwind Italia");
  expect(organisationName("mail.northwind.it", [], settings)).toBe("Northwind Italia");
  expect(organisationName("northwind.dk", [], settings)).toBe("Northwind");
});

test("a domain that looks like an object's own property is just a domain", () => {
  for (const domain of ["constructor.com", "__proto__.dk", "hasownproperty.io", "tostring.it"]) {
    expect(organisationName(domain, [], DEFAULT_SETTINGS)).toMatch(/^[A-Z_]/);
    expect(typeof organisationName(domain, [], { organisationNames: JSON.parse('{"__proto__": "x"}') as Record<string, string> })).toBe("string");
  }
  expect(organisationName("constructor.com", [], DEFAULT_SETTINGS)).toBe("Constructor");
});

test("the Italian sample's client is Northwind, not northwind.it", async () => {
  expect(organisationNames(await meetingOf(fixtureCopy("attendee-client-review-it")), none)).toEqual(["Northwind"]);
});
