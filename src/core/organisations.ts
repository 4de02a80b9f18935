// Clients by the name people use for them: "Northwind", not "northwind.it".
// The user's own name for a domain (settings) wins; then a company name the
// invitees' display names carry ("Maja Holm (Northwind A/S)"); then the domain's
// name part, capitalised. Lookups keyed by domain go through a Map, so a domain
// such as "constructor.com" or "__proto__.dk" is just a domain.

import type { Meeting, Person, Settings } from "./types";

const SECOND_LEVEL = new Set(["co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"]);

/** "northwind.dk" -> "northwind", "northwind.co.uk" -> "northwind". */
export function organisationStem(domain: string): string {
  const labels = domain.split(".");
  const secondLevel = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? "");
  return labels[labels.length - (secondLevel ? 3 : 2)] ?? labels[0] ?? "";
}

/** "northwind" -> "Northwind", "blue-yonder" -> "Blue-Yonder". */
function capitalised(stem: string): string {
  return stem.replace(/(^|-)(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase());
}

// "Maja Holm (Northwind)", "Maja Holm | Northwind A/S", "Maja Holm - Northwind".
const COMPANY_IN_NAME = /(?:\(([^()]{2,60})\)\s*$|\s[|–—-]\s([^|–—-]{2,60})$)/u;

function companyInDisplayName(person: Person): string | null {
  const match = COMPANY_IN_NAME.exec(person.name);
  const company = (match?.[1] ?? match?.[2] ?? "").trim();
  return company && !company.includes("@") ? company : null;
}

/** The user's own names for clients, as a Map (never an object's prototype). */
export function savedNames(settings: Pick<Settings, "organisationNames">): Map<string, string> {
  return new Map(Object.entries(settings.organisationNames ?? {}));
}

/** The name for one domain, as the user, the invitees or the domain itself give it. */
export function organisationName(domain: string, people: readonly Person[], settings: Pick<Settings, "organisationNames">): string {
  const saved = savedNames(settings);
  // A saved name for "northwind.it" also covers "mail.northwind.it".
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i += 1) {
    const name = saved.get(labels.slice(i).join("."));
    if (name) return name;
  }
  const companies = people.filter((p) => p.domain === domain).map(companyInDisplayName);
  const [first] = companies;
  if (first && companies.every((c) => c === first)) return first;
  return capitalised(organisationStem(domain)) || domain;
}

/** Every outside organisation in the meeting, by name, each once. */
export function organisationNames(meeting: Meeting, settings: Pick<Settings, "organisationNames">): string[] {
  return [...new Set(meeting.externalDomains.map((d) => organisationName(d, meeting.attendees, settings)))];
}
