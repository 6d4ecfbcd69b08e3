// Issue 12 item 3 / issue 13 item 4 (branch ev-generic): unnamed parties of arrests, attacks and
// protests (src/code/events/generic-parties.ts, lexicon/events/generic-parties.json). The sentences
// are of the kind Fars police news and the NTREX reports hold; the full pipeline runs (places come
// from the gazetteer, actors from the lexicon).
import { describe, expect, it } from 'vitest';
import { genericPartyLexicon } from '../../../src/code/events/generic-parties.js';
import { process as run } from '../../../src/pipeline.js';

/** Each event as «TYPE actorCodes>recipientCodes». */
function code(text: string): string[] {
  const doc = run({ id: 't', text, published: '2018-03-12' });
  const codeOf = (id: string) => doc.actors.find((a) => a.id === id)?.code ?? id;
  return doc.events.map(
    (e) => `${e.type} ${e.actor.map(codeOf).join('+')}>${e.recipient.map(codeOf).join('+')}`,
  );
}

describe('a passive arrest of counted people', () => {
  it('«شش نفر در تهران دستگیر شدند»: suspects (CRM) of the place, arrested by its police', () => {
    expect(code('شش نفر در تهران دستگیر شدند.')).toEqual(['COERCE IRNCOP>IRNCRM']);
  });

  it('«۱۱ نفر متهم … دستگیر و …»: the dateline gives the country; «متهم» the sector', () => {
    expect(
      code(
        'به گزارش خبرگزاری فارس از بندرعباس، فرمانده مرزبانی استان گفت: ۱۱ نفر متهم نیز در این رابطه دستگیر و با تشکیل پرونده به مراجع قضایی معرفی شدند.',
      ),
    ).toContain('COERCE IRNCOP>IRNCRM');
  });

  it('«سه کافی نت در بجنورد پلمپ شدند»: businesses sealed by the police', () => {
    expect(code('سه کافی نت در بجنورد پلمپ شدند.')).toEqual(['COERCE IRNCOP>IRNBUS']);
  });

  it('in a report of protests the arrested are the protesters (OPP)', () => {
    expect(code('هزاران نفر در بارسلونا تظاهرات کردند و شش نفر دستگیر شدند.')).toContain(
      'COERCE ESPCOP>ESPOPP',
    );
  });
});

describe('an active arrest takes the arresting authority’s country', () => {
  it('«پلیس ترکیه ده نفر را دستگیر کرد»', () => {
    expect(code('پلیس ترکیه ده نفر را دستگیر کرد.')).toEqual(['COERCE TURCOP>TURCRM']);
  });

  it('«یک مرد ۳۲ ساله» is a civilian (CVL), the age taken into the phrase', () => {
    expect(code('پلیس عراق یک مرد ۳۲ ساله را در بغداد دستگیر کرد.')).toEqual(['COERCE IRQCOP>IRQCVL']);
  });
});

describe('attacks', () => {
  it('«بیش از200 تن … بر اثر حملات تروریستی کشته شدند»: ASSAULT with no actor on the civilians', () => {
    expect(
      code(
        'تنها در یک هفته اول ماه اکتبر جاری بیش از200  تن در شهرهای مختلف عراق بر اثر حملات تروریستی کشته شدند.',
      ),
    ).toEqual(['ASSAULT >IRQCVL']);
  });

  it('an attack on homes is one on their residents; the place comes from the sentence before', () => {
    expect(
      code(
        'به گزارش خبرگزاری فرانسه از نابلس، یک کودک فلسطینی زخمی شد.\nمنابع امنیتی فلسطینی گفتند: این درگیری ها زمانی آغاز شد که سربازان اسرائیلی به سه واحد مسکونی در این اردوگاه حمله کردند.',
      ),
    ).toContain('ASSAULT ISRMIL>PSECVL');
  });

  it('a count of the dead with no attack named is no attack (an earthquake)', () => {
    expect(code('حداقل 384 تن در حادثه زمین‌لرزه و سونامی شهر پالو اندونزی کشته شدند.')).toEqual([]);
  });

  it('«10 تن از نیروهای امنیتی پاکستان»: the named group stays the party (partitive)', () => {
    expect(code('10 تن از نیروهای امنیتی پاکستان در حمله طالبان کشته شدند.').join(' ')).not.toContain('CVL');
  });
});

describe('what is no generic party', () => {
  it('«یک تن و 450 کیلو تریاک» is a weight', () => {
    expect(code('یک تن و 450 کیلو تریاک در کرمان کشف و ضبط شد.').join(' ')).not.toContain('CRM');
  });

  it('with no country in the text the side stays empty (no event is invented)', () => {
    expect(code('پلیس یک مرد را دستگیر کرد.')).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('loads through its schema with the groups the rules read', () => {
    const lex = genericPartyLexicon();
    expect(lex.fill.get('COERCE')?.has('recipient')).toBe(true);
    expect(lex.counted.has('نفر')).toBe(true);
    expect(lex.police.role).toBe('COP');
  });
});
