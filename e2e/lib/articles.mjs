// Generated Broadsheet JSON v1 articles for the benchmark: deterministic (seeded), realistic
// news paragraphs, many with a quote attributed the way newspapers write it:
//   “We will run the numbers again,” Lydia Ong said.

export const SPEAKERS = [
  ['Lydia Ong', 'Chief executive, Harbour Transport Authority'],
  ['Daniel Koh', 'Chair, Serin Island Residents’ Association'],
  ['Henry Lim', 'Operations director, Bluewater Lines'],
  ['Priya Nair', 'Transport economist'],
  ['Marcus Tan', 'City councillor'],
  ['Grace Wong', 'Night-shift nurse'],
  ['Omar Rahman', 'Ferry captain'],
  ['Sofia Marques', 'Harbour master'],
  ['Kenji Watanabe', 'Urban planner'],
  ['Aisha Bello', 'Small-business owner'],
];

const OPENERS = [
  'The authority said the trial would run for six months before any decision on a permanent service.',
  'Ridership on the last evening crossing has grown every year since the pandemic, according to figures released on Tuesday.',
  'Residents of the island have campaigned for a later ferry since the route was cut in 1994.',
  'The operator estimates that each night crossing will cost about 4,800 dollars to run, most of it in crew wages and fuel.',
  'Council members were split on whether the city should cover any losses from the service.',
  'A survey of 1,200 islanders found that two in three would use the ferry at least once a week.',
  'Shift workers at the hospital and the container port would benefit most, the report said.',
  'The last crossing currently leaves at 9.50pm, which islanders say makes an evening in the city impossible.',
];

const QUOTES = [
  'We will run the numbers again after the first three months, and we will publish them',
  'For thirty years the island has gone to sleep at ten o’clock, and that has to change',
  'Nobody should have to choose between a night shift and getting home',
  'The boat is ready, the crew is ready, and we have the berth at Pier 4',
  'If the ferry is empty by September, the council will have to ask hard questions',
  'My customers leave at nine because they are afraid of missing the boat',
  'It is a small change on the timetable and a big change for the families here',
  'We looked at buses, at a bridge and at water taxis, and the ferry is still the cheapest',
];

const VERBS = ['said', 'said', 'said', 'told reporters', 'added', 'said on Tuesday'];

// Small deterministic PRNG (mulberry32), so every run benchmarks the same text.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** One paragraph; `quote` forces a quote in it (by speaker index `speaker`). */
export function paragraph(rand, index, { quote = rand() < 0.6, speaker = Math.floor(rand() * SPEAKERS.length) } = {}) {
  const context = pick(rand, OPENERS);
  if (!quote) return `${context} ${pick(rand, OPENERS)}`;
  const [name] = SPEAKERS[speaker];
  const said = pick(rand, VERBS);
  return `${context} “${pick(rand, QUOTES)},” ${name} ${said}.`;
}

function base(headline, rand) {
  return {
    version: 1,
    id: `bench-${headline.length}-${Math.floor(rand() * 1e6)}`,
    lang: 'en',
    headline,
    standfirst: 'A generated article for the Broadsheet benchmark: realistic paragraphs, quotes and speakers.',
    published: '2025-05-13T18:30:00+08:00',
    authors: [{ name: 'Mei Ling Tan', role: 'Transport Correspondent' }],
    quotes: 'auto',
  };
}

/**
 * An article of `count` paragraphs (about 60% with a quote). The last paragraph ends with
 * `marker(count)` so a page can tell when it is in the DOM.
 */
export function scalingArticle(count, seed = 1) {
  const rand = random(seed + count);
  const body = [];
  for (let i = 0; i < count; i++) {
    let content = paragraph(rand, i);
    if (i === count - 1) content += ` ${marker(count)}`;
    body.push({ type: 'paragraph', content });
  }
  return { ...base(`Night ferry benchmark: ${count} paragraphs`, rand), body };
}

export const marker = (count) => `End of article ${count}.`;

/**
 * An article of `count` paragraphs, each with exactly one quote, by 10 speakers in turn; the
 * last paragraph ends with `marker(count)`.
 */
export function quotesArticle(count = 1000, seed = 7) {
  const rand = random(seed);
  const body = [];
  for (let i = 0; i < count; i++) {
    let content = paragraph(rand, i, { quote: true, speaker: i % SPEAKERS.length });
    if (i === count - 1) content += ` ${marker(count)}`;
    body.push({ type: 'paragraph', content });
  }
  const people = SPEAKERS.map(([name, role], i) => ({ id: `speaker-${i}`, name, role }));
  return { ...base(`Night ferry benchmark: ${count} quotes`, rand), people, body };
}
