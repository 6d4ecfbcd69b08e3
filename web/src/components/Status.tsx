// Loading, error and empty states. Errors are said in the interface language; the server's own
// message (English, for scripts) is kept only as an isolated detail after it.
import type { ReactNode } from 'react';
import { ApiError } from '../api.js';
import { useI18n } from '../i18n/index.js';

export function ErrorText({ error }: { error: Error }) {
  const { t } = useI18n();
  let summary: string;
  if (error instanceof ApiError) {
    if (error.status === 401) summary = t('error.unauthorized');
    else if (error.status === 404) summary = t('error.notFound');
    else if (error.status === 400 && error.field) summary = `${t('error.field')} «${error.field}»`;
    else summary = t('error.server');
  } else summary = t('error.network');
  return (
    <p className="error" role="alert">
      {t('error.generic')}: {summary}
      {error instanceof ApiError && (
        <span className="muted small">
          {' '}
          (<bdi>{error.message}</bdi>)
        </span>
      )}
    </p>
  );
}

export function Status({
  loading,
  error,
  empty,
  emptyText,
}: {
  loading?: boolean;
  error?: Error | null;
  empty?: boolean;
  /** What to do about it: each page says which filter to change. */
  emptyText?: ReactNode;
}) {
  const { t } = useI18n();
  if (error) return <ErrorText error={error} />;
  if (loading) return <p className="muted">{t('list.loading')}</p>;
  if (empty)
    return (
      <p className="empty" role="status">
        {emptyText ?? t('list.empty')}
      </p>
    );
  return null;
}
