// Test and benchmark inputs built from the Fars corpus (../shared/corpus): n articles, each a real
// article with a new id and (optionally) shuffled paragraphs, so that nothing is an exact copy
// unless asked for, and near-duplicate detection has real work to do.
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';

export const CORPUS = ['1', '2', '3'].map(
  (n) => new URL(`../../../shared/corpus/fars-news-${n}.json`, import.meta.url),
);

interface FarsArticle {
  title: string;
  abstract: string;
  paragraphs: string[];
  link: string;
}

export function loadFars(): FarsArticle[] {
  return CORPUS.flatMap((u) => JSON.parse(readFileSync(u, 'utf8')) as FarsArticle[]);
}

/** A small deterministic PRNG (mulberry32), so inputs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The i-th perturbed article: the corpus article i mod 900, a new Fars-style id (so `published` is
 * still derived), paragraphs shuffled from the second round on, and a marker sentence that makes
 * each copy's content unique (so it is stored, then linked as a near-duplicate).
 */
export function perturbed(corpus: FarsArticle[], i: number, rand: () => number) {
  const a = corpus[i % corpus.length];
  const round = Math.floor(i / corpus.length);
  const paragraphs = [...a.paragraphs];
  if (round > 0) {
    for (let k = paragraphs.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [paragraphs[k], paragraphs[j]] = [paragraphs[j], paragraphs[k]];
    }
    paragraphs.push(`نسخه ${round}`);
  }
  const id = `${13990101000000 + i}`;
  return {
    title: a.title,
    abstract: a.abstract,
    paragraphs,
    link: `https://www.farsnews.ir/news/${id}`,
    id: `gen-${i}`,
  };
}

export function writeJsonl(path: string, n: number, seed = 1): void {
  const corpus = loadFars();
  const rand = prng(seed);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify(perturbed(corpus, i, rand)));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Streams a large input to disk without holding it (benchmarks). */
export async function streamJsonl(path: string, n: number, seed = 1): Promise<void> {
  const corpus = loadFars();
  const rand = prng(seed);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${JSON.stringify(perturbed(corpus, i, rand))}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}
