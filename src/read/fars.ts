// The Fars News archive layout (../shared/corpus/fars-news-*.json): no date field, but the numeric
// id in the link carries the Solar Hijri publication day. Ten-digit ids are YYMMDD + 4 digits with
// the century 13 left out (8603100001 = 1386/03/10); fourteen-digit ids are YYYYMMDD + 6 digits
// (13940622000380 = 1394/06/22).
import * as jalaali from 'jalaali-js';

/** The numeric news id in a Fars link, or null. */
export function farsNewsId(link: string | null | undefined): string | null {
  if (!link) return null;
  const m = /\/news\/(\d{10}|\d{14})(?:\/|$|\?)/.exec(link) ?? /\/(\d{10}|\d{14})(?:\/|$|\?)/.exec(link);
  return m ? m[1] : null;
}

/** The Gregorian ISO day a Fars news id encodes, or null when the id holds no valid date. */
export function farsPublished(id: string | null): string | null {
  if (!id) return null;
  let jy: number;
  let jm: number;
  let jd: number;
  if (id.length === 10) {
    jy = 1300 + Number(id.slice(0, 2));
    jm = Number(id.slice(2, 4));
    jd = Number(id.slice(4, 6));
  } else if (id.length === 14) {
    jy = Number(id.slice(0, 4));
    jm = Number(id.slice(4, 6));
    jd = Number(id.slice(6, 8));
  } else {
    return null;
  }
  if (!jalaali.isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = jalaali.toGregorian(jy, jm, jd);
  return `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`;
}
