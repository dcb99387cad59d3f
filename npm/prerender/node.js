// broadsheet/prerender for Node >= 18 (and Deno, Bun, other runtimes that may compile wasm
// from bytes): the renderer's wasm is embedded in broadsheet_prerender_wasm.js as base64,
// so nothing is read from the filesystem at run time. Compiled on first use.
import { initSync, articleHtml as render, prerenderPage as prerender } from './broadsheet_prerender.js';
import { wasmBase64 } from './broadsheet_prerender_wasm.js';

let ready = false;

function start() {
  if (ready) return;
  const bytes = typeof Buffer === 'function'
    ? Buffer.from(wasmBase64, 'base64')
    : Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
  initSync({ module: bytes });
  ready = true;
}

/** The widget's markup for an article (object or JSON string); throws if it is rejected. */
export function articleHtml(article) {
  start();
  return render(article);
}

/** The page with its inline-data placeholders prerendered; throws if none can be filled. */
export function prerenderPage(html) {
  start();
  return prerender(html);
}
