// Where the wasm bundle's bytes go: twiggy's item list of a names-kept release build, grouped
// by crate and by module of this crate, plus the shipped files' compressed sizes.
//
//   node scripts/size-report.mjs NAMES_KEPT_WASM [DIST_DIR]
//
// ./run size builds the release wasm (same profile as the bundle, before wasm-bindgen and
// wasm-opt, so function names are still there), runs this and writes
// bench-results/size-report.{json,md}. Attribution is by the item's demangled path: the
// first path segment is the crate (`<yew::html::Html as core::fmt::Debug>::fmt` counts for
// yew, the implementing type's crate; `<T as alloc::..>` for a generic `T`, the trait's);
// data segments are read-only data (strings, tables, lexicons). Sizes are twiggy's shallow sizes, so the table adds up to the file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressedSizes } from '../e2e/lib/sizes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [wasmPath, distDir = join(ROOT, 'dist')] = process.argv.slice(2);
if (!wasmPath || !existsSync(wasmPath)) {
  console.error(`usage: node scripts/size-report.mjs NAMES_KEPT_WASM [DIST_DIR] (missing: ${wasmPath})`);
  process.exit(2);
}

const items = JSON.parse(
  execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'json', wasmPath], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  }),
);

// The crate an item belongs to, from its demangled name.
export function crateOf(name) {
  if (/^(data\[\d+\]$|data segment)/.test(name)) return '(read-only data)';
  // Methods of primitive types (`<str>::to_lowercase`, `<u32 as core::fmt::Display>::fmt`).
  if (/^<(str|char|bool|[iu](8|16|32|64|128|size)|f32|f64|\[[^\]]*\])( as |>)/.test(name)) return 'core';
  // A generic parameter's impl (`<T as alloc::string::ToString>`) counts for the trait's crate.
  const generic = /^<[A-Z]( as ([A-Za-z_][A-Za-z0-9_]*))/.exec(name);
  if (generic) return generic[2].replace(/\[[0-9a-f]+\]$/, '');
  if (/^(code|elem|type|table|import|export|global|memory|custom section|wasm-bindgen)/.test(name)) {
    return '(wasm sections)';
  }
  let path = name.replace(/^(<|&mut |&|dyn |\*const |\*mut |\(|\[)+/g, '').replace(/\[[0-9a-f]+\]/g, '');
  const match = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(path);
  if (match) return match[1];
  if (/^(memcpy|memmove|memset|memcmp|__|compiler_builtins)/.test(path)) return 'compiler_builtins';
  if (/^(dlmalloc|__rust_alloc|__rdl)/.test(path)) return 'dlmalloc';
  return '(unnamed)';
}

// For this crate's items: broadsheet::model::jsonld -> "model::jsonld".
function moduleOf(name) {
  // Crate names carry a hash in v0-style names (`broadsheet[e978…]::model`) once std is rebuilt.
  const path = name.replace(/^(<|&mut |&|dyn )+/g, '').replace(/\[[0-9a-f]+\]/g, '');
  const segments = path.split('::');
  if (segments[0] !== 'broadsheet') return null;
  const modules = segments.slice(1, 3).filter((s) => /^[a-z_][a-z0-9_]*$/.test(s));
  return modules.join('::') || '(crate root)';
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
// Custom sections (function names, wasm-bindgen's descriptors) and wasm-bindgen's describe
// functions and placeholder imports are gone from the shipped file: wasm-bindgen removes them.
const shippedItems = items.filter(
  (item) =>
    !/^("function names" subsection|custom section|name section|export "__wbindgen_describe|import __wbindgen_placeholder)/.test(item.name) &&
    !/__wbindgen_describe/.test(item.name) &&
    // The describe functions of every type that crosses to JavaScript (`<js_sys::Array as
    // wasm_bindgen::describe::WasmDescribe>::describe`, `inform`): only the descriptor
    // exports call them, and wasm-bindgen runs and removes them all (31 KB of js_sys alone).
    !/wasm_bindgen(\[[0-9a-f]+\])?::describe::(WasmDescribe|inform)/.test(item.name),
);
for (const item of shippedItems) {
  const size = item.shallow_size ?? 0;
  total += size;
  const crate = crateOf(item.name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  const module = moduleOf(item.name);
  if (module) byModule.set(module, (byModule.get(module) ?? 0) + size);
}
const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
const kb = (bytes) => (bytes / 1024).toFixed(1);

// The first three are what a page waits for before the article shows; the quote-detection
// module comes after (src/dom/quote_module.rs).
const FIRST_PAINT = ['broadsheet_bg.wasm', 'broadsheet.js', 'broadsheet.css'];
const shipped = [...FIRST_PAINT, 'broadsheet_quotes_bg.wasm', 'broadsheet_quotes.js']
  .filter((file) => existsSync(join(distDir, file)))
  .map((file) => ({ file, ...compressedSizes(join(distDir, file)) }));

const report = {
  wasm: wasmPath,
  wasm_bytes: statSync(wasmPath).size,
  items_bytes: total,
  by_crate: Object.fromEntries(sorted(byCrate)),
  by_module: Object.fromEntries(sorted(byModule)),
  top_items: shippedItems.slice(0, 40).map((i) => ({ name: i.name, bytes: i.shallow_size })),
  shipped,
};

const lines = [];
lines.push(`# Size report`, '', `names-kept release wasm (before wasm-bindgen/wasm-opt): ${report.wasm_bytes} B, of which code and data ${total} B (custom sections excluded)`, '');
if (shipped.length) {
  lines.push('| shipped file | raw | gzip -9 | brotli -q 11 |', '|---|---:|---:|---:|');
  for (const s of shipped) lines.push(`| ${s.file} | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
  const sum = (k, files) => files.reduce((a, s) => a + s[k], 0);
  const first = shipped.filter((s) => FIRST_PAINT.includes(s.file));
  lines.push(`| **before the article shows** | ${sum('raw', first)} | ${sum('gzip', first)} | **${sum('brotli', first)}** |`);
  lines.push(`| all files | ${sum('raw', shipped)} | ${sum('gzip', shipped)} | ${sum('brotli', shipped)} |`, '');
}
lines.push('| crate | KB | share |', '|---|---:|---:|');
for (const [crate, size] of sorted(byCrate).slice(0, 25)) {
  lines.push(`| ${crate} | ${kb(size)} | ${((100 * size) / total).toFixed(1)}% |`);
}
lines.push('', '| broadsheet module | KB |', '|---|---:|');
for (const [module, size] of sorted(byModule).slice(0, 30)) lines.push(`| ${module} | ${kb(size)} |`);
lines.push('', '| top item | bytes |', '|---|---:|');
for (const item of report.top_items.slice(0, 25)) {
  lines.push(`| \`${item.name.replaceAll('|', '\\|').slice(0, 110)}\` | ${item.bytes} |`);
}

const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'size-report.json'), JSON.stringify(report, null, 2));
writeFileSync(join(out, 'size-report.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
console.log(`\nwritten: bench-results/size-report.{json,md}`);
