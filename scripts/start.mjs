#!/usr/bin/env node
// `npm start`: the webpack dev server on https://localhost:3000 with both pages,
// and, once it answers, where to find them. Ctrl-C stops it.
//
// Extra arguments go to webpack, e.g. `npm start -- --env addinUrl=https://devbox.example.org:3000/`
// (the address the dev server's manifest.xml then points at).
//
// HTTPS: Microsoft's development certificates (`npx office-addin-dev-certs install`)
// when they are in ~/.office-addin-dev-certs, else webpack's self-signed one; the
// banner says which, and what to do for Outlook to trust it.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });

const ORIGIN = "https://localhost:3000";
const TASKPANE = `${ORIGIN}/taskpane.html`;
const PREVIEW = `${ORIGIN}/preview.html`;

const DEV_CERTS = path.join(os.homedir(), ".office-addin-dev-certs");
const trustedCerts = ["localhost.crt", "localhost.key", "ca.crt"].every((name) => existsSync(path.join(DEV_CERTS, name)));
const certificateNotes = trustedCerts
  ? [`  HTTPS: Microsoft's development certificate (${DEV_CERTS}).`]
  : [
      "  HTTPS: a self-signed certificate, which Outlook does not trust. To sideload,",
      "  install Microsoft's development certificates once, then restart npm start:",
      "    npx office-addin-dev-certs install",
      "  (on Linux it needs sudo; browsers such as Chromium keep their own store:",
      "  open the task pane address once and accept the certificate).",
    ];

const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});

let stopping = false;
let announced = false;

/** One HTTPS request to the dev server; resolves with the status code, or null if it is not up yet. */
function probe(url) {
  return new Promise((resolve) => {
    // The dev server's certificate is its own self-signed one.
    const req = https.get(url, { rejectUnauthorized: false, timeout: 120_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
  });
}

async function announceWhenUp() {
  // The server accepts connections before the first compilation is done; the
  // request is answered once it is, so the banner comes after webpack's output.
  while (!stopping && !announced && child.exitCode === null) {
    const status = await probe(TASKPANE);
    // If webpack has already exited (e.g. port 3000 taken), whatever answered is not ours.
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (status !== null) {
      announced = true;
      const line = "-".repeat(72);
      const notes = status === 200 ? [] : [`  (the task pane answered HTTP ${status}: see the webpack output above)`];
      console.log(
        [
          "",
          line,
          "  Offramp dev server is running.",
          "",
          `  Task pane (for sideloading; manifest.xml points here):`,
          `    ${TASKPANE}`,
          "",
          `  Preview (open this in a browser to try Offramp without Outlook;`,
          `  accept the self-signed certificate the first time):`,
          `    ${PREVIEW}`,
          ...notes,
          "",
          ...certificateNotes,
          "",
          "  Press Ctrl-C to stop.",
          line,
          "",
        ].join("\n"),
      );
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function stop(signal) {
  if (stopping) return;
  stopping = true;
  // On Ctrl-C the terminal already sent SIGINT to webpack too (same process
  // group); forwarding is for `kill` and the like. Either way, wait for it to exit.
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}

process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGHUP", () => stop("SIGHUP"));

child.on("error", (err) => {
  console.error(`Could not start webpack: ${err.message}`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  if (stopping) {
    console.log("Offramp dev server stopped.");
    process.exit(0);
  }
  if (signal) console.error(`webpack stopped by ${signal}.`);
  process.exit(code ?? 1);
});

announceWhenUp();
