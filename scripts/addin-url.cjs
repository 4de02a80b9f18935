// The add-in's production address (ADDIN_URL): the HTTPS folder that serves
// dist/. Every URL in the production manifest is built from it, so it is
// checked once, here, and a bad one stops the build with a message that says
// how to fix it.
"use strict";

const EXAMPLE = "https://addins.example.org/offramp/";

class AddinUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "AddinUrlError";
    // The message says all there is to say: no stack trace under it in the build output.
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * Checks the address and returns it normalised (lower-case host, a path that
 * ends in "/"). A bare origin ("https://host") means the root folder.
 * @param {string | undefined} raw what ADDIN_URL or --env addinUrl said
 * @returns {string}
 * @throws {AddinUrlError}
 */
function parseAddinUrl(raw) {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (!text) {
    throw new AddinUrlError(
      "A production build needs the HTTPS address the add-in will be served from, e.g.\n" +
        `  ADDIN_URL=${EXAMPLE} npm run build\n` +
        `  npm run build -- --env addinUrl=${EXAMPLE}\n` +
        "Every URL in dist/manifest.xml (task pane, icons, support page) points under it.",
    );
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new AddinUrlError(`ADDIN_URL "${text}" is not a URL. Give the full address of the folder, e.g. ${EXAMPLE}`);
  }
  if (url.protocol !== "https:") {
    throw new AddinUrlError(`ADDIN_URL "${text}" must start with https://: Outlook loads add-ins only over HTTPS.`);
  }
  if (url.username || url.password) {
    throw new AddinUrlError(`ADDIN_URL "${text}" must not contain a user name or password: the manifest is public.`);
  }
  if (url.search || url.hash || text.includes("?") || text.includes("#")) {
    throw new AddinUrlError(`ADDIN_URL "${text}" must be a plain folder address, without "?" or "#", e.g. ${EXAMPLE}`);
  }
  const bareOrigin = /^https:\/\/[^/]+$/i.test(text);
  if (!bareOrigin && !url.pathname.endsWith("/")) {
    const suggestion = `${url.origin}${url.pathname}/`;
    throw new AddinUrlError(
      `ADDIN_URL "${text}" must end with "/": it is the folder that holds taskpane.html, manifest.xml and the rest. Did you mean ${suggestion}?`,
    );
  }
  if (url.pathname.includes("//")) {
    throw new AddinUrlError(`ADDIN_URL "${text}" has an empty folder name ("//") in its path.`);
  }
  return url.href;
}

module.exports = { parseAddinUrl, AddinUrlError, EXAMPLE_ADDIN_URL: EXAMPLE };
