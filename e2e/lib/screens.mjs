// Full-page screenshots that show the whole article. Paragraphs styled
// `content-visibility: auto` are painted only when near the viewport, so Playwright's
// `fullPage: true` (one tall capture of a page laid out for the small viewport) shows blank
// stretches where they were skipped. Instead the viewport itself is made as tall as the page
// for the capture, so everything is on screen and painted, then restored.
import { nextPaint } from './browser.mjs';

/** Largest viewport height used (Chromium caps textures; the demo is far shorter). */
const MAX_HEIGHT = 16_000;

export async function fullPageScreenshot(page, path, { timeout = 15_000 } = {}) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), MAX_HEIGHT) });
  try {
    // Two frames: one to lay out the newly visible content, one to paint it.
    await nextPaint(page);
    await nextPaint(page);
    await page.screenshot({ path, timeout });
  } finally {
    await page.setViewportSize(viewport);
  }
}
