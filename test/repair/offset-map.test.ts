// Protects the Doc's way back: every span of repaired text maps to the original span it came from,
// through insertions (a restored ZWNJ), deletions (kashida, a boilerplate line) and replacements (ي→ی).
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { compose, EditBuilder } from '../../src/repair/offset-map.js';

describe('EditBuilder and SegmentMap', () => {
  it('maps copies, insertions, deletions and replacements', () => {
    const src = 'abcdefgh';
    const b = new EditBuilder(src);
    b.copy(0, 2); // ab
    b.replace(2, 2, 'X'); // inserted X
    b.copy(2, 4); // cd
    b.replace(4, 5, ''); // e deleted
    b.copy(5, 6); // f
    b.replace(6, 7, 'YZ'); // g → YZ
    b.copy(7, 8); // h
    const text = b.text();
    expect(text).toBe('abXcdfYZh');
    const m = b.map();
    expect(m.toOriginal(0, 2)).toEqual({ start: 0, end: 2 });
    expect(m.toOriginal(2, 3)).toEqual({ start: 2, end: 2 }); // the insertion has an empty source
    expect(m.toOriginal(3, 5)).toEqual({ start: 2, end: 4 });
    expect(m.toOriginal(4, 6)).toEqual({ start: 3, end: 6 }); // d..f spans the deleted e
    expect(m.toOriginal(6, 7)).toEqual({ start: 6, end: 7 }); // Y comes from g
    expect(m.toOriginal(7, 8)).toEqual({ start: 6, end: 7 }); // so does Z
    expect(m.toOriginal(0, 9)).toEqual({ start: 0, end: 8 });
    expect(m.toOriginal(9, 9)).toEqual({ start: 8, end: 8 });
  });

  it('composes two steps', () => {
    const a = new EditBuilder('xkay');
    a.copy(0, 1);
    a.replace(1, 2, ''); // delete k
    a.copy(2, 4);
    const t1 = a.text(); // xay
    const b = new EditBuilder(t1);
    b.copy(0, 2);
    b.replace(2, 2, '-'); // xa-y
    b.copy(2, 3);
    expect(b.text()).toBe('xa-y');
    const m = compose(a.map(), b.map());
    expect(m.toOriginal(1, 2)).toEqual({ start: 2, end: 3 }); // a
    expect(m.toOriginal(3, 4)).toEqual({ start: 3, end: 4 }); // y
    expect(m.toOriginal(0, 4)).toEqual({ start: 0, end: 4 });
  });
});

describe('repair() offset map on real edits', () => {
  it('maps a word after a restored ZWNJ back to the glued original', () => {
    const input = 'روسیه نمیخواهد که';
    const r = repair(input);
    expect(r.text).toBe('روسیه نمی\u200cخواهد که');
    const start = r.text.indexOf('نمی');
    const end = start + 'نمی\u200cخواهد'.length;
    const o = r.map.toOriginal(start, end);
    expect(input.slice(o.start, o.end)).toBe('نمیخواهد');
    const k = r.text.indexOf('که');
    const ok = r.map.toOriginal(k, k + 2);
    expect(input.slice(ok.start, ok.end)).toBe('که');
  });

  it('maps across deleted kashida and replaced Arabic yeh/kaf', () => {
    const input = 'سـلام بر كشور علي';
    const r = repair(input);
    expect(r.text).toBe('سلام بر کشور علی');
    const w = r.text.indexOf('کشور');
    const o = r.map.toOriginal(w, w + 4);
    expect(input.slice(o.start, o.end)).toBe('كشور');
    const s = r.map.toOriginal(0, 4);
    expect(input.slice(s.start, s.end)).toBe('سـلام');
    const a = r.text.indexOf('علی');
    const oa = r.map.toOriginal(a, a + 3);
    expect(input.slice(oa.start, oa.end)).toBe('علي');
  });

  it('maps text after a removed boilerplate line to its place in the original', () => {
    const input = 'خط اول.\nRead More\nخط دوم.';
    const r = repair(input);
    expect(r.text).toBe('خط اول.\nخط دوم.');
    const i = r.text.indexOf('دوم');
    const o = r.map.toOriginal(i, i + 3);
    expect(input.slice(o.start, o.end)).toBe('دوم');
    expect(o.start).toBe(input.indexOf('دوم'));
  });
});
