// Compiles the place gazetteer lexicon/places/gazetteer.tsv from licensed sources (run:
// node --import tsx scripts/build-places.ts). Build time only: rasad reads the compiled file.
//   countries  world-countries 5 (ODbL-1.0: Persian `per` names, centroids, capitals) and CLDR 48
//              cldr-localenames-full (Unicode-3.0: `fa` and `fa-AF` territory names)
//   cities     CLDR cldr-dates-full `fa`/`fa-AF` time-zone exemplar cities (Unicode-3.0) joined to
//              the coordinates of the tz database's zone.tab (public domain, lexicon/places/sources/)
//   Afghanistan  ../shared/data/gazetteer/afghanistan/provinces-and-districts.json (MIT, Faisal
//              Abubaker): 34 provinces and their districts with Dari names
//   Iran       lexicon/places/sources/iran-counties.tsv: 474 counties by province, from npm
//              @persian-tools/persian-tools 4.0.4 (MIT); weak, at their province's centroid; a county that
//              is a common word (PEYMA, PerDT counts) only with its head word «شهرستان X»
//   regional   lexicon/places/regional.tsv: the project's own Iran, Pakistan, Iraq and Syria provinces,
//              main cities of the region, spellings (MIT)
// The shipped file is compiled output: edit the sources (or regional.tsv) and run this again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here('../lexicon/places/gazetteer.tsv');
const REGIONAL = here('../lexicon/places/regional.tsv');
const ZONES = here('../lexicon/places/sources/zone.tab');
const IRAN_COUNTIES = here('../lexicon/places/sources/iran-counties.tsv');
const PEYMA = ['train.txt', 'dev.txt'].map((f) => here(`../../shared/data/peyma/${f}`));
const PERDT = here('../../shared/data/perdt/train-tokens.txt');
const AFGHANISTAN = here('../../shared/data/gazetteer/afghanistan/provinces-and-districts.json');

interface Row {
  id: string;
  kind: 'country' | 'admin1' | 'admin2' | 'city';
  country: string;
  admin1: string;
  name_en: string;
  names: string[];
  lat: number;
  lon: number;
  flags: string[];
  source: string;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string };
  capital?: string[];
  latlng: [number, number];
  translations: Record<string, { common: string; official: string }>;
}

const slug = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Persian spellings: Arabic ي/ك to Persian, harakat dropped, spaces squeezed. */
const fa = (s: string) =>
  s
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u064b-\u065f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const rows = new Map<string, Row>();
function add(row: Row): void {
  const names = [...new Set(row.names.map(fa).filter((n) => n.length > 1))];
  if (names.length === 0) return;
  const old = rows.get(row.id);
  if (old) {
    old.names = [...new Set([...old.names, ...names])];
    return;
  }
  rows.set(row.id, { ...row, names });
}

// 1. Countries.
const countries = require('world-countries') as WorldCountry[];
const territoryNames = (locale: string): Record<string, string> =>
  require(`cldr-localenames-full/main/${locale}/territories.json`).main[locale].localeDisplayNames
    .territories;
const faNames = territoryNames('fa');
const faAfNames = territoryNames('fa-AF');
const iso3By2 = new Map(countries.map((c) => [c.cca2, c.cca3]));
for (const c of countries) {
  const names = [
    // CLDR's name first (the display name): world-countries' Persian name of Israel is «فلسطین اشغالی».
    faNames[c.cca2],
    faAfNames[c.cca2],
    faNames[`${c.cca2}-alt-short`],
    c.translations.per?.common,
  ];
  add({
    id: c.cca3,
    kind: 'country',
    country: c.cca3,
    admin1: '',
    name_en: c.name.common,
    names: names.filter((n): n is string => typeof n === 'string'),
    lat: c.latlng[0],
    lon: c.latlng[1],
    // The two-letter code, for formats that want it (the GDELT export's geography columns).
    flags: [`iso2=${c.cca2}`],
    source: 'world-countries;cldr',
  });
}
const countryKeys = new Set(
  [...rows.values()].flatMap((r) => r.names.map((n) => n.replace(/\s|\u200c/g, ''))),
);

