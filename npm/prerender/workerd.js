// broadsheet/prerender for workerd (Cloudflare Workers and its open-source runtime), chosen
// by the package's "workerd" export condition. Workers may not compile wasm from bytes at
// run time, so the wasm is imported as a module: workerd (and wrangler's bundler) hand it
// over compiled, as a WebAssembly.Module.
import wasmModule from './broadsheet_prerender_bg.wasm';
import { initSync, articleHtml as render, prerenderPage as prerender } from './broadsheet_prerender.js';

let ready = false;

function start() {
  if (ready) return;
  initSync({ module: wasmModule });
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
