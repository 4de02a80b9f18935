// Offramp's Content-Security-Policy lives in one place, deploy/security-headers.conf,
// the header file nginx includes. The build reads it from there, writes the same
// policy into dist/taskpane.html as a <meta http-equiv> tag (so it holds on hosts
// that cannot set headers), and checks that every inline script of the page is
// allowed by one of the policy's 'sha256-…' sources.
"use strict";

const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const HEADERS_FILE = path.resolve(__dirname, "..", "deploy", "security-headers.conf");

/** The policy from `add_header Content-Security-Policy "…" always;` (exactly one such line). */
function readPolicy(file = HEADERS_FILE) {
  const text = fs.readFileSync(file, "utf8");
  const lines = [...text.matchAll(/^\s*add_header\s+Content-Security-Policy\s+"([^"]+)"\s+always;\s*$/gm)];
  if (lines.length !== 1) throw new Error(`${path.basename(file)} must have exactly one add_header Content-Security-Policy "…" always; line, found ${lines.length}`);
  return lines[0][1];
}

/** Directive name -> its sources. */
function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The inline scripts a browser would run (not data blocks such as type="application/json"). */
function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !["text/javascript", "application/javascript", "module"].includes(type)) continue;
    scripts.push(match[2]);
  }
  return scripts;
}

/** Problems that would make the browser refuse part of the page; [] when the policy fits it. */
function policyProblems(html, policy) {
  const scriptSources = parsePolicy(policy).get("script-src") ?? [];
  const problems = [];
  if (scriptSources.includes("'unsafe-eval'")) problems.push("script-src must not allow 'unsafe-eval'");
  if (scriptSources.includes("'unsafe-inline'")) problems.push("script-src must allow inline scripts by hash, not with 'unsafe-inline'");
  inlineScripts(html).forEach((script, index) => {
    const hash = sha256(script);
    if (!scriptSources.includes(hash)) {
      problems.push(`inline script #${index + 1} of taskpane.html (starting "${script.trim().replace(/\s+/g, " ").slice(0, 50)}…") hashes to ${hash}, which the policy does not list`);
    }
  });
  const unused = scriptSources.filter((s) => s.startsWith("'sha256-") && !inlineScripts(html).some((script) => sha256(script) === s));
  if (unused.length) problems.push(`the policy lists ${unused.join(" ")}, which matches no inline script of taskpane.html any more`);
  return problems;
}

/** The page with the policy in <head> right after the charset, before any script (a policy covers only what follows it). */
function withPolicyMeta(html, policy) {
  const escaped = policy.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escaped}">`;
  const anchor = /<meta charset[^>]*>/i.exec(html) ?? /<head>/i.exec(html);
  if (!anchor) throw new Error("taskpane.html has no <head>");
  const at = anchor.index + anchor[0].length;
  if (html.slice(0, at).toLowerCase().includes("<script")) throw new Error("taskpane.html has a script before its charset");
  return html.slice(0, at) + meta + html.slice(at);
}

module.exports = { readPolicy, parsePolicy, inlineScripts, policyProblems, withPolicyMeta, sha256, HEADERS_FILE };
