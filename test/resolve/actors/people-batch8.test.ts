// Issue 13: people the open corpus (/work/open/ntrex-open.json) names without a code
// (scripts/uncoded-actors.ts), with the spellings its Farsi and Dari translations use. Sentences from
// that corpus.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('open-corpus batch 8: people', () => {
  it('Feinstein is a US senator', () => {
    const doc = resolveDoc(
      'رییس جمهور دونالد ترامپ روز شنبه در یک گردهمایی انتخاباتی سناتور دایان فینستاین را به خاطر اصرارش مبنی بر عدم افشای محتوای نامه کریستین بلاسی فورد در خصوص اتهام تجاوز جنسی برت کاوانا، نامزد دیوان عالی، مسخره کرد.',
      '2018-10-01',
    );
    expect(actorOf(doc, 'دایان فینستاین')?.code).toBe('USALEG');
  });

  it('Corbyn in the Farsi and the Dari spelling is the opposition leader of his years', () => {
    const fas = resolveDoc(
      'جرمی کربین هفته گذشته اعلام کرد که حزب کارگر باید فرهنگ تحمل سخنان دیگر را در خود پرورش دهد.',
      '2018-09-01',
    );
    expect(actorOf(fas, 'جرمی کربین')?.code).toBe('GBROPP');
    const prs = resolveDoc(
      'جرمی کاربین هفته گذشته خواست تا حزب کارگر باید فرهنگ بردباری را ترویج بدهد.',
      '2018-09-01',
    );
    expect(actorOf(prs, 'جرمی کاربین')?.code).toBe('GBROPP');
  });

  it('Rosenstein, the deputy attorney general, is USAGOV only in his term', () => {
    const text =
      'اگر آقای ترامپ معاون دادستان کل جنرال رُد رزنستاین مردی که سرنوشت تحقیقات آقای مولر را کنترل می کند را اخراج کند چکار خواهیم کرد؟';
    const doc = resolveDoc(text, '2018-10-01');
    expect(doc.actors.some((a) => a.name_en === 'Rod Rosenstein' && a.code === 'USAGOV')).toBe(true);
  });
});
