// The check that the release bundle tells letters of other scripts with the browser's
// regular expressions (it carries no Unicode tables: src/model/chars.rs, src/dom/chars.rs),
// shared by e2e/run.mjs (Chromium) and e2e/engines.mjs (Firefox, WebKit). Runs on
// e2e/pages/mount.html, whose module exposes broadsheet.js's API as window.broadsheet.

/** In the page: mounts JSON-LD without inLanguage, on a page without lang, so the language
 * comes from the letters' script; an HTML paragraph is kept only when it has letters or
 * digits (the lone dash is not). */
export const MOUNT_CYRILLIC = `
  document.documentElement.removeAttribute('lang');
  const host = document.createElement('div');
  host.id = 'bs-unicode-check';
  document.body.append(host);
  window.broadsheet.mount(host, {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Гавань снова открыта',
    articleBody: '<p>Порт снова открыт для судов.</p><p>—</p><p>Паром «Заря» вышел в море.</p>',
  });`;

/** In the page: what rendered, or null until it has. */
export const READ_CYRILLIC = `
  const article = document.querySelector('#bs-unicode-check .bs-article');
  return article && {
    lang: article.getAttribute('lang'),
    paragraphs: [...article.querySelectorAll('.bs-body p')].map((p) => p.textContent),
  };`;

/** What is wrong with what rendered (empty when right). */
export function cyrillicIssues(out) {
  const issues = [];
  if (out.lang !== 'ru') issues.push(`lang "${out.lang}" (expected "ru")`);
  if (out.paragraphs.length !== 2 || !out.paragraphs[0]?.startsWith('Порт')) {
    issues.push(`paragraphs ${JSON.stringify(out.paragraphs)} (expected the two Cyrillic ones)`);
  }
  return issues;
}
