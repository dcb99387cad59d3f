// The test Worker of e2e/npm-package.mjs: the package's prerender module inside workerd.
// POST /article with an article's JSON: its markup (articleHtml); POST /page with a page:
// the page prerendered (prerenderPage). A rejected input answers 422 with the error message;
// `x-render-ms` is the time the render took, as far as the runtime's clock tells (workerd
// advances it on I/O only, so the test also times the round trip).
import { articleHtml, prerenderPage } from 'broadsheet/prerender';

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (request.method !== 'POST' || (pathname !== '/article' && pathname !== '/page')) {
      return new Response('POST /article or /page\n', { status: 405 });
    }
    const input = await request.text();
    try {
      const html = pathname === '/page' ? prerenderPage(input) : articleHtml(input);
      return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    } catch (error) {
      return new Response(String(error?.message ?? error), { status: 422 });
    }
  },
};
