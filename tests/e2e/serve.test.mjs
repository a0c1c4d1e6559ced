// The dev server serves its own folder and nothing outside it, however the path is written.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileFor, serve } from "../../scripts/serve.mjs";

// A folder `www` to serve and, beside it, `www2` (whose name starts like it) and a secret file.
const base = mkdtempSync(join(tmpdir(), "factmark-serve-"));
const www = join(base, "www");
mkdirSync(join(www, "sub"), { recursive: true });
mkdirSync(join(base, "www2"));
writeFileSync(join(www, "index.html"), "<p>home</p>");
writeFileSync(join(www, "sub", "a.txt"), "inside");
writeFileSync(join(base, "www2", "s.txt"), "SECRET-SIBLING");
writeFileSync(join(base, "secret.txt"), "SECRET-PARENT");

let server, port;
before(async () => {
  let url;
  ({ server, url } = await serve(0, { root: www }));
  port = new URL(url).port;
});
after(() => {
  server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** GETs `path` exactly as written (no client-side normalisation of `..`). */
function get(path) {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c) => { body += c; });
      res.on("end", () => done({ status: res.statusCode, body, cors: res.headers["access-control-allow-origin"] }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("files inside the folder are served", async () => {
  assert.deepEqual(await get("/"), { status: 200, body: "<p>home</p>", cors: undefined });
  assert.equal((await get("/sub/a.txt")).body, "inside");
  assert.equal((await get("/sub/%61.txt")).body, "inside", "an encoded letter is decoded");
  assert.equal((await get("/sub/../sub/a.txt")).body, "inside", "a .. that stays inside is fine");
});

test("no path reaches a file outside the folder", async () => {
  const attempts = [
    "/..%2Fwww2/s.txt", "/..%2fwww2/s.txt", "/%2e%2e%2fwww2/s.txt", "/%2E%2E/www2/s.txt", "/sub/..%2F..%2Fwww2/s.txt",
    "/../www2/s.txt", "/..%2Fsecret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/..%5Csecret.txt", "/%2e%2e",
    "/..%2F", `/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc/hostname`, "/sub/a.txt%00.html", "/%E0%A4%A",
  ];
  for (const path of attempts) {
    const { status, body } = await get(path);
    assert.ok(!body.includes("SECRET"), `${path} served a file outside the folder`);
    // (A URL parser turns a literal or %2e-spelled `..` segment into a step up, so /%2e%2e is "/".)
    assert.ok(status === 403 || status === 404 || body === "<p>home</p>", `${path}: ${status} ${body}`);
  }
  assert.equal((await get("/..%2Fwww2/s.txt")).status, 403);
});

test("fileFor compares the resolved file with the folder, not a string prefix", () => {
  assert.equal(fileFor("/srv/www", "/a/b.txt"), "/srv/www/a/b.txt");
  assert.equal(fileFor("/srv/www", "/"), "/srv/www/index.html");
  assert.equal(fileFor("/srv/www", "/..%2Fwww2/s.txt"), null);
  assert.equal(fileFor("/srv/www", "/..%2Fwww"), null, "the folder's parent is outside");
  assert.equal(fileFor("/srv/www", "/%2e%2e"), null);
  assert.equal(fileFor("/srv/www", "/%"), null, "a malformed escape is refused");
});

test("cross-origin reads are allowed only when asked for", async () => {
  assert.equal((await get("/sub/a.txt")).cors, undefined);
  const { server: open, url } = await serve(0, { root: www, cors: true });
  try {
    const res = await fetch(`${url}sub/a.txt`);
    assert.equal(res.headers.get("access-control-allow-origin"), "*");
    assert.equal(await res.text(), "inside");
  } finally {
    open.close();
  }
});