// 2. Cities: CLDR exemplar cities at the tz database's coordinates.
function iso6709(s: string): [number, number] {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$/.exec(s);
  if (!m) throw new Error(`zone.tab: bad coordinates ${s}`);
  const part = (sign: string, d: string, mi: string, se?: string) =>
    (sign === '-' ? -1 : 1) * (Number(d) + Number(mi) / 60 + Number(se ?? 0) / 3600);
  return [part(m[1], m[2], m[3], m[4]), part(m[5], m[6], m[7], m[8])];
}
const zoneNames = (locale: string): Record<string, Record<string, unknown>> =>
  require(`cldr-dates-full/main/${locale}/timeZoneNames.json`).main[locale].dates.timeZoneNames.zone;
function exemplar(zones: Record<string, Record<string, unknown>>, tz: string): string | null {
  let node: unknown = zones;
  for (const part of tz.split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  const city = (node as { exemplarCity?: string } | undefined)?.exemplarCity;
  return typeof city === 'string' ? city : null;
}
const faZones = zoneNames('fa');
const faAfZones = zoneNames('fa-AF');
const capitals = new Map<string, string>(); // English capital name → ISO3
for (const c of countries) for (const cap of c.capital ?? []) capitals.set(slug(cap), c.cca3);
for (const line of readFileSync(ZONES, 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const [cc, coords, tz] = line.split('\t');
  const country = iso3By2.get(cc);
  if (!country) continue;
  const city = exemplar(faZones, tz);
  if (!city || tz.startsWith('Antarctica') || tz.startsWith('Etc')) continue;
  const english = tz.split('/').pop()?.replace(/_/g, ' ') ?? tz;
  // A city spelled like a country (قطر، کویت، بحرین) is left to the country.
  if (countryKeys.has(fa(city).replace(/\s|\u200c/g, ''))) continue;
  const [lat, lon] = iso6709(coords);
  add({
    id: `${country}.city.${slug(english)}`,
    kind: 'city',
    country,
    admin1: '',
    name_en: english,
    names: [city, exemplar(faAfZones, tz) ?? city],
    lat: Math.round(lat * 100) / 100,
    lon: Math.round(lon * 100) / 100,
    flags: capitals.get(slug(english)) === country ? ['capital'] : [],
    source: 'cldr;tzdb',
  });
}

// 3. Afghanistan: provinces and districts.
interface AfgPlace {
  name: string;
  nameFa: string;
  latitude: string | null;
  longitude: string | null;
  districts?: AfgPlace[];
}
if (!existsSync(AFGHANISTAN)) throw new Error(`${AFGHANISTAN}: not found (the Afghanistan gazetteer)`);
// Entries without a Dari name, and Kabul's and Herat's numbered city districts, are left out.
const usable = (p: AfgPlace) =>
  p.name !== 'N/A' && p.nameFa.trim() !== '' && !/ولسوالی|ناحیه|مرکز|موجود نیست/.test(p.nameFa);
const located = (p: AfgPlace) => Number(p.latitude) !== 0 && Number(p.longitude) !== 0;
for (const p of JSON.parse(readFileSync(AFGHANISTAN, 'utf8')) as AfgPlace[]) {
  if (!usable(p)) continue;
  const pid = `AFG.${slug(p.name)}`;
  const provinceName = fa(p.nameFa);
  add({
    id: pid,
    kind: 'admin1',
    country: 'AFG',
    admin1: pid,
    name_en: p.name,
    names: [p.nameFa, `ولایت ${p.nameFa}`, `استان ${p.nameFa}`],
    lat: Number(p.latitude),
    lon: Number(p.longitude),
    flags: [],
    source: 'afghanistan-gazetteer',
  });
  for (const d of p.districts ?? []) {
    // The district named like its province is the provincial centre: the province or city stands for it.
    if (!usable(d) || fa(d.nameFa) === provinceName) continue;
    // A district the source gives no coordinates for is placed at its province's centroid.
    const at = located(d) ? d : p;
    add({
      id: `${pid}.${slug(d.name)}`,
      kind: 'admin2',
      country: 'AFG',
      admin1: pid,
      name_en: d.name.trim(),
      names: [d.nameFa, `ولسوالی ${fa(d.nameFa)}`],
      lat: Number(at.latitude),
      lon: Number(at.longitude),
      // District names are often common words (دره، چرخ، فارسی): a place only after a place cue.
      flags: ['weak'],
      source: 'afghanistan-gazetteer',
    });
  }
}

// 4. The project's own regional entries.
const regional = readFileSync(REGIONAL, 'utf8').split('\n');
regional.forEach((line, i) => {
  if (line.startsWith('#') || line.trim() === '') return;
  const cols = line.split('\t');
  const [id, kind, country, parent, name_en, names, lat, lon, flags] = cols;
  const where = `lexicon/places/regional.tsv:${i + 1}`;
  if (kind === 'alias') {
    const target = rows.get(id);
    if (!target) throw new Error(`${where}: alias of unknown id ${id}`);
    const extra = cols.slice(2).find((c) => c.trim() !== '') ?? '';
    target.names = [...new Set([...target.names, ...extra.split('|').map(fa)])].filter((n) => n.length > 1);
    return;
  }
  if (!['admin1', 'admin2', 'city'].includes(kind)) throw new Error(`${where}: kind ${kind}`);
  if (!/^[A-Z]{3}$/.test(country)) throw new Error(`${where}: country ${country}`);
  if (parent && !rows.has(parent)) throw new Error(`${where}: unknown parent ${parent}`);
  const la = Number(lat);
  const lo = Number(lon);
  if (!Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180)
    throw new Error(`${where}: lat/lon`);
  const own = names.split('|').map(fa);
  // A time-zone city the project describes itself (with its province) is replaced by that entry.
  let capital = false;
  if (kind === 'city')
    for (const [key, r] of rows)
      if (
        r.kind === 'city' &&
        r.source === 'cldr;tzdb' &&
        r.country === country &&
        own.includes(r.names[0])
      ) {
        capital ||= r.flags.includes('capital');
        rows.delete(key);
      }
  const flagList = flags ? flags.split(',').map((f) => f.trim()) : [];
  if (capital && !flagList.includes('capital')) flagList.push('capital');
  // Provinces are also named with their head word: «استان کرمان», «ایالت پنجاب».
  const head = country === 'PAK' ? 'ایالت' : 'استان';
  const headed = kind === 'admin1' && !/^(استان|ایالت)\s/.test(own[0]) ? [`${head} ${own[0]}`] : [];
  add({
    id,
    kind: kind as Row['kind'],
    country,
    admin1: kind === 'admin1' ? id : parent,
    name_en,
    names: [...own, ...headed],
    lat: la,
    lon: lo,
    flags: flagList,
    source: 'rasad',
  });
});

/**
 * Whether a one-word name is a common word of running Persian: PEYMA (the NER corpus) tags it O more
 * often than LOC, at least twice; or PerDT's 26k sentences use it at least 8 times and PEYMA never as a
 * place. Read at build time only.
 */
const wordCounts = (() => {
  const key = (w: string) => fa(w).replace(/\u200c/g, '');
  const o = new Map<string, number>();
  const loc = new Map<string, number>();
  const perdt = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const f of PEYMA)
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const [w = '', tag = ''] = line.split('|');
      if (tag === 'O') bump(o, key(w));
      else if (tag.endsWith('LOC')) bump(loc, key(w));
    }
  for (const line of readFileSync(PERDT, 'utf8').split('\n')) for (const w of line.split(/\s+/)) if (w) bump(perdt, key(w));
  return { key, o, loc, perdt };
})();
function isCommonWord(name: string): boolean {
  if (/\s/.test(name)) return false;
  const { key, o, loc, perdt } = wordCounts;
  const k = key(name);
  const asO = o.get(k) ?? 0;
  const asLoc = loc.get(k) ?? 0;
  return (asO >= 2 && asO > asLoc) || ((perdt.get(k) ?? 0) >= 8 && asLoc === 0);
}

