import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import { ActorCode } from '../components/actor-code.tsx';
import { DownloadLinks } from '../components/download-links.tsx';
import { FilterCharts } from '../components/filter-charts.tsx';
import { FilterForm, filtersOf, type Filters } from '../components/filter-form.tsx';
import { INTERVALS, type Interval } from '../components/period.ts';
import { Link, pairHref } from '../router.tsx';
import type { Count, Overview } from '../types.ts';

/** One breakdown as bars: each value links to the events page with that value added to the filters. */
function Breakdown({ title, rows, link, label, testId }: { title: string; rows: Count[]; link: (key: string | null) => string | undefined; label: (row: Count) => ComponentChildren; testId: string }) {
  // bars against the largest row, so that a long tail stays readable
  const most = Math.max(1, ...rows.map((row) => row.events));
  return (
    <section class="breakdown" data-testid={testId}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p class="empty">none</p>
      ) : (
        <ul>
          {rows.map((row) => {
            const href = link(row.key);
            return (
              <li key={row.key ?? 'none'} title={row.name}>
                <span class="label">{href ? <Link href={href}>{label(row)}</Link> : label(row)}</span>
                <span class="bar" style={{ width: `${Math.max(1, (100 * row.events) / most)}%` }} />
                <span class="count">{row.events}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Totals and breakdowns of the stored events for any filters, with their time series: the home page once the store has data. */
export function OverviewPage({ search }: { search: URLSearchParams }) {
  const applied = useMemo(() => filtersOf(search), [search.toString()]);
  const interval: Interval = INTERVALS.find((value) => value === search.get('interval')) ?? 'month';
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api<Overview>(`/api/overview${queryString(applied)}`, { signal: controller.signal })
      .then(setOverview)
      .catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [applied]);
  const events = (extra: Filters) => `/events${queryString({ ...applied, ...extra })}`;

  return (
    <div class="page">
      <h1>Overview</h1>
      <FilterForm path="/overview" applied={applied} extra={{ interval: interval === 'month' ? undefined : interval }} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!overview && !error && <p>Loading…</p>}
      {overview && (
        <>
          <p class="total" data-testid="overview-total">
            <strong>{overview.total}</strong> event{overview.total === 1 ? '' : 's'} match{overview.total === 1 ? 'es' : ''} in {overview.documents} stored document{overview.documents === 1 ? '' : 's'} ·{' '}
            <Link href={events({})}>list them</Link>
          </p>
          {overview.total > 0 && <DownloadLinks filters={applied} total={overview.total} />}
          <div class="breakdowns">
            <Breakdown testId="by-quad-class" title="Quad class" rows={overview.byQuadClass} link={() => undefined} label={(row) => `${row.key} ${row.name ?? ''}`} />
            <Breakdown testId="by-status" title="Status" rows={overview.byStatus} link={(key) => key ? events({ status: key }) : undefined} label={(row) => row.key} />
            <Breakdown testId="by-plover" title="PLOVER type" rows={overview.byPlover} link={(key) => key ? events({ plover: key }) : undefined} label={(row) => row.key ?? 'none (CAMEO 01, 02)'} />
            <Breakdown testId="top-actors" title="Top actors" rows={overview.topActors} link={(key) => key ? events({ source: key, target: undefined, either: 'true' }) : undefined} label={(row) => <ActorCode code={row.key ?? ''} />} />
            <Breakdown
              testId="top-pairs"
              title="Top pairs"
              rows={overview.topPairs}
              link={(key) => {
                const [source, target] = (key ?? '').split(' ');
                return source && target ? pairHref(source, target) : undefined;
              }}
              label={(row) => {
                const [source, target] = (row.key ?? '').split(' ');
                return (
                  <>
                    <ActorCode code={source} /> → <ActorCode code={target} />
                  </>
                );
              }}
            />
          </div>
          <h2>Over time</h2>
          <p class="switch">
            {INTERVALS.map((value) => (
              <Link key={value} href={`/overview${queryString({ ...applied, interval: value === 'month' ? undefined : value })}`} class={value === interval ? 'current' : undefined}>
                {value}
              </Link>
            ))}
          </p>
          <FilterCharts filters={applied} interval={interval} />
        </>
      )}
    </div>
  );
}
