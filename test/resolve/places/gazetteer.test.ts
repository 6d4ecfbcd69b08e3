// The compiled gazetteer (lexicon/places/gazetteer.tsv, scripts/build-places.ts): its coverage, its
// layout and the lookups other stages use (placeCountry for the actor resolver).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lookupPlaces,
  parseGazetteer,
  placeCountry,
  placeGazetteer,
} from '../../../src/resolve/places/index.js';

const g = placeGazetteer();
const places = [...g.byId.values()];
const admin1Of = (country: string) => places.filter((p) => p.kind === 'admin1' && p.country === country);

describe('gazetteer coverage', () => {
  it('has every world-countries state with a Persian name and a centroid', () => {
    const countries = places.filter((p) => p.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) {
      expect(c.name, c.id).toMatch(/[\u0600-\u06ff]/);
      expect(Math.abs(c.lat)).toBeLessThanOrEqual(90);
    }
    expect(g.byId.get('SWE')?.names).toEqual(expect.arrayContaining(['سوئد', 'سویدن']));
  });

  it('has every capital the actor lexicon lists, as a city of its state', () => {
    const tsv = readFileSync(new URL('../../../lexicon/actors/countries.tsv', import.meta.url), 'utf8');
    for (const line of tsv.split('\n')) {
      const cols = line.split('\t');
      if (line.startsWith('#') || cols.length < 6 || !cols[5]) continue;
      const capitals = cols[5].split('|').filter(Boolean);
      const found = capitals.some((c) =>
        lookupPlaces(c).some((p) => p.kind === 'city' && p.country === cols[0]),
      );
      expect(found, `${cols[0]} ${capitals.join('|')}`).toBe(true);
    }
  });

  it('has the provinces of Afghanistan, Iran, Pakistan, Iraq and Syria', () => {
    expect(admin1Of('AFG')).toHaveLength(34);
    expect(admin1Of('IRN')).toHaveLength(31);
    expect(admin1Of('PAK').length).toBeGreaterThanOrEqual(7);
    expect(admin1Of('IRQ').length).toBeGreaterThanOrEqual(18);
    expect(admin1Of('SYR')).toHaveLength(14);
    expect(places.filter((p) => p.kind === 'admin2' && p.country === 'AFG').length).toBeGreaterThan(400);
  });

  it('puts the CLDR exemplar cities at the tz database coordinates', () => {
    const moscow = lookupPlaces('مسکو')[0];
    expect(moscow.country).toBe('RUS');
    expect(moscow.capital).toBe(true);
    expect(moscow.lat).toBeCloseTo(55.76, 1);
    // A city spelled like its country is left to the country.
    expect(lookupPlaces('کویت').map((p) => p.kind)).toEqual(['country']);
  });

  it('places every province and district inside its country, roughly', () => {
    const box: Record<string, [number, number, number, number]> = {
      AFG: [29, 39, 60, 75],
      IRN: [25, 40, 44, 64],
      PAK: [23, 38, 60, 78],
      IRQ: [29, 38, 38, 49],
      SYR: [32, 38, 35, 43],
    };
    for (const p of places) {
      const b = box[p.country];
      if (!b || p.kind === 'country') continue;
      expect(
        p.lat >= b[0] && p.lat <= b[1] && p.lon >= b[2] && p.lon <= b[3],
        `${p.id} ${p.lat},${p.lon}`,
      ).toBe(true);
    }
  });
});

describe('lookups', () => {
  it('tells the country a province or city stands for', () => {
    expect(placeCountry('ننگرهار')).toBe('AFG');
    expect(placeCountry('ولایت ننگرهار')).toBe('AFG');
    expect(placeCountry('مشهد')).toBe('IRN');
    expect(placeCountry('اسلام آباد')).toBe('PAK');
    expect(placeCountry('موصل')).toBe('IRQ');
    expect(placeCountry('حلب')).toBe('SYR');
  });

  it('folds spellings and refuses names of places in several countries', () => {
    expect(placeCountry('قندوز')).toBe('AFG');
    expect(placeCountry('کندز')).toBe('AFG');
    expect(placeCountry('اربيل')).toBe('IRQ');
    expect(placeCountry('زابل')).toBeNull(); // Zabul (AFG) and Zabol (IRN)
    expect(placeCountry('کتاب')).toBeNull();
  });

  it('prefers a city to its province of the same name, and a capital to both', () => {
    expect(lookupPlaces('هرات')[0].kind).toBe('city');
    expect(lookupPlaces('کابل')[0].id).toBe('AFG.kabul.kabul');
  });
});

describe('layout', () => {
  const header = 'id\tkind\tcountry\tadmin1\tname_en\tnames\tlat\tlon\tflags\tsource';
  it('names the file, line and field of a bad entry', () => {
    expect(() => parseGazetteer(`${header}\nX.y\tvillage\tAFG\t\tY\tی\t1\t1\t\t`, 'mine.tsv')).toThrow(
      'mine.tsv: line 2: field "kind": must be one of country, admin1, admin2, city (got "village")',
    );
    expect(() => parseGazetteer(`${header}\nX.y\tcity\tAF\t\tY\tی\t1\t1\t\t`, 'mine.tsv')).toThrow(
      'field "country"',
    );
    expect(() => parseGazetteer(`${header}\nX.y\tcity\tAFG\t\tY\tیی\t100\t1\t\t`, 'mine.tsv')).toThrow(
      'mine.tsv: line 2: field "lat": must be a latitude (-90 to 90) (got 100)',
    );
    expect(() =>
      parseGazetteer(
        `${header}\nX.y\tcity\tAFG\t\tY\tیی\t1\t1\t\t\nX.y\tcity\tAFG\t\tY\tیی\t1\t1\t\t`,
        'mine.tsv',
      ),
    ).toThrow('mine.tsv: line 3: field "id": duplicates the place "X.y" of an earlier line');
  });

  it('ships the compiled file the build script writes (regional entries included)', () => {
    const shipped = readFileSync(new URL('../../../lexicon/places/gazetteer.tsv', import.meta.url), 'utf8');
    expect(shipped).toContain('IRN.razavi-khorasan.mashhad\tcity\tIRN\tIRN.razavi-khorasan');
    expect(shipped.split('\n')[0]).toMatch(/^# Compiled by scripts\/build-places.ts/);
  });
});
