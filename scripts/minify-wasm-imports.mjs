#!/usr/bin/env node
// scripts/minify-wasm-imports.mjs WASM JS: gives the imports that wasm-bindgen's glue provides
// short names (a, b, ..., Z, ba, ...), in the wasm's import section and in the glue's import
// object alike. Run on release builds by scripts/finish-bundle, before esbuild.
//
// Why: wasm-bindgen names every import after the JS it binds plus a 16-hex-digit hash
// (`__wbg_setAttribute_2b3c...`), and each name is written twice, once in each file. The
// hashes do not compress: the widget's 208 imports cost 3.3 KB of brotli in the wasm and
// 2.2 KB in broadsheet.js (docs/performance.md). binaryen's `--minify-imports` only renames
// Emscripten's modules ("env", WASI), and wasm-bindgen has no such option, hence these
// hundred lines.
//
// Safe by construction, or it fails the build: only imports from the glue's own module
// (`./NAME_bg.js`), all of them, so the new keys of that import object cannot collide; each
// old name must occur exactly once in the glue (its key there); the rewritten wasm must
// validate.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: minify-wasm-imports.mjs WASM JS');
  process.exit(2);
}

/** Unsigned LEB128 at `offset`: [value, offset after it]. */
function readUleb(bytes, offset) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, offset];
}

function uleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function readName(bytes, offset) {
  const [length, start] = readUleb(bytes, offset);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}
const name = (text) => {
  const encoded = Buffer.from(text, 'utf8');
  return Buffer.concat([uleb(encoded.length), encoded]);
};

/** Skips an import's description (function, table, memory, global or tag). */
function skipImportDescription(bytes, offset) {
  const kind = bytes[offset++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = readUleb(bytes, at);
    if (flags & 1) [, at] = readUleb(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: return readUleb(bytes, offset)[1]; // function: type index
    case 1: return limits(offset + 1); // table: reference type, limits
    case 2: return limits(offset); // memory: limits
    case 3: return offset + 2; // global: value type, mutability
    case 4: return readUleb(bytes, offset + 1)[1]; // tag: attribute, type index
    default: throw new Error(`import of unknown kind ${kind} at byte ${offset - 1}`);
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(index) {
  let text = '';
  do {
    text = LETTERS[index % LETTERS.length] + text;
    index = Math.floor(index / LETTERS.length);
  } while (index > 0);
  return text;
}

const wasm = readFileSync(wasmPath);
let glue = readFileSync(jsPath, 'utf8');
const renamed = new Map();
const sections = [wasm.subarray(0, 8)];
let offset = 8;
while (offset < wasm.length) {
  const id = wasm[offset];
  const [size, start] = readUleb(wasm, offset + 1);
  const end = start + size;
  if (id !== 2) {
    sections.push(wasm.subarray(offset, end));
    offset = end;
    continue;
  }
  let [count, at] = readUleb(wasm, start);
  const body = [uleb(count)];
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, at] = readName(wasm, at);
    [field, at] = readName(wasm, at);
    const description = at;
    at = skipImportDescription(wasm, at);
    if (/^\.\/[\w-]+_bg\.js$/.test(module)) {
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      field = renamed.get(field);
    }
    body.push(name(module), name(field), wasm.subarray(description, at));
  }
  if (at !== end) throw new Error(`import section: ${end - at} bytes left over`);
  const bytes = Buffer.concat(body);
  sections.push(Buffer.from([2]), uleb(bytes.length), bytes);
  offset = end;
}
if (renamed.size === 0) throw new Error(`${wasmPath}: no imports from wasm-bindgen's glue`);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text) => new RegExp(`(?<![\\w$])${escape(text)}(?![\\w$])`, 'g');
for (const [old, short] of renamed) {
  const found = glue.match(words(old))?.length ?? 0;
  if (found !== 1) throw new Error(`${jsPath}: ${old} occurs ${found} times, expected once (its import key)`);
  glue = glue.replace(words(old), short);
}
const rewritten = Buffer.concat(sections);
if (!WebAssembly.validate(rewritten)) throw new Error(`${wasmPath}: the rewritten module does not validate`);
writeFileSync(wasmPath, rewritten);
writeFileSync(jsPath, glue);
console.log(`minify-wasm-imports: ${renamed.size} imports renamed in ${wasmPath} (${wasm.length} -> ${rewritten.length} B)`);
