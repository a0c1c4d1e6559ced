// The widget's size as served (gzip -9 of the wasm, its JS glue, the embed and panel scripts and the
// CSS), with the wasm broken down into code, data and model weights. Exits non-zero over the budget.
// usage: node scripts/check-size.mjs   (after scripts/build-web.sh)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** The budget for the whole widget, gzip -9, in bytes (150 KB). */
const BUDGET = 150_000;

const root = new URL("../", import.meta.url).pathname;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1);

const files = [
  "www/pkg/factmark_bg.wasm",
  "www/pkg/factmark.js",
  "www/factmark-embed.js",
  "www/panel.js",
  "www/factmark-highlights.css",
  "www/factmark-panel.css",
  "www/factmark-embed.css",
];

/** The wasm's sections by id: [id, bytes]. */
function sections(wasm) {
  const out = [];
  let at = 8; // magic and version
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    out.push([id, wasm.subarray(at, at + size)]);
    at += size;
  }
  return out;
}

let total = 0;
console.log("| widget file | bytes | gzip -9 |");
console.log("|---|---:|---:|");
for (const file of files) {
  let bytes;
  try {
    bytes = readFileSync(`${root}${file}`);
  } catch {
    console.error(`check-size: ${file} is missing; run scripts/build-web.sh first`);
    process.exit(1);
  }
  const g = gz(bytes);
  total += g;
  console.log(`| ${file} | ${bytes.length} | ${g} |`);
}
console.log(`| **total** | | **${total}** (${kb(total)} KB) |`);

const wasm = readFileSync(`${root}www/pkg/factmark_bg.wasm`);
const weights = readFileSync(`${root}src/model/claim-weights.bin`);
const parts = sections(wasm);
const of = (ids) => Buffer.concat(parts.filter(([id]) => ids.includes(id)).map(([, b]) => b));
const code = of([10]);
const data = of([11]);
const rest = of([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12]);
console.log("\n| inside the wasm | bytes | gzip -9 (alone) |");
console.log("|---|---:|---:|");
console.log(`| code | ${code.length} | ${gz(code)} |`);
console.log(`| data (word lists, tables, strings, weights) | ${data.length} | ${gz(data)} |`);
console.log(`| of which model weights | ${weights.length} | ${gz(weights)} |`);
console.log(`| types, imports, exports, names | ${rest.length} | ${gz(rest)} |`);

if (total > BUDGET) {
  console.log(`\ncheck-size: the widget is ${total} bytes gzipped, over the budget of ${BUDGET}`);
  process.exit(1);
}
console.log(`\ncheck-size: the widget is ${total} bytes gzipped, within the budget of ${BUDGET} (${kb(BUDGET - total)} KB to spare)`);
