// The paste page: renders an article as plain paragraphs and hands it to mount() (the same start-up
// as the blog embed). Article text is only ever placed with textContent.
import { mount } from "./mount.js";
import { counts, plural } from "./panel.js";

const $ = (id) => document.getElementById(id);
const article = $("article");

/** Renders `text` as one <p> per non-blank line. */
function renderArticle(text) {
  article.replaceChildren(...text.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
    const p = document.createElement("p");
    p.textContent = line;
    return p;
  }));
}

/** The status line: what was found, and how long it took. */
function report(result, ms, { showAll }) {
  const n = counts(result);
  const reported = n.reported ? ` and ${n.reported} reported` : "";
  const claims = showAll ? `${plural(n.claims, "sentence")} scored` : `${plural(n.claims, "claim")} worth checking`;
  $("status").textContent = `${plural(n.quotes, "quote")}${reported} from ${plural(result.speakers.length, "speaker")}, `
    + `${claims} · analysed and painted in ${ms.toFixed(1)} ms`
    + `${result.mode === "marks" ? " (marked up: this browser lacks the Highlight API)" : ""}`;
}

/** Explains the highlight under the pointer: who said a quote, why a claim is worth checking. */
function explainAt(fm, x, y) {
  const tip = $("tip");
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = caret ? caret.offset : document.caretRangeFromPoint?.(x, y)?.startOffset;
  const message = node ? fm.explain(node, offset) : null;
  tip.hidden = !message;
  if (message) {
    tip.textContent = message;
    tip.style.left = `${Math.min(x + 12, innerWidth - 360)}px`;
    tip.style.top = `${y + 16}px`;
  }
}

async function main() {
  const fm = await mount({ article, panel: $("panel"), onUpdate: report });
  window.factmarkPage = fm;
  const run = (text, { reveal = false } = {}) => {
    renderArticle(text);
    try {
      fm.paint();
    } catch (err) {
      $("status").textContent = `Could not analyse this text: ${err.message}`;
      return;
    }
    document.body.dataset.state = "ready";
    if (reveal) {
      // The reader asked for this article: close the paste box and bring the article into view.
      $("paste").open = false;
      article.focus({ preventScroll: true });
      $("status").scrollIntoView({ block: "start" });
    }
  };
  const sample = await (await fetch("sample/seed-article.txt")).text();
  $("input").value = sample;
  $("analyze").addEventListener("click", () => run($("input").value, { reveal: true }));
  $("sample").addEventListener("click", () => { $("input").value = sample; run(sample, { reveal: true }); });
  $("input").addEventListener("paste", () => setTimeout(() => run($("input").value, { reveal: true }), 0));
  let pending = false;
  article.addEventListener("mousemove", (e) => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; explainAt(fm, e.clientX, e.clientY); });
  });
  article.addEventListener("mouseleave", () => { $("tip").hidden = true; });
  article.addEventListener("click", (e) => explainAt(fm, e.clientX, e.clientY));
  run(sample);
}

main().catch((err) => {
  $("status").textContent = `factmark could not start: ${err.message}`;
  document.body.dataset.state = "error";
});
