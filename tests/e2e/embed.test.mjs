// End-to-end: the blog embed under its strict CSP — no console errors or CSP violations, the
// article is painted without changing its DOM or layout, links still work, the panel opens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./browser.mjs";

const env = useBrowser();

async function openDemo(viewport = { width: 1280, height: 900 }) {
  const page = await env.browser.newPage({ viewport });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => (m.type() === "error" || m.text().includes("Content Security Policy")) && problems.push(m.text()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems };
}

test("the embed paints the post under a strict CSP without touching its DOM or layout", async () => {
  const { page, problems } = await openDemo();
  await page.goto(`${env.url}embed-demo.html`);
  await page.waitForFunction(() => window.factmark?.result, null, { timeout: 15000 });
  const state = await page.evaluate(() => ({
    globals: Object.keys(window).filter((k) => k.startsWith("factmark")),
    quotes: window.factmark.result.quotes.filter((q) => q.kind === "speech").map((q) => [q.text, window.factmark.result.speakers[q.speaker]?.name]),
    claims: window.factmark.result.claims.length,
    painted: [...CSS.highlights.keys()].filter((k) => k.startsWith("factmark-")),
    marksInPost: document.querySelectorAll("#post mark").length,
    widgetInShadow: !!document.querySelector("factmark-widget")?.shadowRoot?.querySelector(".fm-toggle"),
    commentMarkColor: getComputedStyle(document.querySelector(".comment mark")).backgroundColor,
    csp: window.__csp,
  }));
  assert.deepEqual(problems, []);
  assert.deepEqual(state.csp, []);
  assert.deepEqual(state.globals, ["factmark"]);
  assert.equal(state.marksInPost, 0, "the Highlight API paints without adding elements");
  assert.ok(state.widgetInShadow);
  assert.equal(state.commentMarkColor, "rgb(255, 255, 0)", "the blog's own styles are untouched");
  assert.ok(state.painted.some((n) => n.startsWith("factmark-speaker-")), state.painted.join());
  const bySpeaker = Object.fromEntries(state.quotes.map(([t, s]) => [t.slice(0, 20), s]));
  assert.equal(bySpeaker["This bridge carries "], "Dana Whitfield");
  assert.equal(bySpeaker["Nobody is against a "], "Luis Ortega");
  assert.ok(state.claims >= 2);
  await page.screenshot({ path: `${env.shots}embed-closed.png` });

  // The panel opens over the page without moving it; a link in the article still navigates.
  const before = await page.evaluate(() => document.querySelector("#post p").getBoundingClientRect().top);
  await page.locator("factmark-widget").locator(".fm-toggle").click();
  await page.locator("factmark-widget").locator(".fm-drawer").waitFor();
  const afterTop = await page.evaluate(() => document.querySelector("#post p").getBoundingClientRect().top);
  assert.equal(afterTop, before);
  await page.screenshot({ path: `${env.shots}embed-open.png` });
  await page.locator("factmark-widget").locator(".fm-toggle").click();
  await page.click("#post a[href='#report']");
  assert.ok(page.url().endsWith("#report"));
  await page.close();
});

test("a missing wasm file leaves the article readable with a clear console message", async () => {
  const { page } = await openDemo();
  const messages = [];
  page.on("console", (m) => messages.push(m.text()));
  await page.route("**/factmark_bg.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(`${env.url}embed-demo.html`);
  await page.waitForFunction(() => document.readyState === "complete");
  await page.waitForTimeout(500);
  const text = await page.evaluate(() => document.querySelector("#post").innerText);
  assert.match(text, /The bridge vote, explained/);
  assert.ok(messages.some((m) => m.startsWith("factmark: could not load")), messages.join("\n"));
  assert.equal(await page.evaluate(() => typeof window.factmark), "undefined");
  await page.close();
});

test("without WebAssembly, or with it blocked by the page's CSP, the article stays as it was", async () => {
  for (const setup of ["no-webassembly", "csp-blocks-wasm"]) {
    const { page } = await openDemo();
    const messages = [];
    page.on("console", (m) => messages.push(m.text()));
    if (setup === "no-webassembly") {
      await page.addInitScript(() => { delete window.WebAssembly; });
    } else {
      await page.route("**/embed-demo.html", async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(" 'wasm-unsafe-eval'", "");
        route.fulfill({ response, body });
      });
    }
    await page.goto(`${env.url}embed-demo.html`);
    await page.waitForFunction(() => document.readyState === "complete");
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      text: document.querySelector("#post").innerText,
      widget: !!document.querySelector("factmark-widget"),
      global: typeof window.factmark,
    }));
    assert.match(state.text, /“Nobody is against a safe bridge,” Ortega said/, setup);
    assert.equal(state.widget, false, setup);
    assert.equal(state.global, "undefined", setup);
    assert.ok(messages.some((m) => m.startsWith("factmark:")), `${setup}: ${messages.join(" | ")}`);
    await page.close();
  }
});
