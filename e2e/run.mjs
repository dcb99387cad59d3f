// End-to-end checks of the built widget (dist/) in Debian's Chromium.
//
//   node e2e/run.mjs            (./run test runs it after the release build)
//
// Pages: the demo (dist/index.html, prerendered; dist/client-rendered.html without), the mock publisher page (dist/static/embed-example.html,
// two widgets), a strict-CSP page (e2e/pages/csp.html) and a page with one broken and one good
// widget (e2e/pages/broken.html). Checks: rendering, console errors, CSP violations, axe-core
// (WCAG 2.0/2.1 A and AA) after render and in the interactive states (quote card, speaker
// filter, carousel), prerendered markup replaced in place, layout at 375 px, and screenshots (375/1280 px, light/dark) written to
// e2e/screenshots/. Prints one PASS/FAIL line per check and a summary; exits 1 on any failure.
//
// Environment: CHROMIUM (default /usr/bin/chromium), BROADSHEET_DIST (another build than
// dist/), E2E_VERBOSE=1 (print the pages' console output).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, startServer } from './serve.mjs';
import {
  formatAxe, instrumentedPage, launch, nextPaint, runAxe, summarize, waitForWidgets, withTimeout,
} from './lib/browser.mjs';
import { fullPageScreenshot } from './lib/screens.mjs';
import { MOUNT_CYRILLIC, READ_CYRILLIC, cyrillicIssues } from './lib/scripts-unicode.mjs';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const TOTAL_LIMIT_MS = 170_000; // the whole run; each check has its own, smaller limit
const PAGE_LIMIT_MS = 20_000;
const AXE_LIMIT_MS = 30_000;
const VERBOSE = process.env.E2E_VERBOSE === '1';

const results = [];
const started = Date.now();

function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  const line = `${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `: ${detail}` : ''}`;
  const limit = ok ? 200 : 600; // compact list; failures keep enough to act on
  console.log(line.length > limit ? `${line.slice(0, limit - 3)}...` : line);
}

/** A failed expectation (as opposed to a crash of the check itself). */
class Failure extends Error {}
const fail = (message) => { throw new Failure(message); };
const featureMissing = (what) => fail(`feature missing: ${what}`);

async function check(name, fn, limit = 30_000) {
  try {
    const detail = await withTimeout(Promise.resolve().then(fn), limit, name);
    record(name, true, typeof detail === 'string' ? detail : '');
  } catch (error) {
    const message = error instanceof Failure ? error.message : `error: ${error?.message || error}`;
    record(name, false, message.split('\n')[0]);
  }
}

// ---------------------------------------------------------------------------- page loading

