// The one way the widget starts, shared by the paste page and the blog embed: load the wasm, paint
// the article (quotes, reported speech, claims at or above the threshold), fill the findings panel.
import init, * as factmark from "./pkg/factmark.js";
import { PALETTE, createPanel, flashRange } from "./panel.js";

/** Where the wasm lies, relative to this module. The packaged embed is one bundled file with the
 *  wasm beside it: its build defines FACTMARK_WASM; served from www/ the glue's folder is pkg/. */
// eslint-disable-next-line no-undef
const WASM = typeof FACTMARK_WASM === "string" ? FACTMARK_WASM : "pkg/factmark_bg.wasm";

/** What "show all claims" shows: every sentence the model rates at least as likely as not to be
 *  worth checking (scores are calibrated probabilities). Below it a sentence is more likely not. */
const AS_LIKELY_AS_NOT = 0.5;

/** The core's default claim threshold, or undefined in a build that does not export it (then
 *  analysing without `minScore` still applies the core's default; only its value is not shown). */
export function defaultMinScore() {
  const read = factmark.defaultMinScore;
  const value = typeof read === "function" ? read() : undefined;
  return typeof value === "number" && value >= 0 && value <= 1 ? value : undefined;
}

/** Highlight names for reported speech: a dashed underline in the speaker's colour. */
const reportedName = (speaker) => (speaker === null ? "factmark-reported-none" : `factmark-reported-${speaker % PALETTE}`);
const quoteName = (speaker) => (speaker === null ? "factmark-unattributed" : `factmark-speaker-${speaker % PALETTE}`);

const sameRange = (a, b) => a.startContainer === b.startContainer && a.startOffset === b.startOffset
  && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/**
 * Shows reported speech (`kind: "indirect"`) apart from direct quotes. The wasm paints every quote in
 * its speaker's highlight; this moves the ranges of reported speech to `factmark-reported-<n>`, or in
 * the `<mark>` fallback adds the class `factmark-reported` to their marks. Returns an undo function.
 */
export function showReported(article, result) {
  const indirect = result.quotes.filter((q) => q.kind === "indirect");
  if (!indirect.length) return () => {};
  const wanted = indirect.flatMap((q) => q.parts.map((p) => [q.speaker, factmark.textRange(article, p.start, p.end)]))
    .filter(([, range]) => range);
  if (result.mode === "marks") {
    // Marks and parts are both in text order: walk them together.
    let j = 0;
    for (const mark of article.querySelectorAll("mark.factmark-mark")) {
      const piece = mark.firstChild; // each mark wraps one piece of a text node
      if (!piece) continue;
      while (j < wanted.length && wanted[j][1].comparePoint(piece, 0) > 0) j += 1;
      if (j === wanted.length) break;
      const r = wanted[j][1];
      if (r.comparePoint(piece, 0) === 0 && r.comparePoint(piece, piece.length) === 0) mark.classList.add("factmark-reported");
    }
    return () => {}; // clear() takes the marks away, classes and all
  }
  // The painted ranges of each speaker's highlight, by start node, so each lookup is short.
  const byStart = new Map();
  const painted = (name) => {
    if (!byStart.has(name)) {
      const index = new Map();
      for (const r of CSS.highlights.get(name) ?? []) index.set(r.startContainer, [...(index.get(r.startContainer) ?? []), r]);
      byStart.set(name, index);
    }
    return byStart.get(name);
  };
  const moved = [];
  for (const [speaker, want] of wanted) {
    const from = CSS.highlights.get(quoteName(speaker));
    const range = painted(quoteName(speaker)).get(want.startContainer)?.find((r) => sameRange(r, want));
    if (!from || !range) continue;
    from.delete(range);
    if (!from.size) CSS.highlights.delete(quoteName(speaker));
    const name = reportedName(speaker);
    if (!CSS.highlights.has(name)) CSS.highlights.set(name, new Highlight());
    CSS.highlights.get(name).add(range);
    moved.push([name, range]);
  }
  return () => {
    for (const [name, range] of moved) {
      const h = CSS.highlights.get(name);
      h?.delete(range);
      if (h && !h.size) CSS.highlights.delete(name);
    }
  };
}

/**
 * Starts factmark on `article`, with the findings panel in `panel` (an element or shadow root).
 * Options: `minScore` (the claim threshold; default the core's), `show` ("quotes claims", "quotes"
 * or "claims"), `wasm` (where the wasm is; default next to this module), `onUpdate(result, ms)`
 * (called after each paint, with the milliseconds it took to analyse and paint).
 * Resolves to { paint(), show(result), clear(), explain(node, offset), result }: `paint` analyses the
 * article as it now is and paints it; `show` paints reported speech and fills the panel for a result
 * of `highlight`.
 */
export async function mount({ article, panel, minScore, show = "quotes claims", wasm = new URL(WASM, import.meta.url), onUpdate }) {
  await init({ module_or_path: wasm });
  const threshold = minScore ?? defaultMinScore();
  const floor = Math.min(AS_LIKELY_AS_NOT, threshold ?? AS_LIKELY_AS_NOT);
  let showAll = false;
  let result = null;
  let undoReported = () => {};
  const view = createPanel(panel, {
    onSelect: (start, end) => flashRange(factmark.textRange(article, start, end)),
    onShowAll: (on) => { showAll = on; controller.paint(); },
  });
  const controller = {
    paint() {
      undoReported();
      const chosen = showAll ? floor : threshold;
      const t0 = performance.now();
      const painted = factmark.highlight(article, chosen === undefined ? { show } : { show, minScore: chosen });
      return controller.show(painted, performance.now() - t0);
    },
    show(painted, ms = 0) {
      undoReported();
      result = painted;
      undoReported = showReported(article, result);
      // How many claims "show all" would show: counted only while it is off.
      const all = showAll ? result.claims.length : factmark.analyze(result.text, { minScore: floor }).claims.length;
      view.update(result.text, result, { showAll, threshold, all });
      onUpdate?.(result, ms);
      return result;
    },
    clear() {
      undoReported();
      undoReported = () => {};
      factmark.clear(article);
    },
    /** What the highlight at a page position means (for a tooltip), or null. */
    explain(node, offset) {
      if (!result || !article.contains(node)) return null;
      const at = factmark.textOffset(article, node, offset);
      return at === undefined ? null : view.explain(at);
    },
    get result() { return result; },
  };
  return controller;
}
