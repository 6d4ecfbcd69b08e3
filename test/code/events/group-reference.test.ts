// Group references to two parties named before («دو کشور»، «طرفین»، «رهبران دو کشور»، «با همتایان خود
// در دو کشور»): src/code/events/group-reference.ts, lexicon/events/group-reference.json.
// The resolution is checked on sentences of the open corpus (/work/open, in no gold), the events on
// texts built on the dropped gold cases' constructions.
import { describe, expect, it } from 'vitest';
import { groupLexicon, groupParties, groupReferenceAt } from '../../../src/code/events/group-reference.js';
import { codeEvents } from '../../../src/code/events/index.js';
import type { Doc } from '../../../src/doc.js';
import { sentenceViews } from '../../../src/grammar/sentence-view.js';
import { process as run } from '../../../src/pipeline.js';
import { withAnaphors } from '../../../src/resolve/coreference/index.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

/** Each group reference of the text with the codes of the parties it resolves to. */
function references(text: string): string[] {
  const doc: Doc = run({ id: 't', title: null, text, published: '2010-01-01' });
  const views = withAnaphors(doc, sentenceViews(doc));
  const out: string[] = [];
  for (const v of views)
    for (let w = 0; w < v.words.length; w++) {
      const ref = groupReferenceAt(v, w);
      if (!ref) continue;
      const ids = groupParties(doc, views, v, ref, [], () => {});
      const codes = new Map(doc.actors.map((a) => [a.id, a.code]));
      const words = v.words.slice(ref.first, ref.last + 1).map((x) => x.text);
      out.push(`${words.join(' ')}: ${ids.map((id) => codes.get(id)).join('+')}`);
      w = ref.last;
    }
  return out;
}

describe('group references on open-corpus sentences', () => {
  it('«دیدگاه دو طرف» after «روابط ایران و مصر»: the two named together', () => {
    // fars-open #31
    expect(
      references(
        'گفت: لایه‌های ظاهری که در روابط ایران و مصر وجود دارد را باید کنار زد و در کل دیدگاه دو طرف در امر پیشرفت و توسعه و همکاری مثبت است.',
      ),
    ).toEqual(['دو طرف: IRNGOV+EGYGOV']);
  });
  it('«قرارداد 1975 را دو طرف قبول دارند»: the pair of the sentence before, not the speaker', () => {
    // fars-open #31
    expect(
      references(
        'وی اظهار داشت: عده‌ای در منطقه هستند که می‌خواهند بین ایران و عراق جدایی بیاندازند. وی در این باره توضیح داد: قرارداد 1975 را دو طرف قبول دارند و مفاد آن هم به نفع ایران است.',
      ),
    ).toEqual(['دو طرف: IRNGOV+IRQGOV']);
  });
  it('«هر دو کشور ایران و ترکیه»، «دو کشور اروپایی ایتالیا و فرانسه»: the two named in apposition', () => {
    // fars-open #185 and #19
    expect(
      references(
        'وی تصریح کرد: صندوق جمعیت ملل متحد از روابط و برنامه‌های مشترک هر دو کشور ایران و ترکیه در مسائل بهداشتی حمایت می‌کند.',
      ),
    ).toEqual(['هر دو کشور: IRNGOV+TURGOV']);
    expect(
      references('آثار هنرمندان هند و چین و کره و دو کشور اروپایی ایتالیا و فرانسه را هم انکار نمی‌کند.'),
    ).toEqual(['دو کشور: ITAGOV+FRAGOV']);
  });
  it('«طرفین دعوا»، «هر دو طرف اقیانوس»، «همه طرفین»: the sides of a thing, or all sides, are no reference', () => {
    // fars-open #546, ntrex-fas-nytimes.184830, fars-open #276
    expect(references('برخورد طرفین دعوا قاضی را خشمگین نکند.')).toEqual([]);
    expect(
      references(
        'در هر دو طرف اقیانوس آتلانتیک همه ما باید تصمیماتی بگیریم که در اینکه چقدر این موضوع به طول بینجامد.',
      ),
    ).toEqual([]);
    expect(
      references('روسیه و چین همکاری دارند. مطلوب‌ترین مشارکت با چین که تعادل منافع همه طرفین را حفظ می‌کند.'),
    ).toEqual([]);
  });
  it('«این دو» before a noun is no reference («این دو گزینه»)', () => {
    expect(references('ایران و عراق در این دو گزینه توافق دارند.')).toEqual([]);
  });
});

const ACTORS: TestActor[] = [
  { id: 'rus', code: 'RUSGOV', country: 'RUS', names: ['وزیر دفاع روسیه', 'سخنگوی کرملین'] },
  { id: 'aze', code: 'AZE', country: 'AZE', names: ['جمهوری آذربایجان'] },
  { id: 'arm', code: 'ARM', country: 'ARM', names: ['ارمنستان'] },
  { id: 'kor', code: 'KOR', country: 'KOR', names: ['کره جنوبی'] },
  { id: 'prk', code: 'PRK', country: 'PRK', names: ['کره شمالی'] },
  { id: 'chl', code: 'CHLGOV', country: 'CHL', names: ['رئیس جمهور شیلی'] },
  { id: 'per', code: 'PER', country: 'PER', names: ['لیما', 'پرو'] },
];
/** «TYPE ACTOR>RECIPIENT» by actor code, for events whose trigger contains `trigger`. */
function coded(text: string, trigger: string): string[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  const codes = new Map(doc.actors.map((a) => [a.id, a.code]));
  const side = (ids: string[]) => ids.map((id) => codes.get(id)).join('+');
  return doc.events
    .filter((e) => e.trigger.text.includes(trigger))
    .map((e) => `${e.type} ${side(e.actor)}>${side(e.recipient)}`);
}

