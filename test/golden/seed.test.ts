// Golden test on the founding article (samples/seed.txt, a copy of ../shared/corpus/seed.txt), run through the real command line
// exactly as a user would: `rasad extract seed.txt` with no other argument. It protects the whole
// chain — repair, dates (the year 2023 inferred for «پنجشنبه ۲۲ دی (۱۲ ژانویه)»), actors and
// coreference, quotes and reported speech, event coding — on the expectations of issue 3. It asserts
// codes, types and dates, never ids or offsets that a harmless change could move.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/result.js';

let r: ExtractResult;
type Event = ExtractResult['events'][number];

const actor = (id: string) => {
  const a = r.actors.find((x) => x.id === id);
  if (!a) throw new Error(`event refers to unknown actor ${id}`);
  return a;
};
const codes = (ids: string[]) => ids.map((id) => actor(id).code);
const countryOf = (id: string) => actor(id).country ?? actor(id).code?.slice(0, 3) ?? null;
const named = (id: string, part: string) =>
  actor(id).name.includes(part) || actor(id).roles.some((x) => x.includes(part));
const events = (type: string) => r.events.filter((e: Event) => e.type === type);

beforeAll(() => {
  const out = spawnSync('./bin/rasad', ['extract', 'samples/seed.txt'], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  r = JSON.parse(out.stdout);
});

describe('seed article: text and layers', () => {
  it('restores the ZWNJs and drops the site boilerplate', () => {
    expect(r.text).toContain('رئیس‌جمهوری');
    expect(r.text).toContain('نمی‌خواهد');
    expect(r.text).not.toMatch(/Read More|Inner related node/);
  });

  it('every event points at its own trigger text and at known actors', () => {
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events) {
      expect(r.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      for (const id of [...e.actor, ...e.recipient, ...e.reported_by]) actor(id);
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('seed article: events', () => {
  it('Kabulov (RUSGOV) meets Muttaqi (AFGGOVTAL) on 2023-01-12: one CONSULT', () => {
    const meetings = events('CONSULT').filter(
      (e) => e.mode !== 'phone' && e.actor.some((id) => named(id, 'کابلوف')),
    );
    expect(meetings).toHaveLength(1);
    const [m] = meetings;
    expect(codes(m.actor)).toEqual(['RUSGOV']);
    expect(m.recipient.some((id) => named(id, 'متقی') && actor(id).code === 'AFGGOVTAL')).toBe(true);
    expect(m.date).toBe('2023-01-12');
    expect(m.future).toBe(false);
  });

  it('the ISIS attack on the Taliban foreign ministry is ONE ASSAULT dated the day before', () => {
    const attacks = events('ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(codes(attacks[0].actor)).toEqual(['IMGMUSISI']);
    expect(codes(attacks[0].recipient)).toEqual(['AFGGOVTAL']);
    expect(attacks[0].date).toBe('2023-01-11');
  });

  it("Kabulov's regret is CONCEDE, reported by Hafiz Zia Ahmad (AFG)", () => {
    const regret = events('CONCEDE').find((e) => e.actor.some((id) => named(id, 'کابلوف')));
    expect(regret).toBeDefined();
    expect(regret?.reported_by.some((id) => named(id, 'حافظ ضیا احمد') && countryOf(id) === 'AFG')).toBe(
      true,
    );
  });

  it('Muttaqi thanking Russia is SUPPORT', () => {
    const thanks = events('SUPPORT').filter((e) => e.actor.some((id) => named(id, 'متقی')));
    expect(thanks).toHaveLength(1);
    expect(thanks[0].recipient.map(countryOf)).toContain('RUS');
  });

  it('Amir-Abdollahian (IRN) and Bhutto Zardari (PAK) each phone Muttaqi: CONSULT/phone', () => {
    const calls = events('CONSULT').filter((e) => e.mode === 'phone');
    for (const country of ['IRN', 'PAK']) {
      const call = calls.find((e) => e.actor.length === 1 && countryOf(e.actor[0]) === country);
      expect(call, country).toBeDefined();
      expect(call?.cameo).toBe('041');
      expect(call?.recipient.some((id) => named(id, 'متقی'))).toBe(true);
    }
  });

  it('both condemn the attack: ACCUSE/disapprove by IRN and by PAK', () => {
    const condemn = events('ACCUSE').filter((e) => e.mode === 'disapprove');
    for (const country of ['IRN', 'PAK']) {
      expect(
        condemn.some((e) => e.actor.length === 1 && countryOf(e.actor[0]) === country),
        country,
      ).toBe(true);
    }
  });

  it('Western countries (WST) criticise the restrictions on women: ACCUSE', () => {
    expect(events('ACCUSE').some((e) => codes(e.actor).includes('WST'))).toBe(true);
  });

  it('no ACCUSE or COERCE by Russia (its non-interference is negated)', () => {
    const byRussia = r.events.filter(
      (e) =>
        (e.type === 'ACCUSE' || e.type === 'COERCE') &&
        !e.negated &&
        e.actor.some((id) => countryOf(id) === 'RUS'),
    );
    expect(byRussia).toEqual([]);
  });

  it('no recognition by anyone («هیچ کشوری … به رسمیت نشناخته است»)', () => {
    expect(r.events.filter((e) => e.cameo === '054' && !e.negated)).toEqual([]);
  });
});

describe('seed article: quotes', () => {
  it('two direct quotes by Hafiz Zia Ahmad, one passing on Kabulov and one Muttaqi', () => {
    const direct = r.quotes.filter((q) => q.direct && q.speaker && named(q.speaker, 'حافظ ضیا احمد'));
    expect(direct.length).toBeGreaterThanOrEqual(2);
    const chains = direct.map((q) => q.chain.map((id) => actor(id).name));
    expect(chains.some((c) => c.length === 2 && c[0].includes('حافظ') && c[1].includes('کابلوف'))).toBe(true);
    expect(chains.some((c) => c.length === 2 && c[0].includes('حافظ') && c[1].includes('متقی'))).toBe(true);
  });

  it('emphasis in guillemets («موثری»، «خاصی») is not a quote', () => {
    for (const q of r.quotes) {
      const quoted = r.text.slice(q.start, q.end);
      expect(quoted).not.toBe('موثری');
      expect(quoted).not.toBe('خاصی');
    }
  });
});
