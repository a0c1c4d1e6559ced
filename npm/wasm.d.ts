// `import wasmUrl from "factmark/factmark_bg.wasm"` with a bundler that turns a .wasm import into its
// URL (esbuild's `--loader:.wasm=file`, Vite's `?url`): pass it to `init({ module_or_path: wasmUrl })`.
declare const url: string;
export default url;
