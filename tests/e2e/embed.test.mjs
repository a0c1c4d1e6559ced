// End-to-end: the blog embed as www/ serves it, under its strict CSP — no console errors or CSP
// violations, the article painted without changing its DOM or layout, links still work, the panel
// opens (tests/e2e/embed-checks.mjs; the packaged folder passes the same checks in package.test.mjs);
// and the article left as it was when the wasm cannot run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./browser.mjs";
import { checkEmbed, openPage } from "./embed-checks.mjs";

const env = useBrowser();
const openDemo = () => openPage(env.browser);

test("the embed paints the post under a strict CSP without touching its DOM or layout", async () => {
  await checkEmbed(env.browser, `${env.url}embed-demo.html`, { shot: `${env.shots}embed` });
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
      links: document.querySelectorAll("link[href*=factmark]").length,
      global: typeof window.factmark,
    }));
    assert.match(state.text, /“Nobody is against a safe bridge,” Ortega said/, setup);
    assert.equal(state.widget, false, setup);
    assert.equal(state.links, 0, `${setup}: no stylesheet is left behind`);
    assert.equal(state.global, "undefined", setup);
    assert.ok(messages.some((m) => m.startsWith("factmark:")), `${setup}: ${messages.join(" | ")}`);
    await page.close();
  }
});

test("the panel's switch clears the highlights and paints them again; showing all claims keeps them off", async () => {
  const { page, problems } = await openDemo();
  await page.goto(`${env.url}embed-demo.html`);
  await page.waitForFunction(() => window.factmark?.result, null, { timeout: 60000 });
  const painted = () => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("factmark-")).length);
  const widget = page.locator("factmark-widget");
  await widget.locator(".fm-toggle").click();
  assert.ok((await painted()) > 0);
  await widget.locator(".fm-drawer-head button").click();
  assert.equal(await widget.locator(".fm-drawer-head button").getAttribute("aria-pressed"), "false");
  assert.equal(await painted(), 0, "highlights off");
  await widget.locator("#fm-tab-claims").click();
  await widget.locator("#fm-all").check();
  assert.equal(await painted(), 0, "showing all claims does not paint behind the switch's back");
  assert.match(await widget.locator(".fm-note").textContent(), /^All \d+ claims/);
  await widget.locator(".fm-drawer-head button").click();
  assert.ok((await painted()) > 0, "highlights on again");
  assert.match(await widget.locator(".fm-toggle").textContent(), /factmark · \d+ quotes · \d+ claims/);
  assert.deepEqual(problems, []);
  await page.close();
});

/** The colour a speaker's highlight resolves to under `root`, read from a probe element. */
const speakerColour = (page, root) => page.evaluate((selector) => {
  const probe = document.createElement("span");
  probe.style.setProperty("background-color", "var(--factmark-s0)");
  document.querySelector(selector).append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}, root);

test("highlights follow the page's colour scheme, not the reader's system setting", async () => {
  // The demo blog is light only (it declares no color-scheme): a reader in dark mode still gets
  // light highlights under dark text, while the panel follows the system.
  const page = await env.browser.newPage({ colorScheme: "dark" });
  await page.goto(`${env.url}embed-demo.html`);
  await page.waitForFunction(() => window.factmark?.result, null, { timeout: 60000 });
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue("--factmark-s0") !== "");
  assert.equal(await speakerColour(page, "#post"), "rgb(255, 224, 138)");
  const panel = await page.locator("factmark-widget").evaluate((w) => getComputedStyle(w.shadowRoot.querySelector(".fm-drawer")).backgroundColor);
  assert.equal(panel, "rgb(31, 32, 36)");
  await page.close();
  // The paste page declares `color-scheme: light dark`: its highlights turn dark with the system.
  const app = await env.browser.newPage({ colorScheme: "dark" });
  await app.goto(env.url);
  await app.waitForSelector("body[data-state=ready]");
  assert.equal(await speakerColour(app, "#article"), "rgb(107, 85, 22)");
  await app.close();
});
