// Cross-engine end-to-end checks of the built widget (dist/) through W3C WebDriver
// (selenium-webdriver, pinned in e2e/package-lock.json): Firefox ESR (geckodriver) and
// WebKitGTK (WebKitWebDriver + MiniBrowser, which needs an X display: run under xvfb-run).
//
//   node e2e/engines.mjs [firefox] [webkit] [chromium]     (default: firefox webkit)
//   xvfb-run -a -s '-screen 0 1600x1200x24' node e2e/engines.mjs firefox webkit   (./run test)
//
// The behaviour and accessibility checks of e2e/run.mjs that do not need Chromium's DevTools
// protocol, per engine: every demo page mounts (prerendered and client-rendered demo, the
// two-widget publisher page, the strict-CSP page, the page with a broken widget), quotes are
// marked (underline, solid/dotted) and highlighted, the quote card opens and the keyboard
// steps and closes it, the Voices filter, the carousel moves (button and arrow key), no
// errors, no CSP violations, axe-core 0 violations (WCAG 2.0/2.1 A and AA), and full-page
// screenshots at 375 and 1280 px into e2e/screenshots/ENGINE-*.png. What needs the DevTools
// protocol (throttled load, Event Timing, request interception) stays in run.mjs / bench.mjs.
//
// Errors: WebDriver cannot hook a page before its scripts run and WebKitGTK exposes no console
// log, so every page is served with e2e/pages/probe.js first in <head> (errors, rejections,
// console.error, failed elements, CSP violations; identical in every engine).
//
// Environment: GECKODRIVER, FIREFOX (default /usr/bin/firefox-esr), SAFARIDRIVER (default
// /usr/bin/WebKitWebDriver), CHROMEDRIVER/CHROMIUM, BROADSHEET_DIST, E2E_VERBOSE=1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DIST, PAGES, startServer } from './serve.mjs';
import { AXE_SOURCE, AXE_TAGS, formatAxe, withTimeout } from './lib/browser.mjs';
import { MOUNT_CYRILLIC, READ_CYRILLIC, cyrillicIssues } from './lib/scripts-unicode.mjs';

const require = createRequire(import.meta.url);
const { Builder, Key } = require('selenium-webdriver');

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const PAGE_LIMIT_MS = 20_000;
const ENGINE_LIMIT_MS = 240_000;
const VERBOSE = process.env.E2E_VERBOSE === '1';

// ---------------------------------------------------------------------------- engines

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  return found || null;
}

const ENGINES = {
  firefox: {
    title: 'Firefox',
    driver: () => process.env.GECKODRIVER || which('geckodriver'),
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless'],
        // Reduced motion, as run.mjs emulates in Chromium: every state checked is stable.
        prefs: { 'ui.prefersReducedMotion': 1, 'browser.shell.checkDefaultBrowser': false },
      },
    }),
  },
  webkit: {
    title: 'WebKit',
    driver: () => process.env.SAFARIDRIVER || (existsSync('/usr/bin/WebKitWebDriver') ? '/usr/bin/WebKitWebDriver' : null),
    args: (port) => [`--port=${port}`],
    needsDisplay: true,
    // WebKitWebDriver starts its MiniBrowser (no headless mode, no reduced-motion switch).
    capabilities: () => ({ browserName: 'MiniBrowser' }),
  },
  chromium: {
    title: 'Chromium',
    driver: () => process.env.CHROMEDRIVER || which('chromedriver'),
    args: (port) => [`--port=${port}`],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--force-prefers-reduced-motion'],
      },
    }),
  },
};

