// Any path the app does not know: a page that says so (instead of silently showing another page).
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <div className="page not-found" data-testid="not-found">
      <h2>{t('notFound.heading')}</h2>
      <p>
        <bdi dir="ltr" className="code">
          {path}
        </bdi>
      </p>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
