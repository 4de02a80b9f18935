// A tiny static file server for the built preview (dist-preview/), on loopback
// only. The browser tests and the benchmark start it; `npm start` uses webpack's.
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { cacheControl } from "./cache-control.cjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".map": "application/json",
  ".xml": "application/xml",
};

/** Serves `root` on loopback. `cache`: send the production Cache-Control headers (the benchmark's reopened pane). */
export function serveStatic(root, port = 0, { cache = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    let file = path;
    try {
      if (statSync(file).isDirectory()) file = join(file, "preview.html");
      statSync(file);
    } catch {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...(cache ? { "cache-control": cacheControl(file) } : {}) });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => server.listen(port, "127.0.0.1", () => resolvePromise(server)));
}

// `node scripts/serve-static.mjs DIR PORT`: used by Playwright's webServer.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist-preview", port = "3100"] = process.argv.slice(2);
  const server = await serveStatic(dir, Number(port));
  console.log(`serving ${dir} on http://127.0.0.1:${server.address().port}/`);
}