/** WebDriver servers started here: stopped on exit, even after a time-out. */
const drivers = new Set();
process.on('exit', () => { for (const child of drivers) child.kill('SIGTERM'); });

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Starts the engine's WebDriver server and a session in it. */
async function startEngine(name) {
  const engine = ENGINES[name];
  const binary = engine.driver();
  if (!binary || !existsSync(binary)) {
    throw new Error(`${engine.title}: WebDriver server not found (${binary || 'not on PATH'}); scripts/setup installs it`);
  }
  if (engine.needsDisplay && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error(`${engine.title}: needs a display (MiniBrowser has no headless mode): run under xvfb-run -a`);
  }
  const port = await freePort();
  const server = spawn(binary, engine.args(port), { stdio: ['ignore', 'pipe', 'pipe'] });
  drivers.add(server);
  server.on('exit', () => drivers.delete(server));
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
    if (VERBOSE) process.stderr.write(`   [${name} driver] ${chunk}`);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const stop = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
  try {
    // The driver's HTTP server needs a moment to listen.
    const url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    for (;;) {
      const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (server.exitCode !== null || Date.now() - started > 15_000) {
        throw new Error(`${engine.title}: ${binary} did not start: ${output.trim().slice(-300)}`);
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const driver = new Builder().usingServer(url).withCapabilities(engine.capabilities()).build();
    await withTimeout(driver.getSession(), 60_000, `${engine.title} session`);
    return { driver, stop, url };
  } catch (error) {
    stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------- the checks

/** A failed expectation, as opposed to a crash of the check itself. */
class Failure extends Error {}
const fail = (message) => { throw new Failure(message); };

function makeRecorder(engine, results) {
  const record = (name, ok, detail = '') => {
    results.push({ name, ok, detail });
    const line = `${ok ? 'PASS' : 'FAIL'}  [${engine}] ${name}${detail ? `: ${detail}` : ''}`;
    const limit = ok ? 200 : 600;
    console.log(line.length > limit ? `${line.slice(0, limit - 3)}...` : line);
  };
  const check = async (name, fn, limit = 45_000) => {
    try {
      const detail = await withTimeout(Promise.resolve().then(fn), limit, name);
      record(name, true, typeof detail === 'string' ? detail : '');
    } catch (error) {
      const message = error instanceof Failure ? error.message : `error: ${error?.message || error}`;
      record(name, false, message.split('\n')[0]);
    }
  };
  return { results, check, record };
}

/** Serves each page with the probe script first in <head> (same path, so relative URLs hold). */
function routeProbed(server, path) {
  const source = [DIST, PAGES].map((root) => join(root, path)).find((file) => existsSync(file));
  if (!source) return null;
  const html = readFileSync(source, 'utf8');
  const probed = html.replace(/<head>/i, '<head>\n<script src="/probe.js"></script>');
  if (probed === html) throw new Error(`${path}: no <head> to put the probe in`);
  server.route(path, probed);
  return path;
}

async function untilTrue(driver, what, script, args = [], limit = PAGE_LIMIT_MS) {
  const started = Date.now();
  for (;;) {
    const value = await driver.executeScript(script, ...args);
    if (value) return value;
    if (Date.now() - started > limit) fail(`${what}: not within ${limit / 1000} s`);
    await driver.sleep(50);
  }
}

const WIDGETS_READY = `
  const holders = [...document.querySelectorAll('[data-broadsheet], [data-broadsheet-src]')];
  return holders.length > 0 && holders.every((h) => h.hasAttribute('data-broadsheet-mounted')
    && h.querySelector('.bs-article, .bs-error')
    && h.getAttribute('data-broadsheet-quotes') !== 'pending');`;

const NEXT_PAINT = `const done = arguments[arguments.length - 1];
  requestAnimationFrame(() => requestAnimationFrame(() => done(true)));`;

/** The page the checks look at; null while the last open failed (its checks then fail fast). */
let current = null;

async function open(driver, server, path) {
  current = null;
  await driver.get(server.url(path));
  await untilTrue(driver, `${path}: widgets mounted`, WIDGETS_READY);
  await driver.executeAsyncScript(NEXT_PAINT);
  current = path;
}

/** For checks that look at the page opened before: fails fast if it did not load. */
function opened(path) {
  if (current !== path) fail(`cannot check: ${path} did not load`);
}

async function probeReport(driver, { allowConsole = false } = {}) {
  const probe = await driver.executeScript('return window.__bsProbe || null');
  if (!probe) fail('the error probe did not run (page served without it?)');
  return [
    ...probe.errors.filter((e) => !(allowConsole && e.startsWith('console.error'))),
    ...probe.resources,
    ...probe.csp.map((v) => `CSP violation: ${v}`),
  ];
}

const SUMMARY = `return [...document.querySelectorAll('[data-broadsheet], [data-broadsheet-src]')].map((h) => ({
  article: !!h.querySelector('.bs-article'),
  error: h.querySelector('.bs-error')?.textContent.replace(/\\s+/g, ' ').trim() || null,
  headline: h.querySelector('.bs-headline')?.textContent.trim() || null,
  paragraphs: h.querySelectorAll('.bs-body p').length,
  quotes: h.querySelectorAll('.bs-quote').length,
  css: [...document.styleSheets].some((s) => /broadsheet\\.css$/.test(s.href || '') && s.cssRules.length > 0),
}));`;

async function rendered(driver) {
  const widgets = await driver.executeScript(SUMMARY);
  const issues = [];
  widgets.forEach((w, i) => {
    if (!w.article) issues.push(`widget ${i + 1}: no article${w.error ? ` (error box: ${w.error.slice(0, 160)})` : ''}`);
    else if (!w.headline || !w.paragraphs) issues.push(`widget ${i + 1}: headline or paragraphs missing`);
    if (!w.css) issues.push('broadsheet.css is not applied');
  });
  if (issues.length) fail([...new Set(issues)].join('; '));
  return widgets;
}

async function axe(driver, state = '') {
  const loaded = await driver.executeScript('return typeof window.axe === "object"');
  if (!loaded) await driver.executeScript(AXE_SOURCE);
  const violations = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
      .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))), (e) => done({ error: String(e) }));`, AXE_TAGS);
  if (violations.error) fail(`axe crashed: ${violations.error}`);
  if (violations.length) fail(`${violations.length} violation${violations.length === 1 ? '' : 's'}${state}: ${formatAxe(violations)}`);
  return `0 violations${state}`;
}

/** How the first editor-marked and the first detected quote are drawn at rest. */
const QUOTE_MARKING = `
  const look = (el) => { if (!el) return null; const s = getComputedStyle(el);
    return { line: s.textDecorationLine, style: s.textDecorationStyle, thickness: s.textDecorationThickness,
      color: s.textDecorationColor, text: s.color }; };
  return { editor: look(document.querySelector('.bs-article .bs-quote:not([data-origin=detected])')),
    detected: look(document.querySelector('.bs-article .bs-quote[data-origin=detected]')) };`;

function checkMarking(marking) {
  const issues = [];
  for (const [kind, style] of [['editor', 'solid'], ['detected', 'dotted']]) {
    const m = marking[kind];
    if (!m) continue;
    if (!m.line.includes('underline')) issues.push(`${kind} quote not underlined (text-decoration-line: ${m.line})`);
    if (m.style !== style) issues.push(`${kind} quote underline ${m.style}, expected ${style}`);
    if (m.thickness === 'auto' || m.thickness === 'from-font') issues.push(`${kind} quote underline thickness ${m.thickness} (the stylesheet's was dropped)`);
    if (m.color === m.text) issues.push(`${kind} quote underline has the text colour ${m.color} (its own colour was dropped)`);
  }
  if (!marking.editor && !marking.detected) issues.push('no quotes found');
  if (issues.length) fail(issues.join('; '));
  return Object.entries(marking).filter(([, m]) => m).map(([k, m]) => `${k}: ${m.line} ${m.style} ${m.thickness}`).join(', ');
}

