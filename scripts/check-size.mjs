// The widget's size as a blog serves it: gzip -9 of each file of the packaged embed folder
// (dist/factmark-embed-<version>/: the bundled loader, the wasm, two stylesheets), built afresh here
// from www/ and www/pkg as scripts/package.sh builds it, with the wasm broken down into code, data and
// model weights. Exits non-zero over the budget or over four requests.
// usage: node scripts/check-size.mjs   (after scripts/build-web.sh)
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { EMBED_FILES, buildEmbed, embedDir } from "../npm/package.mjs";

/** The budget for the whole widget, gzip -9, in bytes (150 KB). */
const BUDGET = 150_000;
/** The most files a page may request for the embed. */
const MAX_REQUESTS = 4;

const root = new URL("../", import.meta.url).pathname;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1);

if (!existsSync(`${root}www/pkg/factmark_bg.wasm`)) {
  console.error("check-size: www/pkg is missing; run scripts/build-web.sh first");
  process.exit(1);
}
await buildEmbed();
const files = EMBED_FILES.map((f) => `${embedDir.slice(root.length)}${f}`);
const wasmFile = files.find((f) => f.endsWith(".wasm"));

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
    console.error(`check-size: ${file} is missing`);
    process.exit(1);
  }
  const g = gz(bytes);
  total += g;
  console.log(`| ${file} | ${bytes.length} | ${g} |`);
}
console.log(`| **total** (${files.length} requests) | | **${total}** (${kb(total)} KB) |`);

const wasm = readFileSync(`${root}${wasmFile}`);
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

if (files.length > MAX_REQUESTS) {
  console.log(`\ncheck-size: the embed needs ${files.length} requests, over ${MAX_REQUESTS}`);
  process.exit(1);
}
if (total > BUDGET) {
  console.log(`\ncheck-size: the widget is ${total} bytes gzipped, over the budget of ${BUDGET}`);
  process.exit(1);
}
console.log(`\ncheck-size: the widget is ${total} bytes gzipped, within the budget of ${BUDGET} (${kb(BUDGET - total)} KB to spare)`);
