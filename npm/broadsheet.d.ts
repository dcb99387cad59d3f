// broadsheet.js: the widget. Loading the module initialises the wasm
// (broadsheet_bg.wasm, next to it; quote detection, broadsheet_quotes.js, is imported from
// the same folder after an article shows), mounts every [data-broadsheet] / [data-broadsheet-src]
// placeholder of the page and defines the <broadsheet-article> element.

export * from "./article.js";
import type { ArticleData } from "./article.js";

/**
 * Mounts a widget on `element` from an article object or JSON string. Invalid data still
 * mounts (the element shows the error box) and throws an Error with the same message.
 */
export function mount(element: Element, data: ArticleData): void;

/** Removes the widget from `element`; returns whether one was mounted there. */
export function unmount(element: Element): boolean;

/** Mounts every placeholder on the page not mounted yet (added later); returns how many. */
export function mountAll(): number;

/**
 * Mounts one placeholder from its `data-broadsheet="SELECTOR"` or
 * `data-broadsheet-src="URL"` attribute, as `mountAll` does for each.
 */
export function mountPlaceholder(element: Element): void;

/**
 * `<broadsheet-article src="URL">`, `<broadsheet-article data="#id-of-a-json-script">`, or
 * with the article in a child `<script type="application/json">` (or `application/ld+json`).
 * Mounts when connected to the document, unmounts when removed; changing `src` or `data`
 * remounts it.
 */
export declare class BroadsheetArticleElement extends HTMLElement {
  static readonly observedAttributes: string[];
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

/** The wasm module's initialiser (the module has already called it once on load). */
export default function init(moduleOrPath?: unknown): Promise<unknown>;

declare global {
  interface HTMLElementTagNameMap {
    "broadsheet-article": BroadsheetArticleElement;
  }
}
