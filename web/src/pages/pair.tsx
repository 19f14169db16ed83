import { decodeForDisplay as clean } from '../../../src/text/normalize.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import { ActorCode, ActorCodes, CameoCode } from '../components/actor-code.tsx';
import { ActorInput } from '../components/actor-input.tsx';
import { DownloadLinks } from '../components/download-links.tsx';
import { UndatedNote } from '../components/filter-charts.tsx';
import { everyPeriod, HALF_PERIOD, periodTime } from '../components/period.ts';
import { createChartGroup, SeriesChart, ZoomHint, type ChartSeries } from '../components/series-chart.tsx';
import { StatusChip } from '../components/status-chip.tsx';
import { documentHref, Link, navigate, pairHref } from '../router.tsx';
import { displayStatus } from '../status.ts';
import { STATUS_FILTERS, type EventPage, type Series, type SeriesPoint } from '../types.ts';

// reported claims are drawn with the other statuses: only what the text says happened counts as actual
const OTHER_STATUSES = STATUS_FILTERS.filter((status) => status !== 'actual');

interface Loaded {
  actual: SeriesPoint[];
  other: SeriesPoint[];
  undated: number;
  latest: EventPage['events'];
  total: number;
}

/** How relations between two actors move over time: actual events apart from negated, conditional, reported and other ones. */
export function PairPage({ source, target, search }: { source: string; target: string; search: URLSearchParams }) {
  const interval = (['day', 'week', 'month'] as const).find((value) => value === search.get('interval')) ?? 'month';
  const either = search.get('either') === 'true';
  const [form, setForm] = useState({ source, target });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const group = useMemo(() => createChartGroup(), []);

  useEffect(() => setForm({ source, target }), [source, target]);
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    setError(null);
    setLoaded(null);
    const series = (status: readonly string[]) => api<Series>(`/api/series${queryString({ source, target, interval, either, status: status.join(',') })}`, { signal });
    (async () => {
      const [actual, other] = await Promise.all([series(['actual']), series(OTHER_STATUSES)]);
      const events = await api<EventPage>(`/api/events${queryString({ source, target, either, status: 'all', order: 'newest', limit: 20 })}`, { signal });
      setLoaded({ actual: actual.points, other: other.points, undated: actual.undated + other.undated, latest: events.events, total: events.total });
    })().catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [source, target, interval, either]);

  const charts = useMemo(() => {
    if (!loaded) return null;
    const periods = everyPeriod([...new Set([...loaded.actual, ...loaded.other].map((point) => point.period))].sort(), interval);
    const byPeriod = (points: SeriesPoint[]) => new Map(points.map((point) => [point.period, point]));
    const actual = byPeriod(loaded.actual);
    const other = byPeriod(loaded.other);
    const times = periods.map(periodTime);
    const goldstein: ChartSeries[] = [
      { label: 'actual events', values: periods.map((period) => actual.get(period)?.goldsteinSum ?? null), colour: '#2e7d32', kind: 'line' },
      { label: 'reported, negated, conditional, intended, historical …', values: periods.map((period) => other.get(period)?.goldsteinSum ?? null), colour: '#8d6e63', kind: 'dashed' },
    ];
    const counts: ChartSeries[] = [
      { label: 'actual cooperation', values: periods.map((period) => { const point = actual.get(period); return point ? point.quadClass[1] + point.quadClass[2] : 0; }), colour: '#2e7d32', kind: 'bars' },
      { label: 'actual conflict (below zero)', values: periods.map((period) => { const point = actual.get(period); return point ? -(point.quadClass[3] + point.quadClass[4]) : 0; }), colour: '#c62828', kind: 'bars' },
      { label: 'other statuses', values: periods.map((period) => other.get(period)?.events ?? 0), colour: '#8d6e63', kind: 'dashed' },
    ];
    return { times, goldstein, counts };
  }, [loaded]);

  const link = (changes: { interval?: string; either?: boolean }) =>
    `${pairHref(source, target)}${queryString({ interval: (changes.interval ?? interval) === 'month' ? undefined : (changes.interval ?? interval), either: changes.either ?? either })}`;

  return (
    <div class="page">
      <h1>
        <ActorCode code={source} /> → <ActorCode code={target} />
        {either ? ' and back' : ''}
      </h1>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`${pairHref(form.source.trim().toUpperCase(), form.target.trim().toUpperCase())}${queryString({ interval: interval === 'month' ? undefined : interval, either })}`);
        }}
      >
        <ActorInput name="source" label="source" value={form.source} onInput={(value) => setForm({ ...form, source: value })} />
        <ActorInput name="target" label="target" value={form.target} onInput={(value) => setForm({ ...form, target: value })} />
        <button type="submit">Show</button>
        <span class="switch">
          {(['day', 'week', 'month'] as const).map((value) => (
            <Link key={value} href={link({ interval: value })} class={value === interval ? 'current' : undefined}>
              {value}
            </Link>
          ))}
        </span>
        <label class="check">
          <input type="checkbox" checked={either} onChange={(event) => navigate(link({ either: (event.target as HTMLInputElement).checked }))} /> both directions
        </label>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p>Loading…</p>}
      {loaded && charts && charts.times.length === 0 && (
        <p class="empty">
          No dated events from {source} to {target} in the store.
        </p>
      )}
      {loaded && <UndatedNote count={loaded.undated} />}
      {loaded && loaded.total > 0 && <DownloadLinks filters={{ source, target, either: either ? 'true' : undefined, status: 'all' }} total={loaded.total} />}
      {loaded && charts && charts.times.length > 0 && (
        <div class="charts">
          <ZoomHint group={group} />
          <SeriesChart testId="goldstein-chart" title={`Goldstein sum per ${interval}`} times={charts.times} halfPeriod={HALF_PERIOD[interval]} series={charts.goldstein} group={group} />
          <SeriesChart testId="count-chart" title={`Events per ${interval}`} times={charts.times} halfPeriod={HALF_PERIOD[interval]} series={charts.counts} group={group} counts />
        </div>
      )}
      {loaded && loaded.latest.length > 0 && (
        <section>
          <h2>Latest events</h2>
          <ul class="latest" data-testid="latest-events">
            {loaded.latest.map((stored) => (
              <li key={stored.event.id}>
                <div class="latest-head">
                  <span class="day">{stored.day ?? '—'}</span> <StatusChip status={displayStatus(stored.event)} /> <ActorCodes actors={stored.event.source} /> →{' '}
                  <CameoCode code={stored.event.cameo.code} name={stored.event.cameo.name} /> → <ActorCodes actors={stored.event.target} />{' '}
                  <Link href={documentHref(stored.documentId)}>{stored.documentId}</Link>
                </div>
                <blockquote>{clean(stored.evidence.sentence ?? stored.event.trigger.text)}</blockquote>
                {stored.evidence.condition && <div class="condition-text">if: {clean(stored.evidence.condition)}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
