// End-to-end: serves www/, opens the paste page in Chromium, checks the seed article is painted and
// that the page agrees with the CLI on the same text; saves a screenshot.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { useBrowser } from "./browser.mjs";

const root = new URL("../../", import.meta.url).pathname;
const env = useBrowser();

/** Pastes `text` into the page, analyses it, and waits until the page shows text holding `marker`. */
async function paste(page, text, marker) {
  await page.click("#paste summary");
  await page.fill("#input", text);
  await page.click("#analyze");
  await page.waitForFunction((m) => window.factmarkPage.text.includes(m), marker);
}

function cli(file) {
  const out = execFileSync(`${root}target/release/factmark`, [file], { encoding: "utf8" });
  return JSON.parse(out);
}

test("the page opens with the seed article analysed and highlighted", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1360, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(env.url);
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
  await page.screenshot({ path: `${env.shots}paste-page.png`, fullPage: false });
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
  const page = await env.browser.newPage();
  await page.goto(env.url);
  await page.waitForSelector("body[data-state=ready]");
  const text = "<img src=x onerror='window.__owned=1'><script>window.__owned=2</script>\n“It is a <b>bold</b> plan,” the mayor said.";
  await paste(page, text, "bold");
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

test("filters, click-to-scroll, export and a second article", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  await page.goto(env.url);
  await page.waitForSelector("body[data-state=ready]");
  const seed = cli(`${root}www/sample/seed-article.txt`);

  // Filter quotes by one speaker.
  const mamdani = seed.speakers.findIndex((s) => s.name === "Zohran Mamdani");
  await page.selectOption("#fm-quotes select", String(mamdani));
  const listed = await page.locator("#fm-quotes .fm-item").count();
  assert.equal(listed, seed.quotes.filter((q) => q.kind === "speech" && q.speaker === mamdani).length);
  assert.equal(await page.locator("#fm-quotes .fm-group-title").count(), 1);

  // Claims ranked by score, filtered by the minimum score.
  await page.click("#fm-tab-claims");
  const all = await page.locator("#fm-claims .fm-item").count();
  assert.equal(all, seed.claims.length);
  const scores = await page.locator("#fm-claims .fm-score").allTextContents();
  assert.deepEqual(scores, [...scores].sort((a, b) => Number(b) - Number(a)));
  await page.locator("#fm-claims input[type=range]").fill("0.9");
  const strong = await page.locator("#fm-claims .fm-item").count();
  assert.equal(strong, seed.claims.filter((c) => c.score >= 0.9).length);
  assert.ok(strong < all);
  const check = await page.locator("#fm-claims .fm-check-link").first().getAttribute("href");
  assert.match(check, /^https:\/\/toolbox\.google\.com\/factcheck\/explorer\/search\//);

  // Clicking a claim scrolls to it and flashes it.
  await page.locator("#fm-claims .fm-item").first().click();
  const flashed = await page.evaluate(() => [...(CSS.highlights.get("factmark-flash") ?? [])].map((r) => r.toString()));
  assert.equal(flashed.length, 1);
  assert.ok(flashed[0].length > 20, flashed[0]);

  // Export JSON and CSV.
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("text=Export JSON")]);
  const exported = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(exported.quotes.length, seed.quotes.length);
  assert.equal(exported.claims.length, seed.claims.length);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("text=Export CSV")]);
  const lines = readFileSync(await csv.path(), "utf8").trim().split("\n");
  assert.equal(lines[0], "type,start,end,speaker,kind,score,text");
  assert.equal(lines.length, 1 + seed.quotes.length + seed.claims.length);

  // A second article replaces the first.
  const second = "“The council wasted $3 million on the stadium,” Mayor Ana Ruiz said on Monday.\nCity records show spending rose 40% last year.";
  await paste(page, second, "stadium");
  const secondState = await page.evaluate(() => ({
    speakers: window.factmarkPage.result.speakers.map((s) => s.name),
    paragraphs: document.querySelectorAll("#article p").length,
    claims: window.factmarkPage.result.claims.length,
  }));
  assert.deepEqual(secondState.speakers, ["Ana Ruiz"]);
  assert.equal(secondState.paragraphs, 2);
  assert.ok(secondState.claims >= 1);
  await page.close();
});

test("the page reads well on a phone and in dark mode", async () => {
  const phone = await env.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  await phone.goto(env.url);
  await phone.waitForSelector("body[data-state=ready]");
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await phone.screenshot({ path: `${env.shots}paste-page-phone-dark.png` });
  await phone.close();
});
