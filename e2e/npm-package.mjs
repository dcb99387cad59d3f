// The npm package (dist/npm, scripts/build-npm) where publishers run it.
//
//   node e2e/npm-package.mjs        (./run test runs it after the release build)
//
// 1. Package: `npm pack --dry-run` lists every file of the `files` list; sizes of its parts
//    (raw, gzip, brotli).
// 2. Identical output: `articleHtml` of `broadsheet/prerender` in Node (resolved through the
//    package's exports map) and in workerd returns byte for byte what the CLI
//    (`broadsheet-prerender --article`) writes, for the demo article and every article in
//    tests/data/articles; for tests/data/invalid it throws the CLI's message. `prerenderPage`
//    gives the CLI's page for dist/client-rendered.html (which is dist/index.html).
//    After a trap inside the renderer's wasm (a stack overflow, called near the stack
//    limit), the next call renders again (a new instance of the same compiled module).
// 3. Edge example (examples/edge) under workerd on 127.0.0.1, in front of a loopback origin:
//    in Chromium, the article paints before the widget's wasm arrives, then the widget takes
//    over the same boxes with no layout shift.
// 4. <broadsheet-article> under the strict CSP: `data` selector, child JSON, `src`; unmounts
//    when removed, mounts again when put back, follows attribute changes.
// Also prints how long a prerender takes in Node and in workerd (demo, 10,000 paragraphs).
// Prints one PASS/FAIL line per check; exits 1 on any failure.
//
// Environment: BROADSHEET_PRERENDER (the CLI, default target/debug/broadsheet-prerender),
// CHROMIUM (default /usr/bin/chromium).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { DIST, PAGES, ROOT, startServer } from './serve.mjs';
import { instrumentedPage, launch, nextPaint, waitForWidgets, withTimeout } from './lib/browser.mjs';
import { startEdge, startWorkerd } from './lib/workerd.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const NPM = join(DIST, 'npm');
const CLI = process.env.BROADSHEET_PRERENDER || join(ROOT, 'target', 'debug', 'broadsheet-prerender');
const run = promisify(execFile);

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  const line = `${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `: ${detail}` : ''}`;
  console.log(line.length > 600 ? `${line.slice(0, 597)}...` : line);
}
class Failure extends Error {}
const fail = (message) => { throw new Failure(message); };
async function check(name, fn, limit = 60_000) {
  try {
    const detail = await withTimeout(Promise.resolve().then(fn), limit, name);
    record(name, true, typeof detail === 'string' ? detail : '');
  } catch (error) {
    record(name, false, error instanceof Failure ? error.message : `error: ${error?.stack || error}`);
  }
}

// ------------------------------------------------------------------------------ inputs

/** The demo article's JSON as index.html carries it (the tests' and benchmarks' article). */
function demoJson() {
  const page = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const match = page.match(/<script[^>]*id="demo-article"[^>]*>([\s\S]*?)<\/script>/);
  if (!match) throw new Error('index.html has no <script id="demo-article">');
  return match[1];
}

/** The demo's paragraphs repeated to `count` paragraphs (the scaling case). */
function manyParagraphs(count) {
  const demo = JSON.parse(demoJson());
  const paragraphs = demo.body.filter((block) => block.type === 'paragraph');
  const body = Array.from({ length: count }, (_, i) => paragraphs[i % paragraphs.length]);
  return JSON.stringify({ ...demo, body });
}

const work = mkdtempSync(join(tmpdir(), 'broadsheet-npm-'));
const articles = [{ name: 'demo article', file: join(work, 'demo.json') }];
writeFileSync(articles[0].file, demoJson());
for (const dir of ['articles', 'invalid']) {
  for (const name of readdirSync(join(ROOT, 'tests', 'data', dir)).sort()) {
    articles.push({ name: `${dir}/${name}`, file: join(ROOT, 'tests', 'data', dir, name) });
  }
}

