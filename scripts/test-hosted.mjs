#!/usr/bin/env node
// `npm run test:hosted`: the production build served by a real nginx with the
// repository's own configuration (deploy/nginx.conf + deploy/security-headers.conf),
// and browser tests against it (test/hosted): headers, the production manifest,
// the pane on the simulated host under the production policy, and the hosted
// taskpane.html with Microsoft's real Office.js outside Outlook.
//
// Needs nginx and openssl (Debian: apt-get install -y nginx openssl) and a
// Chromium-family browser. .ci/run runs it. Steps:
//   1. build dist/ for https://127.0.0.1:PORT/offramp/ and the preview,
//   2. copy both into a temporary web root (offramp/ and preview/ side by side),
//   3. make a self-signed certificate for 127.0.0.1 with openssl,
//   4. write nginx's main config around deploy/nginx.conf, whose SITE lines
//      (ports, names, certificate, root, include path) are the only ones changed,
//   5. start nginx in the foreground as our child, run Playwright, and stop
//      nginx by its own pid.
//
// OFFRAMP_NGINX_PORT (default 8443) is the HTTPS port; the HTTP redirect listens on the next one.

import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findBrowser } from "./find-browser.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.OFFRAMP_NGINX_PORT ?? 8443);
const httpPort = port + 1;
const origin = `https://127.0.0.1:${port}`;
const addinUrl = `${origin}/offramp/`;

