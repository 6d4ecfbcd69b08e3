// Synthetic extract results for the store tests: the extractor is built in parallel, so the store
// is tested against the contract's shape, not against what the pipeline finds today.
import type { CodedEvent } from '../../src/doc.js';
import type { ExtractResult } from '../../src/result.js';

const kabulov = {
  id: 'a1',
  name: 'ضمیر کابلوف',
  name_en: 'Zamir Kabulov',
  code: 'RUSGOV',
  country: 'RUS',
  sector: 'GOV',
  wikidata: 'Q4346',
  roles: ['نماینده ویژه'],
  mentions: ['e1'],
};
const muttaqi = {
  id: 'a2',
  name: 'امیرخان متقی',
  name_en: 'Amir Khan Muttaqi',
  code: 'AFGGOVTAL',
  country: 'AFG',
  sector: 'GOV',
  wikidata: null,
  roles: [],
  mentions: ['e2'],
};
const isis = {
  id: 'a3',
  name: 'داعش',
  name_en: 'ISIS',
  code: 'IMGMUSISI',
  country: null,
  sector: null,
  wikidata: null,
  roles: [],
  mentions: [],
};

export function meetingArticle(
  id: string,
  opts: { source?: string; text?: string; published?: string; date?: string } = {},
): ExtractResult {
  const text =
    opts.text ??
    'ضمیر کابلوف نماینده ویژه روسیه با امیرخان متقی وزیر خارجه طالبان در کابل دیدار کرد. دو طرف درباره حمله داعش به سفارت روسیه گفت‌وگو کردند و این حمله را محکوم کردند. متقی گفت امنیت دیپلمات‌ها تامین می‌شود.';
  const s1 = text.indexOf('.') + 1;
  const meet: CodedEvent = {
    id: 'v1',
    type: 'CONSULT',
    mode: 'visit',
    cameo: '042',
    quad: 1,
    actor: ['a1'],
    recipient: ['a2'],
    date: opts.date ?? '2023-01-12',
    negated: false,
    future: false,
    reported_by: [],
    sentence: 0,
    trigger: { start: text.indexOf('دیدار'), end: text.indexOf('دیدار') + 9, text: 'دیدار کرد' },
    confidence: 0.9,
  };
  const condemn: CodedEvent = {
    id: 'v2',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    quad: 3,
    actor: ['a1', 'a2'],
    recipient: ['a3'],
    date: opts.date ?? '2023-01-12',
    negated: false,
    future: false,
    reported_by: [],
    sentence: 1,
    trigger: { start: s1 + 5, end: s1 + 10, text: 'محکوم' },
    confidence: 0.8,
  };
  return {
    id,
    title: `دیدار کابلوف و متقی ${id}`,
    url: `https://${opts.source ?? 'example.af'}/news/${id}`,
    source: opts.source ?? 'example.af',
    published: opts.published ?? '2023-01-12',
    text,
    sentences: [
      { start: 0, end: s1 },
      { start: s1 + 1, end: text.length },
    ],
    entities: [
      { id: 'e1', type: 'PER', start: 0, end: 11, text: 'ضمیر کابلوف', actor: 'a1' },
      {
        id: 'e2',
        type: 'PER',
        start: text.indexOf('امیرخان'),
        end: text.indexOf('امیرخان') + 12,
        text: 'امیرخان متقی',
        actor: 'a2',
      },
    ],
    actors: [kabulov, muttaqi, isis],
    dates: [
      {
        start: 0,
        end: 0,
        text: '',
        value: opts.date ?? '2023-01-12',
        granularity: 'day',
        calendar: 'persian',
      },
    ],
    quotes: [{ start: s1, end: text.length, direct: false, speaker: 'a2', chain: ['a2'] }],
    events: [meet, condemn],
  };
}

/** An unrelated article with one event of its own. */
export function otherArticle(id: string, words: string, date = '2022-06-01'): ExtractResult {
  const text = `${words} ایران و پاکستان درباره مرز گفت‌وگو کردند و توافق امضا شد.`;
  return {
    id,
    title: `خبر ${id}`,
    url: null,
    source: 'other.ir',
    published: date,
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    actors: [
      {
        id: 'a1',
        name: 'ایران',
        name_en: 'Iran',
        code: 'IRN',
        country: 'IRN',
        sector: null,
        wikidata: 'Q794',
        roles: [],
        mentions: [],
      },
      {
        id: 'a2',
        name: 'پاکستان',
        name_en: 'Pakistan',
        code: 'PAK',
        country: 'PAK',
        sector: null,
        wikidata: 'Q843',
        roles: [],
        mentions: [],
      },
    ],
    dates: [],
    quotes: [],
    events: [
      {
        id: 'v1',
        type: 'AGREE',
        mode: null,
        cameo: '057',
        quad: 1,
        actor: ['a1'],
        recipient: ['a2'],
        date,
        negated: false,
        future: false,
        reported_by: [],
        sentence: 0,
        trigger: { start: 0, end: 4, text: 'توافق' },
        confidence: 0.7,
      },
    ],
  };
}

export const save = (r: ExtractResult) => ({ result: r, original: r.text });
