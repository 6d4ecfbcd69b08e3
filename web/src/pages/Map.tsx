import { useI18n } from '../i18n/index.js';

export function MapPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h2>{t('map.heading')}</h2>
    </div>
  );
}
