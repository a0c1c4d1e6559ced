// What scripts/package.sh ships, tested as its users meet it, offline:
// - the npm tarball installed into a fresh npm project: Node analyses the seed article; TypeScript
//   type-checks against the package; a page bundled by esbuild highlights in Chromium;
// - the embed folder from the zip, under a sub-path of a static site with the strict CSP, and again
//   from a second origin: the embed checks pass, in four requests;
// - `cargo install --path .` gives a working `factmark`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { launch } from "./browser.mjs";
import { checkEmbed, openPage } from "./embed-checks.mjs";
import { serve } from "../../scripts/serve.mjs";
import { EMBED_FILES, embedDir, tarball, version } from "../../npm/package.mjs";

const root = new URL("../../", import.meta.url).pathname;
const shots = new URL("screenshots/", import.meta.url).pathname;
const seedFile = `${root}www/sample/seed-article.txt`;
const seed = readFileSync(seedFile, "utf8");
const work = mkdtempSync(join(tmpdir(), "factmark-package-"));
// npm may not reach any registry: a dependency it tried to fetch would fail the install.
const offline = { ...process.env, npm_config_registry: "http://127.0.0.1:9/", npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });

/** The CLI's reading of the seed article, the reference every install must agree with. */
function expected() {
  const out = JSON.parse(run(`${root}target/release/factmark`, [seedFile]));
  return {
    quotes: out.quotes.map((q) => [q.text, out.speakers[q.speaker]?.name ?? null]),
    speakers: out.speakers.map((s) => s.name),
    claims: out.claims.length,
  };
}

let browser;
const servers = [];
before(async () => {
  assert.ok(existsSync(tarball), `${tarball} is missing: run scripts/package.sh`);
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh npm project with the tarball installed, without network. */
function project(name) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, type: "module" }));
  run("npm", ["install", tarball, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, env: offline });
  return dir;
}

test("npm: Node imports the package and analyses the seed article", () => {
  const dir = project("node-app");
  const installed = JSON.parse(readFileSync(join(dir, "node_modules/factmark/package.json"), "utf8"));
  assert.equal(installed.name, "factmark");
  assert.equal(installed.version, version);
  writeFileSync(join(dir, "analyse.mjs"), `
import { readFileSync } from "node:fs";
import { analyze } from "factmark";
const text = readFileSync(process.argv[2], "utf8");
const { quotes, speakers, claims } = analyze(text);
console.log(JSON.stringify({ quotes: quotes.map((q) => [q.text, speakers[q.speaker]?.name ?? null]), speakers: speakers.map((s) => s.name), claims: claims.length }));
`);
  const got = JSON.parse(run("node", ["analyse.mjs", seedFile], { cwd: dir }));
  const want = expected();
  assert.deepEqual(got.quotes, want.quotes);
  assert.deepEqual(got.speakers, want.speakers);
  assert.ok(got.speakers.includes("Zohran Mamdani") && got.speakers.includes("Donald Trump"));
  assert.equal(got.claims, want.claims);
  assert.ok(got.claims >= 2);
});

test("npm: the TypeScript types cover what the package exports", () => {
  const dir = project("ts-app");
  writeFileSync(join(dir, "check.ts"), `
import init, { analyze, highlight, clear, type Analysis, type Quote, type HighlightResult } from "factmark";
import wasmUrl from "factmark/factmark_bg.wasm";
import "factmark/embed";
const a: Analysis = analyze("“Yes,” she said.");
const kinds: Quote["kind"][] = a.quotes.map((q) => q.kind);
const reported: Quote["kind"] = "indirect";
const scored: number = analyze("Text.", { minScore: 0.7 }).claims[0]?.score ?? 0;
export async function paint(el: Element): Promise<HighlightResult> {
  await init({ module_or_path: wasmUrl });
  const r = highlight(el, { show: "quotes" });
  clear(el);
  return window.factmark?.result ?? r;
}
export { kinds, reported, scored };
`);
  // A mistyped call must fail, or the check proves nothing.
  writeFileSync(join(dir, "wrong.ts"), `import { analyze } from "factmark";\nanalyze(42);\n`);
  const tsc = `${root}node_modules/typescript/bin/tsc`;
  for (const resolution of [["--module", "nodenext", "--moduleResolution", "nodenext"], ["--module", "esnext", "--moduleResolution", "bundler"]]) {
    const args = [tsc, "--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom", ...resolution];
    run("node", [...args, "check.ts"], { cwd: dir });
    assert.throws(() => run("node", [...args, "wrong.ts"], { cwd: dir }), (e) => /Argument of type 'number'/.test(e.stdout));
  }
});

