// Which people and organizations the open corpus names without a code (issue 13 item 3):
//   node --import tsx scripts/uncoded-actors.ts FILE.json [FILE.json …] [--min N]
// Runs the pipeline over each article ({title, paragraphs, link} as in fars-open.json, or {title, body}
// as in ntrex-open.json; a Fars link's number gives the publication date) and lists PER/ORG actors whose code is null, by the number of articles naming them.
import { readFileSync } from 'node:fs';
import { process as run } from '../src/pipeline.js';
import { isoOfJdn, persianToJdn } from '../src/recognize/dates/calendar.js';

const files = process.argv.slice(2).filter((a) => a.endsWith('.json'));
const minAt = process.argv.indexOf('--min');
const min = minAt > 0 ? Number(process.argv[minAt + 1]) : 2;

/** Fars news ids begin with the Solar Hijri date: yymmdd (13xx) or yyyymmdd. */
function farsDate(link: string | undefined): string | undefined {
  const m = /\/news\/(\d+)/.exec(link ?? '');
  if (!m) return undefined;
  const id = m[1] as string;
  const [y, mo, d] =
    id.startsWith('13') || id.startsWith('14')
      ? [Number(id.slice(0, 4)), Number(id.slice(4, 6)), Number(id.slice(6, 8))]
      : [1300 + Number(id.slice(0, 2)), Number(id.slice(2, 4)), Number(id.slice(4, 6))];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return isoOfJdn(persianToJdn(y, mo, d));
}

let mentions = 0;
let coded = 0;
const counts = new Map<string, { type: string; articles: Set<string>; example: string }>();
for (const f of files) {
  const list = JSON.parse(readFileSync(f, 'utf8')) as Array<{
    title?: string;
    paragraphs?: string[];
    body?: string;
    published?: string;
    link?: string;
  }>;
  list.forEach((a, i) => {
    const id = `${f.replace(/.*\//, '')}:${i}`;
    const doc = run({
      id,
      title: a.title ?? null,
      text: a.paragraphs ? a.paragraphs.join('\n') : (a.body ?? ''),
      published: farsDate(a.link) ?? a.published,
    });
    for (const e of doc.entities) {
      if (e.type !== 'PER' && e.type !== 'ORG') continue;
      const actor = doc.actors.find((x) => x.id === e.actor);
      if (actor?.code) {
        coded++;
        continue;
      }
      mentions++;
      const key = `${e.type}\t${actor?.name ?? e.text}`;
      const c = counts.get(key) ?? { type: e.type, articles: new Set(), example: '' };
      c.articles.add(id);
      if (!c.example) {
        const s = doc.sentences.find((x) => x.start <= e.start && e.start < x.end);
        c.example = s ? doc.text.slice(s.start, s.end).slice(0, 160).replace(/\s+/g, ' ') : '';
      }
      counts.set(key, c);
    }
  });
}
const rows = [...counts.entries()].filter(([, c]) => c.articles.size >= min);
rows.sort((a, b) => b[1].articles.size - a[1].articles.size);
for (const [key, c] of rows) console.log(`${c.articles.size}\t${key}\t${[...c.articles][0]}\t${c.example}`);
console.error(`PER/ORG mentions: ${coded + mentions}, uncoded: ${mentions}, uncoded names: ${counts.size}`);
