// broadsheet/prerender for Node >= 18 (and Deno, Bun, other runtimes that may compile wasm
// from bytes): the renderer's wasm is embedded in broadsheet_prerender_wasm.js as base64,
// so nothing is read from the filesystem at run time. Compiled on first use.
import { renderer } from './renderer.js';
import { wasmBase64 } from './broadsheet_prerender_wasm.js';

const { articleHtml, prerenderPage } = renderer(() =>
  typeof Buffer === 'function'
    ? Buffer.from(wasmBase64, 'base64')
    : Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)),
);

export { articleHtml, prerenderPage };
