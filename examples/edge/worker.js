// examples/edge: a Worker in front of a publisher's site that prerenders Broadsheet
// placeholders on the fly. Every HTML page from the origin with a `data-broadsheet="#id"`
// placeholder whose article is inline comes back with the article's markup already in it
// (`prerenderPage` of `broadsheet/prerender`, the widget's own renderer compiled to wasm),
// so the article paints with the HTML instead of after the widget's wasm has loaded; the
// widget then takes over the same markup. Everything else passes through untouched, and a
// page that cannot be prerendered is served as the origin sent it (the widget still renders
// it in the browser), with the reason in the `x-broadsheet-prerender` header.
//
// Run locally (./run test does, e2e/prerender-anywhere.mjs) with workerd and config.capnp;
// on Cloudflare, deploy it with wrangler and point ORIGIN at the publisher's site.
import { prerenderPage } from 'broadsheet/prerender';

export default {
  async fetch(request, env) {
    const response = await env.ORIGIN.fetch(request);
    const type = response.headers.get('content-type') || '';
    if (request.method !== 'GET' || response.status !== 200 || !type.startsWith('text/html')) {
      return response;
    }
    const page = await response.text();
    const headers = new Headers(response.headers);
    // The body changes: the origin's length no longer applies; the runtime compresses the
    // new body itself for the Content-Encoding kept from the origin.
    headers.delete('content-length');
    let body = page;
    if (page.includes('data-broadsheet=')) {
      try {
        body = prerenderPage(page);
        headers.set('x-broadsheet-prerender', 'ok');
      } catch (error) {
        headers.set('x-broadsheet-prerender', `skipped: ${String(error?.message || error).slice(0, 200)}`);
      }
    }
    return new Response(body, { status: response.status, headers });
  },
};
