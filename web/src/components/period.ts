/** Half the length of each period, in seconds: the padding of a chart's time axis. */
export const HALF_PERIOD = { day: 43_200, week: 302_400, month: 1_314_000 };

/** The periods a series can be drawn by. */
export const INTERVALS = ['day', 'week', 'month'] as const;

/** A period a series is drawn by. */
export type Interval = (typeof INTERVALS)[number];

/** A period (`2025-03` or `2025-03-10`) as seconds since 1970. */
export function periodTime(period: string): number {
  return Date.parse(period.length === 7 ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`) / 1000;
}

/** The first day of a period. */
export function periodStart(period: string): string {
  return period.length === 7 ? `${period}-01` : period;
}

/** The most periods a chart fills in between its first and last (beyond that, only periods with events are drawn). */
const MAX_FILLED = 3000;

/** Every period from the first to the last of `periods` (sorted), so that a chart shows empty periods as such rather than joining across them. */
export function everyPeriod(periods: readonly string[], interval: Interval): string[] {
  if (periods.length < 2) return [...periods];
  const first = new Date(`${periodStart(periods[0])}T00:00:00Z`);
  const last = periodStart(periods[periods.length - 1]);
  const filled: string[] = [];
  for (const day = first; filled.length <= MAX_FILLED; ) {
    const iso = day.toISOString().slice(0, 10);
    if (iso > last) return filled;
    filled.push(interval === 'month' ? iso.slice(0, 7) : iso);
    if (interval === 'month') day.setUTCMonth(day.getUTCMonth() + 1);
    else day.setUTCDate(day.getUTCDate() + (interval === 'week' ? 7 : 1));
  }
  return [...periods];
}