/** Carousel state that changes when it moves: which slides are not inert, scroll offset. */
const CAROUSEL_STATE = `const root = document.querySelector('[aria-roledescription="carousel"]');
  if (!root) return null;
  const slides = [...root.querySelectorAll('[aria-roledescription="slide"]')];
  return { visible: slides.filter((s) => !s.inert).map((s) => s.dataset.slide).join(','),
    scroll: root.querySelector('.bs-carousel__slides').scrollLeft,
    status: root.querySelector('[aria-live]')?.textContent.trim() || '' };`;

async function screenshots(driver, server, engine) {
  const written = [];
  for (const [name, path] of [['demo', '/index.html'], ['embed-example', '/static/embed-example.html']]) {
    for (const width of [375, 1280]) {
      await driver.manage().window().setRect({ width, height: 900 });
      await open(driver, server, path);
      // Window size includes any browser chrome: correct by what the page reports.
      const inner = await driver.executeScript('return [innerWidth, document.documentElement.scrollHeight]');
      const target = width + (width - inner[0]);
      if (inner[0] !== width) await driver.manage().window().setRect({ width: target, height: 900 });
      // Full page: a viewport as tall as the document, so every `content-visibility: auto`
      // paragraph is on screen and painted (a stitched or emulated full-page capture shows
      // blank stretches where they were skipped).
      const height = await driver.executeScript('return document.documentElement.scrollHeight');
      await driver.manage().window().setRect({ width: target, height: Math.min(height + 150, 16_000) });
      await driver.executeAsyncScript(NEXT_PAINT);
      await driver.executeAsyncScript(NEXT_PAINT);
      // Named by the width the page really got: Firefox's and WebKit's windows do not get
      // narrower than about 450-500 px (there is no device emulation in WebDriver).
      const seen = await driver.executeScript('return [innerWidth, innerHeight]');
      const file = `${engine}-${name}-${seen[0]}.png`;
      writeFileSync(join(SCREENSHOTS, file), Buffer.from(await driver.takeScreenshot(), 'base64'));
      written.push(`${file} (${seen.join('x')})`);
    }
  }
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  return written.join(', ');
}

