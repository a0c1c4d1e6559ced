// factmark for blogs: one tag marks up the article already on the page.
//   <script type="module" src="/factmark/factmark-embed.js" data-target="article"></script>
// Options (data attributes on that tag): data-target (CSS selector, default "article"),
// data-show ("quotes claims", "quotes" or "claims"), data-min-score (0.5–1), data-theme ("auto",
// "light", "dark"), data-open ("true" opens the panel at load). The wasm and CSS files sit next to
// this script. The page's DOM is not changed (the CSS Custom Highlight API paints the text), the
// widget lives in a shadow root, and the only global is `window.factmark`.
import init, { highlight, clear, textRange } from "./pkg/factmark.js";
import { createPanel, flashRange } from "./panel.js";

const here = new URL(".", import.meta.url);
const tag = [...document.querySelectorAll("script[src]")].find((s) => s.src === import.meta.url);
const config = {
  target: tag?.dataset.target || "article",
  show: tag?.dataset.show || "quotes claims",
  minScore: Math.min(1, Math.max(0.5, Number(tag?.dataset.minScore) || 0.5)),
  theme: tag?.dataset.theme || "auto",
  open: tag?.dataset.open === "true",
};

function stylesheet(root, file) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(file, here).href;
  root.append(link);
}

class FactmarkWidget extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    stylesheet(shadow, "factmark-panel.css");
    stylesheet(shadow, "factmark-embed.css");
    this.dataset.theme = config.theme;
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
  try {
    await init({ module_or_path: new URL("pkg/factmark_bg.wasm", here) });
  } catch (err) {
    console.error(`factmark: could not load pkg/factmark_bg.wasm (${err.message}); the article is shown as it is.`);
    return;
  }
  stylesheet(document.head, "factmark-highlights.css");
  if (!customElements.get("factmark-widget")) customElements.define("factmark-widget", FactmarkWidget);
  const widget = document.createElement("factmark-widget");
  document.body.append(widget);
  const panel = createPanel(widget.body, { onSelect: (start, end) => flashRange(textRange(article, start, end)) });
  let result = null;
  const paint = () => {
    result = highlight(article, { minScore: config.minScore, show: config.show });
    panel.update(result.text, result);
    widget.toggle.textContent = `✓ factmark · ${result.quotes.filter((q) => q.kind === "speech").length} quotes · ${result.claims.length} claims`;
    return result;
  };
  widget.paintToggle.addEventListener("click", () => {
    const on = widget.paintToggle.getAttribute("aria-pressed") !== "true";
    if (on) paint(); else clear(article);
    widget.paintToggle.setAttribute("aria-pressed", String(on));
    widget.paintToggle.textContent = on ? "Highlights on" : "Highlights off";
  });
  paint();
  widget.setOpen(config.open);
  window.factmark = Object.freeze({
    /** Analyses and paints the article again (after the page changed it). */
    refresh: () => paint(),
    /** Removes every highlight, leaving the article as it was. */
    clear: () => clear(article),
    /** The last analysis: quotes, speakers, claims and the text they index. */
    get result() { return result; },
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
