import { useI18n } from '../i18n/index.js';

export function Status({
  loading,
  error,
  empty,
}: {
  loading?: boolean;
  error?: Error | null;
  empty?: boolean;
}) {
  const { t } = useI18n();
  if (error)
    return (
      <p className="error" role="alert">
        {t('error.generic')}: {error.message}
      </p>
    );
  if (loading) return <p className="muted">{t('list.loading')}</p>;
  if (empty) return <p className="muted">{t('list.empty')}</p>;
  return null;
}
