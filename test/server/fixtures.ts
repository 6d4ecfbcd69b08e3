// Hand-made extract results for the server and browser tests, so they do not depend on how far the
// extraction layers have come: the seed article's meeting, a condemnation, an attack, and an article
// whose text carries a <script> tag (it must be shown as text).
import { readFileSync } from 'node:fs';
import type { CodedEvent } from '../../src/doc.js';
import type { ExtractResult } from '../../src/result.js';
import type { Actor } from '../../src/store/types.js';

export const SEED_TEXT = readFileSync(new URL('../../samples/seed.txt', import.meta.url), 'utf8');

function at(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: «${needle}» not in text`);
  return { start, end: start + needle.length, text: needle };
}

function actor(
  id: string,
  name: string,
  name_en: string,
  code: string,
  country: string | null,
  sector: string | null,
): Actor {
  return { id, name, name_en, code, country, sector, wikidata: null, roles: [], mentions: [] };
}

function event(
  id: string,
  type: CodedEvent['type'],
  cameo: string,
  quad: CodedEvent['quad'],
  actorIds: string[],
  recipient: string[],
  date: string,
  trigger: { start: number; end: number; text: string },
  mode: string | null = null,
): CodedEvent {
  return {
    id,
    type,
    mode,
    cameo,
    quad,
    actor: actorIds,
    recipient,
    date,
    negated: false,
    future: false,
    reported_by: [],
    sentence: 0,
    trigger,
    confidence: 0.9,
  };
}

function sentencesOf(text: string) {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

export function seedResult(): ExtractResult {
  const text = SEED_TEXT;
  const kabulov = at(text, 'ضمیر کابلوف');
  const muttaqi = at(text, 'امیرخان متقی');
  const russia = at(text, 'روسیه', muttaqi.end);
  const isis = at(text, 'داعش');
  const iranFm = at(text, 'امیر عبداللهیان');
  const date = at(text, 'پنجشنبه ۲۲ دی (۱۲ ژانویه)');
  const quote = at(text, '«کابلوف افزود');
  const meeting = at(text, 'دیدار کرد');
  const attack = at(text, 'حمله');
  const condemn = at(text, 'محکوم کردند');
  return {
    id: 'seed',
    title: 'دیدار کابلوف و متقی',
    url: 'https://example.org/seed',
    source: 'example.org',
    published: '2023-01-12',
    text,
    sentences: sentencesOf(text),
    entities: [
      { id: 'e1', type: 'PER', ...kabulov, actor: 'a1' },
      { id: 'e2', type: 'PER', ...muttaqi, actor: 'a2' },
      { id: 'e3', type: 'LOC', ...russia, actor: 'a3' },
      { id: 'e4', type: 'ORG', ...isis, actor: 'a4' },
      { id: 'e5', type: 'PER', ...iranFm, actor: 'a5' },
      { id: 'e6', type: 'DAT', ...date, actor: null },
    ],
    actors: [
      {
        ...actor('a1', 'ضمیر کابلوف', 'Zamir Kabulov', 'RUSGOV', 'RUS', 'GOV'),
        roles: ['نماینده ویژه رئیس‌جمهوری روسیه در امور افغانستان'],
        mentions: ['e1'],
      },
      {
        ...actor('a2', 'امیرخان متقی', 'Amir Khan Muttaqi', 'AFGGOVTAL', 'AFG', 'GOV'),
        roles: ['وزیر خارجه طالبان'],
        mentions: ['e2'],
      },
      { ...actor('a3', 'روسیه', 'Russia', 'RUS', 'RUS', null), mentions: ['e3'] },
      { ...actor('a4', 'داعش', 'ISIS', 'IMGMUSISI', null, null), mentions: ['e4'] },
      {
        ...actor('a5', 'امیر عبداللهیان', 'Hossein Amir-Abdollahian', 'IRNGOV', 'IRN', 'GOV'),
        mentions: ['e5'],
      },
    ],
    dates: [{ ...date, value: '2023-01-12', granularity: 'day', calendar: 'persian' }],
    quotes: [
      {
        start: quote.start,
        end: text.indexOf('»', quote.start) + 1,
        direct: true,
        speaker: 'a1',
        chain: ['a1'],
      },
    ],
    events: [
      event('v1', 'CONSULT', '043', 1, ['a1'], ['a2'], '2023-01-12', meeting, 'visit'),
      event('v2', 'ASSAULT', '183', 4, ['a4'], [], '2023-01-11', attack, 'explosives'),
      event('v3', 'ACCUSE', '111', 3, ['a5'], ['a4'], '2023-01-12', condemn, 'disapprove'),
      event('v4', 'SUPPORT', '051', 1, ['a3'], ['a2'], '2023-01-12', at(text, 'همکاری')),
    ],
  };
}

/** An article whose text carries markup: a reader must see it as text, and nothing may run. */
export const SCRIPT_TEXT =
  'خبر آزمایشی <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2"> پایان خبر';

export function scriptResult(): ExtractResult {
  return {
    id: 'script-article',
    title: 'مقاله با <script>',
    url: null,
    source: 'test.local',
    published: '2022-06-01',
    text: SCRIPT_TEXT,
    sentences: [{ start: 0, end: SCRIPT_TEXT.length }],
    entities: [],
    actors: [
      actor('a1', 'روسیه', 'Russia', 'RUS', 'RUS', null),
      actor('a2', 'ایران', 'Iran', 'IRN', 'IRN', null),
    ],
    dates: [],
    quotes: [],
    events: [event('v1', 'THREATEN', '138', 3, ['a1'], ['a2'], '2022-06-01', at(SCRIPT_TEXT, 'خبر'))],
  };
}

/** A few more short articles, so the timeline, network and actor pages have something to show. */
export function extraResults(): ExtractResult[] {
  const make = (
    id: string,
    published: string,
    text: string,
    actors: Actor[],
    events: Array<[CodedEvent['type'], string, CodedEvent['quad'], string, string, string]>,
  ): ExtractResult => ({
    id,
    title: text.split('،')[0].slice(0, 60),
    url: `https://example.org/${id}`,
    source: 'example.org',
    published,
    text,
    sentences: sentencesOf(text),
    entities: actors.map((a, i) => {
      const span = at(text, a.name);
      return {
        id: `e${i + 1}`,
        type: a.sector ? 'PER' : 'LOC',
        ...span,
        actor: a.id,
      } as ExtractResult['entities'][number];
    }),
    actors: actors.map((a, i) => ({ ...a, mentions: [`e${i + 1}`] })),
    dates: [],
    quotes: [],
    events: events.map(([type, cameo, quad, from, to, trigger], i) =>
      event(`v${i + 1}`, type, cameo, quad, [from], [to], published, at(text, trigger)),
    ),
  });
  const rus = actor('r', 'روسیه', 'Russia', 'RUS', 'RUS', null);
  const irn = actor('i', 'ایران', 'Iran', 'IRN', 'IRN', null);
  const usa = actor('u', 'آمریکا', 'United States', 'USA', 'USA', null);
  const pak = actor('p', 'پاکستان', 'Pakistan', 'PAK', 'PAK', null);
  const tal = actor('t', 'طالبان', 'Taliban', 'AFGGOVTAL', 'AFG', null);
  return [
    make(
      'x1',
      '2023-01-05',
      'ایران آمریکا را به دخالت در امور داخلی متهم کرد، و روسیه با ایران دیدار کرد.',
      [irn, usa, rus],
      [
        ['ACCUSE', '112', 3, 'i', 'u', 'متهم کرد'],
        ['CONSULT', '040', 1, 'r', 'i', 'دیدار کرد'],
      ],
    ),
    make(
      'x2',
      '2023-01-15',
      'پاکستان با طالبان گفتگو کرد، و آمریکا علیه روسیه تحریم وضع کرد.',
      [pak, tal, usa, rus],
      [
        ['CONSULT', '040', 1, 'p', 't', 'گفتگو کرد'],
        ['SANCTION', '163', 4, 'u', 'r', 'تحریم'],
      ],
    ),
    make(
      'x3',
      '2023-02-02',
      'روسیه به طالبان کمک فرستاد، و ایران از روسیه حمایت کرد.',
      [rus, tal, irn],
      [
        ['AID', '070', 2, 'r', 't', 'کمک فرستاد'],
        ['SUPPORT', '051', 1, 'i', 'r', 'حمایت کرد'],
      ],
    ),
  ];
}
