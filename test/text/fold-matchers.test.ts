// The matchers read letters through the one fold (src/text/fold.ts). These are the differences wiring
// it in made on the 901 Fars articles, each a word that now matches as its usual spelling does, and
// the one letter the date view keeps unfolded (and why).
import { describe, expect, it } from 'vitest';
import { wordKey } from '../../src/grammar/word-key.js';
import { extract } from '../../src/pipeline.js';
import { matchingView } from '../../src/recognize/dates/normalize.js';
import { letterKey } from '../../src/resolve/actors/letter-key.js';
import { foldKey, foldWords } from '../../src/text/fold.js';

const run = (text: string, published = '2020-01-01') =>
  extract({ id: 't', text, published }, { tagger: false });

describe('one fold decides', () => {
  it('the word key and the letter key are the shared fold', () => {
    for (const w of ['رئیس‌جمهور', 'مؤسسه', 'تأسف', 'جی ۲۰', 'گفت­وگو', 'NATO'])
      expect([wordKey(w), letterKey(w)]).toEqual([foldWords(w), foldKey(w)]);
  });

  it('a speech verb spelled with hamza-yeh («می‌گوئیم») reads as «می‌گوییم»', () => {
    expect(wordKey('می‌گوئیم')).toBe(wordKey('می‌گوییم'));
    const quoted = (t: string) => run(t).quotes.map((q) => t.slice(q.start, q.end));
    const usual = quoted('ما به همه دنیا می‌گوییم که ایران به دنبال جنگ نیست.');
    expect(usual).toEqual(['ایران به دنبال جنگ نیست']);
    expect(quoted('ما به همه دنیا می‌گوئیم که ایران به دنبال جنگ نیست.')).toEqual(usual);
  });

  it('a lexicon name written with Persian digits («جی ۲۰») matches the text’s Latin ones', () => {
    expect(letterKey('جی ۲۰')).toBe(letterKey('جی 20'));
    const r = run('وزیر خارجه ایران در نشست جی 20 شرکت کرد.');
    const e = r.entities.find((x) => x.text === 'جی 20');
    expect(r.actors.find((a) => a.id === e?.actor)?.code).toBe('IGOBUS');
  });
});

describe('the date view', () => {
  it('folds yeh and waw with hamza, keeping the length', () => {
    expect(matchingView('رئیس مؤسسه')).toBe('رییس موسسه');
  });
  it('keeps «آ»: «نماینده» does not read as the future word «آینده»', () => {
    expect(matchingView('آینده')).toBe('آینده');
    const d = run('نماینده مردم بروجرد روز 25 دی ماه در مجلس سخنرانی کرد.', '2015-01-16').dates;
    expect(d.map((x) => x.value)).toEqual(['2015-01-15']);
  });
});
