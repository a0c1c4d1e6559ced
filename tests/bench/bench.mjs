// The benchmark: factmark's analyze in wasm under Node and in headless Chromium, highlight of a 1 MB
// article in Chromium, peak wasm memory at 10 MB, and compromise's quotations() on the same text.
// Run by scripts/bench.sh, which builds the packages first. Prints Markdown tables.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve } from "../../scripts/serve.mjs";
import { launch } from "../e2e/browser.mjs";

const root = new URL("../../", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const polnear = process.argv[2] ?? `${root}../shared/data/polnear-dev.jsonl`;

const news = readFileSync(polnear, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text).join("\n\n");
const sized = (bytes) => {
  let out = "";
  while (Buffer.byteLength(out) < bytes) out += news;
  return Buffer.from(out).subarray(0, bytes).toString("utf8").replace(/\uFFFD$/, "");
};
const inputs = [["5 KB", 5e3], ["100 KB", 1e5], ["1 MB", 1e6], ["10 MB", 1e7]].map(([label, n]) => [label, sized(n)]);
const hostile = [
  ["1 MB of “ unclosed", "“".repeat(333_333)],
  ["1 MB, no sentence end", "and the council voted for the plan ".repeat(28_572)],
  ["a million speech verbs", "said ".repeat(1_000_000)],
  ["1 MB paragraph of quotes", "“Yes,” he said and ".repeat(47_620)],
  // Each one unit repeated in one paragraph, as in examples/throughput.rs (tests/hostile.rs runs each).
  ...[
    ["1 MB of \"", "\""],
    ["1 MB of x\"", "x\""],
    ["1 MB of '", "'"],
    ["1 MB of “x", "“x"],
    ["1 MB of “…,” he said. (no name)", "“It is fine,” he said. "],
    ["1 MB of He said, “…” She … (no name)", "He said, “It is fine.” She disagreed. "],
  ].map(([label, unit]) => [label, unit.repeat(Math.floor(1e6 / Buffer.byteLength(unit)))]),
];
const mb = (s) => Buffer.byteLength(s) / 1e6;

function time(fn, text) {
  const runs = Math.max(1, Math.min(50, Math.round(2e6 / Buffer.byteLength(text))));
  fn(text); // warm up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn(text);
  return (performance.now() - t0) / runs;
}

const rows = [];
// The widget's own wasm (www/pkg, after wasm-opt), as the page and the embed load it.
const node = await import(`${root}www/pkg/factmark.js`);
node.initSync({ module: readFileSync(`${root}www/pkg/factmark_bg.wasm`) });
for (const [label, text] of [...inputs, ...hostile]) {
  const ms = time((t) => node.analyze(t), text);
  rows.push({ label, mb: mb(text), node: ms });
}

// compromise: quotations() on the smaller sizes (it is too slow for more in a benchmark run).
const nlp = require("compromise");
const compromise = {};
for (const [label, text] of inputs.slice(0, 2)) {
  const t0 = performance.now();
  nlp(text).quotations().out("array");
  compromise[label] = performance.now() - t0;
}

// Chromium: analyze, highlight of 1 MB, peak memory after 10 MB.
const { server, url } = await serve(0);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${url}index.html`);
await page.waitForSelector("body[data-state=ready]");
for (const row of rows) {
  const text = [...inputs, ...hostile].find(([l]) => l === row.label)[1];
  row.chrome = await page.evaluate(async (t) => {
    const m = await import("./pkg/factmark.js");
    const runs = Math.max(1, Math.min(50, Math.round(2e6 / t.length)));
    m.analyze(t);
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) m.analyze(t);
    return (performance.now() - t0) / runs;
  }, text);
}
const paint = await page.evaluate(async (t) => {
  const m = await import("./pkg/factmark.js");
  const div = document.createElement("div");
  for (const line of t.split("\n").filter((l) => l.trim())) {
    const p = document.createElement("p");
    p.textContent = line;
    div.append(p);
  }
  document.body.append(div);
  // The median of five runs (the first one warms up), each cleared before the next.
  const scripts = [], painted = [];
  let r, ranges = 0;
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    r = m.highlight(div);
    const t1 = performance.now();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (i > 0) scripts.push(t1 - t0), painted.push(performance.now() - t0);
    ranges = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    m.clear(div);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { ms: median(scripts), painted: median(painted), ranges, quotes: r.quotes.length, claims: r.claims.length };
}, inputs[2][1]);
const memory = await page.evaluate(async (t) => {
  const m = await import("./pkg/factmark.js");
  const wasm = await m.default();
  m.analyze(t);
  return wasm.memory.buffer.byteLength;
}, inputs[3][1]);
await browser.close();
server.close();

const native = Object.fromEntries(
  readFileSync(`${root}target/bench/native.txt`, "utf8").trim().split("\n").map((l) => {
    const [label, ms] = l.split("\t");
    return [label, Number(ms)];
  }),
);

const f = (x, d = 1) => x.toFixed(d);
console.log("\n| input | size | native | wasm (Node) | wasm (Chromium) |");
console.log("|---|---:|---:|---:|---:|");
for (const r of rows) {
  const nat = native[r.label];
  console.log(`| ${r.label} | ${f(r.mb, 3)} MB | ${nat ? `${f(r.mb / (nat / 1e3))} MB/s` : "–"} | ${f(r.mb / (r.node / 1e3))} MB/s (${f(r.node)} ms) | ${f(r.mb / (r.chrome / 1e3))} MB/s (${f(r.chrome)} ms) |`);
}
console.log("\n| compromise `nlp(text).quotations()` | time | MB/s | factmark (Node) is faster by |");
console.log("|---|---:|---:|---:|");
for (const [label, ms] of Object.entries(compromise)) {
  const r = rows.find((x) => x.label === label);
  console.log(`| ${label} | ${f(ms)} ms | ${f(r.mb / (ms / 1e3), 3)} | ${f(ms / r.node, 0)}× |`);
}
console.log(`\nhighlight of the 1 MB article in Chromium (median of 5): ${f(paint.ms)} ms of script, ${f(paint.painted)} ms to the painted frame, for ${paint.ranges} ranges (${paint.quotes} quotes, ${paint.claims} claims)`);
console.log(`wasm memory after analysing 10 MB: ${f(memory / 2 ** 20)} MiB`);
