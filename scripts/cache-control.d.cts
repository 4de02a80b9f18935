/** The Cache-Control header deploy/nginx.conf sends for `file` (a path under the served folder). */
export function cacheControl(file: string): string;
