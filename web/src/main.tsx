import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { api, captureToken } from './api.ts';
import { ApiDocsPage } from './pages/api-docs.tsx';
import { CoderPage } from './pages/coder.tsx';
import { DocumentPage } from './pages/document.tsx';
import { EventsPage } from './pages/events.tsx';
import { HelpPage } from './pages/help.tsx';
import { MapPage } from './pages/map.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { PairPage } from './pages/pair.tsx';
import { StorePage } from './pages/store.tsx';
import { Link, useLocation } from './router.tsx';

/** Whether the store holds events: the home page is the overview once it does, the coder before. */
function useStoreHasEvents(): boolean | null {
  const [hasEvents, setHasEvents] = useState<boolean | null>(null);
  useEffect(() => {
    api<{ events: number }>('/api/health').then(
      (health) => setHasEvents(health.events > 0),
      () => setHasEvents(false),
    );
  }, []);
  return hasEvents;
}

const SECTIONS = [
  { href: '/overview', section: 'overview', label: 'Overview' },
  { href: '/events', section: 'events', label: 'Events' },
  { href: '/map', section: 'map', label: 'Map' },
  { href: '/pair/IRN/USA', section: 'pair', label: 'Pair of actors' },
  { href: '/coder', section: 'coder', label: 'Coder' },
  { href: '/store', section: 'store', label: 'Store' },
  { href: '/help', section: 'help', label: 'Help' },
  { href: '/api-docs', section: 'api-docs', label: 'API' },
] as const;

function App() {
  const location = useLocation();
  const hasEvents = useStoreHasEvents();
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const search = location.searchParams;
  let page;
  let section: string = parts[0] ?? '';
  if (parts[0] === 'overview') page = <OverviewPage search={search} />;
  else if (parts[0] === 'events') page = <EventsPage search={search} />;
  else if (parts[0] === 'map') page = <MapPage search={search} />;
  else if (parts[0] === 'pair') page = <PairPage source={parts[1] ?? 'IRN'} target={parts[2] ?? 'USA'} search={search} />;
  else if (parts[0] === 'documents' && parts.length > 1) {
    section = 'events';
    page = <DocumentPage id={parts.slice(1).join('/')} />;
  } else if (parts[0] === 'coder') page = <CoderPage />;
  else if (parts[0] === 'store') page = <StorePage />;
  else if (parts[0] === 'help') page = <HelpPage />;
  else if (parts[0] === 'api-docs') page = <ApiDocsPage />;
  else if (hasEvents === null) page = <div class="page">Loading…</div>;
  else {
    section = hasEvents ? 'overview' : 'coder';
    page = hasEvents ? <OverviewPage search={search} /> : <CoderPage />;
  }
  return (
    <>
      <header class="top">
        <Link href="/" class="brand">
          Parley
        </Link>
        <nav>
          {SECTIONS.map((entry) => (
            <Link key={entry.section} href={entry.href} class={section === entry.section ? 'current' : undefined}>
              {entry.label}
            </Link>
          ))}
        </nav>
      </header>
      <main>{page}</main>
    </>
  );
}

captureToken();
render(<App />, document.getElementById('app') as HTMLElement);