test("npm: a page bundled by esbuild, and one importing the package unbundled, highlight in Chromium", async () => {
  const dir = project("web-app");
  writeFileSync(join(dir, "main.js"), `
import init, { highlight } from "factmark";
import wasmUrl from "factmark/factmark_bg.wasm";
await init({ module_or_path: wasmUrl });
window.result = highlight(document.querySelector("article"), { show: "quotes claims" });
`);
  const out = join(dir, "public");
  mkdirSync(out);
  await build({ entryPoints: [join(dir, "main.js")], absWorkingDir: dir, bundle: true, format: "esm", platform: "browser",
    loader: { ".wasm": "file" }, outdir: out, publicPath: "./", logLevel: "error" });
  const paragraphs = seed.split("\n").filter((l) => l.trim()).map((l) => `<p>${l.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`).join("\n");
  writeFileSync(join(out, "index.html"), `<!doctype html><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
<title>bundled</title><article>${paragraphs}</article><script type="module" src="main.js"></script>`);
  writeFileSync(join(out, "favicon.ico"), "");
  const { server, url } = await serve(0, { root: out });
  servers.push(server);
  const { page, problems } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.result, null, { timeout: 60000 });
  const state = await page.evaluate(() => ({
    speakers: window.result.speakers.map((s) => s.name),
    painted: [...CSS.highlights.keys()].filter((k) => k.startsWith("factmark-speaker-")).reduce((n, k) => n + CSS.highlights.get(k).size, 0),
    csp: window.__csp,
  }));
  assert.deepEqual(problems, []);
  assert.deepEqual(state.csp, []);
  assert.deepEqual(state.speakers, expected().speakers);
  assert.ok(state.painted >= 15, `${state.painted} quote ranges painted`);
  await page.close();

  // Unbundled: the package's folder served as it is, init() fetching the wasm next to the module.
  cpSync(join(dir, "node_modules/factmark"), join(out, "factmark"), { recursive: true });
  writeFileSync(join(out, "plain.js"), `
import init, { highlight } from "./factmark/factmark.js";
await init();
window.result = highlight(document.querySelector("article"));
`);
  writeFileSync(join(out, "plain.html"), readFileSync(join(out, "index.html"), "utf8").replace('src="main.js"', 'src="plain.js"'));
  const plain = await openPage(browser);
  await plain.page.goto(`${url}plain.html`);
  await plain.page.waitForFunction(() => window.result, null, { timeout: 60000 });
  assert.deepEqual(await plain.page.evaluate(() => window.result.speakers.map((s) => s.name)), expected().speakers);
  assert.ok(plain.requests.some((r) => r.url.endsWith("/factmark/factmark_bg.wasm") && r.status === 200));
  assert.deepEqual(plain.problems, []);
  await plain.page.close();
});

/** A static blog with the embed folder unpacked from the zip at /blog/assets/factmark-<version>/. */
function blog() {
  const site = join(work, "site");
  if (existsSync(site)) return site;
  mkdirSync(join(site, "blog/2026/11"), { recursive: true });
  const assets = join(site, "blog/assets");
  mkdirSync(assets, { recursive: true });
  run("python3", ["-m", "zipfile", "-e", `${embedDir.replace(/\/$/, "")}.zip`, assets]);
  const files = run("python3", ["-m", "zipfile", "-l", `${embedDir.replace(/\/$/, "")}.zip`]);
  for (const f of [...EMBED_FILES, "README.md"]) assert.match(files, new RegExp(`factmark-embed-${version}/${f.replace(".", "\\.")}`));
  for (const f of ["blog.css", "favicon.svg"]) cpSync(`${root}www/${f}`, join(site, "blog", f));
  return site;
}

/** The demo post, with its stylesheet and the embed's tag pointing where a blogger put them. */
function post(src, csp) {
  return readFileSync(`${root}www/embed-demo.html`, "utf8")
    .replace('href="blog.css"', 'href="/blog/blog.css"').replace('href="favicon.svg"', 'href="/blog/favicon.svg"')
    .replace(/src="factmark-embed\.js"/, `src="${src}"`)
    .replace(/content="default-src[^"]*"/, `content="${csp}"`);
}

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** The embed's requests: exactly its four files, each found. */
function assertRequests(requests, prefix) {
  const mine = requests.filter((r) => r.url.startsWith(prefix));
  assert.deepEqual(mine.map((r) => r.url.slice(prefix.length)).sort(), [...EMBED_FILES].sort(), JSON.stringify(mine));
  assert.ok(mine.every((r) => r.status === 200), JSON.stringify(mine));
}

test("embed folder: under a sub-path of a site with the strict CSP", async () => {
  const site = blog();
  const dir = `/blog/assets/factmark-embed-${version}/`;
  writeFileSync(join(site, "blog/2026/11/bridge-vote.html"), post(`${dir}factmark-embed.js`, STRICT));
  const { server, url } = await serve(0, { root: site });
  servers.push(server);
  const requests = await checkEmbed(browser, `${url}blog/2026/11/bridge-vote.html`, { shot: `${shots}dist-embed` });
  assertRequests(requests, `${url.replace(/\/$/, "")}${dir}`);
});

test("embed folder: from a second origin, listed in the page's CSP", async () => {
  const site = blog();
  const cdn = await serve(0, { root: join(site, "blog/assets"), cors: true });
  servers.push(cdn.server);
  const widget = cdn.url.replace(/\/$/, "");
  const csp = STRICT.replace("script-src 'self'", `script-src 'self' ${widget}`).replace("style-src 'self'", `style-src 'self' ${widget}`)
    .replace("connect-src 'self'", `connect-src 'self' ${widget}`);
  writeFileSync(join(site, "blog/2026/11/elsewhere.html"), post(`${widget}/factmark-embed-${version}/factmark-embed.js`, csp));
  const { server, url } = await serve(0, { root: site });
  servers.push(server);
  assert.notEqual(new URL(url).origin, new URL(widget).origin);
  const requests = await checkEmbed(browser, `${url}blog/2026/11/elsewhere.html`);
  assertRequests(requests, `${widget}/factmark-embed-${version}/`);
});

test("cargo install --path . gives a working factmark", () => {
  const prefix = join(work, "cargo-root");
  run("cargo", ["install", "--path", root, "--root", prefix, "--locked", "--offline", "--quiet"], { cwd: root, timeout: 900_000 });
  const out = JSON.parse(run(join(prefix, "bin/factmark"), [seedFile]));
  assert.deepEqual(out.speakers.map((s) => s.name), expected().speakers);
  const lines = run(join(prefix, "bin/factmark"), ["--jsonl"], { input: `${JSON.stringify({ id: "a", text: "“Yes,” Ana Ruiz said." })}\n`, stdio: ["pipe", "pipe", "pipe"] });
  assert.equal(JSON.parse(lines).id, "a");
});
