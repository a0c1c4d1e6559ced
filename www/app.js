// The paste page: renders an article as plain paragraphs, paints it with factmark's wasm
// `highlight`, and fills the findings panel. Article text is only ever placed with textContent.
import init, { highlight, textOffset, textRange } from "./pkg/factmark.js";
import { createPanel, flashRange } from "./panel.js";

const $ = (id) => document.getElementById(id);
const article = $("article");
let current = null;

/** Renders `text` as one <p> per non-blank line. */
function renderArticle(text) {
  article.replaceChildren(...text.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
    const p = document.createElement("p");
    p.textContent = line;
    return p;
  }));
}

const panel = createPanel($("panel"), { onSelect: (start, end) => flashRange(textRange(article, start, end)) });

function run(text) {
  renderArticle(text);
  const t0 = performance.now();
  let result;
  try {
    result = highlight(article, { minScore: 0.5 });
  } catch (err) {
    $("status").textContent = `Could not analyse this text: ${err.message}`;
    return;
  }
  const ms = performance.now() - t0;
  current = result;
  panel.update(result.text, result);
  const speech = result.quotes.filter((q) => q.kind === "speech").length;
  $("status").textContent = `${speech} quotes from ${result.speakers.length} speakers, ${result.claims.length} claims worth checking`
    + ` · analysed and painted in ${ms.toFixed(1)} ms${result.mode === "marks" ? " (marked up: this browser lacks the Highlight API)" : ""}`;
  window.factmarkPage = { text: result.text, result };
  document.body.dataset.state = "ready";
}

/** Explains the highlight under the pointer: who said a quote, why a claim is worth checking. */
function explainAt(x, y) {
  const tip = $("tip");
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = caret ? caret.offset : document.caretRangeFromPoint?.(x, y)?.startOffset;
  const at = current && node && article.contains(node) ? textOffset(article, node, offset) : undefined;
  const message = at === undefined ? null : panel.explain(at);
  tip.hidden = !message;
  if (message) {
    tip.textContent = message;
    tip.style.left = `${Math.min(x + 12, innerWidth - 360)}px`;
    tip.style.top = `${y + 16}px`;
  }
}

async function main() {
  await init();
  const sample = await (await fetch("sample/seed-article.txt")).text();
  $("input").value = sample;
  $("analyze").addEventListener("click", () => run($("input").value));
  $("sample").addEventListener("click", () => { $("input").value = sample; run(sample); });
  $("input").addEventListener("paste", () => setTimeout(() => run($("input").value), 0));
  let pending = false;
  article.addEventListener("mousemove", (e) => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; explainAt(e.clientX, e.clientY); });
  });
  article.addEventListener("mouseleave", () => { $("tip").hidden = true; });
  article.addEventListener("click", (e) => explainAt(e.clientX, e.clientY));
  run(sample);
}

main().catch((err) => {
  $("status").textContent = `factmark could not start: ${err.message}`;
  document.body.dataset.state = "error";
});
