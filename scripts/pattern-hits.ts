// Which trigger groups fire where (issue 12 item 2: checking new patterns for false positives).
//   node --import tsx scripts/pattern-hits.ts --text FILE            groups fired in each line of FILE, and the events
//   node --import tsx scripts/pattern-hits.ts --corpus ID[,ID…] [N]  up to N (default 15) Fars corpus sentences
//                                                                   where one of those groups fires, with the count
//   … --corpus ID[,ID…] [N] --open                                  the same over the open corpus only
//                                                                   (/work/open/fars-open.json, ntrex-open.json: no gold)
// The corpus scan skips the articles of the frozen event test (test/gold/events/test.jsonl, read for
// their ids only), so that no pattern is checked, and so written, against a frozen sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTriggers } from '../src/code/events/find-triggers.js';
import { eventLexicon } from '../src/code/events/trigger-lexicon.js';
import { grammarLexicon } from '../src/grammar/grammar-lexicon.js';
import { sentenceViews } from '../src/grammar/sentence-view.js';
import { process as run } from '../src/pipeline.js';
import type { ArticleInput } from '../src/read/article.js';

const lex = eventLexicon();
const g = grammarLexicon();
const argv = process.argv.slice(2);
const open = argv.includes('--open');
const [mode, arg, limit] = argv.filter((a) => a !== '--open');
const OPEN_DIR = process.env.RASAD_OPEN_DIR ?? '/work/open';

function hits(input: ArticleInput) {
  const doc = run(input);
  const out: Array<{ sentence: string; id: string; words: string }> = [];
  for (const v of sentenceViews(doc))
    for (const h of findTriggers(v, lex, g))
      out.push({
        sentence: doc.text.slice(v.start, v.end),
        id: h.trigger.id,
        words: doc.text.slice(v.words[h.first].start, v.words[h.last].end),
      });
  return { doc, out };
}

if (mode === '--text' && arg) {
  for (const line of readFileSync(arg, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const { doc, out } = hits({ id: 'probe', text: line, published: '2023-01-12' });
    console.log(line);
    for (const h of out) console.log(`  fired ${h.id}: «${h.words}»`);
    for (const e of doc.events) console.log(`  event ${e.cameo} ${e.type}`);
  }
} else if (mode === '--corpus' && arg) {
  const ids = new Set(arg.split(','));
  const max = Number(limit ?? 15);
  const shared = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
  const frozen = new Set(
    readFileSync(join(import.meta.dirname, '..', 'test', 'gold', 'events', 'test.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { id: string }).id),
  );
  let n = 0;
  const files = open
    ? ['fars-open', 'ntrex-open'].map((f) => [f, join(OPEN_DIR, `${f}.json`)])
    : ['fars-news-1', 'fars-news-2', 'fars-news-3'].map((f) => [f, join(shared, `${f}.json`)]);
  for (const [f, path] of files) {
    const list = JSON.parse(readFileSync(path, 'utf8')) as ArticleInput[];
    list.forEach((a, i) => {
      const link = /\/news\/(\d+)/.exec(a.link ?? '');
      if (link && frozen.has(`fars-${link[1]}`)) return;
      for (const h of hits({ ...a, id: `${f}:${i}` }).out) {
        if (!ids.has(h.id)) continue;
        if (n++ < max) console.log(`${f}:${i}\t${h.id}\t«${h.words}»\t${h.sentence.slice(0, 220)}`);
      }
    });
  }
  console.log(`${n} hits`);
} else {
  console.error('usage: pattern-hits.ts --text FILE | --corpus ID[,ID…] [N] [--open]');
  process.exit(2);
}
