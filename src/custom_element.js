// Broadsheet: the <broadsheet-article> element (src/custom_element.js, appended to
// broadsheet.js by scripts/finish-bundle, so it shares the module's scope: `mount`,
// `unmount` and `mountPlaceholder` are the wasm-bindgen exports above). It lets framework
// pages (React, Vue, Svelte) render the widget like any element: it mounts when the
// framework inserts it and unmounts when the framework removes it. Part of broadsheet.js
// itself, so it needs no inline script and no extra request under a strict CSP.
//
// Where the article comes from, first match wins:
//   src="URL"        fetched (loading state, errors with a retry button), as data-broadsheet-src;
//   data="SELECTOR"  a <script type="application/json"> elsewhere in the page, as data-broadsheet;
//   a child <script type="application/json"> (or application/ld+json) of the element.
const CHILD_DATA = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';

export class BroadsheetArticleElement extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'data'];
  }

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    unmount(this);
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    // Also called for the initial attributes before the element is connected: only a
    // change on a mounted element remounts (the widget updates in place).
    if (oldValue !== newValue && this.isConnected && this.hasAttribute('data-broadsheet-mounted')) {
      this.#mount();
    }
  }

  #mount() {
    const src = this.getAttribute('src');
    const selector = this.getAttribute('data');
    // The placeholder attributes mirror the element's, so the widget's own reading,
    // fetching, error boxes and retry apply unchanged.
    this.toggleAttribute('data-broadsheet-src', false);
    this.toggleAttribute('data-broadsheet', false);
    if (src && src.trim()) {
      this.setAttribute('data-broadsheet-src', src);
    } else if (selector && selector.trim()) {
      this.setAttribute('data-broadsheet', selector);
    } else {
      const script = this.querySelector(CHILD_DATA);
      if (script) {
        try {
          mount(this, script.textContent);
        } catch {
          // The element shows the error box and the console has the details.
        }
        return;
      }
    }
    mountPlaceholder(this);
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('broadsheet-article')) {
  customElements.define('broadsheet-article', BroadsheetArticleElement);
}
