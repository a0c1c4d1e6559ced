// factmark for Node (≥ 18), without a bundler: the same ES module as in the browser, with the wasm
// read from this package and instantiated once, at import, so that analyze() is ready to call.
import { readFileSync } from "node:fs";
import { initSync } from "./factmark.js";

initSync({ module: readFileSync(new URL("./factmark_bg.wasm", import.meta.url)) });

export * from "./factmark.js";
export { default } from "./factmark.js";
