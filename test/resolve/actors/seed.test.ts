// Golden test on the founding article (samples/seed.txt, a copy of ../shared/corpus/seed.txt; scraped with every ZWNJ lost):
// protects the actors, codes, roles and coreference links the seed's events depend on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorNamed, actorOf, resolveDoc } from './helpers.js';

const seed = readFileSync(new URL('../../../samples/seed.txt', import.meta.url), 'utf8');
const doc = resolveDoc(seed, '2023-01-12');
const mentionTexts = (id: string) =>
  doc.entities.filter((e) => e.actor === id).map((e) => e.text.replace(/\u200c/g, ' '));

describe('seed article actors', () => {
  it('Kabulov: one actor, RUSGOV, his office as role, later surname and short title are his', () => {
    const k = actorNamed(doc, 'ضمیر کابلوف');
    expect(k.code).toBe('RUSGOV');
    expect(k.country).toBe('RUS');
    expect(k.name_en).toBe('Zamir Kabulov');
    expect(k.roles).toContain('نماینده ویژه رئیس‌جمهوری روسیه در امور افغانستان');
    expect(mentionTexts(k.id)).toEqual(expect.arrayContaining(['کابلوف', 'نماینده ویژه روسیه']));
    expect(doc.actors.filter((a) => a.name_en === 'Zamir Kabulov')).toHaveLength(1);
  });

  it('Muttaqi: AFGGOVTAL after August 2021; honorific, repeated title and «وزیر خارجه این گروه» are his', () => {
    const m = actorNamed(doc, 'امیرخان متقی');
    expect(m.code).toBe('AFGGOVTAL');
    expect(m.country).toBe('AFG');
    expect(m.roles).toContain('وزیر خارجه طالبان');
    expect(mentionTexts(m.id)).toEqual(
      expect.arrayContaining(['متقی صاحب', 'وزیر خارجه طالبان', 'وزیر خارجه این گروه']),
    );
  });

  it('Hafiz Zia Ahmad: deputy spokesman; «او» opening sentence 3 and the repeated title are his', () => {
    const h = actorNamed(doc, 'حافظ ضیا احمد');
    expect(h.code).toBe('AFGGOVTAL');
    expect(h.roles).toContain('معاون سخنگوی وزارت خارجه طالبان');
    expect(actorOf(doc, 'او')?.id).toBe(h.id);
    expect(
      mentionTexts(h.id).filter((t) => t === 'معاون سخنگوی وزارت خارجه طالبان').length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('organizations and groups: ISIS, the Taliban foreign ministry (also «این وزارتخانه»), the Taliban', () => {
    expect(actorOf(doc, 'گروه داعش')?.code).toBe('IMGMUSISI');
    const mfa = actorOf(doc, 'وزارت خارجه طالبان');
    expect(mfa?.code).toBe('AFGGOVTAL');
    expect(actorOf(doc, 'این وزارتخانه')?.id).toBe(mfa?.id);
    expect(actorOf(doc, 'طالبان')?.code).toBe('AFGGOVTAL');
  });

  it('phone callers: Amir-Abdollahian IRNGOV, and Bilawal PAKGOV though the text never says Pakistani', () => {
    const a = actorOf(doc, 'امیر عبداللهیان');
    expect(a?.code).toBe('IRNGOV');
    expect(a?.country).toBe('IRN');
    const b = actorOf(doc, 'بلاول بوتو زرداری');
    expect(b?.code).toBe('PAKGOV');
    expect(b?.country).toBe('PAK');
  });

  it('states and collectives: Russia (also Moscow acting and «طرف روسی»), Iran, Pakistan, Afghanistan, the West', () => {
    const rus = actorOf(doc, 'روسیه');
    expect(rus?.code).toBe('RUS');
    expect(mentionTexts(rus?.id as string)).toEqual(expect.arrayContaining(['مسکو', 'طرف روسی']));
    expect(actorOf(doc, 'ایران')?.code).toBe('IRN');
    expect(actorOf(doc, 'پاکستان')?.code).toBe('PAK');
    expect(actorOf(doc, 'افغانستان')?.code).toBe('AFG');
    expect(actorOf(doc, 'کشورهای غربی')?.code).toBe('WST');
  });

  it('«در مسکو» is a place: no actor', () => {
    const places = doc.entities.filter((e) => e.text === 'مسکو' && e.actor === null);
    expect(places.length).toBeGreaterThanOrEqual(1);
  });

  it('entity ids are unique and every actor mention points back to its actor', () => {
    const ids = doc.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of doc.actors)
      for (const m of a.mentions) expect(doc.entities.find((e) => e.id === m)?.actor).toBe(a.id);
  });
});
