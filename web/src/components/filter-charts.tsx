import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import type { Series } from '../types.ts';
import { everyPeriod, HALF_PERIOD, periodTime, type Interval } from './period.ts';
import { createChartGroup, SeriesChart, ZoomHint, type ChartSeries } from './series-chart.tsx';

const QUAD_COLOURS = { 1: '#66bb6a', 2: '#2e7d32', 3: '#ef6c00', 4: '#c62828' } as const;
const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' } as const;

/**
 * The time series of the events any filters pick: counts by quad class and the Goldstein sum per
 * period, in two charts that zoom together, with the events left out for lack of a date counted.
 */
export function FilterCharts({ filters, interval }: { filters: Record<string, string | undefined>; interval: Interval }) {
  const [series, setSeries] = useState<Series | null>(null);
  const [error, setError] = useState<string | null>(null);
  const group = useMemo(() => createChartGroup(), []);
  const key = JSON.stringify(filters);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    // every status unless the filters name some: the charts show what the table lists
    api<Series>(`/api/series${queryString({ ...filters, status: filters.status ?? 'all', interval, merged: filters.merged ?? 'false' })}`, { signal: controller.signal })
      .then(setSeries)
      .catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [key, interval]);
  const charts = useMemo(() => {
    if (!series) return null;
    const byPeriod = new Map(series.points.map((point) => [point.period, point]));
    const periods = everyPeriod(series.points.map((point) => point.period), interval);
    const times = periods.map(periodTime);
    const counts: ChartSeries[] = ([1, 2, 3, 4] as const).map((quad) => ({ label: QUAD_NAMES[quad], values: periods.map((period) => byPeriod.get(period)?.quadClass[quad] ?? 0), colour: QUAD_COLOURS[quad], kind: 'line' }));
    const goldstein: ChartSeries[] = [{ label: 'Goldstein sum', values: periods.map((period) => byPeriod.get(period)?.goldsteinSum ?? null), colour: '#37474f', kind: 'bars' }];
    return { times, counts, goldstein };
  }, [series, interval]);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!series || !charts) return <p>Loading the time series…</p>;
  return (
    <section class="charts" data-testid="filter-charts">
      <UndatedNote count={series.undated} />
      {charts.times.length === 0 ? (
        <p class="empty">No dated events to draw.</p>
      ) : (
        <>
          <ZoomHint group={group} />
          <SeriesChart testId="quad-chart" title={`Events per ${interval} by quad class`} times={charts.times} halfPeriod={HALF_PERIOD[interval]} series={charts.counts} group={group} counts />
          <SeriesChart testId="goldstein-sum-chart" title={`Goldstein sum per ${interval}`} times={charts.times} halfPeriod={HALF_PERIOD[interval]} series={charts.goldstein} group={group} />
        </>
      )}
    </section>
  );
}

/** How many events a chart leaves out because they have no date. */
export function UndatedNote({ count }: { count: number }) {
  if (!count) return null;
  return (
    <p class="hint" data-testid="undated-note">
      {count} event{count === 1 ? '' : 's'} without a date {count === 1 ? 'is' : 'are'} left out of the charts (no publication date and no date in the text).
    </p>
  );
}