async function runEngine(name, server, results) {
  const { check, record } = makeRecorder(name, results);
  const engineStarted = Date.now();
  let session;
  try {
    session = await startEngine(name);
  } catch (error) {
    record('start the browser', false, error.message);
    return results;
  }
  const { driver } = session;
  try {
    const caps = await driver.getCapabilities();
    console.log(`e2e [${name}]: ${caps.get('browserName')} ${caps.get('browserVersion')}`);
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: PAGE_LIMIT_MS });
    await driver.manage().window().setRect({ width: 1280, height: 900 });

    // 1. every demo page mounts, without errors, with 0 axe violations
    const pages = [
      ['demo', '/index.html', 1],
      ['client-rendered demo', '/client-rendered.html', 1],
      ['embed-example', '/static/embed-example.html', 2],
      ['csp', '/csp.html', 1],
    ];
    for (const [label, path, expected] of pages) {
      await check(`${label}: mounts and renders`, async () => {
        await open(driver, server, path);
        const widgets = await rendered(driver);
        if (widgets.length !== expected) fail(`expected ${expected} widget(s), found ${widgets.length}`);
        return widgets.map((w) => `"${w.headline}", ${w.paragraphs} paragraphs, ${w.quotes} quotes`).join('; ');
      });
      await check(`${label}: no errors${path.includes('csp') ? ' and no CSP violations' : ''}`, async () => {
        opened(path);
        const list = await probeReport(driver);
        if (list.length) fail(list.join(' | '));
      });
      await check(`${label}: axe after render`, () => { opened(path); return axe(driver); });
    }
    await check('embed-example: character references in the JSON-LD read by the browser (no table in the bundle)', async () => {
      await open(driver, server, '/static/embed-example.html');
      await rendered(driver);
      const caption = await driver.executeScript("return document.querySelectorAll('[data-broadsheet-mounted]')[1]?.querySelector('figcaption')?.textContent ?? ''");
      if (!caption.includes('Sunday \u2013 1\u00bd hectares')) fail(`caption reads "${caption.slice(0, 120)}"`);
      return `"${caption.slice(0, 60)}"`;
    });
    await check('mount(): letters of other scripts told by the browser (no Unicode tables in the bundle)', async () => {
      current = null;
      await driver.get(server.url('/mount.html'));
      await untilTrue(driver, '/mount.html: API ready', "return document.documentElement.dataset.broadsheetReady === 'true'");
      await driver.executeScript(MOUNT_CYRILLIC);
      const out = await untilTrue(driver, 'the JSON-LD article', READ_CYRILLIC);
      const issues = cyrillicIssues(out);
      if (issues.length) fail(issues.join('; '));
      return `lang ${out.lang}, ${out.paragraphs.length} paragraphs`;
    });
    await check('broken: error box for bad data, good widget renders, no uncaught errors', async () => {
      await open(driver, server, '/broken.html');
      const facts = await driver.executeScript(`const bad = document.querySelector('#broken'), good = document.querySelector('#good');
        const box = bad.querySelector('.bs-error');
        return { role: box?.getAttribute('role') || box?.querySelector('[role=alert]')?.getAttribute('role') || null,
          good: !!good.querySelector('.bs-article'), badArticle: !!bad.querySelector('.bs-article') };`);
      if (facts.role !== 'alert' || !facts.good || facts.badArticle) fail(JSON.stringify(facts));
      // console.error is allowed on this page (the widget reports the bad data there).
      const list = await probeReport(driver, { allowConsole: true });
      if (list.length) fail(list.join(' | '));
      return 'role=alert box; good widget rendered';
    });
    await check('broken: axe after render', () => { opened('/broken.html'); return axe(driver); });

    // 2. quotes: marked at rest, highlighted with their card, keyboard, Voices filter
    await check('demo: quotes are marked (underline line, style, colour, thickness)', async () => {
      await open(driver, server, '/index.html');
      return checkMarking(await driver.executeScript(QUOTE_MARKING));
    });
    await check('demo: focusing a quote highlights it and opens its card', async () => {
      opened('/index.html');
      await driver.executeScript(`document.querySelector('.bs-article .bs-quote[tabindex]').focus()`);
      await untilTrue(driver, 'highlight and card', `return !!document.querySelector('.bs-quote--active') && !!document.querySelector('.bs-quote-card')`, [], 5_000);
      // The highlight fades in (.15 s) where motion is not reduced (WebKit has no switch for
      // it): wait for the transition's end, then look.
      await driver.sleep(300);
      const state = await driver.executeScript(`const q = document.querySelector('.bs-quote--active');
        const card = document.querySelector('.bs-quote-card');
        return q && card ? { bg: getComputedStyle(q).backgroundColor, card: card.textContent.trim().slice(0, 60) } : null;`);
      if (!state) fail('the highlight or the card went away');
      if (/rgba\(0, 0, 0, 0\)|transparent/.test(state.bg)) fail(`active quote has no highlight background (${state.bg})`);
      return `highlight ${state.bg}; card "${state.card}"`;
    });
    await check('demo: axe with the quote card open', () => { opened('/index.html'); return axe(driver, ' (card open)'); });
    await check('demo: keyboard: N steps to the next quote, Escape closes the card', async () => {
      opened('/index.html');
      const before = await driver.executeScript(`return [...document.querySelectorAll('.bs-quote[tabindex]')].indexOf(document.activeElement)`);
      if (before < 0) fail('focus is not on a quote');
      await driver.switchTo().activeElement().sendKeys('n');
      await untilTrue(driver, 'N moved to the next quote', `return [...document.querySelectorAll('.bs-quote[tabindex]')].indexOf(document.activeElement) > arguments[0]
        || !!document.querySelector('.bs-quote--active[data-quote]:not(:first-of-type)')`, [before], 5_000);
      await driver.switchTo().activeElement().sendKeys(Key.ESCAPE);
      await untilTrue(driver, 'Escape closed the card', `return !document.querySelector('.bs-quote-card')`, [], 5_000);
      return 'N and Escape work';
    });
    await check('demo: Voices filter marks the speaker\'s quotes', async () => {
      await open(driver, server, '/index.html');
      const button = await driver.findElement({ css: '.bs-voices button[aria-pressed]' });
      const before = await button.getAttribute('aria-pressed');
      // The panel comes after the story: scrolled to first, and a frame later, as the carousel
      // check does. WebKitWebDriver's clicks have still missed it now and then (once at stop
      // 14 in CI): the press landed on the button and the release on the list or another
      // speaker's button, as if the page had moved in between. So the page records where each
      // click really lands; a click that did not reach this button is the harness's miss and
      // is made again (at most three tries), and only one that did is judged.
      await driver.executeScript(`const target = arguments[0];
        document.addEventListener('click', (e) => { window.__bsClickOnButton = target.contains(e.target); }, true);`, button);
      let landed = false;
      let tries = 0;
      for (let attempt = 1; attempt <= 3 && !landed; attempt++) {
        tries = attempt;
        await driver.executeScript('window.__bsClickOnButton = null; arguments[0].scrollIntoView({ block: "center" })', button);
        await driver.executeAsyncScript(NEXT_PAINT);
        await button.click();
        landed = (await driver.executeScript('return window.__bsClickOnButton')) === true;
        if (!landed && (await button.getAttribute('aria-pressed')) !== before) fail('a click beside the button toggled the filter');
      }
      if (!landed) fail('three clicks in a row did not reach the button');
      const after = await untilTrue(driver, 'aria-pressed toggled', `const b = document.querySelector('.bs-voices button[aria-pressed]');
        return b.getAttribute('aria-pressed') !== arguments[0] && { pressed: b.getAttribute('aria-pressed'),
          match: document.querySelectorAll('.bs-quote--match').length, dimmed: document.querySelectorAll('.bs-quote--dimmed').length };`, [before], 5_000);
      if (!after.match) fail(`no quote marked as the speaker's (${JSON.stringify(after)})`);
      return `aria-pressed ${before} -> ${after.pressed}; ${after.match} matching, ${after.dimmed} dimmed${tries > 1 ? `; click ${tries} of 3 reached the button` : ''}`;
    });
    await check('demo: axe with the speaker filter on', () => { opened('/index.html'); return axe(driver, ' (filter on)'); });

    // 3. carousel: the next button (a real click) and an arrow key
    await check('demo: carousel moves (next button, arrow key)', async () => {
      await open(driver, server, '/index.html');
      if (!(await driver.executeScript(CAROUSEL_STATE))) fail('no carousel on the demo page');
      const next = await driver.findElement({ css: '.bs-carousel__next' });
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', next);
      // Settled: the window of visible slides follows the measured width (and the scroll).
      let start = null;
      for (let tries = 0; tries < 20; tries++) {
        const a = await driver.executeScript(CAROUSEL_STATE);
        await driver.sleep(150);
        const b = await driver.executeScript(CAROUSEL_STATE);
        if (JSON.stringify(a) === JSON.stringify(b)) { start = b; break; }
      }
      if (!start) fail('the carousel never settled');
      await next.click();
      const moved = await untilTrue(driver, 'next moved the carousel', `const s = (() => { ${CAROUSEL_STATE} })();
        return s.visible !== arguments[0] && s.status ? s : null;`, [start.visible], 5_000).catch(async (error) => {
        const now = await driver.executeScript(CAROUSEL_STATE);
        fail(`${error.message} (before ${JSON.stringify(start)}, now ${JSON.stringify(now)})`);
      });
      await driver.switchTo().activeElement().sendKeys(Key.ARROW_LEFT);
      const back = await untilTrue(driver, 'ArrowLeft moved it back', `const s = (() => { ${CAROUSEL_STATE} })();
        return s.visible !== arguments[0] ? s : null;`, [moved.visible], 5_000);
      return `slides ${start.visible} -> ${moved.visible} ("${moved.status}") -> ${back.visible}`;
    });
    await check('demo: axe after moving the carousel', () => { opened('/index.html'); return axe(driver, ' (carousel moved)'); });
    await check('demo: no errors during the interactions', async () => {
      opened('/index.html');
      const list = await probeReport(driver);
      if (list.length) fail(list.join(' | '));
    });

    // 4. a crash: the release wasm traps on a panic; src/crash.js must recognise the trap from
    // this engine's stack format (WebKit names no URL in its wasm frames) and replace the widget
    await check('crash: a panic (a trap in the release wasm) replaces the widget with an error box; a page\'s own trap does not', async () => {
      await open(driver, server, '/client-rendered.html');
      await driver.executeScript(`setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable (thrown by the page)'); })`);
      await driver.executeAsyncScript(NEXT_PAINT);
      await driver.executeAsyncScript(NEXT_PAINT);
      if (await driver.executeScript('return !!document.querySelector("[data-broadsheet-crash]")')) {
        fail('a RuntimeError from the page\'s own script replaced the widget');
      }
      // Yew expects setAttribute to succeed: refusing it is a real Rust panic.
      await driver.executeScript(`Element.prototype.setAttribute = function refused() { throw new Error('setAttribute refused by the test'); };
        document.querySelector('.bs-voices button[aria-pressed]').click();`);
      await untilTrue(driver, 'the crash box', `return !!document.querySelector('[data-broadsheet-mounted] > .bs-error[data-broadsheet-crash][role=alert]')`, [], 5_000);
      if (await driver.executeScript('return !!document.querySelector(".bs-article")')) fail('the frozen article is still shown');
      return 'error box shown';
    });

    // 5. screenshots
    await check('screenshots: full page, 375/1280 px (e2e/screenshots/)', () => screenshots(driver, server, name), 120_000);
  } finally {
    await withTimeout(driver.quit(), 15_000, 'quit').catch(() => {});
    session.stop();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e [${name}]: ${results.length - failed} passed, ${failed} failed (${((Date.now() - engineStarted) / 1000).toFixed(1)} s)`);
  return results;
}

// ---------------------------------------------------------------------------- main

const requested = process.argv.slice(2);
const names = requested.length ? requested : ['firefox', 'webkit'];
for (const name of names) {
  if (!ENGINES[name]) {
    console.error(`e2e: unknown engine ${name} (known: ${Object.keys(ENGINES).join(', ')})`);
    process.exit(2);
  }
}
for (const file of ['index.html', 'broadsheet.js', 'broadsheet_bg.wasm', 'broadsheet.css']) {
  if (!existsSync(join(DIST, file))) {
    console.error(`e2e: dist/${file} is missing: build first (./run build)`);
    process.exit(1);
  }
}
mkdirSync(SCREENSHOTS, { recursive: true });
for (const file of readdirSync(SCREENSHOTS)) {
  if (names.some((name) => file.startsWith(`${name}-`))) rmSync(join(SCREENSHOTS, file));
}

const started = Date.now();
const server = await startServer();
for (const path of ['/index.html', '/client-rendered.html', '/static/embed-example.html', '/csp.html', '/broken.html']) {
  if (!routeProbed(server, path)) console.log(`e2e: ${path} not found (skipped by every check that needs it)`);
}
const all = [];
try {
  for (const name of names) {
    const results = [];
    await withTimeout(runEngine(name, server, results), ENGINE_LIMIT_MS, `${name}: whole run`).catch((error) => {
      results.push({ name: 'whole run', ok: false, detail: error.message });
      console.log(`FAIL  [${name}] ${error.message} (checks not reached are missing from the count)`);
    });
    all.push(...results.map((r) => ({ ...r, engine: name })));
  }
} finally {
  await server.close();
}
const failed = all.filter((r) => !r.ok).length;
const per = names.map((name) => {
  const mine = all.filter((r) => r.engine === name);
  return `${name} ${mine.filter((r) => r.ok).length}/${mine.length}`;
}).join(', ');
console.log(`e2e (WebDriver): ${all.length - failed} passed, ${failed} failed [${per}] (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
