// What both entries of broadsheet/prerender share: the renderer's exports, initialised on first
// use from the wasm module each runtime provides (node.js: bytes decoded from base64;
// workerd.js: a WebAssembly.Module imported as a module).
import { initSync, articleHtml as render, prerenderPage as prerender } from './broadsheet_prerender.js';

/** The two exports over `loadModule()`, which is called once, on the first render. */
export function renderer(loadModule) {
  let ready = false;
  const start = () => {
    if (ready) return;
    initSync({ module: loadModule() });
    ready = true;
  };
  return {
    /** The widget's markup for an article (object or JSON string); throws if it is rejected. */
    articleHtml(article) {
      start();
      return render(article);
    },
    /** The page with its inline-data placeholders prerendered; throws if none can be filled. */
    prerenderPage(html) {
      start();
      return prerender(html);
    },
  };
}
