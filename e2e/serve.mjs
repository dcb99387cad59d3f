// Small static server for the end-to-end checks and the benchmark.
//
//   import { startServer } from './serve.mjs';
//   const server = await startServer();          // 127.0.0.1, random free port
//   server.url('/index.html'); server.route('/x.html', html); await server.close();
//
//   node e2e/serve.mjs [--port N]                 // serve by hand until Ctrl-C
//
// Serves dist/ first, then e2e/pages/ (both at the site root, so the pages reference
// /broadsheet.js and static/... exactly as a publisher page next to dist/ would), plus
// in-memory routes added by the caller (generated pages). `.wasm` is application/wasm.
// Any path containing "csp" gets the strict Content-Security-Policy of the README.
// Responses are `Cache-Control: no-store`; compressible types are sent brotli- or
// gzip-encoded when the browser accepts it (as a CDN would), so throttled load times in the
// benchmark reflect what publishers' readers download.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..');
// BROADSHEET_DIST=/path tests another build (default: dist/ of this checkout).
export const DIST = resolve(process.env.BROADSHEET_DIST || join(ROOT, 'dist'));
export const PAGES = join(here, 'pages');

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.jsonld', '.wasm', '.svg', '.txt']);

/**
 * Starts the server. Options: roots (directories searched in order, default [dist, pages]),
 * port (0 = random free port), compress (default true), log (function for request lines).
 */
export async function startServer({ roots = [DIST, PAGES], port = 0, compress = true, log = null } = {}) {
  const routes = new Map(); // path -> { body: Buffer, type }
  const encoded = new Map(); // cache key -> Buffer
  const requests = [];

  const encode = (key, body, encoding) => {
    const cacheKey = `${encoding}:${key}`;
    let out = encoded.get(cacheKey);
    if (!out) {
      out = encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
      encoded.set(cacheKey, out);
    }
    return out;
  };

  const find = async (pathname) => {
    const route = routes.get(pathname);
    if (route) return { body: route.body, type: route.type, key: `route:${pathname}:${route.version}` };
    let rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    if (rel === '' || rel.endsWith(sep)) rel = join(rel, 'index.html');
    if (rel.split(sep).includes('..')) return null;
    for (const root of roots) {
      const file = join(root, rel);
      if (!file.startsWith(root + sep)) continue;
      try {
        const info = await stat(file);
        if (!info.isFile()) continue;
        return {
          body: await readFile(file),
          type: TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
          key: `file:${file}:${info.mtimeMs}:${info.size}`,
        };
      } catch {
        // not in this root
      }
    }
    return null;
  };

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (pathname.includes('csp')) headers['Content-Security-Policy'] = CSP;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end();
        return;
      }
      const found = await find(pathname);
      if (!found && pathname === '/favicon.ico') {
        // Browsers ask every site for one; a real publisher has it. Not a widget error.
        res.writeHead(204, headers).end();
        return;
      }
      if (!found) {
        requests.push({ path: pathname, status: 404 });
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      let body = found.body;
      headers['Content-Type'] = found.type;
      const ext = extname(pathname).toLowerCase() || (routes.has(pathname) ? '.html' : '');
      const accepts = String(req.headers['accept-encoding'] || '');
      if (compress && body.length > 512 && (COMPRESSIBLE.has(ext) || /^text\//.test(found.type))) {
        const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
        if (encoding) {
          body = encode(found.key, body, encoding);
          headers['Content-Encoding'] = encoding;
          headers.Vary = 'Accept-Encoding';
        }
      }
      headers['Content-Length'] = body.length;
      requests.push({ path: pathname, status: 200, bytes: body.length });
      if (log) log(`${req.method} ${pathname} 200 ${body.length}`);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, headers);
      res.end(String(error));
    }
  });
  // Keep-alive sockets would hold close() open.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  let version = 0;
  return {
    origin,
    requests,
    url: (path = '/') => origin + path,
    /** Serves `body` (string or Buffer) at `path`, in memory. */
    route(path, body, type = TYPES[extname(path).toLowerCase()] || 'text/html; charset=utf-8') {
      routes.set(path, { body: Buffer.from(body), type, version: ++version });
      return origin + path;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

// CLI: node e2e/serve.mjs [--port N]
if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const at = process.argv.indexOf('--port');
  const port = at > 0 ? Number(process.argv[at + 1]) : 0;
  const server = await startServer({ port, log: (line) => console.log(line) });
  console.log(`serving ${DIST} and ${PAGES} at ${server.origin}/ (Ctrl-C to stop)`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
