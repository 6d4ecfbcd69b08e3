// Branch ev-conflict: protests, arrests and their parties (lexicon/events/triggers-conflict.json, the
// protest groups' target markers, generic-parties.json crowd words and `sceneTypes`,
// src/code/events/article-scene.ts). Sentences written for the tests; the full pipeline runs.
import { describe, expect, it } from 'vitest';
import { articleSceneCountry } from '../../../src/code/events/article-scene.js';
import type { PlaceMention } from '../../../src/resolve/places/index.js';
import { process as run } from '../../../src/pipeline.js';

/** Each event as «TYPE actorCodes>recipientCodes». */
function code(text: string): string[] {
  const doc = run({ id: 't', text, published: '2018-03-12' });
  const codeOf = (id: string) => doc.actors.find((a) => a.id === id)?.code ?? id;
  return doc.events.map(
    (e) => `${e.type} ${e.actor.map(codeOf).join('+')}>${e.recipient.map(codeOf).join('+')}`,
  );
}

describe('a protest reported as a happening', () => {
  it('«تظاهرات … علیه X برگزار شد»: a demonstration against X, no actor named', () => {
    expect(code('روز شنبه تظاهرات بزرگی علیه آمریکا در تهران برگزار شد.')).toContain('PROTEST >USA');
  });

  it('«… در سالن برگزار شد» with no demonstration noun is no protest', () => {
    expect(code('نشست خبری وزیر خارجه ایران در تهران برگزار شد.').filter((e) => e.startsWith('PROTEST'))).toEqual(
      [],
    );
  });
});

describe('the target of a protest', () => {
  it('«مقابل سفارت X تجمع کردند»: the embassy stands for its state', () => {
    expect(code('صدها نفر از مردم افغانستان مقابل سفارت پاکستان در کابل تجمع کردند.')).toEqual([
      'PROTEST AFGCVL>PAKGOV',
    ]);
  });
});

describe('crowd words', () => {
  it('«هزاران تظاهرکننده در لندن»: a singular crowd noun after a count, coded by the place', () => {
    expect(code('هزاران تظاهرکننده در لندن به خیابان‌ها ریختند.')).toEqual(['PROTEST GBROPP>']);
  });
});

describe('the article scene', () => {
  const at = (country: string): PlaceMention =>
    ({ place: { country }, cue: 'in' }) as unknown as PlaceMention;
  const all = () => true;

  it('the country named most often, at least twice and by a majority', () => {
    expect(articleSceneCountry([at('GBR'), at('GBR'), at('IRL')], all)).toBe('GBR');
  });

  it('no scene when two countries are named equally often, or one only once', () => {
    expect(articleSceneCountry([at('GBR'), at('GBR'), at('IRL'), at('IRL')], all)).toBeNull();
    expect(articleSceneCountry([at('GBR')], all)).toBeNull();
  });

  it('a passive arrest of unnamed people in a wire story whose city the lead names', () => {
    const text =
      'پلیس در شهر بلفاست از یک حادثه خبر داد. این حادثه در بلفاست روی داد.\nشاهدان گفتند وضعیت آرام است.\nسخنگو گفت تحقیقات ادامه دارد.\nشش نفر دستگیر شدند.';
    expect(code(text)).toContain('COERCE GBRCOP>GBRCRM');
  });
});

describe('the police standing bare', () => {
  it('«پلیس یک مظنون را در لندن دستگیر کرد»: the police of the place arrest', () => {
    expect(code('پلیس یک مظنون را در لندن دستگیر کرد.')).toEqual(['COERCE GBRCOP>GBRCRM']);
  });

  it('a generic phrase that is no authority is never the arrest’s actor', () => {
    expect(code('سه سارق در تهران یک مغازه را پلمب کردند.').some((e) => e.startsWith('COERCE IRNCRM'))).toBe(
      false,
    );
  });
});

describe('the crowd’s country is not its target’s', () => {
  it('«… علیه حملات هوایی آمریکا تظاهرات کردند»: the target state gives the crowd no country', () => {
    expect(code('صدها نفر علیه حملات هوایی آمریکا تظاهرات کردند.')).not.toContain('PROTEST USACVL>USA');
  });

  it('a «در X» scene still gives it when X is also the target', () => {
    expect(code('هزاران نفر در منامه علیه دولت بحرین تظاهرات کردند.')).toEqual(['PROTEST BHRCVL>BHRGOV']);
  });
});
