// The checks a blog page with the embed must pass, wherever the embed is served from: www/ as the
// demo serves it, the packaged folder under a sub-path, or another origin.
import assert from "node:assert/strict";

/** Opens a page that records console errors, page errors and CSP violations, and every request. */
export async function openPage(browser, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  const requests = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => (m.type() === "error" || m.text().includes("Content Security Policy")) && problems.push(m.text()));
  // (The response may be gone once the page closes: a late lookup must not reject unhandled.)
  page.on("requestfinished", (r) => r.response().then((res) => requests.push({ url: r.url(), status: res?.status() }), () => {}));
  page.on("requestfailed", (r) => requests.push({ url: r.url(), status: "failed" }));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems, requests };
}

/**
 * Opens the bridge-vote post at `url` (www/embed-demo.html or a copy of it) and checks the embed:
 * no console errors or CSP violations, the post painted without changing its DOM or layout, the
 * speakers right, the panel opening in its shadow root, links still working. Returns the page's
 * requests. `shot` names the screenshots (none when absent).
 */
export async function checkEmbed(browser, url, { shot } = {}) {
  const { page, problems, requests } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.factmark?.result, null, { timeout: 60000 });
  // The document-level stylesheet is applied: a speaker's colour is defined.
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue("--factmark-s0").trim() !== "");
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
  if (shot) await page.screenshot({ path: `${shot}-closed.png` });

  // The panel opens over the page without moving it, styled by its own stylesheet; a link in the
  // article still navigates.
  const before = await page.evaluate(() => document.querySelector("#post p").getBoundingClientRect().top);
  const widget = page.locator("factmark-widget");
  await widget.locator(".fm-toggle").click();
  await widget.locator(".fm-drawer").waitFor();
  const drawer = await widget.locator(".fm-drawer").evaluate((d) => ({ position: getComputedStyle(d).position, items: d.querySelectorAll(".fm-item").length }));
  assert.equal(drawer.position, "fixed", "factmark-panel.css is applied in the shadow root");
  assert.ok(drawer.items >= 2, `${drawer.items} findings listed`);
  const afterTop = await page.evaluate(() => document.querySelector("#post p").getBoundingClientRect().top);
  assert.equal(afterTop, before);
  if (shot) await page.screenshot({ path: `${shot}-open.png` });
  await widget.locator(".fm-toggle").click();
  await page.click("#post a[href='#report']");
  assert.ok(page.url().endsWith("#report"));
  assert.deepEqual(problems, []);
  await page.close();
  return requests;
}
