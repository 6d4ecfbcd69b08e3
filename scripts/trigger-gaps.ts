// Where the trigger lexicon is silent on the open corpus (issue 12 item 2: raise coverage from text
// rasad was not fitted to). Runs the pipeline over /work/open/fars-open.json and ntrex-open.json and,
// in every sentence where no trigger group fires, counts the predicates:
//   «NOUN @کردن»        a light-verb construction (کرد/نمود/شد/داد/گرفت/زد/داشت/آورد/ساخت/کشید)
//   «مورد|هدف NOUN قرار @گرفتن»  the passive of a nominal act
//   «@LEMMA»             a finite simple verb of verbs.json
//   «final:WORD»         a clause-final word that looks finite but is no verb of verbs.json
//   «در پی|پس از|به دنبال|ضمن|در جریان|در اعتراض به NOUN»  an event noun in a nominal frame
// and prints them most frequent first, with the count and one example sentence each.
//   node --import tsx scripts/trigger-gaps.ts [--top N] [--kind light|passive|verb|final|noun] [--uncovered] [FILE…]
// --uncovered counts in every sentence the predicates no trigger covers (a sentence with one trigger may
// hold a second, missed act). --actors N keeps only sentences naming N or more distinct actor codes (an
// act between two coded parties is what the gold would code; provincial news without them is noise).
import { readFileSync } from 'node:fs';
import { findTriggers } from '../src/code/events/find-triggers.js';
import { eventLexicon } from '../src/code/events/trigger-lexicon.js';
import { grammarLexicon } from '../src/grammar/grammar-lexicon.js';
import { sentenceViews } from '../src/grammar/sentence-view.js';
import { readVerb } from '../src/grammar/verb-forms.js';
import { wordKey } from '../src/grammar/word-key.js';
import { process as run } from '../src/pipeline.js';
import type { ArticleInput } from '../src/read/article.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  if (k < 0) return undefined;
  const v = args[k + 1];
  args.splice(k, 2);
  return v;
};
const top = Number(opt('--top') ?? 300);
const minActors = Number(opt('--actors') ?? 0);
const kind = opt('--kind');
const uncovered = args.includes('--uncovered');
if (uncovered) args.splice(args.indexOf('--uncovered'), 1);
const files = args.length > 0 ? args : ['/work/open/fars-open.json', '/work/open/ntrex-open.json'];

const lex = eventLexicon();
const g = grammarLexicon();
const LIGHT = ['کردن', 'نمودن', 'شدن', 'دادن', 'گرفتن', 'زدن', 'داشتن', 'آوردن', 'ساختن', 'کشیدن'].map(
  wordKey,
);
const AUX = new Set(['بودن', 'شدن', 'خواستن', 'داشتن', 'کردن', 'گفتن', 'افزودن'].map(wordKey));
const FRAMES = [
  ['در', 'پی'],
  ['پس', 'از'],
  ['به', 'دنبال'],
  ['ضمن'],
  ['در', 'جریان'],
  ['در', 'اعتراض', 'به'],
].map((f) => f.map(wordKey));
const PASSIVE_HEADS = new Set(['مورد', 'هدف'].map(wordKey));
const NOT_NOUN = new Set(
  ['را', 'و', 'که', 'این', 'آن', 'خود', 'هم', 'نیز', 'را،', 'می', 'نمی', 'است', 'بود', 'باید', 'تواند'].map(
    wordKey,
  ),
);
const FINITE_END = /(ند|د|ه‌اند|هاند|ه است|یم|ید)$/u;
const WORDLIKE = /^[\p{L}\u200c]+$/u;

interface Gap {
  count: number;
  example: string;
}
const gaps = new Map<string, Gap>();
let sentences = 0;
let silent = 0;
let articles = 0;

function lightLemma(key: string): string | null {
  for (const l of LIGHT) {
    const r = readVerb(g.verbs, l, key);
    if (r && r.form !== 'infinitive') return l;
  }
  return null;
}

function add(key: string, sentence: string) {
  const gap = gaps.get(key);
  if (gap) gap.count++;
  else gaps.set(key, { count: 1, example: sentence.slice(0, 200).replace(/\s+/g, ' ') });
}

for (const file of files) {
  const list = JSON.parse(readFileSync(file, 'utf8')) as ArticleInput[];
  list.forEach((a, i) => {
    articles++;
    const doc = run({ ...a, id: `${file}:${i}`, published: a.published ?? '2023-01-12' });
    const codeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
    for (const v of sentenceViews(doc)) {
      if (minActors > 0) {
        const codes = new Set(v.actors.map((s) => codeOf.get(s.actor)).filter((c) => c));
        if (codes.size < minActors) continue;
      }
      sentences++;
      const fired = findTriggers(v, lex, g);
      if (fired.length > 0 && !uncovered) continue;
      if (fired.length === 0) silent++;
      // --uncovered: every sentence, but only the words no trigger covers.
      const covered = new Uint8Array(v.words.length);
      for (const h of fired) covered.fill(1, Math.max(0, h.first - 1), h.last + 1);
      const sentence = doc.text.slice(v.start, v.end);
      const w = v.words;
      const seen = new Set<string>();
      const once = (key: string) => {
        if (seen.has(key)) return;
        seen.add(key);
        add(key, sentence);
      };
      for (let k = 0; k < w.length; k++) {
        if (covered[k]) continue;
        const key = w[k].key;
        // Nominal frames: «در پی بازداشت …».
        for (const f of FRAMES) {
          if (
            f.every((p, j) => w[k + j]?.key === p) &&
            w[k + f.length] &&
            WORDLIKE.test(w[k + f.length].text)
          )
            once(`noun\t${f.join(' ')} ${w[k + f.length].key}`);
        }
        const light = lightLemma(key);
        if (light && k > 0) {
          const prev = w[k - 1].key;
          if (prev === wordKey('قرار') && (light === wordKey('گرفتن') || light === wordKey('دادن'))) {
            for (let j = k - 2; j >= Math.max(0, k - 7); j--) {
              if (v.clause[j] !== v.clause[k]) break;
              if (PASSIVE_HEADS.has(w[j].key) && w[j + 1]) {
                once(`passive\t${w[j].key} ${w[j + 1].key} قرار @${light}`);
                break;
              }
            }
            continue;
          }
          if (
            !NOT_NOUN.has(prev) &&
            !g.prepositions.has(prev) &&
            WORDLIKE.test(w[k - 1].text) &&
            !v.verb[k - 1]
          ) {
            once(`light\t${prev} @${light}`);
            continue;
          }
        }
        if (v.verb[k]) {
          const r = g.verbs.forms.get(key)?.[0];
          if (r && r.form === 'finite' && !AUX.has(r.lemma)) once(`verb\t@${r.lemma}`);
          continue;
        }
        // A clause-final word that looks finite but is no known verb.
        const last = k === w.length - 1 || v.clause[k + 1] !== v.clause[k] || !WORDLIKE.test(w[k + 1].text);
        if (last && WORDLIKE.test(w[k].text) && FINITE_END.test(w[k].text) && !light && w[k].text.length > 3)
          once(`final\t${key.replace(/^(نمی|می)/u, '')}`);
      }
    }
  });
}

const rows = [...gaps.entries()]
  .filter(([k]) => !kind || k.startsWith(`${kind}\t`))
  .sort((a, b) => b[1].count - a[1].count)
  .slice(0, top);
console.log(`${articles} articles, ${sentences} sentences, ${silent} with no trigger`);
for (const [k, gap] of rows) console.log(`${gap.count}\t${k}\t${gap.example}`);
