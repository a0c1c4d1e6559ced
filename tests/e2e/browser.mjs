// Launches the machine's Chromium through playwright-core with flags that work offline and as root.
import { before, after } from "node:test";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Serves www/ and launches Chromium around a test file's tests; `env.url` and `env.browser` are
 *  set once `before` has run. Screenshots go to tests/e2e/screenshots/. */
export function useBrowser() {
  const env = { url: null, browser: null, shots: new URL("screenshots/", import.meta.url).pathname };
  let server;
  before(async () => {
    ({ server, url: env.url } = await serve(0));
    env.browser = await launch();
    mkdirSync(env.shots, { recursive: true });
  });
  after(async () => {
    await env.browser?.close();
    server?.close();
  });
  return env;
}
