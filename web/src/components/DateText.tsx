// A day in both calendars: Solar Hijri first, Gregorian beside it. Each calendar's text is its own
// bidi-isolated run, so «۲۲ دی ۱۴۰۱ (12 Jan 2023)» never reorders into «(Jan 2023 12)» inside
// right-to-left text.
import { gregorian, solarHijri } from '../dates.js';
import { useI18n } from '../i18n/index.js';

export function DateText({ iso }: { iso: string | null | undefined }) {
  const { lang } = useI18n();
  if (!iso) return <span className="muted">—</span>;
  const [first, second] =
    lang === 'fa' ? [solarHijri(iso), gregorian(iso)] : [gregorian(iso), solarHijri(iso)];
  return (
    <time dateTime={iso} className="date">
      <bdi>{first}</bdi>{' '}
      <span className="muted">
        (<bdi>{second}</bdi>)
      </span>
    </time>
  );
}
