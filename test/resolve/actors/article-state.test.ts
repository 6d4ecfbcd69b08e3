// Bare titles owned by the state the whole article is about (src/resolve/actors/article-state.ts,
// titles.json `article`): translated foreign news names «پلیس», «دادستان», «سنا» bare, and they are
// that state's, not Iran's. Sentences written for this test in the style of NTREX's news.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/recognize/ruler/ruler.js';
import { articleStates } from '../../../src/resolve/actors/article-state.js';
import { createDoc } from '../../../src/doc.js';
import { actorOf, resolveDoc } from './helpers.js';

const BELFAST =
  'مردی در یک رستوران در بلفاست زخمی شد. پلیس گفت این حادثه در شرق بلفاست رخ داد. ' +
  'دادستان پرونده را بررسی خواهد کرد.';

describe('the state an article is about', () => {
  it('counts places, adjectives and coded people and picks one state only when it dominates', () => {
    const st = (text: string) =>
      analyse(createDoc({ id: 't', title: null, url: null, source: null, published: null }, text), {});
    expect(articleStates(st(BELFAST)).dominant).toBe('GBR');
    const us = articleStates(st('دونالد ترامپ در واشنگتن گفت سناتورهای آمریکایی با او موافق‌اند.'));
    expect(us.dominant).toBe('USA');
    // Two states named as often: no owner for a bare title.
    const two = articleStates(st('وزیر خارجه ایران در مسکو گفت ایران و روسیه همکاری می‌کنند.'));
    expect(two.counts.get('IRN')).toBeGreaterThan(0);
    expect(two.dominant).toBe(null);
  });

  it('a bare police, prosecutor and court take the article state; named once is not enough', () => {
    const doc = resolveDoc(BELFAST, '2018-09-30');
    expect(actorOf(doc, 'پلیس')?.code).toBe('GBRCOP');
    expect(actorOf(doc, 'دادستان')?.code).toBe('GBRJUD');
    const once = resolveDoc('مردی در بلفاست زخمی شد. پلیس گفت تحقیقات ادامه دارد.', '2018-09-30');
    expect(once.actors.some((a) => a.code === 'GBRCOP')).toBe(false);
  });

  it('a domestic body of a report that never names Iran is the reported state’s', () => {
    const doc = resolveDoc(
      'دونالد ترامپ رئیس‌جمهور آمریکا روز شنبه گفت مجلس سنا به نامزد او رای می‌دهد. ' +
        'حزب دموکرات آمریکا با این نامزد مخالف است.',
      '2018-09-30',
    );
    expect(actorOf(doc, 'مجلس سنا')?.code).toBe('USALEG');
    // A report that names Iran keeps Iran's own bodies Iranian, however often another state is named.
    const iranian = resolveDoc(
      'وزیر خارجه ایران در واشنگتن گفت آمریکا و دولت آمریکا باید به تعهدات خود عمل کنند و نیروی انتظامی آماده است.',
      '2018-09-30',
    );
    expect(actorOf(iranian, 'نیروی انتظامی')?.code).toBe('IRNCOP');
  });
});
