// The frame: header with navigation and the language toggle, and the page the path names.
import { useI18n } from './i18n/index.js';
import { ActorPage } from './pages/Actor.js';
import { ArticlePage, ArticlesPage } from './pages/Articles.js';
import { EventsPage } from './pages/Events.js';
import { FeedsPage } from './pages/Feeds.js';
import { MapPage } from './pages/Map.js';
import { NetworkPage } from './pages/Network.js';
import { NotFoundPage } from './pages/NotFound.js';
import { PastePage } from './pages/Paste.js';
import { TimelinePage } from './pages/Timeline.js';
import { Link, match, useLocation } from './router.js';

const NAV = [
  ['/', 'nav.paste'],
  ['/articles', 'nav.articles'],
  ['/events', 'nav.events'],
  ['/timeline', 'nav.timeline'],
  ['/network', 'nav.network'],
  ['/map', 'nav.map'],
  ['/feeds', 'nav.feeds'],
] as const;

function Page({ path }: { path: string }) {
  let params = match('/articles/:id', path);
  if (params) return <ArticlePage id={params.id} />;
  params = match('/actors/:id', path);
  if (params) return <ActorPage id={params.id} />;
  switch (path.replace(/\/+$/, '') || '/') {
    case '/':
      return <PastePage />;
    case '/articles':
      return <ArticlesPage />;
    case '/events':
      return <EventsPage />;
    case '/timeline':
      return <TimelinePage />;
    case '/network':
      return <NetworkPage />;
    case '/map':
      return <MapPage />;
    case '/feeds':
      return <FeedsPage />;
    default:
      return <NotFoundPage path={path} />;
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
            <Link key={to} to={to} className={section === to ? 'active' : undefined}>
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
