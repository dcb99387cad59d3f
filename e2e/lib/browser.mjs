// Shared browser plumbing for the end-to-end checks and the benchmark: launching Debian's
// Chromium through playwright-core, time limits, and page instrumentation.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (scripts/setup does) or set CHROMIUM=/path`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** Rejects with `label: timed out after Ns` if `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${label}: timed out after ${(ms / 1000).toFixed(0)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** axe-core's source, evaluated in the page through the DevTools protocol (no CSP applies). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole document; returns the violations in a compact form. */
export async function runAxe(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
}

export function formatAxe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} node${v.nodes === 1 ? '' : 's'}: ${v.targets.join(', ')})`)
    .join('; ');
}

/**
 * Opens a page that records console errors, uncaught exceptions, failed requests and CSP
 * violations (the listener is installed before any page script runs).
 */
export async function instrumentedPage(context) {
  const page = await context.newPage();
  const log = { consoleErrors: [], warnings: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()?.url;
      log.consoleErrors.push(where && !message.text().includes(where) ? `${message.text()} [${where}]` : message.text());
    }
    else if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the browser cancelled it itself (lazy images deferred, navigation).
    const reason = request.failure()?.errorText || 'failed';
    if (!reason.includes('ERR_ABORTED')) log.failedRequests.push(`${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  await page.addInitScript(() => {
    window.__bsCsp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__bsCsp.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'}`));
  });
  page.cspViolations = () => page.evaluate(() => window.__bsCsp || []);
  return { page, log };
}

/**
 * Waits until every placeholder on the page is mounted and shows an article or an error box
 * (prerendered markup does not count: the widget has not started yet).
 */
export async function waitForWidgets(page, { timeout = 15_000, quotes = true } = {}) {
  // With `quotes`, also until the quote-detection module has answered (or failed): the widget
  // shows first with the editor's quotes only (src/dom/quote_module.rs).
  await page.waitForFunction((quotes) => {
    const holders = [...document.querySelectorAll('[data-broadsheet], [data-broadsheet-src]')];
    return holders.length > 0 && holders.every((h) => h.hasAttribute('data-broadsheet-mounted')
      && h.querySelector('.bs-article, .bs-error')
      && !(quotes && h.getAttribute('data-broadsheet-quotes') === 'pending'));
  }, quotes, { timeout, polling: 50 });
  // Let eager images settle before anything is checked (lazy ones may never load off-screen).
  await page.evaluate(() => Promise.all([...document.images].filter((img) => img.loading !== 'lazy').map((img) =>
    img.complete ? null : new Promise((done) => {
      img.addEventListener('load', done, { once: true });
      img.addEventListener('error', done, { once: true });
      setTimeout(done, 3000);
    }))));
  await nextPaint(page);
}

export function nextPaint(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** What the widgets on a page rendered (for check details). */
export function summarize(page) {
  return page.evaluate(() => {
    const holders = [...document.querySelectorAll('[data-broadsheet], [data-broadsheet-src]')];
    return holders.map((h) => ({
      article: !!h.querySelector('.bs-article'),
      error: h.querySelector('.bs-error')?.textContent.replace(/\s+/g, ' ').trim() || null,
      headline: h.querySelector('.bs-headline')?.textContent.trim() || null,
      paragraphs: h.querySelectorAll('.bs-body p').length,
      quotes: h.querySelectorAll('.bs-quote').length,
    }));
  });
}
