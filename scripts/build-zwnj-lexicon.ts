// Builds the compiled ZWNJ lexicon in lexicon/repair/ from
//   - ../shared/data/hazm/words.dat (MIT, Alireza Nourian; notice in lexicon/repair/LICENSE-hazm):
//     words spelled with ZWNJ, and words known whole (frequency > 0; the frequency-0 entries are
//     unchecked scrapes that include glued errors such as «میشود», «کتابها»),
//   - ../shared/data/hazm/verbs.dat: verb stems, conjugated here with می/نمی and personal endings,
//   - ../shared/data/perdt/train-tokens.txt (CC BY-SA 4.0): PerDT training sentences, the convention
//   - ../shared/corpus/fars-news-*.json: counts of ZWNJ, glued and spaced spellings in the articles that
//     use ZWNJ at all (older articles dropped it everywhere, so their glued spellings prove nothing).
// PerDT is never read here: it is the evaluation set.
//
// Output (committed): lexicon/repair/zwnj-forms.tsv (`form<TAB>flags`: g = restore when glued,
// s = restore when the ZWNJ became a space, w = only in text that shows it lost its ZWNJs to spaces), lexicon/repair/whole-words.tsv (`word<TAB>tags`: words
// that must never be split; tag A = adjective, for تر/ترین; S = stem only; F = function word; a number =
// hazm frequency class; f + number = news frequency class).
// Run: node --import tsx scripts/build-zwnj-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { BOUND_TAILS, readRows } from '../src/knowledge/schemas/tables.js';
import { normalizeLetters } from '../src/repair/normalize-letters.js';

