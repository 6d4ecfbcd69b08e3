// Place recognition and event location through the whole pipeline, on sentences written for the test
// (not from the development gold).
import { describe, expect, it } from 'vitest';
import { locateEvents } from '../../../src/code/location.js';
import { extract, process } from '../../../src/pipeline.js';
import { findPlaces } from '../../../src/resolve/places/index.js';

const run = (text: string) => extract({ id: 't', text, published: '2021-05-01' });
const locs = (text: string) => run(text).events.map((e) => e.location?.name ?? null);

describe('place entities', () => {
  it('links LOC entities to the gazetteer, and adds the places no other layer found', () => {
    const r = run('انفجاری در ولسوالی اچین ولایت ننگرهار رخ داد.');
    const places = r.entities
      .filter((e) => e.type === 'LOC')
      .map((e) => [e.text, (e as { place?: string }).place]);
    expect(places.some(([t, p]) => t?.endsWith('اچین') && p === 'AFG.nangarhar.achin')).toBe(true);
    expect(places.some(([t, p]) => t === 'ننگرهار' && p === 'AFG.nangarhar')).toBe(true);
  });

  it("tells the weekday «دوشنبه» from Tajikistan's capital by the place cue", () => {
    const weekday = run('وزیر خارجه روسیه روز دوشنبه با همتای چینی خود دیدار کرد.');
    expect(weekday.entities.some((e) => (e as { place?: string }).place === 'TJK.city.dushanbe')).toBe(false);
    const city = run('وزیر خارجه روسیه در دوشنبه با همتای تاجیک خود دیدار کرد.');
    expect(city.entities.some((e) => (e as { place?: string }).place === 'TJK.city.dushanbe')).toBe(true);
  });

  it('does not take a news agency or a person for a place', () => {
    const r = run('به گزارش خبرگزاری فارس، آذر گفت که وزیر خارجه آلمان به تهران سفر کرد.');
    const linked = r.entities.map((e) => (e as { place?: string }).place).filter(Boolean);
    expect(linked).not.toContain('IRN.fars');
    expect(linked).toContain('IRN.tehran.tehran');
  });
});

describe('event location', () => {
  it('is where the text says the event happened, with its province and coordinates', () => {
    const [e] = run('وزیر خارجه پاکستان امروز در کابل با امیرخان متقی دیدار کرد.').events;
    expect(e.location).toMatchObject({
      name: 'کابل',
      country: 'AFG',
      admin1: 'کابل',
      place: 'AFG.kabul.kabul',
    });
    expect(e.location?.lat).toBeCloseTo(34.53, 1);
  });

  it('is the host city of a visit, the province of an attack, the dateline of a report', () => {
    expect(locs('وزیر خارجه ایران به مسکو سفر کرد و با لاوروف دیدار کرد.')).toContain('مسکو');
    expect(locs('طالبان در ولایت هلمند به نیروهای امنیتی حمله کردند.')).toContain('هلمند');
    expect(locs('به گزارش خبرگزاری فرانسه از بغداد، افراد مسلح به یک ایست بازرسی حمله کردند.')).toContain(
      'بغداد',
    );
  });

  it('is null when the text says nowhere', () => {
    const r = run('وزیر خارجه آمریکا از مواضع ترکیه انتقاد کرد.');
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events) expect(e.location).toBeNull();
  });

  it("takes the correspondent's bureau for no place of the event", () => {
    const r = run('به گزارش خبرنگار خبرگزاری فارس در اسلام‌آباد، هند پاکستان را متهم کرد.');
    for (const e of r.events) expect(e.location).toBeNull();
  });
});

describe('locating again', () => {
  it("reads the document's actors as they are now, not as at an earlier call", () => {
    // A visit to three countries: each event is located in its host's country, so the answer depends on
    // the recipients; re-locating after the actors change (as eval --actors does) must follow them.
    const doc = process({
      id: 't',
      text: 'وزیر خارجه ایران قصد دارد به عربستان، امارات و کویت سفر کند.',
      published: '2021-05-01',
    });
    const host = (code: string) => {
      const id = `host-${code}`;
      doc.actors = [
        ...doc.actors.filter((a) => !a.id.startsWith('host-')),
        {
          id,
          name: code,
          name_en: null,
          code,
          country: null,
          sector: null,
          wikidata: null,
          roles: [],
          mentions: [],
        },
      ];
      const e = doc.events[0];
      expect(e).toBeDefined();
      if (!e) return null;
      doc.events = [{ ...e, cameo: '042', recipient: [id] }];
      locateEvents(doc, findPlaces(doc));
      return doc.events[0]?.location?.country ?? null;
    };
    expect(host('KWT')).toBe('KWT');
    expect(host('ARE')).toBe('ARE');
    expect(host('SAU')).toBe('SAU');
  });
});