function fail(message) {
  console.error(`test:hosted: ${message}`);
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function need(command, install) {
  if (spawnSync(command, ["-v"], { stdio: "ignore" }).error && spawnSync(command, ["version"], { stdio: "ignore" }).error) {
    fail(`${command} is not installed (${install})`);
  }
}

/** deploy/nginx.conf with its SITE lines (and only those) set for this test server. */
export function siteConfig(source, { port, httpPort, certFile, keyFile, webRoot, headersFile }) {
  const seen = new Set();
  const out = source.split("\n").map((line) => {
    if (!/#\s*SITE\b/.test(line)) return line;
    const indent = /^\s*/.exec(line)[0];
    const directive = line.trim().split(/\s+/)[0];
    const args = line.trim().split(/\s+/).slice(1).join(" ");
    let replacement;
    if (directive === "listen" && /^80;/.test(args)) replacement = `listen 127.0.0.1:${httpPort};`;
    else if (directive === "listen" && /^443 ssl/.test(args)) replacement = `listen 127.0.0.1:${port} ssl http2;`;
    else if (directive === "server_name") replacement = "server_name 127.0.0.1;";
    else if (directive === "ssl_certificate") replacement = `ssl_certificate ${certFile};`;
    else if (directive === "ssl_certificate_key") replacement = `ssl_certificate_key ${keyFile};`;
    else if (directive === "root") replacement = `root ${webRoot};`;
    else if (directive === "include") replacement = `include ${headersFile};`;
    else throw new Error(`deploy/nginx.conf: unexpected SITE line: ${line.trim()}`);
    seen.add(directive);
    return indent + replacement;
  });
  for (const directive of ["listen", "server_name", "ssl_certificate", "ssl_certificate_key", "root", "include"]) {
    if (!seen.has(directive)) throw new Error(`deploy/nginx.conf has no SITE line for ${directive}`);
  }
  return out.join("\n");
}

function mainConfig({ dir, siteFile, mimeTypes }) {
  // As root, nginx's workers drop to "nobody"; Debian calls that user's group "nogroup".
  const user = process.getuid?.() === 0 ? `user nobody ${existsSync("/etc/group") && /^nogroup:/m.test(readFileSync("/etc/group", "utf8")) ? "nogroup" : "nobody"};` : "";
  const temp = (name) => path.join(dir, "temp", name);
  return `# Written by scripts/test-hosted.mjs around deploy/nginx.conf; thrown away after the run.
${user}
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 256; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    access_log ${path.join(dir, "access.log")};
    client_body_temp_path ${temp("client_body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};
    include ${siteFile};
}
`;
}

/** Makes every folder and file readable by nginx's unprivileged workers. */
function openUp(target) {
  chmodSync(target, statSync(target).isDirectory() ? 0o755 : 0o644);
  if (statSync(target).isDirectory()) for (const name of readdirSync(target)) openUp(path.join(target, name));
}

function answers(url) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

async function main() {
  need("nginx", "Debian: apt-get install -y nginx");
  need("openssl", "Debian: apt-get install -y openssl");
  const browser = findBrowser();
  if (!browser) fail("no Chromium, Chrome or Edge found (Debian: apt-get install -y chromium)");
  const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"].find(existsSync);
  if (!mimeTypes) fail("nginx's mime.types not found");

  console.log(`test:hosted: building the task pane for ${addinUrl} and the preview`);
  if (run("npx", ["webpack", "--mode", "production", "--env", `addinUrl=${addinUrl}`]) !== 0) fail("the production build failed");
  if (run("npx", ["webpack", "--mode", "production", "--env", "preview"]) !== 0) fail("the preview build failed");

  const dir = mkdtempSync(path.join(os.tmpdir(), "offramp-nginx-"));
  let nginx = null;
  let status = 1;
  try {
    const webRoot = path.join(dir, "www");
    cpSync(path.join(root, "dist"), path.join(webRoot, "offramp"), { recursive: true });
    cpSync(path.join(root, "dist-preview"), path.join(webRoot, "preview"), { recursive: true });
    for (const name of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, "temp", name), { recursive: true });

    const certFile = path.join(dir, "cert.pem");
    const keyFile = path.join(dir, "key.pem");
    const openssl = spawnSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", keyFile, "-out", certFile],
      { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
    );
    if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.stderr}`);

    const headersFile = path.join(dir, "security-headers.conf");
    cpSync(path.join(root, "deploy", "security-headers.conf"), headersFile);
    const siteFile = path.join(dir, "offramp.conf");
    writeFileSync(siteFile, siteConfig(readFileSync(path.join(root, "deploy", "nginx.conf"), "utf8"), { port, httpPort, certFile, keyFile, webRoot, headersFile }));
    const confFile = path.join(dir, "nginx.conf");
    writeFileSync(confFile, mainConfig({ dir, siteFile, mimeTypes }));
    openUp(webRoot);
    chmodSync(dir, 0o755);

    const nginxArgs = ["-p", `${dir}/`, "-c", confFile, "-e", path.join(dir, "error.log")];
    const check = spawnSync("nginx", [...nginxArgs, "-t", "-q"], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx rejects the configuration:\n${check.stderr}`);

    // In the foreground (daemon off), so the process we spawn is nginx's master and its pid is ours to stop.
    nginx = spawn("nginx", [...nginxArgs, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
    const child = nginx;
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      process.once(signal, () => {
        if (child.exitCode === null) process.kill(child.pid, "SIGQUIT");
        rmSync(dir, { recursive: true, force: true });
        process.exit(1);
      });
    }
    console.log(`test:hosted: nginx (pid ${nginx.pid}) serving ${addinUrl} and ${origin}/preview/`);
    const deadline = Date.now() + 15_000;
    while (!(await answers(`${addinUrl}taskpane.html`))) {
      if (nginx.exitCode !== null) throw new Error(`nginx exited (code ${nginx.exitCode}); see ${path.join(dir, "error.log")}`);
      if (Date.now() > deadline) throw new Error("nginx did not answer within 15 s");
      await new Promise((r) => setTimeout(r, 200));
    }

    status = run("npx", ["playwright", "test", "--config", "test/hosted/playwright.config.ts", ...process.argv.slice(2)], {
      OFFRAMP_BROWSER: browser,
      OFFRAMP_HOSTED_ORIGIN: origin,
      OFFRAMP_HOSTED_ADDIN_URL: addinUrl,
      OFFRAMP_HOSTED_HTTP_PORT: String(httpPort),
    });
    if (status !== 0 && existsSync(path.join(dir, "error.log"))) console.error(`nginx error log:\n${readFileSync(path.join(dir, "error.log"), "utf8")}`);
  } catch (error) {
    console.error(`test:hosted: ${error instanceof Error ? error.message : error}`);
    status = 1;
  } finally {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      process.kill(nginx.pid, "SIGQUIT"); // graceful stop of this master (and its workers)
      const timer = setTimeout(() => nginx.exitCode === null && process.kill(nginx.pid, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      console.log(`test:hosted: nginx (pid ${nginx.pid}) stopped`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(status);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
