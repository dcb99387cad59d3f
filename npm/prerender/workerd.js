// broadsheet/prerender for workerd (Cloudflare Workers and its open-source runtime), chosen
// by the package's "workerd" export condition. Workers may not compile wasm from bytes at
// run time, so the wasm is imported as a module: workerd (and wrangler's bundler) hand it
// over compiled, as a WebAssembly.Module.
import wasmModule from './broadsheet_prerender_bg.wasm';
import { renderer } from './renderer.js';

const { articleHtml, prerenderPage } = renderer(() => wasmModule);

export { articleHtml, prerenderPage };
