import { describe, expect, it } from 'vitest';
import { farsNewsId, farsPublished } from '../../src/read/fars.js';

describe('Fars ids carry the Solar Hijri publication day', () => {
  it('reads ten-digit ids (century 13 left out) and fourteen-digit ids', () => {
    expect(farsPublished('8603100001')).toBe('2007-05-31'); // 1386/03/10
    expect(farsPublished('13940622000380')).toBe('2015-09-13'); // 1394/06/22
  });
  it('refuses ids that hold no valid date', () => {
    expect(farsPublished('8613400001')).toBeNull(); // month 13
    expect(farsPublished('123')).toBeNull();
    expect(farsPublished(null)).toBeNull();
  });
  it('finds the id in a link with or without a slug', () => {
    expect(farsNewsId('https://www.farsnews.ir/news/8707060255')).toBe('8707060255');
    expect(farsNewsId('https://www.farsnews.ir/news/13911222000865/تشدید-مجازات')).toBe('13911222000865');
    expect(farsNewsId('https://example.com/a/b')).toBeNull();
  });
});
