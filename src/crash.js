
// Broadsheet: when the widget's wasm crashes, every mounted widget is replaced by an error box
// instead of staying frozen. (Appended to broadsheet.js by scripts/finish-bundle.)
// The release bundle is built with -Cpanic=immediate-abort (docs/performance.md): a Rust panic
// there is a trap, a `WebAssembly.RuntimeError` that unwinds into the event, timer or promise
// that called the wasm, with no panic hook run first. The instance may then hold half-done
// state and must not be called again, so the boxes are built here, with plain DOM calls.
// Only errors that passed through this file or its wasm count (another wasm on the page may
// trap too); in builds where the Rust panic hook ran first (src/dom/mount.rs), the boxes are
// already there and are left as they are (the trap is still logged, after the panic).
if (typeof addEventListener === "function") {
  const ownFiles = [import.meta.url, new URL('broadsheet_bg.wasm', import.meta.url).href];
  const ours = (error) => error instanceof WebAssembly.RuntimeError && ownFiles.some((url) => String(error.stack).includes(url));
  // Taken now: the crash may come from a page script that broke the DOM's own methods.
  const setAttribute = Element.prototype.setAttribute;
  let crashed = false;
  const onCrash = (error) => {
    if (crashed || !ours(error)) return;
    crashed = true;
    console.error('Broadsheet crashed:', error);
    for (const widget of document.querySelectorAll('[data-broadsheet-mounted]')) {
      if (widget.querySelector(':scope > .bs-error[data-broadsheet-crash]')) continue;
      const box = document.createElement('div');
      box.className = 'bs-error';
      setAttribute.call(box, 'role', 'alert');
      setAttribute.call(box, 'data-broadsheet-crash', '');
      box.textContent = 'This article could not be displayed: the widget stopped unexpectedly. Reloading the page may help.';
      widget.replaceChildren(box);
    }
  };
  addEventListener('error', (event) => onCrash(event.error));
  addEventListener('unhandledrejection', (event) => onCrash(event.reason));
}
