// Builds what factmark ships, from www/ and the wasm build in www/pkg, into dist/:
//   dist/factmark-embed-<version>/   the self-hosted blog embed: one bundled loader, the wasm, two
//                                    stylesheets and a README (four requests on a page)
//   dist/factmark-<version>/         the npm package's files, which `npm pack` turns into
//   dist/factmark-<version>.tgz
// The version is read from Cargo.toml, the one place it is written.
// usage: node npm/package.mjs   (scripts/package.sh runs it after the wasm build)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { minify } from "terser";

const root = fileURLToPath(new URL("../", import.meta.url));
const here = fileURLToPath(new URL("./", import.meta.url));

/** A string field of Cargo.toml's [package] table. */
function cargoField(name) {
  const table = readFileSync(`${root}Cargo.toml`, "utf8").split(/^\[/m).find((t) => t.startsWith("package]"));
  const value = table?.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  if (!value) throw new Error(`Cargo.toml: no ${name} in [package]`);
  return value;
}

export const version = cargoField("version");
export const dist = `${root}dist/`;
export const embedDir = `${dist}factmark-embed-${version}/`;
export const packageDir = `${dist}factmark-${version}/`;
export const tarball = `${dist}factmark-${version}.tgz`;

/** The files of the embed folder that a page requests, in the order it requests them. */
export const EMBED_FILES = ["factmark-embed.js", "factmark_bg.wasm", "factmark-highlights.css", "factmark-panel.css"];

const fill = (template) => template.replaceAll("{{version}}", version);
const banner = `/*! factmark ${version} · MIT OR Apache-2.0 */`;

/** Builds the embed folder into `out` from www/ and www/pkg. */
export async function buildEmbed(out = embedDir) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The loader, the panel, mount() and the wasm-bindgen glue as one module; the wasm is found next
  // to it (mount.js reads FACTMARK_WASM, relative to the module's own URL).
  await build({
    entryPoints: [`${root}www/factmark-embed.js`],
    outfile: `${out}factmark-embed.js`,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    define: { FACTMARK_WASM: JSON.stringify("factmark_bg.wasm") },
    banner: { js: banner },
    legalComments: "none",
    logLevel: "warning",
    // mount.js reads defaultMinScore only where the wasm build exports it.
    logOverride: { "import-is-undefined": "silent" },
  });
  // terser's extra compress passes take a quarter of a KB off what esbuild leaves (gzipped).
  const bundled = readFileSync(`${out}factmark-embed.js`, "utf8");
  const { code } = await minify(bundled, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: /^!/ } });
  writeFileSync(`${out}factmark-embed.js`, code);
  cpSync(`${root}www/pkg/factmark_bg.wasm`, `${out}factmark_bg.wasm`);
  for (const css of ["factmark-highlights.css", "factmark-panel.css"]) {
    const { code } = await transform(readFileSync(`${root}www/${css}`, "utf8"), { loader: "css", minify: true, banner });
    writeFileSync(`${out}${css}`, code);
  }
  writeFileSync(`${out}README.md`, fill(readFileSync(`${here}embed-README.md`, "utf8")));
}

/** The generated TypeScript, with optional options written as optional (`options?: T`). */
function types() {
  const dts = readFileSync(`${root}www/pkg/factmark.d.ts`, "utf8");
  return dts.replace(/\boptions: (\w+Options) \| undefined\b/g, "options?: $1");
}

async function npmPackage(out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}embed`, { recursive: true });
  for (const file of ["factmark.js", "factmark_bg.wasm"]) cpSync(`${root}www/pkg/${file}`, `${out}${file}`);
  writeFileSync(`${out}factmark.d.ts`, types());
  for (const file of ["node.js", "wasm.d.ts", "LICENSE-MIT", "LICENSE-APACHE"]) cpSync(`${here}${file}`, `${out}${file}`);
  cpSync(`${root}CHANGELOG.md`, `${out}CHANGELOG.md`);
  writeFileSync(`${out}README.md`, fill(readFileSync(`${here}README.md`, "utf8")));
  for (const file of EMBED_FILES) cpSync(`${embedDir}${file}`, `${out}embed/${file}`);
  cpSync(`${here}factmark-embed.d.ts`, `${out}embed/factmark-embed.d.ts`);
  const manifest = {
    name: "factmark",
    version,
    description: cargoField("description"),
    license: cargoField("license"),
    keywords: ["quotes", "quotation", "speaker attribution", "fact-checking", "claims", "news", "nlp", "wasm"],
    type: "module",
    // Node resolves "node" to an entry that loads the wasm at import; browsers and bundlers get the
    // web module, whose init() fetches the wasm next to it (or takes its URL from the bundler).
    exports: {
      ".": { types: "./factmark.d.ts", node: "./node.js", default: "./factmark.js" },
      "./factmark_bg.wasm": { types: "./wasm.d.ts", default: "./factmark_bg.wasm" },
      "./embed": { types: "./embed/factmark-embed.d.ts", default: "./embed/factmark-embed.js" },
      "./embed/*": "./embed/*",
      "./package.json": "./package.json",
    },
    main: "./node.js",
    module: "./factmark.js",
    types: "./factmark.d.ts",
    sideEffects: ["./node.js", "./embed/factmark-embed.js"],
    engines: { node: ">=18" },
    files: ["factmark.js", "factmark.d.ts", "factmark_bg.wasm", "node.js", "wasm.d.ts", "embed/", "CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"],
  };
  writeFileSync(`${out}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildEmbed(embedDir);
  await npmPackage(packageDir);
  console.log(version);
}
