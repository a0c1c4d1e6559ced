// End-to-end: serves www/, opens the paste page in Chromium, checks the seed article is painted and
// that the page agrees with the CLI on the same text; saves a screenshot.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";
import { launch } from "./browser.mjs";

const root = new URL("../../", import.meta.url).pathname;
const shots = `${root}tests/e2e/screenshots`;
let server, url, browser;

before(async () => {
  ({ server, url } = await serve(0));
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

function cli(file) {
  const out = execFileSync(`${root}target/release/factmark`, [file], { encoding: "utf8" });
  return JSON.parse(out);
}

test("the page opens with the seed article analysed and highlighted", async () => {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url);
  await page.waitForSelector("body[data-state=ready]", { timeout: 15000 });
  const state = await page.evaluate(() => {
    const names = [...CSS.highlights.keys()];
    const size = (n) => CSS.highlights.get(n)?.size ?? 0;
    const speakerRanges = names.filter((n) => n.startsWith("factmark-speaker-")).reduce((s, n) => s + size(n), 0);
    const r = window.factmarkPage.result;
    // Every painted quote range reads back exactly the quoted text from the DOM.
    const first = [...CSS.highlights.get("factmark-speaker-0")][0];
    return {
      speakerRanges, claimRanges: size("factmark-claim") + size("factmark-claim-strong"), firstRange: first?.toString(),
      quotes: r.quotes.length, speakers: r.speakers.map((s) => s.name), claims: r.claims.length,
      listed: document.querySelectorAll("#fm-quotes .fm-item").length,
      paragraphs: document.querySelectorAll("#article p").length,
    };
  });
  await page.screenshot({ path: `${shots}/paste-page.png`, fullPage: false });
  const expected = cli(`${root}www/sample/seed-article.txt`);
  assert.deepEqual(errors, []);
  assert.equal(state.quotes, expected.quotes.length);
  assert.equal(state.claims, expected.claims.length);
  assert.deepEqual(state.speakers, expected.speakers.map((s) => s.name));
  assert.ok(state.speakers.includes("Zohran Mamdani") && state.speakers.includes("Donald Trump"));
  assert.ok(state.speakerRanges >= 15, `only ${state.speakerRanges} quote ranges painted`);
  assert.ok(state.claimRanges >= 3, `only ${state.claimRanges} claim ranges painted`);
  assert.match(state.firstRange, /^“/);
  assert.equal(state.listed, expected.quotes.filter((q) => q.kind === "speech").length);
  assert.equal(state.paragraphs, readFileSync(`${root}www/sample/seed-article.txt`, "utf8").split("\n").filter((l) => l.trim()).length);
  await page.close();
});

test("pasted text is analysed and never run as markup", async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-state=ready]");
  const text = "<img src=x onerror='window.__owned=1'><script>window.__owned=2</script>\n“It is a <b>bold</b> plan,” the mayor said.";
  await page.click("#paste summary");
  await page.fill("#input", text);
  await page.click("#analyze");
  await page.waitForFunction(() => window.factmarkPage.text.includes("bold"));
  const seen = await page.evaluate(() => ({
    owned: window.__owned ?? null, images: document.querySelectorAll("#article img, #article script, #article b").length,
    text: document.getElementById("article").textContent, quotes: window.factmarkPage.result.quotes.length,
  }));
  assert.equal(seen.owned, null);
  assert.equal(seen.images, 0);
  assert.ok(seen.text.includes("<script>"));
  assert.equal(seen.quotes, 1);
  await page.close();
});