const ZWNJ = '\u200c';
const shared = new URL('../../shared/', import.meta.url);
const out = new URL('../lexicon/repair/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, shared), 'utf8');
const norm = (s: string) => normalizeLetters(s).text;
const key = (s: string) => s.replaceAll(ZWNJ, '');

// ---- hazm words
const hazmFreq = new Map<string, number>();
const adjectives = new Set<string>();
const functionWords = new Set<string>();
const grammatical = new Set<string>();
for (const line of read('data/hazm/words.dat').split('\n')) {
  const [w0, f, pos] = line.split('\t');
  if (!w0) continue;
  const w = norm(w0.trim());
  if (!/^[\u0620-\u06D5\u200c]+$/.test(w)) continue;
  hazmFreq.set(w, Math.max(hazmFreq.get(w) ?? 0, Number(f) || 0));
  if (pos && /\bAJ\b/.test(pos)) adjectives.add(w);
  // Pronouns and determiners (آن, هیچ, کدام …): no head of a weaker compound joined across a space.
  // Numerals and prepositions are (سه‌شنبه, بین‌المللی, پیش‌آمده).
  if (pos && /\b(PRO|DET)\b/.test(pos)) functionWords.add(w);
  // Conjunctions and demonstratives (tag F): بی before them is the preposition (بی آنکه, بی آن).
  if (pos && (/\bCONJ\b/.test(pos) || (/\bPRO\b/.test(pos) && /\bDET\b/.test(pos)))) grammatical.add(w);
}

// ---- verbs
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PAST_ENDINGS = ['م', 'ی', '', 'یم', 'ید', 'ند'];
const PERFECT_CLITICS = ['ام', 'ای', 'ایم', 'اید', 'اند'];
const verbZwnj = new Set<string>();
const verbWhole = new Set<string>();
for (const line of read('data/hazm/verbs.dat').split('\n')) {
  const [past0, present0] = line.trim().split('#');
  const past = norm(past0 ?? '');
  const present = norm(present0 ?? '');
  const stems: Array<[string, string[]]> = [];
  if (past && !past.includes(' ')) stems.push([past, PAST_ENDINGS]);
  if (present && !present.includes(' ')) {
    stems.push([present, PRESENT_ENDINGS]);
    // A present stem ending in a vowel takes ی before the ending: گو → گوید, آ → آید.
    if (/[اوی]$/.test(present)) stems.push([`${present}ی`, PRESENT_ENDINGS]);
  }
  for (const [stem, endings] of stems) {
    for (const e of endings) {
      const form = stem + e;
      if (form.length < 2) continue;
      verbWhole.add(form);
      verbZwnj.add(`می${ZWNJ}${form}`);
      verbZwnj.add(`نمی${ZWNJ}${form}`);
      if (!stem.startsWith('آ') && !stem.startsWith('ا')) {
        verbWhole.add(`ن${form}`);
        verbWhole.add(`ب${form}`);
      }
    }
  }
  if (past && !past.includes(' ')) {
    // Perfect: کرده‌اند, نکرده‌ام, می‌کرده‌اند.
    for (const c of PERFECT_CLITICS) {
      verbZwnj.add(`${past}ه${ZWNJ}${c}`);
      verbZwnj.add(`می${ZWNJ}${past}ه${ZWNJ}${c}`);
      if (!past.startsWith('آ') && !past.startsWith('ا')) verbZwnj.add(`ن${past}ه${ZWNJ}${c}`);
    }
    verbWhole.add(`${past}ه`);
    verbWhole.add(`${past}ن`);
  }
}

// ---- Fars corpus counts (ZWNJ-aware articles only)
const farsZwnj = new Map<string, number>();
const farsGlued = new Map<string, number>();
const farsSpaced = new Map<string, number>(); // key "A B" (both without ZWNJ)
const farsAll = new Map<string, number>(); // all articles: word or first part of a ZWNJ word → count
const WORD = /[\u0620-\u06D5\u06FA-\u06FC\u200c]+/g;
let aware = 0;
for (const i of [1, 2, 3]) {
  const articles = JSON.parse(read(`corpus/fars-news-${i}.json`)) as Array<{
    title?: string;
    abstract?: string;
    paragraphs?: string[];
  }>;
  for (const a of articles) {
    const text = norm([a.title ?? '', a.abstract ?? '', ...(a.paragraphs ?? [])].join('\n'));
    for (const m of text.matchAll(WORD)) {
      const w = m[0].replace(/^\u200c+|\u200c+$/g, '');
      const head = w.includes(ZWNJ) ? w.slice(0, w.indexOf(ZWNJ)) : w;
      if (head) farsAll.set(head, (farsAll.get(head) ?? 0) + 1);
    }
    if ((text.match(/\u200c/g)?.length ?? 0) < 3) continue;
    aware++;
    for (const line of text.split('\n')) {
      let prev: string | null = null;
      let prevEnd = -2;
      for (const m of line.matchAll(WORD)) {
        const w = m[0].replace(/^\u200c+|\u200c+$/g, '');
        if (!w) continue;
        if (w.includes(ZWNJ)) farsZwnj.set(w, (farsZwnj.get(w) ?? 0) + 1);
        else farsGlued.set(w, (farsGlued.get(w) ?? 0) + 1);
        if (prev !== null && m.index === prevEnd + 1 && line[prevEnd] === ' ') {
          const k = `${key(prev)} ${key(w)}`;
          farsSpaced.set(k, (farsSpaced.get(k) ?? 0) + 1);
        }
        prev = w;
        prevEnd = m.index + m[0].length;
      }
    }
  }
}

// ---- PerDT training sentences (../shared/data/perdt/train-tokens.txt, CC BY-SA 4.0): 26,196 sentences
// of careful text with consistent ZWNJ, one token a line. What they spell with a ZWNJ, glued, or as two
// tokens is the strongest evidence there is of the convention (the dev split, which the bench scores, is
// never read).
const perdtZwnj = new Map<string, number>();
const perdtGlued = new Map<string, number>();
const perdtSpaced = new Map<string, number>(); // key "A B" (both without ZWNJ)
{
  let prev: string | null = null;
  for (const line of read('data/perdt/train-tokens.txt').split('\n')) {
    const token = norm(line.trim());
    if (!token) {
      prev = null;
      continue;
    }
    // Multi-word tokens («کرده است», «خواهد کرد») are words separated by a space.
    for (const t of token.split(' ')) {
      if (!/^[\u0620-\u06D5\u06FA-\u06FC\u200c]+$/.test(t)) {
        prev = null;
        continue;
      }
      if (t.includes(ZWNJ)) perdtZwnj.set(t, (perdtZwnj.get(t) ?? 0) + 1);
      else perdtGlued.set(t, (perdtGlued.get(t) ?? 0) + 1);
      if (prev !== null) {
        const k = `${key(prev)} ${key(t)}`;
        perdtSpaced.set(k, (perdtSpaced.get(k) ?? 0) + 1);
      }
      prev = t;
    }
  }
}
const perdtZwnjOf = new Map<string, number>(); // glued key → ZWNJ count in PerDT train
for (const [w, n] of perdtZwnj) perdtZwnjOf.set(key(w), (perdtZwnjOf.get(key(w)) ?? 0) + n);
/** PerDT's verdict on a glued key: 'zwnj' or 'glued' when its counts are clear, else null. */
const perdtVerdict = (k: string): 'zwnj' | 'glued' | null => {
  const z = perdtZwnjOf.get(k) ?? 0;
  const g = perdtGlued.get(k) ?? 0;
  if (z >= 2 && z >= 2 * g + 1) return 'zwnj';
  if (g >= 2 && g >= 2 * z + 1) return 'glued';
  if (z === 1 && g === 0) return 'zwnj';
  return null;
};

// ---- decide
// Affix parts: a form whose parts beyond the first are these (or whose first part is می/نمی) is an
// inflection, restored in both broken scenarios; other forms are compounds.
const PREFIXES = new Set(['می', 'نمی']);
const SUFFIXES = new Set([
  'ها',
  'های',
  'هایی',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'هاست',
  'هایند',
  'ام',
  'ای',
  'ات',
  'اش',
  'ایم',
  'اید',
  'اند',
  'تر',
  'ترین',
  'تری',
  'ترها',
  'ترند',
  'ترم',
]);
const isInflection = (form: string): boolean => {
  const parts = form.split(ZWNJ);
  return parts.every((p, i) => (i === 0 ? true : SUFFIXES.has(p) || (i === 1 && PREFIXES.has(parts[0]))));
};

// After a letter that never joins to the left (ا د ذ ر ز ژ و …) a ZWNJ changes nothing visible and
// careful text (PerDT) leaves it out: forms are spelled without it.
const NON_JOINING = /([\u0622-\u0625\u0627\u0621\u0629\u062F-\u0632\u0648\u0698\u06C0\u06D5])\u200c/g;
const canonical = (form: string) => form.replace(NON_JOINING, '$1');
const candidates = new Map<string, Map<string, number>>(); // key → form → score
const addCandidate = (form0: string, score: number) => {
  const form = canonical(form0);
  if (!form.includes(ZWNJ) || form.startsWith(ZWNJ) || form.endsWith(ZWNJ) || form.includes(ZWNJ + ZWNJ))
    return;
  const k = key(form);
  if (k.length < 3) return;
  const m = candidates.get(k) ?? new Map<string, number>();
  m.set(form, (m.get(form) ?? 0) + score);
  candidates.set(k, m);
};
for (const [w, f] of hazmFreq) if (w.includes(ZWNJ)) addCandidate(w, 1 + Math.log10(1 + f));
for (const w of verbZwnj) addCandidate(w, 1);
for (const [w, n] of farsZwnj) if (n >= 2 || hazmFreq.has(w)) addCandidate(w, Math.log10(1 + n) * 2);
// PerDT's spelling of a key outweighs the others (it is careful text): ten points a use.
for (const [w, n] of perdtZwnj) addCandidate(w, 10 * n);

// Whole words block splitting; stems (tag S) may only carry a suffix. A word is whole when hazm saw it
// (frequency > 0), or when hazm lists it or ZWNJ-aware Fars articles use it at least 3 times and it
// does not look like a glued inflection (ending in a ZWNJ suffix, starting with می/نمی).
const LOOKS_GLUED =
  /^(می|نمی)|(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان|اند|ام|ات|اش|ای|ایم|اید|تر|ترین)$/;
const whole = new Map<string, string>(); // word → tags
// Frequency class (log2 of the hazm frequency), used at run time to prefer the likelier of two splits
// (خانه+ای over خان+های).
const freqClass = (w: string) => Math.min(31, Math.floor(Math.log2(1 + (hazmFreq.get(w) ?? 0))));
// News frequency class (log2 of the count in all Fars articles, as a word or as the first part of a
// ZWNJ word): hazm's frequencies are noisy for ranking two readings of one glued word (خان 88 M,
// خانه 11 M, زمینه 100), news counts rank them as news uses them (خانه‌ای over خان‌های).
const newsClass = (w: string) => Math.min(15, Math.floor(Math.log2(1 + (farsAll.get(w) ?? 0))));
const tag = (w: string, stemOnly: boolean) =>
  `${adjectives.has(w) ? 'A' : ''}${stemOnly ? 'S' : ''}${grammatical.has(w) ? 'F' : ''}${freqClass(w) > 0 ? freqClass(w) : ''}${newsClass(w) > 0 ? `f${newsClass(w)}` : ''}`;
const farsZwnjOf = new Map<string, number>(); // glued key → ZWNJ count in Fars
for (const [w, n] of farsZwnj) farsZwnjOf.set(key(w), (farsZwnjOf.get(key(w)) ?? 0) + n);
// A glued spelling that ZWNJ-aware writers use at least as often as a ZWNJ one is a word (آنها) —
// but a noun's plural after a joining letter is not: the glued «روشها», «جنبشهای» of some Fars writers
// is the dropped ZWNJ, only pronouns glue their plural (آنها, اینها, همانها).
const PLURAL_END = /(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان)$/;
const nounPluralAfterJoiner = (w: string): boolean => {
  const m = PLURAL_END.exec(w);
  if (m === null) return false;
  const stem = w.slice(0, -m[0].length);
  return (
    stem.length >= 3 && !/[\u0621-\u0627\u062F-\u0632\u0648\u0698]$/.test(stem) && !functionWords.has(stem)
  );
};
const farsWhole = (w: string) =>
  (farsGlued.get(w) ?? 0) >= 3 &&
  (farsGlued.get(w) ?? 0) >= (farsZwnjOf.get(w) ?? 0) &&
  !nounPluralAfterJoiner(w);
for (const [w, f] of hazmFreq) {
  if (w.includes(ZWNJ) || w.length < 2) continue;
  // An unchecked بی + word (بیگاه, بیتعادلی) is a glued compound too.
  const glued = LOOKS_GLUED.test(w) || (w.startsWith('بی') && (hazmFreq.get(w.slice(2)) ?? 0) > 0);
  whole.set(w, tag(w, f === 0 && glued && !farsWhole(w)));
}
for (const [w, n] of farsGlued) {
  if (n < 3 || whole.has(w) || w.length < 2) continue;
  whole.set(w, tag(w, LOOKS_GLUED.test(w) && !farsWhole(w)));
}
for (const w of verbWhole)
  if (!w.includes(ZWNJ)) whole.set(w, whole.get(w)?.replace('S', '') ?? tag(w, false));
// What PerDT writes glued is a whole word (دستشویی, فرمانروایی, اینجانب), not a stem awaiting a split.
let perdtWhole = 0;
for (const [w] of perdtGlued) {
  if (w.length < 2 || perdtVerdict(w) !== 'glued') continue;
  const t = whole.get(w);
  if (t === undefined || t.includes('S')) perdtWhole++;
  whole.set(w, t === undefined ? tag(w, false) : t.replace('S', ''));
}

/** Uses as two words in PerDT's training sentences from which a compound is not joined across a space. */
const MIN_PERDT_SPACED = Number(process.env.MIN_PERDT_SPACED ?? 1);
const forms: string[] = [];
let keptWhole = 0;
for (const [k, m] of candidates) {
  const [form] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const zw = farsZwnj.get(form) ?? 0;
  const glued = farsGlued.get(k) ?? 0;
  // A word known whole stays whole unless the ZWNJ spelling is clearly the usual one: more frequent in
  // hazm, or more frequent in the ZWNJ-aware articles.
  // A glued spelling hazm saw (frequency > 0) stays unless the ZWNJ spelling is more frequent there or
  // clearly more frequent in the ZWNJ-aware articles; any other glued spelling takes the ZWNJ unless
  // those articles write it glued far more often.
  const hw = hazmFreq.get(k) ?? 0;
  const hz = hazmFreq.get(form) ?? 0;
  // Compounds (not inflections) need more: careful writers glue many of them (خوشحال, نگهداری), so the
  // ZWNJ spelling must be clearly the more frequent one.
  // Plurals that ZWNJ-aware writers still glue more often than not (آنها, اینها) stay glued; other
  // inflections (تر/ترین, clitics) only when glued clearly dominates.
  const plural = /\u200c(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان)$/.test(form);
  let glue = isInflection(form)
    ? hw > 0
      ? hz > hw || zw > 2 * glued + 2
      : !(glued > (plural ? zw + 2 : 3 * zw + 3)) || nounPluralAfterJoiner(k)
    : hw > 0
      ? (hz > 2 * hw && zw >= glued) || zw > 2 * glued + 2
      : !(glued >= 5 && glued >= 2 * zw + 2);
  const verdict = perdtVerdict(k);
  if (verdict !== null) glue = verdict === 'zwnj';
  if (!glue) keptWhole++;
  let spaced = false;
  let weak = false;
  if (isInflection(form)) spaced = true;
  else {
    const parts = form.split(ZWNJ);
    const sp = farsSpaced.get(parts.join(' ')) ?? 0;
    // A compound is joined across a space only when its ZWNJ spelling is the preferred one (glue) and
    // the articles write it with ZWNJ at least twice as often as with a space, or, unseen there, hazm
    // attests it.
    spaced = glue && ((zw >= 2 && zw >= 2 * sp) || (zw === 0 && sp === 0 && hz > 0));
    // PerDT: a compound it spells with ZWNJ and (almost) never as two tokens is joined across a space.
    if (verdict === 'zwnj') {
      const pz = perdtZwnjOf.get(k) ?? 0;
      const ps = perdtSpaced.get(parts.join(' ')) ?? 0;
      spaced = spaced ? ps <= pz : pz >= 2 && ps * 4 <= pz;
    }
    // Weaker evidence (flag w): hazm attests the ZWNJ spelling and the articles write it spaced at most
    // twice as often as with ZWNJ (+1), after no pronoun or determiner (آن, هیچ, کدام …). Joined only in
    // text shown to have lost its ZWNJs to spaces (restore-zwnj.ts, textEvidence).
    weak = !spaced && glue && hz > 0 && 2 * (zw + 1) >= sp && !functionWords.has(parts[0]);
    // PerDT writes it as two words more than twice as often as with ZWNJ (هیچ کدام 9 : 0, صنایع دستی
    // 6 : 0, ترک خورده 4 : 1): careful text keeps the space, so a space is never joined.
    const ps = perdtSpaced.get(parts.join(' ')) ?? 0;
    if (ps >= MIN_PERDT_SPACED && ps > 2 * (perdtZwnjOf.get(k) ?? 0)) spaced = weak = false;
  }
  const flags = `${glue ? 'g' : ''}${spaced ? 's' : ''}${weak ? 'w' : ''}`;
  if (flags) forms.push(`${form}\t${flags}`);
}
forms.sort();
writeFileSync(new URL('zwnj-forms.tsv', out), `${forms.join('\n')}\n`);
// Productive second parts of compounds (سازی, بندی, گیری, کننده …): the tails of at least 15 two-part
// forms. Flag g: split a glued unknown word known-head + tail; flag s: join "head tail" across a space
// when ZWNJ-aware articles write the tail after a ZWNJ at least 3 times as often as alone.
// The possessives شان/تان/مان are no compound tails: they take a ZWNJ only after silent ه (خانه‌تان),
// which restore-zwnj.ts handles; after a consonant careful text glues them (درونتان, PerDT 1,448 : 2).
const POSSESSIVES = new Set(['شان', 'تان', 'مان']);
const tailForms = new Map<string, number>();
for (const line of forms) {
  const parts = line.split('\t')[0].split(ZWNJ);
  if (parts.length !== 2 || PREFIXES.has(parts[0]) || SUFFIXES.has(parts[1]) || POSSESSIVES.has(parts[1]))
    continue;
  tailForms.set(parts[1], (tailForms.get(parts[1]) ?? 0) + 1);
}
const tailZwnj = new Map<string, number>();
for (const [w, n] of farsZwnj) {
  const t = w.slice(w.lastIndexOf(ZWNJ) + 1);
  if (tailForms.has(t)) tailZwnj.set(t, (tailZwnj.get(t) ?? 0) + n);
}
const tails: string[] = [];
for (const [t, n] of tailForms) {
  if (n < 15 || t.length < 3) continue;
  const zw = tailZwnj.get(t) ?? 0;
  const alone = farsGlued.get(t) ?? 0;
  const flags = `g${zw >= 5 && zw >= 3 * alone ? 's' : ''}`;
  tails.push(`${t}\t${flags}`);
}
// Curated bound tails (lexicon/repair/bound-tails.txt) always join.
// Rows read and checked by the file's format (BOUND_TAILS: one tail a line, no ZWNJ or space).
const bound: string[] = [];
readRows(
  'lexicon/repair/bound-tails.txt',
  readFileSync(new URL('bound-tails.txt', out), 'utf8'),
  BOUND_TAILS,
  ({ tail }) => bound.push(tail),
);
for (const t of bound) {
  const i = tails.findIndex((l) => l.startsWith(`${t}\t`));
  if (i >= 0) tails.splice(i, 1);
  tails.push(`${t}\tgs`);
}
tails.sort();
writeFileSync(new URL('compound-tails.tsv', out), `${tails.join('\n')}\n`);
const wholeLines = [...whole.entries()].map(([w, t]) => (t ? `${w}\t${t}` : w)).sort();
writeFileSync(new URL('whole-words.tsv', out), `${wholeLines.join('\n')}\n`);
console.log(
  `PerDT train: ${perdtZwnj.size} ZWNJ forms, ${perdtWhole} glued words made whole; tails ${tails.length}; aware articles ${aware}; forms ${forms.length} (kept whole ${keptWhole}); whole words ${wholeLines.length}`,
);
