// Serves one folder (www/ unless told otherwise) on localhost with the right content types
// (application/wasm included). Nothing outside that folder is ever served.
// usage: node scripts/serve.mjs [PORT] [FOLDER]   (default 8080 and www/; PORT=0 picks a free one)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = resolve(fileURLToPath(new URL("../www/", import.meta.url)));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

/**
 * The file under `root` that a request path names, or null when it would lie outside `root`.
 * The path is decoded first, so an encoded `..` (`/..%2Fwww2/s.txt`) is seen for what it is;
 * the resolved file is then compared with the folder by `path.relative`, not by a string prefix
 * (a prefix test would let `/www2/…` pass for `/www`).
 */
export function fileFor(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null; // a malformed escape such as %E0%A4%A
  }
  if (path.includes("\0")) return null;
  const file = resolve(join(root, path.endsWith("/") ? `${path}index.html` : path));
  const rel = relative(root, file);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return file;
}

/**
 * Starts the server; resolves to { server, url }.
 * `cors: true` adds `Access-Control-Allow-Origin: *`, so that a page on another origin can load the
 * files (the embed served from a second origin); off by default.
 */
export function serve(port = 8080, { host = "127.0.0.1", root = WWW, cors = false } = {}) {
  const folder = resolve(root);
  const server = createServer(async (req, res) => {
    const file = fileFor(folder, new URL(req.url, "http://localhost").pathname);
    if (!file) {
      res.writeHead(403, { "content-type": "text/plain" }).end("forbidden");
      return;
    }
    const headers = { "cache-control": "no-store", ...(cors ? { "access-control-allow-origin": "*" } : {}) };
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) => server.listen(port, host, () => done({ server, url: `http://${host}:${server.address().port}/` })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[3] ? resolve(process.argv[3]) : WWW;
  const { url } = await serve(Number(process.argv[2] ?? process.env.PORT ?? 8080), { root });
  console.log(`factmark: serving ${relative(process.cwd(), root) || "."} at ${url}  (Ctrl-C to stop)`);
}
