// Seeds the fuzz corpora (fuzz/corpus/TARGET/seed-*) from the repository's test data:
// every article and invalid-article fixture, the demo article embedded in index.html, the
// XSS payloads of tests/data/xss wrapped into both formats, and the quote corpus's
// paragraphs. Idempotent: seeds (seed-*) are rewritten, inputs the fuzzer found are kept.
// Usage: node fuzz/seed_corpus.mjs (from anywhere); node ships with scripts/setup (e2e).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const data = path.join(root, "tests", "data");
const targets = ["parse_article", "parse_structured", "quotes", "render_ssr"];
const corpus = (target) => path.join(root, "fuzz", "corpus", target);
// Old seeds go (fixtures may have been renamed or removed); found inputs stay.
for (const target of targets) {
  fs.mkdirSync(corpus(target), { recursive: true });
  for (const name of fs.readdirSync(corpus(target))) {
    if (name.startsWith("seed-")) fs.rmSync(path.join(corpus(target), name));
  }
}

const articles = [];
for (const dir of ["articles", "invalid"]) {
  for (const name of fs.readdirSync(path.join(data, dir)).sort()) {
    articles.push([`${dir}-${name}`, fs.readFileSync(path.join(data, dir, name), "utf8")]);
  }
}

// The demo article: inside <script type="application/json" id="demo-article">, where
// "</" is written "<\/" so the HTML parser does not end the script early.
const html = fs.readFileSync(path.join(root, "index.html"), "utf8");
const demo = html.match(/<script type="application\/json" id="demo-article">([\s\S]*?)<\/script>/);
if (!demo) throw new Error("index.html: no demo-article script element");
const demoText = demo[1].replaceAll("<\\/", "</");
JSON.parse(demoText);
articles.push(["demo-article.json", demoText]);

// Hostile payloads in the fields of small documents of both formats.
const xss = JSON.parse(fs.readFileSync(path.join(data, "xss", "payloads.json"), "utf8"));
xss.text.forEach((payload, i) => {
  const url = xss.urls[i % xss.urls.length];
  articles.push([`xss-native-${i}.json`, JSON.stringify({
    version: 1, headline: payload, standfirst: payload,
    authors: [{ name: payload, url }],
    body: [{ type: "paragraph", content: [payload, { type: "link", href: url, content: payload }] },
           { type: "figure", image: { src: url, srcset: xss.srcset[i % xss.srcset.length], alt: payload }, caption: payload }],
    related: [{ headline: payload, url }],
  })]);
  articles.push([`xss-jsonld-${i}.jsonld`, JSON.stringify({
    "@context": "https://schema.org", "@type": "NewsArticle", headline: payload, description: payload,
    author: { "@type": "Person", name: payload, url }, image: url,
    publisher: { name: payload, url, logo: { url } }, articleBody: `${payload}\n\n“${payload},” she said.`,
    keywords: `${payload},${payload}x`,
  })]);
});

const write = (target, name, content) => fs.writeFileSync(path.join(corpus(target), `seed-${name}`), content);
for (const [name, text] of articles) {
  // The structured target reads bytes as choices, so any bytes make a seed for it.
  for (const target of ["parse_article", "parse_structured", "render_ssr"]) write(target, name, text);
}

// Quote detection: the first byte chooses people, editor quotes, block kinds and quote mode
// (see fuzz_targets/quotes.rs); the rest is paragraphs separated by newlines.
const cases = JSON.parse(fs.readFileSync(path.join(data, "quotes", "corpus.json"), "utf8"));
cases.forEach((c, i) => {
  const flags = [0, 1, 2, 3, 4, 8, 12, 16, 32][i % 9];
  write("quotes", `${i}-${c.name}`, Buffer.concat([Buffer.from([flags]), Buffer.from(c.paragraphs.join("\n"))]));
});
const demoParagraphs = [];
for (const block of JSON.parse(demoText).body ?? []) {
  const plain = (node) => typeof node === "string" ? node
    : Array.isArray(node) ? node.map(plain).join("")
    : node && typeof node === "object" ? plain(node.content ?? node.text ?? "") : "";
  if (block.type === "paragraph") demoParagraphs.push(plain(block.content));
}
write("quotes", "demo", Buffer.concat([Buffer.from([0]), Buffer.from(demoParagraphs.join("\n"))]));

for (const target of targets) {
  const seeds = fs.readdirSync(corpus(target)).filter((name) => name.startsWith("seed-")).length;
  console.log(`seeded fuzz/corpus/${target}: ${seeds} seeds`);
}