/** The CLI's markup for an article file, or its error message (what follows "FILE: "). */
async function cliArticle(file) {
  try {
    const { stdout } = await run(CLI, ['--article', file], { encoding: 'buffer', maxBuffer: 64 << 20 });
    return { html: stdout.toString('utf8') };
  } catch (error) {
    const stderr = String(error.stderr || '');
    const prefix = `broadsheet-prerender: ${file}: `;
    if (error.code !== 1 || !stderr.startsWith(prefix)) throw new Error(`${CLI} --article ${file}: ${stderr || error.message}`);
    return { error: stderr.slice(prefix.length).replace(/\n$/, '') };
  }
}

// ------------------------------------------------------------------------------ runtimes

/** Node: the package as a dependency (node_modules/broadsheet), imported by its name. */
async function importFromNode() {
  const app = join(work, 'node-app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(NPM, join(app, 'node_modules', 'broadsheet'), 'dir');
  writeFileSync(join(app, 'index.mjs'), "export * from 'broadsheet/prerender';\n");
  return import(pathToFileURL(join(app, 'index.mjs')).href);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;

// ------------------------------------------------------------------------------ checks

let node = null;
let workerd = null;
let browser = null;
let origin = null;
let edge = null;
const timings = [];

try {
  await check('package: npm pack lists the widget, types, prerender module, README and licence', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', NPM], { cwd: work });
    const [packed] = JSON.parse(stdout);
    const files = new Set(packed.files.map((f) => f.path));
    const pkg = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8'));
    const cargoVersion = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
    const expected = ['package.json', 'README.md', 'LICENSE', 'broadsheet.js', 'broadsheet_bg.wasm', 'broadsheet.css',
      'broadsheet_quotes.js', 'broadsheet_quotes_bg.wasm',
      'broadsheet.d.ts', 'article.d.ts', 'prerender/index.d.ts', 'prerender/node.js', 'prerender/workerd.js',
      'prerender/renderer.js', 'prerender/broadsheet_prerender.js', 'prerender/broadsheet_prerender_bg.wasm', 'prerender/broadsheet_prerender_wasm.js'];
    const missing = expected.filter((f) => !files.has(f));
    if (missing.length) fail(`missing from the tarball: ${missing.join(', ')}`);
    if (pkg.name !== 'broadsheet' || pkg.version !== cargoVersion) fail(`package is ${pkg.name}@${pkg.version}, Cargo.toml says ${cargoVersion}`);
    for (const [entry, target] of Object.entries({ '.': pkg.exports['.']?.default, './prerender': pkg.exports['./prerender']?.workerd })) {
      if (!target || !files.has(target.replace(/^\.\//, ''))) fail(`exports["${entry}"] points at a file not in the package`);
    }
    // The renderer's build (feature prerender-js) leaves out the widget's JS API and start.
    const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(NPM, file)))).map((e) => e.name);
    const renderer = exportsOf('prerender/broadsheet_prerender_bg.wasm');
    const widget = exportsOf('broadsheet_bg.wasm');
    const api = ['mount', 'unmount', 'mountAll', 'mountPlaceholder', 'start'];
    if (!['articleHtml', 'prerenderPage'].every((name) => renderer.includes(name))) fail(`renderer exports ${renderer.join(' ')}`);
    if (api.some((name) => renderer.includes(name))) fail(`the renderer exports the widget's API: ${renderer.filter((n) => api.includes(n))}`);
    if (['mount', 'unmount', 'mountAll', 'mountPlaceholder'].some((name) => !widget.includes(name))) fail(`widget exports ${widget.join(' ')}`);
    if (['articleHtml', 'prerenderPage'].some((name) => widget.includes(name))) fail('the widget exports the renderer');
    // Quote detection is the module's alone: the widget imports it (feature quotes-module).
    const detector = exportsOf('broadsheet_quotes_bg.wasm');
    if (!detector.includes('findQuotes')) fail(`the quote-detection module exports ${detector.join(' ')}`);
    if (api.some((name) => detector.includes(name))) fail(`the quote-detection module exports the widget's API: ${detector.filter((n) => api.includes(n))}`);
    if (widget.includes('findQuotes')) fail('the widget exports findQuotes (detection should be the module\'s alone)');
    const size = (file) => {
      const bytes = readFileSync(join(NPM, file));
      const br = brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return `${file} ${(bytes.length / 1024).toFixed(1)}/${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)}/${(br / 1024).toFixed(1)}`;
    };
    console.log(`      sizes, KB raw/gzip/brotli: ${['broadsheet.js', 'broadsheet_bg.wasm', 'broadsheet.css', 'broadsheet_quotes.js', 'broadsheet_quotes_bg.wasm',
      'prerender/broadsheet_prerender.js', 'prerender/broadsheet_prerender_bg.wasm', 'prerender/broadsheet_prerender_wasm.js'].map(size).join('; ')}`);
    return `${packed.id}, ${packed.files.length} files, tarball ${(packed.size / 1024).toFixed(0)} KB`;
  });

  const expected = new Map();
  await check('CLI: markup of every test article (broadsheet-prerender --article)', async () => {
    for (const article of articles) expected.set(article.name, await cliArticle(article.file));
    const rendered = [...expected.values()].filter((e) => e.html).length;
    if (rendered < 9) fail(`only ${rendered} articles rendered by the CLI`);
    return `${rendered} rendered, ${expected.size - rendered} rejected`;
  }, 120_000);

  const cliPage = join(work, 'page.html');
  const clientPage = readFileSync(join(DIST, 'client-rendered.html'), 'utf8');
  await check('CLI: prerendered demo page equals dist/index.html', async () => {
    writeFileSync(cliPage, clientPage);
    await run(CLI, [cliPage]);
    if (readFileSync(cliPage, 'utf8') !== readFileSync(join(DIST, 'index.html'), 'utf8')) fail('they differ');
  });

  /** Compares every article's output of `render` (html or error message) with the CLI's. */
  const compare = async (render) => {
    const differ = [];
    for (const article of articles) {
      const want = expected.get(article.name);
      const got = await render(readFileSync(article.file, 'utf8'));
      if (want?.html !== got.html || want?.error !== got.error) {
        differ.push(`${article.name} (${got.error ? `threw "${got.error.slice(0, 120)}"` : `${got.html.length} bytes`}` +
          ` vs CLI ${want?.error ? `"${want.error.slice(0, 120)}"` : `${want?.html.length} bytes`})`);
      }
    }
    if (differ.length) fail(`differs from the CLI for ${differ.join('; ')}`);
    return `${articles.length} articles identical`;
  };

  await check('Node: articleHtml (import "broadsheet/prerender") equals the CLI byte for byte', async () => {
    node = await importFromNode();
    return compare(async (json) => {
      try {
        return { html: node.articleHtml(json) };
      } catch (error) {
        return { error: error.message };
      }
    });
  });

  await check('Node: articleHtml accepts an object; prerenderPage equals the CLI page', async () => {
    if (!node) fail('module not loaded');
    const json = demoJson();
    if (node.articleHtml(JSON.parse(json)) !== node.articleHtml(json)) fail('object and string give different markup');
    if (node.prerenderPage(clientPage) !== readFileSync(cliPage, 'utf8')) fail('prerenderPage differs from the CLI page');
    let message = null;
    try { node.prerenderPage('<p>no widget</p>'); } catch (error) { message = error.message; }
    if (!message?.includes('no data-broadsheet')) fail(`a page without placeholder: ${message ?? 'no error'}`);
  });

  await check('Node: a trap inside the renderer fails that call only; the next call gets a new instance', async () => {
    if (!node) fail('module not loaded');
    const json = demoJson();
    const markup = node.articleHtml(json);
    // A real trap: recurse to the JavaScript stack limit, then on the way back try a render at
    // every level until one succeeds. Close to the limit the render overflows the stack inside
    // the wasm, which unwinds it mid-render (before the recovery, every later call of that
    // instance failed with "RuntimeError: unreachable"). The first dive may overflow only in
    // V8's lazy compilation of the wasm functions the render reaches: dive again.
    const trapped = [];
    let failed = 0;
    for (let dives = 0; dives < 5 && !trapped.length; dives++) {
      const errors = [];
      let rendered = false;
      const dive = () => {
        try {
          dive();
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
        }
        if (rendered) return;
        try {
          node.articleHtml(json);
          rendered = true;
        } catch (error) {
          errors.push(error);
        }
      };
      dive();
      failed += errors.length;
      trapped.push(...errors.filter((error) => String(error?.stack).includes('wasm://')));
    }
    if (!trapped.length) fail(`no call trapped inside the wasm in 5 dives (${failed} failed in JavaScript first): nothing was tested`);
    const kinds = [...new Set(trapped.map((error) => `${error.constructor.name}: ${error.message}`))].join(', ');
    let after;
    try {
      after = node.articleHtml(json);
    } catch (error) {
      fail(`after ${trapped.length} traps (${kinds}) the next call throws ${error?.constructor?.name}: ${error?.message}`);
    }
    if (after !== markup) fail('after the traps the markup differs');
    if (node.prerenderPage(clientPage) !== readFileSync(cliPage, 'utf8')) fail('after the traps prerenderPage differs from the CLI page');
    return `${trapped.length} calls trapped in the wasm (${kinds}); the next calls render the same markup and page`;
  });

  await check('workerd: articleHtml in a Worker equals the CLI byte for byte', async () => {
    workerd = await startWorkerd(join(here, 'workerd', 'render.capnp'));
    const post = async (path, body) => {
      const response = await fetch(workerd.origin + path, { method: 'POST', body });
      const text = await response.text();
      if (response.status === 200) return { html: text };
      if (response.status === 422) return { error: text };
      throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)} ${workerd.output().slice(0, 500)}`);
    };
    const detail = await compare((json) => post('/article', json));
    const page = await post('/page', clientPage);
    if (page.html !== readFileSync(cliPage, 'utf8')) fail(`prerenderPage differs from the CLI page (${page.error ?? page.html.length})`);
    return `${detail}, page identical`;
  });

  await check('prerender time (Node, workerd): demo and 10,000 paragraphs', async () => {
    if (!node || !workerd) fail('a runtime did not start');
    const cases = [['demo', demoJson(), 15], ['10,000 paragraphs', manyParagraphs(10_000), 3]];
    const lines = [];
    for (const [name, json, runs] of cases) {
      const nodeTimes = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        node.articleHtml(json);
        nodeTimes.push(performance.now() - t);
      }
      const edgeTimes = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const response = await fetch(`${workerd.origin}/article`, { method: 'POST', body: json });
        await response.arrayBuffer();
        if (!response.ok) fail(`workerd: HTTP ${response.status}`);
        edgeTimes.push(performance.now() - t);
      }
      const line = `${name} (${(json.length / 1024).toFixed(0)} KB JSON): Node ${ms(median(nodeTimes))}, workerd ${ms(median(edgeTimes))} (request round trip)`;
      lines.push(line);
      timings.push(line);
    }
    return lines.join('; ');
  }, 180_000);

  // -------------------------------------------------------------------- edge example
  browser = await launch();
  await check('edge example: article paints before the wasm arrives, widget takes over with no shift', async () => {
    origin = await startServer({ roots: [DIST, PAGES] });
    edge = await startEdge(new URL(origin.origin).host);
    const head = await fetch(`${edge.origin}/client-rendered.html`, { headers: { 'accept-encoding': 'br, gzip' } });
    const served = await head.text();
    if (head.headers.get('x-broadsheet-prerender') !== 'ok') fail(`x-broadsheet-prerender: ${head.headers.get('x-broadsheet-prerender')}`);
    if (!served.includes('data-broadsheet-prerendered')) fail('the page came back without prerendered markup');
    const passthrough = await fetch(`${edge.origin}/broadsheet.css`);
    if (!passthrough.ok || passthrough.headers.get('x-broadsheet-prerender')) fail('assets do not pass through');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__bsShift = 0;
        window.__bsLcp = null;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__bsShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          window.__bsLcp = { time: last.startTime, tag: last.element?.tagName || null, id: last.element?.className || '' };
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      let release;
      let requested;
      const wasmRequested = new Promise((ok) => { requested = ok; });
      const gate = new Promise((ok) => { release = ok; });
      await page.route('**/broadsheet_bg.wasm', async (route) => { requested(true); await gate; await route.continue(); });
      await page.goto(`${edge.origin}/client-rendered.html`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await nextPaint(page);
      const measure = () => page.evaluate(() => {
        const holder = document.querySelector('[data-broadsheet]');
        const boxes = [...holder.querySelectorAll('h1, h2, p, figure, img, section, nav, ol, ul, blockquote, button')].map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.tagName.toLowerCase()} ${r.x.toFixed(1)},${(r.y + scrollY).toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
        });
        const headline = holder.querySelector('h1.bs-headline');
        return {
          prerendered: holder.hasAttribute('data-broadsheet-prerendered'),
          mounted: holder.hasAttribute('data-broadsheet-mounted'),
          headlineHeight: headline ? headline.getBoundingClientRect().height : 0,
          boxes,
          lcp: window.__bsLcp,
        };
      });
      // The LCP entry is delivered asynchronously after the paint: wait for it (wasm still held).
      await page.waitForFunction(() => window.__bsLcp !== null, null, { timeout: 10_000, polling: 50 }).catch(() => {});
      // Every widget is prerendered: broadsheet.js asks for the wasm after the page's load.
      const asked = await withTimeout(wasmRequested, 20_000, 'waiting for the wasm request').catch(() => false);
      const before = await measure();
      if (!asked) fail('the page did not request the wasm within 20 s of loading');
      if (!before.prerendered || before.mounted) fail('before the wasm: the placeholder is not prerendered, or already mounted');
      if (!(before.headlineHeight > 0) || !before.lcp) fail(`before the wasm: nothing painted (headline ${before.headlineHeight} px, LCP ${JSON.stringify(before.lcp)})`);
      release();
      await waitForWidgets(page, { timeout: 20_000 });
      await page.waitForTimeout(300);
      const after = await measure();
      const shift = await page.evaluate(() => window.__bsShift);
      if (after.prerendered || !after.mounted) fail('the widget did not take over the placeholder');
      const moved = before.boxes.findIndex((box, i) => box !== after.boxes[i]);
      if (moved >= 0 || before.boxes.length !== after.boxes.length) {
        fail(`boxes moved: ${before.boxes[moved]} -> ${after.boxes[moved]} (${before.boxes.length} vs ${after.boxes.length} boxes)`);
      }
      if (shift !== 0) fail(`layout shift ${shift}`);
      // The wasm is off the page load: no preload, fetched once the page has loaded.
      const order = await page.evaluate(() => ({
        load: performance.getEntriesByType('navigation')[0]?.loadEventEnd,
        wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('broadsheet_bg.wasm'))?.startTime,
        preload: !!document.querySelector('link[rel="preload"][type="application/wasm"]'),
      }));
      if (order.preload) fail('the prerendered page still preloads the wasm');
      if (!(order.load > 0) || !(order.wasm >= order.load)) fail(`the wasm was fetched at ${order.wasm?.toFixed(0)} ms, before the load event ended (${order.load?.toFixed(0)} ms)`);
      return `LCP ${before.lcp.tag} at ${before.lcp.time.toFixed(0)} ms with the wasm held back, wasm fetched after the load (${order.wasm.toFixed(0)} ms >= ${order.load.toFixed(0)} ms), ${after.boxes.length} boxes unchanged, CLS 0`;
    } finally {
      await context.close();
    }
  }, 90_000);

  // -------------------------------------------------------------------- custom element
  await check('<broadsheet-article> under the strict CSP: data, child JSON and src; unmount and remount', async () => {
    origin ??= await startServer({ roots: [DIST, PAGES] });
    const minimal = readFileSync(join(ROOT, 'tests', 'data', 'articles', 'minimal.json'), 'utf8');
    const rtl = readFileSync(join(ROOT, 'tests', 'data', 'articles', 'rtl-arabic.json'), 'utf8');
    origin.route('/element-minimal.json', minimal, 'application/json');
    origin.route('/element-rtl.json', rtl, 'application/json');
    const url = origin.route('/csp-element.html', `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>broadsheet-article</title>
<link rel="stylesheet" href="/broadsheet.css">
<script type="module" src="/broadsheet.js"></script></head>
<body><main>
<script type="application/json" id="elsewhere">${demoJson()}</script>
<broadsheet-article id="by-selector" data="#elsewhere"></broadsheet-article>
<broadsheet-article id="by-child"><script type="application/json">${minimal}</script></broadsheet-article>
<broadsheet-article id="by-src" src="/element-minimal.json"></broadsheet-article>
</main></body></html>`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    try {
      const { page, log } = await instrumentedPage(context);
      const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      if (!response.headers()['content-security-policy']) fail('test setup: no CSP header');
      const state = (id) => page.evaluate((id) => {
        const el = document.getElementById(id);
        return {
          headline: el?.querySelector('.bs-headline')?.textContent.trim() || null,
          error: el?.querySelector('.bs-error')?.textContent.trim() || null,
          mounted: !!el?.hasAttribute('data-broadsheet-mounted'),
          articles: el ? el.querySelectorAll('.bs-article').length : -1,
          defined: !!customElements.get('broadsheet-article'),
        };
      }, id);
      const until = (id, test, what) => page.waitForFunction(test, id, { timeout: 10_000, polling: 50 })
        .catch(async () => fail(`#${id}: ${what}; state ${JSON.stringify(await state(id))}`));
      const rendered = (id) => until(id, (id) => !!document.getElementById(id)?.querySelector('.bs-article .bs-headline'), 'no article rendered');
      for (const id of ['by-selector', 'by-child', 'by-src']) await rendered(id);
      const minimalHeadline = (await state('by-child')).headline;
      if ((await state('by-src')).headline !== minimalHeadline) fail('src and child JSON show different headlines');

      // Removed: unmounted (the widget's markup goes); put back: mounted again.
      await page.evaluate(() => { window.__kept = document.getElementById('by-selector'); window.__kept.remove(); });
      const detached = await page.evaluate(() => ({
        mounted: window.__kept.hasAttribute('data-broadsheet-mounted'),
        articles: window.__kept.querySelectorAll('.bs-article').length,
      }));
      if (detached.mounted || detached.articles) fail(`not unmounted when removed: ${JSON.stringify(detached)}`);
      await page.evaluate(() => document.querySelector('main').append(window.__kept));
      await rendered('by-selector');
      if ((await state('by-selector')).articles !== 1) fail('remounted with more than one article');

      // A new src: the same widget shows the new article.
      await page.evaluate(() => document.getElementById('by-src').setAttribute('src', '/element-rtl.json'));
      await until('by-src', (id) => {
        const h = document.getElementById(id)?.querySelector('.bs-headline');
        return h && h.closest('[dir="rtl"]');
      }, 'did not follow the new src');
      // Created from script, as frameworks do.
      await page.evaluate(() => {
        const el = document.createElement('broadsheet-article');
        el.id = 'created';
        el.setAttribute('data', '#elsewhere');
        document.querySelector('main').append(el);
      });
      await rendered('created');
      const csp = await page.cspViolations();
      if (csp.length) fail(`CSP violations: ${csp.join('; ')}`);
      if (log.pageErrors.length || log.consoleErrors.length) fail(`errors: ${[...log.pageErrors, ...log.consoleErrors].join('; ')}`);
      return 'data, child JSON, src, removal, re-insertion, src change, createElement';
    } finally {
      await context.close();
    }
  });
} finally {
  await browser?.close();
  await workerd?.stop();
  await edge?.stop();
  await origin?.close();
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nnpm package: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
