// Build step for the actor lexicon (run: node --import tsx scripts/build-actors.ts; `--check` only
// reports whether the committed files are current). Writes derived data that rasad reads at run time
// (so the program never needs these packages or the network):
//
//  lexicon/actors/countries-cldr.tsv — every state's Farsi (CLDR `fa`) and Dari (CLDR `fa-AF`) name,
//    short and variant forms, for the states of countries.tsv; only forms countries.tsv does not
//    already hold (compared by letter key). Source: Unicode CLDR via npm `cldr-localenames-full`
//    (Unicode License v3), ISO alpha-2 → alpha-3 via npm `world-countries` (ODbL).
//  lexicon/actors/people-compiled.json — lexicon/actors/sources/people.tsv (hand-written, compact:
//    one person per line) compiled into the people.json layout.
//  lexicon/actors/organizations-compiled.json — lexicon/actors/sources/organizations.tsv compiled.
//
// Names that are also common words are never taken from CLDR (they would make every «غنا» Ghana):
// see COMMON_WORDS.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileOrgsTsv, compilePeopleTsv } from '../src/resolve/actors/compact-sources.js';
import { letterKey } from '../src/resolve/actors/letter-key.js';

const require = createRequire(import.meta.url);
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** CLDR names that are ordinary Persian words, or that name two states («کنگو»). */
const COMMON_WORDS = new Set(
  ['چک', 'غنا', 'پیرو', 'مالی', 'کنگو', 'گینه', 'دومینیکا', 'مالت', 'چلی', 'پرو', 'جامائیکا'].map(letterKey),
);

type Territories = Record<string, string>;
function territories(locale: string): Territories {
  const json = require(`cldr-localenames-full/main/${locale}/territories.json`);
  return json.main[locale].localeDisplayNames.territories as Territories;
}

/** «میانمار (برمه)» → میانمار, برمه; «کنگو - کینشاسا» and «X (long qualifier)» are left out. */
function forms(name: string): string[] {
  const paren = /^(.+?)\s*\((\S+)\)$/.exec(name);
  // «کنگو (جمهوری)» qualifies an ambiguous name: neither part is a name of its own.
  if (paren) return /جمهوری/.test(paren[2] as string) ? [] : [paren[1] as string, paren[2] as string];
  if (/[()،-]/.test(name)) return [];
  return [name];
}

function cldrNames(t: Territories, iso2: string): string[] {
  const out: string[] = [];
  for (const k of [iso2, `${iso2}-alt-short`, `${iso2}-alt-variant`]) {
    const v = t[k];
    if (v) out.push(...forms(v.replace(/\u0654/g, '').replace(/ٔ/g, '')));
  }
  return out.filter((n) => !COMMON_WORDS.has(letterKey(n)));
}

function buildCountries(): string {
  const tsv = readFileSync(root('lexicon/actors/countries.tsv'), 'utf8');
  const world = require('world-countries') as Array<{ cca2: string; cca3: string }>;
  const iso2 = new Map(world.map((c) => [c.cca3, c.cca2]));
  iso2.set('XKX', 'XK');
  const fa = territories('fa');
  const af = territories('fa-AF');
  const lines = [
    '# Derived by scripts/build-actors.ts from Unicode CLDR (npm cldr-localenames-full, Unicode License v3):',
    '# Farsi (fa) and Dari (fa-AF) territory names not already in countries.tsv. Do not edit; re-run the script.',
    '# code\tfa\tfa_AF',
  ];
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    const code = cols[0] as string;
    const have = new Set(
      [cols[3], cols[4], cols[5]]
        .flatMap((c) => (c ?? '').split('|'))
        .filter(Boolean)
        .map(letterKey),
    );
    const two = iso2.get(code);
    if (!two) continue;
    const fresh = (names: string[]) => {
      const out: string[] = [];
      for (const n of names) {
        const k = letterKey(n);
        if (have.has(k)) continue;
        have.add(k);
        out.push(n);
      }
      return out;
    };
    const f = fresh(cldrNames(fa, two));
    const d = fresh(cldrNames(af, two));
    if (f.length || d.length) lines.push(`${code}\t${f.join('|')}\t${d.join('|')}`);
  }
  return `${lines.join('\n')}\n`;
}

const outputs: Array<[string, string]> = [
  ['lexicon/actors/countries-cldr.tsv', buildCountries()],
  [
    'lexicon/actors/people-compiled.json',
    compilePeopleTsv(
      root('lexicon/actors/sources/people.tsv'),
      readFileSync(root('lexicon/actors/sources/people.tsv'), 'utf8'),
    ),
  ],
  [
    'lexicon/actors/organizations-compiled.json',
    compileOrgsTsv(
      root('lexicon/actors/sources/organizations.tsv'),
      readFileSync(root('lexicon/actors/sources/organizations.tsv'), 'utf8'),
    ),
  ],
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of outputs) {
  const path = root(file);
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old === text) continue;
  stale++;
  if (check) console.log(`${file}: out of date (run node --import tsx scripts/build-actors.ts)`);
  else {
    writeFileSync(path, text);
    console.log(`${file}: written`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log('actor lexicon: derived files are current');
