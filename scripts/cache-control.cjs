// Cache-Control as deploy/nginx.conf sends it: the content-hashed scripts for a year (a new
// build gives new names), the icons for a day, the pages revalidated on every open.
// scripts/serve-static.mjs sends it for the benchmark's reopened pane; the nginx-served
// tests ask nginx for every file of dist/ and fail where the two differ.
"use strict";

/** The header for `file`, a path under the served folder. */
function cacheControl(file) {
  if (/\.[0-9a-f]{8}(\.chunk)?\.js(\.map|\.LICENSE\.txt)?$/.test(file)) return "public, max-age=31536000, immutable";
  if (/[\\/]assets[\\/]/.test(file)) return "public, max-age=86400";
  return "no-cache";
}

module.exports = { cacheControl };
