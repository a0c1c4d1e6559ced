// The blog embed is a script with no exports: it marks up the page's article and sets `window.factmark`.
import type { HighlightResult } from "../factmark.js";

declare global {
  interface Window {
    /** Set once the embed has painted the article. */
    factmark?: {
      /** Analyses and paints the article again (after the page changed it). */
      refresh(): HighlightResult;
      /** Removes every highlight, leaving the article as it was. */
      clear(): void;
      /** The last analysis: quotes, speakers, claims and the text they index. */
      readonly result: HighlightResult | null;
    };
  }
}

export {};
