// broadsheet/prerender: the widget's server renderer (Rust, compiled to wasm) for
// JavaScript runtimes. Output is byte for byte what the `broadsheet-prerender` CLI writes.
import type { ArticleData } from "../article.js";

/**
 * The widget's markup for one article (a Broadsheet JSON or schema.org JSON-LD object, or
 * its JSON text), as the widget first renders it: put it inside the placeholder element and
 * mark that `data-broadsheet-prerendered`. Throws an Error saying what is wrong if the
 * article is rejected.
 */
export function articleHtml(article: ArticleData): string;

/**
 * `html` with every empty `data-broadsheet="#id"` placeholder whose article is inline in
 * the page filled with the article's markup (and marked `data-broadsheet-prerendered`), and
 * the widget's downloads taken off the critical path (`fetchpriority="low"` on its script,
 * moved after the stylesheets; its wasm preload dropped: `broadsheet.js` fetches the wasm after the page's `load` event
 * when every widget is prerendered). Throws if the page has no such
 * placeholder, a placeholder is not empty, or an article is rejected.
 */
export function prerenderPage(html: string): string;