describe('group references as event arguments', () => {
  it('«با همتایان خود در دو کشور تماس برقرار کرده است»: one consultation with each (GOV of each state)', () => {
    expect(
      coded(
        'سخنگوی کرملین گفت ارتش ما در تماس با جمهوری آذربایجان و ارمنستان است. وزیر دفاع روسیه با همتایان خود در دو کشور تماس برقرار کرده است.',
        'تماس برقرار',
      ),
    ).toEqual(['CONSULT RUSGOV>AZEGOV', 'CONSULT RUSGOV>ARMGOV']);
  });
  it('«رهبران دو کشور ملاقات کردند»: the two states of the sentence before meet, each through its GOV', () => {
    expect(
      coded(
        'روابط میان کره جنوبی و کره شمالی بهبود یافته است. در اوایل این ماه، رهبران دو کشور در پیونگ یانگ ملاقات کردند.',
        'ملاقات',
      ),
    ).toEqual(['CONSULT KORGOV>PRKGOV']);
  });
  it('«طرفین … همکاری خود با یکدیگر را ادامه خواهند داد»: the two sides of the sentence, a state by its GOV', () => {
    expect(
      coded(
        'رئیس جمهور شیلی اظهار داشت که این حکم هیچ تاثیری بر مناسبات شیلی و لیما نخواهد داشت و طرفین بر اساس برنامه مشترک همکاری خود با یکدیگر را ادامه خواهند داد.',
        'همکاری',
      ),
    ).toEqual(['AGREE CHLGOV>PERGOV']);
  });
  it('«نظامیان 2 کشور … شناسایی»: an act the sides do not do with each other takes no side as recipient', () => {
    const events = coded(
      'جمهوری آذربایجان و ارمنستان رزمایش برگزار کردند. نظامیان 2 کشور به تبادل تجربه در زمینه شناسایی و حذف تهدیدات پرداختند.',
      'شناسایی',
    );
    expect(events.filter((e) => /AZE|ARM/.test(e))).toEqual([]);
  });
  it('«دو طرف … بر برقراری آتش‌بس در سوریه توافق کردند»: the sides as subject are not the parties of a mutual trigger', () => {
    const text =
      'رئیس جمهور شیلی و لیما در گفت‌وگوی تلفنی درباره آتش‌بس در سوریه رایزنی کردند.\n' +
      'دو طرف طی این گفت‌وگو بر برقراری آتش‌بس در سوریه توافق کردند.';
    expect(coded(text, 'آتش‌بس').filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });
  it('with no parties named before, «دو کشور» stays unresolved and the meeting is dropped', () => {
    expect(coded('در اوایل این ماه، رهبران دو کشور در پیونگ یانگ ملاقات کردند.', 'ملاقات')).toEqual([]);
  });
});

describe('group-reference.json', () => {
  it('is checked through its schema', () => {
    expect(groupLexicon().cores.length).toBeGreaterThan(5);
    const raw = {
      cores: [{ phrase: 'دو کشور', states: true }],
      heads: [{ words: ['رهبران'], sector: 'government' }],
      links: [],
      notAfter: [],
      notBefore: [],
      pairReach: 1,
      sentenceReach: 3,
      notParty: [],
      stateSector: 'GOV',
      mutualTypes: ['CONSULT'],
    };
    expect(() => groupLexicon(raw)).toThrow(/group-reference\.json.*sector/);
  });
});

describe('«میان X، apposition و Y»', () => {
  const PARTIES: TestActor[] = [
    { id: 'deu', code: 'DEUGOV', country: 'DEU', names: ['انگلا مرکل'] },
    { id: 'rus', code: 'RUSGOV', country: 'RUS', names: ['پوتین', 'رییس جمهور روسیه'] },
  ];
  it('«نشست اخیر میان انگلا مرکل، نخست‌وزیر جرمنی و ولادمیر پوتین»: the apposition of the first does not end the phrase', () => {
    const doc = buildDoc(
      'دیتر کیمپف بعد از نشست اخیر میان انگلا مرکل، نخست‌وزیر جرمنی و ولادمیر پوتین، رییس جمهور روسیه گفت: من مشکلی ندارم.',
      PARTIES,
      { published: '2020-10-14' },
    );
    findQuotes(doc, {});
    codeEvents(doc, {});
    const meetings = doc.events.filter((e) => e.trigger.text.includes('نشست'));
    expect(meetings.map((e) => `${e.type} ${e.actor}>${e.recipient}`)).toEqual(['CONSULT deu>rus']);
  });
});