/** Opens `path` in a fresh context; the result (or the load error) is shared by its checks. */
async function openPage(browser, server, path, { viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  // Reduced motion: no carousel autoplay or scroll animation, so every state checked is stable.
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
  const { page, log } = await instrumentedPage(context);
  if (VERBOSE) page.on('console', (m) => console.log(`   [${path} console.${m.type()}] ${m.text()}`));
  const loaded = (async () => {
    const response = await page.goto(server.url(path), { waitUntil: 'load', timeout: PAGE_LIMIT_MS });
    if (!response || response.status() !== 200) {
      fail(`${path} answered HTTP ${response ? response.status() : '(no response)'}${path.startsWith('/static/') ? ' (is it in static/ yet?)' : ''}`);
    }
    try {
      await waitForWidgets(page, { timeout: PAGE_LIMIT_MS });
    } catch {
      const holders = await page.evaluate(() => document.querySelectorAll('[data-broadsheet], [data-broadsheet-src]').length);
      fail(holders
        ? `widgets did not render within ${PAGE_LIMIT_MS / 1000} s${log.pageErrors.length ? ` (page error: ${log.pageErrors[0]})` : ''}`
        : `${path} has no [data-broadsheet] placeholder`);
    }
    return { page, log, headers: response.headers(), widgets: await summarize(page) };
  })();
  loaded.catch(() => {}); // reported by the checks that use it
  return { context, page, log, loaded };
}

/** Records the value of every layout shift of the page, from its start, in `window.__bsShifts`. */
function recordLayoutShifts(page) {
  return page.addInitScript(() => {
    window.__bsShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bsShifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Holds back the page's requests for URLs matching `pattern` until the returned function is called. */
async function holdBack(page, pattern) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await gate; await route.continue(); });
  return release;
}

/**
 * Loads the prerendered demo with the wasm held back, measures the prerendered article, lets
 * the wasm through and measures again once the widget has taken over.
 */
async function prerenderedHandover(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await recordLayoutShifts(page);
    const release = await holdBack(page, '**/broadsheet_bg.wasm');
    await page.goto(server.url('/index.html'), { waitUntil: 'domcontentloaded', timeout: PAGE_LIMIT_MS });
    await page.waitForLoadState('load').catch(() => {});
    await nextPaint(page);
    const measure = () => page.evaluate(() => {
      const holder = document.querySelector('[data-broadsheet]');
      // Dates differ in width (plain text, then Intl), so they count by position only.
      const boxes = [...holder.querySelectorAll('h1, h2, p, figure, img, section, nav, ol, ul, blockquote, time, button')].map((el) => {
        const r = el.getBoundingClientRect();
        const size = el.tagName === 'TIME' ? '' : ` ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
        return `${el.tagName.toLowerCase()} ${r.x.toFixed(1)},${(r.y + scrollY).toFixed(1)}${size}`;
      });
      return {
        prerendered: holder.hasAttribute('data-broadsheet-prerendered'),
        mounted: holder.hasAttribute('data-broadsheet-mounted'),
        headline: holder.querySelector('h1.bs-headline')?.textContent.trim() || null,
        articles: holder.querySelectorAll('.bs-article').length,
        height: holder.getBoundingClientRect().height,
        boxes,
        html: holder.innerHTML,
      };
    });
    const before = await measure();
    release();
    await waitForWidgets(page, { timeout: PAGE_LIMIT_MS });
    // The live view has replaced the prerendered markup (same task as Yew's first render).
    await page.waitForFunction(() => {
      const holder = document.querySelector('[data-broadsheet]');
      return holder?.hasAttribute('data-broadsheet-mounted') && !holder.hasAttribute('data-broadsheet-prerendered');
    }, null, { timeout: PAGE_LIMIT_MS });
    await nextPaint(page);
    const after = await measure();
    const normalise = (html) => html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/(<time[^>]*>)[^<]*(<\/time>)/g, '$1$2')
      .replace(/ inert(="[^"]*")?/g, '');
    const a = normalise(before.html);
    const b = normalise(after.html);
    let markupDiff = null;
    if (a !== b) {
      let i = 0;
      while (a[i] === b[i]) i++;
      markupDiff = `prerendered "…${a.slice(Math.max(0, i - 60), i + 60)}…" vs live "…${b.slice(Math.max(0, i - 60), i + 60)}…"`;
    }
    return { before, after, shifts: await page.evaluate(() => window.__bsShifts.reduce((sum, value) => sum + value, 0)), markupDiff };
  } finally {
    await context.close();
  }
}

/**
 * The client-rendered demo with the quote-detection module held back (`hold`) or failing
 * (`fail`): what shows before it answers, and after. Counts the quote marks by origin.
 */
/** e2e/pages/mount.html in `context`, once its module has exposed broadsheet.js's API as
 * window.broadsheet. */
async function openMountPage(context, server) {
  const { page, log } = await instrumentedPage(context);
  await page.goto(server.url('/mount.html'), { waitUntil: 'load', timeout: PAGE_LIMIT_MS });
  await page.waitForFunction(() => document.documentElement.dataset.broadsheetReady === 'true', null, { timeout: PAGE_LIMIT_MS });
  return { page, log };
}

async function deferredDetection(browser, server, mode, width = 1280, hash = '') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  try {
    const { page, log } = await instrumentedPage(context);
    await recordLayoutShifts(page);
    let release = () => {};
    if (mode === 'fail') await page.route('**/broadsheet_quotes_bg.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    else release = await holdBack(page, '**/broadsheet_quotes_bg.wasm');
    const state = () => page.evaluate(() => {
      const holder = document.querySelector('[data-broadsheet]');
      return {
        quotes: holder.getAttribute('data-broadsheet-quotes'),
        headline: holder.querySelector('h1.bs-headline')?.textContent.trim() || null,
        editor: holder.querySelectorAll('.bs-quote[data-origin=editor]').length,
        detected: holder.querySelectorAll('.bs-quote[data-origin=detected]').length,
        voices: holder.querySelectorAll('.bs-voices__speaker').length,
        errorBox: !!holder.querySelector('.bs-error'),
        shifts: window.__bsShifts.length,
        shift: window.__bsShifts.reduce((sum, value) => sum + value, 0),
      };
    });
    // Every quote that becomes the active one (focus events need a focused window; the
    // class does not).
    await page.addInitScript(() => {
      window.__bsFocused = [];
      new MutationObserver((records) => {
        for (const record of records) {
          const quote = record.target;
          // First parts carry the quote's id; later parts of a split quote light up with it.
          if (quote.id && quote.classList?.contains('bs-quote--active') && window.__bsFocused.at(-1) !== quote.id) window.__bsFocused.push(quote.id);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.goto(server.url(`/client-rendered.html${hash}`), { waitUntil: 'load', timeout: PAGE_LIMIT_MS });
    if (hash) {
      // A deep link waits for the detected quotes: nothing shows (or is focused) before.
      await page.waitForTimeout(1_000);
    } else {
      await waitForWidgets(page, { timeout: PAGE_LIMIT_MS, quotes: false });
    }
    const before = await state();
    release();
    await page.waitForFunction(() => document.querySelector('[data-broadsheet]')?.getAttribute('data-broadsheet-quotes') !== 'pending', null, { timeout: PAGE_LIMIT_MS });
    await nextPaint(page);
    if (hash) await waitForWidgets(page, { timeout: PAGE_LIMIT_MS });
    return { before, after: await state(), focused: await page.evaluate(() => window.__bsFocused), log };
  } finally {
    await context.close();
  }
}

async function reload(view) {
  await view.page.reload({ waitUntil: 'load', timeout: PAGE_LIMIT_MS });
  await waitForWidgets(view.page, { timeout: PAGE_LIMIT_MS });
}

function problems(log) {
  return [
    ...log.pageErrors.map((e) => `uncaught: ${e}`),
    ...log.consoleErrors.map((e) => `console.error: ${e}`),
    ...log.failedRequests.map((e) => `request failed: ${e}`),
  ];
}

async function axeCheck(page, state = '') {
  const violations = await runAxe(page);
  if (violations.length) fail(`${violations.length} violation${violations.length === 1 ? '' : 's'}${state}: ${formatAxe(violations)}`);
  return `0 violations${state}`;
}

/** Widget-level facts checked on every good page. */
async function renderedFully(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const [i, holder] of [...document.querySelectorAll('[data-broadsheet], [data-broadsheet-src]')].entries()) {
      const article = holder.querySelector('.bs-article');
      const where = `widget ${i + 1}`;
      if (!article) {
        out.push(`${where}: no .bs-article${holder.querySelector('.bs-error') ? ` (error box: ${holder.querySelector('.bs-error').innerText.replace(/\s+/g, ' ').trim().slice(0, 160)})` : ''}`);
        continue;
      }
      if (!holder.querySelector('.bs-headline')?.textContent.trim()) out.push(`${where}: empty .bs-headline`);
      if (!holder.querySelector('.bs-body p')) out.push(`${where}: no body paragraphs`);
      for (const img of holder.querySelectorAll('img')) {
        if (img.complete && img.naturalWidth > 0) continue;
        if (img.loading === 'lazy' && !img.complete) {
          // Not loaded yet because it is off-screen: check that it would load.
          const ok = await fetch(img.currentSrc || img.src, { method: 'HEAD' }).then((r) => r.ok, () => true);
          if (ok) continue;
        }
        out.push(`${where}: image did not load: ${img.getAttribute('src')}`);
      }
    }
    const sheet = [...document.styleSheets].find((s) => /broadsheet\.css$/.test(s.href || ''));
    let rules = 0;
    try { rules = sheet ? sheet.cssRules.length : 0; } catch { /* cross-origin */ }
    if (!rules) out.push('broadsheet.css is not applied');
    return out;
  });
}

// ---------------------------------------------------------------------------- interactions

/** Focuses the first quote (or its first focusable part): opens the quote card. */
async function requireArticle(page) {
  const error = await page.evaluate(() => (document.querySelector('.bs-article') ? null
    : document.querySelector('.bs-error')?.innerText.replace(/\s+/g, ' ').trim().slice(0, 120) || 'nothing rendered'));
  if (error) fail(`cannot test: the article did not render (${error})`);
}

async function openQuoteCard(page) {
  await requireArticle(page);
  const result = await page.evaluate(() => {
    const quote = document.querySelector('.bs-article .bs-quote');
    if (!quote) return { missing: 'no .bs-quote in the rendered article' };
    const before = document.querySelector('.bs-article').innerHTML.length;
    const focusable = quote.matches('a[href], button, [tabindex]') ? quote
      : quote.querySelector('a[href], button, [tabindex]:not([tabindex="-1"])');
    if (!focusable) return { error: 'the first .bs-quote is not focusable (no tabindex, link or button), so keyboard users cannot open its card' };
    focusable.focus();
    if (!quote.contains(document.activeElement)) return { error: 'focusing the first .bs-quote did not move focus to it' };
    return { before };
  });
  if (result.missing) featureMissing(result.missing);
  if (result.error) fail(result.error);
  // The card opens on focus: wait for the DOM to change (bounded; no change is reported).
  await page.waitForFunction((before) => document.querySelector('.bs-article').innerHTML.length !== before,
    result.before, { timeout: 2_000 }).catch(() => {});
  await nextPaint(page);
  const after = await page.evaluate(() => document.querySelector('.bs-article').innerHTML.length);
  return after !== result.before ? 'card opened (DOM changed)' : 'no DOM change after focus (card may be CSS-only)';
}

async function toggleSpeakerFilter(page) {
  await requireArticle(page);
  const button = page.locator('.bs-voices button[aria-pressed]').first();
  if (!(await page.locator('.bs-voices').count())) featureMissing('no .bs-voices (speaker filter) in the rendered article');
  if (!(await button.count())) featureMissing('.bs-voices has no button with aria-pressed');
  const before = await button.getAttribute('aria-pressed');
  await button.click({ timeout: 5_000 });
  await nextPaint(page);
  const after = await button.getAttribute('aria-pressed');
  if (after === before) fail(`clicking the first speaker button left aria-pressed="${after}"`);
  return `aria-pressed ${before} -> ${after}`;
}

async function moveCarousel(page) {
  await requireArticle(page);
  const carousel = page.locator('[aria-roledescription="carousel"]').first();
  if (!(await carousel.count())) featureMissing('no [aria-roledescription=carousel] in the rendered article');
  const index = await carousel.evaluate((root) => {
    const buttons = [...root.querySelectorAll('button')];
    const label = (b) => `${b.getAttribute('aria-label') || ''} ${b.textContent} ${b.className}`.toLowerCase();
    return buttons.findIndex((b) => /next|forward|›|→|»/.test(label(b)));
  });
  if (index < 0) featureMissing('the carousel has no "next" button');
  const next = carousel.locator('button').nth(index);
  const state = () => carousel.evaluate((root) => {
    const slides = [...root.querySelectorAll('[aria-roledescription="slide"]')];
    const scrollers = [root, ...root.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth);
    return JSON.stringify([slides.map((s) => `${s.getAttribute('aria-hidden')}${s.inert}${s.className}`), scrollers.map((e) => e.scrollLeft),
      root.querySelector('[aria-live]')?.textContent]);
  });
  if (await next.evaluate((b) => b.disabled || b.getAttribute('aria-disabled') === 'true')) {
    fail('the carousel\'s next button is disabled on the first slide');
  }
  const before = await state();
  await next.click({ timeout: 5_000 });
  // Wait for the move to show (bounded; no change is reported).
  for (const started = Date.now(); (await state()) === before && Date.now() - started < 3_000;) {
    await nextPaint(page);
  }
  return (await state()) !== before ? 'moved to the next slide' : 'clicked next (no visible state change detected)';
}

// ---------------------------------------------------------------------------- main

async function main() {
  for (const file of ['index.html', 'broadsheet.js', 'broadsheet_bg.wasm', 'broadsheet_quotes.js', 'broadsheet_quotes_bg.wasm', 'broadsheet.css']) {
    if (!existsSync(join(DIST, file))) {
      console.error(`e2e: dist/${file} is missing: build first (./run build, or trunk build --release)`);
      process.exit(1);
    }
  }
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });

  const server = await startServer();
  let browser;
  try {
    browser = await launch();
    const version = browser.version();
    const dist = relative(process.cwd(), DIST) || '.';
    console.log(`e2e: Chromium ${version}, serving ${dist}/ + e2e/pages/ at ${server.origin}`);

    // Open the four pages in parallel (separate contexts); checks run one after the other.
    const demo = await openPage(browser, server, '/index.html');
    const embed = await openPage(browser, server, '/static/embed-example.html');
    const csp = await openPage(browser, server, '/csp.html');
    const broken = await openPage(browser, server, '/broken.html');
    const ready = async (view) => withTimeout(view.loaded, PAGE_LIMIT_MS + 10_000, 'page load');

    await check('bundle: wasm-bindgen\'s hashed import names are gone from the widget and the module (scripts/minify-wasm-imports.mjs)', async () => {
      const hashed = /__wbg_\w+_[0-9a-f]{16}\b/g;
      const found = ['broadsheet.js', 'broadsheet_quotes.js'].flatMap((file) =>
        (readFileSync(join(DIST, file), 'utf8').match(hashed) || []).map((name) => `${file}: ${name}`));
      if (found.length) fail(`${found.length} left (a debug build?), e.g. ${found[0]}`);
      return 'none left';
    });

    // 1. demo page
    await check('demo: renders the article', async () => {
      const { page, widgets } = await ready(demo);
      const issues = await renderedFully(page);
      if (issues.length) fail(issues.join('; '));
      const w = widgets[0];
      return `"${w.headline}", ${w.paragraphs} paragraphs, ${w.quotes} quotes`;
    });
    await check('demo: no console errors', async () => {
      const { log } = await ready(demo);
      const list = problems(log);
      if (list.length) fail(list.join(' | '));
      return log.warnings.length ? `${log.warnings.length} warning(s), allowed` : '';
    });
    await check('demo: axe after render', async () => axeCheck((await ready(demo)).page), AXE_LIMIT_MS);
    await check('demo: axe with the quote card open', async () => {
      const { page } = await ready(demo);
      const what = await openQuoteCard(page);
      return `${await axeCheck(page)} (${what})`;
    }, AXE_LIMIT_MS);
    await check('demo: axe with the speaker filter on', async () => {
      const { page } = await ready(demo);
      await reload(demo);
      const what = await toggleSpeakerFilter(page);
      return `${await axeCheck(page)} (${what})`;
    }, AXE_LIMIT_MS);
    await check('demo: axe after moving the carousel', async () => {
      const { page } = await ready(demo);
      await reload(demo);
      const what = await moveCarousel(page);
      return `${await axeCheck(page)} (${what})`;
    }, AXE_LIMIT_MS);
    await check('demo: no errors during the interactions', async () => {
      const { log } = await ready(demo);
      const list = problems(log);
      if (list.length) fail(list.join(' | '));
    });

    // 2. mock publisher page with two widgets
    await check('demo: prerendered article replaced in place (same boxes, same markup, no shift)', async () => {
      const outcome = await prerenderedHandover(browser, server);
      const problems = [];
      if (!outcome.before.prerendered) problems.push('dist/index.html is not prerendered (no data-broadsheet-prerendered)');
      if (!outcome.before.headline) problems.push('no headline before the widget started');
      if (outcome.after.prerendered || !outcome.after.mounted) problems.push('the widget did not take over the placeholder');
      if (outcome.after.articles !== 1) problems.push(`${outcome.after.articles} .bs-article after mounting (expected 1)`);
      if (outcome.before.height !== outcome.after.height) problems.push(`height ${outcome.before.height} -> ${outcome.after.height} px`);
      const moved = outcome.before.boxes.filter((box, i) => box !== outcome.after.boxes[i]);
      if (outcome.before.boxes.length !== outcome.after.boxes.length) problems.push(`${outcome.before.boxes.length} -> ${outcome.after.boxes.length} boxes`);
      else if (moved.length) problems.push(`${moved.length} boxes moved, e.g. ${moved[0]} -> ${outcome.after.boxes[outcome.before.boxes.indexOf(moved[0])]}`);
      if (outcome.shifts > 0) problems.push(`layout shift ${outcome.shifts}`);
      if (outcome.markupDiff) problems.push(`markup differs: ${outcome.markupDiff}`);
      if (problems.length) fail(problems.join('; '));
      return `${outcome.before.boxes.length} boxes unmoved, height ${outcome.after.height} px, CLS 0, markup equal except date text and inert`;
    });
    await check('client-rendered demo: renders without prerendering', async () => {
      const view = await openPage(browser, server, '/client-rendered.html');
      try {
        const { page, widgets, log } = await withTimeout(view.loaded, PAGE_LIMIT_MS + 10_000, 'page load');
        const issues = [...await renderedFully(page), ...problems(log)];
        if (issues.length) fail(issues.join('; '));
        return `"${widgets[0].headline}"`;
      } finally {
        await view.context.close();
      }
    });
    await check('quote detection: the article shows before the detection module, its quotes after, nothing moves', async () => {
      // At a phone's width, where the Voices panel is not beside the text.
      const { before, after, log } = await deferredDetection(browser, server, 'hold', 412);
      const issues = [];
      if (!before.headline) issues.push('no article while the module was held back');
      if (before.quotes !== 'pending') issues.push(`data-broadsheet-quotes "${before.quotes}" while held back (expected "pending")`);
      if (!before.editor) issues.push('no editor-marked quotes before detection');
      if (before.detected) issues.push(`${before.detected} detected quotes before the module answered`);
      if (after.quotes !== 'detected') issues.push(`data-broadsheet-quotes "${after.quotes}" after (expected "detected")`);
      if (after.editor !== before.editor) issues.push(`editor quotes ${before.editor} -> ${after.editor}`);
      if (!after.detected) issues.push('no detected quotes after the module answered');
      // The quotes found later (and the speakers they add to the Voices panel) move nothing.
      if (after.shifts !== before.shifts) issues.push(`layout shift ${(after.shift - before.shift).toFixed(4)} when the detected quotes arrived`);
      issues.push(...problems(log));
      if (issues.length) fail(issues.join('; '));
      return `before: ${before.editor} editor quotes, ${before.voices} voices; after: +${after.detected} detected, ${after.voices} voices, no layout shift`;
    });
    await check('quote detection: a deep link to a quote goes straight to it, once the detected quotes are in', async () => {
      const { before, after, focused, log } = await deferredDetection(browser, server, 'hold', 412, '#quote-5');
      const issues = [];
      if (before.headline) issues.push('the article showed before the detected quotes were in');
      if (after.quotes !== 'detected' || !after.detected) issues.push(`after: data-broadsheet-quotes "${after.quotes}", ${after.detected} detected quotes`);
      if (focused.length !== 1 || focused[0] !== 'quote-5') issues.push(`quotes focused: [${focused.join(', ')}] (expected [quote-5])`);
      issues.push(...problems(log));
      if (issues.length) fail(issues.join('; '));
      return `nothing shown while held back; then ${focused[0]} focused, and only it`;
    });
    await check('mount()/unmount(): detected quotes follow, newer data and unmounting win over a late answer, an unmount in the mounting task leaves nothing', async () => {
      const context = await browser.newContext();
      try {
        const { page, log } = await openMountPage(context, server);
        const out = await page.evaluate(async () => {
          const settle = async (host) => {
            for (let i = 0; i < 200 && host.getAttribute('data-broadsheet-quotes') === 'pending'; i++) await new Promise((r) => setTimeout(r, 25));
          };
          const article = { version: 1, headline: 'Harbour reopens', body: [{ type: 'paragraph', content: '“We will rebuild,” said Mayor Ana Ruiz on Monday.' }] };
          const a = document.createElement('div');
          const b = document.createElement('div');
          const c = document.createElement('div');
          document.body.append(a, b, c);
          window.broadsheet.mount(a, article);
          const pending = a.getAttribute('data-broadsheet-quotes');
          await settle(a);
          // Replaced while detection runs: the newer article (quotes off) stays.
          window.broadsheet.mount(b, article);
          window.broadsheet.mount(b, { ...article, headline: 'Second', quotes: 'off' });
          // Unmounted while detection runs (after its first paint): nothing comes back.
          window.broadsheet.mount(c, article);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          const shown = c.querySelectorAll('.bs-article').length;
          window.broadsheet.unmount(c);
          // Unmounted in the same task as mounted, and mounted again: one widget, the last.
          const d = document.createElement('div');
          const e = document.createElement('div');
          document.body.append(d, e);
          window.broadsheet.mount(d, article);
          window.broadsheet.unmount(d);
          window.broadsheet.mount(e, article);
          window.broadsheet.unmount(e);
          window.broadsheet.mount(e, { ...article, headline: 'Third' });
          await new Promise((r) => setTimeout(r, 1000));
          return {
            pending,
            d: d.childElementCount,
            e: [e.querySelectorAll('.bs-article').length, e.querySelector('.bs-headline')?.textContent],
            a: [a.getAttribute('data-broadsheet-quotes'), a.querySelectorAll('.bs-quote[data-origin=detected]').length, a.querySelector('.bs-quote')?.dataset.speaker],
            b: [b.getAttribute('data-broadsheet-quotes'), b.querySelector('.bs-headline')?.textContent, b.querySelectorAll('.bs-quote').length],
            c: [c.getAttribute('data-broadsheet-quotes'), c.childElementCount, shown],
          };
        });
        const issues = [];
        if (out.pending !== 'pending') issues.push(`right after mount(): data-broadsheet-quotes "${out.pending}"`);
        if (out.a.join() !== 'detected,1,Ana Ruiz') issues.push(`mounted: ${out.a.join(', ')} (expected detected, 1, Ana Ruiz)`);
        if (out.b[0] !== null || out.b[1] !== 'Second' || out.b[2] !== 0) issues.push(`replaced: ${out.b.join(', ')} (expected no attribute, "Second", 0 quotes)`);
        if (out.c[0] !== null || out.c[1] !== 0 || out.c[2] !== 1) issues.push(`unmounted: ${out.c.join(', ')} (expected no attribute, empty, after showing 1 article)`);
        if (out.d !== 0) issues.push(`mounted and unmounted in one task: ${out.d} elements left`);
        if (out.e.join() !== '1,Third') issues.push(`mounted, unmounted, mounted in one task: ${out.e.join(', ')} (expected 1 article, "Third")`);
        issues.push(...problems(log));
        if (issues.length) fail(issues.join('; '));
        return 'detected quote by Ana Ruiz; the replacing article and the unmounted placeholder untouched by the late answers; unmount in the mounting task leaves nothing';
      } finally {
        await context.close();
      }
    });
    await check('mount(): letters of other scripts told by the browser (no Unicode tables in the bundle)', async () => {
      const context = await browser.newContext();
      try {
        const { page, log } = await openMountPage(context, server);
        await page.evaluate(MOUNT_CYRILLIC);
        const out = await (await page.waitForFunction(`(() => { ${READ_CYRILLIC} })()`, null, { timeout: PAGE_LIMIT_MS })).jsonValue();
        const issues = [...cyrillicIssues(out), ...problems(log)];
        if (issues.length) fail(issues.join('; '));
        return `lang ${out.lang}, ${out.paragraphs.length} paragraphs`;
      } finally {
        await context.close();
      }
    });
    await check('quote detection unavailable: editor quotes stay, a warning says why', async () => {
      const { after, log } = await deferredDetection(browser, server, 'fail');
      const issues = [];
      if (after.quotes !== 'unavailable') issues.push(`data-broadsheet-quotes "${after.quotes}" (expected "unavailable")`);
      if (!after.headline || after.errorBox) issues.push('the article did not stay');
      if (!after.editor || after.detected) issues.push(`${after.editor} editor and ${after.detected} detected quotes (expected editor ones only)`);
      const warning = log.warnings.find((w) => w.includes('quote detection is unavailable'));
      if (!warning) issues.push(`no console warning about it (warnings: ${JSON.stringify(log.warnings).slice(0, 200)})`);
      // The browser's own report of the failed request is expected; nothing else.
      const errors = [...log.pageErrors, ...log.consoleErrors.filter((e) => !/Failed to load resource.*broadsheet_quotes_bg\.wasm/.test(e))];
      if (errors.length) issues.push(errors.join('; '));
      if (issues.length) fail(issues.join('; '));
      return `${after.editor} editor quotes; warning: "${warning.slice(0, 140)}"`;
    });
    await check('crash: a panic in the release wasm (a trap) replaces the widget with an error box; another script\'s trap does not', async () => {
      const view = await openPage(browser, server, '/client-rendered.html');
      try {
        const { page, log } = await withTimeout(view.loaded, PAGE_LIMIT_MS + 10_000, 'page load');
        await requireArticle(page);
        // Someone else's wasm trapping: not the widget's business.
        await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable (thrown by the page, not the widget)'); }));
        await nextPaint(page);
        await nextPaint(page);
        if (await page.locator('[data-broadsheet-crash]').count()) fail('a RuntimeError from the page\'s own script replaced the widget');
        // A DOM call failing under Yew: it `expect`s setAttribute to succeed, so this is a real
        // Rust panic, which the release bundle turns into a trap (-Cpanic=immediate-abort).
        await page.evaluate(() => {
          Element.prototype.setAttribute = function refused() { throw new Error('setAttribute refused by the test'); };
          document.querySelector('.bs-voices button[aria-pressed]').click();
        });
        await page.waitForSelector('[data-broadsheet-mounted] > .bs-error[data-broadsheet-crash][role=alert]', { timeout: 5_000 })
          .catch(() => fail(`no crash box after the panic (page errors: ${log.pageErrors.join(' | ').slice(0, 300)})`));
        const facts = await page.evaluate(() => ({
          article: !!document.querySelector('.bs-article'),
          text: document.querySelector('[data-broadsheet-crash]').textContent,
        }));
        const issues = [];
        if (facts.article) issues.push('the frozen article is still shown');
        if (!log.consoleErrors.some((e) => e.startsWith('Broadsheet crashed'))) issues.push('no "Broadsheet crashed" console error');
        if (!log.pageErrors.some((e) => /RuntimeError/.test(e))) issues.push(`no RuntimeError reached the page (errors: ${log.pageErrors.join(' | ').slice(0, 200)})`);
        if (issues.length) fail(issues.join('; '));
        return `"${facts.text.slice(0, 60)}..."; ${log.pageErrors.filter((e) => /RuntimeError/.test(e)).length} RuntimeError(s)`;
      } finally {
        await view.context.close();
      }
    });
    await check('embed-example: both widgets render', async () => {
      const { page, widgets } = await ready(embed);
      if (widgets.length !== 2) fail(`expected 2 widgets, found ${widgets.length}`);
      const issues = await renderedFully(page);
      if (issues.length) fail(issues.join('; '));
      return widgets.map((w) => `"${w.headline}"`).join(', ');
    });
    await check('embed-example: character references in the JSON-LD read by the browser (no table in the bundle)', async () => {
      const { page } = await ready(embed);
      const caption = await page.evaluate(() => document.querySelectorAll('[data-broadsheet-mounted]')[1]?.querySelector('figcaption')?.textContent ?? '');
      if (!caption.includes('Sunday \u2013 1\u00bd hectares')) fail(`caption reads "${caption.slice(0, 120)}"`);
      return `"${caption.slice(0, 60)}"`;
    });
    await check('embed-example: no console errors', async () => {
      const { log } = await ready(embed);
      const list = problems(log);
      if (list.length) fail(list.join(' | '));
    });
    await check('embed-example: axe after render', async () => axeCheck((await ready(embed)).page), AXE_LIMIT_MS);

    // 3. strict Content-Security-Policy
    await check('csp: renders fully under the strict CSP', async () => {
      const { page, widgets, headers } = await ready(csp);
      if (!headers['content-security-policy']) fail('the page was not served with the CSP header (e2e/serve.mjs)');
      const issues = await renderedFully(page);
      if (issues.length) fail(issues.join('; '));
      const w = widgets[0];
      return `"${w.headline}", ${w.paragraphs} paragraphs, ${w.quotes} quotes`;
    });
    await check('csp: no CSP violations', async () => {
      const { page } = await ready(csp);
      const violations = await page.cspViolations();
      if (violations.length) fail(`${violations.length}: ${[...new Set(violations)].join(', ')}`);
    });
    await check('csp: no console errors', async () => {
      const { log } = await ready(csp);
      const list = problems(log);
      if (list.length) fail(list.join(' | '));
    });
    await check('csp: axe after render', async () => axeCheck((await ready(csp)).page), AXE_LIMIT_MS);

    // 4. one broken widget, one good one
    await check('broken: error box for bad data, good widget renders', async () => {
      const { page } = await ready(broken);
      const facts = await page.evaluate(() => {
        const bad = document.querySelector('#broken');
        const good = document.querySelector('#good');
        const box = bad.querySelector('.bs-error');
        return {
          box: !!box,
          role: box?.getAttribute('role') || box?.querySelector('[role=alert]')?.getAttribute('role') || null,
          message: box ? box.innerText.replace(/\s+/g, ' ').trim() : null,
          badArticle: !!bad.querySelector('.bs-article'),
          good: !!good.querySelector('.bs-article'),
          goodError: good.querySelector('.bs-error')?.textContent.trim() || null,
          goodHeadline: good.querySelector('.bs-headline')?.textContent.trim() || null,
        };
      });
      const issues = [];
      if (!facts.box) issues.push('the broken widget shows no .bs-error');
      if (facts.box && facts.role !== 'alert') issues.push('the error box has no role="alert"');
      if (facts.badArticle) issues.push('the broken widget rendered an article');
      if (!facts.good) issues.push(`the good widget did not render${facts.goodError ? ` (error: ${facts.goodError})` : ''}`);
      if (issues.length) fail(issues.join('; '));
      return `error: "${facts.message.slice(0, 120)}"; good: "${facts.goodHeadline}"`;
    });
    await check('broken: no uncaught exceptions', async () => {
      const { log } = await ready(broken);
      if (log.pageErrors.length) fail(log.pageErrors.join(' | '));
      return log.consoleErrors.length ? `${log.consoleErrors.length} console error(s) (allowed on this page)` : '';
    });
    await check('broken: axe after render', async () => axeCheck((await ready(broken)).page), AXE_LIMIT_MS);

    for (const view of [demo, embed, csp, broken]) await view.context.close().catch(() => {});

    // 5. dark mode and narrow screens
    await check('demo: axe in dark mode', async () => {
      const view = await openPage(browser, server, '/index.html', { colorScheme: 'dark' });
      try {
        const { page } = await withTimeout(view.loaded, PAGE_LIMIT_MS + 10_000, 'page load');
        return await axeCheck(page, ' (dark)');
      } finally {
        await view.context.close();
      }
    }, AXE_LIMIT_MS + PAGE_LIMIT_MS);

    const overflow = [];
    let layoutMeasured = false;
    await check('screenshots: 375/1280 px, light/dark (e2e/screenshots/)', async () => {
      const written = [];
      const unrendered = [];
      for (const [name, path] of [['demo', '/index.html'], ['embed-example', '/static/embed-example.html']]) {
        for (const width of [375, 1280]) {
          const view = await openPage(browser, server, path, { viewport: { width, height: 900 } });
          try {
            // A page that did not render is still photographed (that is when it helps most).
            const notRendered = await withTimeout(view.loaded, PAGE_LIMIT_MS + 10_000, `${path} at ${width} px`).then(() => null, (e) => e);
            const { page } = view;
            if (notRendered) unrendered.push(`${name} at ${width} px: ${notRendered.message}`);
            else layoutMeasured = true;
            for (const colorScheme of ['light', 'dark']) {
              await page.emulateMedia({ colorScheme });
              await nextPaint(page);
              const file = `${name}-${width}-${colorScheme}.png`;
              await fullPageScreenshot(page, join(SCREENSHOTS, file));
              written.push(file);
            }
            const wide = await page.evaluate(() => {
              const limit = document.documentElement.clientWidth;
              const offenders = [...document.querySelectorAll('.bs-article *')]
                .filter((e) => e.getBoundingClientRect().right > limit + 1 && getComputedStyle(e).position !== 'fixed'
                  && !e.closest('[aria-roledescription="carousel"] [aria-roledescription="slide"]'))
                .slice(0, 3)
                .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`);
              return { scroll: document.documentElement.scrollWidth, limit, offenders };
            });
            if (notRendered) overflow.push(`${name} at ${width} px: not measured (not rendered)`);
            else if (wide.scroll > wide.limit) overflow.push(`${name} at ${width} px: page is ${wide.scroll} px wide (${wide.offenders.join(', ')})`);
          } finally {
            await view.context.close();
          }
        }
      }
      if (unrendered.length) fail(`${written.length} files written, but: ${unrendered.join('; ')}`);
      return `${written.length} files`;
    }, 120_000);
    await check('layout: no horizontal scrolling at 375 px and 1280 px', async () => {
      if (!layoutMeasured) fail('not measured (no page rendered in the screenshot check)');
      if (overflow.length) fail(overflow.join('; '));
    });
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
}

const watchdog = setTimeout(() => {
  console.error(`e2e: FAIL: the whole run exceeded ${TOTAL_LIMIT_MS / 1000} s; stopping`);
  process.exit(1);
}, TOTAL_LIMIT_MS);
watchdog.unref();

try {
  await main();
} catch (error) {
  // Our own errors carry a clear message; anything else gets its origin too.
  const where = error?.stack?.split('\n').find((line) => line.includes('/e2e/'))?.trim();
  record('e2e harness', false, `${error?.message || error}${where && !/not found|missing/.test(error?.message) ? ` (${where})` : ''}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
