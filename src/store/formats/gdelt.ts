// Events in the GDELT 2.0 event table layout (61 tab-separated columns, no header, as GDELT ships
// them) so that GDELT tooling reads rasad output. Columns rasad has no value for stay empty.
import { placeGazetteer } from '../../resolve/places/gazetteer.js';
import type { StoredActor, StoredEvent } from '../types.js';
import { goldstein } from './goldstein.js';

const ACTOR = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

const clean = (s: string | number | null | undefined) =>
  s == null ? '' : String(s).replace(/[\t\r\n]+/g, ' ');

function actorColumns(a: StoredActor | undefined): string[] {
  if (!a) return ACTOR.map(() => '');
  // Known groups (IGOs, militant groups) carry their code; GDELT names are upper-case English.
  const group = a.code && /^(IGO|IMG|NGO)/.test(a.code) ? a.code.slice(3, 6) : '';
  return [
    a.code ?? '',
    (a.name_en ?? a.name).toUpperCase(),
    a.country ?? '',
    group,
    '',
    '',
    '',
    a.sector ?? '',
    '',
    '',
  ].map(clean);
}

/**
 * ActionGeo_*: where the event happened (the contract event's `location`). Type 1 country, 5 a
 * first-level division, 4 a city or district (GDELT's WORLDCITY); FullName in English, "place,
 * province, country"; CountryCode the ISO 3166 alpha-2 code (GDELT itself uses FIPS 10-4, mostly the
 * same letters); ADM1Code the country code for a country, else rasad's gazetteer id of the province;
 * FeatureID rasad's gazetteer id (lexicon/places/gazetteer.tsv).
 */
function geoColumns(location: StoredEvent['location']): string[] {
  if (!location) return GEO.map(() => '');
  const g = placeGazetteer().byId;
  const place = g.get(location.place);
  const country = g.get(location.country);
  const admin1 = place?.admin1 ? g.get(place.admin1) : undefined;
  const type = !place || place.kind === 'country' ? '1' : place.kind === 'admin1' ? '5' : '4';
  const names = [place?.name_en, admin1 && admin1 !== place ? admin1.name_en : undefined, country?.name_en];
  const iso2 = country?.iso2 ?? '';
  return [
    type,
    names.filter((n, i) => n && (i === 0 || n !== names[0])).join(', '),
    iso2,
    type === '1' ? iso2 : (place?.admin1 ?? ''),
    '',
    String(location.lat),
    String(location.lon),
    location.place,
  ].map(clean);
}

function fractionDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return (d.getUTCFullYear() + dayOfYear / 365).toFixed(4);
}

export function gdeltHeader(): string {
  return `${GDELT_COLUMNS.join('\t')}\n`;
}

export function gdeltRow(e: StoredEvent): string {
  const day = e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null;
  const added = e.added_at ? e.added_at.replace(/[-:T]/g, '').slice(0, 14) : '';
  const g = goldstein(e.cameo);
  const cols = [
    e.id,
    day ? day.replace(/-/g, '') : '',
    day ? day.slice(0, 7).replace('-', '') : '',
    day ? day.slice(0, 4) : '',
    day ? fractionDate(day) : '',
    ...actorColumns(e.actor[0]),
    ...actorColumns(e.recipient[0]),
    e.sentence === 0 ? '1' : '0',
    e.cameo,
    e.cameo.slice(0, 3),
    e.cameo.slice(0, 2),
    String(e.quad),
    g == null ? '' : g.toFixed(1),
    String(e.num_mentions ?? e.num_articles),
    String(e.num_sources),
    String(e.num_articles),
    '',
    ...GEO.map(() => ''),
    ...GEO.map(() => ''),
    ...geoColumns(e.location ?? null),
    added,
    clean(e.url ?? ''),
  ];
  return `${cols.join('\t')}\n`;
}
