// A day in both calendars: Solar Hijri first, Gregorian beside it.
import { gregorian, solarHijri } from '../dates.js';
import { useI18n } from '../i18n/index.js';

export function DateText({ iso }: { iso: string | null | undefined }) {
  const { lang } = useI18n();
  if (!iso) return <span className="muted">—</span>;
  const [first, second] =
    lang === 'fa' ? [solarHijri(iso), gregorian(iso)] : [gregorian(iso), solarHijri(iso)];
  return (
    <time dateTime={iso} className="date">
      {first} <span className="muted">({second})</span>
    </time>
  );
}
