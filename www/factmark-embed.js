// factmark for blogs: one tag marks up the article already on the page.
//   <script type="module" src="/factmark/factmark-embed.js" data-target="article"></script>
// Options (data attributes on that tag): data-target (CSS selector, default "article"),
// data-show ("quotes claims", "quotes" or "claims"), data-min-score (0–1; default: factmark's own
// threshold, with a "show all" control in the panel), data-theme ("auto", "light", "dark"),
// data-open ("true" opens the panel at load). The wasm and CSS files are found next to this script,
// wherever it is served from. The page's DOM is not changed (the CSS Custom Highlight API paints the
// text), the widget lives in a shadow root, and the only global is `window.factmark`.
import { mount } from "./mount.js";
import { counts, plural } from "./panel.js";

const here = new URL(".", import.meta.url);
const tag = [...document.querySelectorAll("script[src]")].find((s) => s.src === import.meta.url);
const minScore = Number.parseFloat(tag?.dataset.minScore ?? "");
const config = {
  target: tag?.dataset.target || "article",
  show: tag?.dataset.show || "quotes claims",
  minScore: Number.isFinite(minScore) ? Math.min(1, Math.max(0, minScore)) : undefined,
  theme: tag?.dataset.theme || "auto",
  open: tag?.dataset.open === "true",
};

function stylesheet(root, file) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(file, here).href;
  root.append(link);
  return link;
}

class FactmarkWidget extends HTMLElement {
  // The shadow root is built at once, so that the panel can be filled before the widget is shown.
  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    stylesheet(shadow, "factmark-panel.css");
    this.toggle = document.createElement("button");
    this.toggle.className = "fm-toggle";
    this.toggle.type = "button";
    this.toggle.setAttribute("aria-expanded", "false");
    this.toggle.setAttribute("aria-controls", "fm-drawer");
    this.toggle.textContent = "✓ factmark";
    this.drawer = document.createElement("aside");
    this.drawer.id = "fm-drawer";
    this.drawer.className = "fm-drawer";
    this.drawer.setAttribute("aria-label", "factmark findings");
    this.drawer.hidden = true;
    const head = document.createElement("div");
    head.className = "fm-drawer-head";
    const title = document.createElement("strong");
    title.textContent = "Quotes and claims in this article";
    this.paintToggle = document.createElement("button");
    this.paintToggle.type = "button";
    this.paintToggle.className = "fm-secondary";
    this.paintToggle.setAttribute("aria-pressed", "true");
    this.paintToggle.textContent = "Highlights on";
    head.append(title, this.paintToggle);
    this.body = document.createElement("div");
    this.drawer.append(head, this.body);
    shadow.append(this.toggle, this.drawer);
    this.toggle.addEventListener("click", () => this.setOpen(this.drawer.hidden));
    this.addEventListener("keydown", (e) => { if (e.key === "Escape" && !this.drawer.hidden) { this.setOpen(false); this.toggle.focus(); } });
  }

  connectedCallback() {
    this.dataset.theme = config.theme;
  }

  setOpen(open) {
    this.drawer.hidden = !open;
    this.toggle.setAttribute("aria-expanded", String(open));
  }
}

async function start() {
  const article = document.querySelector(config.target);
  if (!article) {
    console.error(`factmark: no element matches data-target="${config.target}"; nothing was highlighted.`);
    return;
  }
  if (typeof WebAssembly !== "object") {
    console.error("factmark: this browser cannot run WebAssembly; the article is shown as it is.");
    return;
  }
  // The page's stylesheet loads while the wasm does.
  const highlights = stylesheet(document.head, "factmark-highlights.css");
  if (!customElements.get("factmark-widget")) customElements.define("factmark-widget", FactmarkWidget);
  const widget = document.createElement("factmark-widget");
  let fm;
  try {
    fm = await mount({ article, panel: widget.body, minScore: config.minScore, show: config.show, onUpdate: (result) => {
      const n = counts(result);
      widget.toggle.textContent = `✓ factmark · ${plural(n.quotes + n.reported, "quote")} · ${plural(n.claims, "claim")}`;
    } });
  } catch (err) {
    console.error(`factmark: could not load its wasm (${err.message}); the article is shown as it is.`);
    highlights.remove();
    return;
  }
  document.body.append(widget);
  widget.paintToggle.addEventListener("click", () => {
    const on = widget.paintToggle.getAttribute("aria-pressed") !== "true";
    if (on) fm.paint(); else fm.clear();
    widget.paintToggle.setAttribute("aria-pressed", String(on));
    widget.paintToggle.textContent = on ? "Highlights on" : "Highlights off";
  });
  fm.paint();
  widget.setOpen(config.open);
  window.factmark = Object.freeze({
    /** Analyses and paints the article again (after the page changed it). */
    refresh: () => fm.paint(),
    /** Removes every highlight, leaving the article as it was. */
    clear: () => fm.clear(),
    /** The last analysis: quotes, speakers, claims and the text they index. */
    get result() { return fm.result; },
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
