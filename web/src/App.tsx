// The frame: header with navigation and the language toggle, and the page the path names.
import { useI18n } from './i18n/index.js';
import { ActorPage } from './pages/Actor.js';
import { ArticlePage, ArticlesPage } from './pages/Articles.js';
import { EventsPage } from './pages/Events.js';
import { NetworkPage } from './pages/Network.js';
import { PastePage } from './pages/Paste.js';
import { TimelinePage } from './pages/Timeline.js';
import { Link, match, useLocation } from './router.js';

const NAV = [
  ['/', 'nav.paste'],
  ['/articles', 'nav.articles'],
  ['/events', 'nav.events'],
  ['/timeline', 'nav.timeline'],
  ['/network', 'nav.network'],
] as const;

function Page({ path }: { path: string }) {
  let params = match('/articles/:id', path);
  if (params) return <ArticlePage id={params.id} />;
  params = match('/actors/:id', path);
  if (params) return <ActorPage id={params.id} />;
  switch (path.replace(/\/+$/, '')) {
    case '/articles':
      return <ArticlesPage />;
    case '/events':
      return <EventsPage />;
    case '/timeline':
      return <TimelinePage />;
    case '/network':
      return <NetworkPage />;
    default:
      return <PastePage />;
  }
}

export function App() {
  const { t, toggle } = useI18n();
  const { path } = useLocation();
  const section = `/${path.split('/')[1] ?? ''}`;
  return (
    <>
      <header className="top">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <span className="muted">{t('app.subtitle')}</span>
        </div>
        <nav>
          {NAV.map(([to, key]) => (
            <Link
              key={to}
              to={to}
              className={
                section === to || (to === '/articles' && section === '/articles') ? 'active' : undefined
              }
            >
              {t(key)}
            </Link>
          ))}
        </nav>
        <button type="button" className="lang" onClick={toggle}>
          {t('lang.toggle')}
        </button>
      </header>
      <main>
        <Page path={path} />
      </main>
    </>
  );
}
