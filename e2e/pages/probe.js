// Error probe for the cross-engine checks (e2e/engines.mjs). W3C WebDriver cannot run a
// script before the page's own ones, and WebKitGTK exposes no console log, so the runner
// serves each page with this classic script first in <head>. It records, engine-independently:
// uncaught errors and rejections, console.error calls, `error` events of elements (a
// <link rel=modulepreload> or an image that failed: caught in the capture phase, as they do
// not bubble) and CSP violations. Read back as window.__bsProbe. Same-origin, so it passes
// the strict CSP.
(() => {
  const probe = { errors: [], resources: [], csp: [] };
  window.__bsProbe = probe;
  const describe = (el) => {
    const tag = el.tagName.toLowerCase();
    const rel = el.getAttribute('rel');
    return `<${tag}${rel ? ` rel=${rel}` : ''}> ${el.getAttribute('src') || el.getAttribute('href') || ''}`;
  };
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && target.tagName) probe.resources.push(`error event on ${describe(target)}`);
    else probe.errors.push(`uncaught: ${event.message || event.error}`);
  }, true);
  addEventListener('unhandledrejection', (event) => probe.errors.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.csp.push(`${event.violatedDirective} ${event.blockedURI || '(inline)'}`));
  const original = console.error;
  console.error = function error(...args) {
    probe.errors.push(`console.error: ${args.map(String).join(' ')}`);
    return original.apply(this, args);
  };
})();
