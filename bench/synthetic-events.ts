// Synthetic extract results for the storage and server benchmarks: deterministic articles with five
// events each among 20 countries × 5 sectors over three years, with varied text so that articles are not
// near-duplicates of each other. Shared by bench/server.bench.ts and bench/store.bench.ts.
import type { CodedEvent } from '../src/doc.js';
import type { ExtractResult } from '../src/result.js';

export const EVENTS_PER_ARTICLE = 5;
const TYPES: Array<[CodedEvent['type'], string, CodedEvent['quad']]> = [
  ['CONSULT', '040', 1],
  ['AGREE', '030', 1],
  ['SUPPORT', '051', 1],
  ['COOPERATE', '060', 2],
  ['AID', '070', 2],
  ['ACCUSE', '111', 3],
  ['REQUEST', '100', 3],
  ['THREATEN', '130', 3],
  ['SANCTION', '163', 4],
  ['ASSAULT', '190', 4],
];
const COUNTRIES = [
  'RUS',
  'IRN',
  'AFG',
  'PAK',
  'USA',
  'CHN',
  'TUR',
  'IND',
  'IRQ',
  'SYR',
  'SAU',
  'GBR',
  'FRA',
  'DEU',
  'UKR',
  'ISR',
  'QAT',
  'ARE',
  'EGY',
  'LBN',
];
const SECTORS = ['', 'GOV', 'MIL', 'OPP', 'LEG'];
/** 3,000 pseudo-words from Persian letters, so articles share few shingles. */
const WORDS = (() => {
  const letters = 'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی';
  const r = rng(7);
  return Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 5) }, () => letters[Math.floor(r() * letters.length)]).join(''),
  );
})();

/** Deterministic pseudo-random numbers, so every run stores the same data. */
export function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

export function syntheticArticle(i: number, random: () => number): ExtractResult {
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const actors = Array.from({ length: 4 }, (_, k) => {
    const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    const sector = SECTORS[Math.floor(random() * SECTORS.length)];
    return {
      id: `a${k + 1}`,
      name: `کنشگر ${country}${sector}`,
      name_en: `${country} ${sector}`.trim(),
      code: `${country}${sector}`,
      country,
      sector: sector || null,
      wikidata: null,
      roles: [],
      mentions: [],
    };
  });
  // Varied text: identical articles would all be near-duplicates of each other, which is neither
  // realistic nor what this benchmark measures.
  const sentences = Array.from(
    { length: EVENTS_PER_ARTICLE },
    () =>
      `${Array.from({ length: 14 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')} دیدار کرد. `,
  );
  const text = `${sentences.join('')}شماره ${i}`;
  const offsets = sentences.map((_, k) => sentences.slice(0, k).reduce((n, x) => n + x.length, 0));
  const events: CodedEvent[] = Array.from({ length: EVENTS_PER_ARTICLE }, (_, k) => {
    const [type, cameo, quad] = TYPES[Math.floor(random() * TYPES.length)];
    const start = offsets[k] + sentences[k].length - 11;
    return {
      id: `v${k + 1}`,
      type,
      mode: null,
      cameo,
      quad,
      actor: [`a${(k % 4) + 1}`],
      recipient: [`a${((k + 1) % 4) + 1}`],
      date: day,
      negated: false,
      future: false,
      reported_by: [],
      sentence: k,
      trigger: { start, end: start + 9, text: text.slice(start, start + 9) },
      confidence: 0.8,
    };
  });
  return {
    id: `bench-${i}`,
    title: `خبر ${i}`,
    url: `https://bench.example/${i}`,
    source: 'bench.example',
    published: day,
    text,
    sentences: sentences.map((x, k) => ({ start: offsets[k], end: offsets[k] + x.length })),
    entities: [],
    actors,
    dates: [],
    quotes: [],
    events,
  };
}
