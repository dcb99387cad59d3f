// What both entries of broadsheet/prerender share: the renderer's exports, initialised on first
// use from the wasm module each runtime provides (node.js: bytes decoded from base64;
// workerd.js: a WebAssembly.Module imported as a module).
//
// A trap inside the wasm (a stack overflow when called near the caller's stack limit, an
// allocation the memory cannot hold, a panic: the release build aborts on panic) unwinds the
// wasm without running its clean-up: borrowed cells stay borrowed, the stack pointer is not
// restored, and every later call of that instance fails ("unreachable"). So after any error
// that is not the renderer's own rejection, the next call starts a new instance of the same
// compiled module (the glue's __wbg_reset_state, from wasm-bindgen's
// --experimental-reset-state-function: no second compile, nothing carried over).
import {
  initSync,
  __wbg_reset_state as newInstance,
  articleHtml as render,
  prerenderPage as prerender,
} from './broadsheet_prerender.js';

/** The two exports over `loadModule()`, which is called once, on the first render. */
export function renderer(loadModule) {
  let ready = false;
  let broken = false;
  const call = (fn, input) => {
    if (!ready) {
      initSync({ module: loadModule() });
      ready = true;
    } else if (broken) {
      newInstance();
      broken = false;
    }
    try {
      return fn(input);
    } catch (error) {
      // The renderer reports rejected input as a plain Error once its wasm call has returned
      // normally; anything else was thrown from inside the instance, or may have been.
      if (!(error instanceof Error) || error.constructor !== Error) broken = true;
      throw error;
    }
  };
  return {
    /** The widget's markup for an article (object or JSON string); throws if it is rejected. */
    articleHtml(article) {
      return call(render, article);
    },
    /** The page with its inline-data placeholders prerendered; throws if none can be filled. */
    prerenderPage(html) {
      return call(prerender, html);
    },
  };
}
