// Quote detection on hand-built Docs: direct «…» quotations and their speakers, the chain when one
// speaker passes on another («به نقل از X»، «X گفت که …» inside a quotation), indirect speech after
// «که» or ':', «به گفته X», and what is NOT a quote (one or two words in guillemets used for emphasis,
// a verb like «ادامه داد» without «که» or ':').
import { describe, expect, it } from 'vitest';
import type { Doc, Quote } from '../../../src/doc.js';
import { findQuotes, guillemetPairs } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from '../../code/events/doc-builder.js';

const ACTORS: TestActor[] = [
  {
    id: 'hafiz',
    code: 'AFGGOVTAL',
    country: 'AFG',
    names: ['حافظ ضیا احمد', 'معاون سخنگوی وزارت خارجه طالبان'],
  },
  { id: 'kabulov', code: 'RUSGOV', country: 'RUS', names: ['ضمیر کابلوف', 'کابلوف', 'نماینده ویژه روسیه'] },
  { id: 'muttaqi', code: 'AFGGOVTAL', country: 'AFG', names: ['امیرخان متقی', 'متقی صاحب'] },
  { id: 'rus', code: 'RUS', country: 'RUS', names: ['روسیه'] },
  { id: 'irna', code: 'IRNMED', country: 'IRN', names: ['ایرنا'] },
];

function quotes(text: string): { doc: Doc; quotes: Quote[] } {
  const doc = buildDoc(text, ACTORS);
  findQuotes(doc, {});
  return { doc, quotes: doc.quotes };
}

const quoted = (doc: Doc, q: Quote) => doc.text.slice(q.start, q.end);

describe('direct quotes', () => {
  it('attributes «X گفت: «…»» to X, with the span inside the guillemets', () => {
    const { doc, quotes: qs } = quotes('حافظ ضیا احمد گفت: «روسیه به همکاری در افغانستان ادامه می‌دهد.»');
    const direct = qs.filter((q) => q.direct);
    expect(direct).toHaveLength(1);
    expect(direct[0].speaker).toBe('hafiz');
    expect(direct[0].chain).toEqual(['hafiz']);
    expect(quoted(doc, direct[0])).toBe('روسیه به همکاری در افغانستان ادامه می‌دهد');
  });

  it('chains the reporter to the inner speaker («… گفت: «متقی صاحب گفت که …»»)', () => {
    const { quotes: qs } = quotes(
      'معاون سخنگوی وزارت خارجه طالبان گفت: «متقی صاحب گفت که روسیه جایگاه ویژه‌ای دارد.»',
    );
    const direct = qs.find((q) => q.direct);
    expect(direct?.speaker).toBe('hafiz');
    expect(direct?.chain).toEqual(['hafiz', 'muttaqi']);
    const indirect = qs.find((q) => !q.direct);
    expect(indirect?.speaker).toBe('muttaqi');
    expect(indirect?.chain).toEqual(['hafiz', 'muttaqi']);
  });

  it('resolves «او گفت:» to the last speaker when the pronoun has no entity', () => {
    const { quotes: qs } = quotes(
      'حافظ ضیا احمد نوشت که روسیه خواهان ثبات است. او گفت: «نماینده ویژه روسیه از حادثه ابراز تاسف کرد و افزود که دشمنان در تلاش‌اند.»',
    );
    const direct = qs.find((q) => q.direct);
    expect(direct?.speaker).toBe('hafiz');
    expect(direct?.chain).toEqual(['hafiz', 'kabulov']);
  });

  it('does not take one or two words in guillemets for a quote («موثری»، «خاصی»)', () => {
    const { quotes: qs } = quotes(
      'افغانستان می‌تواند نقش «موثری» داشته باشد و مقام‌ها موضع‌گیری «خاصی» نداشتند.',
    );
    expect(qs).toEqual([]);
  });
});

describe('indirect quotes', () => {
  it('makes «X نوشت که …» an indirect quote with «به نقل از Y» as the inner speaker', () => {
    const { doc, quotes: qs } = quotes(
      'حافظ ضیا احمد به نقل از ضمیر کابلوف نوشت که روسیه خواهان توسعه در افغانستان است.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ direct: false, speaker: 'hafiz', chain: ['hafiz', 'kabulov'] });
    expect(quoted(doc, qs[0])).toBe('روسیه خواهان توسعه در افغانستان است');
  });

  it('reads «به گفته X، …» as X speaking', () => {
    const { quotes: qs } = quotes('به گفته ایرنا، این نشست فردا برگزار می‌شود.');
    expect(qs.map((q) => [q.speaker, q.direct])).toEqual([['irna', false]]);
  });

  it('does not make a verb of saying without «که» or ":" a quote («به همکاری ادامه می‌دهد»)', () => {
    expect(quotes('روسیه به همکاری‌اش در افغانستان ادامه می‌دهد.').quotes).toEqual([]);
  });
});

describe('guillemet pairs', () => {
  it('pairs nested guillemets and ignores unmatched ones in one pass', () => {
    expect(guillemetPairs('a «b «c» d» e » f «')).toEqual([
      { open: 2, close: 10 },
      { open: 5, close: 7 },
    ]);
  });
});
