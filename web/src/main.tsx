import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { captureToken } from './api.ts';
import { CoderPage } from './pages/coder.tsx';
import { DocumentPage } from './pages/document.tsx';
import { EventsPage } from './pages/events.tsx';
import { MapPage } from './pages/map.tsx';
import { PairPage } from './pages/pair.tsx';
import { Link, useLocation } from './router.tsx';

function App() {
  const location = useLocation();
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let page;
  let section = 'coder';
  if (parts[0] === 'events') {
    section = 'events';
    page = <EventsPage search={location.searchParams} />;
  } else if (parts[0] === 'map') {
    section = 'map';
    page = <MapPage search={location.searchParams} />;
  } else if (parts[0] === 'pair') {
    section = 'pair';
    page = <PairPage source={parts[1] ?? 'IRN'} target={parts[2] ?? 'USA'} search={location.searchParams} />;
  } else if (parts[0] === 'documents' && parts.length > 1) {
    section = 'events';
    page = <DocumentPage id={parts.slice(1).join('/')} />;
  } else {
    page = <CoderPage />;
  }
  return (
    <>
      <header class="top">
        <span class="brand">Parley</span>
        <nav>
          <Link href="/" class={section === 'coder' ? 'current' : undefined}>
            Coder
          </Link>
          <Link href="/events" class={section === 'events' ? 'current' : undefined}>
            Events
          </Link>
          <Link href="/map" class={section === 'map' ? 'current' : undefined}>
            Map
          </Link>
          <Link href="/pair/IRN/USA" class={section === 'pair' ? 'current' : undefined}>
            Pair of actors
          </Link>
          <a href="/openapi.json">API</a>
        </nav>
      </header>
      <main>{page}</main>
    </>
  );
}

captureToken();
render(<App />, document.getElementById('app') as HTMLElement);
