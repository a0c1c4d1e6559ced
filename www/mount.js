// The one way the widget starts, shared by the paste page and the blog embed: load the wasm, paint
// the article (the wasm's highlight: direct quotes, reported speech, claims at or above the
// threshold), fill the findings panel.
import init, * as factmark from "./pkg/factmark.js";
import { createPanel, flashRange } from "./panel.js";

/** Where the wasm lies, relative to this module. The packaged embed is one bundled file with the
 *  wasm beside it: its build defines FACTMARK_WASM; served from www/ the glue's folder is pkg/. */
// eslint-disable-next-line no-undef
const WASM = typeof FACTMARK_WASM === "string" ? FACTMARK_WASM : "pkg/factmark_bg.wasm";

/** What "show all claims" asks the core for: every sentence it scored, whatever the score, so that
 *  the ranked list runs down to the least check-worthy. */
const EVERY_SENTENCE = 0;

/** The core's default claim threshold, or undefined in a build that does not export it (then
 *  analysing without `minScore` still applies the core's default; only its value is not shown). */
export function defaultMinScore() {
  const read = factmark.defaultMinScore;
  const value = typeof read === "function" ? read() : undefined;
  return typeof value === "number" && value >= 0 && value <= 1 ? value : undefined;
}

/**
 * Starts factmark on `article`, with the findings panel in `panel` (an element or shadow root).
 * Options: `minScore` (the claim threshold; default the core's), `show` ("quotes claims", "quotes"
 * or "claims"), `wasm` (where the wasm is; default next to this module), `onUpdate(result, ms,
 * { showAll })` (called after each paint, with the milliseconds it took to analyse and paint, and
 * whether every claim is shown).
 * Resolves to { paint(), clear(), explain(node, offset), result }: `paint` analyses the article as
 * it now is, paints it and fills the panel.
 */
export async function mount({ article, panel, minScore, show = "quotes claims", wasm = new URL(WASM, import.meta.url), onUpdate }) {
  await init({ module_or_path: wasm });
  const threshold = minScore ?? defaultMinScore();
  let showAll = false;
  let painted = false;
  let result = null;
  const options = () => {
    const chosen = showAll ? EVERY_SENTENCE : threshold;
    return chosen === undefined ? { show } : { show, minScore: chosen };
  };
  const fill = (ms) => {
    // How many claims "show all" would show: counted only while it is off.
    const all = showAll ? result.claims.length : factmark.analyze(result.text, { minScore: EVERY_SENTENCE }).claims.length;
    view.update(result.text, result, { showAll, threshold, all });
    onUpdate?.(result, ms, { showAll });
    return result;
  };
  const view = createPanel(panel, {
    onSelect: (start, end) => flashRange(factmark.textRange(article, start, end)),
    onShowAll: (on) => {
      showAll = on;
      if (painted) {
        controller.paint();
      } else if (result) {
        // The reader turned the highlights off: only the list changes.
        result = { ...factmark.analyze(result.text, options()), text: result.text, mode: result.mode };
        fill(0);
      }
    },
  });
  const controller = {
    paint() {
      const t0 = performance.now();
      result = factmark.highlight(article, options());
      painted = true;
      return fill(performance.now() - t0);
    },
    clear() {
      painted = false;
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