// 5. Iran's counties (sources/iran-counties.tsv, from npm @persian-tools/persian-tools, MIT): the
// شهرستان the provincial press datelines from («به گزارش خبرگزاری فارس از تنگستان»). The source gives no
// coordinates, so a county sits at its province's centroid; county names are often common words or
// people's names (جم، دیر، نور، رودبار), so every one is weak: a place only after a place cue.
// A county spelled like a place already listed is left to that entry.
{
  const provinceIds = new Map<string, string>();
  for (const r of rows.values())
    if (r.country === 'IRN' && r.kind === 'admin1') for (const n of r.names) provinceIds.set(n.replace(/^استان /, ''), r.id);
  const iranNames = new Set([...rows.values()].filter((r) => r.country === 'IRN').flatMap((r) => r.names));
  // A county spelled like a place of another state («اسلام آباد» of Kermanshah, Islamabad) would make
  // that name ambiguous: the other place keeps it (Kermanshah's is «اسلام‌آباد غرب», in regional.tsv).
  const foreignNames = new Set([...rows.values()].filter((r) => r.country !== 'IRN').flatMap((r) => r.names));
  readFileSync(IRAN_COUNTIES, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const [province = '', county = ''] = line.split('\t');
      const where = `lexicon/places/sources/iran-counties.tsv:${i + 1}`;
      const pid = provinceIds.get(fa(province));
      if (!pid) throw new Error(`${where}: unknown province ${province}`);
      const p = rows.get(pid) as Row;
      // «بویراحمد(یاسوج)»: the county and its seat, two names of one place.
      const names = fa(county)
        .split(/[()]/)
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.some((n) => iranNames.has(n) || foreignNames.has(n))) return;
      // A county that is a common word in running text («صحنه» scene, «بافت» texture, «سرباز» soldier,
      // «سنگر» trench) is only recognised with its head word: «در صحنه» is at the scene, not in Sahneh.
      const bare = names.filter((n) => !isCommonWord(n));
      add({
        id: `${pid}.county-${i + 1}`, // the source has no Latin names: a line number keeps ids unique and stable
        kind: 'admin2',
        country: 'IRN',
        admin1: pid,
        name_en: '',
        names: [...bare, ...names.map((n) => `شهرستان ${n}`)],
        lat: p.lat,
        lon: p.lon,
        flags: ['weak'],
        source: 'persian-tools',
      });
    });
}

const header = [
  '# Compiled by scripts/build-places.ts — do not edit; edit lexicon/places/regional.tsv and rebuild.',
  '# Sources and licences: lexicon/places/README.md. Columns: see the README.',
  'id\tkind\tcountry\tadmin1\tname_en\tnames\tlat\tlon\tflags\tsource',
];
const body = [...rows.values()]
  .sort((a, b) => (a.id < b.id ? -1 : 1))
  .map((r) =>
    [
      r.id,
      r.kind,
      r.country,
      r.admin1,
      r.name_en,
      r.names.join('|'),
      r.lat,
      r.lon,
      r.flags.join(','),
      r.source,
    ].join('\t'),
  );
writeFileSync(OUT, `${[...header, ...body].join('\n')}\n`);
const byKind = new Map<string, number>();
for (const r of rows.values()) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
console.log(`lexicon/places/gazetteer.tsv: ${rows.size} places`, Object.fromEntries(byKind));
